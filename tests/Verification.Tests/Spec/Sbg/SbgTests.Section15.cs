using Verification.Arithmetic;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 15: antipodal data.</summary>
    public sealed class Section15
    {
        [Claim("SBG.Antipodal")] public void Antipodal() => ClaimAssert.Verdict("SBG.Antipodal");

        [Fact]
        public void Antipodal_generated_cases_satisfy_the_hypotheses() =>
            GeneratedCases.SatisfyHypotheses((Sbg.Antipodal)ClaimAssert.Get("SBG.Antipodal"), Sbg.Antipodal.HypothesesHold);

        [Fact]
        public void Antipodal_hypothesis_check_rejects_a_missing_mirror_point()
        {
            Rational[] ws = [Rational.One];
            var pair = new Dataset<Rational>([[Rational.One], [Rational.NegativeOne]], [1, -1], ws);
            Assert.True(Sbg.Antipodal.HypothesesHold(new Sbg.AntipodalCase(pair, 1)));
            var lone = new Dataset<Rational>([[Rational.One], [(Rational)(-2)]], [1, -1], ws);
            Assert.False(Sbg.Antipodal.HypothesesHold(new Sbg.AntipodalCase(lone, 1)));
            Assert.False(Sbg.Antipodal.HypothesesHold(new Sbg.AntipodalCase(pair, 0)));
        }
    }
}
