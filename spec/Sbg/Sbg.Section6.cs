using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using static Verification.Data.Sbg.ClusteredNetworks;

namespace Verification.Spec;

// Section 6: Corollary 6.1, Definitions 6.2 and 6.3, Assumption 6.1 (with (B4) of Section 12);
// Theorems 6.1 and 6.2 are in Sbg.Section6.Theorem6_1.cs and Sbg.Section6.Theorem6_2.cs.

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
            "k = 1..8 identical w-neurons and identical u-neurons, d = 1..4, any x including the boundary (w̄ − ū)·x = 0 and x = 0";
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
            var d = c.Int(1, 4);
            var k = c.Int(1, 8);
            var alpha = Alpha(c, ctx);
            var v = V(c, ctx);
            var xHat = RationalSphere.UnitVector(c, d);
            var x = Vec.Scale(c.In(Interval.Closed(0, 4), 8), xHat);
            var u = c.SmallVector(d, 6, 4);
            var a = Vec.Add(Vec.Scale(c.SmallRational(6, 4), xHat), RationalSphere.Orthogonal(c, xHat)); // a·x̂ = 0 first when shrinking
            var w = Vec.Add(u, a);
            var net = new LeakyReluNetwork<Rational>(Enumerable.Repeat(w, k).ToList(), Enumerable.Repeat(u, k).ToList(), v, alpha);
            return new ClusteredCase(net, net.WBar, net.UBar, Rational.Zero, x);
        }

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
    internal static Rational SqrtLowerBound(Rational q) => q.Sign <= 0 ? Rational.Zero : q / SquareRootUpperBound(q);

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
            "S separable with margin 1 for w* (d = 1..3, n = 1..5, rational); k = 1..4 neurons w⁽ˡ⁾ = λ_l w* + small z, "
            + "u⁽ˡ⁾ = −μ_l w* + small z' (inside the PAR by construction), β a rational below the exact minimal margin; "
            + "or one sign of c^w or c^u flipped (outside by construction)";
        public override string Trust =>
            "membership decided exactly on squares (c·w·x ≥ 0 and (w·x)² ≥ β²‖w‖²), compared with what the construction intends; "
            + "the double evaluation tests the normalised vectors ŵ·x ≥ β as printed";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("beta-positive", "β > 0 (and ŵ defined, so w ≠ 0)", "β = 0 with zero neurons allowed", Expectation.Counterexample,
                "on squares a zero neuron satisfies every c·w·x ≥ 0·‖w‖, so the all-zero network is in PAR(0) but classifies nothing: N = 0"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["no-sign"];

        public override RegimeCase Generate(Choices c, Context ctx)
        {
            var s = SeparableData.Exact(c, c.Int(1, 3), c.Int(1, 5));
            var wStar = s.Teacher!;
            var k = c.Int(1, 4);
            var alpha = Alpha(c, ctx);
            var v = V(c, ctx);
            Rational[] Neuron(int sign)
            {
                var lambda = c.In(Interval.Closed(new Rational(1, 4), 2), 4);
                var z = c.SmallVector(s.Dimension, 4, 2);
                var worst = s.X.Select(x => Rational.Abs(Vec.Dot<Rational>(z, x))).Max();
                var t = lambda / (2 * worst + 1); // |t·z·x| < λ/2 ≤ λ·y w*·x / 2
                return Vec.Add(Vec.Scale(sign * lambda, wStar), Vec.Scale(t, z));
            }
            var w = Enumerable.Range(0, k).Select(_ => Neuron(1)).ToArray();
            var u = Enumerable.Range(0, k).Select(_ => Neuron(-1)).ToArray();
            var zero = ctx.Weak("beta-positive") && c.Bool();
            if (zero)
            {
                w = w.Select(r => r.Select(_ => Rational.Zero).ToArray()).ToArray();
                u = u.Select(r => r.Select(_ => Rational.Zero).ToArray()).ToArray();
            }
            var cw = s.Y.ToArray();
            var cu = s.Y.Select(y => -y).ToArray();
            // the exact smallest margin min |n·x|²/‖n‖² over neurons and points, and β strictly below its square root
            var q = zero ? Rational.Zero
                : w.Concat(u).SelectMany(n => s.X.Select(x => Vec.Dot<Rational>(n, x) * Vec.Dot<Rational>(n, x) / Vec.NormSquared<Rational>(n))).Min();
            var beta = ctx.Weak("beta-positive") ? Rational.Zero : SqrtLowerBound(q) * c.In(Interval.Open(0, 1), 8);
            var intended = true;
            if (c.Bool() && !zero)
            {
                var i = c.Int(0, s.N - 1);
                if (c.Bool()) cw[i] = -cw[i]; else cu[i] = -cu[i];
                intended = false;
            }
            return new RegimeCase(s, w, u, v, alpha, beta, cw, cu, intended);
        }

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

    // ---------------------------------------------------------------- Assumption 6.1 and (B4)

    /// <summary>The margins qᵢ = yᵢN_θ(xᵢ) of a training set of n points: the assumptions of Section 6 depend on θ only through them.</summary>
    public sealed record MarginsCase(Rational[] Q)
    {
        public override string ToString() => $"n = {Q.Length}, margins q = {Vec.Format(Q)}";
        public double SumLoss => Q.Sum(q => CrossEntropy.Loss(q.ToDouble()));
    }

    public sealed class Assumption6_1 : PropertyClaim<MarginsCase>
    {
        public override string Id => "SBG.Assumption6.1";
        public override string Where => "Assumption 6.1 (Section 6) and Section 12, (B4)";
        public override string Statement =>
            "Assumption 6.1, L_S(θ_{t₀}) < 1/n, is (B4) of Lyu & Li (2020) for the logistic loss: "
            + "L(θ_{t₀}) < e^(−f(b_f)) = ℓ(b_f) with b_f = 0 (L the summed loss), "
            + "so that the gradient-flow results apply — in particular the training set is then classified correctly and the smoothed margin (5) is positive.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting =>
            "n = 1..6 training points given by their margins qᵢ = yᵢN(xᵢ) (the assumption depends on θ only through them): q₁ ∈ [−1/2, 4], "
            + "the others ≥ n + 8, so n·L_S ≤ ℓ(−1/2) + 10⁻⁴ < 1 by construction";
        public override string Trust => "Σℓ(qᵢ) in double with log1p (error ≲ 1e−15) compared with log 2; cases within 1e−12 of the threshold are inconclusive";
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "Assumption 6.1 is weaker than (B4), which Section 12 says it is. (B4) with ℓ(q) = e^(−f(q)), "
            + "f(q) = −log log(1 + e^(−q)) and b_f = 0 (Section 12) requires the summed loss Σℓ(qᵢ) = n·L_S below ℓ(0) = log 2, i.e. L_S < (log 2)/n; "
            + "Assumption 6.1 allows (log 2)/n ≤ L_S < 1/n, where a training point can be misclassified (ℓ(qᵢ) ≥ log 2 ⇔ qᵢ ≤ 0) and the smoothed margin "
            + "(5) is ≤ 0, so the monotonicity and KKT results of Lyu & Li cannot be invoked.",
            "n = 1, q₁ = y₁N(x₁) = −1/4 (e.g. k = 1, d = 1, v = 1, α = 1/2, w = (0), u = (1/4), x = (1), y = +1): "
            + "L_S = log(1 + e^{1/4}) ≈ 0.826 < 1 = 1/n, but (B4) needs L < log 2 ≈ 0.693, "
            + "the point is misclassified and γ̃ = −log(e^{0.826} − 1)/‖θ‖ < 0 (q₁ = 0 is the boundary case: L_S = log 2 exactly)",
            "Assumption 6.1 with the threshold (log 2)/n: L_S(θ_{t₀}) < (log 2)/n is (B4); it implies yᵢN(xᵢ) > 0 for all i and γ̃(θ_{t₀}) > 0");
        public override Claim Corrected => new Assumption6_1Corrected(this);
        public override IReadOnlyList<string> WrongVariants => ["threshold-2"];
        public override MarginsCase Generate(Choices c, Context ctx) => Margins(c, Interval.Closed(new Rational(-1, 2), 4));
        public override string Describe(MarginsCase x) => x.ToString();

        public override Evaluation Evaluate(MarginsCase x, Context ctx)
        {
            var sum = x.SumLoss;
            if (!(sum < 1 - LossTolerance)) throw new InvalidOperationException($"generator bug: n·L_S = {sum} is not below 1");
            var threshold = ctx.Is("threshold-2") ? 2.0 : Math.Log(2);
            return ConsequencesOfB4(x, sum, threshold);
        }

        internal static Evaluation ConsequencesOfB4(MarginsCase x, double sum, double threshold)
        {
            if (Math.Abs(sum - threshold) < LossTolerance) return Evaluation.Inconclusive($"Σℓ(qᵢ) = {sum:R} within rounding of {threshold:R}");
            var b4 = sum < threshold;
            var classified = x.Q.All(q => q.Sign > 0);
            var smoothed = -Math.Log(CrossEntropy.Expm1(sum)); // ‖θ‖·γ̃
            var detail = $"n·L_S = Σℓ(qᵢ) = {sum:R}, (B4) Σℓ < log 2: {b4}, all qᵢ > 0: {classified}, ‖θ‖·γ̃ = {smoothed:R}";
            return Evaluation.Require(b4 && classified && smoothed > 0, Math.Max(sum - Math.Log(2), 1e-12), detail);
        }

        /// <summary>q₁ in the given interval; every other margin in [n + 8, n + 20], whose losses sum to less than (n − 1)e^(−n−8).</summary>
        internal static MarginsCase Margins(Choices c, Interval first)
        {
            var n = c.Int(1, 6);
            var q = new Rational[n];
            q[0] = c.In(first, 8);
            for (var i = 1; i < n; i++) q[i] = n + 8 + c.In(Interval.Closed(0, 12), 4);
            return new MarginsCase(q);
        }

        /// <summary>The rounding error allowed when comparing Σℓ(qᵢ) (double, ≤ 7 terms of relative error ~1e−16) with a constant.</summary>
        internal const double LossTolerance = 1e-12;
    }

    public sealed class Assumption6_1Corrected(Claim printed) : CorrectedStatement<MarginsCase>(printed)
    {
        public override string Where => "Assumption 6.1 with the threshold (log 2)/n";
        public override string Statement =>
            "If L_S(θ) < (log 2)/n then (B4) holds (Σℓ(qᵢ) < ℓ(0) = log 2), every qᵢ = yᵢN(xᵢ) > 0 and the smoothed margin γ̃(θ) > 0.";
        // as recorded: the correction states no setting of its own and has the default trust of a numeric claim
        public override string Setting => "";
        public override string Trust => "numeric";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("threshold", "L_S < (log 2)/n", "(log 2)/n ≤ L_S < 1/n allowed (q₁ ∈ [−1/2, 1/8))", Expectation.Counterexample,
                "q₁ = 0 gives L_S = (log 2)/n exactly at the printed Assumption 6.1's slack"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["threshold-2"];
        public override MarginsCase Generate(Choices c, Context ctx) =>
            Assumption6_1.Margins(c,
                ctx.Weak("threshold") ? Interval.ClosedOpen(new Rational(-1, 2), new Rational(1, 8)) : Interval.Closed(new Rational(1, 8), 4));
        public override string Describe(MarginsCase x) => x.ToString();
        public override Evaluation Evaluate(MarginsCase x, Context ctx)
        {
            var sum = x.SumLoss;
            if (!ctx.Weak("threshold") && !(sum < Math.Log(2) - Assumption6_1.LossTolerance)) throw new InvalidOperationException(
                $"generator bug: n·L_S = {sum} is not below log 2");
            if (ctx.Is("threshold-2"))
                return Evaluation.Require(x.Q.All(q => q >= 1), 1, $"wrong variant: claims every qᵢ ≥ 1; q = {Vec.Format(x.Q)}");
            return Assumption6_1.ConsequencesOfB4(x, sum, Math.Log(2));
        }
    }
}
