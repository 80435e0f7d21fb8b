using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

/// <summary>
/// Long, Yin, Xin. Global convergence and geometric characterization of slow to fast weight evolution in neural network
/// training for classifying linearly non-separable data: conference version (file 000, ids LYX.*) and journal version
/// (file 002, ids LYX.J.*). Conventions used throughout (stated once): class 1 of the conference problem has label +1 and
/// loss max{1 − f, 0}; the subgradient uses the papers' strict sets Ω_W = {y f &lt; 1}, Ω_v = {⟨v, x⟩ &gt; b}; "population"
/// quantities of finite data sets are means over the data (an empirical distribution), used only where the claim holds for
/// every distribution. Files follow the conference's sections; each journal-only claim sits beside its conference counterpart.
/// </summary>
public static partial class Lyx
{
    /// <summary>A rational p/q (shorthand for the many small constants of the generators).</summary>
    internal static R Q(int p, int q = 1) => new(p, q);

    internal static R Relu(R z) => z.Sign > 0 ? z : R.Zero;

    /// <summary>The decomposition R^D = V_1 ⊕ … ⊕ V_n into blocks of basis columns (orthogonal as printed, oblique when weakened).</summary>
    internal static class Subspaces
    {
        /// <summary>Coordinates of w in the basis given by the columns of B (B invertible): solves B a = w.</summary>
        public static R[] Coordinates(R[][] basisColumns, R[] w)
        {
            var dim = w.Length;
            var m = new R[dim][];
            for (var i = 0; i < dim; i++) { m[i] = new R[dim]; for (var j = 0; j < dim; j++) m[i][j] = basisColumns[j][i]; }
            return LinearAlgebra.Solve(m, w);
        }

        /// <summary>The component of w in the span of basis columns [start, start+len) along the decomposition R^D = ⊕ blocks.</summary>
        public static R[] Component(R[][] basisColumns, R[] w, int start, int len)
        {
            var a = Coordinates(basisColumns, w);
            var x = Vec.Zero<R>(w.Length);
            for (var c = start; c < start + len; c++)
                for (var i = 0; i < w.Length; i++) x[i] += a[c] * basisColumns[c][i];
            return x;
        }

        /// <summary>Basis columns of R^D: the columns of an orthogonal Q, or (weakened) an oblique basis where each column of
        /// block b ≥ 1 is tilted towards block 0 by s (so the blocks are complementary but not orthogonal).</summary>
        public static R[][] Basis(Choices c, int dim, int firstBlock, bool oblique)
        {
            var q = RationalSphere.OrthogonalMatrix(c, dim);
            var cols = Enumerable.Range(0, dim).Select(j => LyxData.Column(q, j)).ToArray();
            if (!oblique) return cols;
            var s = c.In(Interval.Open(Q(0), Q(2)), 4);
            for (var j = firstBlock; j < dim; j++) cols[j] = Vec.Add(cols[j], Vec.Scale(s, cols[(j - firstBlock) % firstBlock]));
            return cols;
        }

        public static R[] InSpan(R[][] cols, int start, R[] coeff)
        {
            var x = Vec.Zero<R>(cols[0].Length);
            for (var c = 0; c < coeff.Length; c++)
                for (var i = 0; i < x.Length; i++) x[i] += coeff[c] * cols[start + c][i];
            return x;
        }
    }

    // ───────────────────────────── population claims (double, with quadrature error estimates) ─────────────────────────────

    /// <param name="Bump">Non-radial density (λ, c_x, c_y, ε) of <see cref="Dynamics.Lyx.SquareBumpMixture"/>, or null (radial).</param>
    /// <param name="Flat">The exact configuration (rationals) of a case built to have a margin constant on an open set, or null.</param>
    public sealed record PopCase(double M1, double M2, double Alpha, double[][] W, double[][] U, double B, double[] Dir,
        double Eps, double Eta, double R0, bool Journal, double V, double[][] Vm, double[] Bias, double[]? Bump = null, FlatWitness? Flat = null)
    {
        public override string ToString() => $"m={M1}, M={M2}, α={Alpha}, b={B}, W={LyxGen.Format(W)}, U={LyxGen.Format(U)}, ε={Eps}, η={Eta}, r={R0}"
            + (Journal ? $", v={V}, V={LyxGen.Format(Vm)}, b_j=({string.Join(", ", Bias)})" : "")
            + (Bump is { } q ? $", density λ·radial + (1−λ)·square, λ={q[0]}, centre=({q[1]}, {q[2]}), ε={q[3]}" : "")
            + (Flat is { } f ? $", exact: {f}" : "");
    }

