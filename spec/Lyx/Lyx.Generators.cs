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
