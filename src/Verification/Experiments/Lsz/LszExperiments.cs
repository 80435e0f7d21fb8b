using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Verification.Report;

namespace Verification.Experiments.Lsz;

/// <summary>One reproduced series of Figure 1 (gradient flow on the population loss and the paper's SGD).</summary>
public sealed record Fig1Series(
    double[] T, double[] CosGf, double[] NormGf, double[] LossGf, double[] CosSgd, double[] NormSgd, double[] LossSgd,
    double TransitionT, double[] WAtT, double StateError, SgdTolerance Tolerance);

/// <summary>
/// The experiments of Section 5 and Appendix A.4: x ∼ U(S¹), v = (0, 1), w(0) = w_e(0) = (0.6, −0.8); SGD with batch 1000
/// and learning rate 10⁻³ (time t = η·n), and the gradient flow on the population loss for comparison.
/// </summary>
public static class LszExperiments
{
    public static readonly double[] V = [0, 1];
    public static readonly double[] W0 = [0.6, -0.8];
    public const double Eta = 1e-3;
    public const int Batch = 1000;

    /// <summary>c₀ = E‖x‖ = 1 for U(S¹).</summary>
    public const double C0 = 1;

    /// <summary>The restarts of the phase-2 bounds in the caption of Fig. 1: n = 5000 (a) and n = 18000 (b), i.e. t = η·n = 5 and 18.</summary>
    public const double CaptionRestartA = 5, CaptionRestartB = 18;

    /// <summary>The snapshot producers: id, description, producer (deterministic by seed).</summary>
    public static IReadOnlyList<(string Id, string Description, Func<ulong, Snapshot> Produce)> All =>
    [
        ("lsz-fig1a",
            "Fig. 1(a): linear predictor on U(S¹); angle, loss, norm under gradient flow and SGD, with the Theorem 1 bounds (printed and as proved)",
            Fig1a),
        ("lsz-fig1b",
            "Fig. 1(b): four-layer linear network (Section 5 initialisation); angle, loss, norm, Theorem 3 bounds (printed and corrected E), " +
            "Lemma 8 norm bounds",
            Fig1b),
        ("lsz-fig2", "Fig. 2: sign of g(w) on a grid, population quadrature against the paper's 1000-sample estimate", Fig2),
    ];

    public static SphericalPopulation Population() => new(new CircleRadius(), V);

    private static readonly OdeOptions Ode = new(1e-10, 1e-12, MaxStep: 0.05);

    /// <summary>Population gradient flow of a field, reported at the grid times (re-integrated between grid points).</summary>
    private static (double[][] W, double Err) Flow(Func<double[], double[]> field, double[] w0, double[] times)
    {
        var ws = new double[times.Length][];
        var w = w0;
        var err = 0.0;
        var t = 0.0;
        for (var i = 0; i < times.Length; i++)
        {
            if (times[i] > t)
            {
                var sol = DormandPrince.Integrate((_, y) => field(y), t, w, times[i], Ode);
                err += sol.SumLocalError;
                w = sol.Last;
                t = times[i];
            }
            ws[i] = w;
        }
        return (ws, err);
    }

    private static double Sgn(double z) => z >= 0 ? 1 : -1;

