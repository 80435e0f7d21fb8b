using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

// Section 5 of the conference paper (convergence without bias): Lemma 4 [J 5.2], Remark 3 and Propositions 3-4 [J 3-4].
public static partial class Lyx
{
    // ───────────────────────────── LYX.Lemma4 ─────────────────────────────

    public sealed record Lemma4Case(int D, List<R[]> W)
    {
        public override string ToString() => $"d={D}, w̃={LyxGen.Format(W)}";
    }

    /// <summary>LYX Lemma 4 [J Lemma 5.2]: the four forms of GC are equivalent, in any dimension.</summary>
    public sealed class Lemma4 : PropertyClaim<Lemma4Case>
    {
        public override string Id => "LYX.Lemma4";
        public override string Where => "C Lemma 4 and proof [J Lemma 5.2]";
        public override string Statement => "For k points w̃_j ∈ S^{d−1} in general position, with Λ_W their convex hull and H_i its facets, equivalent: (1) " +
            "every direction n has j1, j2 with ⟨n, w̃_j1⟩ > 0 > ⟨n, w̃_j2⟩; (2) no closed hemisphere contains all w̃_j; (3) 0 ∈ interior of Λ_W; (4) for " +
            "every facet H_i, 0 and all w̃_j lie on the same side of H_i.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "d ∈ {1, 2, 3, 4}, k ∈ [1, 7] rational unit vectors (inverse stereographic projection, then a rational rotation); " +
            "each form decided exactly by its own algorithm: (1) finite direction enumeration (null spaces of d − 1 of the w̃_j), (2) exact LP feasibility " +
            "of a closed hemisphere, (3) exact LP for strictly positive convex weights (hand-written rational simplex), (4) exact brute-force facet " +
            "enumeration with 0 strictly inside (a hull that is not full-dimensional has no enclosing facets and fails (4)). General position is reported, " +
            "not enforced: the four forms agree for every finite set of non-zero vectors.";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("general-position", "the w̃_j are in general position", "repeated, antipodal and coplanar points added", Expectation.None,
                "all four forms are equivalent for any finite set (with 0 strictly inside in form 4); general position is only used for the (3 ⇒ 1) step, " +
                    "which holds anyway"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["sign-test-d-subsets"];
        public override int CostPerCase => 2;

        public override Lemma4Case Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 4);
            var k = c.Int(1, 7);
            var q = RationalSphere.OrthogonalMatrix(c, d);
            var w = Enumerable.Range(0, k).Select(_ => LyxGen.Apply(q, RationalSphere.Point(c, d, Rational.One))).ToList();
            if (ctx.Weak("general-position"))
            {
                w.Add(Vec.Scale(-1, w[0]));
                w.Add(w[c.Int(0, w.Count - 1)]);
                if (d == 3) { var e = Vec.Zero<R>(3); e[0] = 1; w.Add(LyxGen.Apply(q, e)); e = Vec.Zero<R>(3); e[1] = 1; w.Add(LyxGen.Apply(q, e)); }
            }
            return new Lemma4Case(d, w);
        }

        public override Evaluation Evaluate(Lemma4Case x, Context ctx)
        {
            var f1 = ctx.Is("sign-test-d-subsets") ? SignTestWrong(x.W) : GeometricCondition.SignTest(x.W).Holds;
            var f2 = GeometricCondition.HemisphereTest(x.W);
            var f3 = GeometricCondition.InteriorTest(x.W).Holds;
            var f4 = GeometricCondition.FacetTest(x.W);
            var detail = $"(1) {f1}, (2) {f2}, (3) {f3}, (4) {f4}";
            return Evaluation.Require(f1 == f2 && f2 == f3 && f3 == f4, 1, detail);
        }

