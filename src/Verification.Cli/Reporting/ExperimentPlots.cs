using System.Globalization;
using Verification.Report;

namespace Verification.Cli.Reporting;

/// <summary>
/// Figures for the experiments: specific ones where a paper's figure has a known shape, otherwise every double column
/// against the first column (the time, epoch or iteration axis of a series).
/// </summary>
public static class ExperimentPlots
{
    private static readonly Dictionary<string, Func<Snapshot, IEnumerable<PlotSpec>>> Specific = new()
    {
        ["sbg-fig4-fig5"] = SignMaps,
        ["lyx-table1"] = Table1,
        ["lsz-fig1a"] = s => AngleWithBounds(s, "LSZ Fig. 1(a): cos θ(t) and the Theorem 1 lower bounds", "thm1_").Concat(Default(s)),
        ["lsz-fig1b"] = s => AngleWithBounds(s, "LSZ Fig. 1(b): four-layer network, cos θ(t), Theorem 3 bounds", "thm3_").Concat(Default(s)),
        ["lyx-table1-reduced"] = Table1,
        ["lyx-mnist"] = LyxMnist,
        ["sbg-mnist"] = MnistPlots.ReproductionPlots,
    };

    /// <summary>LYX J Fig. 6 (left): the batch loss per iteration of every seed, raw and smoothed, with the paper's "after 400" marked.</summary>
    private static IEnumerable<PlotSpec> LyxMnist(Snapshot s)
    {
        var x = Numbers(s, "iteration");
        var series = new List<PlotSeries>();
        foreach (var c in s.Columns.Where(c => c.Name.StartsWith("smoothed_", StringComparison.Ordinal)))
            series.Add(new PlotSeries("seed " + c.Name["smoothed_".Length..], x, Numbers(s, c.Name)));
        var all = series.SelectMany(p => p.Y).ToList();
        if (all.Count > 0) series.Add(new PlotSeries("iteration 400 (the paper)", [400, 400], [all.Min(), all.Max()], SeriesStyle.Dashed));
        yield return new PlotSpec("lyx-mnist-loss.png", "LeNet-5 on MNIST, SGD lr 0.01: training loss (moving average over 51 iterations)", "iteration",
            "cross-entropy loss", series, Caption: string.Join("; ", s.Header.Where(h => h.Key.StartsWith("seed ", StringComparison.Ordinal))
                .Select(h => $"{h.Key}: {h.Value}")));
    }

    /// <summary>Register a specific plotter (the paper files' experiments add theirs here).</summary>
    public static void Register(string experimentId, Func<Snapshot, IEnumerable<PlotSpec>> plotter) => Specific[experimentId] = plotter;

    public static IEnumerable<PlotSpec> For(Snapshot s) => Specific.TryGetValue(s.Id, out var f) ? f(s) : Default(s);

    public static double[] Numbers(Snapshot s, string column) =>
        s.Columns.First(c => c.Name == column).Cells.Select(ParseNumber).ToArray();

    /// <summary>A cell as a double: decimals, integers and exact p/q literals.</summary>
    public static double ParseNumber(string cell)
    {
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return Arithmetic.Rational.TryParse(cell, null, out var r) ? r.ToDouble() : double.NaN;
    }

