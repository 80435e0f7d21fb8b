using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using static Verification.Data.Sbg.ClusteredNetworks;

namespace Verification.Spec;

/// <summary>
/// Sarussi, Brutzkus, Globerson. Towards understanding learning in neural networks with linear teachers (ICML 2021).
/// File 004. The network is Eq. (1): N(x) = v Σ σ(w⁽ⁱ⁾·x) − v Σ σ(u⁽ⁱ⁾·x), σ(z) = max{z, αz}, 0 &lt; α &lt; 1, v &gt; 0.
/// </summary>
public static class Sbg
{
    internal const int MaxAlphaDenominator = 32;

    /// <summary>α ∈ (0, 1) as printed; weakened to α ∈ [−1, 1) (ReLU and worse) or α ∈ (1, 4].</summary>
    internal static Rational Alpha(Choices c, Context ctx) =>
        ctx.ConstantValues is { } fixedValues && fixedValues.TryGetValue("alpha", out var fixedAlpha) ? fixedAlpha // a tightness search at one α
        : ctx.Weak("leaky") ? c.In(Interval.ClosedOpen(-1, 1), MaxAlphaDenominator)
        : ctx.Weak("alpha-above-1") ? c.In(Interval.OpenClosed(1, 4), MaxAlphaDenominator)
        : c.Bool() ? new Rational(1, c.Int(2, 4 * MaxAlphaDenominator)) // small α: where Leaky ReLU is closest to ReLU
        : c.In(Interval.Open(0, 1), MaxAlphaDenominator);

    /// <summary>v &gt; 0 as printed; weakened to v ∈ [−4, 4].</summary>
    internal static Rational V(Choices c, Context ctx) =>
        ctx.Weak("v-positive") ? c.In(Interval.Closed(-4, 4), 8) : c.In(Interval.OpenClosed(0, 4), 8);

    internal static readonly Hypothesis Leaky = new("leaky", "0 < α < 1 (Leaky ReLU)", "α ∈ [−1, 1): ReLU (α = 0) and non-monotone σ allowed", Expectation.Counterexample,
        "with α = 0 both neurons can be inactive, N(x) = 0 while (w̄ − ū)·x ≠ 0 (the paper's Fig. 4b)");

    internal static readonly Hypothesis AlphaAbove1 = new("alpha-above-1", "0 < α < 1", "α ∈ (1, 4]", Expectation.None,
        "for α > 1, max{z, αz} = α·max{z, z/α} is a positive multiple of a Leaky ReLU with slope 1/α, so signs are unchanged");

    internal static readonly Hypothesis VPositive = new("v-positive", "v > 0", "v ∈ [−4, 4]", Expectation.Counterexample,
        "v < 0 flips the sign of N and v = 0 makes it zero");

    /// <summary>Signs as −1, 0, +1 (sign(0) = 0, as in the paper's linear classifier).</summary>
    internal static int Sign(Rational x) => x.Sign;

    internal static int Sign(double x) => Math.Sign(x);