    /// <summary>An exact network on the annulus m ≤ |x| ≤ M of R^d: neurons w_l with biases b_l, margins φ_q = Σ_l C[q, l] σ(⟨w_l, x⟩ −
    /// b_l), and a rational point X0 (a witness of a margin constant on an open set).</summary>
    public sealed record FlatWitness(R M1, R M2, R[][] W, R[] Bias, R[][] Coef, R[] X0)
    {
        public override string ToString() => $"m={M1}, M={M2}, w={LyxGen.Format(W)}, b={LyxGen.Format(Bias)}, C={LyxGen.Format(Coef)}, x0={LyxGen.Format(X0)}";
    }

    /// <summary>
    /// Exact certificate that the population loss Σ_q E σ(1 − φ_q) is NOT differentiable: at a rational X0 strictly inside the annulus
    /// every neuron is strictly active or strictly inactive (so the pattern is constant on an open neighbourhood S, of positive
    /// probability since p ≥ p_min &gt; 0 there), and some margin's affine piece on S is the constant 1 while an active neuron l enters it
    /// (C[q, l] ≠ 0). Moving w_l by ±te changes φ_q on S by ±tC[q, l]⟨e, x⟩, so the one-sided directional derivatives satisfy
    /// D₊(δ) + D₊(−δ) ≥ E[1_S |C[q, l]⟨e, x⟩|] &gt; 0 (every other term is convex in t, contributing ≥ 0): no gradient exists.
    /// </summary>
    public static class Flatness
    {
        public static string? MarginOneOnOpenSet(FlatWitness f) => ConstantOnOpenSet(f) is { } hit && hit.Value == 1 ? hit.Detail : null;

        /// <summary>The constant value of a margin that is constant on an open set around X0 (null when none is).</summary>
        public static (R Value, string Detail)? ConstantOnOpenSet(FlatWitness f)
        {
            var n2 = Vec.NormSquared(f.X0);
            if (!(n2 > f.M1 * f.M1 && n2 < f.M2 * f.M2)) return null;
            var active = new bool[f.W.Length];
            for (var l = 0; l < f.W.Length; l++)
            {
                var h = Vec.Dot<R>(f.W[l], f.X0) - f.Bias[l];
                if (h.Sign == 0) return null;
                active[l] = h.Sign > 0;
            }
            (R Value, string Detail)? best = null;
            for (var q = 0; q < f.Coef.Length; q++)
            {
                var s = Vec.Zero<R>(f.X0.Length);
                var c = R.Zero;
                var enters = false;
                for (var l = 0; l < f.W.Length; l++)
                {
                    if (!active[l] || f.Coef[q][l].Sign == 0) continue;
                    enters = true;
                    s = Vec.Add(s, Vec.Scale(f.Coef[q][l], f.W[l]));
                    c -= f.Coef[q][l] * f.Bias[l];
                }
                if (!enters || s.Any(z => z.Sign != 0)) continue;
                if (best is null || c == 1)
                    best = (c, $"margin {q + 1} ≡ {c} on an open neighbourhood of x0 = {LyxGen.Format(f.X0)} (|x0|² = {n2} strictly inside the " +
                        $"annulus, active neurons {string.Join(",", Enumerable.Range(0, active.Length).Where(l => active[l]).Select(l => l + 1))})");
            }
            return best;
        }
    }

    /// <summary>A V satisfying Assumption 1 beyond the mod-n construction: each class owns at least one column (in a drawn order), the other
    /// columns are owned by a drawn class or (when allowed) by none, i.e. of one sign (all entries −v), which Assumption 1 permits.</summary>
    internal static R[][] Assumption1V(Choices c, int n, int k, R v, bool singleSign)
    {
        var shift = c.Int(0, n - 1);
        var owner = new int[k];
        for (var j = 0; j < k; j++) owner[j] = j < n ? (j + shift) % n : singleSign && c.Int(0, 2) == 0 ? -1 : c.Int(0, n - 1);
        return Enumerable.Range(0, n).Select(i => Enumerable.Range(0, k).Select(j => owner[j] == i ? v : -v).ToArray()).ToArray();
    }

