using Verification.Arithmetic;
using Verification.Numerics;
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
        public void Corollary6_1_and_Definition6_2_generated_cases_satisfy_their_hypotheses()
        {
            var cor = (Sbg.Corollary6_1)ClaimAssert.Get("SBG.Cor6.1");
            var def = (Sbg.Definition6_2)ClaimAssert.Get("SBG.Def6.2");
            foreach (var c in Section5.RandomChoices(1500, 61))
            {
                var x = cor.Generate(c, Context.AsPrinted);
                Assert.True(Sbg.Corollary6_1.HypothesesHold(x), x.ToString());
            }
            foreach (var c in Section5.RandomChoices(500, 62))
            {
                var x = def.Generate(c, Context.AsPrinted);
                Assert.True(Sbg.Definition6_2.HypothesesHold(x), x.ToString());
            }
        }

        [Fact]
        public void Assumption6_1_generated_margins_meet_the_printed_and_the_corrected_threshold()
        {
            var printed = (Sbg.Assumption6_1)ClaimAssert.Get("SBG.Assumption6.1");
            var corrected = (Sbg.Assumption6_1Corrected)printed.Corrected;
            foreach (var c in Section5.RandomChoices(1500, 612))
            {
                var x = printed.Generate(c, Context.AsPrinted);
                Assert.True(Sbg.Assumption6_1.HypothesesHold(x, 1), x.ToString());
            }
            foreach (var c in Section5.RandomChoices(1500, 613))
            {
                var x = corrected.Generate(c, Context.AsPrinted);
                Assert.True(Sbg.Assumption6_1.HypothesesHold(x, Math.Log(2)), x.ToString());
            }
            Assert.False(Sbg.Assumption6_1.HypothesesHold(new Sbg.MarginsCase([Rational.Zero]), Math.Log(2)));
        }

        [Fact]
        public void Assumption6_1_corrected_statement_visits_every_coverage_class_at_ci()
        {
            var check = ClaimChecker.Check(ClaimAssert.Get("SBG.Assumption6.1"), Profile.Ci);
            var missed = check.CorrectedRun!.Evidence!.Coverage.Where(c => !c.Met).Select(c => $"{c.Class.Name} {c.Cases}/{c.Of}").ToList();
            Assert.True(missed.Count == 0, "SBG.Assumption6.1#corrected misses: " + string.Join(", ", missed));
        }

        [Fact]
        public void Kernel_generated_cases_satisfy_the_hypotheses_and_the_guided_solver_agrees_with_enumeration()
        {
            var kernel = (Sbg.Theorem6_2Kernel)ClaimAssert.Get("SBG.Thm6.2.Kernel");
            foreach (var c in Section5.RandomChoices(150, 72))
            {
                var x = kernel.Generate(c, Context.AsPrinted);
                Assert.True(Sbg.Theorem6_2Kernel.HypothesesHold(x), x.ToString());
                var ws = x.S.Teacher!;
                var z = x.S.X.Select((xi, i) => Vec.Scale<Rational>(x.S.Y[i], Sbg.Phi(ws, x.Alpha, xi))).ToList();
                var guided = Sbg.Theorem6_2Kernel.SolveProgram7(z)!;
                var enumerated = MinNormSeparator.SolveExact(z)!;
                Assert.Equal(enumerated.Theta, guided.Theta); // the minimiser is unique
            }
        }

        [Fact]
        public void Exact_square_roots_and_rational_directions()
        {
            Assert.Equal(new Rational(3, 4), Sbg.Definition6_2.ExactSqrt(new Rational(9, 16)));
            Assert.Null(Sbg.Definition6_2.ExactSqrt(new Rational(2, 1)));
            Assert.Null(Sbg.Definition6_2.ExactSqrt(new Rational(9, 8)));
            Assert.Equal(Rational.Zero, Sbg.Definition6_2.ExactSqrt(Rational.Zero));
            var big = System.Numerics.BigInteger.Pow(10, 40) + 7;
            Assert.Equal(new Rational(big, 1), Sbg.Definition6_2.ExactSqrt(new Rational(big * big, 1)));
            Rational[] n = [new Rational(3, 2), new Rational(-1, 3), new Rational(5, 7)];
            Rational[][] xs = [[Rational.One, Rational.Zero, Rational.Zero], [Rational.Zero, Rational.Zero, Rational.One]];
            var e = Sbg.Definition6_2.RationalDirection(n, xs);
            Assert.NotNull(Sbg.Definition6_2.ExactSqrt(Vec.NormSquared<Rational>(e))); // rational norm
            Assert.All(xs, x => Assert.Equal(Vec.Dot<Rational>(n, x).Sign, Vec.Dot<Rational>(e, x).Sign));
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
