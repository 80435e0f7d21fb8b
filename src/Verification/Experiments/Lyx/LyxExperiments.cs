using MathNet.Numerics.Distributions;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Geometry.Lyx;
using Verification.Report;

namespace Verification.Experiments.Lyx;

/// <summary>
/// The experiments of LYX Section 6.1 as snapshot producers. Common set-up: the decoupled network (6) with b = 0 in d = 2 on
/// the 880-point set with label 1, mean hinge loss, full-batch GD with η = 0.1 (the conference's η = 1/(10|X̂|) on the summed
/// loss is the same step). Convergence criterion: the first iteration t with l(W^(t)) = 0 exactly (every point has f̃ ≥ 1);
/// at that point the subgradient is 0 and GD is stationary, so this is the only criterion that needs no tolerance.
/// Runs are seeded per (cell, run) by SplitMix64, so results do not depend on the number of cores.
/// </summary>
public static class LyxExperiments
{
    public const double Eta = 0.1;
    public const int MaxIterations = 100_000;

    /// <summary>Table 1 of the paper: mean ± std of iterations for 2k = 6, 8, …, 24 (random, half-space).</summary>
    public static readonly (int Neurons, double RandMean, double RandStd, double HalfMean, double HalfStd)[] PaperTable1 =
    [
        (6, 578.90, 205.43, 672.41, 226.53), (8, 423.96, 190.91, 582.16, 200.81), (10, 313.29, 178.67, 550.19, 180.59),
        (12, 242.72, 178.94, 517.26, 172.46), (14, 183.53, 108.60, 500.42, 215.87), (16, 141.00, 80.66, 487.42, 220.48),
        (18, 126.52, 62.07, 478.25, 202.71), (20, 102.09, 32.32, 412.46, 195.92), (22, 90.65, 28.01, 454.08, 203.00),
        (24, 82.93, 26.76, 416.82, 216.58),
    ];

    /// <summary>The registered producers: id, description, producer of the default (full) version.</summary>
    public static readonly IReadOnlyList<(string Id, string Description, Func<ulong, Snapshot> Produce)> All =
    [
        ("lyx-table1", "Table 1: iterations to zero loss, random vs half-space init, 2k = 6..24, 100 runs per cell, Welch test vs the paper",
            s => Table1(s, 100)),
        ("lyx-fig-iterations", "Fig. 2 [J Fig. 4 left]: iteration quartiles vs number of neurons (random init, 100 runs)", s => FigIterations(s, 100)),
        ("lyx-fig-normhistogram", "Fig. 3 [J Fig. 4 right]: histogram of max_t |W^(t)| over 2000 runs, 2k = 8", s => NormHistogram(s, 2000)),
        ("lyx-fig-weightdynamics", "Fig. 4 [J Fig. 5]: deterministic trajectory from the stated initialisation, GC entry and zero loss", _ => WeightDynamics()),
        ("lyx-j-fig-subspaceangle", "J Fig. 3: iterations vs angle between the class subspaces in R^4, k = 4, η = 0.1", s => SubspaceAngle(s, 10)),
    ];

    private static readonly Lazy<PolarGridGd> Grid = new(() => new PolarGridGd(LyxData.PaperRadii(), LyxData.PaperAngles()));

    public static PolarGridGd PaperGrid => Grid.Value;

    /// <summary>Runs one cell: <paramref name="runs"/> seeded runs for k = neurons/2, in parallel, results by run index.</summary>
    public static PolarGridGd.RunResult[] Cell(ulong seed, int cell, int k, bool halfSpace, int runs)
    {
        var results = new PolarGridGd.RunResult[runs];
        Parallel.For(0, runs, r =>
        {
            var s = PolarGridGd.Initialise(k, halfSpace, SplitMix64.Derive(seed, cell, r));
            results[r] = PaperGrid.Run(s, Eta, MaxIterations);
        });
        return results;
    }

    public static (double Mean, double Std) MeanStd(IReadOnlyList<double> xs)
    {
        var m = xs.Average();
        var v = xs.Count > 1 ? xs.Sum(x => (x - m) * (x - m)) / (xs.Count - 1) : 0;
        return (m, Math.Sqrt(v));
    }

    /// <summary>Two-sided Welch t-test from summary statistics; returns (t, df, p).</summary>
    public static (double T, double Df, double P) Welch(double m1, double s1, int n1, double m2, double s2, int n2)
    {
        var v1 = s1 * s1 / n1;
        var v2 = s2 * s2 / n2;
        var se = Math.Sqrt(v1 + v2);
        if (se == 0) return (0, n1 + n2 - 2, m1 == m2 ? 1 : 0);
        var t = (m1 - m2) / se;
        var df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        var p = 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
        return (t, df, p);
    }

