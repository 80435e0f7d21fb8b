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
    string? Note,
    EvidenceView? Evidence = null,
    IReadOnlyList<CoverageView>? Coverage = null,
    IReadOnlyList<DiscrepancyView>? Discrepancies = null,
    string? MissingData = null);

/// <summary>What a verdict rests on (see <see cref="Harness.Evidence"/>).</summary>
/// <param name="BelowFloor">Why the claim ran fewer cases than the floor of its kind (null when it meets it).</param>
/// <param name="Caveat">What limits the power of the claim's check (null when nothing does).</param>
public sealed record EvidenceView(
    string Level, string Basis, int Discarded, double? SmallestSlack, double? MedianSlack, double? LooseFactor, string? BelowFloor = null,
    string? Caveat = null)
{
    public static EvidenceView Of(Evidence e, string? belowFloor) =>
        new(e.LevelText, e.Basis, e.Discarded, e.SmallestSlack, e.MedianSlack, e.LooseFactor, belowFloor, e.Caveat);
}

/// <summary>One coverage class of a run: required and observed share of the evaluated cases.</summary>
public sealed record CoverageView(string Class, string Source, double Required, double Observed, int Cases, bool Met)
{
    public static CoverageView Of(CoverageCount c) => new(c.Class.Name, c.Class.Source, c.Class.RequiredShare, c.ObservedShare, c.Cases, c.Met);
}

/// <summary>A discrepancy between the print and the code's reading, or a failing proof step (a finding of its own kind).</summary>
public sealed record DiscrepancyView(string Kind, string Where, string Printed, string Reading, string Why)
{
    public static DiscrepancyView Of(Discrepancy d) => new(Checking.KindText(d.Kind), d.Where, d.Printed, d.Reading, d.Why);
}

public sealed record CounterexampleView(
    string Case, string Detail, CounterexampleClass Class, double Violation, string Seed, int Size, string Choices, string Replay);

public sealed record FindingView(string Summary, string MinimalReproducer, string CorrectedStatement, string Kind = "false");

/// <summary>A corrected statement's run, with what its holds rests on: a correction is held to the same evidence standard.</summary>
public sealed record CorrectedView(
    string Id, string Statement, Verdict Verdict, Verdict Expected, int Cases, CounterexampleView? Counterexample,
    EvidenceView? Evidence = null, IReadOnlyList<CoverageView>? Coverage = null);