    internal static bool HasSingleSignColumn<T>(T[][] v) where T : INumber<T> =>
        Enumerable.Range(0, v[0].Length).Any(j => v.All(row => row[j] < T.Zero));

    internal static class Population
    {
        /// <summary>
        /// One GD step v ← v − η·g does not increase |v| for the vectors with |v| &gt; r (Lemma 3b, J Lemma 5.1b), with a tolerance
        /// from the quadrature error of g: |Δ|v|²| ≤ 2η|v|·err + 2η²|g|·err, times a safety factor 100.
        /// </summary>
        internal static Evaluation NormsDoNotGrow(IEnumerable<(string Name, double[] V, double[] G)> vectors, double eta, double r, double error, string header)
        {
            var detail = new List<string> { header };
            foreach (var (name, v, g) in vectors)
            {
                var nv = Norm(v);
                if (!(nv > r)) continue;
                double nx = v[0] - eta * g[0], ny = v[1] - eta * g[1];
                var delta = nx * nx + ny * ny - nv * nv;
                var tol = 100 * (2 * Math.Abs(eta) * nv * error + 2 * eta * eta * Norm(g) * error) + 1e-13;
                detail.Add($"{name}: |·|² {nv * nv:G8} → {nx * nx + ny * ny:G8}");
                if (delta > tol) return Evaluation.Fails(delta, string.Join("; ", detail));
            }
            return Evaluation.Holds(string.Join("; ", detail));
        }

        public static double Q(Choices c, int maxNum, int maxDen) => c.SmallRational(maxNum, maxDen).ToDouble();

        public static Dynamics.Lyx.AnnulusDensity Density(Choices c, out double m, out double bigM, out double alpha)
        {
            m = c.In(Interval.Closed(Lyx.Q(1, 2), Lyx.Q(2)), 4).ToDouble();
            bigM = m + c.In(Interval.OpenClosed(Lyx.Q(0), Lyx.Q(2)), 4).ToDouble();
            alpha = c.Int(0, 2);
            return new Dynamics.Lyx.AnnulusDensity(m, bigM, alpha);
        }

        public static double[][] Vectors(Choices c, int k, double scale) =>
            Enumerable.Range(0, k).Select(_ => new[] { Q(c, 4, 4) * scale, Q(c, 4, 4) * scale }).ToArray();

        public static double Norm(double[] v) => Math.Sqrt(v[0] * v[0] + v[1] * v[1]);
    }

    // ───────────────────────────── trajectory claims (population GD in R², truncated horizon) ─────────────────────────────

    public sealed record TrajCase(bool Journal, int K, bool Half, ulong Seed, double Eta, double B, double V, int Steps, double M1, double M2, double Alpha)
    {
        public override string ToString() => $"{(Journal ? "journal n=2" : "conference")}, k={K}, {(Half ? "half-space" : "random")} init seed {Seed}, " +
            $"η={Eta}, b={B}, v={V}, m={M1}, M={M2}, α={Alpha}, {Steps} steps";
    }

    internal static class Trajectories
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<TrajCase, Dynamics.Lyx.PopulationGd.Trajectory> Cache = new();

        /// <param name="minK">3 to generate only networks whose positive neurons can satisfy GC in R² (with two, T_2 is empty).</param>
        /// <param name="paperDensity">Uniform density on 1 ≤ |x| ≤ 2 (the paper's data range) instead of a generated one: used for the wrong
        /// variants, so that shrinking revisits a few cached trajectories instead of integrating new ones.</param>
        /// <summary>The learning rates and (journal) output weights a trajectory case picks from, simplest first.</summary>
        internal static readonly double[] LearningRates = [0.1, 0.05, 0.2];

        private static readonly double[] OutputWeights = [0.5, 1.0, 0.25];

