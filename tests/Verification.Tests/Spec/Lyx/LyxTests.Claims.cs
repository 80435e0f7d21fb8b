using Verification.Spec;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    // The claims the section test classes share, fetched once from the registry (nested classes read them unqualified).
    private static readonly Lyx.Remark3Count Count = (Lyx.Remark3Count)ClaimAssert.Get("LYX.Remark3.Count");
    private static readonly Lyx.Lemma3Cp Cp = (Lyx.Lemma3Cp)ClaimAssert.Get("LYX.Lemma3.Cp");
    private static readonly Lyx.JLemma4_2 J42 = (Lyx.JLemma4_2)ClaimAssert.Get("LYX.J.Lemma4.2");
    private static readonly Lyx.JLemma5_1b JLemma = (Lyx.JLemma5_1b)ClaimAssert.Get("LYX.J.Lemma5.1b");
    private static readonly Lyx.JLemma4_1b JLemma41b = (Lyx.JLemma4_1b)ClaimAssert.Get("LYX.J.Lemma4.1b");
    private static readonly Lyx.JProposition1 JProp1 = (Lyx.JProposition1)ClaimAssert.Get("LYX.J.Prop1");
    private static readonly Lyx.JProposition2 JProp2 = (Lyx.JProposition2)ClaimAssert.Get("LYX.J.Prop2");
    private static readonly Lyx.KelvinImage Kelvin = (Lyx.KelvinImage)ClaimAssert.Get("LYX.Kelvin");
    private static readonly Lyx.KeyInequality Key = (Lyx.KeyInequality)ClaimAssert.Get("LYX.KeyIneq");
    private static readonly Lyx.Lemma1 Lemma1 = (Lyx.Lemma1)ClaimAssert.Get("LYX.Lemma1");
    private static readonly Lyx.Lemma2 Lemma2 = (Lyx.Lemma2)ClaimAssert.Get("LYX.Lemma2");
    private static readonly Lyx.Lemma3a Lemma3a = (Lyx.Lemma3a)ClaimAssert.Get("LYX.Lemma3a");
    private static readonly Lyx.Lemma3b Lemma3b = (Lyx.Lemma3b)ClaimAssert.Get("LYX.Lemma3b");
    private static readonly Lyx.Lemma4 Lemma4 = (Lyx.Lemma4)ClaimAssert.Get("LYX.Lemma4");
    private static readonly Lyx.MarkovInequality Markov = (Lyx.MarkovInequality)ClaimAssert.Get("LYX.Markov");
    private static readonly Lyx.TextNoBiasNotLipschitz NoBias = (Lyx.TextNoBiasNotLipschitz)ClaimAssert.Get("LYX.Text.NoBiasNotLipschitz");
    private static readonly Lyx.Proposition1 Prop1 = (Lyx.Proposition1)ClaimAssert.Get("LYX.Prop1");
    private static readonly Lyx.Proposition2 Prop2 = (Lyx.Proposition2)ClaimAssert.Get("LYX.Prop2");
    private static readonly Lyx.Remark3 Remark3 = (Lyx.Remark3)ClaimAssert.Get("LYX.Remark3");
    private static readonly Lyx.Lemma3CpCorrected CpCorrected = (Lyx.Lemma3CpCorrected)Cp.Corrected!;
    private static readonly Lyx.JLemma4_2Corrected J42C = (Lyx.JLemma4_2Corrected)J42.Corrected!;
    private static readonly Lyx.JProposition1Corrected JProp1C = (Lyx.JProposition1Corrected)JProp1.Corrected!;
    private static readonly Lyx.JProposition2Corrected JProp2C = (Lyx.JProposition2Corrected)JProp2.Corrected!;
    private static readonly Lyx.KeyInequalityCorrected KeyCorrected = (Lyx.KeyInequalityCorrected)Key.Corrected!;
    private static readonly Lyx.Lemma2Corrected Lemma2C = (Lyx.Lemma2Corrected)Lemma2.Corrected!;
    private static readonly Lyx.Proposition1Corrected Prop1C = (Lyx.Proposition1Corrected)Prop1.Corrected!;
}
