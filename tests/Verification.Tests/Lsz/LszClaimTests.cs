using Verification.Harness;
using Xunit;

namespace Verification.Tests.Lsz;

/// <summary>One test per LSZ claim (recorded verdict under the ci seed; recorded failures also run the corrected statement)
/// and one per deliberately wrong variant.</summary>
public class LszClaimTests
{
    [Claim("LSZ.Prop1")] public void Prop1() => ClaimAssert.Verdict("LSZ.Prop1");
    [Claim("LSZ.Prop2")] public void Prop2() => ClaimAssert.Verdict("LSZ.Prop2");
    [Claim("LSZ.Prop3")] public void Prop3() => ClaimAssert.Verdict("LSZ.Prop3");
    [Claim("LSZ.Eq21")] public void Eq21() => ClaimAssert.Verdict("LSZ.Eq21");
    [Claim("LSZ.Remark2")] public void Remark2() => ClaimAssert.Verdict("LSZ.Remark2");
    [Claim("LSZ.Eq2")] public void Eq2() => ClaimAssert.Verdict("LSZ.Eq2");
    [Claim("LSZ.Eq4")] public void Eq4() => ClaimAssert.Verdict("LSZ.Eq4");
    [Claim("LSZ.Eq7")] public void Eq7() => ClaimAssert.Verdict("LSZ.Eq7");
    [Claim("LSZ.Lemma2")] public void Lemma2() => ClaimAssert.Verdict("LSZ.Lemma2");
    [Claim("LSZ.Lemma2.Eq6")] public void Lemma2Eq6() => ClaimAssert.Verdict("LSZ.Lemma2.Eq6");
    [Claim("LSZ.Lemma3")] public void Lemma3() => ClaimAssert.Verdict("LSZ.Lemma3");
    [Claim("LSZ.Lemma1")] public void Lemma1() => ClaimAssert.Verdict("LSZ.Lemma1");
    [Claim("LSZ.Lemma10")] public void Lemma10() => ClaimAssert.Verdict("LSZ.Lemma10");
    [Claim("LSZ.Lemma11")] public void Lemma11() => ClaimAssert.Verdict("LSZ.Lemma11");
    [Claim("LSZ.Thm1")] public void Thm1() => ClaimAssert.Verdict("LSZ.Thm1");
    [Claim("LSZ.Eq8")] public void Eq8() => ClaimAssert.Verdict("LSZ.Eq8");
    [Claim("LSZ.Lemma12")] public void Lemma12() => ClaimAssert.Verdict("LSZ.Lemma12");
    [Claim("LSZ.Lemma4")] public void Lemma4() => ClaimAssert.Verdict("LSZ.Lemma4");
    [Claim("LSZ.Remark6")] public void Remark6() => ClaimAssert.Verdict("LSZ.Remark6");
    [Claim("LSZ.Lemma5")] public void Lemma5() => ClaimAssert.Verdict("LSZ.Lemma5");
    [Claim("LSZ.Remark7")] public void Remark7() => ClaimAssert.Verdict("LSZ.Remark7");
    [Claim("LSZ.Thm2")] public void Thm2() => ClaimAssert.Verdict("LSZ.Thm2");
    [Claim("LSZ.Remark3")] public void Remark3() => ClaimAssert.Verdict("LSZ.Remark3");
    [Claim("LSZ.Eq14")] public void Eq14() => ClaimAssert.Verdict("LSZ.Eq14");
    [Claim("LSZ.Prop4")] public void Prop4() => ClaimAssert.Verdict("LSZ.Prop4");
    [Claim("LSZ.Lemma6")] public void Lemma6() => ClaimAssert.Verdict("LSZ.Lemma6");
    [Claim("LSZ.Thm3")] public void Thm3() => ClaimAssert.Verdict("LSZ.Thm3");
    [Claim("LSZ.Lemma7")] public void Lemma7() => ClaimAssert.Verdict("LSZ.Lemma7");
    [Claim("LSZ.Lemma8")] public void Lemma8() => ClaimAssert.Verdict("LSZ.Lemma8");
    [Claim("LSZ.Eq39")] public void Eq39() => ClaimAssert.Verdict("LSZ.Eq39");
    [Claim("LSZ.Eq41")] public void Eq41() => ClaimAssert.Verdict("LSZ.Eq41");
    [Claim("LSZ.Fig1a")] public void Fig1a() => ClaimAssert.Verdict("LSZ.Fig1a");
    [Claim("LSZ.Fig1b")] public void Fig1b() => ClaimAssert.Verdict("LSZ.Fig1b");
    [Claim("LSZ.Fig2")] public void Fig2() => ClaimAssert.Verdict("LSZ.Fig2");