    /// <summary>A clustered network and input in the region |(w̄ − ū)·x| ≥ m·r·‖x‖ with m ≥ the constant c (printed 2).</summary>
    internal static ClusteredCase ClusteredInRegion(Choices c, Context ctx, string constantName = "c", int printed = 2)
    {
        var d = c.Int(1, 4);
        var k = c.Int(1, 8);
        var alpha = Alpha(c, ctx);
        var v = V(c, ctx);
        var xHat = UnitVector(c, d);
        var x = Vec.Scale(c.In(Interval.Closed(0, 4), 8), xHat);
        var r = c.In(Interval.Closed(0, 2), 8);
        var deviationRadius = ctx.Weak("radius") ? 4 * r : r;
        var dw = Deviations(c, k, d, deviationRadius, xHat);
        var du = Deviations(c, k, d, deviationRadius, xHat);
        if (ctx.Weak("centres"))
        {
            // the neurons stay within r of w̄ and ū, but w̄ and ū are no longer their means
            var shift = Vec.Scale(c.Bool() ? r : -r, xHat);
            dw = dw.Select(_ => shift).ToArray();
            du = du.Select(_ => Vec.Scale(Rational.NegativeOne, shift)).ToArray();
        }
        var constant = ctx.Is("constant-zero") ? Rational.Zero
            : ctx.Is("sharp-constant") ? SharpConstant(alpha)
            : ctx.Constant(constantName, printed);
        var m = ctx.Weak("region") ? c.In(Interval.ClosedOpen(0, constant), 16)
            : ctx.Is("sharp-constant") ? constant + (1 + c.NonNegativeRational(4096, 1)) / 4096 // strictly above the sharp value
            : constant + c.NonNegativeRational(4, 4);
        var q = c.Centred(3, 64) * (r.Sign == 0 ? Rational.One : r); // ū·x̂ = t·r, t ∈ [−3, 3]: the bounds are decided for |t| ≲ 3
        var uBar = Vec.Add(Vec.Scale(q, xHat), Orthogonal(c, xHat));
        var a = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), Orthogonal(c, xHat));
        var wBar = Vec.Add(uBar, a);
        var net = new LeakyReluNetwork<Rational>(dw.Select(dv => Vec.Add(wBar, dv)).ToList(), du.Select(dv => Vec.Add(uBar, dv)).ToList(), v, alpha);
        return new ClusteredCase(net, wBar, uBar, r, x);
    }

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
        public override string Statement => "If every w-neuron is within r of w̄ and every u-neuron within r of ū (w̄, ū the means), then sign(N(x)) = sign((w̄ − ū)·x) for all x with |(w̄ − ū)·x| ≥ 2r‖x‖.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting => "Eq. (1) with k = 1..8, d = 1..4, α ∈ (0, 1) with denominators ≤ 32, v ∈ (0, 4]; clusters generic, antipodal or extremal (±r along x); x on and inside the boundary of the region";

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
            new("c", 2, 0, 2, "the factor 2 in 2r‖x‖; for a given α the sharp value is (1 − α)/(1 + α) (worst case: u-neurons at ū ± r·x̂, w-neurons at w̄), whose supremum over α ∈ (0, 1) is 1, so Eq. (6) as printed (factor 1) is also a linear region"),
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

    internal static ConditionCase Condition(Choices c, Context ctx)
    {
        var d = c.Int(1, 4);
        var xHat = UnitVector(c, d);
        var s = ctx.Weak("x-nonzero") ? c.In(Interval.Closed(0, 4), 8) : c.In(Interval.OpenClosed(0, 4), 8);
        var r = c.In(Interval.Closed(0, 2), 8);
        var m = c.In(Interval.Closed(0, 3), 8);
        var a = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), Orthogonal(c, xHat));
        if (Vec.NormSquared<Rational>(a).Sign == 0 && !ctx.Weak("a-nonzero")) a[0] = Rational.One; // w̄ ≠ ū
        if (ctx.Weak("a-nonzero") && c.Bool()) a = a.Select(_ => Rational.Zero).ToArray();
        return new ConditionCase(a, r, Vec.Scale(s, xHat));
    }

    /// <summary>Eq. (6): |a·x| / (‖x‖‖a‖) ≥ r/‖a‖ "rewrites" |a·x| ≥ 2r‖x‖. Decided on squares (both sides are non-negative).</summary>
    public sealed class Eq6 : PropertyClaim<ConditionCase>
    {
        public override string Id => "SBG.Eq6";
        public override string Where => "Eq. (6), Section 5";
        public override string Statement => "The condition |(w̄ − ū)·x| ≥ 2r‖x‖ of Theorem 5.1 can be rewritten as |(w̄ − ū)·x| / (‖x‖‖w̄ − ū‖) ≥ r / ‖w̄ − ū‖ (Eq. 6): the cosine of the angle between x and w̄ − ū is at least r/‖w̄ − ū‖.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "d = 1..4, r ∈ [0, 2], x ≠ 0, w̄ ≠ ū, |(w̄ − ū)·x| = m·r‖x‖ for m ∈ [0, 3]";
        public override Verdict Expected => Verdict.Fails;

        public override Finding Finding => new(
            "Eq. (6) drops the factor 2: it is the condition |(w̄ − ū)·x| ≥ r‖x‖, not 2r‖x‖, so it describes a larger region than Theorem 5.1's. "
            + "The larger region is nonetheless linear: the fuzzer's tightness search on SBG.Thm5.1 finds the sharp constant (1 − α)/(1 + α) < 1, so the sentence after Eq. (6) is true even though Eq. (6) is not a rewriting.",
            "d = 1, w̄ − ū = (1), r = 1, x = (1): |a·x| = 1 < 2r‖x‖ = 2, but cos = 1 ≥ r/‖a‖ = 1",
            "|(w̄ − ū)·x| / (‖x‖‖w̄ − ū‖) ≥ 2r / ‖w̄ − ū‖ is equivalent to |(w̄ − ū)·x| ≥ 2r‖x‖ (for x ≠ 0, w̄ ≠ ū)");
        public override Claim Corrected => new Eq6Corrected();

        public override ConditionCase Generate(Choices c, Context ctx) => Condition(c, ctx);

        public override Evaluation Evaluate(ConditionCase x, Context ctx) => CompareForms(x, factorInEq6: ctx.Is("factor-2") ? 2 : 1);

        internal static Evaluation CompareForms(ConditionCase x, int factorInEq6)
        {
            var ax = Vec.Dot<Rational>(x.A, x.X);
            var x2 = Vec.NormSquared<Rational>(x.X);
            var a2 = Vec.NormSquared<Rational>(x.A);
            var theorem = Norms.AbsAtLeast(ax, 2 * x.R, x2);
            // (|a·x| / (‖x‖‖a‖))² ≥ (f·r/‖a‖)²  ⇔  (a·x)² / (‖x‖²‖a‖²) ≥ f²r²/‖a‖²  (r ≥ 0; division by zero throws)
            var cosine2 = ax * ax / (x2 * a2);
            var eq6 = cosine2 >= factorInEq6 * factorInEq6 * x.R * x.R / a2;
            var detail = $"(a·x)² = {ax * ax}, 4r²‖x‖² = {4 * x.R * x.R * x2}, cos² = {cosine2}, ({factorInEq6}r/‖a‖)² = {factorInEq6 * factorInEq6 * x.R * x.R / a2}; Theorem 5.1's condition {theorem}, Eq. (6) {eq6}";
            return Evaluation.Require(theorem == eq6, Math.Abs(Math.Sqrt(cosine2.ToDouble()) - 2 * x.R.ToDouble() / Math.Sqrt(a2.ToDouble())), detail);
        }
    }

    [NotRegistered]
    public sealed class Eq6Corrected : PropertyClaim<ConditionCase>
    {
        public override string Id => "SBG.Eq6#corrected";
        public override string Where => "Eq. (6) with 2r";
        public override string Statement => "|(w̄ − ū)·x| / (‖x‖‖w̄ − ū‖) ≥ 2r/‖w̄ − ū‖ ⇔ |(w̄ − ū)·x| ≥ 2r‖x‖, for x ≠ 0 and w̄ ≠ ū.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("x-nonzero", "x ≠ 0 (the cosine needs it)", "x = 0 allowed", Expectation.Counterexample, "the left side of (6) divides by ‖x‖ = 0"),
            new("a-nonzero", "w̄ ≠ ū", "w̄ = ū allowed", Expectation.Counterexample, "both sides of (6) divide by ‖w̄ − ū‖ = 0"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["factor-1"];
        public override ConditionCase Generate(Choices c, Context ctx) => Condition(c, ctx);
        public override Evaluation Evaluate(ConditionCase x, Context ctx) => Eq6.CompareForms(x, ctx.Is("factor-1") ? 1 : 2);
    }

    // ---------------------------------------------------------------- Corollary 10.1

    /// <summary>Centres w̄, ū, a radius r and an input x with |(w̄ − ū)·x| = m·r‖x‖, m ≥ c (printed 2).</summary>
    public sealed record CentresCase(Rational[] WBar, Rational[] UBar, Rational R, Rational[] X)
    {
        public override string ToString() => $"w̄ = {Vec.Format(WBar)}, ū = {Vec.Format(UBar)}, r = {R}, x = {Vec.Format(X)}";
    }

    public sealed class Corollary10_1 : PropertyClaim<CentresCase>
    {
        public override string Id => "SBG.Cor10.1";
        public override string Where => "Corollary 10.1 (Section 10)";
        public override string Statement => "If |(w̄ − ū)·x| ≥ 2r‖x‖ then |w̄·x| ≥ r‖x‖ or |ū·x| ≥ r‖x‖.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "any vectors w̄, ū, x in R^d, d = 1..4, r ∈ [0, 2]; x on and inside the boundary of the region";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("r-nonnegative", "r ≥ 0 (a radius)", "r ∈ [−2, 2]", Expectation.None, "for r < 0 both the premise and the conclusion hold trivially"),
            new("region", "|(w̄ − ū)·x| ≥ 2r‖x‖", "|(w̄ − ū)·x| = m·r‖x‖ with 0 ≤ m < 2", Expectation.Counterexample, "w̄·x = −ū·x = (m/2)·r‖x‖ with m < 2"),
        ];
        public override IReadOnlyList<Constant> Constants => [new("c", 2, 0, 4, "2 is sharp: the triangle inequality is tight for w̄·x = −ū·x")];
        public override IReadOnlyList<string> WrongVariants => ["conclusion-2r"];

        public override CentresCase Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 4);
            var xHat = UnitVector(c, d);
            var x = Vec.Scale(c.In(Interval.Closed(0, 4), 8), xHat);
            var r = ctx.Weak("r-nonnegative") ? c.In(Interval.Closed(-2, 2), 8) : c.In(Interval.Closed(0, 2), 8);
            var constant = ctx.Constant("c", 2);
            var m = ctx.Weak("region") ? c.In(Interval.ClosedOpen(0, constant), 16) : constant + c.NonNegativeRational(4, 4);
            var q = c.Centred(3, 64) * (r.Sign == 0 ? Rational.One : r);
            var uBar = Vec.Add(Vec.Scale(q, xHat), Orthogonal(c, xHat));
            var a = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), Orthogonal(c, xHat));
            return new CentresCase(Vec.Add(uBar, a), uBar, r, x);
        }

        public override Evaluation Evaluate(CentresCase x, Context ctx)
        {
            var x2 = Vec.NormSquared<Rational>(x.X);
            var wx = Vec.Dot<Rational>(x.WBar, x.X);
            var ux = Vec.Dot<Rational>(x.UBar, x.X);
            var f = ctx.Is("conclusion-2r") ? 2 : 1;
            // The premise holds by construction unless the fuzzer weakened it; checking it here would hide the weakening.
            if (ctx.Weakened != "region" && !Norms.AbsAtLeast(wx - ux, ctx.Constant("c", 2) * x.R, x2))
                throw new InvalidOperationException("generator bug: the premise |(w̄ − ū)·x| ≥ 2r‖x‖ does not hold");
            var conclusion = Norms.AbsAtLeast(wx, f * x.R, x2) || Norms.AbsAtLeast(ux, f * x.R, x2);
            var detail = $"w̄·x = {wx}, ū·x = {ux}, (w̄ − ū)·x = {wx - ux}, r²‖x‖² = {x.R * x.R * x2}";
            return Evaluation.Require(conclusion, Math.Max(0, x.R.ToDouble() * Math.Sqrt(x2.ToDouble()) - Math.Max(Math.Abs(wx.ToDouble()), Math.Abs(ux.ToDouble()))), detail);
        }
    }

    // ---------------------------------------------------------------- Lemma 10.1

    /// <summary>A cluster of neurons around w̄ within radius r (closed or open ball), and an input x with |w̄·x| = m·r‖x‖.</summary>
    public sealed record ClusterCase(Rational[][] Neurons, Rational[] Centre, Rational R, Rational[] X)
    {
        public override string ToString() => $"k = {Neurons.Length}, neurons = [{string.Join("; ", Neurons.Select(Vec.Format))}], w̄ = {Vec.Format(Centre)}, r = {R}, x = {Vec.Format(X)}";
    }

    internal static ClusterCase Cluster(Choices c, Context ctx, bool corrected)
    {
        var d = c.Int(1, 4);
        var k = c.Int(1, 8);
        var xHat = UnitVector(c, d);
        var nonzeroX = corrected && !ctx.Weak("x-nonzero");
        var x = Vec.Scale(c.In(nonzeroX ? Interval.OpenClosed(0, 4) : Interval.Closed(0, 4), 8), xHat);
        var openBall = corrected && !ctx.Weak("open-ball");
        var r = c.In(corrected ? Interval.OpenClosed(0, 2) : Interval.Closed(0, 2), 8);
        var m = ctx.Weak("region") ? c.In(Interval.ClosedOpen(0, 1), 16) : 1 + c.NonNegativeRational(4, 4);
        var centre = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), Orthogonal(c, xHat));
        var devs = Deviations(c, k, d, r, xHat, strict: openBall);
        return new ClusterCase(devs.Select(dv => Vec.Add(centre, dv)).ToArray(), centre, r, x);
    }

    internal static Evaluation AgreeInSign(ClusterCase x)
    {
        var products = x.Neurons.Select(w => Vec.Dot<Rational>(w, x.X)).ToArray();
        var agree = products.All(p => p.Sign > 0) || products.All(p => p.Sign < 0);
        return Evaluation.Require(agree, -products.Min(p => Math.Abs(p.ToDouble())) + 1, $"w⁽ʲ⁾·x = {Vec.Format(products)}, w̄·x = {Vec.Dot<Rational>(x.Centre, x.X)}, r²‖x‖² = {x.R * x.R * Vec.NormSquared<Rational>(x.X)}");
    }

    public sealed class Lemma10_1 : PropertyClaim<ClusterCase>
    {
        public override string Id => "SBG.Lemma10.1";
        public override string Where => "Lemma 10.1 (Section 10)";
        public override string Statement => "If every w⁽ʲ⁾ ∈ Ball(w̄, r), then for all x ∈ R^d with |w̄·x| ≥ r‖x‖ either w⁽ʲ⁾·x > 0 for all j or w⁽ʲ⁾·x < 0 for all j (and likewise for the u-neurons).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "k = 1..8 neurons in the closed ball of radius r ∈ [0, 2] around their mean (the radius of Section 5 is a maximum, so the ball is closed), d = 1..4, any x with |w̄·x| ≥ r‖x‖";
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "False as printed in two ways. (1) x = 0 satisfies |w̄·x| ≥ r‖x‖ but every w⁽ʲ⁾·x = 0. (2) Even for x ≠ 0 the proof needs ‖w⁽ʲ⁾ − w̄‖ < r strictly (it says so mid-proof), "
            + "while Section 5 defines r as the maximum radius, so some neuron is on the sphere: then w⁽ʲ⁾·x = 0 is possible. Theorem 5.1 survives (it is checked directly), but its proof goes through this lemma at the boundary.",
            "x = 0 (any network); with x ≠ 0: k = 2, d = 1, w⁽¹⁾ = (0), w⁽²⁾ = (2), w̄ = (1), r = 1, x = (1): |w̄·x| = 1 = r‖x‖ but w⁽¹⁾·x = 0",
            "For x ≠ 0 and ‖w⁽ʲ⁾ − w̄‖ < r for all j (open ball, r > 0): |w̄·x| ≥ r‖x‖ implies all w⁽ʲ⁾·x have the same strict sign.");
        public override Claim Corrected => new Lemma10_1Corrected();
        public override ClusterCase Generate(Choices c, Context ctx) => Cluster(c, ctx, corrected: false);
        public override Evaluation Evaluate(ClusterCase x, Context ctx) => AgreeInSign(x);
    }

    [NotRegistered]
    public sealed class Lemma10_1Corrected : PropertyClaim<ClusterCase>
    {
        public override string Id => "SBG.Lemma10.1#corrected";
        public override string Where => "Lemma 10.1 with x ≠ 0 and the open ball";
        public override string Statement => "If ‖w⁽ʲ⁾ − w̄‖ < r for all j, then for all x ≠ 0 with |w̄·x| ≥ r‖x‖ the w⁽ʲ⁾·x all have the same strict sign.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("x-nonzero", "x ≠ 0", "x = 0 allowed", Expectation.Counterexample, "x = 0 gives w⁽ʲ⁾·x = 0"),
            new("open-ball", "‖w⁽ʲ⁾ − w̄‖ < r", "‖w⁽ʲ⁾ − w̄‖ ≤ r (the closed ball of Section 5)", Expectation.Counterexample, "a neuron at w̄ − r·x̂ with w̄·x̂ = r gives w⁽ʲ⁾·x = 0"),
            new("region", "|w̄·x| ≥ r‖x‖", "|w̄·x| = m·r‖x‖ with 0 ≤ m < 1", Expectation.Counterexample, "neurons at w̄ ± (r/2)·x̂ straddle 0 when |w̄·x̂| < r/2"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["region-half"];
        public override ClusterCase Generate(Choices c, Context ctx) =>
            Cluster(c, ctx.Is("region-half") ? ctx with { Weakened = "region" } : ctx, corrected: true);
        public override Evaluation Evaluate(ClusterCase x, Context ctx) => AgreeInSign(x);
    }

    // ---------------------------------------------------------------- Corollary 6.1

    /// <summary>Corollary 6.1: a perfectly clustered network (all w⁽ⁱ⁾ equal, all u⁽ⁱ⁾ equal) has a linear decision boundary on all of R^d.</summary>
    public sealed class Corollary6_1 : PropertyClaim<ClusteredCase>
    {
        public override string Id => "SBG.Cor6.1";
        public override string Where => "Definition 6.1, Corollary 6.1 (Section 6.1); proof in Section 10.1";
        public override string Statement => "If w⁽ⁱ⁾ = w⁽ʲ⁾ and u⁽ⁱ⁾ = u⁽ʲ⁾ for all i, j, then sign(N(x)) = sign((w̄ − ū)·x) for all x ∈ R^d.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting => "k = 1..8 identical w-neurons and identical u-neurons, d = 1..4, any x including the boundary (w̄ − ū)·x = 0 and x = 0";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Leaky, AlphaAbove1, VPositive,
            new("perfect", "perfectly clustered (r = 0)", "clusters of radius r ≤ 2 around their means", Expectation.Counterexample, "k = 2, d = 1, W = [(0); (0)], U = [(1); (−1)], x = (1): (w̄ − ū)·x = 0 but N(x) = −v(1 − α) ≠ 0"),
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
            var xHat = UnitVector(c, d);
            var x = Vec.Scale(c.In(Interval.Closed(0, 4), 8), xHat);
            var u = c.SmallVector(d, 6, 4);
            var a = Vec.Add(Vec.Scale(c.SmallRational(6, 4), xHat), Orthogonal(c, xHat)); // a·x̂ = 0 first when shrinking
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

    // ---------------------------------------------------------------- Figs. 4 and 5

    /// <summary>An input x ∈ Q² and a slope α for the two-neuron networks of Fig. 4 (w = (1, 0), u = (0, 1), v = 1).</summary>
    public sealed record TwoNeuronCase(Rational Alpha, Rational[] X)
    {
        public override string ToString() => $"α = {Alpha}, x = {Vec.Format(X)}";
    }

    public sealed class Fig4 : PropertyClaim<TwoNeuronCase>
    {
        public override string Id => "SBG.Fig4";
        public override string Where => "Figs. 4 and 5 (supplement, Sections 11.1 and 11.2)";
        public override string Statement => "For the two-neuron networks with w = (1, 0), u = (0, 1): with Leaky ReLU the decision boundary is the line x₁ = x₂ (sign N(x) = sign(x₁ − x₂)) although N itself is not linear; with ReLU, N(x) = 0 on the whole quadrant x₁, x₂ ≤ 0, so the boundary is not linear.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "x with coordinates in [−4, 4] (denominators ≤ 8), α ∈ (0, 1); the golden snapshot sbg-fig4-fig5 holds the exact sign map on the grid of the figures";
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
