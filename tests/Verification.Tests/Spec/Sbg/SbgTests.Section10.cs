using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 10: the proof of Theorem 5.1, region by region.</summary>
    public sealed class Section10
    {
        [Claim("SBG.Cor10.1")] public void Corollary10_1() => ClaimAssert.Verdict("SBG.Cor10.1");
        [Claim("SBG.Lemma10.1")] public void Lemma10_1() => ClaimAssert.Verdict("SBG.Lemma10.1");
        [Claim("SBG.Prop10.1")] public void Proposition10_1() => ClaimAssert.Verdict("SBG.Prop10.1");
        [Claim("SBG.Prop10.2")] public void Proposition10_2() => ClaimAssert.Verdict("SBG.Prop10.2");
        [Claim("SBG.Lemma10.2")] public void Lemma10_2() => ClaimAssert.Verdict("SBG.Lemma10.2");

        [Fact]
        public void Generated_cases_satisfy_the_hypotheses()
        {
            GeneratedCases.SatisfyHypotheses((Sbg.Corollary10_1)ClaimAssert.Get("SBG.Cor10.1"), Sbg.Corollary10_1.HypothesesHold);
            var lemma = (Sbg.Lemma10_1)ClaimAssert.Get("SBG.Lemma10.1");
            GeneratedCases.SatisfyHypotheses((Sbg.Lemma10_1Corrected)lemma.Corrected, Sbg.Lemma10_1Corrected.HypothesesHold);
            GeneratedCases.SatisfyHypotheses((Sbg.Proposition10_1)ClaimAssert.Get("SBG.Prop10.1"), Sbg.Proposition10_1.HypothesesHold);
            GeneratedCases.SatisfyHypotheses((Sbg.Proposition10_2)ClaimAssert.Get("SBG.Prop10.2"), Sbg.Proposition10_2.HypothesesHold);
            GeneratedCases.SatisfyHypotheses((Sbg.Lemma10_2)ClaimAssert.Get("SBG.Lemma10.2"), Sbg.Lemma10_2.HypothesesHold);
        }

        [Fact]
        public void Lemma10_1_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("SBG.Lemma10.1");

        [Fact]
        public void Hypothesis_checks_reject_instances_outside_the_hypotheses()
        {
            // the checks themselves can fail: a premise just missed, a neuron outside the open ball
            Rational[] one = [Rational.One];
            Assert.False(Sbg.Corollary10_1.HypothesesHold(new Sbg.CentresCase(one, [Rational.Zero], 1, one))); // |1| < 2·1
            Assert.True(Sbg.Corollary10_1.HypothesesHold(new Sbg.CentresCase([2], [Rational.Zero], 1, one)));
            Assert.False(Sbg.Lemma10_1Corrected.HypothesesHold(new Sbg.ClusterCase([[Rational.Zero], [2]], one, 1, one))); // on the sphere
            Assert.True(Sbg.Lemma10_1Corrected.HypothesesHold(new Sbg.ClusterCase([[new Rational(1, 2)], [new Rational(3, 2)]], one, 1, one)));
        }

        [Fact]
        public void Wide_parameterisations_reach_both_ends()
        {
            // raw 0 is the simplest value: the usual range; the last selector value opens the wide one
            Assert.Equal(1, Sbg.SizeWide(new Choices([0, 0]), 1, 4, 8));
            Assert.Equal(5, Sbg.SizeWide(new Choices([4, 0]), 1, 4, 8));
            Assert.Equal(8, Sbg.SizeWide(new Choices([4, 3]), 1, 4, 8));
            Assert.Equal(1 - new Rational(1, 2), Sbg.AlphaWide(new Choices([3, 0]), Context.AsPrinted));
            Assert.Equal(1 - new Rational(1, 128), Sbg.AlphaWide(new Choices([3, 126]), Context.AsPrinted));
            var weak = Sbg.AlphaWide(new Choices([3, 0, 0]), Context.AsPrinted with { Weakened = "leaky" });
            Assert.True(weak < 1); // a weakened α is Alpha's, never the near-1 branch
        }

        [Fact]
        public void Lemma10_1_minimal_reproducers_of_the_finding()
        {
            var lemma = (Sbg.Lemma10_1)ClaimAssert.Get("SBG.Lemma10.1");
            // x = 0
            Assert.True(lemma.Evaluate(new Sbg.ClusterCase([[Rational.One]], [Rational.One], 0, [Rational.Zero]), Context.AsPrinted).IsFailure);
            // x ≠ 0, a neuron on the closed ball's boundary: w = (0), (2), w̄ = (1), r = 1, x = (1)
            Assert.True(lemma.Evaluate(new Sbg.ClusterCase([[Rational.Zero], [2]], [Rational.One], 1, [Rational.One]), Context.AsPrinted).IsFailure);
        }

        [Fact]
        public void Proposition10_2_holds_without_its_2r_condition_on_a_worst_case()
        {
            // ū·x = r‖x‖, w̄·x just below r‖x‖, w-neurons at w̄ ± r·x̂: (w̄ − ū)·x ≈ 0 but the sign still agrees
            var alpha = new Rational(1, 10);
            var r = Rational.One;
            var wBar = new Rational(99, 100);
            var net = new LeakyReluNetwork<Rational>([[wBar + r], [wBar - r]], [[r], [r]], 1, alpha);
            var n = net.Output([Rational.One]);
            Assert.True(n < 0 && wBar - r < 0);
        }
    }
}
