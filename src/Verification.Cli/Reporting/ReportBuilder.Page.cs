using System.Globalization;
using System.Net;
using System.Text;
using Verification.Harness;
using Verification.Report;
using Verification.Spec;

namespace Verification.Cli.Reporting;

/// <summary>
/// The page in reading order: contents, the findings first (each row linking to its claim's section), then per paper the
/// numbers it prints beside ours, its figures in its own form, one section per claim (anchor = claim id), the assumption
/// matrix and the ledger; then every experiment's series and the MNIST runs.
/// </summary>
public sealed partial class ReportBuilder
{
    /// <summary>Everything the page is written from.</summary>
    private sealed record Page(
        IReadOnlyList<ClaimSection> Claims, IReadOnlyList<ExperimentSection> Experiments, IReadOnlyList<PlotSpec> ClaimPlots,
        IReadOnlyDictionary<string, IReadOnlyList<PlotSpec>> PaperForm, IReadOnlyDictionary<string, Snapshot> Snapshots, IReadOnlyList<MnistRun> Mnist);

    private static readonly Dictionary<string, string> PaperTitles = new(StringComparer.Ordinal)
    {
        ["SBG"] = "Sarussi, Brutzkus, Globerson: Towards understanding learning in neural networks with linear teachers (ICML 2021)",
        ["LYX"] = "Long, Yin, Xin: Global convergence and geometric characterization of slow to fast weight evolution (conference and journal)",
        ["LSZ"] = "Lin, Sun, Zhang: Faster directional convergence of linear neural networks under spherically symmetric data (NeurIPS 2021)",
    };

