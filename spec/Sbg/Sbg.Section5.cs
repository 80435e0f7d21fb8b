using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;

namespace Verification.Spec;

// Section 5: Theorem 5.1 and Eq. (6); the proof (Section 10) is in Sbg.Section10.cs.

public static partial class Sbg
{
    /// <summary>
    /// The sharp constant of Theorem 5.1 for a given α ∈ (0, 1): (1 − α)/(1 + α). The worst case is a collapsed w-cluster at w̄
    /// with w̄·x = 0 and u-neurons at ū ± r·x̂ with ū·x̂ = −c·r; there N(x)/(vr‖x‖) = c(1 + α) − (1 − α) for k = 2, which is
    /// ≤ 0 exactly when c ≤ (1 − α)/(1 + α). So the theorem holds with any constant above it (the printed 2 included) and
    /// fails at it. The context variant "sharp-constant" checks the theorem with this constant (plus a hair) in place of 2.
    /// </summary>
    public static Rational SharpConstant(Rational alpha) => (1 - alpha) / (1 + alpha);

    // ---------------------------------------------------------------- Theorem 5.1

    /// <summary>Theorem 5.1: sign N(x) = sign((w̄ − ū)·x) whenever |(w̄ − ū)·x| ≥ 2r‖x‖.</summary>
    public sealed class Theorem5_1 : PropertyClaim<ClusteredCase>
    {
        public override string Id => "SBG.Thm5.1";
        public override string Where => "Theorem 5.1 (Section 5); proof in Section 10";
        public override string Statement =>
            "If every w-neuron is within r of w̄ and every u-neuron within r of ū (w̄, ū the means), "
            + "then sign(N(x)) = sign((w̄ − ū)·x) for all x with |(w̄ − ū)·x| ≥ 2r‖x‖.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting =>
            "Eq. (1) with k = 1..8, d = 1..4, α ∈ (0, 1) with denominators ≤ 32, v ∈ (0, 4]; clusters generic, antipodal or extremal (±r along x); "
            + "x on and inside the boundary of the region";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Leaky, AlphaAbove1, VPositive,
            new("radius", "‖w⁽ⁱ⁾ − w̄‖ ≤ r and ‖u⁽ⁱ⁾ − ū‖ ≤ r", "neurons within 4r of their means", Expectation.Counterexample,
                "the sharp constant is (1 − α)/(1 + α) < 1 (see the constant c), so radius 2r still holds but 4r (effective constant 1/2) fails for α < 1/3"),
            new("centres", "w̄ and ū are the means of the clusters", "any centres with the neurons within r of them", Expectation.Counterexample,
                "with all w-neurons at w̄ − r·x̂ and all u-neurons at ū + r·x̂, N(x) = 0 on the boundary |(w̄ − ū)·x| = 2r‖x‖; 2 is then the sharp constant"),
            new("region", "|(w̄ − ū)·x| ≥ 2r‖x‖", "|(w̄ − ū)·x| = m·r‖x‖ with 0 ≤ m < 2", Expectation.Counterexample,
                "near the decision boundary of the linear classifier the network disagrees when r > 0"),
        ];