    [Fact, Trait("Paper", "LSZ")] public void Prop1_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Prop1", "smooth-over-8");
    [Fact, Trait("Paper", "LSZ")] public void Prop2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Prop2", "claims-positive");
    [Fact, Trait("Paper", "LSZ")] public void Prop3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Prop3", "bound-c0-over-2");
    [Fact, Trait("Paper", "LSZ")] public void Eq21_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq21", "c0-over-2pi");
    [Fact, Trait("Paper", "LSZ")] public void Remark2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark2", "tilted-start");
    [Fact, Trait("Paper", "LSZ")] public void Eq2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq2", "no-y-in-exponent");
    [Fact, Trait("Paper", "LSZ")] public void Eq4_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq4", "no-one-over-norm");
    [Fact, Trait("Paper", "LSZ")] public void Eq7_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq7", "plus-sign");
    [Fact, Trait("Paper", "LSZ")] public void Lemma2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma2", "c0-over-2pi");
    [Fact, Trait("Paper", "LSZ")] public void Lemma2Eq6_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma2.Eq6", "drop-projection");
    [Fact, Trait("Paper", "LSZ")] public void Lemma3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma3", "flip-ii");
    [Fact, Trait("Paper", "LSZ")] public void Lemma1_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma1", "reversed-pattern");
    [Fact, Trait("Paper", "LSZ")] public void Lemma10_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma10", "strict-after");
    [Fact, Trait("Paper", "LSZ")] public void Lemma11_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma11", "solution-without-half");
    [Fact, Trait("Paper", "LSZ")] public void Thm1_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Thm1", "A1-doubled");
    [Fact, Trait("Paper", "LSZ")] public void Eq8_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq8", "plus-cos-term");
    [Fact, Trait("Paper", "LSZ")] public void Lemma12_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma12", "no-square-on-eta");
    [Fact, Trait("Paper", "LSZ")] public void Lemma4_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma4", "B-doubled");
    [Fact, Trait("Paper", "LSZ")] public void Remark6_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark6", "exponent-alpha-plus-one");
    [Fact, Trait("Paper", "LSZ")] public void Lemma5_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma5", "B-times-100");
    [Fact, Trait("Paper", "LSZ")] public void Remark7_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark7", "exponent-alpha-plus-one-over-2-always");
    [Fact, Trait("Paper", "LSZ")] public void Thm2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Thm2", "condition-delta-1000");
    [Fact, Trait("Paper", "LSZ")] public void Remark3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark3", "demand-cos-one");
    [Fact, Trait("Paper", "LSZ")] public void Eq14_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq14", "N-instead-of-N-minus-1");
    [Fact, Trait("Paper", "LSZ")] public void Prop4_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Prop4", "rate-c0-over-pi");
    [Fact, Trait("Paper", "LSZ")] public void Lemma6_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma6", "reversed-pattern");
    [Fact, Trait("Paper", "LSZ")] public void Thm3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Thm3", "F-halved");
    [Fact, Trait("Paper", "LSZ")] public void Lemma7_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma7", "exponent-2-over-N");
    [Fact, Trait("Paper", "LSZ")] public void Lemma8_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma8", "upper-zero-slope");
    [Fact, Trait("Paper", "LSZ")] public void Eq39_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq39", "factor-one");
    [Fact, Trait("Paper", "LSZ")] public void Eq41_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq41", "factor-4");
    [Fact, Trait("Paper", "LSZ")] public void Fig1a_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Fig1a", "sgd-within-1e-6");
    [Fact, Trait("Paper", "LSZ")] public void Fig1b_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Fig1b", "sgd-within-1e-6");
    [Fact, Trait("Paper", "LSZ")] public void Fig2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Fig2", "no-sampling-band");
}

/// <summary>For the claims that fail as printed, the wrong variants must also be rejected by the corrected statements.</summary>
public class LszCorrectedVariantTests
{
    [Theory]
    [Trait("Paper", "LSZ")]
    [InlineData("LSZ.Lemma3", "flip-ii")]
    [InlineData("LSZ.Prop3", "bound-c0-over-2")]
    [InlineData("LSZ.Thm1", "A1-doubled")]
    [InlineData("LSZ.Thm3", "F-halved")]
    [InlineData("LSZ.Eq41", "factor-4")]
    [InlineData("LSZ.Eq14", "N-instead-of-N-minus-1")]
    public void CorrectedRejectsWrongVariant(string id, string variant)
    {
        var corrected = ClaimAssert.Get(id).Corrected!;
        var run = corrected.Run(RunRequest.For(corrected, Profile.Ci, context: new Context(Variant: variant)));
        Assert.True(run.Verdict == Verdict.Fails, $"{corrected.Id}: variant {variant} not rejected ({run.Verdict})");
    }
}