        /// <summary>A plausible bug: searching directions among null spaces of d (instead of d − 1) vectors finds none.</summary>
        private static bool SignTestWrong(List<R[]> w)
        {
            var d = w[0].Length;
            foreach (var s in GeometricCondition.Subsets(w.Count, d))
            {
                var ns = LinearAlgebra.NullSpace(s.Select(i => w[i]).ToList(), d);
                if (ns.Count == 1 && (w.All(v => Vec.Dot<R>(ns[0], v).Sign >= 0) || w.All(v => Vec.Dot<R>(ns[0], v).Sign <= 0))) return false;
            }
            return true;
        }
    }

    // ───────────────────────────── LYX.Remark3 / LYX.Remark3.Count ─────────────────────────────

    public sealed record Remark3Case(int K, int D, ulong Seed, R Shift);

    /// <summary>LYX Remark 3: P_gc = 2^(1−k) Σ_{j=d}^{k−1} C(k−1, j) for uniformly random directions, and P_gc → 1 as k → ∞.</summary>
    public sealed class Remark3 : PropertyClaim<Remark3Case>
    {
        public const int Samples = 400;
        public const double Alpha = 0.001;

        public override string Id => "LYX.Remark3";
        public override string Where => "C Remark 3 and proof [J Remark 3]";
        public override string Statement => "If w̃_j are independent and uniform on S^{d−1}, Prob(GC holds) = P_gc = 2^{1−k} Σ_{j=d}^{k−1} C(k−1, j), and " +
            "lim_{k→∞} P_gc = 1 for fixed d.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting => $"d ∈ {{1, 2, 3}}, k ∈ [1, 8]. Exact: the formula as a rational equals 2^(−k) × the number of sign patterns J with " +
            $"GC(S_J) for a set in general position (enumerated exactly; the proof's symmetry argument makes Prob = count/2^k), P_gc is non-decreasing in k " +
            $"and 1 − P_gc(64, d) < 10^(−10). Monte Carlo: {Samples} seeded sets of k Gaussian-normalised directions, GC decided exactly (doubles are " +
            $"rationals), and P_gc must lie in the two-sided Clopper–Pearson interval at confidence {1 - Alpha}.";
        public override string Trust => $"the formula is checked exactly; the Monte Carlo part is a sample of {Samples} per case at binomial confidence " +
            $"{1 - Alpha} (a failure of the MC part alone would be reported as sample-only)";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("uniform", "w̃_j uniform on S^{d−1}", "directions of N(μ, I) with |μ| up to 2 (not rotation invariant)", Expectation.Counterexample,
                "shifted directions crowd into a hemisphere, so GC is rarer than P_gc"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["sum-from-d-minus-1"];
        public override int CostPerCase => 20;

        public override Remark3Case Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 3);
            var k = c.Int(d + 1, 8);
            var shift = ctx.Weak("uniform") ? c.In(Interval.Closed(Q(3, 2), Q(2)), 4) : R.Zero;
            return new Remark3Case(k, d, (ulong)c.Int(0, 1_000_000), shift);
        }

        public static R Formula(int k, int d, bool wrong) => wrong ? Geometry.Lyx.Remark3.Pgc(k, d - 1) : Geometry.Lyx.Remark3.Pgc(k, d);

        public override Evaluation Evaluate(Remark3Case x, Context ctx)
        {
            var wrong = ctx.Is("sum-from-d-minus-1");
            var p = Formula(x.K, x.D, wrong);
            var count = Geometry.Lyx.Remark3.CountSignPatterns(Remark3Count.GeneralPosition(x.K, x.D, null));
            if (p != new R(count, BigInteger.Pow(2, x.K))) return Evaluation.Fails(Math.Abs(p.ToDouble() - count / Math.Pow(2, x.K)), $"P_gc = {p} but the " +
                $"sign-pattern count gives {count}/2^{x.K}");
            if (Formula(x.K + 1, x.D, wrong) < p) return Evaluation.Fails(1, "P_gc decreases in k");
            if (1 - Formula(64, x.D, wrong) >= new R(1, 10_000_000_000)) return Evaluation.Fails(1, "P_gc(64, d) not within 1e-10 of 1");
            var rng = new Dynamics.Lyx.SplitMix64(x.Seed);
            var hits = 0;
            var mu = x.Shift.ToDouble();
            for (var s = 0; s < Samples; s++)
            {
                var set = new List<R[]>();
                for (var j = 0; j < x.K; j++)
                {
                    var v = new double[x.D];
                    for (var i = 0; i < x.D; i++) v[i] = rng.Normal() + (i == 0 ? mu : 0);
                    set.Add(v.Select(R.FromDouble).ToArray()); // GC is scale invariant: no normalisation needed
                }
                if (GeometricCondition.SignTest(set).Holds) hits++;
            }
            var (lo, hi) = ClopperPearson(hits, Samples, Alpha);
            var pd = p.ToDouble();
            var detail = $"P_gc = {p} = {pd:G6}; count {count}/2^{x.K}; MC {hits}/{Samples}, {1 - Alpha} interval [{lo:G4}, {hi:G4}]";
            return pd >= lo && pd <= hi ? Evaluation.Holds(detail)
                : Evaluation.Fails(Math.Min(Math.Abs(pd - lo), Math.Abs(pd - hi)), detail, CounterexampleClass.SampleOnly);
        }

        public static (double Lo, double Hi) ClopperPearson(int x, int n, double alpha)
        {
            var lo = x == 0 ? 0 : MathNet.Numerics.Distributions.Beta.InvCDF(x, n - x + 1, alpha / 2);
            var hi = x == n ? 1 : MathNet.Numerics.Distributions.Beta.InvCDF(x + 1, n - x, 1 - alpha / 2);
            return (lo, hi);
        }
    }

    public sealed record CountCase(int K, int D, List<R[]> W, string Kind)
    {
        public override string ToString() => $"k={K}, d={D}, {Kind}, w={LyxGen.Format(W)}";
    }

    /// <summary>LYX proof of Remark 3: Σ_J 1_gc(S_J) = 2^k − 2 Σ_{j=0}^{d−1} C(k−1, j) = 2 Σ_{j=d}^{k} C(k−1, j) for points in general position.</summary>
    public sealed class Remark3Count : PropertyClaim<CountCase>
    {
        public override string Id => "LYX.Remark3.Count";
        public override string Where => "C proof of Remark 3 [J proof of Remark 3]";
        public override string Statement => "For w̃_1..w̃_k in general position, the number of sign patterns J ∈ {±1}^k for which S_J = {J_j w̃_j} satisfies " +
            "GC is the constant 2^k − 2 Σ_{j=0}^{d−1} C(k−1, j) = 2 Σ_{j=d}^{k} C(k−1, j) (the proof writes 2^n for 2^k).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "d ∈ {1, 2, 3}, k ∈ [1, 7]; general position by construction: s_j (1, t_j, …, t_j^{d−1}) on the moment curve with " +
            "distinct t_j (any d are linearly independent, Vandermonde), rotated by a rational orthogonal matrix; all 2^k patterns enumerated, GC decided " +
            "exactly.";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("general-position", "the w̃_j are in general position", "a repeated direction or d points in a hyperplane", Expectation.Counterexample,
                "degenerate arrangements have fewer regions, so the count changes"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["closed-hemisphere-counted"];
        public override int CostPerCase => 2;

        public static List<R[]> GeneralPosition(int k, int d, Choices? c)
        {
            var q = c is null ? null : RationalSphere.OrthogonalMatrix(c, d);
            var w = new List<R[]>();
            var t = R.Zero;
            for (var j = 0; j < k; j++)
            {
                t += c is null ? 1 : c.In(Interval.OpenClosed(Q(0), Q(2)), 4);
                var v = Enumerable.Range(0, d).Select(i => Enumerable.Repeat(t, i).Aggregate(R.One, (a, b) => a * b)).ToArray();
                if (c is not null && c.Bool()) v = Vec.Scale(-1, v);
                w.Add(q is null ? v : LyxGen.Apply(q, v));
            }
            return w;
        }

        public override CountCase Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 3);
            var k = c.Int(1, 7);
            var w = GeneralPosition(k, d, c);
            var kind = "general position";
            if (ctx.Weak("general-position") && k >= 2)
            {
                if (c.Bool() || d == 1) { w[1] = w[0]; kind = "repeated direction"; }
                else
                {
                    // d points in the hyperplane orthogonal to the last coordinate
                    for (var j = 0; j < Math.Min(d, k); j++) w[j][d - 1] = R.Zero;
                    if (w.Take(Math.Min(d, k)).Any(v => v.All(z => z.Sign == 0))) w[0][0] = R.One;
                    kind = "d points in a hyperplane";
                }
            }
            return new CountCase(k, d, w, kind);
        }

        public override Evaluation Evaluate(CountCase x, Context ctx)
        {
            int count;
            if (ctx.Is("closed-hemisphere-counted"))
            {
                count = 0;
                for (var mask = 0; mask < 1 << x.K; mask++)
                {
                    var s = x.W.Select((v, j) => ((mask >> j) & 1) == 1 ? Vec.Scale(-1, v) : v).ToList();
                    if (!GeometricCondition.SignTest(s).Holds) count++;
                }
            }
            else count = Geometry.Lyx.Remark3.CountSignPatterns(x.W);
            var printed = Geometry.Lyx.Remark3.PrintedCount(x.K, x.D);
            BigInteger alt = 0;
            for (var j = x.D; j <= x.K; j++) alt += 2 * Geometry.Lyx.Remark3.Binomial(x.K - 1, j);
            if (printed != alt) return Evaluation.Fails(1, $"the two printed forms differ: {printed} vs {alt}");
            return Evaluation.Require(count == printed, Math.Abs(count - (double)printed), $"{x.Kind}: counted {count}, printed {printed}");
        }
    }

    public sealed class Proposition3 : TrajectoryClaim
    {
        public override string Id => "LYX.Prop3";
        public override IReadOnlyList<string> WrongVariants => ["bound-over-100"];
        public override string Where => "C Prop 3 and its proof";
        public override string Statement => "b = 0, |W^(t)| ≤ R for all t: the number of iterations at which the w_j do not satisfy GC is |T_1| ≤ 2RC_p/(η " +
            "p_R), p_R = P[D¹] with sin β = 1/(MR).";
        public override TrajCase Generate(Choices c, Context ctx) => base.Generate(c, ctx);
        public override Evaluation Evaluate(TrajCase x, Context ctx)
        {
            var t = Trajectories.Run(x);
            var r = t.MaxNorm;
            if (PR(1, x.M2, r) is not { } pr) return Evaluation.Inconclusive($"MR = {x.M2 * r:G4} ≤ 1: p_R undefined");
            var bound = 2 * r * Trajectories.Cp(x) / (x.Eta * pr) * BoundFactor(ctx);
            var t1 = t.Gc.Count(g => !g);
            return Evaluation.Require(t1 <= bound, t1 - bound, $"|T_1| on the horizon = {t1} (GC {(t.Gc[^1] ? "holds" : "fails")} at the end), bound " +
                $"2RC_p/(ηp_R) = {bound:G6}, R = {r:G6}, p_R = {pr:G6}, final loss {t.Loss[^1]:G4}");
        }
    }

    public sealed class JProposition3 : TrajectoryClaim
    {
        protected override bool Journal => true;
        public override string Id => "LYX.J.Prop3";
        /// <summary>"drop-pr-squared": the bound without its factor 1/p_R² (a dropped factor), C_pR/(vη).</summary>
        public override IReadOnlyList<string> WrongVariants => ["drop-pr-squared"];
        protected override int VariantSteps => 60;
        public override string Where => "J Prop 3 and its proof";
        public override string Statement => "b_j = 0, |W^t| ≤ R: the number of iterations at which {w_j : v_{i,j} > 0} does not satisfy GC is |T_1| ≤ C_p " +
            "R/(v η p_R²), p_R = P[D¹] with sin β = 1/(2vM_iR).";
        public override Evaluation Evaluate(TrajCase x, Context ctx)
        {
            var t = Trajectories.Run(x);
            var r = t.MaxNorm;
            if (PR(2 * x.V, x.M2, r) is not { } pr) return Evaluation.Inconclusive($"2vMR ≤ 1: p_R undefined");
            var bound = Trajectories.Cp(x) * r / (x.V * x.Eta * (ctx.Is("drop-pr-squared") ? 1 : pr * pr));
            var t1 = t.Gc.Count(g => !g);
            return Evaluation.Require(t1 <= bound, t1 - bound, $"|T_1| on the horizon = {t1}, bound " +
                $"{(ctx.Is("drop-pr-squared") ? "C_pR/(vη)" : "C_pR/(vηp_R²)")} = {bound:G6}, R = {r:G6}, p_R = {pr:G6}");
        }
    }

    public sealed class Proposition4 : TrajectoryClaim
    {
        public override string Id => "LYX.Prop4";
        /// <summary>"bound-over-10000": checked on networks with three w's, the only ones whose T_2 can be non-empty in R².</summary>
        public override IReadOnlyList<string> WrongVariants => ["bound-over-10000"];
        protected override int VariantMinK => 3;
        public override string Where => "C Prop 4 and its proof";
        public override string Statement => "b = 0, |W^t| ≤ R: Σ_{t ∈ T_2} l(W^(t)) ≤ 2η^{−1} R² M C_p over the iterations T_2 at which the w_j satisfy GC.";
        public override Evaluation Evaluate(TrajCase x, Context ctx)
        {
            var t = Trajectories.Run(x);
            var r = t.MaxNorm;
            var bound = 2 * r * r * x.M2 * Trajectories.Cp(x) / x.Eta * BoundFactor(ctx);
            var sum = t.Loss.Where((_, i) => t.Gc[i]).Sum();
            return Evaluation.Require(sum <= bound, sum - bound, $"Σ_{{T_2}} l on the horizon = {sum:G6}, bound = {bound:G6}, |T_2| = {t.Gc.Count(g => g)}, " +
                $"R = {r:G6}");
        }
    }

    public sealed class JProposition4 : TrajectoryClaim
    {
        protected override bool Journal => true;
        public override string Id => "LYX.J.Prop4";
        /// <summary>"bound-over-100000": checked on networks with three positive neurons, the only ones whose T_2 can be non-empty on the horizon.</summary>
        public override IReadOnlyList<string> WrongVariants => ["bound-over-100000"];
        protected override int VariantMinK => 3;
        public override string Where => "J Prop 4 and the remark after it";
        public override string Statement => "b_j = 0, |W^t| ≤ R: Σ_{t ∈ T_2} l_i(W^t)² ≤ 4η^{−1} v n² C_p R² M_i² R; hence l_i(W^t) < ε for some t ∈ T_2 " +
            "once |T_2| ≥ 4vn²C_pR²M_i²R/(ηε).";
        public override Evaluation Evaluate(TrajCase x, Context ctx)
        {
            var t = Trajectories.Run(x);
            var r = t.MaxNorm;
            const int n = 2;
            var bound = 4 * x.V * n * n * Trajectories.Cp(x) * r * r * x.M2 * x.M2 * r / x.Eta * BoundFactor(ctx);
            var sq = t.Loss.Where((_, i) => t.Gc[i]).Sum(l => l * l);
            return Evaluation.Require(sq <= bound, sq - bound, $"Σ_{{T_2}} l_i² on the horizon = {sq:G6}, bound = {bound:G6}, R = {r:G6}");
        }
    }
}
