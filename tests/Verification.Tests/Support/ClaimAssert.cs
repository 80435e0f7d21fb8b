using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests;

/// <summary>How a claim test runs: the claim under the ci profile (fixed seed), its verdict compared with the recorded one.</summary>
public static class ClaimAssert
{
    public static Claim Get(string id) => Claims.Registry.Find(id) ?? throw new Xunit.Sdk.XunitException($"{id} is not registered.");

    /// <summary>Runs the claim as printed and asserts the recorded verdict; a recorded failure also runs the corrected statement, which must hold.</summary>
    public static ClaimRun Verdict(string id)
    {
        var claim = Get(id);
        var check = ClaimChecker.Check(claim, Profile.Ci);
        var run = check.Run;
        var cx = run.Counterexample is { } c ? $"\nseed {c.ReplaySeed}, size {c.Size}, choices {c.ChoicesLiteral}\ncase: {c.Case}\n{c.Detail}" : "";
        Assert.True(run.Verdict == claim.Expected, $"{id}: expected {claim.Expected}, got {run.Verdict} after {run.Cases} cases.{cx}");
        // A holds must rest on every region of the hypothesis domain the claim declares: at the ci budget each coverage class
        // is visited at least its required share.
        if (run.Verdict == Verification.Harness.Verdict.Holds) AssertCoverageMet(id, run);
        if (claim.Expected == Verification.Harness.Verdict.Fails)
        {
            Assert.NotNull(claim.Finding);
            var corrected = claim.Corrected ?? throw new Xunit.Sdk.XunitException($"{id} fails as printed but has no corrected statement.");
            var fixedRun = check.CorrectedRun!;
            Assert.True(fixedRun.Verdict == Verification.Harness.Verdict.Holds,
                $"{corrected.Id}: the corrected statement gave {fixedRun.Verdict}. {fixedRun.Counterexample?.Case} {fixedRun.Counterexample?.Detail}");
            // A corrected statement whose generator misses its own hard cases would be the same defect again.
            AssertCoverageMet(corrected.Id, fixedRun);
        }
        return run;
    }

    private static void AssertCoverageMet(string id, ClaimRun run)
    {
        var missed = run.Evidence?.Coverage.Where(c => !c.Met).ToList() ?? [];
        Assert.True(missed.Count == 0, $"{id}: coverage classes below their required share at the ci budget: "
            + string.Join(", ", missed.Select(c => $"{c.Class.Name} {c.Cases}/{c.Of} (required {c.Class.RequiredShare:P1})")));
    }

    /// <summary>Runs a deliberately wrong variant and asserts the property rejects it.</summary>
    public static ClaimRun Rejects(string id, string variant)
    {
        var claim = Get(id);
        var run = ClaimChecker.Check(claim, Profile.Ci, options: new CheckOptions(Variant: variant)).Run;
        Assert.True(run.Verdict == Verification.Harness.Verdict.Fails,
            $"{id}: the wrong variant '{variant}' was not rejected ({run.Verdict} after {run.Cases} cases): the property cannot fail.");
        return run;
    }
}
