using Verification.Harness;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.3: Lemma 2 with Eqs. (5)-(6), Eqs. (4) and (7), Lemma 3.</summary>
    public sealed class Section3_3
    {
        [Claim("LSZ.Lemma2")] public void Lemma2() => ClaimAssert.Verdict("LSZ.Lemma2");
        [Claim("LSZ.Lemma2.Eq6")] public void Lemma2Equation6() => ClaimAssert.Verdict("LSZ.Lemma2.Eq6");
        [Claim("LSZ.Eq4")] public void Equation4() => ClaimAssert.Verdict("LSZ.Eq4");
        [Claim("LSZ.Eq7")] public void Equation7() => ClaimAssert.Verdict("LSZ.Eq7");
        [Claim("LSZ.Lemma3")] public void Lemma3() => ClaimAssert.Verdict("LSZ.Lemma3");

        [Fact, Trait("Paper", "LSZ")] public void Lemma2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma2", "c0-over-2pi");
        [Fact, Trait("Paper", "LSZ")] public void Lemma2Equation6_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma2.Eq6", "drop-projection");
        [Fact, Trait("Paper", "LSZ")] public void Equation4_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq4", "no-one-over-norm");
        [Fact, Trait("Paper", "LSZ")] public void Equation7_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq7", "plus-sign");
        [Fact, Trait("Paper", "LSZ")] public void Lemma3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma3", "flip-ii");

        /// <summary>The wrong variants must also be rejected by the corrected statements.</summary>
        [Theory]
        [Trait("Paper", "LSZ")]
        [InlineData("LSZ.Lemma3", "flip-ii")]
        public void CorrectedRejectsWrongVariant(string id, string variant) => AssertCorrectedRejects(id, variant);
    }
}
