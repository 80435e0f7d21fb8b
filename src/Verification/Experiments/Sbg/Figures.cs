using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Dynamics.Sbg;
using Verification.Models.Sbg;
using Verification.Report;

namespace Verification.Experiments.Sbg;

/// <summary>The parameters of one training run of the experiments (what the paper states and what we chose).</summary>
public sealed record RunSpec(int K, double InitStd, double Alpha, double V, double Eta, int Epochs);

/// <summary>
/// The experiments of Sarussi, Brutzkus and Globerson: Figs. 1, 2, 3, 7, 8 and 9, trained with SGD in epochs, batch size 1,
/// sampling without replacement (Section 3), deterministic by seed. Each returns a snapshot of the per-epoch series. The
/// paper leaves most parameters unstated (data size, dimension, α, v, epochs, sometimes η and the initialisation); every
/// choice is written in the snapshot header ("chosen: …"). Each figure has a reduced version (golden, cheap) and a full one
/// (closer to the paper's sizes, for <c>verification reproduce</c>).
/// </summary>
public static class Figures
{
    /// <summary>SGD from a Gaussian initialisation; returns the checkpoints at epochs 0..E (epoch 0 = initialisation).</summary>
    public static (List<Checkpoint> Series, Trainer<double> Trainer) Train(Dataset<double> s, IReadOnlyList<double[]> evalPoints, RunSpec spec, int seed)
    {
        var (w0, u0) = SeparableData.GaussianInit(seed, spec.K, s.Dimension, spec.InitStd);
        var t = new Trainer<double>(w0, u0, spec.V, spec.Alpha, s, spec.Eta, Rationalisers.Identity);
        var rng = new Random(seed);
        var series = new List<Checkpoint> { Runs.Measure(t, evalPoints, 0, 0) };
        for (var e = 1; e <= spec.Epochs; e++)
        {
            t.Epoch(rng, recordProofQuantities: false);
            series.Add(Runs.Measure(t, evalPoints, t.Steps, e));
        }
        return (series, t);
    }

    private static Snapshot Header(string id, string claim, int seed, RunSpec spec, string data, string chosen) =>
        new Snapshot(id, "double", significantDigits: 6)
            .With("claim", claim)
            .With("seed", seed)
            .With("dynamics", $"SGD in epochs, batch 1, without replacement; η = {spec.Eta}; {spec.Epochs} epochs")
            .With("network", $"k = {spec.K} (2k = {2 * spec.K} neurons), α = {spec.Alpha}, v = {spec.V}, initialisation N(0, {spec.InitStd}²) per coordinate")
            .With("data", data)
            .With("chosen", chosen);

    private static Snapshot Series(Snapshot snap, IReadOnlyList<Checkpoint> c, string prefix = "") => snap
        .Column(prefix + "epoch", c.Select(p => p.Epoch))
        .Column(prefix + "loss", c.Select(p => p.Loss))
        .Column(prefix + "r", c.Select(p => p.R))
        .Column(prefix + "r_over_wu", c.Select(p => p.Ratio))
        .Column(prefix + "max_angle_deg", c.Select(p => p.MaxAngle * 180 / Math.PI))
        .Column(prefix + "frac_outside", c.Select(p => p.FractionOutside))
        .Column(prefix + "par_w", c.Select(p => p.ParW))
        .Column(prefix + "par_u", c.Select(p => p.ParU));

    // ---------------------------------------------------------------- Fig. 1

    /// <summary>2-D separable data: uniform in [−1, 1]², labels by ŵ* = (1, 1)/√2, points with |ŵ*·x| &lt; 0.1 removed, w* = 10ŵ*.</summary>
    public static Dataset<double> Uniform2D(int seed, int n)
    {
        var rng = new Random(seed);
        var xs = new List<double[]>();
        var ys = new List<int>();
        var h = 1 / Math.Sqrt(2);
        while (xs.Count < n)
        {
            double[] x = [2 * rng.NextDouble() - 1, 2 * rng.NextDouble() - 1];
            var m = h * (x[0] + x[1]);
            if (Math.Abs(m) < 0.1) continue;
            xs.Add(x);
            ys.Add(Math.Sign(m));
        }
        return new Dataset<double>(xs, ys, [10 * h, 10 * h]);
    }

