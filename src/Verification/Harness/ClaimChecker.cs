using System.Diagnostics;

namespace Verification.Harness;

/// <summary>How <see cref="ClaimChecker"/> runs a claim beyond its profile and seed.</summary>
/// <param name="Replay">Evaluate exactly this choice sequence instead of generating.</param>
/// <param name="Corrected">Run the claim's corrected statement instead of the claim as printed.</param>
/// <param name="Size">With FsCheck: replay the engine's (seed, gamma, size) of a reported failure.</param>
/// <param name="Gamma">FsCheck's generator gamma for such a replay.</param>
/// <param name="Variant">Run this deliberately wrong variant (its expected verdict is fails).</param>
public sealed record CheckOptions(int[]? Replay = null, bool Corrected = false, int? Size = null, ulong? Gamma = null, string? Variant = null)
{
    public static readonly CheckOptions Default = new();
}

/// <summary>The outcome of checking one claim.</summary>
/// <param name="Claim">The claim as registered (as printed).</param>
/// <param name="Target">What was run: the claim, or its corrected statement.</param>
/// <param name="Run">The run of <paramref name="Target"/>.</param>
/// <param name="CorrectedRun">For a plain check of a claim with a corrected statement, that statement's run; else null.</param>
public sealed record ClaimCheck(Claim Claim, Claim Target, ClaimRun Run, ClaimRun? CorrectedRun, TimeSpan Elapsed);

/// <summary>
/// Runs a claim and, when it records a corrected statement, the correction too: the one place where "check a claim" is
/// defined, used by the command-line tool and by the tests.
/// </summary>
public static class ClaimChecker
{
    public static ClaimCheck Check(Claim claim, Profile profile, ulong seed = Budgets.DefaultSeed, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        var target = options.Corrected
            ? claim.Corrected ?? throw new ArgumentException($"{claim.Id} has no corrected statement.", nameof(options))
            : claim;
        var sw = Stopwatch.StartNew();
        var context = options.Variant is null ? null : new Context(Variant: options.Variant);
        var request = RunRequest.For(target, profile, seed, context) with { ReplayChoices = options.Replay, ReplaySize = options.Size, Gamma = options.Gamma };
        var run = target.Run(request);
        ClaimRun? corrected = null;
        if (!options.Corrected && options.Variant is null && options.Replay is null && claim.Corrected is { } fix)
            corrected = fix.Run(RunRequest.For(fix, profile, seed));
        sw.Stop();
        return new ClaimCheck(claim, target, run, corrected, sw.Elapsed);
    }
}
