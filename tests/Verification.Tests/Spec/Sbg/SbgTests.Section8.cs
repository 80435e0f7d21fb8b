using Verification.Arithmetic;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 8.1: a first-layer bias.</summary>
    public sealed class Section8
    {
        [Claim("SBG.Bias")] public void Bias() => ClaimAssert.Verdict("SBG.Bias");

        [Fact]
        public void Bias_generated_cases_satisfy_the_hypotheses() =>
            GeneratedCases.SatisfyHypotheses((Sbg.Bias)ClaimAssert.Get("SBG.Bias"), Sbg.Bias.HypothesesHold);

        [Fact]
        public void Bias_hypothesis_check_rejects_c_zero_and_alpha_one()
        {
            Rational[] one = [Rational.One];
            var net = new LeakyReluNetwork<Rational>([one], [one], 1, new Rational(1, 2));
            Assert.True(Sbg.Bias.HypothesesHold(new Sbg.BiasCase(net, one, one, one, 1)));
            Assert.False(Sbg.Bias.HypothesesHold(new Sbg.BiasCase(net, one, one, one, 0)));
            Assert.False(Sbg.Bias.HypothesesHold(new Sbg.BiasCase(new(net.W, net.U, 1, 1), one, one, one, 1)));
        }
    }
}
