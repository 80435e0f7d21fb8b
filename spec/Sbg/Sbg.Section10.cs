using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using static Verification.Data.Sbg.ClusteredNetworks;

namespace Verification.Spec;

// Section 10: the proof of Theorem 5.1, region by region.

public static partial class Sbg
{
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
        public override string Setting => "any vectors w̄, ū, x in R^d, d = 1..4 (one case in five up to 8), r ∈ [0, 2], also tiny (≥ 10⁻⁶) and huge (≤ 10⁶); "
            + "x on and inside the boundary of the region, and the tight split w̄·x = −ū·x";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("r-nonnegative", "r ≥ 0 (a radius)", "r ∈ [−2, 2]", Expectation.None, "for r < 0 both the premise and the conclusion hold trivially"),
            new("region", "|(w̄ − ū)·x| ≥ 2r‖x‖", "|(w̄ − ū)·x| = m·r‖x‖ with 0 ≤ m < 2", Expectation.Counterexample, "w̄·x = −ū·x = (m/2)·r‖x‖ with m < 2"),
        ];
        public override IReadOnlyList<Constant> Constants => [new("c", 2, 0, 4, "2 is sharp: the triangle inequality is tight for w̄·x = −ū·x")];
        public override IReadOnlyList<string> WrongVariants => ["conclusion-2r"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("premise-equality", "Corollary 10.1: |(w̄ − ū)·x| ≥ 2r‖x‖ at equality", 0.05, "|(w̄ − ū)·x| = 2r‖x‖ > 0"),
            new("conclusion-equality", "Corollary 10.1, proof (triangle inequality): tight when w̄·x = −ū·x", 0.05,
                "max{|w̄·x|, |ū·x|} = r‖x‖ > 0"),
            new("x-zero", "Corollary 10.1: any x ∈ R^d, including 0 (premise and conclusion 0 ≥ 0)", 0.02, "x = 0"),
            new("r-zero", "Section 5: r ≥ 0, perfectly clustered at r = 0", 0.02, "r = 0"),
            new("tiny-scale", "Corollary 10.1: any r > 0, near 0", 0.02, "0 < r ≤ 1/1000"),
            new("huge-scale", "Corollary 10.1: any r, large", 0.02, "r ≥ 1000"),
            new("high-dimension", "Corollary 10.1: x ∈ R^d for any d", 0.05, "d ≥ 5"),
            new("triangle-slack", "Corollary 10.1, proof: |(w̄ − ū)·x| ≤ |w̄·x| + |ū·x| strictly", 0.1, "w̄·x and ū·x of one strict sign"),
        ];

        public override CentresCase Generate(Choices c, Context ctx)
        {
            var d = SizeWide(c, 1, 4, 8);
            var xHat = RationalSphere.UnitVector(c, d);
            var x = Vec.Scale(c.In(Interval.Closed(0, 4), 8), xHat);
            var r = ctx.Weak("r-nonnegative") ? c.In(Interval.Closed(-2, 2), 8)
                : c.Int(0, 9) switch
                {
                    8 => new Rational(1, c.Int(1000, 1_000_000)),
                    9 => new Rational(c.Int(1000, 1_000_000), c.Int(1, 3)),
                    _ => c.In(Interval.Closed(0, 2), 8),
                };
            var constant = ctx.Constant("c", 2);
            var m = ctx.Weak("region") ? c.In(Interval.ClosedOpen(0, constant), 16) : constant + c.NonNegativeRational(4, 4);
            var sign = c.Bool() ? -1 : 1;
            // one case in four the tight split of the proof, on the premise's boundary: w̄·x̂ = −ū·x̂ = sign·(c/2)·r
            var tight = !ctx.Weak("region") && c.Int(0, 3) == 3;
            if (tight) m = constant;
            var q = tight ? -sign * m * r / 2 : c.Centred(3, 64) * (r.Sign == 0 ? Rational.One : r);
            var uBar = Vec.Add(Vec.Scale(q, xHat), RationalSphere.Orthogonal(c, xHat));
            var a = Vec.Add(Vec.Scale(sign * m * r, xHat), RationalSphere.Orthogonal(c, xHat));
            return new CentresCase(Vec.Add(uBar, a), uBar, r, x);
        }

        /// <summary>The hypotheses of Corollary 10.1 (r ≥ 0 and |(w̄ − ū)·x| ≥ 2r‖x‖), checked exactly.</summary>
        public static bool HypothesesHold(CentresCase x) =>
            x.R.Sign >= 0 && Norms.AbsAtLeast(Vec.Dot<Rational>(Vec.Sub(x.WBar, x.UBar), x.X), 2 * x.R, Vec.NormSquared<Rational>(x.X));

        public override IEnumerable<string> Classify(CentresCase x)
        {
            var x2 = Vec.NormSquared<Rational>(x.X);
            var wx = Vec.Dot<Rational>(x.WBar, x.X);
            var ux = Vec.Dot<Rational>(x.UBar, x.X);
            var rx2 = x.R * x.R * x2;
            if (rx2.Sign > 0 && (wx - ux) * (wx - ux) == 4 * rx2) yield return "premise-equality";
            if (rx2.Sign > 0 && (wx * wx >= ux * ux ? wx * wx : ux * ux) == rx2) yield return "conclusion-equality";
            if (x2.Sign == 0) yield return "x-zero";
            if (x.R.Sign == 0) yield return "r-zero";
            if (x.R.Sign > 0 && x.R <= new Rational(1, 1000)) yield return "tiny-scale";
            if (x.R >= 1000) yield return "huge-scale";
            if (x.X.Length >= 5) yield return "high-dimension";
            if ((wx * ux).Sign > 0) yield return "triangle-slack";
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
            // from the exact squares, so that equality reports slack 0 exactly
            var observed = Math.Sqrt((x.R * x.R * x2).ToDouble());
            var largest = Math.Sqrt((wx * wx >= ux * ux ? wx * wx : ux * ux).ToDouble());
            // decided exactly; the doubles only report the slack r‖x‖ ≤ max{|w̄·x|, |ū·x|}
            return conclusion ? Evaluation.HoldsWithSlack(observed, largest, detail) : Evaluation.Fails(Math.Max(0, observed - largest), detail);
        }
    }

    // ---------------------------------------------------------------- Lemma 10.1

    /// <summary>A cluster of neurons around w̄ within radius r (closed or open ball), and an input x with |w̄·x| = m·r‖x‖.</summary>
    public sealed record ClusterCase(Rational[][] Neurons, Rational[] Centre, Rational R, Rational[] X)
    {
        public override string ToString() =>
            $"k = {Neurons.Length}, neurons = [{string.Join("; ", Neurons.Select(Vec.Format))}], w̄ = {Vec.Format(Centre)}, r = {R}, x = {Vec.Format(X)}";
    }

    public sealed class Lemma10_1 : PropertyClaim<ClusterCase>
    {
        public override string Id => "SBG.Lemma10.1";
        public override string Where => "Lemma 10.1 (Section 10)";
        public override string Statement =>
            "If every w⁽ʲ⁾ ∈ Ball(w̄, r), then for all x ∈ R^d with |w̄·x| ≥ r‖x‖ either w⁽ʲ⁾·x > 0 for all j or w⁽ʲ⁾·x < 0 for all j "
            + "(and likewise for the u-neurons).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting =>
            "k = 1..8 neurons in the closed ball of radius r ∈ [0, 2] around their mean (the radius of Section 5 is a maximum, so the ball is closed), "
            + "d = 1..4 (one case in five up to 8), k up to 16, any x with |w̄·x| ≥ r‖x‖; the corrected statement's open ball as a closed ball of "
            + "radius ρr, ρ < 1 (half the time ρ = 1 − 1/q, q ≤ 1000)";
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "False as printed in two ways. (1) x = 0 satisfies |w̄·x| ≥ r‖x‖ but every w⁽ʲ⁾·x = 0. "
            + "(2) Even for x ≠ 0 the proof needs ‖w⁽ʲ⁾ − w̄‖ < r strictly (it says so mid-proof), "
            + "while Section 5 defines r as the maximum radius, so some neuron is on the sphere: then w⁽ʲ⁾·x = 0 is possible. "
            + "Theorem 5.1 survives (it is checked directly), but its proof goes through this lemma at the boundary.",
            "x = 0 (any network); with x ≠ 0: k = 2, d = 1, w⁽¹⁾ = (0), w⁽²⁾ = (2), w̄ = (1), r = 1, x = (1): |w̄·x| = 1 = r‖x‖ but w⁽¹⁾·x = 0",
            "For x ≠ 0 and ‖w⁽ʲ⁾ − w̄‖ < r for all j (open ball, r > 0): |w̄·x| ≥ r‖x‖ implies all w⁽ʲ⁾·x have the same strict sign.");
        public override Claim Corrected => new Lemma10_1Corrected(this);

        /// <summary>The corrected statement's classes and the two configurations that break the printed one.</summary>
        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("x-zero", "Lemma 10.1: \"for all x ∈ R^d\" includes x = 0, where |w̄·x| ≥ r‖x‖ holds trivially", 0.02, "x = 0"),
            new("on-sphere", "Section 5: r is the maximum radius, so some neuron lies on the sphere ‖w⁽ʲ⁾ − w̄‖ = r", 0.02,
                "some ‖w⁽ʲ⁾ − w̄‖ = r > 0"),
            .. new Lemma10_1Corrected(this).Coverage,
        ];

        public override IEnumerable<string> Classify(ClusterCase x)
        {
            if (x.X.All(t => t.Sign == 0)) yield return "x-zero";
            if (x.R.Sign > 0 && x.Neurons.Any(w => Vec.NormSquared<Rational>(Vec.Sub(w, x.Centre)) == x.R * x.R)) yield return "on-sphere";
            foreach (var cls in new Lemma10_1Corrected(this).Classify(x)) yield return cls;
        }

        public override ClusterCase Generate(Choices c, Context ctx) => Cluster(c, ctx, corrected: false);
        public override Evaluation Evaluate(ClusterCase x, Context ctx) => AgreeInSign(x);

        internal static ClusterCase Cluster(Choices c, Context ctx, bool corrected)
        {
            var d = SizeWide(c, 1, 4, 8);
            var k = SizeWide(c, 1, 8, 16);
            var xHat = RationalSphere.UnitVector(c, d);
            var nonzeroX = corrected && !ctx.Weak("x-nonzero");
            var x = Vec.Scale(c.In(nonzeroX ? Interval.OpenClosed(0, 4) : Interval.Closed(0, 4), 8), xHat);
            var openBall = corrected && !ctx.Weak("open-ball");
            var r = c.In(corrected ? Interval.OpenClosed(0, 2) : Interval.Closed(0, 2), 8);
            var m = ctx.Weak("region") ? c.In(Interval.ClosedOpen(0, 1), 16) : 1 + c.NonNegativeRational(4, 4);
            var centre = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), RationalSphere.Orthogonal(c, xHat));
            // the open ball as a closed ball of radius ρr, ρ < 1, half the time ρ = 1 − 1/q close to 1 (neurons near the sphere)
            var rho = !openBall ? Rational.One : c.Bool() ? 1 - new Rational(1, c.Int(2, 1000)) : c.In(Interval.Open(0, 1), 8);
            var devs = Deviations(c, k, d, r * rho, xHat);
            return new ClusterCase(devs.Select(dv => Vec.Add(centre, dv)).ToArray(), centre, r, x);
        }

        internal static Evaluation AgreeInSign(ClusterCase x)
        {
            var products = x.Neurons.Select(w => Vec.Dot<Rational>(w, x.X)).ToArray();
            var agree = products.All(p => p.Sign > 0) || products.All(p => p.Sign < 0);
            return Evaluation.Require(agree, -products.Min(p => Math.Abs(p.ToDouble())) + 1,
                $"w⁽ʲ⁾·x = {Vec.Format(products)}, w̄·x = {Vec.Dot<Rational>(x.Centre, x.X)}, r²‖x‖² = {x.R * x.R * Vec.NormSquared<Rational>(x.X)}");
        }
    }

    public sealed class Lemma10_1Corrected(Claim printed) : CorrectedStatement<ClusterCase>(printed)
    {
        public override string Where => "Lemma 10.1 with x ≠ 0 and the open ball";
        public override string Statement => "If ‖w⁽ʲ⁾ − w̄‖ < r for all j, then for all x ≠ 0 with |w̄·x| ≥ r‖x‖ the w⁽ʲ⁾·x all have the same strict sign.";
        public override string Setting => ""; // as recorded: the correction states no setting of its own
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("x-nonzero", "x ≠ 0", "x = 0 allowed", Expectation.Counterexample, "x = 0 gives w⁽ʲ⁾·x = 0"),
            new("open-ball", "‖w⁽ʲ⁾ − w̄‖ < r", "‖w⁽ʲ⁾ − w̄‖ ≤ r (the closed ball of Section 5)", Expectation.Counterexample,
                "a neuron at w̄ − r·x̂ with w̄·x̂ = r gives w⁽ʲ⁾·x = 0"),
            new("region", "|w̄·x| ≥ r‖x‖", "|w̄·x| = m·r‖x‖ with 0 ≤ m < 1", Expectation.Counterexample,
                "neurons at w̄ ± (r/2)·x̂ straddle 0 when |w̄·x̂| < r/2"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["region-half"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("region-equality", "Lemma 10.1: |w̄·x| ≥ r‖x‖ at equality", 0.05, "|w̄·x| = r‖x‖"),
            new("near-sphere", "Lemma 10.1, proof: ‖w⁽ʲ⁾ − w̄‖ < r, just inside", 0.05, "some ‖w⁽ʲ⁾ − w̄‖ ≥ (99/100)r"),
            new("collapsed", "Section 5: all neurons at their mean (perfect clustering within the ball)", 0.03, "every w⁽ʲ⁾ = w̄"),
            new("k-1", "Lemma 10.1: any k ≥ 1", 0.03, "k = 1"),
            new("high-dimension", "Lemma 10.1: x ∈ R^d for any d", 0.05, "d ≥ 5"),
        ];

        /// <summary>The hypotheses of the corrected lemma, exactly: x ≠ 0, r &gt; 0, ‖w⁽ʲ⁾ − w̄‖ &lt; r, w̄ the mean, |w̄·x| ≥ r‖x‖.</summary>
        public static bool HypothesesHold(ClusterCase x) =>
            x.X.Any(t => t.Sign != 0) && x.R.Sign > 0 && x.Neurons.All(w => Vec.NormSquared<Rational>(Vec.Sub(w, x.Centre)) < x.R * x.R)
            && Vec.Mean(x.Neurons).SequenceEqual(x.Centre) && Norms.AbsAtLeast(Vec.Dot<Rational>(x.Centre, x.X), x.R, Vec.NormSquared<Rational>(x.X));

        public override IEnumerable<string> Classify(ClusterCase x)
        {
            var x2 = Vec.NormSquared<Rational>(x.X);
            var wx = Vec.Dot<Rational>(x.Centre, x.X);
            if (wx * wx == x.R * x.R * x2) yield return "region-equality";
            var d2 = x.Neurons.Max(w => Vec.NormSquared<Rational>(Vec.Sub(w, x.Centre)));
            if (10_000 * d2 >= 9_801 * x.R * x.R) yield return "near-sphere";
            if (d2.Sign == 0) yield return "collapsed";
            if (x.Neurons.Length == 1) yield return "k-1";
            if (x.X.Length >= 5) yield return "high-dimension";
        }
        public override ClusterCase Generate(Choices c, Context ctx) =>
            Lemma10_1.Cluster(c, ctx.Is("region-half") ? ctx with { Weakened = "region" } : ctx, corrected: true);
        public override Evaluation Evaluate(ClusterCase x, Context ctx) => Lemma10_1.AgreeInSign(x);
    }

    // ---------------------------------------------------------------- helpers for the regions of Section 10

    /// <summary>
    /// A clustered network and an input x = s·x̂ (x̂ a rational unit vector, so ‖x‖ = s exactly) with the centres placed at
    /// prescribed multiples of r along x̂: w̄·x̂ = mw·ρ and ū·x̂ = mu·ρ, where ρ = r (or 1 when r = 0), plus components orthogonal
    /// to x̂. Deviations of norm ≤ r and mean zero (extremal, antipodal pairs, generic or collapsed), so w̄, ū are the means.
    /// </summary>
    internal static ClusteredCase PlacedCentres(Choices c, Context ctx, int d, Rational[] xHat, Rational s, Rational r, Rational mw, Rational mu)
    {
        var k = SizeWide(c, 1, 8, 16);
        var alpha = AlphaWide(c, ctx);
        var v = V(c, ctx);
        var rho = r.Sign == 0 ? Rational.One : r;
        var wBar = Vec.Add(Vec.Scale(mw * rho, xHat), RationalSphere.Orthogonal(c, xHat));
        var uBar = Vec.Add(Vec.Scale(mu * rho, xHat), RationalSphere.Orthogonal(c, xHat));
        var dw = Deviations(c, k, d, r, xHat);
        var du = Deviations(c, k, d, r, xHat);
        if (ctx.Weak("centres"))
        {
            var shift = Vec.Scale(c.Bool() ? r : -r, xHat);
            dw = dw.Select(_ => shift).ToArray();
            du = du.Select(_ => Vec.Scale(Rational.NegativeOne, shift)).ToArray();
        }
        var net = new LeakyReluNetwork<Rational>(dw.Select(dv => Vec.Add(wBar, dv)).ToList(), du.Select(dv => Vec.Add(uBar, dv)).ToList(), v, alpha);
        return new ClusteredCase(net, wBar, uBar, r, Vec.Scale(s, xHat));
    }

    /// <summary>sign N(x) = sign((w̄ − ū)·x), the conclusion shared by Propositions 10.1 and 10.2.</summary>
    internal static Evaluation SignsAgree(ClusteredCase x, Context ctx, string region)
    {
        var net = ctx.Is("relu-activation") ? new LeakyReluNetwork<Rational>(x.Net.W, x.Net.U, x.Net.V, Rational.Zero) : x.Net;
        var ax = Vec.Dot<Rational>(x.A, x.X);
        var n = net.Output(x.X);
        var expected = ctx.Is("sign-flip") ? -Sign(ax) : Sign(ax);
        return Evaluation.Require(Sign(n) == expected, Theorem5_1.Violation(n, ax, x),
            $"region {region}: N(x) = {n}, (w̄ − ū)·x = {ax}, w̄·x = {Vec.Dot<Rational>(x.WCentre, x.X)}, ū·x = {Vec.Dot<Rational>(x.UCentre, x.X)}, "
            + $"r = {x.R}, ‖x‖² = {Vec.NormSquared<Rational>(x.X)}");
    }

    /// <summary>m·‖x‖ &gt; t exactly, for m ≥ 0 (‖x‖² = x2).</summary>
    internal static bool NormMultipleExceeds(Rational m, Rational x2, Rational t) =>
        m.Sign >= 0 ? t.Sign < 0 || m * m * x2 > t * t   // m‖x‖ ≥ 0
        : t.Sign < 0 && m * m * x2 < t * t;              // m‖x‖ ≤ 0 exceeds t only when t < 0 and |m|‖x‖ < |t|

    public sealed record RegionCase(ClusteredCase Case, string Region)
    {
        public override string ToString() => $"[{Region}] {Case}";
    }

    // ---------------------------------------------------------------- Proposition 10.1

    /// <summary>Proposition 10.1: where both centre conditions hold, the four sign regions C₊⁺, C₋⁻, C₊⁻, C₋⁺.</summary>
    public sealed class Proposition10_1 : PropertyClaim<RegionCase>
    {
        public override string Id => "SBG.Prop10.1";
        public override string Where => "Proposition 10.1 (Section 10)";
        public override string Statement =>
            "For all x with |w̄·x| ≥ r‖x‖ and |ū·x| ≥ r‖x‖: sign(N(x)) = sign((w̄ − ū)·x) (proved region by region: C₊⁺, C₋⁻, C₊⁻, C₋⁺).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting =>
            "k = 1..8, d = 1..4 (one case in five up to 16 and 8), α ∈ (0, 1) including both ends, "
            + "clusters of radius r ∈ [0, 2] (closed balls, as Section 5 defines r) around their means; "
            + "the generator picks the region (signs of w̄·x and ū·x) and places w̄·x̂ = ±(1 + t)r, ū·x̂ = ±(1 + t')r, t, t' ≥ 0 (on the boundary first); "
            + "x = s·x̂, s ∈ [0, 4]";
        public override string Trust =>
            "exact rational arithmetic; every case lands in the named region by construction. The closed ball is allowed: "
            + "Lemma 10.1 then gives only weak sign agreement, which the proposition's conclusion survives (N = 0 forces (w̄ − ū)·x = 0 in C₊⁻ and C₋⁺)";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Leaky, AlphaAbove1, VPositive,
            new("centres", "w̄ and ū are the means of the clusters", "any centres with the neurons within r of them", Expectation.Counterexample,
                "in C₊⁺ N(x) = v Σ (w⁽ʲ⁾ − u⁽ʲ⁾)·x = vk(mean_w − mean_u)·x, which differs from (w̄ − ū)·x when w̄ is not the mean"),
            new("one-condition", "|w̄·x| ≥ r‖x‖ and |ū·x| ≥ r‖x‖",
                "one of the two conditions replaced by |·| = m·r‖x‖ with 0 ≤ m < 1 (and no 2r condition)", Expectation.None,
                "that is Proposition 10.2's region without its condition |(w̄ − ū)·x| ≥ 2r‖x‖, "
                + "which that proposition does not need (see SBG.Prop10.2, hypothesis 'region')"),
            new("region", "|w̄·x| ≥ r‖x‖ and |ū·x| ≥ r‖x‖", "both replaced by |·| = m·r‖x‖ with 0 ≤ m < 1", Expectation.Counterexample,
                "with both centres within r‖x‖ of the hyperplane both clusters straddle it: "
                + "w-neurons at w̄ with w̄·x = 0 and u-neurons at ū ± r·x̂ give N ≠ 0 = (w̄ − ū)·x"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["relu-activation", "sign-flip"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("C++", "Proposition 10.1, proof: region C₊⁺", 0.1, "w̄·x ≥ r‖x‖, ū·x ≥ r‖x‖"),
            new("C--", "Proposition 10.1, proof: region C₋⁻", 0.1, "w̄·x ≤ −r‖x‖, ū·x ≤ −r‖x‖"),
            new("C+-", "Proposition 10.1, proof: region C₊⁻", 0.1, "w̄·x ≥ r‖x‖, ū·x ≤ −r‖x‖"),
            new("C-+", "Proposition 10.1, proof: region C₋⁺", 0.1, "w̄·x ≤ −r‖x‖, ū·x ≥ r‖x‖"),
            new("w-boundary", "Proposition 10.1: |w̄·x| ≥ r‖x‖ at equality", 0.05, "|w̄·x| = r‖x‖ > 0"),
            new("u-boundary", "Proposition 10.1: |ū·x| ≥ r‖x‖ at equality", 0.05, "|ū·x| = r‖x‖ > 0"),
            new("sign-zero", "Proposition 10.1: sign((w̄ − ū)·x) = 0 is possible in C₊⁺ and C₋⁻ (then N(x) must be 0)", 0.03,
                "(w̄ − ū)·x = 0 with x ≠ 0"),
            new("r-zero", "Corollary 5.1: perfect clustering is Proposition 10.1 with r = 0", 0.02, "r = 0"),
            new("x-zero", "Proposition 10.1: every x, including 0", 0.02, "x = 0"),
            .. ClusterClasses("Proposition 10.1"),
        ];

        public override IReadOnlyList<Discrepancy> Discrepancies => [StrictBallStep("Proposition 10.1, proof")];

        public static bool HypothesesHold(RegionCase x)
        {
            var y = x.Case;
            var x2 = Vec.NormSquared<Rational>(y.X);
            return ClusteredHypothesesHold(y) && Norms.AbsAtLeast(Vec.Dot<Rational>(y.WCentre, y.X), y.R, x2)
                && Norms.AbsAtLeast(Vec.Dot<Rational>(y.UCentre, y.X), y.R, x2);
        }

        public override IEnumerable<string> Classify(RegionCase x)
        {
            var y = x.Case;
            var x2 = Vec.NormSquared<Rational>(y.X);
            var wx = Vec.Dot<Rational>(y.WCentre, y.X);
            var ux = Vec.Dot<Rational>(y.UCentre, y.X);
            var rx2 = y.R * y.R * x2;
            if (x2.Sign > 0 || y.R.Sign > 0)
                yield return "C" + (wx.Sign > 0 || (wx.Sign == 0 && x.Region.StartsWith("C+", StringComparison.Ordinal)) ? "+" : "-")
                    + (ux.Sign > 0 || (ux.Sign == 0 && x.Region.Length > 2 && x.Region[2] == '+') ? "+" : "-");
            if (rx2.Sign > 0 && wx * wx == rx2) yield return "w-boundary";
            if (rx2.Sign > 0 && ux * ux == rx2) yield return "u-boundary";
            if (x2.Sign > 0 && wx == ux) yield return "sign-zero";
            if (y.R.Sign == 0) yield return "r-zero";
            if (x2.Sign == 0) yield return "x-zero";
            foreach (var a in ClusterClassesOf(y)) yield return a;
        }

        public override RegionCase Generate(Choices c, Context ctx)
        {
            var d = SizeWide(c, 1, 4, 8);
            var xHat = RationalSphere.UnitVector(c, d);
            var s = c.In(Interval.Closed(0, 4), 8);
            var r = c.In(Interval.Closed(0, 2), 8);
            var sw = c.Bool() ? -1 : 1;
            var su = c.Bool() ? -1 : 1;
            var mw = sw * (1 + c.NonNegativeRational(8, 4));
            var mu = su * (1 + c.NonNegativeRational(8, 4));
            if (sw == su && c.Int(0, 7) == 7) mu = mw; // (w̄ − ū)·x = 0 inside C₊⁺ or C₋⁻
            if (ctx.Weak("one-condition") || ctx.Weak("region"))
            {
                var m = c.In(Interval.ClosedOpen(0, 1), 16) * (c.Bool() ? -1 : 1);
                var both = ctx.Weak("region");
                if (both || c.Bool()) mw = m;
                if (both || mw != m) mu = c.In(Interval.ClosedOpen(0, 1), 16) * (c.Bool() ? -1 : 1);
            }
            var region = $"C{(sw > 0 ? "+" : "-")}{(su > 0 ? "+" : "-")} (w-sign, u-sign)";
            return new RegionCase(PlacedCentres(c, ctx, d, xHat, s, r, mw, mu), region);
        }

        public override string Describe(RegionCase x) => x.ToString();
        public override Evaluation Evaluate(RegionCase x, Context ctx) => SignsAgree(x.Case, ctx, x.Region);
    }

    // ---------------------------------------------------------------- Proposition 10.2

    /// <summary>Proposition 10.2: where exactly one centre condition holds (and |(w̄ − ū)·x| ≥ 2r‖x‖), in its four sub-cases.</summary>
    public sealed class Proposition10_2 : PropertyClaim<RegionCase>
    {
        public override string Id => "SBG.Prop10.2";
        public override string Where => "Proposition 10.2 (Section 10)";
        public override string Statement =>
            "For x with |w̄·x| < r‖x‖, |ū·x| ≥ r‖x‖ and |(w̄ − ū)·x| ≥ 2r‖x‖ (and symmetrically with w̄ and ū exchanged): sign(N(x)) = sign((w̄ − ū)·x).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting =>
            "k = 1..8, d = 1..4 (one case in five up to 16 and 8), r ∈ (0, 2], x = s·x̂ ≠ 0 (the region is empty otherwise); "
            + "sub-cases ū·x ≥ r‖x‖, ū·x ≤ −r‖x‖, w̄·x ≥ r‖x‖, w̄·x ≤ −r‖x‖, "
            + "with the free centre at m·r, m ∈ (−1, 1), and the other at m ± (2 + e)r, e ≥ 0 (the 2r boundary first); closed balls";
        public override string Trust =>
            "exact rational arithmetic; every case lands in the named sub-case by construction. The proof assumes ‖w⁽ʲ⁾ − w̄‖ < r strictly; "
            + "the closed balls generated here show the statement does not need it";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Leaky, VPositive,
            new("region", "|(w̄ − ū)·x| ≥ 2r‖x‖", "dropped: the other centre anywhere at ±(1 + t)r, t ∈ [0, 2]", Expectation.None,
                "the condition is superfluous: if ū·x ≥ r‖x‖ then all u⁽ʲ⁾·x ≥ 0 and, σ being convex with deviations of mean 0 and size ≤ r‖x‖, "
                + "Σσ(w⁽ʲ⁾·x) ≤ (k/2)(σ(w̄·x + r‖x‖) + σ(w̄·x − r‖x‖)) < k·r‖x‖ ≤ kū·x for |w̄·x| < r‖x‖; if ū·x ≤ −r‖x‖, "
                + "Lemma 10.2 needs only w̄·x > −r‖x‖. So Theorem 5.1 holds on all of {|w̄·x| ≥ r‖x‖} ∪ {|ū·x| ≥ r‖x‖}"),
            new("one-sided", "|ū·x| ≥ r‖x‖ (resp. |w̄·x| ≥ r‖x‖)", "both |w̄·x| < r‖x‖ and |ū·x| < r‖x‖, no 2r condition", Expectation.Counterexample,
                "neither cluster then has a sign: the sharp-constant configuration of SBG.Thm5.1 lies here"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["relu-activation", "sign-flip"];

        private static readonly string[] SubCases =
            ["ū·x ≥ r‖x‖, |w̄·x| < r‖x‖", "ū·x ≤ −r‖x‖, |w̄·x| < r‖x‖", "w̄·x ≥ r‖x‖, |ū·x| < r‖x‖", "w̄·x ≤ −r‖x‖, |ū·x| < r‖x‖"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("u-positive", "Proposition 10.2, proof: case ū·x ≥ r‖x‖", 0.1, SubCases[0]),
            new("u-negative", "Proposition 10.2, proof: case ū·x ≤ −r‖x‖ (Lemma 10.2)", 0.1, SubCases[1]),
            new("w-positive", "Proposition 10.2, proof: case w̄·x ≥ r‖x‖", 0.1, SubCases[2]),
            new("w-negative", "Proposition 10.2, proof: case w̄·x ≤ −r‖x‖", 0.1, SubCases[3]),
            new("2r-equality", "Proposition 10.2: |(w̄ − ū)·x| ≥ 2r‖x‖ at equality", 0.05, "|(w̄ − ū)·x| = 2r‖x‖"),
            new("free-near-edge", "Proposition 10.2: |w̄·x| < r‖x‖ (resp. |ū·x|) strictly, just inside", 0.03,
                "the free centre at |·| ≥ (15/16)r‖x‖"),
            .. ClusterClasses("Proposition 10.2"),
        ];

        public override IReadOnlyList<Discrepancy> Discrepancies => [StrictBallStep("Proposition 10.2, proof")];

        /// <summary>Which sub-case a case is in (or −1), decided exactly.</summary>
        private static int SubCase(ClusteredCase y)
        {
            var x2 = Vec.NormSquared<Rational>(y.X);
            var wx = Vec.Dot<Rational>(y.WCentre, y.X);
            var ux = Vec.Dot<Rational>(y.UCentre, y.X);
            var rx2 = y.R * y.R * x2;
            var wIn = wx * wx < rx2;
            var uIn = ux * ux < rx2;
            return wIn && !uIn ? (ux.Sign > 0 ? 0 : 1) : uIn && !wIn ? (wx.Sign > 0 ? 2 : 3) : -1;
        }

        public static bool HypothesesHold(RegionCase x)
        {
            var y = x.Case;
            var x2 = Vec.NormSquared<Rational>(y.X);
            return ClusteredHypothesesHold(y) && SubCase(y) >= 0 && Norms.AbsAtLeast(Vec.Dot<Rational>(y.A, y.X), 2 * y.R, x2);
        }

        public override IEnumerable<string> Classify(RegionCase x)
        {
            var y = x.Case;
            var x2 = Vec.NormSquared<Rational>(y.X);
            var sub = SubCase(y);
            if (sub >= 0) yield return new[] { "u-positive", "u-negative", "w-positive", "w-negative" }[sub];
            var rx2 = y.R * y.R * x2;
            var ax = Vec.Dot<Rational>(y.A, y.X);
            if (ax * ax == 4 * rx2) yield return "2r-equality";
            // (|ū·x| = r‖x‖ with |w̄·x| < r‖x‖ contradicts the 2r condition, so the one-sided condition is never at equality here)
            var free = sub < 2 ? Vec.Dot<Rational>(y.WCentre, y.X) : Vec.Dot<Rational>(y.UCentre, y.X);
            if (256 * free * free >= 225 * rx2) yield return "free-near-edge";
            foreach (var a in ClusterClassesOf(y)) yield return a;
        }

        public override RegionCase Generate(Choices c, Context ctx)
        {
            var d = SizeWide(c, 1, 4, 8);
            var xHat = RationalSphere.UnitVector(c, d);
            var s = c.In(Interval.OpenClosed(0, 4), 8);
            var r = c.In(Interval.OpenClosed(0, 2), 8);
            var sub = c.Int(0, 3); // 0: ū·x ≥ r‖x‖, 1: ū·x ≤ −r‖x‖, 2: w̄·x ≥ r‖x‖, 3: w̄·x ≤ −r‖x‖
            var free = c.Int(0, 7) == 7 ? (c.Bool() ? -1 : 1) * (1 - new Rational(1, c.Int(16, 1000))) : c.In(Interval.Open(-1, 1), 16);
            var sign = sub % 2 == 0 ? 1 : -1;
            var other = ctx.Weak("region") ? sign * (1 + c.In(Interval.Closed(0, 2), 16))
                : ctx.Weak("one-sided") ? c.In(Interval.Open(-1, 1), 16)
                : free + sign * (2 + c.NonNegativeRational(8, 4));
            var (mw, mu) = sub < 2 ? (free, other) : (other, free);
            return new RegionCase(PlacedCentres(c, ctx, d, xHat, s, r, mw, mu), SubCases[sub]);
        }

        public override string Describe(RegionCase x) => x.ToString();
        public override Evaluation Evaluate(RegionCase x, Context ctx) => SignsAgree(x.Case, ctx, x.Region);
    }

    // ---------------------------------------------------------------- Lemma 10.2

    /// <summary>
    /// Lemma 10.2 in the context of Proposition 10.2's case ū·x ≤ −r‖x‖: the bound −Σσ(w⁽ʲ⁾·x) &lt; αkr‖x‖ (what the proof by
    /// contradiction establishes from w̄·x &gt; −r‖x‖) and the lemma's implication sign N(x) = sign((w̄ − ū)·x) = 1.
    /// </summary>
    public sealed class Lemma10_2 : PropertyClaim<ClusteredCase>
    {
        public override string Id => "SBG.Lemma10.2";
        public override string Where => "Lemma 10.2 (Section 10, inside the proof of Proposition 10.2)";
        public override string Statement =>
            "In the case ū·x ≤ −r‖x‖ (u-neurons within r of ū) with w̄·x > −r‖x‖ (in particular |w̄·x| < r‖x‖): "
            + "−Σⱼσ(w⁽ʲ⁾·x) < αkr‖x‖ (proved by contradiction via −σ(z) ≤ −αz), and then sign(N(x)) = sign((w̄ − ū)·x) = 1.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting =>
            "k = 1..8, d = 1..4 (one case in five up to 16 and 8), r ∈ (0, 2], x = s·x̂ ≠ 0; ū·x̂ = −(1 + t)r (t ∈ [0, 3]), "
            + "w̄·x̂ = m·r with m ∈ (−1, 3] (m ∈ (−1, 1) is Proposition 10.2's region; one case in eight m = −1 + 1/q, q ≤ 1000); closed balls";
        public override string Trust =>
            "exact rational arithmetic, ‖x‖ = s exactly (x̂ is a rational unit vector); the bound is compared on squares when both sides are non-negative";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Leaky,
            new("w-condition", "w̄·x > −r‖x‖ (from |w̄·x| < r‖x‖)", "w̄·x = m·r‖x‖ with m ∈ [−3, −1]", Expectation.Counterexample,
                "then all w⁽ʲ⁾·x ≤ 0, so −Σσ(w⁽ʲ⁾·x) = −αk w̄·x ≥ αkr‖x‖: the bound fails (the contradiction in the proof is exactly this case)"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["half-bound"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("u-boundary", "Proposition 10.2, case ū·x ≤ −r‖x‖, at equality", 0.03, "ū·x = −r‖x‖"),
            new("w-near-lower", "Lemma 10.2, proof by contradiction: w̄·x > −r‖x‖, just inside (the contradiction is tight)", 0.03,
                "−r‖x‖ < w̄·x ≤ −(15/16)r‖x‖"),
            new("prop-10.2-region", "Proposition 10.2: |w̄·x| < r‖x‖", 0.2, "|w̄·x| < r‖x‖"),
            new("beyond-region", "Lemma 10.2's argument needs only w̄·x > −r‖x‖", 0.1, "w̄·x ≥ r‖x‖"),
            .. ClusterClasses("Lemma 10.2"),
        ];

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Lemma 10.2 (Section 10)",
                "\"If α·k·r‖x‖ > −Σⱼσ(w⁽ʲ⁾·x) then sign(N_θ(x)) = sign((w̄ − ū)·x) = 1\"",
                "inside Proposition 10.2's case ū·x ≤ −r‖x‖ with w̄·x > −r‖x‖: the bound is checked as the proof derives it, then the conclusion",
                "the lemma's premise alone does not give the conclusion: it uses ū·x ≤ −r‖x‖ (all u⁽ʲ⁾·x < 0, so −Σσ(u⁽ʲ⁾·x) ≥ αkr‖x‖) "
                + "and (w̄ − ū)·x > 0 from the surrounding case, which the statement leaves out"),
            StrictBallStep("Proposition 10.2, case ū·x ≤ −r‖x‖"),
        ];

        public static bool HypothesesHold(ClusteredCase x)
        {
            var x2 = Vec.NormSquared<Rational>(x.X);
            var wx = Vec.Dot<Rational>(x.WCentre, x.X);
            var ux = Vec.Dot<Rational>(x.UCentre, x.X);
            return ClusteredHypothesesHold(x) && x.R.Sign > 0 && x2.Sign > 0 && ux.Sign < 0 && ux * ux >= x.R * x.R * x2
                && (wx.Sign >= 0 || wx * wx < x.R * x.R * x2);
        }

        public override IEnumerable<string> Classify(ClusteredCase x)
        {
            var x2 = Vec.NormSquared<Rational>(x.X);
            var rx2 = x.R * x.R * x2;
            var wx = Vec.Dot<Rational>(x.WCentre, x.X);
            var ux = Vec.Dot<Rational>(x.UCentre, x.X);
            if (ux * ux == rx2) yield return "u-boundary";
            if (wx.Sign < 0 && 256 * wx * wx >= 225 * rx2) yield return "w-near-lower";
            if (wx * wx < rx2) yield return "prop-10.2-region";
            if (wx.Sign > 0 && wx * wx >= rx2) yield return "beyond-region";
            foreach (var a in ClusterClassesOf(x)) yield return a;
        }

        public override ClusteredCase Generate(Choices c, Context ctx)
        {
            var d = SizeWide(c, 1, 4, 8);
            var xHat = RationalSphere.UnitVector(c, d);
            var s = c.In(Interval.OpenClosed(0, 4), 8);
            var r = c.In(Interval.OpenClosed(0, 2), 8);
            var mw = ctx.Weak("w-condition") ? c.In(Interval.Closed(-3, -1), 16)
                : c.Int(0, 7) == 7 ? -1 + new Rational(1, c.Int(16, 1000)) // just above −r‖x‖
                : c.In(Interval.OpenClosed(-1, 3), 16);
            var mu = -(1 + c.In(Interval.Closed(0, 3), 8));
            return PlacedCentres(c, ctx, d, xHat, s, r, mw, mu);
        }

        public override string Describe(ClusteredCase x) => x.ToString();

        public override Evaluation Evaluate(ClusteredCase x, Context ctx)
        {
            var net = x.Net;
            var x2 = Vec.NormSquared<Rational>(x.X);
            var negSum = -net.W.Aggregate(Rational.Zero, (acc, w) => acc + LeakyReluNetwork<Rational>.Sigma(Vec.Dot<Rational>(w, x.X), net.Alpha));
            var factor = ctx.Is("half-bound") ? new Rational(1, 2) : Rational.One;
            var bound = NormMultipleExceeds(factor * net.Alpha * net.K * x.R, x2, negSum);
            var n = net.Output(x.X);
            var ax = Vec.Dot<Rational>(x.A, x.X);
            var detail = $"−Σσ(w⁽ʲ⁾·x) = {negSum}, (αkr)²‖x‖² = {(net.Alpha * net.K * x.R) * (net.Alpha * net.K * x.R) * x2}, N(x) = {n}, (w̄ − ū)·x = {ax}";
            if (!bound) return Evaluation.Fails(Math.Max(1e-9, negSum.ToDouble() - (factor * net.Alpha * net.K * x.R).ToDouble() * Math.Sqrt(x2.ToDouble())),
                "bound fails: " + detail);
            if (!(n.Sign > 0 && ax.Sign > 0)) return Evaluation.Fails(Theorem5_1.Violation(n, ax, x), detail);
            // decided exactly above; the doubles report the slack of −Σσ(w⁽ʲ⁾·x) < αkr‖x‖
            return Evaluation.HoldsWithSlack(negSum.ToDouble(), (factor * net.Alpha * net.K * x.R).ToDouble() * Math.Sqrt(x2.ToDouble()), detail);
        }
    }
}
