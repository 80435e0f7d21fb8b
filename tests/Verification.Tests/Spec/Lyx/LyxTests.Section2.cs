namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// LYX Section 2, problem setup (journal: Assumption 1). The recorded verdict of each claim under the ci seed (a
    /// recorded failure also runs its corrected statement).
    /// </summary>
    public sealed class Section2
    {
        [Claim("LYX.J.Assumption1")] public void JAssumption1() => ClaimAssert.Verdict("LYX.J.Assumption1");
    }
}