    /// <summary>
    /// Double columns against the first column, grouped so that comparable series share a figure: first by what follows the
    /// first token (w1_norm, w2_norm → "norm"; small_loss, large_loss → "loss"), then by what precedes the last token
    /// (par_w, par_u → "par"); the rest alone.
    /// </summary>
    private static IEnumerable<PlotSpec> Default(Snapshot s)
    {
        if (s.Columns.Count < 2) yield break;
        var xName = s.Columns[0].Name;
        var x = Numbers(s, xName);
        if (x.Any(double.IsNaN)) yield break;
        var columns = s.Columns.Skip(1).Select(c => c.Name).Where(s.DoubleColumns.Contains).ToList();
        var groups = new List<(string Title, List<(string Legend, string Column)> Members)>();
        static string[] Tokens(string c) => c.Split('_', '-');
        foreach (var g in columns.Where(c => Tokens(c).Length > 1).GroupBy(c => string.Join("_", Tokens(c).Skip(1))).Where(g => g.Count() > 1))
            groups.Add((g.Key, g.Select(c => (Tokens(c)[0], c)).ToList()));
        var rest = columns.Except(groups.SelectMany(g => g.Members.Select(m => m.Column))).ToList();
        foreach (var g in rest.Where(c => Tokens(c).Length > 1).GroupBy(c => string.Join("_", Tokens(c).SkipLast(1))).Where(g => g.Count() > 1))
            groups.Add((g.Key, g.Select(c => (Tokens(c)[^1], c)).ToList()));
        rest = rest.Except(groups.SelectMany(g => g.Members.Select(m => m.Column))).ToList();
        groups.AddRange(rest.Select(c => (c, new List<(string, string)> { (c, c) })));
        foreach (var (title, members) in groups)
        {
            var series = members.Select(m => new PlotSeries(m.Legend, x, Numbers(s, m.Column))).ToList();
            var all = series.SelectMany(p => p.Y).Where(double.IsFinite).ToList();
            var log = all.Count > 0 && all.All(v => v > 0) && all.Max() / all.Min() > 1e3;
            yield return new PlotSpec($"{s.Id}-{Slug(title)}.png", $"{s.Id}: {title.Replace('_', ' ')}", xName, title.Replace('_', ' '), series, LogY: log);
        }
    }

    /// <summary>cos θ under gradient flow (and SGD) with every bound column of the snapshot drawn over it, printed and as proved.</summary>
    private static IEnumerable<PlotSpec> AngleWithBounds(Snapshot s, string title, string boundPrefix)
    {
        var t = Numbers(s, "t");
        var series = new List<PlotSeries>();
        foreach (var c in s.Columns.Where(c => c.Name is "cos_gf" or "cos_sgd"))
            series.Add(new PlotSeries(c.Name == "cos_gf" ? "cos θ, gradient flow" : "cos θ, SGD (batch 1000, η = 1e−3)", t, Numbers(s, c.Name),
                c.Name == "cos_gf" ? SeriesStyle.Line : SeriesStyle.Dashed));
        foreach (var c in s.Columns.Where(c => c.Name.StartsWith(boundPrefix, StringComparison.Ordinal)))
            series.Add(new PlotSeries(c.Name.Replace('_', ' '), t, Numbers(s, c.Name), SeriesStyle.Dashed));
        if (series.Count > 1)
            yield return new PlotSpec($"{s.Id}-bounds.png", title, "t", "cos θ", series,
                Caption: "A lower bound is violated where its curve rises above cos θ: the printed phase-2 bounds do just after T; " +
                    "the bounds re-derived from the appendix do not.");
    }

