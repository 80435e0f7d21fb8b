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
    }
}
