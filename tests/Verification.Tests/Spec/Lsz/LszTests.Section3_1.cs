using Verification.Harness;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3 (opening) and 3.1: Eq. (2), Lemma 1, Theorem 1, and Lemmas 10-11 of Appendix A.6.1.</summary>
    public sealed class Section3_1
    {
        [Claim("LSZ.Eq2")] public void Equation2() => ClaimAssert.Verdict("LSZ.Eq2");
        [Claim("LSZ.Lemma1")] public void Lemma1() => ClaimAssert.Verdict("LSZ.Lemma1");
        [Claim("LSZ.Thm1")] public void Theorem1() => ClaimAssert.Verdict("LSZ.Thm1");
        [Fact, Trait("Paper", "LSZ")] public void Theorem1_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LSZ.Thm1");
        [Claim("LSZ.Lemma10")] public void Lemma10() => ClaimAssert.Verdict("LSZ.Lemma10");
        [Claim("LSZ.Lemma11")] public void Lemma11() => ClaimAssert.Verdict("LSZ.Lemma11");

        [Fact, Trait("Paper", "LSZ")] public void Equation2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq2", "no-y-in-exponent");
        [Fact, Trait("Paper", "LSZ")] public void Lemma1_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma1", "reversed-pattern");
        [Fact, Trait("Paper", "LSZ")] public void Theorem1_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Thm1", "A1-doubled");
        [Fact, Trait("Paper", "LSZ")] public void Lemma10_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma10", "strict-after");
        [Fact, Trait("Paper", "LSZ")] public void Lemma11_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma11", "solution-without-half");

        /// <summary>The wrong variants must also be rejected by the corrected statements.</summary>
        [Theory]
        [Trait("Paper", "LSZ")]
        [InlineData("LSZ.Thm1", "A1-doubled")]
        public void CorrectedRejectsWrongVariant(string id, string variant) => AssertCorrectedRejects(id, variant);
    }
}