    /// <summary>The fraction of a 41 × 41 grid of [−1, 1]² where sign N(x) ≠ sign((w̄ − ū)·x): how non-linear the learned boundary is.</summary>
    public static double NonLinearGridFraction(LeakyReluNetwork<double> net)
    {
        var a = Vec.Sub(net.WBar, net.UBar);
        var bad = 0;
        for (var i = 0; i <= 40; i++)
            for (var j = 0; j <= 40; j++)
            {
                double[] x = [-1 + i / 20.0, -1 + j / 20.0];
                if (Math.Sign(net.Output(x)) != Math.Sign(Vec.Dot<double>(a, x))) bad++;
            }
        return bad / (41.0 * 41.0);
    }

    /// <summary>Fig. 1's data and its small-initialisation run (the large one differs only in the init std).</summary>
    public static (Dataset<double> S, RunSpec Small) Fig1Setup(int seed, bool full) =>
        (Uniform2D(seed, full ? 100 : 30), new RunSpec(full ? 50 : 10, 1e-3, 0.1, 1, 0.05, full ? 300 : 60));

    public static Snapshot Fig1(int seed, bool full)
    {
        var (s, small) = Fig1Setup(seed, full);
        var n = s.X.Count;
        var large = small with { InitStd = 30 };
        var (a, ta) = Train(s, s.X, small, seed);
        var (b, tb) = Train(s, s.X, large, seed);
        var id = full ? "sbg-fig1-full" : "sbg-fig1";
        var snap = Header(id, "SBG.Fig1", seed, small,
                $"n = {n} points uniform in [−1, 1]², labelled by ŵ* = (1, 1)/√2, |ŵ*·x| < 0.1 removed (margin 1 for w* = 10ŵ*)",
                "n, the data distribution, α = 0.1, v = 1, η = 0.05 and the number of epochs " +
                "(the paper states 100 neurons and initialisation std 0.001 vs 30)")
            .With("runs", "columns small_* : init std 0.001; large_* : init std 30 (same data, same permutations)")
            .With("final_nonlinear_grid_fraction",
                $"small {NonLinearGridFraction(ta.Network):G4}, large {NonLinearGridFraction(tb.Network):G4} " +
                "(fraction of a 41×41 grid of [−1, 1]² where sign N ≠ sign((w̄ − ū)·x))");
        Series(snap, a, "small_");
        snap.Column("large_loss", b.Select(p => p.Loss)).Column("large_r_over_wu", b.Select(p => p.Ratio))
            .Column("large_max_angle_deg", b.Select(p => p.MaxAngle * 180 / Math.PI))
            .Column("large_frac_outside", b.Select(p => p.FractionOutside));
        return snap;
    }

    // ---------------------------------------------------------------- Fig. 2 and Fig. 7 (Gaussian data)

    private static (Dataset<double> Train, Dataset<double> Test) GaussianTrainTest(int seed, int n, int d)
    {
        var train = SeparableData.Gaussians(seed, n, d, 2, 1, 0.5, antipodal: false);
        var test = SeparableData.Gaussians(seed + 7919, n, d, 2, 1, 0.5, antipodal: false);
        return (train, test);
    }

    /// <summary>Fig. 2's train and test data and run (Fig. 7 uses the same data and the small-initialisation run).</summary>
    public static (Dataset<double> Train, Dataset<double> Test, RunSpec Spec) Fig2Setup(int seed, bool full, bool largeInit)
    {
        var (n, d) = full ? (200, 10) : (40, 4);
        var (train, test) = GaussianTrainTest(seed, n, d);
        return (train, test, new RunSpec(full ? 50 : 10, largeInit ? 30 : 1e-3, 0.1, 1, 0.01, full ? 200 : 40));
    }

    public static Snapshot Fig2(int seed, bool full, bool largeInit)
    {
        var (train, test, spec) = Fig2Setup(seed, full, largeInit);
        var (n, d) = (train.X.Count, train.Dimension);
        var (series, _) = Train(train, train.X.Concat(test.X).ToList(), spec, seed);
        var id = $"sbg-fig2-{(largeInit ? "large" : "small")}{(full ? "-full" : "")}";
        return Series(Header(id, "SBG.Fig2", seed, spec,
                $"two Gaussians N(±2e₁, I) in R^{d}, {n} train and {n} test points, points with |x₁| < 0.5 redrawn " +
                "(separable with margin 1 for w* = 2e₁)",
                "d, n, the Gaussians' means and variance, the margin gap 0.5, α = 0.1, v = 1, η = 0.01, the number of epochs " +
                "and the large initialisation std 30 (taken from Fig. 1)")
            .With("frac_outside", "fraction of train and test points with |(w̄ − ū)·x| < 2r‖x‖ (outside the linear region of Theorem 5.1)"), series);
    }

