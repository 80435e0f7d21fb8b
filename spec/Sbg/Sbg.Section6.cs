using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using static Verification.Data.Sbg.ClusteredNetworks;

namespace Verification.Spec;

// Section 6: Corollary 6.1, Definitions 6.2 and 6.3; Assumption 6.1 (with (B4) of Section 12) is in Sbg.Section6.Assumption6_1.cs;
// Theorems 6.1 and 6.2 are in Sbg.Section6.Theorem6_1.cs and Sbg.Section6.Theorem6_2.cs, the kernel of (7) in Sbg.Section6.Theorem6_2Kernel.cs.

public static partial class Sbg
{
    // ---------------------------------------------------------------- Corollary 6.1

    /// <summary>Corollary 6.1: a perfectly clustered network (all w⁽ⁱ⁾ equal, all u⁽ⁱ⁾ equal) has a linear decision boundary on all of R^d.</summary>
    public sealed class Corollary6_1 : PropertyClaim<ClusteredCase>
    {
        public override string Id => "SBG.Cor6.1";
        public override string Where => "Definition 6.1, Corollary 6.1 (Section 6.1); proof in Section 10.1";
        public override string Statement => "If w⁽ⁱ⁾ = w⁽ʲ⁾ and u⁽ⁱ⁾ = u⁽ʲ⁾ for all i, j, then sign(N(x)) = sign((w̄ − ū)·x) for all x ∈ R^d.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting =>
            "k = 1..20 identical w-neurons and identical u-neurons, d = 1..10, α ∈ (0, 1) including 1/q and 1 − 1/q, weights scaled by 2^±e; "
            + "any x including the boundary (w̄ − ū)·x = 0, the kinks w·x = 0 and u·x = 0, x = 0, w = u and zero neurons";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Leaky, AlphaAbove1, VPositive,
            new("perfect", "perfectly clustered (r = 0)", "clusters of radius r ≤ 2 around their means", Expectation.Counterexample,
                "k = 2, d = 1, W = [(0); (0)], U = [(1); (−1)], x = (1): (w̄ − ū)·x = 0 but N(x) = −v(1 − α) ≠ 0"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["relu-activation"];

        public override ClusteredCase Generate(Choices c, Context ctx)
        {
            // Without perfect clustering, the statement is Theorem 5.1 with the region dropped: any x, clusters of radius r.
            if (ctx.Weak("perfect")) return ClusteredInRegion(c, ctx with { Weakened = "region" });
            var d = WideDimension(c);
            var k = c.Int(0, 4) == 4 ? c.Int(9, 20) : c.Int(1, 8);
            var alpha = AlphaAcrossRange(c, ctx);
            var v = V(c, ctx);
            var xHat = RationalSphere.UnitVector(c, d);
            var x = Vec.Scale(c.In(Interval.Closed(0, 4), 8), xHat);
            // in the frame of x: u = p·x̂ + u⊥, w = q·x̂ + w⊥; p = 0 or q = 0 puts a neuron on its kink, q = p puts x on the boundary
            var p = c.SmallRational(6, 4);
            var u = Vec.Add(Vec.Scale(p, xHat), RationalSphere.Orthogonal(c, xHat));
            var w = Vec.Add(Vec.Scale(c.SmallRational(6, 4), xHat), RationalSphere.Orthogonal(c, xHat));
            switch (c.Int(0, 5))
            {
                case 3: w = Vec.Add(Vec.Scale(p, xHat), RationalSphere.Orthogonal(c, xHat)); break; // (w̄ − ū)·x = 0
                case 4: w = u; break;                                                                // w̄ = ū: N ≡ 0
                case 5: if (c.Bool()) w = Zeros(d); else u = Zeros(d); break;                        // a zero neuron
            }
            var s = ScaleFactor(c);
            (w, u) = (Vec.Scale(s, w), Vec.Scale(s, u));
            var net = new LeakyReluNetwork<Rational>(Enumerable.Repeat(w, k).ToList(), Enumerable.Repeat(u, k).ToList(), v, alpha);
            return new ClusteredCase(net, net.WBar, net.UBar, Rational.Zero, x);
        }

        private static Rational[] Zeros(int d) => Enumerable.Repeat(Rational.Zero, d).ToArray();

        /// <summary>Perfectly clustered (all w⁽ⁱ⁾ equal, all u⁽ⁱ⁾ equal), 0 &lt; α &lt; 1, v &gt; 0, r = 0 and the centres the means.</summary>
        public static bool HypothesesHold(ClusteredCase x) =>
            // r = 0 with every neuron within r of its centre (the mean): all w⁽ⁱ⁾ equal and all u⁽ⁱ⁾ equal
            x.R.Sign == 0 && ClusteredHypothesesHold(x, 0, inRegion: false);

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("x-zero", "Corollary 6.1: 'for all x ∈ R^d'", 0.03, "x = 0"),
            new("boundary", "Corollary 6.1: the decision boundary itself, (w̄ − ū)·x = 0", 0.05, "(w̄ − ū)·x = 0 with x ≠ 0"),
            new("w-equals-u", "Definition 6.1 allows w = u: N ≡ 0", 0.03, "w̄ = ū"),
            new("zero-neuron", "Definition 6.1 allows a zero neuron", 0.03, "w = 0 or u = 0"),
            new("kink", "Section 10.1: Proposition 10.1 with r = 0 covers only C±± (strict signs)", 0.05,
                "w·x = 0 or u·x = 0 with x ≠ 0: in none of the four regions"),
            new("region-pp", "Proposition 10.1, C₊⁺", 0.05, "w·x > 0 and u·x > 0"),
            new("region-mm", "Proposition 10.1, C₋⁻", 0.05, "w·x < 0 and u·x < 0"),
            new("region-pm", "Proposition 10.1, C₊⁻", 0.05, "w·x > 0 and u·x < 0"),
            new("region-mp", "Proposition 10.1, C₋⁺", 0.05, "w·x < 0 and u·x > 0"),
            new("k-1", "Definition 6.1 with k = 1", 0.03, "one neuron per type"),
            new("k-large", "Definition 6.1: any k", 0.05, "k ≥ 9"),
            new("d-large", "Corollary 6.1: x ∈ R^d, any d", 0.05, "d ≥ 5"),
            new("alpha-near-0", "Eq. (1): 0 < α < 1, near ReLU", 0.05, "α ≤ 1/20"),
            new("alpha-near-1", "Eq. (1): 0 < α < 1", 0.05, "α ≥ 19/20"),
            new("scale-tiny", "Corollary 6.1: any scale of the weights", 0.03, "0 < max(‖w‖, ‖u‖) ≤ 1/1024"),
            new("scale-huge", "Corollary 6.1: any scale of the weights", 0.03, "max(‖w‖, ‖u‖) ≥ 1024"),
        ];

