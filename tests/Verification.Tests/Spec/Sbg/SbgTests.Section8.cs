using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 8.1: a first-layer bias.</summary>
    public sealed class Section8
    {
        [Claim("SBG.Bias")] public void Bias() => ClaimAssert.Verdict("SBG.Bias");

        [Fact]
        public void Bias_generated_cases_satisfy_the_hypotheses() =>
            GeneratedCases.SatisfyHypotheses((Sbg.Bias)ClaimAssert.Get("SBG.Bias"), Sbg.Bias.HypothesesHold);
    }
}
