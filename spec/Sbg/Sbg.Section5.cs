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
    /// The sharp constant of Theorem 5.1 for given α ∈ (0, 1) and k: c*(α, k) = m(1 − α)/(m + (k − m)α), m = ⌊k/2⌋, derived and
    /// certified in <see cref="Theorem5_1Tightness"/>. It is (1 − α)/(1 + α) for even k only: smaller for odd k ((1 − α)/(1 + 2α)
    /// for k = 3) and 0 for k = 1. The worst case collapses the w-cluster onto the kink (w̄·x = 0) and puts the u-neurons at
    /// ū ± r·x̂ (and ū, for odd k) with ū·x̂ = −c*·r, where N(x) = 0. So the theorem holds with any constant above c*(α, k) (the
    /// printed 2 included) and fails at it. The context variant "sharp-constant" checks the theorem with this constant (plus a
    /// hair) in place of 2.
    /// </summary>
    public static Rational SharpConstant(Rational alpha, int k) => Theorem5_1Tightness.ClosedForm(alpha, k);

    // ---------------------------------------------------------------- Theorem 5.1

    /// <summary>Theorem 5.1: sign N(x) = sign((w̄ − ū)·x) whenever |(w̄ − ū)·x| ≥ 2r‖x‖.</summary>
    public sealed class Theorem5_1 : PropertyClaim<ClusteredCase>, IExactTightness
    {
        public override string Id => "SBG.Thm5.1";
        public override string Where => "Theorem 5.1 (Section 5); proof in Section 10";
        public override string Statement =>
            "If every w-neuron is within r of w̄ and every u-neuron within r of ū (w̄, ū the means), "
            + "then sign(N(x)) = sign((w̄ − ū)·x) for all x with |(w̄ − ū)·x| ≥ 2r‖x‖.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting =>
            "Eq. (1) with k = 1..20, d = 1..10, α ∈ (0, 1) (generic with denominators ≤ 32, 1/q and 1 − 1/q for q ≤ 128), v ∈ (0, 4]; "
            + "clusters generic, antipodal, extremal (±r along x) or collapsed; ū·x̂ often a multiple of r/2 (centres and neurons on their kinks); "
            + "x on and inside the boundary of the region; the network and r, and x, scaled by 2^±e (10 ≤ e ≤ 40)";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Leaky, AlphaAbove1, VPositive,
            new("radius", "‖w⁽ⁱ⁾ − w̄‖ ≤ r and ‖u⁽ⁱ⁾ − ū‖ ≤ r", "neurons within 4r of their means", Expectation.Counterexample,
                "the sharp constant c*(α, k) < 1 (see the constant c), so radius 2r still holds but 4r (effective constant 1/2) fails where "
                + "c*(α, k) ≥ 1/2: α ≤ 1/3 for even k, α ≤ 1/4 for k = 3"),
            new("centres", "w̄ and ū are the means of the clusters", "any centres with the neurons within r of them", Expectation.Counterexample,
                "with all w-neurons at w̄ − r·x̂ and all u-neurons at ū + r·x̂, N(x) = 0 on the boundary |(w̄ − ū)·x| = 2r‖x‖; 2 is then the sharp constant"),
            new("region", "|(w̄ − ū)·x| ≥ 2r‖x‖", "|(w̄ − ū)·x| = m·r‖x‖ with 0 ≤ m < 2", Expectation.Counterexample,
                "near the decision boundary of the linear classifier the network disagrees when r > 0"),
        ];

        public override IReadOnlyList<Constant> Constants =>
        [
            new("c", 2, 0, 2,
                "the factor 2 in 2r‖x‖; its sharp value is " + Theorem5_1Tightness.ClosedFormText + " (worst case: w-neurons collapsed on "
                + "the kink, u-neurons at ū ± r·x̂); always below 1, so Eq. (6) as printed (factor 1) is also a linear region. "
                + "Decided exactly per (α, k) by the tightness grid of `fuzz`, not by bisection"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["relu-activation", "sign-flip", "constant-zero"];

        public string TightConstant => "c";

        string IExactTightness.ClosedFormText => Theorem5_1Tightness.ClosedFormText;

        public IReadOnlyList<ExactTightnessPoint> TightnessGrid(ulong seed) => Theorem5_1Tightness.Grid(seed);

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

        /// <summary>How clearly wrong: |(w̄ − ū)·x| + |N(x)|, per unit ‖x‖ (x ≠ 0 when it is reported: N(0) = 0 = (w̄ − ū)·0 never fails).</summary>
        internal static double Violation(Rational n, Rational ax, ClusteredCase x)
        {
            var norm = Math.Sqrt(Vec.NormSquared<Rational>(x.X).ToDouble());
            return (Math.Abs(ax.ToDouble()) + Math.Abs(n.ToDouble())) / norm;
        }

        // ------------------------------------------------ coverage, evidence and discrepancies (Section 5, proof in Section 10)

        public override IReadOnlyList<CoverageClass> Coverage => ClusteredCoverage;

        public override IEnumerable<string> Classify(ClusteredCase x) => ClassifyClustered(x, 2);

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.ProofStep, "Section 10, proof of Lemma 10.1, used in Propositions 10.1 and 10.2",
                "‖w⁽ʲ⁾ − w̄‖ < r, hence w⁽ʲ⁾·x > 0 for all j when w̄·x ≥ r‖x‖",
                "‖w⁽ʲ⁾ − w̄‖ ≤ r (Section 5 defines r as the maximum radius), so a neuron can sit on its kink w⁽ʲ⁾·x = 0",
                "Lemma 10.1 fails on the boundary of the closed ball (SBG.Lemma10.1); the formulas of Propositions 10.1 and 10.2 still hold there "
                + "because σ(0) = 0 = α·0, so Theorem 5.1 survives: checked on the classes radius-attained, centre-on-lemma-boundary and neuron-on-kink"),
            new(FindingKind.Textual, "Theorem 5.1 and Section 5",
                "f(x) = sign((w̄ − ū)·x); sign(0) is not defined",
                "sign(0) = 0 on both sides, so the theorem asserts N(x) = 0 exactly where (w̄ − ū)·x = 0 (x = 0, or r = 0 on the hyperplane)",
                "the only reading under which the case r = 0 ('exactly linear', Section 5) is a statement about the boundary itself"),
            new(FindingKind.Textual, "Section 5, definition of r",
                "r: the maximum radius of the positive and negative weights around their averages",
                "r any upper bound of the radii (the generator's deviations have norm ≤ r, the maximum attained in the class radius-attained)",
                "the region |(w̄ − ū)·x| ≥ 2r‖x‖ shrinks as r grows, so the statement for any r ≥ the maximum follows from the statement at the maximum"),
        ];

        /// <summary>The hypotheses of Theorem 5.1 hold exactly on a generated case (a generator bug otherwise).</summary>
        public static bool HypothesesHold(ClusteredCase x) => ClusteredHypothesesHold(x, 2);
    }

    // ---------------------------------------------------------------- coverage of clustered networks (Theorem 5.1)

    /// <summary>The regions of Theorem 5.1's hypothesis domain, each from the statement or a step of its proof (Section 10).</summary>
    internal static readonly IReadOnlyList<CoverageClass> ClusteredCoverage =
    [
        new("r-zero", "Section 5 after Theorem 5.1: 'when r = 0 the classifier is exactly linear'", 0.05, "r = 0: the region is all of R^d"),
        new("x-zero", "Theorem 5.1: 'for all x' with |(w̄ − ū)·x| ≥ 2r‖x‖ (x = 0 included)", 0.03, "x = 0"),
        new("region-boundary", "Theorem 5.1: the region's ≥ at equality", 0.05, "|(w̄ − ū)·x| = 2r‖x‖ with r‖x‖ > 0"),
        new("both-conditions", "Proposition 10.1 (Section 10): |w̄·x| ≥ r‖x‖ and |ū·x| ≥ r‖x‖", 0.05, "both centre conditions hold, r‖x‖ > 0"),
        new("only-u-condition", "Proposition 10.2, first domain: |w̄·x| < r‖x‖ ≤ |ū·x|", 0.05, "only ū's condition holds"),
        new("only-w-condition", "Proposition 10.2, second domain: |ū·x| < r‖x‖ ≤ |w̄·x|", 0.05, "only w̄'s condition holds"),
        new("centre-on-lemma-boundary", "Lemma 10.1: |w̄·x| ≥ r‖x‖ at equality (its proof needs ‖w⁽ʲ⁾ − w̄‖ < r)", 0.03,
            "|w̄·x| = r‖x‖ or |ū·x| = r‖x‖ with r‖x‖ > 0"),
        new("radius-attained", "Section 5: r is the maximum radius (≤ r, Lemma 10.1's proof assumes < r)", 0.10,
            "some neuron at distance exactly r > 0 from its centre"),
        new("neuron-on-kink", "Eq. (1): σ's kink at 0; Proposition 10.2's J₊, J₋ omit zero products", 0.03, "w⁽ʲ⁾·x = 0 or u⁽ʲ⁾·x = 0 with x ≠ 0"),
        new("mixed-cluster", "Proposition 10.2's proof: J₊ʷ(x) and J₋ʷ(x) both non-empty", 0.03,
            "a cluster with neurons on both sides of x's hyperplane"),
        new("collapsed-cluster", "Section 5, Theorem 5.1's constant 2: its extremal configuration has coincident neurons", 0.05,
            "all neurons of a cluster equal, r > 0"),
        new("negative-side", "Theorem 5.1: f(x) = −1", 0.2, "(w̄ − ū)·x < 0"),
        new("positive-side", "Theorem 5.1: f(x) = +1", 0.2, "(w̄ − ū)·x > 0"),
        new("k-1", "Eq. (1) with k = 1", 0.03, "one neuron per type"),
        new("k-large", "Eq. (1): any width k", 0.05, "k ≥ 9"),
        new("d-large", "Eq. (1): x ∈ R^d, any d", 0.05, "d ≥ 5"),
        new("alpha-near-0", "Eq. (1): 0 < α < 1, near ReLU (Section 5: 'not true for ReLU networks')", 0.05, "α ≤ 1/20"),
        new("alpha-near-1", "Eq. (1): 0 < α < 1; Proposition 10.2 uses 1 − α > 0", 0.05, "α ≥ 19/20"),
        new("scale-tiny", "Theorem 5.1: any scale of the weights", 0.03, "0 < r ≤ 1/1024 (the network scaled by 2^−e)"),
        new("scale-huge", "Theorem 5.1: any scale of the weights", 0.03, "r ≥ 1024"),
    ];

    /// <summary>The classes of <see cref="ClusteredCoverage"/> a case falls in, for the constant c of the region (2 as printed).</summary>
    internal static IEnumerable<string> ClassifyClustered(ClusteredCase x, Rational constant)
    {
        var net = x.Net;
        var x2 = Vec.NormSquared<Rational>(x.X);
        var r2x2 = x.R * x.R * x2;
        var ax = Vec.Dot<Rational>(x.A, x.X);
        var wx = Vec.Dot<Rational>(x.WCentre, x.X);
        var ux = Vec.Dot<Rational>(x.UCentre, x.X);
        var positive = r2x2.Sign > 0;
        if (x.R.Sign == 0) yield return "r-zero";
        if (x2.Sign == 0) yield return "x-zero";
        if (positive && ax * ax == constant * constant * r2x2) yield return "region-boundary";
        var wOk = wx * wx >= r2x2;
        var uOk = ux * ux >= r2x2;
        if (positive && wOk && uOk) yield return "both-conditions";
        if (positive && !wOk && uOk) yield return "only-u-condition";
        if (positive && wOk && !uOk) yield return "only-w-condition";
        if (positive && (wx * wx == r2x2 || ux * ux == r2x2)) yield return "centre-on-lemma-boundary";
        var r2 = x.R * x.R;
        if (x.R.Sign > 0 && (net.W.Any(w => Vec.NormSquared<Rational>(Vec.Sub(w, x.WCentre)) == r2)
                             || net.U.Any(u => Vec.NormSquared<Rational>(Vec.Sub(u, x.UCentre)) == r2))) yield return "radius-attained";
        var wSigns = net.W.Select(w => Vec.Dot<Rational>(w, x.X).Sign).ToList();
        var uSigns = net.U.Select(u => Vec.Dot<Rational>(u, x.X).Sign).ToList();
        if (x2.Sign > 0 && (wSigns.Contains(0) || uSigns.Contains(0))) yield return "neuron-on-kink";
        if ((wSigns.Contains(1) && wSigns.Contains(-1)) || (uSigns.Contains(1) && uSigns.Contains(-1))) yield return "mixed-cluster";
        var collapsed = net.W.All(w => w.SequenceEqual(net.W[0])) || net.U.All(u => u.SequenceEqual(net.U[0]));
        if (x.R.Sign > 0 && net.K >= 2 && collapsed) yield return "collapsed-cluster";
        if (ax.Sign < 0) yield return "negative-side";
        if (ax.Sign > 0) yield return "positive-side";
        if (net.K == 1) yield return "k-1";
        if (net.K >= 9) yield return "k-large";
        if (net.Dimension >= 5) yield return "d-large";
        if (net.Alpha <= new Rational(1, 20)) yield return "alpha-near-0";
        if (net.Alpha >= new Rational(19, 20)) yield return "alpha-near-1";
        if (x.R.Sign > 0 && x.R <= TinyScale) yield return "scale-tiny";
        if (x.R * TinyScale >= 1) yield return "scale-huge";
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
        public override string Setting =>
            "d = 1..10, r ∈ [0, 2], x ≠ 0, w̄ ≠ ū, |(w̄ − ū)·x| = m·r‖x‖ for m ∈ [0, 3]; x and (w̄ − ū, r) scaled by 2^±e (10 ≤ e ≤ 40)";
        public override Verdict Expected => Verdict.Fails;

        public override Finding Finding => new(
            "Eq. (6) drops the factor 2: it is the condition |(w̄ − ū)·x| ≥ r‖x‖, not 2r‖x‖, so it describes a larger region than Theorem 5.1's. "
            + "The larger region is nonetheless linear: Theorem 5.1's sharp constant is c*(α, k) = ⌊k/2⌋(1 − α)/(⌊k/2⌋ + ⌈k/2⌉α) < 1 "
            + "((1 − α)/(1 + α) for even k, smaller for odd k), derived and certified per (α, k) by exact LPs over activation patterns "
            + "(`fuzz --claim SBG.Thm5.1`), so the sentence after Eq. (6) is true even though Eq. (6) is not a rewriting.",
            "d = 1, w̄ − ū = (1), r = 1, x = (1): |a·x| = 1 < 2r‖x‖ = 2, but cos = 1 ≥ r/‖a‖ = 1",
            "|(w̄ − ū)·x| / (‖x‖‖w̄ − ū‖) ≥ 2r / ‖w̄ − ū‖ is equivalent to |(w̄ − ū)·x| ≥ 2r‖x‖ (for x ≠ 0, w̄ ≠ ū)");
        public override Claim Corrected => new Equation6Corrected(this);

        public override ConditionCase Generate(Choices c, Context ctx) => Condition(c, ctx);

        public override Evaluation Evaluate(ConditionCase x, Context ctx) => CompareForms(x, factorInEq6: ctx.Is("factor-2") ? 2 : 1);

        /// <summary>
        /// Widened for coverage: d up to 10, x and (w̄ − ū, r) scaled by independent powers 2^±e (the condition is homogeneous in
        /// x and in (w̄ − ū, r) jointly). When the generated w̄ − ū is zero, the unit vector orthogonal to nothing is replaced by
        /// a component along x̂ (the multiplier m then no longer describes the case; it stays within the hypotheses).
        /// </summary>
        internal static ConditionCase Condition(Choices c, Context ctx)
        {
            var d = WideDimension(c);
            var xHat = RationalSphere.UnitVector(c, d);
            var s = ctx.Weak("x-nonzero") ? c.In(Interval.Closed(0, 4), 8) : c.In(Interval.OpenClosed(0, 4), 8);
            var r = c.In(Interval.Closed(0, 2), 8);
            var m = c.In(Interval.Closed(0, 3), 8);
            var a = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), RationalSphere.Orthogonal(c, xHat));
            if (Vec.NormSquared<Rational>(a).Sign == 0 && !ctx.Weak("a-nonzero")) a[0] = Rational.One; // w̄ ≠ ū
            if (ctx.Weak("a-nonzero") && c.Bool()) a = a.Select(_ => Rational.Zero).ToArray();
            var sx = ScaleFactor(c);
            var sa = ScaleFactor(c);
            return new ConditionCase(Vec.Scale(sa, a), sa * r, Vec.Scale(s * sx, xHat));
        }

        /// <summary>x ≠ 0, w̄ ≠ ū and r ≥ 0, exactly (the hypotheses of both forms).</summary>
        public static bool HypothesesHold(ConditionCase x) =>
            x.X.Any(e => e.Sign != 0) && x.A.Any(e => e.Sign != 0) && x.R.Sign >= 0;

        /// <summary>The regions of the two forms' common domain: both boundaries, the band where they differ, degenerate directions.</summary>
        internal static readonly IReadOnlyList<CoverageClass> ConditionCoverage =
        [
            new("theorem-boundary", "Theorem 5.1: |(w̄ − ū)·x| ≥ 2r‖x‖ at equality", 0.03, "|a·x| = 2r‖x‖, r > 0"),
            new("printed-boundary", "Eq. (6) as printed: cos = r/‖w̄ − ū‖ at equality", 0.03, "|a·x| = r‖x‖, r > 0"),
            new("between-forms", "Eq. (6) against Theorem 5.1: r‖x‖ ≤ |a·x| < 2r‖x‖", 0.05, "the band where the printed form and the theorem differ"),
            new("inside-both", "Theorem 5.1's region", 0.10, "|a·x| > 2r‖x‖"),
            new("outside-both", "Eq. (6) and Theorem 5.1: outside both regions", 0.05, "|a·x| < r‖x‖"),
            new("r-zero", "Section 5: 'when r = 0 the classifier is exactly linear'", 0.03, "r = 0: both conditions hold for every x"),
            new("parallel", "Eq. (6): cos = 1", 0.05, "x parallel to w̄ − ū"),
            new("orthogonal", "Eq. (6): cos = 0", 0.03, "(w̄ − ū)·x = 0"),
            new("d-large", "Eq. (6): x ∈ R^d, any d", 0.05, "d ≥ 5"),
            new("scale-tiny", "Eq. (6) is scale-free in x and in (w̄ − ū, r)", 0.03, "‖x‖ ≤ 1/1024 or ‖w̄ − ū‖ ≤ 1/1024"),
            new("scale-huge", "Eq. (6) is scale-free in x and in (w̄ − ū, r)", 0.03, "‖x‖ ≥ 1024 or ‖w̄ − ū‖ ≥ 1024"),
        ];

        internal static IEnumerable<string> ClassifyCondition(ConditionCase x)
        {
            var ax = Vec.Dot<Rational>(x.A, x.X);
            var x2 = Vec.NormSquared<Rational>(x.X);
            var a2 = Vec.NormSquared<Rational>(x.A);
            var rx = x.R * x.R * x2;
            var t = ax * ax;
            if (rx.Sign > 0 && t == 4 * rx) yield return "theorem-boundary";
            if (rx.Sign > 0 && t == rx) yield return "printed-boundary";
            if (t >= rx && t < 4 * rx) yield return "between-forms";
            if (t > 4 * rx) yield return "inside-both";
            if (t < rx) yield return "outside-both";
            if (x.R.Sign == 0) yield return "r-zero";
            if (t == a2 * x2) yield return "parallel";
            if (ax.Sign == 0) yield return "orthogonal";
            if (x.X.Length >= 5) yield return "d-large";
            var tiny = TinyScale * TinyScale;
            if ((x2.Sign > 0 && x2 <= tiny) || (a2.Sign > 0 && a2 <= tiny)) yield return "scale-tiny";
            if (x2 * tiny >= 1 || a2 * tiny >= 1) yield return "scale-huge";
        }

        public override IReadOnlyList<CoverageClass> Coverage => ConditionCoverage;

        public override IEnumerable<string> Classify(ConditionCase x) => ClassifyCondition(x);

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Section 5, the sentence after Eq. (6)",
                "'linearity holds whenever the cosine … is greater than r/‖w̄ − ū‖'",
                "≥, as in Eq. (6) and in Theorem 5.1's region (and with 2r, see the finding)",
                "the sentence says 'greater than' where (6) and the theorem say ≥; on the boundary the theorem holds (class region-boundary of SBG.Thm5.1)"),
        ];

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
        public override IReadOnlyList<CoverageClass> Coverage => Equation6.ConditionCoverage;
        public override IEnumerable<string> Classify(ConditionCase x) => Equation6.ClassifyCondition(x);
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
            "x with coordinates in [−4, 4] (denominators ≤ 8), on the diagonal, an axis or the anti-diagonal, scaled by 2^±e (10 ≤ e ≤ 40); "
            + "α ∈ (0, 1) including 1/q and 1 − 1/q; the golden snapshot sbg-fig4-fig5 holds the exact sign map on the grid of the figures";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Leaky];
        public override IReadOnlyList<string> WrongVariants => ["relu-claimed-linear", "leaky-output-linear"];

        /// <summary>x₁ free; x₂ free, on the diagonal x₂ = x₁, on an axis x₂ = 0, or mirrored x₂ = −x₁; then x scaled by 2^±e.</summary>
        public override TwoNeuronCase Generate(Choices c, Context ctx)
        {
            var alpha = AlphaAcrossRange(c, ctx);
            var x1 = c.Int(0, 9) == 9 ? Rational.Zero : c.In(Interval.Closed(-4, 4), 8);
            var x2 = c.Int(0, 4) switch
            {
                2 => x1,
                3 => Rational.Zero,
                4 => -x1,
                _ => c.In(Interval.Closed(-4, 4), 8),
            };
            var s = ScaleFactor(c);
            return new TwoNeuronCase(alpha, c.Bool() ? [s * x2, s * x1] : [s * x1, s * x2]);
        }

        /// <summary>0 &lt; α &lt; 1 and x ∈ Q², exactly.</summary>
        public static bool HypothesesHold(TwoNeuronCase x) => x.Alpha.Sign > 0 && x.Alpha < 1 && x.X.Length == 2;

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("diagonal", "Fig. 4a: the boundary x₁ = x₂; Fig. 5: N(x) = 0 there", 0.10, "x₁ = x₂ ≠ 0"),
            new("origin", "Fig. 4: both neurons on their kinks", 0.02, "x = 0"),
            new("relu-zero-quadrant", "Fig. 4b: the grey region x₁, x₂ ≤ 0 where the ReLU network is 0", 0.10, "x₁ < 0 and x₂ < 0"),
            new("axis", "Section 11.1: the edges of the grey region (one neuron on its kink)", 0.10, "exactly one of x₁, x₂ is 0"),
            new("both-active", "Fig. 5b: N = x₁ − x₂ where both neurons are active", 0.10, "x₁ > 0 and x₂ > 0"),
            new("mixed", "Fig. 5b: N is not linear across the axes", 0.10, "x₁ and x₂ of opposite signs"),
            new("alpha-near-0", "Eq. (1): 0 < α < 1, near ReLU (Fig. 4b's limit)", 0.05, "α ≤ 1/20"),
            new("alpha-near-1", "Eq. (1): 0 < α < 1", 0.05, "α ≥ 19/20"),
            new("scale-tiny", "Fig. 4: the sign map is scale-free", 0.03, "0 < ‖x‖∞ ≤ 1/1024"),
            new("scale-huge", "Fig. 4: the sign map is scale-free", 0.03, "‖x‖∞ ≥ 1024"),
        ];

        public override IEnumerable<string> Classify(TwoNeuronCase x)
        {
            var (x1, x2) = (x.X[0], x.X[1]);
            if (x1 == x2 && x1.Sign != 0) yield return "diagonal";
            if (x1.Sign == 0 && x2.Sign == 0) yield return "origin";
            if (x1.Sign < 0 && x2.Sign < 0) yield return "relu-zero-quadrant";
            if ((x1.Sign == 0) != (x2.Sign == 0)) yield return "axis";
            if (x1.Sign > 0 && x2.Sign > 0) yield return "both-active";
            if (x1.Sign * x2.Sign < 0) yield return "mixed";
            if (x.Alpha <= new Rational(1, 20)) yield return "alpha-near-0";
            if (x.Alpha >= new Rational(19, 20)) yield return "alpha-near-1";
            var big = Rational.Abs(Rational.MaxMagnitude(x1, x2));
            if (big.Sign > 0 && big <= TinyScale) yield return "scale-tiny";
            if (big * TinyScale >= 1) yield return "scale-huge";
        }

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Section 11.1 and the caption of Fig. 4",
                "'two perfectly clustered networks (i.e., each with two neurons)'; w = (1, 0), u = (0, 1); v and α not stated",
                "Eq. (1) with k = 1 (one w- and one u-neuron), v = 1, and every α ∈ (0, 1)",
                "the sign map is the same for every v > 0; the figure's α is not printed, so the claim is checked for all α"),
            new(FindingKind.Textual, "Section 11.1 (Fig. 4b)",
                "'we explicitly show the regime where the network output is zero' (the grey quadrant)",
                "the ReLU network's zero set is the closed quadrant x₁, x₂ ≤ 0 together with the diagonal x₁ = x₂ > 0",
                "N = max(x₁, 0) − max(x₂, 0) also vanishes on the half-diagonal, which the figure draws as the boundary line"),
        ];

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
