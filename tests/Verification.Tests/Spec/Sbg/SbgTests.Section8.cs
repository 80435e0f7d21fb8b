namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 8.1: a first-layer bias.</summary>
    public sealed class Section8
    {
        [Claim("SBG.Bias")] public void Bias() => ClaimAssert.Verdict("SBG.Bias");
    }
}
