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
