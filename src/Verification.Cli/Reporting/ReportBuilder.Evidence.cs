using System.Globalization;
using System.Text;

namespace Verification.Cli.Reporting;

/// <summary>The report's evidence sections: what each verdict rests on, coverage per class, and findings by kind.</summary>
public sealed partial class ReportBuilder
{
    /// <summary>Per claim: the evidence level, the trust line, and each coverage class with its required and observed share.</summary>
    private static void EvidenceAndTrust(StringBuilder sb, string paper, IReadOnlyList<LedgerRow> rows)
    {
        var ic = CultureInfo.InvariantCulture;
        sb.AppendLine(ic, $"### Evidence: what each {paper} verdict rests on").AppendLine();
        sb.AppendLine("Levels: *decided exactly* (a finite exact decision over a stated class), *checked* (generated cases, every coverage " +
            "class visited), *coverage incomplete*, *loose* (the bound exceeds every observation by a factor of 10 or more), *statistical* " +
            "(a pass fraction over independent runs with a confidence interval), *none*.").AppendLine();
        foreach (var r in rows.Where(r => r.Trust is not null || r.Evidence is not null))
        {
            sb.AppendLine(ic, $"- **{r.Id}** — {Esc(Checking.EvidenceText(r))}. {Esc(r.Trust ?? "")}");
            if (r.Evidence?.BelowFloor is { } below) sb.AppendLine(ic, $"  - fewer cases than the floor: {Esc(below)}");
            if (r.Evidence?.Caveat is { } caveat) sb.AppendLine(ic, $"  - caveat: {Esc(caveat)}");
            foreach (var c in r.Coverage ?? [])
                sb.AppendLine(ic, $"  - {(c.Met ? "✓" : "✗")} `{c.Class}` {Bar(c.Observed, c.Required)} observed {c.Observed:P1}, required " +
                    $"{c.Required:P1} ({c.Cases} cases) — {Esc(c.Source)}");
        }
        sb.AppendLine();
    }

    /// <summary>A ten-cell text bar of the observed share, with the required share marked.</summary>
    private static string Bar(double observed, double required)
    {
        var cells = new char[10];
        for (var i = 0; i < 10; i++) cells[i] = (i + 0.5) / 10 <= observed ? '█' : '░';
        var mark = Math.Clamp((int)Math.Ceiling(required * 10) - 1, 0, 9);
        return "`" + new string(cells, 0, mark) + "|" + new string(cells, mark, 10 - mark) + "`";
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
            sb.AppendLine(ic, $"| {id} | {d.Kind} | {Esc(d.Where)} | {Esc(d.Printed)} | {Esc(d.Reading)} | {Esc(d.Why)} |");
        sb.AppendLine();
    }
}
