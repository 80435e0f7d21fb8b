using Verification.Arithmetic;
using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 12: the Lipschitz constant of (A1) and (B3) for the logistic loss.</summary>
    public sealed class Section12
    {
        [Claim("SBG.Lipschitz")] public void Lipschitz() => ClaimAssert.Verdict("SBG.Lipschitz");
        [Claim("SBG.B3")] public void B3() => ClaimAssert.Verdict("SBG.B3");

        [Fact]
        public void Generated_cases_satisfy_the_hypotheses()
        {
            var printed = (Sbg.Lipschitz)ClaimAssert.Get("SBG.Lipschitz");
            GeneratedCases.SatisfyHypotheses((Sbg.LipschitzCorrected)printed.Corrected, Sbg.LipschitzCorrected.HypothesesHold);
            GeneratedCases.SatisfyHypotheses((Sbg.B3)ClaimAssert.Get("SBG.B3"), Sbg.B3.HypothesesHold);
        }

        [Fact]
        public void Hypothesis_checks_reject_instances_outside_the_hypotheses()
        {
            var alpha = new Rational(1, 2);
            Rational[][] row = [[Rational.One]];
            var ok = new Sbg.LipschitzCase(new(row, row, 1, alpha), new(row, row, 1, alpha), [Rational.One], "generic");
            Assert.True(Sbg.LipschitzCorrected.HypothesesHold(ok));
            Assert.False(Sbg.LipschitzCorrected.HypothesesHold(ok with { X = [Rational.Zero] }));
            Assert.False(Sbg.LipschitzCorrected.HypothesesHold(ok with { Net2 = new(row, row, 1, new Rational(1, 3)) }));
            var b3 = new Sbg.B3Case(0, 1, 2, 5, 5, 0.5, 2);
            Assert.True(Sbg.B3.HypothesesHold(b3));
            Assert.False(Sbg.B3.HypothesesHold(b3 with { Theta = 1 }));
            Assert.False(Sbg.B3.HypothesesHold(b3 with { X = Sbg.LogisticB3.Bg }));
        }

        [Fact]
        public void Lipschitz_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("SBG.Lipschitz");

        [Fact]
        public void Lipschitz_minimal_reproducer_k3()
        {
            var alpha = new Rational(1, 2);
            Rational[][] Rows(int value) => [[value], [value], [value]];
            var c = new Sbg.LipschitzCase(new(Rows(1), Rows(2), 1, alpha), new(Rows(2), Rows(1), 1, alpha), [Rational.One], "aligned");
            var printed = new Sbg.Lipschitz();
            Assert.True(printed.Evaluate(c, Context.AsPrinted).IsFailure); // 36 > 4·6
            Assert.False(new Sbg.LipschitzCorrected(printed).Evaluate(c, Context.AsPrinted).IsFailure); // 36 ≤ 6·6: equality, √(2k) is sharp
        }
    }
}