/// <summary>
/// What <c>check --json</c> prints; its schema is docs/check-json.md. Properties serialise in declaration order, so
/// <see cref="SchemaVersion"/> comes first.
/// </summary>
public sealed record CheckDocument(
    int SchemaVersion,
    string Profile,
    ulong Seed,
    int Implemented,
    int Total,
    IReadOnlyDictionary<string, int> Verdicts,
    IReadOnlyList<Mismatch> Mismatches,
    IReadOnlyList<string> NotExecuted,
    IReadOnlyList<LedgerRow> Claims,
    BaselineDiff? Baseline = null)
{
    /// <summary>Bumped only when a field is removed, renamed or changes its type or meaning; new optional fields keep it.</summary>
    public const int CurrentSchemaVersion = 1;
}

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

    public static CounterexampleView? View(Claim claim, Counterexample? c, string? variant = null) => c is null ? null :
        new(c.Case, c.Detail, c.Class, c.Violation, c.ReplaySeed, c.Size, c.ChoicesLiteral,
            $"verification check --claim {claim.Id.Split('#')[0]} --replay {c.ChoicesLiteral}" + (claim.Id.Contains('#') ? " --corrected" : "") +
            (variant is null ? "" : $" --variant {variant}"));

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
            ? new CorrectedView(fix.Id, fix.Statement, fr.Verdict, fix.Expected, fr.Cases, View(fix, fr.Counterexample),
                fr.Evidence is { } fe ? EvidenceView.Of(fe, Budgets.BelowFloorReason(fix)) : null, CoverageOf(fr))
            : null;
        var finding = claim.Finding is { } f ? new FindingView(f.Summary, f.MinimalReproducer, f.CorrectedStatement, KindText(f.Kind)) : null;
        var id = variant is null ? target.Id : $"{target.Id}@{variant}";
        var belowFloor = Budgets.BelowFloorReason(target);
        // The expectation of what was run: a deliberately wrong variant must fail; a corrected statement must hold.
        var expected = variant is null ? target.Expected : Verdict.Fails;
        return new LedgerRow(id, claim.Paper, target.Where, Kind(target.Kind), target.Arithmetic, run.Cases, run.Verdict, expected,
            Math.Round(check.Elapsed.TotalSeconds, 2), target.Trust, View(target, run.Counterexample, variant),
            run.Counterexample is null ? null : run.LargestViolation, finding, fixedView, string.IsNullOrEmpty(run.Note) ? null : run.Note,
            run.Evidence is { } e ? EvidenceView.Of(e, belowFloor) : new EvidenceView("none", run.Note, 0, null, null, null, belowFloor),
            CoverageOf(run),
            claim.Discrepancies.Count > 0 ? claim.Discrepancies.Select(DiscrepancyView.Of).ToList() : null, run.MissingData);
    }

    private static List<CoverageView>? CoverageOf(ClaimRun run) =>
        run.Evidence is { Coverage.Count: > 0 } ev ? ev.Coverage.Select(CoverageView.Of).ToList() : null;

    /// <summary>The evidence column: level, coverage classes met of declared, discarded cases, smallest slack.</summary>
    public static string EvidenceText(LedgerRow r)
    {
        if (r.Evidence is not { } e) return "";
        var parts = new List<string> { e.Level };
        if (r.Coverage is { Count: > 0 } cov) parts.Add($"coverage {cov.Count(c => c.Met)}/{cov.Count}");
        if (e.Discarded > 0) parts.Add($"{e.Discarded} discarded");
        if (e.SmallestSlack is { } s) parts.Add("slack ≥ " + s.ToString("G2", CultureInfo.InvariantCulture));
        if (e.Level == "loose" && e.LooseFactor is { } f) parts.Add("bound ≥ " + f.ToString("G2", CultureInfo.InvariantCulture) + "×");
        if (e.Caveat is not null) parts.Add("caveat");
        return string.Join(", ", parts);
    }

    public static string KindText(FindingKind k) => k switch
    {
        FindingKind.False => "false",
        FindingKind.ProofStep => "proof step",
        FindingKind.Textual => "textual",
        _ => "not reproduced",
    };

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
            EvidenceText(r),
            r.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
        ]).ToList();
        var text = Output.Table(["claim", "kind", "arithmetic", "cases", "verdict", "corrected", "evidence", "seconds"], rows);
        var sb = new System.Text.StringBuilder(text);
        sb.AppendLine();
        sb.AppendLine($"profile {doc.Profile}, seed {doc.Seed}; {doc.Implemented} of {doc.Total} claims implemented; " +
                      string.Join(", ", doc.Verdicts.Select(kv => $"{kv.Value} {kv.Key}")));
        // the notes (pass fractions of statistical verdicts, inconclusive counts) belong in the ledger, not only in the JSON
        foreach (var r in doc.Claims.Where(r => r.Note is not null && r.Verdict != Verdict.NotExecutable))
            sb.AppendLine($"   {r.Id}: {r.Note}");
        foreach (var r in doc.Claims.Where(r => r.Verdict == Verdict.Fails || Gate.IsMismatch(r)))
        {
            sb.AppendLine();
            sb.AppendLine($"== {r.Id}: {VerdictText(r.Verdict)}" +
                (r.Expected is { } ex && Gate.Differs(ex, r.Verdict) ? $" (recorded verdict: {VerdictText(ex)}: a change to review)" : ""));
            if (r.Note is { } note && Gate.IsMismatch(r)) sb.AppendLine($"   note: {note}");
            if (r.Counterexample is { } c)
            {
                sb.AppendLine($"   seed {c.Seed}, size {c.Size}; replay exactly: {c.Replay}");
                sb.AppendLine($"   counterexample ({c.Class.ToString().ToLowerInvariant()}): {c.Case}");
                sb.AppendLine($"   {c.Detail}");
                if (r.LargestViolation is { } lv) sb.AppendLine($"   largest violation seen: {lv.ToString("G4", CultureInfo.InvariantCulture)}");
            }
            if (r.Finding is { } f)
            {
                sb.AppendLine($"   finding ({f.Kind}): {f.Summary}");
                sb.AppendLine($"   minimal reproducer: {f.MinimalReproducer}");
                sb.AppendLine($"   corrected: {f.CorrectedStatement}");
            }
            if (r.Corrected is { } k)
                sb.AppendLine($"   corrected statement {k.Id}: {VerdictText(k.Verdict)} on {k.Cases} cases" +
                    (Gate.Differs(k.Expected, k.Verdict) ? $" (recorded verdict: {VerdictText(k.Expected)}: a change to review)" : ""));
        }
        var belowFloor = doc.Claims.Where(r => r.Evidence?.BelowFloor is not null).ToList();
        if (belowFloor.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine($"{belowFloor.Count} claims run fewer cases than the floors of the evidence standard (3,000 per exact claim and 100 per "
                + "numeric claim under quick): " + string.Join("; ", belowFloor.Select(r => r.Paper).Distinct()
                    .Select(p => $"{p}: {belowFloor.First(r => r.Paper == p).Evidence!.BelowFloor}")));
        }
        foreach (var (id, coverage) in doc.Claims.Select(r => (r.Id, r.Coverage)).Concat(doc.Claims
                     .Where(r => r.Corrected is not null).Select(r => (r.Corrected!.Id, r.Corrected.Coverage)))
                     .Where(r => r.Coverage?.Any(c => !c.Met) == true))
        {
            sb.AppendLine();
            sb.AppendLine($"== {id}: coverage below the required share (the verdict does not rest on these regions)");
            foreach (var c in coverage!.Where(c => !c.Met))
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"   {c.Class}: {c.Cases} cases, {c.Observed:P1} of the evaluated, required {c.Required:P1} ({c.Source})");
        }
        foreach (var r in doc.Claims.Where(r => r.Discrepancies is { Count: > 0 }))
        {
            sb.AppendLine();
            sb.AppendLine($"== {r.Id}: {r.Discrepancies!.Count} finding(s) where the code reads the paper differently from its print");
            foreach (var d in r.Discrepancies!)
                sb.AppendLine($"   {d.Kind}, {d.Where}: printed {d.Printed}; read as {d.Reading}. {d.Why}");
        }
        if (doc.Baseline is { } diff) sb.Append(diff.Render());
        sb.Append(Gate.Render(doc.Mismatches, doc.NotExecuted));
        return sb.ToString();
    }
}
