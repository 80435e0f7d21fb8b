using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.4: Eq. (8), Lemma 12, Lemmas 4-5, Theorem 2, Remarks 3, 6 and 7.</summary>
    public sealed class Section3_4
    {
        [Claim("LSZ.Eq8")] public void Equation8() => ClaimAssert.Verdict("LSZ.Eq8");
        [Claim("LSZ.Lemma12")] public void Lemma12() => ClaimAssert.Verdict("LSZ.Lemma12");
        [Claim("LSZ.Lemma4")] public void Lemma4() => ClaimAssert.Verdict("LSZ.Lemma4");
        [Claim("LSZ.Lemma5")] public void Lemma5() => ClaimAssert.Verdict("LSZ.Lemma5");
        [Claim("LSZ.Thm2")] public void Theorem2() => ClaimAssert.Verdict("LSZ.Thm2");
        [Claim("LSZ.Remark3")] public void Remark3() => ClaimAssert.Verdict("LSZ.Remark3");
        [Claim("LSZ.Remark6")] public void Remark6() => ClaimAssert.Verdict("LSZ.Remark6");
        [Claim("LSZ.Remark7")] public void Remark7() => ClaimAssert.Verdict("LSZ.Remark7");

        [Fact, Trait("Paper", "LSZ")] public void Equation8_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq8", "plus-cos-term");
        [Fact, Trait("Paper", "LSZ")] public void Lemma12_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma12", "no-square-on-eta");
        [Fact, Trait("Paper", "LSZ")] public void Lemma4_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma4", "B-doubled");
        [Fact, Trait("Paper", "LSZ")] public void Lemma5_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma5", "B-times-100");
        [Fact, Trait("Paper", "LSZ")] public void Theorem2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Thm2", "condition-delta-1000");
        [Fact, Trait("Paper", "LSZ")] public void Remark3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark3", "demand-cos-one");
        [Fact, Trait("Paper", "LSZ")] public void Remark6_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark6", "harmonic-sqrt-ln");
        [Fact, Trait("Paper", "LSZ")]
        public void Remark7_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark7", "harmonic-ln-n");
    }
}