        public override IEnumerable<string> Classify(ClusteredCase x)
        {
            var w = x.Net.W[0];
            var u = x.Net.U[0];
            var x2 = Vec.NormSquared<Rational>(x.X);
            var (wx, ux) = (Vec.Dot<Rational>(w, x.X).Sign, Vec.Dot<Rational>(u, x.X).Sign);
            if (x2.Sign == 0) yield return "x-zero";
            if (x2.Sign > 0 && Vec.Dot<Rational>(x.A, x.X).Sign == 0) yield return "boundary";
            if (w.SequenceEqual(u)) yield return "w-equals-u";
            if (w.All(e => e.Sign == 0) || u.All(e => e.Sign == 0)) yield return "zero-neuron";
            if (x2.Sign > 0 && (wx == 0 || ux == 0)) yield return "kink";
            if (wx > 0 && ux > 0) yield return "region-pp";
            if (wx < 0 && ux < 0) yield return "region-mm";
            if (wx > 0 && ux < 0) yield return "region-pm";
            if (wx < 0 && ux > 0) yield return "region-mp";
            if (x.Net.K == 1) yield return "k-1";
            if (x.Net.K >= 9) yield return "k-large";
            if (x.Net.Dimension >= 5) yield return "d-large";
            if (x.Net.Alpha <= new Rational(1, 20)) yield return "alpha-near-0";
            if (x.Net.Alpha >= new Rational(19, 20)) yield return "alpha-near-1";
            var big = Rational.MaxMagnitude(Vec.NormSquared<Rational>(w), Vec.NormSquared<Rational>(u));
            if (big.Sign > 0 && big <= TinyScale * TinyScale) yield return "scale-tiny";
            if (big * TinyScale * TinyScale >= 1) yield return "scale-huge";
        }

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.ProofStep, "Section 10.1, proof of Corollary 6.1",
                "'the corollary follows by Proposition 10.1 with r = 0'",
                "Proposition 10.1's four regions C±± (strict signs of w·x and u·x) extended to the kinks w·x = 0 and u·x = 0",
                "with r = 0 Lemma 10.1 claims w·x > 0 or w·x < 0 whenever |w̄·x| ≥ 0, false on the hyperplane w·x = 0, so the proof misses those x; "
                + "the statement survives because σ(0) = 0 (class kink)"),
            new(FindingKind.Textual, "Corollary 6.1", "'its decision boundary is linear for all x ∈ R^d' (sign(0) not defined)",
                "sign N(x) = sign((w̄ − ū)·x) for every x, with sign(0) = 0: N vanishes exactly on the hyperplane (everywhere when w̄ = ū)",
                "the only reading that makes a statement about the boundary itself; w = u (N ≡ 0) is allowed by Definition 6.1"),
        ];

        public override string Describe(ClusteredCase x) => x.ToString();

        public override Evaluation Evaluate(ClusteredCase x, Context ctx)
        {
            var net = ctx.Is("relu-activation") ? new LeakyReluNetwork<Rational>(x.Net.W, x.Net.U, x.Net.V, Rational.Zero) : x.Net;
            var ax = Vec.Dot<Rational>(x.A, x.X);
            var n = net.Output(x.X);
            return Evaluation.Require(Sign(n) == Sign(ax), Theorem5_1.Violation(n, ax, x), $"N(x) = {n}, (w̄ − ū)·x = {ax}");
        }

        public override Evaluation? EvaluateInDouble(ClusteredCase x, Context ctx)
        {
            var net = x.Net.ToDouble();
            var xd = Vec.ToDouble(x.X);
            var ax = Vec.Dot<double>(Vec.Sub(net.WBar, net.UBar), xd);
            var n = net.Output(xd);
            return Evaluation.Require(Sign(n) == Sign(ax), Math.Abs(n) + Math.Abs(ax), $"double: N(x) = {n:R}, (w̄ − ū)·x = {ax:R}");
        }
    }

    // ---------------------------------------------------------------- Definitions 6.2 and 6.3 (NAR, PAR)

    /// <summary>A training set, a network's neurons, a margin β and sign vectors c^w, c^u, with what the construction intends.</summary>
    public sealed record RegimeCase(
        Dataset<Rational> S, Rational[][] W, Rational[][] U, Rational V, Rational Alpha, Rational Beta, int[] Cw, int[] Cu, bool Intended)
    {
        public override string ToString() =>
            $"S = [{string.Join("; ", S.X.Select((x, i) => $"{Vec.Format(x)}:{S.Y[i]:+0;-0}"))}], w* = {Vec.Format(S.Teacher!)}, "
            + $"W = [{string.Join("; ", W.Select(Vec.Format))}], U = [{string.Join("; ", U.Select(Vec.Format))}], v = {V}, α = {Alpha}, β = {Beta}, "
            + $"c^w = ({string.Join(", ", Cw)}), c^u = ({string.Join(", ", Cu)}), constructed {(Intended ? "inside" : "outside")}";
    }

    /// <summary>c·ŵ·x ≥ β decided exactly without square roots: c·w·x ≥ 0 and (w·x)² ≥ β²‖w‖² (β ≥ 0).</summary>
    public static bool AtLeastBeta(Rational[] w, Rational[] x, int c, Rational beta, bool ignoreSign = false)
    {
        var p = c * Vec.Dot<Rational>(w, x);
        return (ignoreSign || p.Sign >= 0) && p * p >= beta * beta * Vec.NormSquared<Rational>(w);
    }

    /// <summary>Membership of W in the NAR (β, c^w, c^u) of Definition 6.2, exactly.</summary>
    public static bool InNar(RegimeCase x, bool ignoreSign = false) =>
        Enumerable.Range(0, x.S.N).All(i =>
            x.W.All(w => AtLeastBeta(w, x.S.X[i], x.Cw[i], x.Beta, ignoreSign)) && x.U.All(u => AtLeastBeta(u, x.S.X[i], x.Cu[i], x.Beta, ignoreSign)));

    /// <summary>A rational lower bound of √q (q ≥ 0): q / B with B ≥ √q.</summary>
    public static Rational SqrtLowerBound(Rational q) => q.Sign <= 0 ? Rational.Zero : q / SquareRootUpperBound(q);

    public sealed class Definition6_2 : PropertyClaim<RegimeCase>
    {
        public override string Id => "SBG.Def6.2";
        public override string Where => "Definitions 6.2 and 6.3 (Section 6)";
        public override string Statement =>
            "W is in the NAR (β, c^w, c^u) iff c^w_i ŵ⁽ˡ⁾·xᵢ ≥ β and c^u_i û⁽ˡ⁾·xᵢ ≥ β for all i, l; PAR(β) is the NAR (β, y, −y): "
            + "all w-neurons classify S like w* and all u-neurons like −w* (so the network classifies S correctly), "
            + "and the NAR is invariant under rescaling each neuron by a positive factor.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting =>
            "S separable with margin 1 for w* (d = 1..6, n = 1..8, rational); k = 1..8 neurons λ_l g + small z around the PAR's directions "
            + "g = ±w* or around two other directions (an NAR that is not the PAR), or rational unit directions; β strictly below, exactly at "
            + "or strictly above the exact minimal normalised product; or one sign of c^w or c^u flipped (outside by construction)";
        public override string Trust =>
            "membership decided exactly on squares (c·w·x ≥ 0 and (w·x)² ≥ β²‖w‖²), compared with what the construction intends; "
            + "the double evaluation tests the normalised vectors ŵ·x ≥ β as printed";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("beta-positive", "β > 0 (and ŵ defined, so w ≠ 0)", "β = 0 with zero neurons allowed", Expectation.Counterexample,
                "on squares a zero neuron satisfies every c·w·x ≥ 0·‖w‖, so the all-zero network is in PAR(0) but classifies nothing: N = 0"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["no-sign"];

        /// <summary>
        /// Widened for coverage: d up to 6, n up to 8, k up to 8, α across (0, 1); the neurons agree with the PAR's directions
        /// (±w*) or with two other directions g, h (an NAR that is not the PAR, c^w = sign(g·x), c^u = sign(h·x)); β strictly
        /// below the smallest normalised product, exactly equal to it when that is a rational square, or strictly above it
        /// (outside); or one sign of c^w or c^u flipped (outside).
        /// </summary>
        public override RegimeCase Generate(Choices c, Context ctx)
        {
            var s = SeparableData.Exact(c, WideDimension(c, 6), c.Int(0, 4) == 4 ? c.Int(6, 8) : c.Int(1, 5));
            var wStar = s.Teacher!;
            var k = c.Int(0, 4) == 4 ? c.Int(5, 8) : c.Int(1, 4);
            var alpha = AlphaAcrossRange(c, ctx);
            var v = V(c, ctx);
            var par = c.Int(0, 2) == 0;
            Rational[] Direction(Rational[] fallback)
            {
                var g = c.SmallVector(s.Dimension, 3, 2);
                return s.X.Any(x => Vec.Dot<Rational>(g, x).Sign == 0) ? fallback : g; // no zero product: a strict sign pattern
            }
            var gw = par ? wStar : Direction(wStar);
            var gu = par ? Vec.Scale(Rational.NegativeOne, wStar) : Direction(Vec.Scale(Rational.NegativeOne, wStar));
            Rational[] Neuron(Rational[] g)
            {
                var lambda = c.In(Interval.Closed(new Rational(1, 4), 2), 4);
                var z = c.SmallVector(s.Dimension, 4, 2);
                var worst = s.X.Select(x => Rational.Abs(Vec.Dot<Rational>(z, x))).Max();
                var least = s.X.Select(x => Rational.Abs(Vec.Dot<Rational>(g, x))).Min();
                var t = lambda * least / (2 * worst + 1); // |t·z·x| < λ·|g·x|/2: the sign pattern of g survives
                return Vec.Add(Vec.Scale(lambda, g), Vec.Scale(t, z));
            }
            var w = Enumerable.Range(0, k).Select(_ => Neuron(gw)).ToArray();
            var u = Enumerable.Range(0, k).Select(_ => Neuron(gu)).ToArray();
            var zero = ctx.Weak("beta-positive") && c.Bool();
            if (zero)
            {
                w = w.Select(r => r.Select(_ => Rational.Zero).ToArray()).ToArray();
                u = u.Select(r => r.Select(_ => Rational.Zero).ToArray()).ToArray();
            }
            var cw = s.X.Select(x => Vec.Dot<Rational>(gw, x).Sign).ToArray();
            var cu = s.X.Select(x => Vec.Dot<Rational>(gu, x).Sign).ToArray();
            var mode = c.Int(0, 3);
            if (mode == 2 && !zero)
            {
                // rational unit directions (times λ): every normalised product is rational, so β can equal the smallest exactly
                w = w.Select(n => RationalDirection(n, s.X)).ToArray();
                u = u.Select(n => RationalDirection(n, s.X)).ToArray();
            }
            // the exact smallest margin min |n·x|²/‖n‖² over neurons and points; β below, at or above its square root
            var q = zero ? Rational.Zero
                : w.Concat(u).SelectMany(n => s.X.Select(x => Vec.Dot<Rational>(n, x) * Vec.Dot<Rational>(n, x) / Vec.NormSquared<Rational>(n))).Min();
            var above = !ctx.Weak("beta-positive") && mode == 3;
            var beta = ctx.Weak("beta-positive") ? Rational.Zero
                : above ? SquareRootUpperBound(q) * (1 + c.In(Interval.OpenClosed(0, 1), 8))
                : mode == 2 && ExactSqrt(q) is { } root ? root
                : SqrtLowerBound(q) * c.In(Interval.Open(0, 1), 8);
            var intended = !above;
            if (mode < 2 && c.Bool() && !zero)
            {
                var i = c.Int(0, s.N - 1);
                if (c.Bool()) cw[i] = -cw[i]; else cu[i] = -cu[i];
                intended = false;
            }
            return new RegimeCase(s, w, u, v, alpha, beta, cw, cu, intended);
        }

        /// <summary>
        /// A rational unit vector near n̂ (inverse stereographic projection of n̂'s parameters rounded to 1/1024, from the pole
        /// farther from n̂), scaled by ‖n‖ rounded to 1/64; n itself when the rounding would change a sign of n·xᵢ.
        /// </summary>
        public static Rational[] RationalDirection(Rational[] n, IReadOnlyList<Rational[]> xs)
        {
            var d = n.Length;
            var nd = Vec.ToDouble(n);
            var norm = Math.Sqrt(Vec.NormSquared<double>(nd));
            var lambda = new Rational((System.Numerics.BigInteger)Math.Max(1, Math.Round(norm * 64)), 64);
            Rational[] e;
            if (d == 1) e = [n[0].Sign > 0 ? Rational.One : Rational.NegativeOne];
            else
            {
                var flip = nd[d - 1] > 0 ? -1 : 1; // project from the pole e_d on the side away from n̂: |t| stays ≤ 1
                var p = nd.Select(v => flip * v / norm).ToArray();
                var t = p[..(d - 1)].Select(pi => new Rational((System.Numerics.BigInteger)Math.Round(pi / (1 - p[d - 1]) * 1024), 1024)).ToList();
                e = Vec.Scale<Rational>(flip, RationalSphere.UnitVector(t, d));
            }
            var candidate = Vec.Scale(lambda, e);
            return xs.All(x => Vec.Dot<Rational>(candidate, x).Sign == Vec.Dot<Rational>(n, x).Sign) ? candidate : n;
        }

        /// <summary>√q when q is the square of a rational (numerator and denominator perfect squares), else null. Hand-written:
        /// neither BigInteger nor MathNet has an exact integer square root.</summary>
        public static Rational? ExactSqrt(Rational q)
        {
            static System.Numerics.BigInteger? Root(System.Numerics.BigInteger n)
            {
                if (n.Sign < 0) return null;
                if (n.IsZero) return n;
                // a start from double (above its range: 2^⌈bits/2⌉ ≥ √n), then Newton steps to the exact floor root
                var bits = (int)n.GetBitLength();
                var x = bits < 1000 ? (System.Numerics.BigInteger)Math.Sqrt((double)n) : System.Numerics.BigInteger.One << ((bits + 1) / 2);
                for (var i = 0; i < 200; i++)
                {
                    var y = (x + n / x) / 2;
                    if (System.Numerics.BigInteger.Abs(y - x) <= 1) { x = y; break; }
                    x = y;
                }
                while (x * x > n) x--;
                while ((x + 1) * (x + 1) <= n) x++;
                return x * x == n ? x : null;
            }
            return Root(q.Numerator) is { } a && Root(q.Denominator) is { } b ? new Rational(a, b) : null;
        }

        /// <summary>The hypotheses of Definition 6.2 on a case: β &gt; 0, every neuron non-zero (ŵ defined), c^w, c^u ∈ {±1}^n,
        /// S separable with margin 1 by w* (yᵢw*·xᵢ ≥ 1), 0 &lt; α &lt; 1, v &gt; 0.</summary>
        public static bool HypothesesHold(RegimeCase x) =>
            x.Beta.Sign > 0 && x.W.Concat(x.U).All(n => n.Any(e => e.Sign != 0))
            && x.Cw.Concat(x.Cu).All(c => c is 1 or -1) && x.Cw.Length == x.S.N && x.Cu.Length == x.S.N
            && Enumerable.Range(0, x.S.N).All(i => x.S.Y[i] * Vec.Dot<Rational>(x.S.Teacher!, x.S.X[i]) >= 1)
            && x.Alpha.Sign > 0 && x.Alpha < 1 && x.V.Sign > 0;

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("beta-at-equality", "Definition 6.2: c·ŵ·xᵢ ≥ β at equality (the NAR is closed)", 0.03,
                "a member with some c·ŵ·xᵢ = β exactly"),
            new("beta-just-above", "Definition 6.2: ≥ β just outside", 0.10, "signs agree with c^w, c^u but β exceeds the smallest normalised product"),
            new("sign-flipped", "Definition 6.2: cᵢ ∈ {±1} decides the side", 0.10, "one sign of c^w or c^u disagrees with the neurons"),
            new("par-member", "Definition 6.3: PAR(β) = NAR(β, y, −y)", 0.10, "in the PAR"),
            new("nar-not-par", "Definition 6.2 vs 6.3 (Section 17: an NAR that is not a PAR)", 0.10, "in an NAR with (c^w, c^u) ≠ (y, −y)"),
            new("n-1", "Definition 6.2 with one training point", 0.03, "n = 1"),
            new("n-large", "Definition 6.2: any n", 0.05, "n ≥ 6"),
            new("k-1", "Definition 6.2 with k = 1", 0.03, "one neuron per type"),
            new("k-large", "Definition 6.2: 1 ≤ l ≤ k, any k", 0.05, "k ≥ 5"),
            new("d-large", "Definition 6.2: xᵢ ∈ R^d, any d", 0.05, "d ≥ 5"),
            new("alpha-near-0", "Eq. (1): 0 < α < 1 (the PAR's network margin)", 0.05, "α ≤ 1/20"),
            new("alpha-near-1", "Eq. (1): 0 < α < 1 (the PAR's network margin)", 0.05, "α ≥ 19/20"),
        ];

        public override IEnumerable<string> Classify(RegimeCase x)
        {
            var member = InNar(x);
            var isPar = x.Cw.SequenceEqual(x.S.Y) && x.Cu.SequenceEqual(x.S.Y.Select(y => -y));
            var products = Enumerable.Range(0, x.S.N).SelectMany(i =>
                x.W.Select(w => (n: w, p: x.Cw[i] * Vec.Dot<Rational>(w, x.S.X[i])))
                    .Concat(x.U.Select(u => (n: u, p: x.Cu[i] * Vec.Dot<Rational>(u, x.S.X[i]))))).ToList();
            var signsAgree = products.All(t => t.p.Sign > 0);
            if (member && products.Any(t => t.p * t.p == x.Beta * x.Beta * Vec.NormSquared<Rational>(t.n))) yield return "beta-at-equality";
            if (!member && signsAgree) yield return "beta-just-above";
            if (!signsAgree) yield return "sign-flipped";
            if (member && isPar) yield return "par-member";
            if (member && !isPar) yield return "nar-not-par";
            if (x.S.N == 1) yield return "n-1";
            if (x.S.N >= 6) yield return "n-large";
            if (x.W.Length == 1) yield return "k-1";
            if (x.W.Length >= 5) yield return "k-large";
            if (x.S.Dimension >= 5) yield return "d-large";
            if (x.Alpha <= new Rational(1, 20)) yield return "alpha-near-0";
            if (x.Alpha >= new Rational(19, 20)) yield return "alpha-near-1";
        }

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Definition 6.2", "c_i^w ŵ⁽ˡ⁾·xᵢ ≥ β with ŵ = w/‖w‖ (undefined for w = 0)",
                "decided on squares: c·w·x ≥ 0 and (w·x)² ≥ β²‖w‖², which admits a zero neuron into every NAR; generated neurons are never zero",
                "exact without square roots; the two readings agree on every non-zero neuron (HypothesesHold requires them)"),
            new(FindingKind.ProofStep, "Section 13 (proof of Theorem 6.1)", "'From the definition of the NAR it's easy to see that the NAR is a closed domain'",
                "closed only on parameters whose neurons are all non-zero",
                "w_t = w/t lies in the NAR for every t ≥ 1 (the NAR is a cone) but its limit w = 0 has no ŵ, so the set is not closed in R^{2kd}; "
                + "the proof needs the limit of θ̂_t to keep every neuron non-zero, which it does not show"),
        ];

        public override string Describe(RegimeCase x) => x.ToString();

        public override Evaluation Evaluate(RegimeCase x, Context ctx)
        {
            var member = InNar(x, ignoreSign: ctx.Is("no-sign"));
            if (member != x.Intended) return Evaluation.Fails(1,
                $"exact membership {member}, but the case was constructed {(x.Intended ? "inside" : "outside")}");
            // cone: rescaling each neuron by its own positive factor keeps membership
            var scaled = x with
            {
                W = x.W.Select((w, l) => Vec.Scale(new Rational(l + 2, 3), w)).ToArray(),
                U = x.U.Select((u, l) => Vec.Scale(new Rational(3, l + 2), u)).ToArray(),
            };
            if (InNar(scaled, ctx.Is("no-sign")) != member) return Evaluation.Fails(1, "membership changed under positive rescaling of the neurons");
            var isPar = x.Cw.SequenceEqual(x.S.Y) && x.Cu.SequenceEqual(x.S.Y.Select(y => -y));
            if (!member || !isPar) return Evaluation.Holds($"member = {member}, PAR = {isPar}");
            var net = new LeakyReluNetwork<Rational>(x.W, x.U, x.V, x.Alpha);
            for (var i = 0; i < x.S.N; i++)
            {
                var xi = x.S.X[i];
                var y = x.S.Y[i];
                if (x.W.Any(w => Vec.Dot<Rational>(w, xi).Sign != y) || x.U.Any(u => Vec.Dot<Rational>(u, xi).Sign != -y))
                    return Evaluation.Fails(1, $"in PAR(β) but a neuron does not classify x{i} like ±w*");
                var margin = y * net.Output(xi);
                if (margin.Sign <= 0) return Evaluation.Fails(1 - margin.ToDouble(), $"in PAR(β) but y{i}N(x{i}) = {margin} ≤ 0");
            }
            return Evaluation.Holds("in PAR(β); every neuron and the network classify S correctly");
        }

        public override Evaluation? EvaluateInDouble(RegimeCase x, Context ctx)
        {
            var beta = x.Beta.ToDouble();
            bool Test(Rational[] n, Rational[] p, int c)
            {
                var nd = Vec.ToDouble(n);
                var norm = Math.Sqrt(Vec.NormSquared<double>(nd));
                return c * Vec.Dot<double>(nd, Vec.ToDouble(p)) / norm >= beta;
            }
            var member = Enumerable.Range(0, x.S.N).All(i => x.W.All(w => Test(w, x.S.X[i], x.Cw[i])) && x.U.All(u => Test(u, x.S.X[i], x.Cu[i])));
            return Evaluation.Require(member == x.Intended, 1,
                $"double (normalised vectors): membership {member}, constructed {(x.Intended ? "inside" : "outside")}");
        }
    }
}
