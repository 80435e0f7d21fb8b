namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 4: SGD reaches a small loss within M(n, ε) updates.</summary>
    public sealed class Section4
    {
        [Claim("SBG.Thm4.1")] public void Theorem4_1() => ClaimAssert.Verdict("SBG.Thm4.1");
    }
}
