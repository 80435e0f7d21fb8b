using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 4: SGD reaches a small loss within M(n, ε) updates.</summary>
    public sealed class Section4
    {
        [Claim("SBG.Thm4.1")] public void Theorem4_1() => ClaimAssert.Verdict("SBG.Thm4.1");

        [Fact]
        public void Theorem4_1_generates_only_instances_of_its_hypotheses() =>
            GeneratedCases.SatisfyHypotheses((Sbg.Theorem4_1)ClaimAssert.Get("SBG.Thm4.1"), Sbg.Theorem4_1Invariants.HypothesesHold);

        [Fact]
        public void Theorem4_1_reports_its_bound_as_loose_with_the_factor()
        {
            var run = ClaimAssert.Verdict("SBG.Thm4.1");
            Assert.Equal(Verification.Harness.EvidenceLevel.Loose, run.Evidence!.Level);
            Assert.True(run.Evidence.LooseFactor >= Verification.Harness.Evidence.LooseThreshold);
        }
    }
}
