namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// LYX Section 1, introduction. The recorded verdict of each claim under the ci seed (a recorded failure also runs its
    /// corrected statement).
    /// </summary>
    public sealed class Section1
    {
        [Claim("LYX.Text.PointwiseLoss")] public void TextPointwiseLoss() => ClaimAssert.Verdict("LYX.Text.PointwiseLoss");
    }
}