    public static Snapshot Fig7(int seed, bool full)
    {
        var (train, _, spec) = Fig2Setup(seed, full, largeInit: false);
        var (n, d) = (train.X.Count, train.Dimension);
        var (series, _) = Train(train, train.X, spec, seed);
        var id = full ? "sbg-fig7-full" : "sbg-fig7";
        return Header(id, "SBG.Fig7", seed, spec, $"two Gaussians N(±2e₁, I) in R^{d}, n = {n}, |x₁| < 0.5 redrawn",
                "the data (not described in Section 11.4), α = 0.1, v = 1, η = 0.01, initialisation std 0.001, epochs")
            .Column("epoch", series.Select(p => p.Epoch))
            .Column("r_over_wu", series.Select(p => p.Ratio))
            .Column("max_angle_deg", series.Select(p => p.MaxAngle * 180 / Math.PI))
            .Column("r", series.Select(p => p.R))
            .Column("loss", series.Select(p => p.Loss));
    }

    // ---------------------------------------------------------------- Fig. 3: the PAR prediction of (7)

    /// <summary>
    /// Fig. 3 by gradient flow (Theorem 6.2 is about gradient flow): GD along the flow path with steps of length
    /// η·min(‖θ‖, 1) (η = 0.02), the network measured every 50 steps against the solution of program (7).
    /// </summary>
    public static Snapshot Fig3(int seed, bool full, int? steps = null, double eta = 0.02, int? neurons = null)
    {
        var n = full ? 200 : 40;
        var k = neurons ?? (full ? 50 : 10);
        const double alpha = 0.1, v = 1, std = 1e-3;
        var total = steps ?? (full ? 6000 : 3000);
        var s = SeparableData.Gaussians(seed, n, 2, 2, 1, 0.5, antipodal: false);
        var (w0, u0) = SeparableData.GaussianInit(seed, k, 2, std);
        var t = new Trainer<double>(w0, u0, v, alpha, s, eta, Rationalisers.Identity);
        var (w7, u7) = Runs.Program7(s, alpha) ?? throw new InvalidOperationException("program (7) infeasible");
        var rows = new List<(int Step, double CosW, double CosU, double CosBoundary, double MinCosW, double MinCosU, double ParW, double ParU, double Loss)>();
        for (var step = 0; step <= total; step++)
        {
            if (step % 50 == 0)
            {
                var net = t.Network;
                rows.Add((step, Runs.Cosine(net.WBar, w7), Runs.Cosine(net.UBar, u7), Runs.Cosine(Vec.Sub(net.WBar, net.UBar), Vec.Sub(w7, u7)),
                    net.W.Min(w => Runs.Cosine(w, w7)), net.U.Min(u => Runs.Cosine(u, u7)),
                    Measures.ParFractionW(net, s), Measures.ParFractionU(net, s), t.Loss()));
            }
            if (step < total) t.RelativeGradientStep(eta);
        }
        var id = full ? "sbg-fig3-full" : "sbg-fig3";
        return new Snapshot(id, "double", significantDigits: 6)
            .With("claim", "SBG.Fig3")
            .With("seed", seed)
            .With("dynamics", "gradient flow stand-in: full-batch GD along the flow path, steps of length η·min(‖θ‖, 1), " +
                $"η = {eta}, {total} steps, measured every 50 steps")
            .With("network", $"k = {k} (2k = {2 * k} neurons), α = {alpha}, v = {v}, initialisation N(0, {std}²) per coordinate")
            .With("data", $"two Gaussians N(±2e₁, I) in R², n = {n}, points with |x₁| < 0.5 excluded (redrawn)")
            .With("chosen", "the Gaussians, the excluded margin 0.5, n, α = 0.1, v = 1, initialisation std 0.001, " +
                "the flow stand-in and its horizon (the paper states 100 neurons)")
            .With("program7", $"w₇ = ({w7[0]:G6}, {w7[1]:G6}), u₇ = ({u7[0]:G6}, {u7[1]:G6}) (dual coordinate ascent)")
            .With("columns", "cos between w̄ and w₇, ū and u₇, the boundary normal w̄ − ū and w₇ − u₇; " +
                "the smallest cosine of a single neuron with its PAR direction; PAR fractions")
            .Column("step", rows.Select(r => r.Step))
            .Column("cos_wbar_w7", rows.Select(r => r.CosW))
            .Column("cos_ubar_u7", rows.Select(r => r.CosU))
            .Column("cos_boundary", rows.Select(r => r.CosBoundary))
            .Column("min_cos_w", rows.Select(r => r.MinCosW))
            .Column("min_cos_u", rows.Select(r => r.MinCosU))
            .Column("par_w", rows.Select(r => r.ParW))
            .Column("par_u", rows.Select(r => r.ParU))
            .Column("loss", rows.Select(r => r.Loss));
    }

