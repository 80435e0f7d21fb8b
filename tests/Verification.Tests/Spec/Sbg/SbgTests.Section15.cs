namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 15: antipodal data.</summary>
    public sealed class Section15
    {
        [Claim("SBG.Antipodal")] public void Antipodal() => ClaimAssert.Verdict("SBG.Antipodal");
    }
}