    /// <summary>
    /// LYX Table 1. Per cell: mean and sample std of the iteration counts of converged runs, a two-sided Welch t-test against the
    /// paper's mean ± std (n = 100 both), "consistent" unless p &lt; 0.05/20 (Bonferroni over the 20 cells). Per row also the
    /// fraction of random-init runs with GC at t = 0 against P_gc = 1 − k/2^(k−1) (Remark 3, d = 2) with a 99% normal
    /// interval half-width, and the mean first iteration at which GC holds.
    /// </summary>
    public static Snapshot Table1(ulong seed, int runs)
    {
        var snap = new Snapshot("lyx-table1", "double", 6, 1e-4)
            .With("set-up", "network (6), b = 0, d = 2, 880-point set, label 1, mean hinge loss, GD η = 0.1, W(0) entries N(0,1)")
            .With("criterion", "iterations = first t with l(W^(t)) = 0 exactly (GD is stationary from then on); cap " + MaxIterations)
            .With("runs per cell", runs).With("seed", seed)
            .With("test", "two-sided Welch t-test vs the paper's mean±std with n = 100; 'differs' if p < 0.0025 (0.05 Bonferroni over 20 cells)")
            .With("gc", "GC of the w_j (d = 2: largest angular gap < π); P_gc = 1 − k/2^(k−1); ±: 99% normal half-width 2.576·sqrt(P(1−P)/runs)");
        var rows = PaperTable1.Length;
        var cols = new Dictionary<string, List<string>>();
        void Add(string c, string v) { if (!cols.TryGetValue(c, out var l)) cols[c] = l = []; l.Add(v); }
        var cell = 0;
        foreach (var (neurons, rm, rs, hm, hs) in PaperTable1)
        {
            var k = neurons / 2;
            Add("2k", neurons.ToString());
            foreach (var (half, pm, ps, tag) in new[] { (false, rm, rs, "rand"), (true, hm, hs, "half") })
            {
                var res = Cell(seed, cell++, k, half, runs);
                var conv = res.Where(r => r.Converged).Select(r => (double)r.Iterations).ToList();
                var (m, s) = conv.Count > 0 ? MeanStd(conv) : (double.NaN, double.NaN);
                var (t, _, p) = conv.Count > 1 ? Welch(m, s, conv.Count, pm, ps, 100) : (double.NaN, 0, double.NaN);
                Add($"{tag}_mean", snap.FormatDouble(m));
                Add($"{tag}_std", snap.FormatDouble(s));
                Add($"{tag}_paper", $"{pm:F2}±{ps:F2}");
                Add($"{tag}_p", snap.FormatDouble(p));
                Add($"{tag}_verdict", double.IsNaN(p) ? "n/a" : p < 0.05 / 20 ? "differs" : "consistent");
                Add($"{tag}_unconverged", (runs - conv.Count).ToString());
                if (!half)
                {
                    var gc0 = res.Count(r => r.GcAtStart) / (double)runs;
                    var pgc = Remark3.Pgc(k, 2).ToDouble();
                    Add("gc0_frac", snap.FormatDouble(gc0));
                    Add("pgc", snap.FormatDouble(pgc));
                    Add("gc0_halfwidth99", snap.FormatDouble(2.576 * Math.Sqrt(pgc * (1 - pgc) / runs)));
                    var entries = res.Where(r => r.GcEntry >= 0).Select(r => (double)r.GcEntry).ToList();
                    Add("rand_gc_entry_mean", snap.FormatDouble(entries.Count > 0 ? entries.Average() : double.NaN));
                }
                else
                {
                    var entries = res.Where(r => r.GcEntry >= 0).Select(r => (double)r.GcEntry).ToList();
                    Add("half_gc_entry_mean", snap.FormatDouble(entries.Count > 0 ? entries.Average() : double.NaN));
                }
            }
        }
        foreach (var (name, values) in cols) snap.Column(name, values);
        return snap;
    }

    /// <summary>Fig. 2 [J Fig. 4 left]: quartiles (25th, median, 75th percentile) of the iteration counts, random init.</summary>
    public static Snapshot FigIterations(ulong seed, int runs)
    {
        var snap = new Snapshot("lyx-fig-iterations", "double", 6, 1e-4)
            .With("set-up", "as lyx-table1, random init").With("runs per size", runs).With("seed", seed);
        var sizes = PaperTable1.Select(r => r.Neurons).ToArray();
        var q1 = new List<double>(); var med = new List<double>(); var q3 = new List<double>(); var unc = new List<int>();
        for (var i = 0; i < sizes.Length; i++)
        {
            var res = Cell(seed ^ 0xF16, i, sizes[i] / 2, false, runs);
            var it = res.Where(r => r.Converged).Select(r => (double)r.Iterations).OrderBy(x => x).ToArray();
            q1.Add(MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(it, 0.25));
            med.Add(MathNet.Numerics.Statistics.SortedArrayStatistics.Median(it));
            q3.Add(MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(it, 0.75));
            unc.Add(runs - it.Length);
        }
        return snap.Column("2k", sizes).Column("q25", q1).Column("median", med).Column("q75", q3).Column("unconverged", unc);
    }

