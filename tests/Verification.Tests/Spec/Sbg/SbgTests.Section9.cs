namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 9: the proof of Theorem 4.1, step by step.</summary>
    public sealed class Section9
    {
        [Claim("SBG.Thm4.1.Invariants")] public void Theorem4_1Invariants() => ClaimAssert.Verdict("SBG.Thm4.1.Invariants");
    }
}
