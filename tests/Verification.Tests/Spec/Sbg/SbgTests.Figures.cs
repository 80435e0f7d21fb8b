using Verification.Harness;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>The figures: Figs. 4 and 5 exactly, the experiments of Figs. 1, 2, 3, 7, 8, 9 per seed (MNIST: SbgTests.Mnist.cs).</summary>
    public sealed class Figures
    {
        [Claim("SBG.Fig1")] public void Figure1() => ClaimAssert.Verdict("SBG.Fig1");
        [Claim("SBG.Fig2")] public void Figure2() => ClaimAssert.Verdict("SBG.Fig2");
        [Claim("SBG.Fig3")] public void Figure3() => ClaimAssert.Verdict("SBG.Fig3");
        [Claim("SBG.Fig4")] public void Figure4() => ClaimAssert.Verdict("SBG.Fig4");
        [Claim("SBG.Fig7")] public void Figure7() => ClaimAssert.Verdict("SBG.Fig7");
        [Claim("SBG.Fig8")] public void Figure8() => ClaimAssert.Verdict("SBG.Fig8");
        [Claim("SBG.Fig9")] public void Figure9() => ClaimAssert.Verdict("SBG.Fig9");
    }
}