    /// <summary>Fig. 3 [J Fig. 4 right]: histogram of max_t |W^(t)| (column-wise norm sum) over the runs, 2k = 8, random init.</summary>
    public static Snapshot NormHistogram(ulong seed, int runs)
    {
        var res = Cell(seed ^ 0x4157, 0, 4, false, runs);
        var norms = res.Select(r => r.MaxNorm).OrderBy(x => x).ToArray();
        var snap = new Snapshot("lyx-fig-normhistogram", "double", 6, 1e-4)
            .With("set-up", "as lyx-table1, 2k = 8, random init").With("runs", runs).With("seed", seed)
            .With("unconverged", res.Count(r => !r.Converged))
            .With("min", norms[0]).With("median", MathNet.Numerics.Statistics.SortedArrayStatistics.Median(norms)).With("max", norms[^1]);
        const double width = 1.0;
        var bins = (int)Math.Ceiling(norms[^1] / width) + 1;
        var counts = new int[bins];
        foreach (var n in norms) counts[(int)(n / width)]++;
        return snap.Column("bin_low", Enumerable.Range(0, bins).Select(b => b * width)).Column("count", counts);
    }

    /// <summary>The stated initialisation of Fig. 4 [J Fig. 5]: w_j = u_j = (3/4)(cos((2−j)π/6), sin((2−j)π/6)), j = 1, 2, 3.</summary>
    public static PolarGridGd.State WeightDynamicsInit()
    {
        var wx = new double[3]; var wy = new double[3];
        for (var j = 1; j <= 3; j++) { wx[j - 1] = 0.75 * Math.Cos((2 - j) * Math.PI / 6); wy[j - 1] = 0.75 * Math.Sin((2 - j) * Math.PI / 6); }
        return new PolarGridGd.State(wx, wy, (double[])wx.Clone(), (double[])wy.Clone());
    }

    /// <summary>
    /// Fig. 4 [J Fig. 5]: the deterministic trajectory (every 10th iteration and the last) of the angles and norms of w_j and of
    /// u_j, the loss, and GC; header: the GC entry iteration and the zero-loss iteration.
    /// </summary>
    public static Snapshot WeightDynamics()
    {
        var rows = new List<(int T, double[] V, bool Gc)>();
        var s = WeightDynamicsInit();
        var result = PaperGrid.Run(s, Eta, MaxIterations, (t, st, loss) =>
        {
            var v = new List<double>();
            for (var j = 0; j < 3; j++) v.AddRange([Math.Atan2(st.Wy[j], st.Wx[j]), Math.Sqrt(st.Wx[j] * st.Wx[j] + st.Wy[j] * st.Wy[j])]);
            for (var j = 0; j < 3; j++) v.AddRange([st.Ux[j], st.Uy[j]]);
            v.Add(loss);
            rows.Add((t, v.ToArray(), GeometricCondition.Holds2D(st.Wx, st.Wy)));
        });
        var kept = rows.Where((r, i) => r.T % 10 == 0 || i == rows.Count - 1 || (i > 0 && rows[i - 1].Gc != r.Gc)).ToList();
        var snap = new Snapshot("lyx-fig-weightdynamics", "double", 8)
            .With("set-up", "network (6), k = 3, b = 0, d = 2, 880-point set, GD η = 0.1, w_j(0) = u_j(0) = (3/4)(cos((2−j)π/6), sin((2−j)π/6))")
            .With("gc entry iteration", result.GcEntry).With("zero loss iteration", result.Iterations).With("converged", result.Converged)
            .With("max norm", result.MaxNorm);
        snap.Column("t", kept.Select(r => r.T));
        var names = new[] { "w1_angle", "w1_norm", "w2_angle", "w2_norm", "w3_angle", "w3_norm", "u1_x", "u1_y", "u2_x", "u2_y", "u3_x", "u3_y", "loss" };
        for (var c = 0; c < names.Length; c++) snap.Column(names[c], kept.Select(r => r.V[c]));
        return snap.Column("gc", kept.Select(r => r.Gc ? 1 : 0));
    }