        public override IReadOnlyList<Constant> Constants =>
        [
            new("c", 2, 0, 2,
                "the factor 2 in 2r‖x‖; for a given α the sharp value is (1 − α)/(1 + α) (worst case: u-neurons at ū ± r·x̂, w-neurons at w̄), "
                + "whose supremum over α ∈ (0, 1) is 1, so Eq. (6) as printed (factor 1) is also a linear region"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["relu-activation", "sign-flip", "constant-zero"];

        public override ClusteredCase Generate(Choices c, Context ctx) => ClusteredInRegion(c, ctx);

        public override string Describe(ClusteredCase x) => x.ToString();

        public override Evaluation Evaluate(ClusteredCase x, Context ctx)
        {
            var net = ctx.Is("relu-activation") ? new LeakyReluNetwork<Rational>(x.Net.W, x.Net.U, x.Net.V, Rational.Zero) : x.Net;
            var ax = Vec.Dot<Rational>(x.A, x.X);
            var n = net.Output(x.X);
            var expected = ctx.Is("sign-flip") ? -Sign(ax) : Sign(ax);
            var detail = $"N(x) = {n}, (w̄ − ū)·x = {ax}, r² = {x.R * x.R}, ‖x‖² = {Vec.NormSquared<Rational>(x.X)}";
            return Evaluation.Require(Sign(n) == expected, Violation(n, ax, x), detail);
        }

        public override Evaluation? EvaluateInDouble(ClusteredCase x, Context ctx)
        {
            var net = x.Net.ToDouble();
            var xd = Vec.ToDouble(x.X);
            var a = Vec.Sub(net.WBar, net.UBar); // what a double implementation computes: means of the rounded neurons
            var ax = Vec.Dot<double>(a, xd);
            var n = net.Output(xd);
            return Evaluation.Require(Sign(n) == Sign(ax), Math.Abs(n) + Math.Abs(ax), $"double: N(x) = {n:R}, (w̄ − ū)·x = {ax:R}");
        }

        /// <summary>How clearly wrong: |(w̄ − ū)·x| + |N(x)|, per unit ‖x‖.</summary>
        internal static double Violation(Rational n, Rational ax, ClusteredCase x)
        {
            var norm = Math.Sqrt(Vec.NormSquared<Rational>(x.X).ToDouble());
            return (Math.Abs(ax.ToDouble()) + Math.Abs(n.ToDouble())) / (norm > 0 ? norm : 1);
        }
    }

    // ---------------------------------------------------------------- Eq. (6)

    /// <summary>A direction a = w̄ − ū, a radius r and an input x, with |a·x| = m·r·‖x‖ for a generated m ∈ [0, 3].</summary>
    public sealed record ConditionCase(Rational[] A, Rational R, Rational[] X)
    {
        public override string ToString() => $"w̄ − ū = {Vec.Format(A)}, r = {R}, x = {Vec.Format(X)}";
    }

    /// <summary>Eq. (6): |a·x| / (‖x‖‖a‖) ≥ r/‖a‖ "rewrites" |a·x| ≥ 2r‖x‖. Decided on squares (both sides are non-negative).</summary>
    public sealed class Equation6 : PropertyClaim<ConditionCase>
    {
        public override string Id => "SBG.Eq6";
        public override string Where => "Eq. (6), Section 5";
        public override string Statement =>
            "The condition |(w̄ − ū)·x| ≥ 2r‖x‖ of Theorem 5.1 can be rewritten as |(w̄ − ū)·x| / (‖x‖‖w̄ − ū‖) ≥ r / ‖w̄ − ū‖ (Eq. 6): "
            + "the cosine of the angle between x and w̄ − ū is at least r/‖w̄ − ū‖.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "d = 1..4, r ∈ [0, 2], x ≠ 0, w̄ ≠ ū, |(w̄ − ū)·x| = m·r‖x‖ for m ∈ [0, 3]";
        public override Verdict Expected => Verdict.Fails;

        public override Finding Finding => new(
            "Eq. (6) drops the factor 2: it is the condition |(w̄ − ū)·x| ≥ r‖x‖, not 2r‖x‖, so it describes a larger region than Theorem 5.1's. "
            + "The larger region is nonetheless linear: the fuzzer's tightness search on SBG.Thm5.1 finds the sharp constant (1 − α)/(1 + α) < 1, "
            + "so the sentence after Eq. (6) is true even though Eq. (6) is not a rewriting.",
            "d = 1, w̄ − ū = (1), r = 1, x = (1): |a·x| = 1 < 2r‖x‖ = 2, but cos = 1 ≥ r/‖a‖ = 1",
            "|(w̄ − ū)·x| / (‖x‖‖w̄ − ū‖) ≥ 2r / ‖w̄ − ū‖ is equivalent to |(w̄ − ū)·x| ≥ 2r‖x‖ (for x ≠ 0, w̄ ≠ ū)");
        public override Claim Corrected => new Equation6Corrected(this);

        public override ConditionCase Generate(Choices c, Context ctx) => Condition(c, ctx);

        public override Evaluation Evaluate(ConditionCase x, Context ctx) => CompareForms(x, factorInEq6: ctx.Is("factor-2") ? 2 : 1);

        internal static ConditionCase Condition(Choices c, Context ctx)
        {
            var d = c.Int(1, 4);
            var xHat = RationalSphere.UnitVector(c, d);
            var s = ctx.Weak("x-nonzero") ? c.In(Interval.Closed(0, 4), 8) : c.In(Interval.OpenClosed(0, 4), 8);
            var r = c.In(Interval.Closed(0, 2), 8);
            var m = c.In(Interval.Closed(0, 3), 8);
            var a = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), RationalSphere.Orthogonal(c, xHat));
            if (Vec.NormSquared<Rational>(a).Sign == 0 && !ctx.Weak("a-nonzero")) a[0] = Rational.One; // w̄ ≠ ū
            if (ctx.Weak("a-nonzero") && c.Bool()) a = a.Select(_ => Rational.Zero).ToArray();
            return new ConditionCase(a, r, Vec.Scale(s, xHat));
        }