    // ---------------------------------------------------------------- Figs. 8 and 9: entrance to PAR and to an NAR

    /// <summary>Fig. 8's data and run parameters.</summary>
    public static (Dataset<double> S, RunSpec Spec) Fig8Setup(int seed, bool full)
    {
        var (n, d) = full ? (400, 50) : (40, 5);
        var spec = new RunSpec(50, 1e-3, 0.1, 1, 1e-3, full ? 100 : 30);
        if (!full) spec = spec with { K = 10 };
        return (SeparableData.Gaussians(seed, n, d, 2, 1, 0.5, antipodal: true), spec);
    }

    public static Snapshot Fig8(int seed, bool full)
    {
        var (s, spec) = Fig8Setup(seed, full);
        var (n, d) = (s.X.Count, s.Dimension);
        var (series, _) = Train(s, s.X, spec, seed);
        var id = full ? "sbg-fig8-full" : "sbg-fig8";
        return Header(id, "SBG.Fig8", seed, spec,
                $"{n} points from two antipodal Gaussians N(±2e₁, I) in R^{d} (x and −x with opposite labels), |x₁| < 0.5 redrawn",
                full ? "the Gaussians' means and variance, α = 0.1, v = 1, initialisation std 0.001, epochs " +
                       "(the paper states 400 points in R^50, 100 neurons, SGD batch 1, η = 10⁻³)"
                     : "reduced: 40 points in R^5, 20 neurons; otherwise as the full run")
            .Column("epoch", series.Select(p => p.Epoch))
            .Column("par_w", series.Select(p => p.ParW))
            .Column("par_u", series.Select(p => p.ParU))
            .Column("max_ndiff_w", series.Select(p => p.MaxDiffW))
            .Column("max_ndiff_u", series.Select(p => p.MaxDiffU))
            .Column("loss", series.Select(p => p.Loss));
    }

    /// <summary>Fig. 9's data and run parameters.</summary>
    public static (Dataset<double> S, RunSpec Spec) Fig9Setup(int seed, bool full)
    {
        var (n, d) = full ? (200, 10) : (30, 3);
        var spec = new RunSpec(full ? 50 : 10, 1e-4, 0.1, 1, 1e-2, full ? 150 : 40);
        return (WithSeparableOutlier(SeparableData.Gaussians(seed, n, d, 2, 1, 0.5, antipodal: true)), spec);
    }

    public static Snapshot Fig9(int seed, bool full)
    {
        var (s, spec) = Fig9Setup(seed, full);
        var (n, d) = (s.N - 1, s.Dimension);
        var outlier = s.X[^1];
        const int inits = 5;
        var runs = Enumerable.Range(0, inits).Select(i => Train(s, s.X, spec, seed * 1000 + i).Series).ToList();
        double Mean(Func<Checkpoint, double> f, int e) => runs.Average(r => f(r[e]));
        var epochs = Enumerable.Range(0, spec.Epochs + 1).ToList();
        var id = full ? "sbg-fig9-full" : "sbg-fig9";
        return Header(id, "SBG.Fig9", seed, spec,
                $"{n} points from two antipodal Gaussians N(±2e₁, I) in R^{d} plus one positive outlier at " +
                $"({string.Join(", ", outlier.Select(c => c.ToString("G6")))}) (on the negative side of the gap, far along e₂; " +
                "the set stays separable, teacher = its max-margin separator)",
                "n, d, the Gaussians, the outlier's position, α = 0.1, v = 1, epochs " +
                "(the paper states 100 neurons, initialisation std 10⁻⁴, η = 10⁻², averages over 5 initialisations)")
            .With("averaging", $"every column is the mean over {inits} initialisations (seeds {seed * 1000}..{seed * 1000 + inits - 1})")
            .Column("epoch", epochs)
            .Column("max_ndiff_w", epochs.Select(e => Mean(p => p.MaxDiffW, e)))
            .Column("max_ndiff_u", epochs.Select(e => Mean(p => p.MaxDiffU, e)))
            .Column("par_w", epochs.Select(e => Mean(p => p.ParW, e)))
            .Column("par_u", epochs.Select(e => Mean(p => p.ParU, e)))
            .Column("loss", epochs.Select(e => Mean(p => p.Loss, e)));
    }

