using Verification.Harness;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 4.2 and Appendix B.2: Lemmas 7-8, Eqs. (39) and (41).</summary>
    public sealed class Section4_2
    {
        [Claim("LSZ.Lemma7")] public void Lemma7() => ClaimAssert.Verdict("LSZ.Lemma7");
        [Claim("LSZ.Lemma8")] public void Lemma8() => ClaimAssert.Verdict("LSZ.Lemma8");
        [Claim("LSZ.Eq39")] public void Equation39() => ClaimAssert.Verdict("LSZ.Eq39");
        [Claim("LSZ.Eq41")] public void Equation41() => ClaimAssert.Verdict("LSZ.Eq41");

        [Fact, Trait("Paper", "LSZ")] public void Lemma7_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma7", "exponent-2-over-N");
        [Fact, Trait("Paper", "LSZ")] public void Lemma8_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma8", "upper-zero-slope");
        [Fact, Trait("Paper", "LSZ")] public void Equation39_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq39", "factor-one");
        [Fact, Trait("Paper", "LSZ")] public void Equation41_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq41", "factor-4");

        /// <summary>The wrong variants must also be rejected by the corrected statements.</summary>
        [Theory]
        [Trait("Paper", "LSZ")]
        [InlineData("LSZ.Eq41", "factor-4")]
        public void CorrectedRejectsWrongVariant(string id, string variant) => AssertCorrectedRejects(id, variant);
    }
}