    /// <summary>LYX Table 1: our mean ± std per network size against the paper's, for both initialisations; GC at t = 0 against Remark 3.</summary>
    private static IEnumerable<PlotSpec> Table1(Snapshot s)
    {
        var n = Numbers(s, "2k");
        foreach (var (prefix, name) in new[] { ("rand", "random initialisation"), ("half", "half-space initialisation") })
        {
            var paper = s.Columns.First(c => c.Name == prefix + "_paper").Cells.Select(c => c.Split('±')).ToArray();
            yield return new PlotSpec($"{s.Id}-{prefix}.png", $"Table 1, {name}: iterations to zero loss", "2k (number of neurons)", "iterations (mean ± std)",
            [
                new PlotSeries("this suite", n.Select(v => v - 0.2).ToArray(), Numbers(s, prefix + "_mean"), SeriesStyle.Points, Numbers(s, prefix + "_std")),
                new PlotSeries("paper", n.Select(v => v + 0.2).ToArray(), paper.Select(p => ParseNumber(p[0])).ToArray(), SeriesStyle.Points,
                    paper.Select(p => ParseNumber(p[1])).ToArray()),
            ], Caption: "Error bars are one standard deviation; " +
                $"{s.Header.FirstOrDefault(h => h.Key == "runs per cell").Value} runs per cell here, 100 in the paper. " +
                "Per-cell Welch tests are in the table.");
        }
        yield return new PlotSpec($"{s.Id}-gc-entry.png", "Iteration at which GC first holds (mean over runs)", "2k (number of neurons)", "iteration",
        [
            new PlotSeries("random initialisation", n, Numbers(s, "rand_gc_entry_mean"), SeriesStyle.Points),
            new PlotSeries("half-space initialisation", n, Numbers(s, "half_gc_entry_mean"), SeriesStyle.Points),
        ], Caption: "After GC holds, the slow phase ends (Prop. 3): compare with the iterations to zero loss.");
        yield return new PlotSpec($"{s.Id}-gc.png", "Remark 3: fraction of random initialisations satisfying GC", "2k (number of neurons)", "fraction at t = 0",
        [
            new PlotSeries("P_gc = 1 − k/2^(k−1) (Remark 3)", n, Numbers(s, "pgc")),
            new PlotSeries("observed (± 99% half-width)", n, Numbers(s, "gc0_frac"), SeriesStyle.Points, Numbers(s, "gc0_halfwidth99")),
        ]);
    }

    /// <summary>Figures that combine experiments, as the paper draws them (Fig. 2 of SBG: small against large initialisation).</summary>
    public static IEnumerable<PlotSpec> Combined(IReadOnlyDictionary<string, Snapshot> byId)
    {
        if (byId.TryGetValue("sbg-fig2-small", out var small) && byId.TryGetValue("sbg-fig2-large", out var large))
            yield return new PlotSpec("sbg-fig2-combined.png", "SBG Fig. 2: fraction of points outside the linear region of Theorem 5.1", "epoch",
                "fraction outside",
            [
                new PlotSeries("small initialisation", Numbers(small, "epoch"), Numbers(small, "frac_outside")),
                new PlotSeries("large initialisation", Numbers(large, "epoch"), Numbers(large, "frac_outside"), SeriesStyle.Dashed),
            ], Caption: "Gaussian data; the linear region uses the clustering radius r measured at each epoch.");
    }

    private static IEnumerable<PlotSpec> SignMaps(Snapshot s)
    {
        var x1 = Numbers(s, "x1");
        var x2 = Numbers(s, "x2");
        foreach (var (col, title) in new[] { ("sign_leaky", "Fig. 4a: Leaky ReLU (α = 1/10), w = (1, 0), u = (0, 1)"),
                                             ("sign_relu", "Fig. 4b: ReLU, w = (1, 0), u = (0, 1)") })
        {
            var sign = Numbers(s, col);
            PlotSeries Class(string name, int value) => new(name,
                x1.Where((_, i) => sign[i] == value).ToArray(), x2.Where((_, i) => sign[i] == value).ToArray(), SeriesStyle.Points);
            yield return new PlotSpec($"{s.Id}-{col}.png", title, "x₁", "x₂",
                [Class("N(x) > 0", 1), Class("N(x) < 0", -1), Class("N(x) = 0", 0)],
                Caption: "Exact sign of the network output on the rational grid of the golden snapshot.");
        }
        var leaky = Numbers(s, "N_leaky");
        var diag = Enumerable.Range(0, x1.Length).Where(i => x2[i] == -x1[i]).ToArray();
        yield return new PlotSpec($"{s.Id}-output.png", "Fig. 5b: network output along x₂ = −x₁ (Leaky ReLU)", "x₁", "N(x)",
            [new PlotSeries("N(x₁, −x₁)", diag.Select(i => x1[i]).ToArray(), diag.Select(i => leaky[i]).ToArray())],
            Caption: "The sign is that of x₁ − x₂, but the output is piecewise linear with a kink at 0: the boundary is linear, the function is not.");
    }

    public static string Slug(string s) => new(s.Select(ch => char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-').ToArray());
}
