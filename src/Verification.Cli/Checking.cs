using System.Globalization;
using Verification.Harness;
using Verification.Spec;

namespace Verification.Cli;

/// <summary>One row of the ledger that <c>check</c> prints.</summary>
public sealed record LedgerRow(
    string Id,
    string Paper,
    string Where,
    string Kind,
    string Arithmetic,
    int Cases,
    Verdict Verdict,
    Verdict? Expected,
    double Seconds,
    string? Trust,
    CounterexampleView? Counterexample,
    double? LargestViolation,
    FindingView? Finding,
    CorrectedView? Corrected,
    string? Note);

public sealed record CounterexampleView(
    string Case, string Detail, CounterexampleClass Class, double Violation, string Seed, int Size, string Choices, string Replay);

public sealed record FindingView(string Summary, string MinimalReproducer, string CorrectedStatement);

public sealed record CorrectedView(string Id, string Statement, Verdict Verdict, int Cases, CounterexampleView? Counterexample);

public sealed record CheckDocument(
    string Profile, ulong Seed, int Implemented, int Total, IReadOnlyDictionary<string, int> Verdicts, IReadOnlyList<LedgerRow> Claims);

public static class Checking
{
    public static IReadOnlyList<LedgerEntry> Select(IReadOnlyList<string> ids, string? paper)
    {
        var registry = Claims.Registry;
        foreach (var id in ids)
            if (!registry.IsKnownId(id)) throw new UsageException($"unknown claim id '{id}' (see 'verification list')");
        if (paper is not null && !registry.Papers.Contains(paper, StringComparer.OrdinalIgnoreCase))
            throw new UsageException($"unknown paper '{paper}' (papers: {string.Join(", ", registry.Papers)})");
        return registry.Ledger
            .Where(e => ids.Count == 0 || ids.Contains(e.Id))
            .Where(e => paper is null || e.Id.StartsWith(paper + ".", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    public static CounterexampleView? View(Claim claim, Counterexample? c) => c is null ? null :
        new(c.Case, c.Detail, c.Class, c.Violation, c.ReplaySeed, c.Size, c.ChoicesLiteral,
            $"verification check --claim {claim.Id.Split('#')[0]} --replay {c.ChoicesLiteral}" + (claim.Id.Contains('#') ? " --corrected" : ""));

    public static LedgerRow Run(LedgerEntry entry, Profile profile, ulong seed, int[]? replay = null, bool corrected = false, int? size = null,
        ulong? gamma = null, string? variant = null)
    {
        var claim = Claims.Registry.Find(entry.Id);
        if (claim is null)
            return new LedgerRow(entry.Id, entry.Id[..entry.Id.IndexOf('.')], entry.Where, "-", "-", 0, Verdict.NotImplemented, null, 0,
                null, null, null, null, null, entry.What);
        if (corrected && claim.Corrected is null) throw new UsageException($"{claim.Id} has no corrected statement");
        var check = ClaimChecker.Check(claim, profile, seed, new CheckOptions(replay, corrected, size, gamma, variant));
        var (target, run) = (check.Target, check.Run);
        var fixedView = check.CorrectedRun is { } fr && claim.Corrected is { } fix
            ? new CorrectedView(fix.Id, fix.Statement, fr.Verdict, fr.Cases, View(fix, fr.Counterexample))
            : null;
        var finding = claim.Finding is { } f ? new FindingView(f.Summary, f.MinimalReproducer, f.CorrectedStatement) : null;
        var id = variant is null ? target.Id : $"{target.Id}@{variant}";
        return new LedgerRow(id, claim.Paper, target.Where, Kind(target.Kind), target.Arithmetic, run.Cases, run.Verdict, claim.Expected,
            Math.Round(check.Elapsed.TotalSeconds, 2), target.Trust, View(target, run.Counterexample),
            run.Counterexample is null ? null : run.LargestViolation, finding, fixedView, string.IsNullOrEmpty(run.Note) ? null : run.Note);
    }

    public static string Kind(ClaimKind k) => k switch
    {
        ClaimKind.Exact => "exact",
        ClaimKind.Numeric => "numeric",
        ClaimKind.Simulation => "simulation",
        _ => "not-executable",
    };

    public static string VerdictText(Verdict v) => v switch
    {
        Verdict.Holds => "holds",
        Verdict.Fails => "fails",
        Verdict.Inconclusive => "inconclusive",
        Verdict.NotExecutable => "not-executable",
        _ => "not-implemented",
    };

    public static string RenderLedger(CheckDocument doc)
    {
        var rows = doc.Claims.Select(r => (IReadOnlyList<string>)
        [
            r.Id, r.Kind, r.Arithmetic, r.Cases.ToString(CultureInfo.InvariantCulture), VerdictText(r.Verdict),
            r.Corrected is null ? "" : $"corrected {VerdictText(r.Corrected.Verdict)}",
            r.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
        ]).ToList();
        var text = Output.Table(["claim", "kind", "arithmetic", "cases", "verdict", "corrected", "seconds"], rows);
        var sb = new System.Text.StringBuilder(text);
        sb.AppendLine();
        sb.AppendLine($"profile {doc.Profile}, seed {doc.Seed}; {doc.Implemented} of {doc.Total} claims implemented; " +
                      string.Join(", ", doc.Verdicts.Select(kv => $"{kv.Value} {kv.Key}")));
        // the notes (pass fractions of statistical verdicts, inconclusive counts) belong in the ledger, not only in the JSON
        foreach (var r in doc.Claims.Where(r => r.Note is not null && r.Verdict != Verdict.NotExecutable))
            sb.AppendLine($"   {r.Id}: {r.Note}");
        foreach (var r in doc.Claims.Where(r => r.Verdict == Verdict.Fails || (r.Expected is { } e && e != r.Verdict)))
        {
            sb.AppendLine();
            sb.AppendLine($"== {r.Id}: {VerdictText(r.Verdict)}" +
                (r.Expected is { } ex && ex != r.Verdict ? $" (recorded verdict: {VerdictText(ex)}: a change to review)" : ""));
            if (r.Counterexample is { } c)
            {
                sb.AppendLine($"   seed {c.Seed}, size {c.Size}; replay exactly: {c.Replay}");
                sb.AppendLine($"   counterexample ({c.Class.ToString().ToLowerInvariant()}): {c.Case}");
                sb.AppendLine($"   {c.Detail}");
                if (r.LargestViolation is { } lv) sb.AppendLine($"   largest violation seen: {lv.ToString("G4", CultureInfo.InvariantCulture)}");
            }
            if (r.Finding is { } f)
            {
                sb.AppendLine($"   finding: {f.Summary}");
                sb.AppendLine($"   minimal reproducer: {f.MinimalReproducer}");
                sb.AppendLine($"   corrected: {f.CorrectedStatement}");
            }
            if (r.Corrected is { } k) sb.AppendLine($"   corrected statement {k.Id}: {VerdictText(k.Verdict)} on {k.Cases} cases");
        }
        return sb.ToString();
    }
}
