using System.Globalization;
using System.Text;
using Verification.Experiments.Sbg;
using Verification.Report;

namespace Verification.Cli.Reporting;

/// <summary>SBG.MNIST's figures: per digit pair the curves of <c>reproduce sbg-mnist</c>, and the sweep's ratio and cosine curves.</summary>
public static class MnistPlots
{
    public static bool Handles(string experimentId) => experimentId == "sbg-mnist";

    private static IEnumerable<string> PairKeys(Snapshot s) =>
        s.Columns.Select(c => c.Name).Where(n => n.StartsWith('p')).Select(n => n.Split('_')[0]).Distinct();

    /// <summary>Per pair: a CSV of its columns and the plots of <see cref="ReproductionPlots"/>.</summary>
    public static IReadOnlyList<string> WriteReproduction(Snapshot s, string dir)
    {
        ArgumentNullException.ThrowIfNull(s);
        var written = new List<string>();
        var epoch = ExperimentPlots.Numbers(s, "epoch");
        foreach (var key in PairKeys(s))
        {
            var cols = s.Columns.Where(c => c.Name.StartsWith(key + "_", StringComparison.Ordinal)).ToList();
            var csv = new StringBuilder("epoch," + string.Join(",", cols.Select(c => c.Name)) + "\n");
            for (var i = 0; i < epoch.Length; i++)
                csv.Append(epoch[i].ToString(CultureInfo.InvariantCulture)).Append(',').AppendJoin(',', cols.Select(c => c.Cells[i])).Append('\n');
            var path = Path.Combine(dir, $"sbg-mnist-{key}.csv");
            Output.WriteAtomically(path, csv.ToString());
            written.Add(path);
        }
        foreach (var p in ReproductionPlots(s))
        {
            PlotRenderer.SavePng(p, dir);
            written.Add(Path.Combine(dir, p.FileName));
        }
        return written;
    }

    /// <summary>Per pair: the fraction outside (small against large), r/‖w̄ − ū‖ against the |cos|/2 the region needs, and linearity.</summary>
    public static IEnumerable<PlotSpec> ReproductionPlots(Snapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var epoch = ExperimentPlots.Numbers(s, "epoch");
        foreach (var key in PairKeys(s))
        {
            double[] N(string scale, string m) => ExperimentPlots.Numbers(s, $"{key}_{scale}_{m}");
            double[] Half(string scale, string m) => N(scale, m).Select(v => v / 2).ToArray();
            var pair = $"({key[1]}, {key[2]})";
            PlotSpec[] specs =
            [
                new($"sbg-mnist-{key}-frac-outside.png", $"SBG Figs. 2/6, MNIST {pair}: fraction outside Theorem 5.1's linear region", "epoch",
                    "fraction of train and test points",
                    [new("small init", epoch, N("small", "frac_outside")), new("large init", epoch, N("large", "frac_outside"), SeriesStyle.Dashed)],
                    Caption: "Mean over 5 initialisations. The paper: small initialisation quickly decreases to zero, large does not."),
                new($"sbg-mnist-{key}-ratio.png", $"MNIST {pair}: r/‖w̄ − ū‖ against what the region needs", "epoch", "value",
                    [
                        new("r/‖w̄ − ū‖, small", epoch, N("small", "r_over_wu")),
                        new("median |cos(x, w̄ − ū)|/2, small", epoch, Half("small", "cos_median"), SeriesStyle.Dashed),
                        new("smallest |cos(x, w̄ − ū)|/2, small", epoch, Half("small", "cos_min"), SeriesStyle.Dashed),
                        new("r/‖w̄ − ū‖, large", epoch, N("large", "r_over_wu")),
                        new("median |cos|/2, large", epoch, Half("large", "cos_median"), SeriesStyle.Dashed),
                    ],
                    LogY: true, Caption: "A point is inside the region iff |cos(x, w̄ − ū)| ≥ 2r/‖w̄ − ū‖: every point needs the solid line below the "
                        + "smallest |cos|/2."),
                new($"sbg-mnist-{key}-linearity.png", $"MNIST {pair}: is the network linear on the data?", "epoch", "share of points",
                    [
                        new("sign N = sign((w̄ − ū)·x), small", epoch, N("small", "linear_agreement")),
                        new("the same, large", epoch, N("large", "linear_agreement"), SeriesStyle.Dashed),
                        new("w-neurons disagree (train), small", epoch, N("small", "disagree_w")),
                    ]),
            ];
            foreach (var p in specs) yield return p;
        }
    }

    /// <summary>The sweep: per pair and input, r/‖w̄ − ū‖ and the median |cos|/2 over the epochs for every η and σ (first initialisation).</summary>
    public static IReadOnlyList<string> WriteSweep(IReadOnlyList<MnistSweepRun> runs, string dir)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var written = new List<string>();
        foreach (var g in runs.Where(r => r.Init == 0).GroupBy(r => (r.Setting.Positive, r.Setting.Negative, r.Setting.Spec.Centred)))
        {
            var name = $"({g.Key.Positive}, {g.Key.Negative}), {(g.Key.Centred ? "centred" : "raw")} inputs";
            var file = $"sbg-mnist-sweep-p{g.Key.Positive}{g.Key.Negative}-{(g.Key.Centred ? "centred" : "raw")}";
            double[] X(MnistSweepRun r) => r.Series.Select(p => (double)Math.Max(p.Epoch, 1)).ToArray();
            string L(MnistSweepRun r) => $"k={r.Setting.Spec.K} η={r.Setting.Spec.Eta:G2} σ={r.Setting.Spec.Std:G2}";
            PlotSeries Line(MnistSweepRun r, string label, Func<MnistPoint, double> f, SeriesStyle style = SeriesStyle.Line) =>
                new(label, X(r), r.Series.Select(f).ToArray(), style);
            PlotSpec[] specs =
            [
                new(file + "-ratio.png", $"sweep {name}: r/‖w̄ − ū‖", "epoch", "r/‖w̄ − ū‖",
                    [
                        .. g.Select(r => Line(r, L(r), p => p.Ratio)),
                        .. g.Take(1).Select(r => Line(r, "median |cos(x, w̄ − ū)|/2 (first run)", p => p.CosMedian / 2, SeriesStyle.Dashed)),
                    ],
                    LogY: true, LogX: true, Caption: "Theorem 5.1's region holds a point iff its |cos(x, w̄ − ū)| ≥ 2r/‖w̄ − ū‖."),
                new(file + "-cos.png", $"sweep {name}: median and smallest |cos(x, w̄ − ū)|", "epoch", "|cos|",
                    [
                        .. g.Select(r => Line(r, L(r) + " median", p => p.CosMedian)),
                        .. g.Select(r => Line(r, L(r) + " min", p => p.CosMin, SeriesStyle.Dashed)),
                    ],
                    LogX: true, LogY: true),
                new(file + "-frac-outside.png", $"sweep {name}: fraction outside the linear region", "epoch", "fraction",
                    [.. g.Select(r => Line(r, L(r), p => p.FracOutside))], LogX: true),
            ];
            foreach (var p in specs)
            {
                PlotRenderer.SavePng(p, dir);
                written.Add(Path.Combine(dir, p.FileName));
            }
        }
        return written;
    }
}
