using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Lyx;

/// <summary>One test per LYX claim (recorded verdict under the ci seed; recorded failures also run the corrected statement).</summary>
public class LyxClaimTests
{
    [Claim("LYX.Lemma1")] public void Lemma1() => ClaimAssert.Verdict("LYX.Lemma1");
    [Claim("LYX.J.Lemma4.1b")] public void JLemma41b() => ClaimAssert.Verdict("LYX.J.Lemma4.1b");
    [Claim("LYX.Prop1")] public void Prop1() => ClaimAssert.Verdict("LYX.Prop1");
    [Claim("LYX.J.Prop1")] public void JProp1() => ClaimAssert.Verdict("LYX.J.Prop1");
    [Claim("LYX.Prop2")] public void Prop2() => ClaimAssert.Verdict("LYX.Prop2");
    [Claim("LYX.J.Prop2")] public void JProp2() => ClaimAssert.Verdict("LYX.J.Prop2");
    [Claim("LYX.Lemma2")] public void Lemma2() => ClaimAssert.Verdict("LYX.Lemma2");
    [Claim("LYX.J.Lemma4.2")] public void JLemma42() => ClaimAssert.Verdict("LYX.J.Lemma4.2");
    [Claim("LYX.Lemma3a")] public void Lemma3a() => ClaimAssert.Verdict("LYX.Lemma3a");
    [Claim("LYX.Lemma3b")] public void Lemma3b() => ClaimAssert.Verdict("LYX.Lemma3b");
    [Claim("LYX.J.Lemma5.1b")] public void JLemma51b() => ClaimAssert.Verdict("LYX.J.Lemma5.1b");
}

/// <summary>LYX claim verdicts (second group, run in parallel with the others).</summary>
public class LyxClaimTests2
{
    [Claim("LYX.Lemma3.Cp")] public void Lemma3Cp() => ClaimAssert.Verdict("LYX.Lemma3.Cp");
    [Claim("LYX.KeyIneq")] public void KeyIneq() => ClaimAssert.Verdict("LYX.KeyIneq");
    [Claim("LYX.Lemma4")] public void Lemma4() => ClaimAssert.Verdict("LYX.Lemma4");
    [Claim("LYX.Remark3")] public void Remark3() => ClaimAssert.Verdict("LYX.Remark3");
    [Claim("LYX.Remark3.Count")] public void Remark3Count() => ClaimAssert.Verdict("LYX.Remark3.Count");
    [Claim("LYX.Prop3")] public void Prop3() => ClaimAssert.Verdict("LYX.Prop3");
    [Claim("LYX.J.Prop3")] public void JProp3() => ClaimAssert.Verdict("LYX.J.Prop3");
    [Claim("LYX.Prop4")] public void Prop4() => ClaimAssert.Verdict("LYX.Prop4");
    [Claim("LYX.J.Prop4")] public void JProp4() => ClaimAssert.Verdict("LYX.J.Prop4");
}

/// <summary>LYX claim verdicts (third group).</summary>
public class LyxClaimTests3
{
    [Claim("LYX.Thm1")] public void Thm1() => ClaimAssert.Verdict("LYX.Thm1");
    [Claim("LYX.J.Thm3.1")] public void JThm31() => ClaimAssert.Verdict("LYX.J.Thm3.1");
    [Claim("LYX.Thm2")] public void Thm2() => ClaimAssert.Verdict("LYX.Thm2");
    [Claim("LYX.J.Thm3.2")] public void JThm32() => ClaimAssert.Verdict("LYX.J.Thm3.2");
    [Claim("LYX.Markov")] public void Markov() => ClaimAssert.Verdict("LYX.Markov");
    [Claim("LYX.DescentLemma")] public void DescentLemma() => ClaimAssert.Verdict("LYX.DescentLemma");
    [Claim("LYX.Remark1")] public void Remark1() => ClaimAssert.Verdict("LYX.Remark1");
    [Claim("LYX.Remark2")] public void Remark2() => ClaimAssert.Verdict("LYX.Remark2");
    [Claim("LYX.Kelvin")] public void Kelvin() => ClaimAssert.Verdict("LYX.Kelvin");
    [Claim("LYX.Text.PointwiseLoss")] public void TextPointwiseLoss() => ClaimAssert.Verdict("LYX.Text.PointwiseLoss");
    [Claim("LYX.Text.NoBiasNotLipschitz")] public void TextNoBiasNotLipschitz() => ClaimAssert.Verdict("LYX.Text.NoBiasNotLipschitz");
    [Claim("LYX.J.Assumption1")] public void JAssumption1() => ClaimAssert.Verdict("LYX.J.Assumption1");
}

/// <summary>LYX claim verdicts (experiments).</summary>
public class LyxClaimTests4
{
    [Claim("LYX.J.Text.AcuteAngles")] public void JTextAcuteAngles() => ClaimAssert.Verdict("LYX.J.Text.AcuteAngles");
    [Claim("LYX.Table1")] public void Table1() => ClaimAssert.Verdict("LYX.Table1");
    [Claim("LYX.Fig.Iterations")] public void FigIterations() => ClaimAssert.Verdict("LYX.Fig.Iterations");
    [Claim("LYX.Fig.NormHistogram")] public void FigNormHistogram() => ClaimAssert.Verdict("LYX.Fig.NormHistogram");
    [Claim("LYX.Fig.WeightDynamics")] public void FigWeightDynamics() => ClaimAssert.Verdict("LYX.Fig.WeightDynamics");
    [Claim("LYX.J.Fig.SubspaceAngle")] public void JFigSubspaceAngle() => ClaimAssert.Verdict("LYX.J.Fig.SubspaceAngle");
    [Claim("LYX.MNIST")] public void Mnist() => ClaimAssert.Verdict("LYX.MNIST");

}

/// <summary>Registration, wrong variants and fuzz expectations of the LYX claims.</summary>
public class LyxClaimMetaTests
{
    /// <summary>Every LYX id of the ledger is registered (none not-implemented).</summary>
    [Fact, Trait("Paper", "LYX")]
    public void EveryLedgerIdIsRegistered()
    {
        var missing = Claims.Registry.Ledger.Where(e => e.Id.StartsWith("LYX.")).Where(e => Claims.Registry.Find(e.Id) is null).Select(e => e.Id).ToList();
        Assert.True(missing.Count == 0, "not implemented: " + string.Join(", ", missing));
    }
}
