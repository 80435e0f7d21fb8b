namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// LYX Section 3, main results: the theorems, the steps of their proofs, and the remarks after them. The recorded
    /// verdict of each claim under the ci seed (a recorded failure also runs its corrected statement).
    /// </summary>
    public sealed class Section3
    {
        [Claim("LYX.Thm1")] public void Theorem1() => ClaimAssert.Verdict("LYX.Thm1");
        [Claim("LYX.J.Thm3.1")] public void JTheorem3_1() => ClaimAssert.Verdict("LYX.J.Thm3.1");
        [Claim("LYX.Thm2")] public void Theorem2() => ClaimAssert.Verdict("LYX.Thm2");
        [Claim("LYX.J.Thm3.2")] public void JTheorem3_2() => ClaimAssert.Verdict("LYX.J.Thm3.2");
        [Claim("LYX.Markov")] public void MarkovInequality() => ClaimAssert.Verdict("LYX.Markov");
        [Claim("LYX.DescentLemma")] public void DescentLemma() => ClaimAssert.Verdict("LYX.DescentLemma");
        [Claim("LYX.Remark1")] public void Remark1() => ClaimAssert.Verdict("LYX.Remark1");
        [Claim("LYX.Remark2")] public void Remark2() => ClaimAssert.Verdict("LYX.Remark2");
    }
}