    private static string Esc(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string V(Verdict v) => Checking.VerdictText(v);

    private static string Badge(Verdict v) => $"<span class=\"v {V(v)}\">{V(v)}</span>";

    private static string Link(string id) => $"[{id}](#{id})";

    private static string Attr(string s) => WebUtility.HtmlEncode(s);

    private string Markdown(Page page)
    {
        var sb = new StringBuilder();
        var ic = CultureInfo.InvariantCulture;
        var budget = profile.ToString().ToLowerInvariant();
        sb.AppendLine("# Verification report").AppendLine();
        sb.AppendLine(ic, $"Profile `{budget}`, seed {seed}, fuzz budget {fuzzCases} cases per search (divided by each claim's cost). " +
            $"Regenerate with `verification report --out DIR --budget {budget} --seed {seed}`. Formulas typeset by KaTeX " +
            $"({Assets.KatexVersion.Split(' ')[0]}, copied into this folder). Each claim has an anchor named by its id (`#SBG.Thm5.1`).")
            .AppendLine();
        var papers = page.Claims.Select(c => c.Row.Paper).Distinct().ToList();
        Contents(sb, papers);
        sb.AppendLine("<a id=\"summary\"></a>").AppendLine().AppendLine("## Summary").AppendLine();
        sb.AppendLine("| paper | claims | implemented | holds | fails | inconclusive | not executable | not implemented |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var g in page.Claims.GroupBy(c => c.Row.Paper))
        {
            int Count(Verdict v) => g.Count(c => c.Row.Verdict == v);
            sb.AppendLine(ic, $"| [{g.Key}](#paper-{g.Key}) | {g.Count()} | {g.Count() - Count(Verdict.NotImplemented)} | {Count(Verdict.Holds)} | " +
                $"{Count(Verdict.Fails)} | {Count(Verdict.Inconclusive)} | {Count(Verdict.NotExecutable)} | {Count(Verdict.NotImplemented)} |");
        }
        sb.AppendLine();
        FindingsSummary(sb, page.Claims);
        foreach (var paper in papers)
        {
            var claims = page.Claims.Where(c => c.Row.Paper == paper).ToList();
            sb.AppendLine(ic, $"<a id=\"paper-{paper}\"></a>").AppendLine();
            sb.AppendLine(ic, $"## {paper}: {PaperTitles.GetValueOrDefault(paper, paper)}").AppendLine();
            sb.AppendLine(ic, $"<a id=\"numbers-{paper}\"></a>").AppendLine().AppendLine(ic, $"### {paper}: printed numbers beside ours").AppendLine();
            PaperNumbers.Write(sb, paper, page.Snapshots, claims.Select(c => c.Row).ToList());
            sb.AppendLine(ic, $"<a id=\"figures-{paper}\"></a>").AppendLine().AppendLine(ic, $"### {paper}: figures in the paper's form").AppendLine();
            var figures = page.PaperForm.GetValueOrDefault(paper) ?? [];
            if (paper == "SBG") figures = [.. figures, .. page.ClaimPlots];
            if (figures.Count == 0) sb.AppendLine("None at this budget (their experiments did not run).").AppendLine();
            foreach (var p in figures) Figure(sb, p);
            sb.AppendLine(ic, $"<a id=\"claims-{paper}\"></a>").AppendLine().AppendLine(ic, $"### {paper}: claims").AppendLine();
            foreach (var c in claims) ClaimBlock(sb, c);
            sb.AppendLine(ic, $"<a id=\"assumptions-{paper}\"></a>").AppendLine();
            AssumptionMatrix(sb, paper, claims);
            sb.AppendLine(ic, $"<a id=\"ledger-{paper}\"></a>").AppendLine().AppendLine(ic, $"### {paper}: ledger").AppendLine();
            Ledger(sb, claims);
        }
        Experiments(sb, page.Experiments);
        Mnist(sb, page.Mnist);
        return sb.ToString();
    }

    private static void Contents(StringBuilder sb, IReadOnlyList<string> papers)
    {
        sb.AppendLine("<nav class=\"toc\"><strong>Contents</strong><ul>");
        sb.AppendLine("<li><a href=\"#summary\">Summary</a></li><li><a href=\"#findings\">Findings</a></li>");
        foreach (var p in papers)
            sb.AppendLine($"<li><a href=\"#paper-{p}\">{p}</a>: <a href=\"#numbers-{p}\">numbers</a>, <a href=\"#figures-{p}\">figures</a>, " +
                $"<a href=\"#claims-{p}\">claims</a>, <a href=\"#assumptions-{p}\">assumptions</a>, <a href=\"#ledger-{p}\">ledger</a></li>");
        sb.AppendLine("<li><a href=\"#experiments\">Experiments: every series</a></li><li><a href=\"#mnist\">MNIST</a></li>");
        sb.AppendLine("</ul></nav>").AppendLine();
    }

    /// <summary>The findings first: every claim that fails as printed, with what is wrong and its checked correction.</summary>
    private static void FindingsSummary(StringBuilder sb, IReadOnlyList<ClaimSection> claims)
    {
        sb.AppendLine("<a id=\"findings\"></a>").AppendLine().AppendLine("## Findings").AppendLine();
        var fails = claims.Where(c => c.Row.Verdict == Verdict.Fails || c.Row.Finding is not null).ToList();
        if (fails.Count == 0) sb.AppendLine("No claim fails as printed under this budget.").AppendLine();
        else
        {
            sb.AppendLine("| claim | kind | what is wrong | corrected statement | evidence |").AppendLine("|---|---|---|---|---|");
            foreach (var c in fails)
            {
                var r = c.Row;
                var claim = Claims.Registry.Find(r.Id);
                var tex = claim is null ? null : Typesetting.Check(claim);
                var why = tex?.Status ?? "no LaTeX form";
                var what = tex?.Finding is { } tf ? Tex(tf)
                    : r.Finding is { } f ? Plain(FirstSentence(f.Summary), why) : "**not recorded: a new failure to review**";
                var corrected = tex?.Corrected is { } tc ? Tex(tc)
                    : r.Corrected is { } k ? Plain(k.Statement, why) : r.Finding is { } f2 ? Plain(f2.CorrectedStatement, why) : "";
                var evidence = $"{Badge(r.Verdict)}" + (r.Counterexample is { } cx ? $" ({cx.Class.ToString().ToLowerInvariant()})" : "") +
                    (r.Corrected is { } kk ? $"; corrected {Badge(kk.Verdict)} on {kk.Cases} cases" : "");
                sb.AppendLine($"| {Link(r.Id)} | {r.Finding?.Kind ?? "false"} | {Esc(what)} | {Esc(corrected)} | {evidence} |");
            }
            sb.AppendLine();
        }
        var floatOnly = claims
            .Where(c => c.Fuzz?.Findings.FirstOrDefault(h => h.Hypothesis == "as-printed") is { Found: true, Class: CounterexampleClass.FloatOnly })
            .ToList();
        if (floatOnly.Count > 0)
        {
            sb.AppendLine("Float-only counterexamples (the mathematics holds; a double implementation does not):").AppendLine();
            foreach (var c in floatOnly)
            {
                var h = c.Fuzz!.Findings.First(x => x.Hypothesis == "as-printed");
                sb.AppendLine($"- {Link(c.Row.Id)}: `{Esc(h.Minimal!.Case)}` — {Esc(h.Minimal.Detail)}");
            }
            sb.AppendLine();
        }
        Discrepancies(sb, claims);
    }

    private static string FirstSentence(string s)
    {
        var i = s.IndexOf(". ", Math.Min(s.Length, 8), StringComparison.Ordinal); // not at "Eq. (6)"
        return i > 0 && i < 300 ? s[..(i + 1)] : s;
    }

    /// <summary>A typeset form as Markdown: each formula trimmed (Markdig's $…$ must not start or end with a space).</summary>
    private static string Tex(string typeset) =>
        string.Concat(Typeset.Segments(typeset).Select(s => s.Math ? "$" + s.Text.Trim() + "$" : s.Text));

    /// <summary>A plain text where a typeset form is missing or out of date, marked so that a reader sees it.</summary>
    private static string Plain(string text, string why = "no LaTeX form") => $"{text} <span class=\"plain\" title=\"{Attr(why)}\">plain text</span>";

    private static void Ledger(StringBuilder sb, IReadOnlyList<ClaimSection> claims)
    {
        var ic = CultureInfo.InvariantCulture;
        sb.AppendLine("| claim | where | kind | arithmetic | cases | verdict | corrected | evidence | seconds |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in claims.Select(c => c.Row))
            sb.AppendLine(ic, $"| {Link(r.Id)} | {Esc(r.Where)} | {r.Kind} | {r.Arithmetic} | {r.Cases} | {Badge(r.Verdict)} | " +
                $"{(r.Corrected is { } k ? Badge(k.Verdict) : "")} | {Esc(Checking.EvidenceText(r))} | {r.Seconds.ToString("0.00", ic)} |");
        sb.AppendLine();
    }

    private static void Experiments(StringBuilder sb, IReadOnlyList<ExperimentSection> experiments)
    {
        var ic = CultureInfo.InvariantCulture;
        sb.AppendLine("<a id=\"experiments\"></a>").AppendLine().AppendLine("## Experiments: every series").AppendLine();
        sb.AppendLine("Every experiment the report ran, its header (what the paper states and what was chosen), its data and every series.")
            .AppendLine();
        foreach (var e in experiments)
        {
            sb.AppendLine(ic, $"### {e.Id} ({Link(e.ClaimId)})").AppendLine().AppendLine(e.Description).AppendLine();
            foreach (var (k, v) in e.Snapshot.Header) sb.AppendLine(ic, $"- {Esc(k)}: {Esc(v)}");
            sb.AppendLine(ic, $"- data: [data/{e.Id}.csv](data/{e.Id}.csv)").AppendLine();
            foreach (var p in e.Plots) Figure(sb, p);
        }
    }

    private static void Mnist(StringBuilder sb, IReadOnlyList<MnistRun> runs)
    {
        sb.AppendLine("<a id=\"mnist\"></a>").AppendLine().AppendLine("## MNIST").AppendLine();
        if (runs.Count == 0)
        {
            sb.AppendLine($"**Not run**: {MnistRuns.HowToRun}.").AppendLine();
            return;
        }
        foreach (var r in runs)
        {
            sb.AppendLine($"### {r.Id} ({Link(r.ClaimId)}, cached run)").AppendLine().AppendLine(r.Description).AppendLine();
            foreach (var (k, v) in r.Snapshot.Header) sb.AppendLine($"- {Esc(k)}: {Esc(v)}");
            sb.AppendLine();
            foreach (var p in r.Plots) Figure(sb, p);
        }
    }

    private static void Figure(StringBuilder sb, PlotSpec p)
    {
        sb.AppendLine($"<figure><img src=\"plots/{p.FileName}\" alt=\"{Attr(p.Title)}\">");
        if (p.Caption is not null) sb.AppendLine($"<figcaption>{Attr(p.Caption)}</figcaption>");
        sb.AppendLine("</figure>").AppendLine();
    }
}
