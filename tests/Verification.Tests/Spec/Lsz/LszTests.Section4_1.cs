using Verification.Harness;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 4.1 (with the proof of Theorem 3 in 4.3): Eq. (14), Proposition 4, Lemma 6, Theorem 3.</summary>
    public sealed class Section4_1
    {
        [Claim("LSZ.Eq14")] public void Equation14() => ClaimAssert.Verdict("LSZ.Eq14");
        [Claim("LSZ.Prop4")] public void Proposition4() => ClaimAssert.Verdict("LSZ.Prop4");
        [Claim("LSZ.Lemma6")] public void Lemma6() => ClaimAssert.Verdict("LSZ.Lemma6");
        [Claim("LSZ.Thm3")] public void Theorem3() => ClaimAssert.Verdict("LSZ.Thm3");

        [Fact, Trait("Paper", "LSZ")] public void Equation14_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq14", "N-instead-of-N-minus-1");
        [Fact, Trait("Paper", "LSZ")] public void Proposition4_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Prop4", "rate-c0-over-pi");
        [Fact, Trait("Paper", "LSZ")] public void Lemma6_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma6", "reversed-pattern");
        [Fact, Trait("Paper", "LSZ")] public void Theorem3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Thm3", "F-halved");

        /// <summary>The wrong variants must also be rejected by the corrected statements.</summary>
        [Theory]
        [Trait("Paper", "LSZ")]
        [InlineData("LSZ.Eq14", "N-instead-of-N-minus-1")]
        [InlineData("LSZ.Thm3", "F-halved")]
        public void CorrectedRejectsWrongVariant(string id, string variant) => AssertCorrectedRejects(id, variant);
    }
}