    /// <summary>
    /// Fig. 9's outlier: a positive point on the negative side of the Gaussians' gap (x₁ = −1/4) far out along e₂, moved further
    /// out until the set is still linearly separable through the origin; the teacher is then the max-margin separator
    /// (min ‖w‖ s.t. yᵢw·xᵢ ≥ 1, dual coordinate ascent), so the margin-1 condition of Section 3 holds.
    /// </summary>
    public static Dataset<double> WithSeparableOutlier(Dataset<double> s)
    {
        var d = s.Dimension;
        if (d < 2) throw new ArgumentException("The outlier needs d ≥ 2.");
        for (var far = 4.0; far < 1e6; far *= 1.5)
        {
            var outlier = new double[d];
            outlier[0] = -0.25;
            outlier[1] = far;
            var xs = s.X.Append(outlier).ToList();
            var ys = s.Y.Append(1).ToList();
            var sol = Numerics.MinNormSeparator.SolveDual(xs.Select((x, i) => x.Select(c => ys[i] * c).ToArray()).ToList(), 1e-12, 20_000);
            if (sol is not null && xs.Select((x, i) => ys[i] * Vec.Dot<double>(sol.Theta, x)).Min() >= 1 - 1e-9)
                return new Dataset<double>(xs, ys, sol.Theta.Select(c => c * (1 + 1e-9)).ToArray());
        }
        throw new InvalidOperationException("no separable outlier position found");
    }

    /// <summary>The experiments of the paper, reduced (golden) and full.</summary>
    public static IReadOnlyList<Experiment> All { get; } =
    [
        new("sbg-fig1", "SBG.Fig1", "Small vs large initialisation on 2-D separable data: clustering and non-linearity of the boundary (reduced)",
            1, true, s => Fig1((int)s, false)),
        new("sbg-fig1-full", "SBG.Fig1", "Fig. 1 at 100 neurons", 1, false, s => Fig1((int)s, true)),
        new("sbg-fig2-small", "SBG.Fig2", "Fraction of points outside the linear region of Thm 5.1, small initialisation, Gaussian data (reduced)",
            1, true, s => Fig2((int)s, false, false)),
        new("sbg-fig2-large", "SBG.Fig2", "Fraction of points outside the linear region of Thm 5.1, large initialisation, Gaussian data (reduced)",
            1, true, s => Fig2((int)s, false, true)),
        new("sbg-fig2-small-full", "SBG.Fig2", "Fig. 2a on Gaussian data at 100 neurons", 1, false, s => Fig2((int)s, true, false)),
        new("sbg-fig2-large-full", "SBG.Fig2", "Fig. 2b on Gaussian data at 100 neurons", 1, false, s => Fig2((int)s, true, true)),
        new("sbg-fig3", "SBG.Fig3", "Learned neurons and boundary vs the PAR prediction of program (7), 2-D Gaussians with a margin (reduced)",
            1, true, s => Fig3((int)s, false)),
        new("sbg-fig3-full", "SBG.Fig3", "Fig. 3 at 100 neurons", 1, false, s => Fig3((int)s, true)),
        new("sbg-fig7", "SBG.Fig7", "Clustering measures r/‖w̄ − ū‖ and max intra-type angle over training (reduced)",
            1, true, s => Fig7((int)s, false)),
        new("sbg-fig7-full", "SBG.Fig7", "Fig. 7 at 100 neurons", 1, false, s => Fig7((int)s, true)),
        new("sbg-fig8", "SBG.Fig8", "Entrance to PAR on antipodal Gaussians (reduced: 40 points in R^5)", 1, true, s => Fig8((int)s, false)),
        new("sbg-fig8-full", "SBG.Fig8", "Fig. 8: 400 points in R^50, 100 neurons, η = 1e-3", 1, false, s => Fig8((int)s, true)),
        new("sbg-fig9", "SBG.Fig9", "Entrance to an NAR that is not a PAR: antipodal Gaussians plus an outlier, mean of 5 initialisations (reduced)",
            1, true, s => Fig9((int)s, false)),
        new("sbg-fig9-full", "SBG.Fig9", "Fig. 9 at 100 neurons", 1, false, s => Fig9((int)s, true)),
    ];
}