    /// <summary>A mini-batch gradient of the logit loss at w: −(1/B) Σ y x σ(−y wᵀx), x uniform on S¹.</summary>
    private static double[] BatchGradient(double[] w, Random rng)
    {
        double g0 = 0, g1 = 0;
        for (var b = 0; b < Batch; b++)
        {
            var phi = 2 * Math.PI * rng.NextDouble();
            double x0 = Math.Cos(phi), x1 = Math.Sin(phi);
            var y = Sgn(V[0] * x0 + V[1] * x1);
            var z = y * (w[0] * x0 + w[1] * x1);
            var s = 1 / (1 + Math.Exp(z));
            g0 -= y * x0 * s;
            g1 -= y * x1 * s;
        }
        return [g0 / Batch, g1 / Batch];
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(ulong, double, int), Fig1Series> Fig1aCache = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(ulong, double, int), Fig1bData> Fig1bCache = new();

    /// <summary>The Fig. 1(a) series for a seed (memoised: SGD runs are deterministic by seed).</summary>
    public static Fig1Series Fig1aSeries(ulong seed, double horizon = 20, int every = 250) =>
        Fig1aCache.GetOrAdd((seed, horizon, every), k => Fig1aCompute(k.Item1, k.Item2, k.Item3));

    /// <summary>The Fig. 1(b) series for a seed (memoised).</summary>
    public static Fig1bData Fig1bSeries(ulong seed, double horizon = 30, int every = 500) =>
        Fig1bCache.GetOrAdd((seed, horizon, every), k => Fig1bCompute(k.Item1, k.Item2, k.Item3));

    private static Fig1Series Fig1aCompute(ulong seed, double horizon, int every)
    {
        var pop = Population();
        var steps = (int)Math.Round(horizon / Eta);
        var times = Enumerable.Range(0, steps / every + 1).Select(k => k * every * Eta).ToArray();
        var (gf, tol, err) = GfCache.GetOrAdd((horizon, every), _ =>
        {
            Func<double[], double[]> field = w => Vec.Scale(-1, pop.Gradient(w).Value);
            var (g, e) = Flow(field, W0, times);
            var gd = FullBatch(field, W0, steps, every);
            var noise = LszNoise.Estimate(g, gd, field, _ => [[-1, 0], [0, -1]], w => w, every, Eta, Batch);
            return (g, noise, e);
        });
        var ev = LszEvents.Event(1);
        var rng = new Random(unchecked((int)seed));
        var w = (double[])W0.Clone();
        var sgd = new List<double[]> { w };
        for (var n = 1; n <= steps; n++)
        {
            w = Vec.Axpy(-Eta, BatchGradient(w, rng), w);
            if (n % every == 0) sgd.Add(w);
        }
        return Build(times, gf, sgd, pop, (ev.T, ev.W), err, tol);
    }

    /// <summary>Full-batch gradient descent y ← y + η F(y) with the population field, sampled every <paramref name="every"/> steps.</summary>
    private static double[][] FullBatch(Func<double[], double[]> field, double[] y0, int steps, int every)
    {
        var y = y0;
        var list = new List<double[]> { y };
        for (var n = 1; n <= steps; n++)
        {
            y = Vec.Axpy(Eta, field(y), y);
            if (n % every == 0) list.Add(y);
        }
        return list.ToArray();
    }

    /// <summary>The gradient flow does not depend on the seed: computed once per (horizon, sampling).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, int), (double[][], SgdTolerance, double)> GfCache = new();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<
        (double, int), (double[][] Gf, double[][] Ind, SgdTolerance Tol, double Err)> DeepCache = new();

    private static Fig1Series Build(double[] times, double[][] gf, List<double[]> sgd, SphericalPopulation pop, (double T, double[] W)? tt, double err,
        SgdTolerance tol) => new(
        times,
        gf.Select(x => Vec.Cos(x, V)).ToArray(), gf.Select(Vec.Norm).ToArray(), gf.Select(x => pop.Value(x).Value).ToArray(),
        sgd.Select(x => Vec.Cos(x, V)).ToArray(), sgd.Select(Vec.Norm).ToArray(), sgd.Select(x => pop.Value(x).Value).ToArray(),
        tt?.T ?? double.NaN, tt?.W ?? [double.NaN, double.NaN], err, tol);

    /// <summary>1 − 2/(e^E + 1).</summary>
    public static double CosFromExponent(double e) => 1 - 2 / (Math.Exp(e) + 1);

    public static double LogRatio(double[] w) { var th = LszCases.Angle(w, V); return -2 * Math.Log(Math.Tan(th / 2)); }

    /// <summary>Theorem 1's phase-2 bound as printed, restarted at t₀ with w(t₀): the exponent A₂√(t−t₀) + C₂ + B₂.</summary>
    public static double Thm1Phase2Printed(double t, double t0, double[] w0)
    {
        var wt = Vec.Norm(w0);
        return t <= t0 ? double.NaN
            : CosFromExponent(4 * C0 / Math.Sqrt(0.6 * Math.PI) * Math.Sqrt(t - t0) + wt * wt / 0.6 + LogRatio(w0) - 4 * C0 * wt / (0.6 * Math.PI));
    }

    /// <summary>Theorem 1's phase-2 bound as derived in Appendix A.7, restarted at t₀ (valid for every t₀ ≥ T: ‖w‖ increases after T).</summary>
    public static double Thm1Phase2Proof(double t, double t0, double[] w0)
    {
        var wt = Vec.Norm(w0);
        return t <= t0 ? double.NaN : CosFromExponent(LogRatio(w0) + 4 * C0 / (0.6 * Math.PI) * (Math.Sqrt(0.6 * (t - t0) + wt * wt) - wt));
    }

    /// <summary>Theorem 1's bounds for the series: phase 1 from t = 0; phase 2 from the flow's T and from the caption's t = 5, as printed and
    /// as proved.</summary>
    public static (double[] Phase1, double[] Phase2Printed, double[] Phase2Proof, double[] CaptionPrinted, double[] CaptionProof) Thm1Bounds(Fig1Series s)
    {
        var a1 = 2 * C0 / (Math.PI * Vec.Norm(W0));
        var b1 = LogRatio(W0);
        var w5 = LszEvents.At(1, CaptionRestartA);
        var p1 = s.T.Select(t => CosFromExponent(a1 * t + b1)).ToArray();
        var p2 = s.T.Select(t => Thm1Phase2Printed(t, s.TransitionT, s.WAtT)).ToArray();
        var p3 = s.T.Select(t => Thm1Phase2Proof(t, s.TransitionT, s.WAtT)).ToArray();
        var c2 = s.T.Select(t => Thm1Phase2Printed(t, CaptionRestartA, w5)).ToArray();
        var c3 = s.T.Select(t => Thm1Phase2Proof(t, CaptionRestartA, w5)).ToArray();
        return (p1, p2, p3, c2, c3);
    }

    /// <summary>The worst gap of the printed phase-2 bound of Theorem 1 after each restart, located by optimisation.</summary>
    public static (WorstGap AtT, WorstGap AtCaption) Thm1WorstGaps(double horizon = 20)
    {
        var ev = LszEvents.Event(1);
        var w5 = LszEvents.At(1, CaptionRestartA);
        return (LszEvents.Worst(1, "the flow's T", ev.T, horizon, t => Thm1Phase2Printed(t, ev.T, ev.W)),
            LszEvents.Worst(1, "the caption's n = 5000", CaptionRestartA, horizon, t => Thm1Phase2Printed(t, CaptionRestartA, w5)));
    }

    /// <summary>
    /// An integrator diagnostic for a golden header: the verified bound, not the value, so that rounding-level changes to the
    /// engine do not show up as golden diffs; exceeding the bound is an error, not a quieter snapshot.
    /// </summary>
    private static string Below(double value, double bound, string what) =>
        value <= bound ? $"below {bound:0E0}" : throw new InvalidOperationException($"{what} = {value:G3} exceeds the bound {bound:G1} this experiment states");

    private static string G10(double x) => x.ToString("F10", System.Globalization.CultureInfo.InvariantCulture);

    public static Snapshot Fig1a(ulong seed)
    {
        var s = Fig1aSeries(seed);
        var (p1, p2, p3, c2, c3) = Thm1Bounds(s);
        var ev = LszEvents.Event(1);
        var (gapT, gapCaption) = Thm1WorstGaps();
        return new Snapshot("lsz-fig1a", "double", 8, 1e-6)
            .With("setting", "x ∼ U(S¹), v = (0, 1), w(0) = (0.6, −0.8), logistic regression")
            .With("gradient flow", $"population loss, Dormand-Prince 5(4) rtol 1e−10, Σ local errors {Below(s.StateError, 1e-9, "Σ local errors")}")
            .With("SGD", $"batch {Batch}, η = {Eta}, t = η·n, System.Random(seed)")
            .With("seed", seed)
            .With("T (gradient flow)", $"{ev} — located as an event (Brent's method on a fresh integration) at rtol 10⁻¹² against rtol 10⁻¹⁰; the " +
                $"two differ by {Below(ev.Error, 1e-9, "the difference between the two tolerances")}")
            .With("bounds", "thm1_phase1 = 1 − 2/(e^(A₁t+B₁)+1); thm1_phase2_printed = A₂√(t−T) + C₂ + B₂ as printed; " +
                "thm1_phase2_proof = the exponent derived in Appendix A.7; both restarted at the flow's T (the code's choice) and, in the columns " +
                "thm1_caption_*, at n = 5000 (t = 5) as the caption of Fig. 1 says")
            .With("worst gap of the printed phase-2 bound", $"{gapT}; {gapCaption} (golden-section search inside the bracket of the accepted steps)")
            .With("SGD tolerance", $"|cos θ_SGD − cos θ_GF| ≤ |cos θ_GD − cos θ_GF| + {SgdTolerance.Sigmas}σ (linear-noise approximation), largest " +
                $"{G10(Enumerable.Range(0, s.T.Length).Max(s.Tolerance.Cos))}; norm-pattern slack {G10(s.Tolerance.NormSlack)}")
            .Column("t", s.T)
            .Column("cos_gf", s.CosGf).Column("norm_gf", s.NormGf).Column("loss_gf", s.LossGf)
            .Column("cos_sgd", s.CosSgd).Column("norm_sgd", s.NormSgd).Column("loss_sgd", s.LossSgd)
            .Column("thm1_phase1", p1).Column("thm1_phase2_printed", p2).Column("thm1_phase2_proof", p3)
            .Column("thm1_caption_printed", c2).Column("thm1_caption_proof", c3)
            .Column("sgd_tolerance", Enumerable.Range(0, s.T.Length).Select(s.Tolerance.Cos).ToArray());
    }

    /// <summary>The Section 5 initialisation for N = 4 with u₂ = u₃ = u₄ = (1, 0) (the paper leaves the unit vectors open).</summary>
    public static List<double[,]> Fig1bLayers() => Flows.PaperInit(W0, [[1, 0], [1, 0], [1, 0]]);

    /// <summary>The depths whose transition lsz-fig1b reports (N = 4 is the figure's).</summary>
    private static readonly int[] DeepDepths = [2, 3, 4];

    public sealed record Fig1bData(Fig1Series S, double[] CosInduced, double MaxInducedGap);

    private static Fig1bData Fig1bCompute(ulong seed, double horizon, int every)
    {
        const int n = 4;
        var pop = Population();
        var steps = (int)Math.Round(horizon / Eta);
        var times = Enumerable.Range(0, steps / every + 1).Select(k => k * every * Eta).ToArray();
        var layers0 = Fig1bLayers();
        var shapes = layers0.Select(m => (m.GetLength(0), m.GetLength(1))).ToList();
        var (gf, ind, tol, errAll) = DeepCache.GetOrAdd((horizon, every), _ =>
        {
            var (lw, err1) = Flow(y =>
            {
                var l = Flows.Unflatten(y, shapes);
                return Flows.Flatten(Flows.LayerField(l, pop.Gradient(Flows.EndToEnd(l)).Value));
            }, Flows.Flatten(layers0), times);
            Func<double[], double[]> induced = w => Flows.InducedField(pop.Gradient(w).Value, w, n);
            var (i2, err2) = Flow(induced, W0, times);
            Func<double[], double[]> layerField = y =>
            {
                var l = Flows.Unflatten(y, shapes);
                return Flows.Flatten(Flows.LayerField(l, pop.Gradient(Flows.EndToEnd(l)).Value));
            };
            var gd = FullBatch(layerField, Flows.Flatten(layers0), steps, every);
            var noise = LszNoise.Estimate(lw, gd, layerField,
                y => [Flows.Flatten(Flows.LayerField(Flows.Unflatten(y, shapes), [1, 0])), Flows.Flatten(Flows.LayerField(Flows.Unflatten(y, shapes), [0, 1]))],
                y => Flows.EndToEnd(Flows.Unflatten(y, shapes)), every, Eta, Batch);
            return (lw, i2, noise, err1 + err2);
        });
        var ev = LszEvents.Event(n);
        var rng = new Random(unchecked((int)seed));
        var layers = layers0.Select(m => (double[,])m.Clone()).ToList();
        var sgd = new List<double[]> { Flows.EndToEnd(layers) };
        for (var k = 1; k <= steps; k++)
        {
            var g = BatchGradient(Flows.EndToEnd(layers), rng);
            var f = Flows.LayerField(layers, g);
            for (var j = 0; j < layers.Count; j++)
                for (var r = 0; r < layers[j].GetLength(0); r++) for (var c = 0; c < layers[j].GetLength(1); c++) layers[j][r, c] += Eta * f[j][r, c];
            if (k % every == 0) sgd.Add(Flows.EndToEnd(layers));
        }
        var we = gf.Select(y => Flows.EndToEnd(Flows.Unflatten(y, shapes))).ToArray();
        var s = Build(times, we, sgd, pop, (ev.T, ev.W), errAll, tol);
        var gap = we.Zip(ind, (a, b) => Vec.Norm(Vec.Sub(a, b))).Max();
        return new Fig1bData(s, ind.Select(x => Vec.Cos(x, V)).ToArray(), gap);
    }

    /// <summary>Theorem 3's bounds (N = 4, c₀ = 1) and Lemma 8's norm bounds.</summary>
    public static (double[] Lower1, double[] Lower2, double[] UpperPrinted, double[] UpperCorrected, double[] NormLo, double[] NormUp, double[] Lower2Caption)
        Thm3Bounds(Fig1Series s, int n = 4)
    {
        const double c0 = 1;
        var n0 = Vec.Norm(W0);
        var th0 = LszCases.Angle(W0, V);
        var lnC1 = LogRatio(W0);
        var a1 = (n - 2) * c0;
        var b1 = Math.Pow(n0, 2.0 / n - 1);
        var alpha = 2 / ((n - 2) * Math.PI);
        var d = Math.Pow(n0, 2.0 / n);
        var f = 4 * c0 / (0.6 * n * Math.PI);
        var ePrinted = -2 * Math.Log(Math.Abs(Math.Tan(th0) / 2));
        var wt = Vec.Norm(s.WAtT);
        var l1 = s.T.Select(t => CosFromExponent(lnC1 + alpha * Math.Log(a1 * t / b1 + 1))).ToArray();
        var l2 = s.T.Select(t => t <= s.TransitionT
            ? double.NaN
            : CosFromExponent(LogRatio(s.WAtT) + 2 * c0 * Math.Pow(wt, 1 - 2.0 / n) / Math.PI * (t - s.TransitionT))).ToArray();
        var up = s.T.Select(t => CosFromExponent(f * (Math.Pow(0.6 * t + d, n / 2.0) - Math.Pow(d, n / 2.0)) + ePrinted)).ToArray();
        var uc = s.T.Select(t => CosFromExponent(f * (Math.Pow(0.6 * t + d, n / 2.0) - Math.Pow(d, n / 2.0)) + lnC1)).ToArray();
        var nl = s.T.Select(t => Math.Pow(Math.Pow(n0, 2.0 / n - 1) + (n - 2) * c0 * t, -n / (n - 2.0))).ToArray();
        var nu = s.T.Select(t => Math.Pow(d + 0.6 * t, n / 2.0)).ToArray();
        // the caption's restart at n = 18000 (t = 18 > T): the phase-2 argument holds from any t₀ ≥ T, where ‖w_e‖ has stopped decreasing
        var w18 = LszEvents.At(n, CaptionRestartB);
        var l2c = s.T.Select(t => t <= CaptionRestartB
            ? double.NaN
            : CosFromExponent(LogRatio(w18) + 2 * c0 * Math.Pow(Vec.Norm(w18), 1 - 2.0 / n) / Math.PI * (t - CaptionRestartB))).ToArray();
        return (l1, l2, up, uc, nl, nu, l2c);
    }

    public static Snapshot Fig1b(ulong seed)
    {
        var data = Fig1bSeries(seed);
        var s = data.S;
        var (l1, l2, up, uc, nl, nu, l2c) = Thm3Bounds(s);
        var events = string.Join("; ", DeepDepths.Select(k => $"N = {k}: {LszEvents.Event(k)}"));
        var worst = DeepDepths.Max(k => LszEvents.Event(k).Error);
        return new Snapshot("lsz-fig1b", "double", 8, 1e-6)
            .With("setting", "x ∼ U(S¹), v = (0, 1), N = 4, hidden width 2, W₄ = u₄ᵀ, W_i = u_{i+1}u_iᵀ, " +
                "u₁ = w_e(0) = (0.6, −0.8), u₂ = u₃ = u₄ = (1, 0)")
            .With("gradient flow", "layer-wise flow on the population loss; induced flow (14) for comparison, " +
                $"max ‖difference‖ {Below(data.MaxInducedGap, 1e-8, "max ‖difference‖")}; " +
                $"Σ local errors {Below(s.StateError, 1e-7, "Σ local errors")}")
            .With("SGD", $"layer-wise, batch {Batch}, η = {Eta}, t = η·n, System.Random(seed)")
            .With("seed", seed)
            .With("T (induced flow)", $"{events} — each located as an event at rtol 10⁻¹² against rtol 10⁻¹⁰, which differ by " +
                $"{Below(worst, 1e-9, "the difference between the two tolerances")}; ‖w_e(T)‖ is the minimum of the norm; the N = 4 row is the figure's")
            .With("bounds", "thm3_lower_phase2 restarts at the flow's T (the code's choice); thm3_lower_phase2_caption at n = 18000 (t = 18) as the " +
                "caption of Fig. 1 says")
            .With("SGD tolerance", $"|cos θ_SGD − cos θ_GF| ≤ |cos θ_GD − cos θ_GF| + {SgdTolerance.Sigmas}σ (linear-noise approximation in the layers), " +
                $"largest {G10(Enumerable.Range(0, s.T.Length).Max(s.Tolerance.Cos))}; norm-pattern slack {G10(s.Tolerance.NormSlack)}")
            .Column("t", s.T)
            .Column("cos_gf", s.CosGf).Column("cos_induced", data.CosInduced).Column("norm_gf", s.NormGf).Column("loss_gf", s.LossGf)
            .Column("cos_sgd", s.CosSgd).Column("norm_sgd", s.NormSgd).Column("loss_sgd", s.LossSgd)
            .Column("thm3_lower_phase1", l1).Column("thm3_lower_phase2", l2).Column("thm3_upper_printed", up).Column("thm3_upper_corrected", uc)
            .Column("lemma8_norm_lower", nl).Column("lemma8_norm_upper", nu).Column("thm3_lower_phase2_caption", l2c)
            .Column("sgd_tolerance", Enumerable.Range(0, s.T.Length).Select(s.Tolerance.Cos).ToArray());
    }

    public sealed record Fig2Data(double[] W1, double[] W2, double[] G, double[] Err, int[] SignPopulation, int[] SignSample, double[] Sd, double[] Band);

    /// <summary>Family-wise probability that some grid point's 1000-sample mean leaves its band.</summary>
    public const double Fig2Delta = 1e-3;

    /// <summary>
    /// The standard deviation of one sample Z = y wᵀx/(1 + e^(y wᵀx)) of the paper's estimate, x ∼ U(S¹): E Z² − (E Z)² by
    /// Gauss–Legendre (MathNet, 200 nodes) on the two half circles, where y is constant and Z analytic.
    /// </summary>
    public static double SampleSd(double[] w)
    {
        double m1 = 0, m2 = 0;
        foreach (var (a, b, y) in new[] { (0.0, Math.PI, 1.0), (Math.PI, 2 * Math.PI, -1.0) })
        {
            double Z(double phi) { var z = y * (w[0] * Math.Cos(phi) + w[1] * Math.Sin(phi)); return z / (1 + Math.Exp(z)); }
            m1 += MathNet.Numerics.Integration.GaussLegendreRule.Integrate(Z, a, b, 200) / (2 * Math.PI);
            m2 += MathNet.Numerics.Integration.GaussLegendreRule.Integrate(p => Z(p) * Z(p), a, b, 200) / (2 * Math.PI);
        }
        return Math.Sqrt(Math.Max(0, m2 - m1 * m1));
    }

    /// <summary>
    /// The band of Fig. 2's sample signs, from Bernstein's inequality: the mean of n = 1000 samples with variance σ² and
    /// |Z − EZ| ≤ b leaves [g − ε, g + ε] with probability ≤ 2 exp(−nε²/(2σ² + 2bε/3)); with a union bound over the m grid points
    /// and family-wise level δ, ε solves nε² − (2bL/3)ε − 2σ²L = 0, L = ln(2m/δ). Here |Z| ≤ max(‖w‖, 0.2785) (|z/(1 + e^z)| ≤ |z|
    /// for z &lt; 0 and ≤ 0.2785 for z ≥ 0, |wᵀx| ≤ ‖w‖), so b = max(‖w‖, 0.2785) + |g|. A sample sign may differ from the
    /// population's only where |g| ≤ ε.
    /// </summary>
    public static double Fig2Band(double sd, double normW, double g, int points, int n = 1000)
    {
        var b = Math.Max(normW, 0.2785) + Math.Abs(g);
        var l = Math.Log(2 * points / Fig2Delta);
        var p = 2 * b * l / 3;
        return (p + Math.Sqrt(p * p + 8 * n * sd * sd * l)) / (2 * n);
    }

    /// <summary>g(w) on the grid w ∈ {−3, −2.75, …, 3}², population quadrature and the paper's 1000-sample estimate.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(ulong, int, double), Fig2Data> Fig2Cache = new();

    /// <summary>The Fig. 2 grid for a seed (memoised: the sample signs are deterministic by seed).</summary>
    public static Fig2Data Fig2Series(ulong seed, int half = 12, double step = 0.25) =>
        Fig2Cache.GetOrAdd((seed, half, step), k => Fig2Compute(k.Item1, k.Item2, k.Item3));

    private static Fig2Data Fig2Compute(ulong seed, int half, double step)
    {
        var pop = Population();
        var rng = new Random(unchecked((int)seed));
        var w1 = new List<double>(); var w2 = new List<double>(); var g = new List<double>(); var e = new List<double>();
        var sp = new List<int>(); var ss = new List<int>();
        for (var j = half; j >= -half; j--)
        for (var i = -half; i <= half; i++)
        {
            double[] w = [i * step, j * step];
            var est = pop.G(w);
            var mc = 0.0;
            for (var k = 0; k < 1000; k++)
            {
                var phi = 2 * Math.PI * rng.NextDouble();
                double x0 = Math.Cos(phi), x1 = Math.Sin(phi);
                var y = Sgn(x1);
                var z = y * (w[0] * x0 + w[1] * x1);
                mc += z / (1 + Math.Exp(z));
            }
            w1.Add(w[0]); w2.Add(w[1]); g.Add(est.Value); e.Add(est.Error);
            sp.Add(Math.Abs(est.Value) <= 10 * est.Error ? 0 : Math.Sign(est.Value));
            ss.Add(Math.Sign(mc));
        }
        var sd = w1.Select((x, i) => SampleSd([x, w2[i]])).ToArray();
        var band = sd.Select((x, i) => Fig2Band(x, Math.Sqrt(w1[i] * w1[i] + w2[i] * w2[i]), g[i], w1.Count)).ToArray();
        return new Fig2Data(w1.ToArray(), w2.ToArray(), g.ToArray(), e.ToArray(), sp.ToArray(), ss.ToArray(), sd, band);
    }

    public static Snapshot Fig2(ulong seed)
    {
        var d = Fig2Series(seed);
        var disagree = d.SignPopulation.Zip(d.SignSample, (a, b) => a != 0 && a != b).Count(x => x);
        return new Snapshot("lsz-fig2", "double", 8, 1e-6)
            .With("setting", "x ∼ U(S¹), v = (0, 1); g(w) = −wᵀ∇L(w) on the grid w ∈ {−3, −2.75, …, 3}²")
            .With("population", "nested Gauss-Kronrod; sign 0 where |g| ≤ 10 × error (the origin)")
            .With("sample", "the paper's estimate: mean of y wᵀx/(1 + e^(y wᵀx)) over 1000 draws per point, System.Random(seed)")
            .With("seed", seed)
            .With("sample signs disagreeing with the population", disagree)
            .With("band", $"Bernstein's inequality with the exact per-sample σ (quadrature) and range max(‖w‖, 0.2785) + |g|, family-wise δ = " +
                $"{Fig2Delta} over the grid (replaces a per-sample bound σ ≤ 0.3·max(1, ‖w‖) that is false: |z/(1 + e^z)| grows like |z| for z < 0)")
            .Column("w1", d.W1).Column("w2", d.W2).Column("g", d.G).Column("g_error", d.Err)
            .Column("sign_population", d.SignPopulation).Column("sign_sample", d.SignSample).Column("sample_sd", d.Sd).Column("band", d.Band);
    }
}
