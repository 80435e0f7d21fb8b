using System.Globalization;
using System.Text;

namespace Verification.Cli.Reporting;

/// <summary>The report's evidence pieces: the coverage bar, and the findings of other kinds than a false statement.</summary>
public sealed partial class ReportBuilder
{
    /// <summary>An inline bar of the observed share (red when below the required share) with the required share marked.</summary>
    private static string Bar(double observed, double required, bool met)
    {
        var ic = CultureInfo.InvariantCulture;
        var o = Math.Clamp(observed, 0, 1) * 100;
        var q = Math.Clamp(required, 0, 1) * 100;
        return $"<span class=\"bar\" title=\"observed {o.ToString("0.#", ic)}%, required {q.ToString("0.#", ic)}%\">" +
            $"<span class=\"fill{(met ? "" : " miss")}\" style=\"width:{o.ToString("0.#", ic)}%\"></span>" +
            $"<span class=\"req\" style=\"left:{q.ToString("0.#", ic)}%\"></span></span>";
    }

    /// <summary>Findings of other kinds than a false statement: proof steps, textual discrepancies, experiments not reproduced.</summary>
    private static void Discrepancies(StringBuilder sb, IReadOnlyList<ClaimSection> claims)
    {
        var all = claims.SelectMany(c => (c.Row.Discrepancies ?? []).Select(d => (c.Row.Id, d))).ToList();
        if (all.Count == 0) return;
        var ic = CultureInfo.InvariantCulture;
        sb.AppendLine("### Findings of other kinds: proof steps, textual discrepancies, experiments not reproduced").AppendLine();
        sb.AppendLine("Every place where this suite reads a paper differently from its print is recorded here; none is fixed silently.")
            .AppendLine();
        sb.AppendLine("| claim | kind | where | printed | read as | why |").AppendLine("|---|---|---|---|---|---|");
        foreach (var (id, d) in all.OrderBy(x => x.d.Kind, StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal))
            sb.AppendLine(ic, $"| {Link(id)} | {d.Kind} | {Esc(d.Where)} | {Esc(d.Printed)} | {Esc(d.Reading)} | {Esc(d.Why)} |");
        sb.AppendLine();
    }
}
