using System.Globalization;
using System.Text;
using Verification.Harness;
using Verification.Spec;

namespace Verification.Cli.Reporting;

/// <summary>One section per claim, anchored by its id: the statement typeset, the verdict and what it rests on (evidence,
/// slack, a coverage bar per class), the finding with its reproducer and checked correction, and the claim's discrepancies.</summary>
public sealed partial class ReportBuilder
{
    private static void ClaimBlock(StringBuilder sb, ClaimSection c)
    {
        var r = c.Row;
        var ic = CultureInfo.InvariantCulture;
        var claim = Claims.Registry.Find(r.Id);
        sb.AppendLine(ic, $"<div class=\"claim\" id=\"{r.Id}\"></div>").AppendLine();
        sb.AppendLine(ic, $"#### {r.Id} · {Esc(r.Where)} · {Badge(r.Verdict)}").AppendLine();
        if (claim is null)
        {
            sb.AppendLine("Not implemented yet.").AppendLine();
            return;
        }
        var tex = Typesetting.Check(claim);
        sb.AppendLine("> " + (tex.Statement is { } ts ? Tex(ts) : Plain(claim.Statement, tex.Status))).AppendLine();
        if (claim.Kind == ClaimKind.NotExecutable)
        {
            sb.AppendLine(ic, $"Not executable here: {Esc(claim.NotExecutableReason ?? "")}").AppendLine();
            return;
        }
        sb.AppendLine(ic, $"**Evidence.** {Esc(Checking.EvidenceText(r))}; {r.Cases} cases, {r.Kind}, {r.Arithmetic}. {Esc(r.Trust ?? "")}");
        if (r.Evidence is { } e)
        {
            if (e.SmallestSlack is { } s)
                sb.Append(ic, $" Relative slack: smallest {s.ToString("G3", ic)}, median {e.MedianSlack?.ToString("G3", ic) ?? "–"}.");
            if (e.LooseFactor is { } lf && e.Level == "loose") sb.Append(ic, $" Loose: the bound exceeds every observation by ≥ {lf.ToString("G3", ic)}×.");
            if (e.BelowFloor is { } below) sb.Append(ic, $" Fewer cases than the floor: {Esc(below)}.");
            if (e.Caveat is { } caveat) sb.Append(ic, $" Caveat: {Esc(caveat)}.");
        }
        if (r.Note is { Length: > 0 } note) sb.Append(ic, $" Note: {Esc(note)}");
        sb.AppendLine().AppendLine();
        CoverageTable(sb, r);
        if (r.Finding is { } f || r.Verdict == Verdict.Fails) FindingBlock(sb, c, tex);
        var own = r.Discrepancies ?? [];
        if (own.Count > 0)
        {
            sb.AppendLine("Findings of other kinds:").AppendLine();
            foreach (var d in own) sb.AppendLine(ic, $"- *{d.Kind}* ({Esc(d.Where)}): printed {Esc(d.Printed)}; read as {Esc(d.Reading)} — {Esc(d.Why)}");
            sb.AppendLine();
        }
    }

    /// <summary>One row per coverage class: a bar of the observed share with the required share marked.</summary>
    private static void CoverageTable(StringBuilder sb, LedgerRow r)
    {
        if (r.Coverage is not { Count: > 0 } cov) return;
        var ic = CultureInfo.InvariantCulture;
        sb.AppendLine("| coverage class | observed (bar) · required (mark) | cases | from |").AppendLine("|---|---|---|---|");
        foreach (var c in cov)
            sb.AppendLine(ic, $"| `{c.Class}` | {Bar(c.Observed, c.Required, c.Met)} {c.Observed.ToString("P1", ic)} · {c.Required.ToString("P1", ic)}" +
                $"{(c.Met ? "" : " **missed**")} | {c.Cases} | {Esc(c.Source)} |");
        sb.AppendLine();
    }

    private static void FindingBlock(StringBuilder sb, ClaimSection c, Typesetting.Checked tex)
    {
        var r = c.Row;
        var ic = CultureInfo.InvariantCulture;
        if (r.Finding is { } f)
        {
            sb.AppendLine(ic, $"**Finding ({f.Kind}).** {(tex.Finding is { } tf ? Tex(tf) + " " : "")}{f.Summary}").AppendLine();
            sb.AppendLine(ic, $"**Minimal reproducer.** {f.MinimalReproducer}").AppendLine();
            var corrected = tex.Corrected is { } tc ? Tex(tc) : r.Corrected is { } k0 ? Plain(k0.Statement, tex.Status) : f.CorrectedStatement;
            sb.AppendLine(ic, $"**Corrected statement.** {corrected} — verdict " +
                $"{(r.Corrected is { } k ? Badge(k.Verdict) + $" on {k.Cases} cases" : "not checked")}.").AppendLine();
        }
        else sb.AppendLine("**Not recorded by the team: a new failure to review.**").AppendLine();
        if (r.Counterexample is { } cx)
        {
            sb.AppendLine(ic, $"Counterexample found by this run ({cx.Class.ToString().ToLowerInvariant()}; seed {cx.Seed}, size {cx.Size}):").AppendLine();
            sb.AppendLine("```").AppendLine(cx.Case).AppendLine(cx.Detail).AppendLine("```");
            sb.AppendLine(ic, $"Largest violation seen: {r.LargestViolation?.ToString("G4", ic)}. Replay: `{cx.Replay}`.").AppendLine();
        }
    }
}