        internal static Evaluation CompareForms(ConditionCase x, int factorInEq6)
        {
            var ax = Vec.Dot<Rational>(x.A, x.X);
            var x2 = Vec.NormSquared<Rational>(x.X);
            var a2 = Vec.NormSquared<Rational>(x.A);
            var theorem = Norms.AbsAtLeast(ax, 2 * x.R, x2);
            // (|a·x| / (‖x‖‖a‖))² ≥ (f·r/‖a‖)²  ⇔  (a·x)² / (‖x‖²‖a‖²) ≥ f²r²/‖a‖²  (r ≥ 0; division by zero throws)
            var cosine2 = ax * ax / (x2 * a2);
            var eq6 = cosine2 >= factorInEq6 * factorInEq6 * x.R * x.R / a2;
            var detail =
                $"(a·x)² = {ax * ax}, 4r²‖x‖² = {4 * x.R * x.R * x2}, cos² = {cosine2}, "
                + $"({factorInEq6}r/‖a‖)² = {factorInEq6 * factorInEq6 * x.R * x.R / a2}; Theorem 5.1's condition {theorem}, Eq. (6) {eq6}";
            return Evaluation.Require(theorem == eq6, Math.Abs(Math.Sqrt(cosine2.ToDouble()) - 2 * x.R.ToDouble() / Math.Sqrt(a2.ToDouble())), detail);
        }
    }

    public sealed class Equation6Corrected(Claim printed) : CorrectedStatement<ConditionCase>(printed)
    {
        public override string Where => "Eq. (6) with 2r";
        public override string Statement => "|(w̄ − ū)·x| / (‖x‖‖w̄ − ū‖) ≥ 2r/‖w̄ − ū‖ ⇔ |(w̄ − ū)·x| ≥ 2r‖x‖, for x ≠ 0 and w̄ ≠ ū.";
        public override string Setting => ""; // as recorded: the correction states no setting of its own
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("x-nonzero", "x ≠ 0 (the cosine needs it)", "x = 0 allowed", Expectation.Counterexample, "the left side of (6) divides by ‖x‖ = 0"),
            new("a-nonzero", "w̄ ≠ ū", "w̄ = ū allowed", Expectation.Counterexample, "both sides of (6) divide by ‖w̄ − ū‖ = 0"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["factor-1"];
        public override ConditionCase Generate(Choices c, Context ctx) => Equation6.Condition(c, ctx);
        public override Evaluation Evaluate(ConditionCase x, Context ctx) => Equation6.CompareForms(x, ctx.Is("factor-1") ? 1 : 2);
    }

    // ---------------------------------------------------------------- Figs. 4 and 5

    /// <summary>An input x ∈ Q² and a slope α for the two-neuron networks of Fig. 4 (w = (1, 0), u = (0, 1), v = 1).</summary>
    public sealed record TwoNeuronCase(Rational Alpha, Rational[] X)
    {
        public override string ToString() => $"α = {Alpha}, x = {Vec.Format(X)}";
    }

    public sealed class Figure4 : PropertyClaim<TwoNeuronCase>
    {
        public override string Id => "SBG.Fig4";
        public override string Where => "Figs. 4 and 5 (supplement, Sections 11.1 and 11.2)";
        public override string Statement =>
            "For the two-neuron networks with w = (1, 0), u = (0, 1): with Leaky ReLU the decision boundary is the line x₁ = x₂ "
            + "(sign N(x) = sign(x₁ − x₂)) although N itself is not linear; with ReLU, N(x) = 0 on the whole quadrant x₁, x₂ ≤ 0, "
            + "so the boundary is not linear.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting =>
            "x with coordinates in [−4, 4] (denominators ≤ 8), α ∈ (0, 1); the golden snapshot sbg-fig4-fig5 holds the exact sign map on the grid of "
            + "the figures";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Leaky];
        public override IReadOnlyList<string> WrongVariants => ["relu-claimed-linear", "leaky-output-linear"];

        public override TwoNeuronCase Generate(Choices c, Context ctx)
        {
            var alpha = Alpha(c, ctx);
            return new TwoNeuronCase(alpha, [c.In(Interval.Closed(-4, 4), 8), c.In(Interval.Closed(-4, 4), 8)]);
        }

        public override Evaluation Evaluate(TwoNeuronCase x, Context ctx)
        {
            var leaky = Experiments.Sbg.SignMaps.TwoNeuron(ctx.Is("relu-claimed-linear") ? Rational.Zero : x.Alpha);
            var relu = Experiments.Sbg.SignMaps.TwoNeuron(Rational.Zero);
            var (x1, x2) = (x.X[0], x.X[1]);
            var n = leaky.Output(x.X);
            var linear = Sign(n) == Sign(x1 - x2);
            // ReLU: N(x) = max(x₁, 0) − max(x₂, 0) vanishes exactly on the quadrant x₁, x₂ ≤ 0 and the diagonal
            var reluZero = relu.Output(x.X).Sign == 0;
            var reluShape = reluZero == ((x1.Sign <= 0 && x2.Sign <= 0) || x1 == x2);
            // Fig. 5: N is not linear; it equals x₁ − x₂ exactly where both neurons are active or on the diagonal
            var outputLinear = n == x1 - x2;
            var bothActive = x1.Sign >= 0 && x2.Sign >= 0;
            var fig5 = ctx.Is("leaky-output-linear") ? outputLinear : outputLinear == (bothActive || x1 == x2);
            var detail = $"N_leaky(x) = {n}, N_relu(x) = {relu.Output(x.X)}, x₁ − x₂ = {x1 - x2}";
            var ok = linear && reluShape && fig5;
            return Evaluation.Require(ok, Math.Abs((n - (x1 - x2)).ToDouble()), detail);
        }
    }
}
