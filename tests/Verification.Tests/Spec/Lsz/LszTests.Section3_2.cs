using Verification.Harness;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.2: Propositions 1-3, Eq. (21) of Appendix A.3, Remark 2.</summary>
    public sealed class Section3_2
    {
        [Claim("LSZ.Prop1")] public void Proposition1() => ClaimAssert.Verdict("LSZ.Prop1");
        [Claim("LSZ.Prop2")] public void Proposition2() => ClaimAssert.Verdict("LSZ.Prop2");
        [Claim("LSZ.Prop3")] public void Proposition3() => ClaimAssert.Verdict("LSZ.Prop3");
        [Claim("LSZ.Eq21")] public void Equation21() => ClaimAssert.Verdict("LSZ.Eq21");
        [Claim("LSZ.Remark2")] public void Remark2() => ClaimAssert.Verdict("LSZ.Remark2");

        [Fact, Trait("Paper", "LSZ")] public void Proposition1_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Prop1", "smooth-over-8");
        [Fact, Trait("Paper", "LSZ")] public void Proposition2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Prop2", "claims-positive");
        [Fact, Trait("Paper", "LSZ")] public void Proposition3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Prop3", "bound-c0-over-2");
        [Fact, Trait("Paper", "LSZ")] public void Equation21_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq21", "c0-over-2pi");
        [Fact, Trait("Paper", "LSZ")] public void Remark2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark2", "tilted-start");

        /// <summary>The wrong variants must also be rejected by the corrected statements.</summary>
        [Theory]
        [Trait("Paper", "LSZ")]
        [InlineData("LSZ.Prop3", "bound-c0-over-2")]
        public void CorrectedRejectsWrongVariant(string id, string variant) => AssertCorrectedRejects(id, variant);
    }
}
