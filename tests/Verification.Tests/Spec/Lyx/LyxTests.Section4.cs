namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// LYX Section 4, preliminaries: decoupling (4.1) and landscape (4.2). The recorded verdict of each claim under the ci
    /// seed (a recorded failure also runs its corrected statement).
    /// </summary>
    public sealed class Section4
    {
        [Claim("LYX.Lemma1")] public void Lemma1() => ClaimAssert.Verdict("LYX.Lemma1");
        [Claim("LYX.J.Lemma4.1b")] public void JLemma4_1b() => ClaimAssert.Verdict("LYX.J.Lemma4.1b");
        [Claim("LYX.Prop1")] public void Proposition1() => ClaimAssert.Verdict("LYX.Prop1");
        [Claim("LYX.J.Prop1")] public void JProposition1() => ClaimAssert.Verdict("LYX.J.Prop1");
        [Claim("LYX.Prop2")] public void Proposition2() => ClaimAssert.Verdict("LYX.Prop2");
        [Claim("LYX.J.Prop2")] public void JProposition2() => ClaimAssert.Verdict("LYX.J.Prop2");
        [Claim("LYX.Lemma2")] public void Lemma2() => ClaimAssert.Verdict("LYX.Lemma2");
        [Claim("LYX.J.Lemma4.2")] public void JLemma4_2() => ClaimAssert.Verdict("LYX.J.Lemma4.2");
        [Claim("LYX.Text.NoBiasNotLipschitz")] public void TextNoBiasNotLipschitz() => ClaimAssert.Verdict("LYX.Text.NoBiasNotLipschitz");
    }
}