    /// <summary>
    /// J Fig. 3: R^4 with v1 = e1, v2 = sin θ e2 + cos θ e3, v3 = e3, v4 = e4; class 1 (label +1) on span(v1, v2), class 2 (label −1)
    /// on span(v3, v4), both the polar grid of the 880-point set; network (7) with k = 4 (8 neurons), GD on l_1 + l_2 (means),
    /// η = 0.1, W(0) entries N(0,1). Gaussian noise σ = 0 (the paper adds noise of unstated size; we report the noiseless set).
    /// Iteration counts (first t with l_1 + l_2 = 0) for θ = jπ/12, j = 1..6.
    /// </summary>
    public static Snapshot SubspaceAngle(ulong seed, int runs)
    {
        var thetas = Enumerable.Range(1, 6).Select(j => j * Math.PI / 12).ToArray();
        var snap = new Snapshot("lyx-j-fig-subspaceangle", "double", 6, 1e-4)
            .With("set-up", "R^4, k = 4, η = 0.1, noiseless 880-point sets on span(v1,v2) (+1) and span(v3,v4) (−1)")
            .With("runs per angle", runs).With("seed", seed).With("cap", 20_000);
        var means = new List<double>(); var stds = new List<double>(); var unc = new List<int>();
        for (var i = 0; i < thetas.Length; i++)
        {
            var data = SubspaceData(thetas[i]);
            var its = new int[runs];
            var ok = new bool[runs];
            Parallel.For(0, runs, r =>
            {
                var (t, c) = RunSubspace(data, 4, SplitMix64.Derive(seed, 100 + i, r), 20_000);
                its[r] = t; ok[r] = c;
            });
            var conv = its.Where((_, r) => ok[r]).Select(x => (double)x).ToList();
            var (m, s) = conv.Count > 0 ? MeanStd(conv) : (double.NaN, double.NaN);
            means.Add(m); stds.Add(s); unc.Add(runs - conv.Count);
        }
        return snap.Column("theta", thetas).Column("mean_iterations", means).Column("std", stds).Column("unconverged", unc);
    }

    /// <summary>The data of J Section 6.1 for angle θ: points (x ∈ R^4, label ±1).</summary>
    public static (double[] X, double Y)[] SubspaceData(double theta)
    {
        var radii = LyxData.PaperRadii();
        var phis = LyxData.PaperAngles();
        var v1 = new[] { 1.0, 0, 0, 0 };
        var v2 = new[] { 0, Math.Sin(theta), Math.Cos(theta), 0 };
        var v3 = new[] { 0, 0, 1.0, 0 };
        var v4 = new[] { 0, 0, 0, 1.0 };
        var list = new List<(double[], double)>();
        foreach (var r in radii)
            foreach (var p in phis)
            {
                list.Add((Enumerable.Range(0, 4).Select(i => r * (Math.Cos(p) * v1[i] + Math.Sin(p) * v2[i])).ToArray(), 1.0));
                list.Add((Enumerable.Range(0, 4).Select(i => r * (Math.Cos(p) * v3[i] + Math.Sin(p) * v4[i])).ToArray(), -1.0));
            }
        return list.ToArray();
    }

    /// <summary>GD on l_1 + l_2 (each the mean over its class) for network (7) in R^4; returns (iterations, converged).</summary>
    public static (int Iterations, bool Converged) RunSubspace((double[] X, double Y)[] data, int k, ulong seed, int maxIterations)
    {
        var rng = new SplitMix64(seed);
        const int d = 4;
        var w = new double[2 * k * d];
        for (var i = 0; i < w.Length; i++) w[i] = rng.Normal();
        var g = new double[w.Length];
        var perClass = data.Length / 2.0;
        var n = data.Length;
        var xs = new double[n * d];
        var ys = new double[n];
        for (var p = 0; p < n; p++) { for (var i = 0; i < d; i++) xs[p * d + i] = data[p].X[i]; ys[p] = data[p].Y; }
        Span<double> h = stackalloc double[2 * k];
        for (var t = 0; ; t++)
        {
            Array.Clear(g);
            var loss = 0.0;
            for (var p = 0; p < n; p++)
            {
                double x0 = xs[p * d], x1 = xs[p * d + 1], x2 = xs[p * d + 2], x3 = xs[p * d + 3], y = ys[p];
                var f = 0.0;
                for (var j = 0; j < 2 * k; j++)
                {
                    var hj = w[j * d] * x0 + w[j * d + 1] * x1 + w[j * d + 2] * x2 + w[j * d + 3] * x3;
                    h[j] = hj;
                    if (hj > 0) f += j < k ? hj : -hj;
                }
                var m = 1 - y * f;
                if (!(m > 0)) continue;
                loss += m / perClass;
                for (var j = 0; j < 2 * k; j++)
                {
                    if (!(h[j] > 0)) continue;
                    var sgn = (j < k ? -1.0 : 1.0) * y / perClass;
                    g[j * d] += sgn * x0; g[j * d + 1] += sgn * x1; g[j * d + 2] += sgn * x2; g[j * d + 3] += sgn * x3;
                }
            }
            if (loss == 0) return (t, true);
            if (t >= maxIterations) return (t, false);
            for (var i = 0; i < w.Length; i++) w[i] -= Eta * g[i];
        }
    }
}
