using Verification.Arithmetic;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 9: the proof of Theorem 4.1, step by step.</summary>
    public sealed class Section9
    {
        [Claim("SBG.Thm4.1.Invariants")] public void Theorem4_1Invariants() => ClaimAssert.Verdict("SBG.Thm4.1.Invariants");

        [Fact]
        public void Theorem4_1Invariants_generated_cases_satisfy_the_hypotheses() =>
            GeneratedCases.SatisfyHypotheses((Sbg.Theorem4_1Invariants)ClaimAssert.Get("SBG.Thm4.1.Invariants"), Sbg.Theorem4_1Invariants.HypothesesHold);

        [Fact]
        public void Theorem4_1Invariants_hypothesis_check_rejects_a_margin_below_1()
        {
            Rational[] one = [Rational.One];
            Sbg.SgdCase Case(Rational x) => new(new Dataset<Rational>([[x]], [1], one), [one], [one], 1, 1, 1, new Rational(1, 2), new Rational(1, 10), 0);
            Assert.True(Sbg.Theorem4_1Invariants.HypothesesHold(Case(1)));
            Assert.False(Sbg.Theorem4_1Invariants.HypothesesHold(Case(new Rational(1, 2))));
        }
    }
}
