namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// LYX Section 6, experiments. The recorded verdict of each claim under the ci seed (a recorded failure also runs its
    /// corrected statement).
    /// </summary>
    public sealed class Section6
    {
        [Claim("LYX.Kelvin")] public void KelvinImage() => ClaimAssert.Verdict("LYX.Kelvin");
        [Claim("LYX.Table1")] public void Table1() => ClaimAssert.Verdict("LYX.Table1");
        [Claim("LYX.Fig.Iterations")] public void FigureIterations() => ClaimAssert.Verdict("LYX.Fig.Iterations");
        [Claim("LYX.Fig.NormHistogram")] public void FigureNormHistogram() => ClaimAssert.Verdict("LYX.Fig.NormHistogram");
        [Claim("LYX.Fig.WeightDynamics")] public void FigureWeightDynamics() => ClaimAssert.Verdict("LYX.Fig.WeightDynamics");
        [Claim("LYX.J.Text.AcuteAngles")] public void JTextAcuteAngles() => ClaimAssert.Verdict("LYX.J.Text.AcuteAngles");
        [Claim("LYX.J.Fig.SubspaceAngle")] public void JFigureSubspaceAngle() => ClaimAssert.Verdict("LYX.J.Fig.SubspaceAngle");
        [Claim("LYX.MNIST")] public void MnistExperiment() => ClaimAssert.Verdict("LYX.MNIST");
    }
}
