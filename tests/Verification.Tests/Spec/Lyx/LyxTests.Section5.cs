namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// LYX Section 5, convergence analysis for the non-bias case. The recorded verdict of each claim under the ci seed (a
    /// recorded failure also runs its corrected statement).
    /// </summary>
    public sealed class Section5
    {
        [Claim("LYX.Lemma3a")] public void Lemma3a() => ClaimAssert.Verdict("LYX.Lemma3a");
        [Claim("LYX.Lemma3b")] public void Lemma3b() => ClaimAssert.Verdict("LYX.Lemma3b");
        [Claim("LYX.J.Lemma5.1b")] public void JLemma5_1b() => ClaimAssert.Verdict("LYX.J.Lemma5.1b");
        [Claim("LYX.Lemma3.Cp")] public void Lemma3Cp() => ClaimAssert.Verdict("LYX.Lemma3.Cp");
        [Claim("LYX.KeyIneq")] public void KeyInequality() => ClaimAssert.Verdict("LYX.KeyIneq");
        [Claim("LYX.Lemma4")] public void Lemma4() => ClaimAssert.Verdict("LYX.Lemma4");
        [Claim("LYX.Remark3")] public void Remark3() => ClaimAssert.Verdict("LYX.Remark3");
        [Claim("LYX.Remark3.Count")] public void Remark3Count() => ClaimAssert.Verdict("LYX.Remark3.Count");
        [Claim("LYX.Prop3")] public void Proposition3() => ClaimAssert.Verdict("LYX.Prop3");
        [Claim("LYX.J.Prop3")] public void JProposition3() => ClaimAssert.Verdict("LYX.J.Prop3");
        [Claim("LYX.Prop4")] public void Proposition4() => ClaimAssert.Verdict("LYX.Prop4");
        [Claim("LYX.J.Prop4")] public void JProposition4() => ClaimAssert.Verdict("LYX.J.Prop4");
    }
}
