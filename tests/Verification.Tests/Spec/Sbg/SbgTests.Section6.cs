using Verification.Arithmetic;
using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 6: perfect clustering, NAR and PAR, Assumption 6.1, Theorems 6.1 and 6.2 and the kernel of (7).</summary>
    public sealed class Section6
    {
        [Claim("SBG.Cor6.1")] public void Corollary6_1() => ClaimAssert.Verdict("SBG.Cor6.1");
        [Claim("SBG.Def6.2")] public void Definition6_2() => ClaimAssert.Verdict("SBG.Def6.2");
        [Claim("SBG.Assumption6.1")] public void Assumption6_1() => ClaimAssert.Verdict("SBG.Assumption6.1");
        [Claim("SBG.Thm6.1")] public void Theorem6_1() => ClaimAssert.Verdict("SBG.Thm6.1");
        [Claim("SBG.Thm6.2")] public void Theorem6_2() => ClaimAssert.Verdict("SBG.Thm6.2");
        [Claim("SBG.Thm6.2.Kernel")] public void Theorem6_2Kernel() => ClaimAssert.Verdict("SBG.Thm6.2.Kernel");

        [Fact]
        public void Double_precision_disagrees_with_exact_on_the_boundary_of_a_perfectly_clustered_network()
        {
            // Found by the fuzzer (as-printed row of SBG.Thm5.1 and SBG.Cor6.1): (w̄ − ū)·x = 0 exactly, but not in double.
            var claim = (Sbg.Corollary6_1)ClaimAssert.Get("SBG.Cor6.1");
            var f = Fuzzer.Search(claim, null, 300, Budgets.DefaultSeed);
            Assert.True(f.Found && f.Class == CounterexampleClass.FloatOnly, "expected a float-only counterexample on the boundary");
            Assert.False(f.Refuted);
        }

        [Fact]
        public void Assumption6_1_minimal_reproducer_negative_margin()
        {
            var c = new Sbg.MarginsCase([new Rational(-1, 4)]);
            Assert.True(c.SumLoss < 1); // Assumption 6.1 holds: L_S = log 2 < 1/n
            Assert.True(new Sbg.Assumption6_1().Evaluate(c, Context.AsPrinted).IsFailure);
        }
    }
}
