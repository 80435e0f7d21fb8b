using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 9: the proof of Theorem 4.1, step by step.</summary>
    public sealed class Section9
    {
        [Claim("SBG.Thm4.1.Invariants")] public void Theorem4_1Invariants() => ClaimAssert.Verdict("SBG.Thm4.1.Invariants");

        [Fact]
        public void Theorem4_1Invariants_generated_cases_satisfy_the_hypotheses() =>
            GeneratedCases.SatisfyHypotheses((Sbg.Theorem4_1Invariants)ClaimAssert.Get("SBG.Thm4.1.Invariants"), Sbg.Theorem4_1Invariants.HypothesesHold);
    }
}
