using System.Globalization;
using System.Text;
using Verification.Harness;
using Verification.Spec;

namespace Verification.Cli.Reporting;

/// <summary>
/// The assumption analysis as one matrix per paper: claims × hypotheses, each cell what weakening that hypothesis gave
/// (● counterexample found, ○ none within the fuzz budget) against the team's recorded expectation; then the constants.
/// </summary>
public sealed partial class ReportBuilder
{
    private static void AssumptionMatrix(StringBuilder sb, string paper, IReadOnlyList<ClaimSection> claims)
    {
        var ic = CultureInfo.InvariantCulture;
        sb.AppendLine().AppendLine(ic, $"### {paper}: assumption analysis").AppendLine();
        var rows = claims.Select(c => (Section: c, Claim: Claims.Registry.Find(c.Row.Id)))
            .Where(x => x.Claim is not null && Fuzzer.Target(x.Claim).Hypotheses.Count > 0).ToList();
        if (rows.Count == 0)
        {
            sb.AppendLine("No claim of this paper declares hypotheses to weaken.").AppendLine();
            return;
        }
        var columns = rows.SelectMany(x => Fuzzer.Target(x.Claim!).Hypotheses.Select(h => h.Name)).Distinct(StringComparer.Ordinal).ToList();
        sb.AppendLine("Each cell: what weakening the hypothesis gave — ● a counterexample, ○ none within the fuzz budget — and whether that " +
            "is what the team recorded (✓), or not (✗, in bold); *exp. ●/○* where the fuzzer did not run (only the expectation). " +
            "Hover a cell for the weakened hypothesis. A weakened hypothesis with no counterexample is one the statement may not need.")
            .AppendLine();
        sb.AppendLine("<div class=\"mxwrap\"><table class=\"mx\"><tr><th>claim</th>" + string.Concat(columns.Select(h => $"<th>{Attr(h)}</th>")) + "</tr>");
        foreach (var (section, claim) in rows)
        {
            var target = Fuzzer.Target(claim!);
            sb.Append(ic, $"<tr><td><a href=\"#{section.Row.Id}\">{section.Row.Id}</a>{(target.Id != claim!.Id ? " (corrected)" : "")}</td>");
            foreach (var name in columns)
            {
                var h = target.Hypotheses.FirstOrDefault(x => x.Name == name);
                if (h is null) { sb.Append("<td></td>"); continue; }
                var found = section.Fuzz?.Findings.FirstOrDefault(x => x.Hypothesis == name);
                var expected = h.Expected == Expectation.Counterexample ? "●" : "○";
                var title = Attr($"{h.Statement} → weakened: {h.Weakened}. Expected: {h.Expected.ToString().ToLowerInvariant()} ({h.Why})" +
                    (found is { Found: true } ? $"; found ({found.Class?.ToString().ToLowerInvariant()}), largest violation " +
                        found.LargestViolation.ToString("G3", ic) : ""));
                var cell = found is null ? $"<em>exp. {expected}</em>"
                    : found.MatchesExpectation ? $"{(found.Found ? "●" : "○")} ✓" : $"<strong>{(found.Found ? "●" : "○")} ✗</strong>";
                sb.Append(ic, $"<td title=\"{title}\">{cell}</td>");
            }
            sb.AppendLine("</tr>");
        }
        sb.AppendLine("</table></div>").AppendLine();
        foreach (var c in claims.Where(c => c.FuzzError is not null))
            sb.AppendLine(ic, $"- {Link(c.Row.Id)}: fuzzing failed: {Esc(c.FuzzError!)}");
        foreach (var c in claims.Where(c => c.Fuzz is { } f && (f.Tightness.Count > 0 || f.ExactTightness.Count > 0)))
        {
            var f = c.Fuzz!;
            sb.AppendLine(ic, $"Constants of {Link(c.Row.Id)}:").AppendLine();
            foreach (var t in f.Tightness)
                sb.AppendLine(ic, $"- `{t.Constant}` (printed {t.Printed}), bisection over random searches: counterexample found up to " +
                    $"{Fmt(t.LargestFailing)}, none found from {Fmt(t.SmallestHolding)} (a lower bound on the sharp value, not a certificate). " +
                    $"{Esc(t.Note)}");
            if (f.ExactTightness.Count > 0) ExactTightnessTable(sb, f.ExactTightness);
            sb.AppendLine();
        }

        static string Fmt(Arithmetic.Rational? r) => r is { } v ? $"{v} (≈ {v.ToDouble().ToString("G4", CultureInfo.InvariantCulture)})" : "–";
    }
}
