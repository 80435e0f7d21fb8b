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
        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("gc-holds", "C Lemma 4 (1) ⇒ (3): the forms hold", 0.1, "GC holds"),
            new("gc-fails", "C Lemma 4 (3) ⇒ (1): the forms fail", 0.1, "GC fails"),
            new("k-at-most-d", "C Lemma 4 (3): 0 cannot be interior with k ≤ d points", 0.05, "k ≤ d"),
            new("d-4", "C Lemma 4: any d", 0.1, "d = 4"),
        ];
        public override IEnumerable<string> Classify(Lemma4Case x)
        {
            yield return GeometricCondition.InteriorTest(x.W).Holds ? "gc-holds" : "gc-fails";
            if (x.W.Count <= x.D) yield return "k-at-most-d";
            if (x.D == 4) yield return "d-4";
        }

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

    public sealed record Remark3Case(int K, int D, R Shift)
    {
        public override string ToString() => $"k={K}, d={D}" + (Shift.Sign != 0 ? $", Monte Carlo shift μ = {Shift}" : "");
    }

    /// <summary>LYX Remark 3: P_gc = 2^(1−k) Σ_{j=d}^{k−1} C(k−1, j) for uniformly random directions, and P_gc → 1 as k → ∞.</summary>
    public sealed class Remark3 : PropertyClaim<Remark3Case>
    {
        /// <summary>The Monte Carlo design, fixed (the same at every budget and seed): every (k, d) with k ≤ 8, d ≤ 3, and samples per pair.</summary>
        public static int SamplesFor(int d) => d <= 2 ? 2000 : 300;
        public const double Alpha = 0.001;
        private const ulong MonteCarloSeed = 0x5EED_0003;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<R, Lazy<(double P, string Text, int ImpossibleHits)>> Pools = new();
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), int> Counts = new();

        /// <summary>The sign-pattern count of the fixed general-position set of (k, d) (the moment curve at t = 1..k), once per pair: by
        /// LYX.Remark3.Count it is the same for every set in general position, which that claim checks on rotated, generated sets.</summary>
        public static int Count(int k, int d) =>
            Counts.GetOrAdd((k, d), p => Geometry.Lyx.Remark3.CountSignPatterns(Remark3Count.GeneralPosition(p.Item1, p.Item2, null)));

        public override string Id => "LYX.Remark3";
        public override string Where => "C Remark 3 and proof [J Remark 3]";
        public override string Statement => "If w̃_j are independent and uniform on S^{d−1}, Prob(GC holds) = P_gc = 2^{1−k} Σ_{j=d}^{k−1} C(k−1, j), and " +
            "lim_{k→∞} P_gc = 1 for fixed d.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting => "d ∈ {1, 2, 3}, k ∈ [1, 8]. Exact, per case: the formula as a rational equals 2^(−k) × the number of sign " +
            "patterns J with GC(S_J) for a set in general position (the moment curve; enumerated exactly once per (k, d): the proof's symmetry " +
            "argument makes Prob = count/2^k), equals the independent closed forms 1 − 2^{1−k} (d = 1: both signs present) and 1 − k/2^{k−1} (d = 2: no " +
            "semicircle holds all k points), P_gc is non-decreasing in k and 1 − P_gc(64, d) < 10^(−10). Monte Carlo, once for all cases: every (k, d) " +
            "with k ≤ 8, d ≤ 3, 2000 (d ≤ 2) or 300 (d = 3) sets of k Gaussian-normalised directions from a fixed seed, GC decided by the angular gap " +
            "(d ≤ 2) or exactly (d = 3, doubles are rationals), judged by one χ² test over all pairs with 0 < P_gc < 1 at α = 0.001.";
        public override string Trust => "the formula is decided exactly on every case; the Monte Carlo part is one fixed sample (the same at every budget " +
            "and seed), judged by a single χ² goodness-of-fit test over all (k, d) pairs (false-fail rate 0.001 if the formula is right, no " +
            "multiple testing across cases), a Monte Carlo rejection is sample-only; a GC hit with k ≤ d (P_gc = 0) would be genuine";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("uniform", "w̃_j uniform on S^{d−1}", "directions of N(μ, I) with |μ| up to 2 (not rotation invariant)", Expectation.Counterexample,
                "shifted directions crowd into a hemisphere, so GC is rarer than P_gc"),
        ];
        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("k-at-most-d", "C Remark 3: the sum from j = d to k − 1 is empty for k ≤ d", 0.05, "k ≤ d: P_gc = 0"),
            new("k-eq-d-plus-1", "C Lemma 4: the fewest points that can contain 0 in their hull's interior", 0.05, "k = d + 1"),
            new("d-3", "C Remark 3: any d", 0.1, "d = 3"),
            new("k-ge-7", "C Remark 3: lim_{k→∞} P_gc = 1", 0.05, "k ∈ {7, 8}"),
        ];
        public override IEnumerable<string> Classify(Remark3Case x)
        {
            if (x.K <= x.D) yield return "k-at-most-d";
            if (x.K == x.D + 1) yield return "k-eq-d-plus-1";
            if (x.D == 3) yield return "d-3";
            if (x.K >= 7) yield return "k-ge-7";
        }
        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "C proof of Remark 3 [J same]", "Prob(GC holds) = (1/2^n) E[Σ_J 1_gc(S_J)] and '2^n − Σ_J 1_gc'",
                "2^k (J ranges over {±1}^k)", "n is not defined in the conference (the journal's n is the number of classes)"),
            new(FindingKind.Textual, "C proof of Remark 3 [J same]", "'any connected region of (∪_J H_J)^c'", "(∪_j H_j)^c: the hyperplanes H_j of the " +
                "k points", "the union is over neurons j, not sign patterns J"),
            new(FindingKind.Textual, "C proof of Remark 3 [J same]", "Σ_J 1_gc = 2^n − 2Σ_{j=0}^{d−1} C(k−1, j) = 2Σ_{j=d}^{k} C(k−1, j)",
                "2Σ_{j=d}^{k−1} C(k−1, j) (the j = k term is 0)", "C(k−1, k) = 0, so the two are equal; the statement's sum stops at k − 1"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["sum-from-d-minus-1"];
        public override int CostPerCase => 2;

        public override Remark3Case Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 3);
            var k = c.Int(1, 8);
            var shift = ctx.Weak("uniform") ? new[] { Q(3, 2), Q(7, 4), Q(2) }[c.Int(0, 2)] : R.Zero;
            return new Remark3Case(k, d, shift);
        }

        public static R Formula(int k, int d, bool wrong) => wrong ? Geometry.Lyx.Remark3.Pgc(k, d - 1) : Geometry.Lyx.Remark3.Pgc(k, d);

        /// <summary>The independent closed forms: d = 1, GC iff both signs occur; d = 2, the k semicircles starting at a point are disjoint
        /// events of probability 2^{1−k}, so P(all in a semicircle) = k/2^{k−1}.</summary>
        public static R? ClosedForm(int k, int d) => d switch
        {
            1 => 1 - new R(1, BigInteger.Pow(2, k - 1)),
            2 => k == 1 ? R.Zero : 1 - new R(k, BigInteger.Pow(2, k - 1)),
            _ => null,
        };

        public override Evaluation Evaluate(Remark3Case x, Context ctx)
        {
            var wrong = ctx.Is("sum-from-d-minus-1");
            var p = Formula(x.K, x.D, wrong);
            var count = Count(x.K, x.D);
            if (p != new R(count, BigInteger.Pow(2, x.K))) return Evaluation.Fails(Math.Abs(p.ToDouble() - count / Math.Pow(2, x.K)), $"P_gc = {p} but the " +
                $"sign-pattern count gives {count}/2^{x.K}");
            if (ClosedForm(x.K, x.D) is { } cf && cf != p) return Evaluation.Fails(Math.Abs((cf - p).ToDouble()), $"P_gc = {p} but the closed form gives {cf}");
            if (Formula(x.K + 1, x.D, wrong) < p) return Evaluation.Fails(1, "P_gc decreases in k");
            if (1 - Formula(64, x.D, wrong) >= new R(1, 10_000_000_000)) return Evaluation.Fails(1, "P_gc(64, d) not within 1e-10 of 1");
            var (pValue, text, impossible) = Pool(x.Shift);
            var detail = $"P_gc = {p}; count {count}/2^{x.K}; Monte Carlo over all (k, d): {text}";
            if (impossible > 0) return Evaluation.Fails(impossible, detail + $": {impossible} GC hits with k ≤ d, where GC cannot hold");
            return pValue >= Alpha ? Evaluation.Holds(detail) : Evaluation.Fails(1 - pValue, detail, CounterexampleClass.SampleOnly);
        }

        /// <summary>The pooled Monte Carlo test, computed once per shift μ (0 as printed): χ² = Σ (h − NP)²/(NP(1 − P)) over the pairs with
        /// 0 &lt; P &lt; 1, against χ² with that many degrees of freedom; also the hits where P = 0.</summary>
        public static (double P, string Text, int ImpossibleHits) Pool(R shift) => Pools.GetOrAdd(shift, s => new(() => ComputePool(s.ToDouble()))).Value;

        private static (double, string, int) ComputePool(double mu)
        {
            var pairs = (from d in Enumerable.Range(1, 3) from k in Enumerable.Range(1, 8) select (k, d)).ToArray();
            var hits = new int[pairs.Length];
            for (var i = 0; i < pairs.Length; i++)
            {
                var (k, d) = pairs[i];
                var n = SamplesFor(d);
                var h = 0;
                var pi = i;
                Parallel.For(0, n, () => 0, (sample, _, local) =>
                {
                    var rng = new Dynamics.Lyx.SplitMix64(Dynamics.Lyx.SplitMix64.Derive(MonteCarloSeed, pi, sample));
                    var v = new double[k][];
                    for (var j = 0; j < k; j++) { v[j] = new double[d]; for (var a = 0; a < d; a++) v[j][a] = rng.Normal() + (a == 0 ? mu : 0); }
                    return local + (GcOf(v, d) ? 1 : 0);
                }, local => Interlocked.Add(ref h, local));
                hits[i] = h;
            }
            double chi2 = 0;
            int df = 0, impossible = 0, worst = 0;
            var worstZ = 0.0;
            for (var i = 0; i < pairs.Length; i++)
            {
                var (k, d) = pairs[i];
                var p = Formula(k, d, false).ToDouble();
                var n = SamplesFor(d);
                if (p == 0) { impossible += hits[i]; continue; }
                if (p >= 1) continue;
                var z = (hits[i] - n * p) / Math.Sqrt(n * p * (1 - p));
                chi2 += z * z;
                df++;
                if (Math.Abs(z) > Math.Abs(worstZ)) (worstZ, worst) = (z, i);
            }
            var pValue = 1 - MathNet.Numerics.Distributions.ChiSquared.CDF(df, chi2);
            var (wk, wd) = pairs[worst];
            return (pValue, FormattableString.Invariant($"χ² = {chi2:G4} on {df} df, p = {pValue:G3} (α = {Alpha}); largest |z| = {Math.Abs(worstZ):G3} ") +
                FormattableString.Invariant($"at k = {wk}, d = {wd} ({hits[worst]}/{SamplesFor(wd)} vs P_gc = {Formula(wk, wd, false).ToDouble():G4})"),
                impossible);
        }

        /// <summary>GC of k directions: d = 1 both signs; d = 2 the largest angular gap below π (double); d = 3 decided exactly on the doubles.</summary>
        private static bool GcOf(double[][] v, int d) => d switch
        {
            1 => v.Any(a => a[0] > 0) && v.Any(a => a[0] < 0),
            2 => GeometricCondition.Holds2D(v.Select(a => a[0]).ToArray(), v.Select(a => a[1]).ToArray()),
            _ => GeometricCondition.SignTest(v.Select(a => a.Select(R.FromDouble).ToArray()).ToList()).Holds,
        };

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
        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("k-at-most-d", "C proof of Remark 3: 2^k − 2Σ_{j=0}^{d−1} C(k−1, j) = 0 for k ≤ d", 0.05, "k ≤ d"),
            new("d-3", "C proof of Remark 3 (Ho and Zimmerman's region count in R^d)", 0.1, "d = 3"),
            new("k-ge-6", "C proof of Remark 3: any k", 0.05, "k ≥ 6"),
            new("negated-points", "C proof of Remark 3: S_J flips signs; general position is sign-invariant", 0.3, "some w̃_j negated"),
        ];
        public override IEnumerable<string> Classify(CountCase x)
        {
            if (x.K <= x.D) yield return "k-at-most-d";
            if (x.D == 3) yield return "d-3";
            if (x.K >= 6) yield return "k-ge-6";
            if (x.W.Any(v => v[0].Sign < 0)) yield return "negated-points";
        }

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

    /// <summary>The steps of a trajectory at which the positive neurons do not satisfy GC (T_1) or do (T_2), the last state excluded.</summary>
    private static IEnumerable<int> Phase(Dynamics.Lyx.PopulationGd.Trajectory t, bool gc) =>
        Enumerable.Range(0, t.Gc.Length).Where(i => t.Gc[i] == gc);

    private static string PerStepText(string printed, (int Violations, int Of, double MinRatio) p, string corrected, (int Violations, int Of,
        double MinRatio) q) => $"per-step (proof) {printed}: fails at {p.Violations} of {p.Of} steps (min gain/need {p.MinRatio:G3}); corrected " +
        $"{corrected}: fails at {q.Violations} of {q.Of} (min {q.MinRatio:G3})";

    public sealed class Proposition3 : DynamicsClaim
    {
        public override string Id => "LYX.Prop3";
        public override IReadOnlyList<string> WrongVariants => ["bound-over-100"];
        public override string Where => "C Prop 3 and its proof";
        public override string Statement => "b = 0, |W^(t)| ≤ R for all t: the number of iterations at which the w_j do not satisfy GC is |T_1| ≤ 2RC_p/(η " +
            "p_R), p_R = P[D¹] with sin β = 1/(MR).";
        public override string EvidenceCaveat => "the bound is 10²–10⁵ times the horizon, so the count check is loose (factor reported); the proof's " +
            "per-step inequality |w_1^(t+1)| − |w_1^(t)| ≥ ηp_R/(2C_p) is checked on every step of T_1 and reported, with its corrected (squared) form";
        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.ProofStep, "C proof of Prop 3, last display", "|⟨w̃_1, ∇_{w_1} l⟩| ≥ p_R/(2C_p) (from Lemma 3's unsquared step)",
                "≥ p_R²/(2C_p), so |T_1| ≤ 2RC_p/(ηp_R²) (the journal's Prop 3 squares p_R)", "E[1_Ω⟨w̃, x⟩] ≥ P[Ω]/(2C_p) is false (LYX.KeyIneq: " +
                    "half annulus 0.495 < 0.680); the printed per-step gain is checked on T_1 and reported with the corrected one"),
            new(FindingKind.Textual, "C proof of Prop 3", "p_R = ∫_{D¹} ⟨w̃_1, ∇_{w_1} l(W)⟩ p_1(x) dx, then P[D¹] = p_R", "p_R = P[D¹]",
                "the integrand is a gradient projection, not a probability; the estimate that follows bounds P[D¹]"),
            new(FindingKind.Textual, "C proof of Prop 3, end", "|T_1| ≤ 2C_pR/2 … ηp_R (garbled)", "|T_1| ≤ 2RC_p/(ηp_R) as in the statement",
                "the extraction splits the fraction; the statement's form is used"),
            new(FindingKind.ProofStep, "C proof of Prop 3", "there exist β ∈ (0, π/2 − α) with R = 1/(M sin β)",
                "R is any bound with MR ≥ 1 (for MR < 1 R is enlarged to 1/M, p_R = 1/4)", "β < π/2 − α needs 1/(MR) < cos α, which a given R " +
                    "need not satisfy; the check uses p_R = asin(1/(MR))/(2π) for radial densities"),
        ];
        public override Evaluation Evaluate(DynCase x, Context ctx)
        {
            var t = Dyn.Run(x);
            var r = t.MaxNorm;
            var pr = Dyn.PR(1, x.M2, r);
            var cp = Dyn.Cp(x);
            var bound = 2 * r * cp / (x.Eta * pr) * BoundFactor(ctx);
            var t1 = t.Gc.Count(g => !g);
            var (printed, corrected) = PerStepGains(x);
            return Evaluation.RequireAtMost(t1, bound, $"|T_1| on the horizon = {t1} (GC {(t.Gc[^1] ? "holds" : "fails")} at the end), bound 2RC_p/(ηp_R) " +
                $"= {bound:G6}, R = {r:G5}, p_R = {pr:G4}, C_p = {cp:G4}; " + PerStepText("ηp_R/(2C_p)", printed, "ηp_R²/(2C_p)", corrected));
        }

        /// <summary>The proof's per-step gain on T_1, as printed (ηp_R/(2C_p), from the unsquared key inequality) and corrected (ηp_R²/(2C_p)),
        /// with R = max_t |W^(t)| on the horizon: violations, steps checked and the smallest gain/need.</summary>
        public static ((int Violations, int Of, double MinRatio) Printed, (int Violations, int Of, double MinRatio) Corrected) PerStepGains(DynCase x)
        {
            var t = Dyn.Run(x);
            var pr = Dyn.PR(1, x.M2, t.MaxNorm);
            var cp = Dyn.Cp(x);
            return (PerStep(t, Phase(t, false), _ => x.Eta * pr / (2 * cp), x.Eta), PerStep(t, Phase(t, false), _ => x.Eta * pr * pr / (2 * cp), x.Eta));
        }
    }

    public sealed class JProposition3 : DynamicsClaim
    {
        protected override bool Journal => true;
        public override string Id => "LYX.J.Prop3";
        /// <summary>"drop-pr-squared": the bound without its factor 1/p_R² (a dropped factor), C_pR/(vη).</summary>
        public override IReadOnlyList<string> WrongVariants => ["drop-pr-squared"];
        public override string Where => "J Prop 3 and its proof";
        public override string Statement => "b_j = 0, |W^t| ≤ R: the number of iterations at which {w_j : v_{i,j} > 0} does not satisfy GC is |T_1| ≤ C_p " +
            "R/(v η p_R²), p_R = P[D¹] with sin β = 1/(2vM_iR).";
        public override string EvidenceCaveat => "the bound is 10²–10⁵ times the horizon, so the count check is loose (factor reported); the proof's " +
            "per-step inequality Σ_j |w_j^{t+1}| − |w_j^t| ≥ vηp_R²/C_p is checked on every step of T_1 and reported";
        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "J proof of Prop 3", "n = (−cos α, sin α, 0, …, 0), ⟨n, w̃_1⟩ = 0 with w̃_1 = (cos α, sin α, …)",
                "n = (−sin α, cos α, 0, …, 0) (the conference's)", "⟨(−cos α, sin α), (cos α, sin α)⟩ = sin²α − cos²α ≠ 0 in general"),
            new(FindingKind.Textual, "J proof of Prop 3, estimate of p_R", "p_min|S^{d_1−2}|/|S^{d_1−2}| ∫_0^β (sin θ)^{d_1−2} dθ",
                "p_min|S^{d_1−2}|/|S^{d_1−1}| ∫_0^β …", "the line before and the conference have |S^{d−1}| in the denominator"),
            new(FindingKind.Textual, "C Prop 3 vs J Prop 3", "C: |T_1| ≤ 2RC_p/(ηp_R), sin β = 1/(MR); J: |T_1| ≤ C_pR/(vηp_R²), sin β = 1/(2vM_1R)",
                "each version checked as printed", "the journal squares p_R (its key inequality is squared) and carries v"),
        ];
        public override Evaluation Evaluate(DynCase x, Context ctx)
        {
            var t = Dyn.Run(x);
            var r = t.MaxNorm;
            var pr = Dyn.PR(2 * x.V, x.M2, r);
            var cp = Dyn.Cp(x);
            var bound = cp * r / (x.V * x.Eta * (ctx.Is("drop-pr-squared") ? 1 : pr * pr));
            var t1 = t.Gc.Count(g => !g);
            var printed = PerStep(t, Phase(t, false), _ => x.V * x.Eta * pr * pr / cp, x.Eta);
            return Evaluation.RequireAtMost(t1, bound, $"|T_1| on the horizon = {t1}, bound " +
                $"{(ctx.Is("drop-pr-squared") ? "C_pR/(vη)" : "C_pR/(vηp_R²)")} = {bound:G6}, R = {r:G5}, p_R = {pr:G4}; per-step (proof) vηp_R²/C_p: " +
                $"fails at {printed.Violations} of {printed.Of} steps (min gain/need {printed.MinRatio:G3})");
        }
    }

    public sealed class Proposition4 : DynamicsClaim
    {
        public override string Id => "LYX.Prop4";
        public override IReadOnlyList<string> WrongVariants => ["bound-over-10000"];
        public override string Where => "C Prop 4 and its proof";
        public override string Statement => "b = 0, |W^t| ≤ R: Σ_{t ∈ T_2} l(W^(t)) ≤ 2η^{−1} R² M C_p over the iterations T_2 at which the w_j satisfy GC.";
        public override string EvidenceCaveat => "the bound is 10²–10⁵ times the partial sums a run reaches (loose, factor reported); the proof's per-step " +
            "inequality Σ_j |w_j^(t+1)| − |w_j^(t)| ≥ η l/(2RMC_p) is checked on every step of T_2 and reported, with its corrected form";
        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.ProofStep, "C proof of Prop 4", "⟨w̃_j, ∇_{w_j} l⟩ ≥ P[Ω^j]/(2C_p), so the gain is ≥ η l/(2RMC_p)",
                "≥ P[Ω^j]²/(2C_p), so the gain is ≥ η l²/(2k(1 + RM)²C_p) and the proof bounds Σ_{T_2} l², not Σ_{T_2} l (as the journal's Prop 4 does)",
                "the unsquared key inequality is false (LYX.KeyIneq); the printed per-step gain is checked on T_2 and reported"),
            new(FindingKind.ProofStep, "C proof of Prop 4", "l(W, x) is bounded by RM", "l(W; x) ≤ 1 + RM", "the hinge loss is 1 at f = 0 (e.g. W = 0, " +
                "where RM = 0)"),
            new(FindingKind.Textual, "C proof of Prop 4", "l(W^(t)) = ∫_{Ω} l(W^(t), x) dx", "∫_Ω l(W^(t), x) p_1(x) dx", "the density is missing"),
            new(FindingKind.Textual, "C Section 5 text", "'the objective value converges super-linearly to zero' (Section 3) / 'the loss decays " +
                "super-linearly' (before Prop 4)", "not checked: Prop 4 bounds a sum, which implies no rate", "a finite Σ l implies l = o(1) only"),
        ];
        public override Evaluation Evaluate(DynCase x, Context ctx)
        {
            var t = Dyn.Run(x);
            var r = t.MaxNorm;
            var cp = Dyn.Cp(x);
            var bound = 2 * r * r * x.M2 * cp / x.Eta * BoundFactor(ctx);
            var sum = t.Loss.Where((_, i) => t.Gc[i]).Sum();
            var printed = PerStep(t, Phase(t, true), i => x.Eta * t.Loss[i] / (2 * r * x.M2 * cp), x.Eta);
            var corrected = PerStep(t, Phase(t, true), i => x.Eta * t.Loss[i] * t.Loss[i] / (2 * x.KPos * Math.Pow(1 + r * x.M2, 2) * cp), x.Eta);
            return Evaluation.RequireAtMost(sum, bound, $"Σ_{{T_2}} l on the horizon = {sum:G6}, bound = {bound:G6}, |T_2| = {t.Gc.Count(g => g)}, " +
                $"R = {r:G5}; " + PerStepText("ηl/(2RMC_p)", printed, "ηl²/(2k(1+RM)²C_p)", corrected));
        }
    }

    public sealed class JProposition4 : DynamicsClaim
    {
        protected override bool Journal => true;
        public override string Id => "LYX.J.Prop4";
        public override IReadOnlyList<string> WrongVariants => ["bound-over-100000"];
        public override string Where => "J Prop 4 and the remark after it";
        public override string Statement => "b_j = 0, |W^t| ≤ R: Σ_{t ∈ T_2} l_i(W^t)² ≤ 4η^{−1} v n² C_p R² M_i² R; hence l_i(W^t) < ε for some t ∈ T_2 " +
            "once |T_2| ≥ 4vn²C_pR²M_i²R/(ηε).";
        public override string EvidenceCaveat => "the bound is 10²–10⁵ times the partial sums a run reaches (loose, factor reported); the proof's per-step " +
            "inequality Σ_j |w_j^{t+1}| − |w_j^t| ≥ ηl_i²/(4vn²C_pR²M_i²) is checked on every step of T_2 and reported, with its corrected form";
        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.ProofStep, "J proof of Prop 4, last chain", "(vη/C_p)·1/(k_i(n − 1))·(Σ_r P[Ω_{i,r}])² ≥ (vη/(n²C_p))·(Σ_r P[Ω_{i,r}])²",
                "the factor 1/(k_i(n − 1)), which is below 1/n² once k_i(n − 1) > n² (e.g. n = 2 and k_i ≥ 5): the bound should carry k_i(n − 1) " +
                    "for n²", "1/(k_i(n−1)) ≥ 1/n² is false for k_i > n²/(n − 1); the per-step inequality is checked with k_i up to 8"),
            new(FindingKind.ProofStep, "J proof of Prop 4", "σ(1 − f_i + f_r) ≤ 2vRM_i", "≤ 1 + 2vRM_i", "at W = 0 the summand is 1"),
            new(FindingKind.ProofStep, "J text after Prop 4", "to get l_i(W^t) < ε for some t ∈ T_2 we only need |T_2| ≥ 4vn²C_pR²M_i²R/(ηε)",
                "|T_2| > 4vn²C_pR²M_i²R/(ηε²)", "from Σ_{T_2} l_i² ≤ B and l_i ≥ ε on T_2 one gets |T_2| ε² ≤ B, i.e. B/ε², not B/ε (smaller for ε < 1)"),
            new(FindingKind.Textual, "C Prop 4 vs J Prop 4", "C: Σ_{T_2} l ≤ 2η^{−1}R²MC_p; J: Σ_{T_2} l_i² ≤ 4η^{−1}vn²C_pR²M_i²R",
                "each checked as printed", "the journal squares the losses (its key inequality is squared)"),
            new(FindingKind.Textual, "J Prop 4 proof", "k_i is the number of j's such that V_{i,j} > 0", "v_{i,j} > 0", "capital V for the entry v_{i,j}"),
        ];
        public override Evaluation Evaluate(DynCase x, Context ctx)
        {
            var t = Dyn.Run(x);
            var r = t.MaxNorm;
            var n = x.N;
            var cp = Dyn.Cp(x);
            var bound = 4 * x.V * n * n * cp * r * r * x.M2 * x.M2 * r / x.Eta * BoundFactor(ctx);
            var sq = t.Loss.Where((_, i) => t.Gc[i]).Sum(l => l * l);
            var printed = PerStep(t, Phase(t, true), i => x.Eta * t.Loss[i] * t.Loss[i] / (4 * x.V * n * n * cp * r * r * x.M2 * x.M2), x.Eta);
            var corrected = PerStep(t, Phase(t, true), i => x.V * x.Eta * t.Loss[i] * t.Loss[i] /
                (cp * x.KPos * (n - 1) * Math.Pow(1 + 2 * x.V * r * x.M2, 2)), x.Eta);
            return Evaluation.RequireAtMost(sq, bound, $"Σ_{{T_2}} l_i² on the horizon = {sq:G6}, bound = {bound:G6}, R = {r:G5}; " +
                PerStepText("ηl_i²/(4vn²C_pR²M²)", printed, "vηl_i²/(C_pk_i(n−1)(1+2vRM)²)", corrected));
        }
    }
}