        public static TrajCase Generate(Choices c, bool journal, bool positiveBias, int steps, int minK = 2, bool paperDensity = false)
        {
            double m = 1, bigM = 2, alpha = 0;
            if (!paperDensity) Population.Density(c, out m, out bigM, out alpha);
            var k = c.Int(minK, 3);
            var half = c.Bool();
            var seed = (ulong)c.Int(0, 2);
            var eta = c.Pick(LearningRates);
            var v = journal ? c.Pick(OutputWeights) : 0;
            var b = positiveBias
                ? (journal ? c.In(Interval.Open(Q(0), Q(1, 2 * k)), 32).ToDouble()
                : c.In(Interval.Open(Q(0), Q(1) / (2 * k * new R((int)Math.Ceiling(bigM * 4), 4))), 32).ToDouble()) : 0;
            return new TrajCase(journal, k, half, seed, eta, b, v, steps, m, bigM, alpha);
        }

        public static Dynamics.Lyx.PopulationGd.Trajectory Run(TrajCase x) => Cache.GetOrAdd(x, Compute);

        private static Dynamics.Lyx.PopulationGd.Trajectory Compute(TrajCase x)
        {
            var dens = new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha);
            var rng = new Dynamics.Lyx.SplitMix64(x.Seed);
            double[] Draw() { var v = new[] { rng.Normal(), rng.Normal() }; if (x.Half) v[0] = Math.Abs(v[0]); return v; }
            if (!x.Journal)
            {
                var w = Enumerable.Range(0, x.K).Select(_ => Draw()).ToArray();
                var u = Enumerable.Range(0, x.K).Select(_ => Draw()).ToArray();
                return Dynamics.Lyx.PopulationGd.Conference(dens, w, u, x.B, x.Eta, x.Steps, x.B > 0 ? 1e-7 : 1e-9);
            }
            var V = JournalNet<double>.ConstructV(2, 2 * x.K, x.V);
            var ww = Enumerable.Range(0, 2 * x.K).Select(_ => Draw()).ToArray();
            return Dynamics.Lyx.PopulationGd.Journal(dens, ww, Enumerable.Repeat(x.B, 2 * x.K).ToArray(), V, x.Eta, x.Steps, x.B > 0 ? 1e-7 : 1e-9);
        }

        public static double Cp(TrajCase x) => new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha).Cp();
    }

    public abstract class TrajectoryClaim : PropertyClaim<TrajCase>
    {
        protected virtual bool Journal => false;
        protected virtual bool PositiveBias => false;
        protected virtual int Steps => 150;
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override string Setting => (Journal ? "journal network (6), class 1 of n = 2, 2k neurons, V from Assumption 1 with v ∈ {1/4, 1/2, " +
            "1}" : "conference network (6), class 1, k w's and k u's")
            + $", d = 2, {(PositiveBias ? "positive bias in the theorem's range" : "b = 0")}, population GD (gradient by the quadrature, tolerance 1e-9) " +
                $"from N(0, 1) or half-space initialisations (seeded), η ∈ {{1/20, 1/10, 1/5}}, radial densities on annuli; horizon {Steps} steps (or until " +
                $"the loss is below 1e-14). R is the largest |W^(t)| seen (the hypothesis |W^(t)| ≤ R for all t is checked on the horizon only).";
        public override string Trust => $"simulation on a truncated horizon ({Steps} steps, a handful of seeded initialisations): partial sums and counts " +
            $"that exceed a bound are genuine violations; staying below it supports the bound only on the horizon";
        public override int CostPerCase => 40;
        public override TrajCase Generate(Choices c, Context ctx) =>
            ctx.Variant is null ? Trajectories.Generate(c, Journal, PositiveBias, Steps)
                : Trajectories.Generate(c, Journal, PositiveBias, VariantSteps, VariantMinK, paperDensity: true);

        /// <summary>Horizon and smallest k of the wrong variants' instances (checked on the paper's uniform density, see <see
        /// cref="Trajectories.Generate"/>).</summary>
        protected virtual int VariantSteps => Steps;
        protected virtual int VariantMinK => 2;

        /// <summary>
        /// The wrong variants "bound-over-100" etc.: the claim's bound divided by a constant (a wrong constant). On a horizon of
        /// 150 steps the partial sums and counts are at most ~150, while the printed bounds are 10² to 10⁵ times larger on these
        /// instances; the divisor is chosen per claim so that the scaled bound is below what the trajectories reach: the variant
        /// shows the comparison is live (not that the printed bound is nearly tight).
        /// </summary>
        protected static double BoundFactor(Context ctx) =>
            ctx.Is("bound-over-100") ? 1e-2 : ctx.Is("bound-over-10000") ? 1e-4 : ctx.Is("bound-over-100000") ? 1e-5 : 1;

        /// <summary>p_R = P[D¹] for a radial density in d = 2: D¹ is an angular sector of width β, so p_R = β/(2π); sin β = 1/(κMR).</summary>
        protected static double? PR(double kappa, double bigM, double r)
        {
            var s = 1 / (kappa * bigM * r);
            return s >= 1 ? null : Math.Asin(s) / (2 * Math.PI);
        }
    }

    public abstract class BiasTheorem : TrajectoryClaim
    {
        protected override bool PositiveBias => true;
        protected override int Steps => 25;
        public override int CostPerCase => 60;
        /// <summary>"norm-nonincreasing": monotone decrease required of the wrong quantity, Σ|w_j| over the positive neurons (the w_j of the
        /// conference network, the v_{i,j} > 0 of the journal's) instead of the loss; no learning-rate condition to hide behind: by C Lemma 3
        /// [J Lemma 5.1] these never shrink, and they grow whenever they are active on Ω.</summary>
        public override IReadOnlyList<string> WrongVariants => ["norm-nonincreasing"];
        protected override int VariantSteps => 3;
        public override Evaluation Evaluate(TrajCase x, Context ctx)
        {
            var t = Trajectories.Run(x);
            if (ctx.Is("norm-nonincreasing"))
            {
                var pn = t.PositiveNorm;
                for (var i = 0; i + 1 < pn.Length; i++)
                    if (pn[i + 1] > pn[i] * (1 + 1e-9)) return Evaluation.Fails(pn[i + 1] - pn[i], $"Σ|w_j| (positive neurons) increased at step {i}: " +
                        $"{pn[i]:G10} → {pn[i + 1]:G10}");
                return Evaluation.Holds($"Σ|w_j| (positive neurons) non-increasing on the horizon: {pn[0]:G6} → {pn[^1]:G6}");
            }
            for (var i = 0; i + 1 < t.Loss.Length; i++)
                if (t.Loss[i + 1] > t.Loss[i] + 10 * (t.Error[i] + t.Error[i + 1]) + 1e-12)
                    return Evaluation.Inconclusive($"the loss increased at step {i} ({t.Loss[i]:G8} → {t.Loss[i + 1]:G8}); η = {x.Eta} may exceed the " +
                        $"unspecified η_0");
            return Evaluation.Holds($"loss non-increasing on the horizon: {t.Loss[0]:G6} → {t.Loss[^1]:G6} after {t.Steps} steps (the limit 0 is not " +
                $"decidable on a finite horizon)");
        }
    }

    // ───────────────────────────── experiments (finite data of Section 6.1, double) ─────────────────────────────

    public sealed record ExpCase(int Cell, ulong Seed, double Param);

    public abstract class ExperimentClaim : PropertyClaim<ExpCase>
    {
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override int CostPerCase => 200;
        public override string Setting => "Section 6.1: network (6), b = 0, d = 2, the 880-point set with label 1, mean hinge loss, full-batch GD with η = " +
            "0.1, W(0) entries N(0, 1) (half-space: first coordinates made non-negative); iterations = first t with l(W^(t)) = 0 exactly (GD is stationary " +
            "from then on), cap 100000; runs seeded per (cell, run).";
        public override string Trust => "simulation: finite samples of seeded runs with the stated statistical test";
        public override CounterexampleClass WrongVariantClass => CounterexampleClass.SampleOnly;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<(ExpCase, string?), Evaluation> _cache = new();

        /// <summary>Evaluations are deterministic in (case, variant), so they are cached: shrinking revisits the same few seeds.</summary>
        public sealed override Evaluation Evaluate(ExpCase x, Context ctx) => _cache.GetOrAdd((x, ctx.Variant), _ => EvaluateCore(x, ctx));

        protected abstract Evaluation EvaluateCore(ExpCase x, Context ctx);
    }
}
