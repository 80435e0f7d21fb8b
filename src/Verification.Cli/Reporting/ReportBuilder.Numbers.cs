using System.Globalization;
using System.Text;
using Verification.Report;

namespace Verification.Cli.Reporting;

/// <summary>
/// Every number a paper prints beside ours (LYX Table 1 as "paper / ours / difference / test"), and where a paper prints
/// none (its figures only, or quantities such as LSZ's T and ‖w(T)‖), what we measured, saying so.
/// </summary>
public sealed partial class ReportBuilder
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    private const string NonePrinted = "none printed (figure only)";

    private static class PaperNumbers
    {
        public static void Write(StringBuilder sb, string paper, IReadOnlyDictionary<string, Snapshot> snaps, IReadOnlyList<LedgerRow> rows)
        {
            string Test(string id) => rows.FirstOrDefault(r => r.Id == id) is { } r ? $"{Link(id)} {Badge(r.Verdict)}" : Link(id);
            var items = paper switch
            {
                "SBG" => Sbg(snaps),
                "LYX" => Lyx(sb, snaps, Test),
                "LSZ" => Lsz(snaps),
                _ => [],
            };
            if (items.Count == 0) return;
            sb.AppendLine("| figure | quantity | paper | ours | difference | test |").AppendLine("|---|---|---|---|---|---|");
            foreach (var (fig, what, printed, ours, diff, id) in items)
                sb.AppendLine($"| {Esc(fig)} | {Esc(what)} | {Esc(printed)} | {Esc(ours)} | {Esc(diff)} | {Test(id)} |");
            sb.AppendLine();
        }

        private static string? Last(IReadOnlyDictionary<string, Snapshot> snaps, string id, string column) =>
            snaps.TryGetValue(id, out var s) && s.Columns.FirstOrDefault(c => c.Name == column) is { } col && col.Cells.Length > 0
                ? ExperimentPlots.ParseNumber(col.Cells[^1]).ToString("G4", Ic) : null;

        private static string Header(IReadOnlyDictionary<string, Snapshot> snaps, string id, string key) =>
            snaps.TryGetValue(id, out var s) ? s.Header.FirstOrDefault(h => h.Key == key).Value ?? "–" : "not run at this budget";

        private static string NotRun(string experiment) => $"not run at this budget (`verification reproduce {experiment}`)";

        private static List<(string, string, string, string, string, string)> Sbg(IReadOnlyDictionary<string, Snapshot> s) =>
        [
            ("Fig. 1", "network and initialisation", "100 neurons; std 0.001 vs 30", "20 neurons (reduced); std 0.001 vs 30", "fewer neurons", "SBG.Fig1"),
            ("Fig. 1", "non-linearity of the learned boundary (small vs large init)", NonePrinted,
                Header(s, "sbg-fig1", "final_nonlinear_grid_fraction"), "–", "SBG.Fig1"),
            ("Fig. 2", "fraction outside the linear region at the end (small / large init)", "small: decreases to zero; large: does not",
                $"{Last(s, "sbg-fig2-small", "frac_outside") ?? NotRun("sbg-fig2-small")} / {Last(s, "sbg-fig2-large", "frac_outside") ?? "–"}",
                "–", "SBG.Fig2"),
            ("Fig. 3", "cos(w̄ − ū, w₇ − u₇) at the end", NonePrinted + ": \"excellent agreement\"", Last(s, "sbg-fig3", "cos_boundary") ?? NotRun("sbg-fig3"),
                "–", "SBG.Fig3"),
            ("Fig. 7", "r/‖w̄ − ū‖ and max intra-type angle (°) at the end", NonePrinted + ": both decrease towards 0",
                $"{Last(s, "sbg-fig7", "r_over_wu") ?? NotRun("sbg-fig7")} and {Last(s, "sbg-fig7", "max_angle_deg") ?? "–"}", "–", "SBG.Fig7"),
            ("Fig. 8", "PAR fractions of w- and u-neurons at the end", "100% and 100%",
                $"{Pct(Last(s, "sbg-fig8", "par_w"))} and {Pct(Last(s, "sbg-fig8", "par_u"))}", Diff100(Last(s, "sbg-fig8", "par_w")), "SBG.Fig8"),
            ("Fig. 9", "max n_diff (w / u) at the end, mean of 5 initialisations", "0 while not every neuron is in the PAR",
                $"{Last(s, "sbg-fig9", "max_ndiff_w") ?? NotRun("sbg-fig9")} / {Last(s, "sbg-fig9", "max_ndiff_u") ?? "–"}; PAR fractions " +
                $"{Pct(Last(s, "sbg-fig9", "par_w"))} / {Pct(Last(s, "sbg-fig9", "par_u"))}", "–", "SBG.Fig9"),
        ];

        private static string Pct(string? fraction) =>
            fraction is null ? "–" : (double.Parse(fraction, Ic) * 100).ToString("G4", Ic) + "%";

        private static string Diff100(string? fraction) =>
            fraction is null ? "–" : ((double.Parse(fraction, Ic) - 1) * 100).ToString("+0.##;−0.##;0", Ic) + " points";

        private static List<(string, string, string, string, string, string)> Lsz(IReadOnlyDictionary<string, Snapshot> s)
        {
            string NormAtT()
            {
                if (!s.TryGetValue("lsz-fig1a", out var f) || !double.TryParse(Header(s, "lsz-fig1a", "T (gradient flow)"), NumberStyles.Float, Ic, out var T))
                    return "–";
                var t = ExperimentPlots.Numbers(f, "t");
                var n = ExperimentPlots.Numbers(f, "norm_gf");
                var i = Enumerable.Range(0, t.Length).MinBy(k => Math.Abs(t[k] - T));
                return $"≈ {n[i].ToString("G4", Ic)} (at the sample t = {t[i].ToString("G4", Ic)} nearest T)";
            }
            return
            [
                ("Fig. 1(a)", "T, end of the first phase of Theorem 1", "not printed", Header(s, "lsz-fig1a", "T (gradient flow)"), "–", "LSZ.Fig1a"),
                ("Fig. 1(a)", "‖w(T)‖", "not printed", NormAtT(), "–", "LSZ.Fig1a"),
                ("Fig. 1(b)", "T of the induced flow (Theorem 3)", "not printed", Header(s, "lsz-fig1b", "T (induced flow)"), "–", "LSZ.Fig1b"),
                ("Fig. 2", "grid points where the 1000-sample sign disagrees with the population sign", NonePrinted,
                    Header(s, "lsz-fig2", "sample signs disagreeing with the population"), "–", "LSZ.Fig2"),
            ];
        }

        /// <summary>LYX: Table 1 cell by cell (its own table), Remark 3's P_gc beside the observed fraction, and the figures' numbers.</summary>
        private static List<(string, string, string, string, string, string)> Lyx(
            StringBuilder sb, IReadOnlyDictionary<string, Snapshot> s, Func<string, string> test)
        {
            var table = s.TryGetValue("lyx-table1", out var full) ? full : s.GetValueOrDefault("lyx-table1-reduced");
            if (table is not null) Table1(sb, table, test);
            else sb.AppendLine($"Table 1: {NotRun("lyx-table1")}.").AppendLine();
            return
            [
                ("Fig. 4 [J Fig. 5]", "iteration at which GC first holds / zero loss", "none printed",
                    $"{Header(s, "lyx-fig-weightdynamics", "gc entry iteration")} / {Header(s, "lyx-fig-weightdynamics", "zero loss iteration")}",
                    "–", "LYX.Fig.WeightDynamics"),
                ("Fig. 4 [J Fig. 5]", "max ‖W‖ along the trajectory", "none printed", Header(s, "lyx-fig-weightdynamics", "max norm"), "–",
                    "LYX.Fig.WeightDynamics"),
                ("Fig. 2 [J Fig. 4 left]", "iterations vs 2k (quartiles)", NonePrinted,
                    s.ContainsKey("lyx-fig-iterations") ? "see the experiment's series below" : NotRun("lyx-fig-iterations"), "–", "LYX.Fig.Iterations"),
                ("Fig. 3 [J Fig. 4 right]", "histogram of max_t ‖W‖, 2000 runs, 2k = 8", NonePrinted,
                    s.ContainsKey("lyx-fig-normhistogram") ? $"median {Header(s, "lyx-fig-normhistogram", "median")}, max " +
                        Header(s, "lyx-fig-normhistogram", "max") : NotRun("lyx-fig-normhistogram"), "–", "LYX.Fig.NormHistogram"),
                ("J Fig. 3", "iterations vs subspace angle", NonePrinted,
                    s.ContainsKey("lyx-j-fig-subspaceangle") ? "see the experiment's series below" : NotRun("lyx-j-fig-subspaceangle"), "–",
                    "LYX.J.Fig.SubspaceAngle"),
            ];
        }

        private static void Table1(StringBuilder sb, Snapshot s, Func<string, string> test)
        {
            string[] Col(string name) => s.Columns.First(c => c.Name == name).Cells;
            var n = Col("2k");
            var runs = s.Header.FirstOrDefault(h => h.Key == "runs per cell").Value ?? "?";
            sb.AppendLine($"Table 1 ({s.Id}: {runs} runs per cell; the paper: 100): iterations to zero loss, mean ± std. Test: " +
                $"{Esc(s.Header.FirstOrDefault(h => h.Key == "test").Value ?? "")}. Verdict of the table: {test("LYX.Table1")}.").AppendLine();
            sb.AppendLine("| 2k | initialisation | paper | ours | difference (ours − paper) | Welch p | test |").AppendLine("|---|---|---|---|---|---|---|");
            for (var i = 0; i < n.Length; i++)
                foreach (var (p, name) in new[] { ("rand", "random"), ("half", "half-space") })
                {
                    var paper = Col(p + "_paper")[i];
                    var mean = ExperimentPlots.ParseNumber(Col(p + "_mean")[i]);
                    var paperMean = ExperimentPlots.ParseNumber(paper.Split('±')[0]);
                    var diff = mean - paperMean;
                    var std = ExperimentPlots.ParseNumber(Col(p + "_std")[i]);
                    sb.AppendLine($"| {n[i]} | {name} | {paper} | {mean.ToString("0.0", Ic)} ± {std.ToString("0.0", Ic)} | " +
                        $"{diff.ToString("+0.0;−0.0;0", Ic)} ({(diff / paperMean * 100).ToString("+0;−0;0", Ic)}%) | " +
                        $"{ExperimentPlots.ParseNumber(Col(p + "_p")[i]).ToString("G3", Ic)} | {Col(p + "_verdict")[i]} |");
                }
            sb.AppendLine();
            sb.AppendLine("Remark 3: the probability that random directions satisfy GC, printed as a formula, beside the fraction observed at t = 0:")
                .AppendLine();
            sb.AppendLine("| 2k | P_gc = 1 − k/2^(k−1) (paper) | observed at t = 0 | difference | 99% half-width | within |")
                .AppendLine("|---|---|---|---|---|---|");
            for (var i = 0; i < n.Length; i++)
            {
                var pgc = ExperimentPlots.ParseNumber(Col("pgc")[i]);
                var obs = ExperimentPlots.ParseNumber(Col("gc0_frac")[i]);
                var hw = ExperimentPlots.ParseNumber(Col("gc0_halfwidth99")[i]);
                sb.AppendLine($"| {n[i]} | {pgc.ToString("G4", Ic)} | {obs.ToString("G4", Ic)} | {(obs - pgc).ToString("+0.###;−0.###;0", Ic)} | " +
                    $"{hw.ToString("G3", Ic)} | {(Math.Abs(obs - pgc) <= hw ? "yes" : "no")} |");
            }
            sb.AppendLine().AppendLine($"Test of Remark 3 itself: {test("LYX.Remark3")}.").AppendLine();
        }
    }
}
