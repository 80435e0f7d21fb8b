using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 5: Theorem 5.1 (its proof is Section 10) and Eq. (6).</summary>
    public sealed class Section5
    {
        [Claim("SBG.Thm5.1")] public void Theorem5_1() => ClaimAssert.Verdict("SBG.Thm5.1");
        [Claim("SBG.Eq6")] public void Equation6() => ClaimAssert.Verdict("SBG.Eq6");

        [Fact]
        public void Theorem5_1_holds_with_the_sharp_constant_in_place_of_2()
        {
            var c = ClaimAssert.Get("SBG.Thm5.1");
            var run = c.Run(RunRequest.For(c, Profile.Ci, context: new Context(Variant: "sharp-constant")));
            Assert.True(run.Verdict == Verdict.Holds, run.Counterexample?.Case + " " + run.Counterexample?.Detail);
        }

        [Theory]
        [InlineData(1, 2)]
        [InlineData(1, 10)]
        [InlineData(1, 32)]
        [InlineData(3, 4)]
        public void Theorem5_1_fails_at_the_sharp_constant(int p, int q)
        {
            // The extremal configuration of Sbg.SharpConstant: w-neurons at w̄ = c·r·x̂ + ū, u-neurons at ū ± r·x̂, ū·x̂ = −c·r.
            var alpha = new Rational(p, q);
            var c = Sbg.SharpConstant(alpha, 2);
            Rational r = 1;
            var u = -c * r;
            var w = u + c * r; // w̄·x̂ = 0: the kink
            var net = new LeakyReluNetwork<Rational>([[w], [w]], [[u + r], [u - r]], 1, alpha);
            Rational[] x = [1];
            var ax = (w - u) * x[0];
            Assert.Equal(c * r, ax); // on the boundary |(w̄ − ū)·x| = c·r·‖x‖
            Assert.True(ax > 0);
            Assert.Equal(Rational.Zero, net.Output(x)); // sign N = 0 ≠ +1: the theorem with constant c fails
            var below = new LeakyReluNetwork<Rational>(
                [[u + (c - new Rational(1, 1000)) * r], [u + (c - new Rational(1, 1000)) * r]], [[u + r], [u - r]], 1, alpha);
            Assert.True(below.Output(x) < 0);
        }

        /// <summary>Random choice sequences: mostly small raw values (the generators' special cases), some large.</summary>
        internal static IEnumerable<Choices> RandomChoices(int count, int seed)
        {
            var rng = new Random(seed);
            for (var i = 0; i < count; i++)
                yield return new Choices(Enumerable.Range(0, 400).Select(_ => rng.Next(4) == 0 ? rng.Next(int.MaxValue) : rng.Next(64)).ToArray());
        }

        [Fact]
        public void Theorem5_1_generated_cases_satisfy_every_hypothesis_exactly()
        {
            var claim = (Sbg.Theorem5_1)ClaimAssert.Get("SBG.Thm5.1");
            var i = 0;
            foreach (var c in RandomChoices(1500, 51))
            {
                var x = claim.Generate(c, Context.AsPrinted);
                Assert.True(Sbg.Theorem5_1.HypothesesHold(x), $"case {i}: {x}");
                i++;
            }
        }

        [Fact]
        public void Theorem5_1_hypothesis_check_rejects_a_case_outside_them()
        {
            // w = (2), u = (0), k = 1: w̄ = (2), ū = (0); with r = 0 every x is in the region
            var net = new LeakyReluNetwork<Rational>([[2]], [[0]], 1, new Rational(1, 2));
            var x = new ClusteredCase(net, [2], [0], 0, [1]);
            Assert.True(Sbg.Theorem5_1.HypothesesHold(x));
            Assert.False(Sbg.Theorem5_1.HypothesesHold(x with { R = 2 }));          // |(w̄ − ū)·x| = 2 < 2r‖x‖ = 4: outside the region
            Assert.False(Sbg.Theorem5_1.HypothesesHold(x with { WCentre = [1] }));  // w̄ not the mean (and w⁽¹⁾ not within r = 0 of it)
            Assert.False(Sbg.Theorem5_1.HypothesesHold(x with { Net = new LeakyReluNetwork<Rational>([[2]], [[0]], 1, 1) })); // α = 1
        }

        [Fact]
        public void Equation6_and_Figure4_generated_cases_satisfy_their_hypotheses()
        {
            var eq6 = (Sbg.Equation6)ClaimAssert.Get("SBG.Eq6");
            var fig4 = (Sbg.Figure4)ClaimAssert.Get("SBG.Fig4");
            foreach (var c in RandomChoices(1500, 6))
            {
                var x = eq6.Generate(c, Context.AsPrinted);
                Assert.True(Sbg.Equation6.HypothesesHold(x), x.ToString());
            }
            foreach (var c in RandomChoices(1500, 4))
            {
                var x = fig4.Generate(c, Context.AsPrinted);
                Assert.True(Sbg.Figure4.HypothesesHold(x), x.ToString());
            }
            Assert.False(Sbg.Equation6.HypothesesHold(new Sbg.ConditionCase([Rational.Zero], 1, [Rational.One])));
            Assert.False(Sbg.Figure4.HypothesesHold(new Sbg.TwoNeuronCase(Rational.One, [Rational.One, Rational.One])));
        }

        [Fact]
        public void Equation6_corrected_statement_visits_every_coverage_class_at_ci()
        {
            var check = ClaimChecker.Check(ClaimAssert.Get("SBG.Eq6"), Profile.Ci);
            var missed = check.CorrectedRun!.Evidence!.Coverage.Where(c => !c.Met).Select(c => $"{c.Class.Name} {c.Cases}/{c.Of}").ToList();
            Assert.True(missed.Count == 0, "SBG.Eq6#corrected misses: " + string.Join(", ", missed));
        }

        [Fact]
        public void Equation6_minimal_reproducer_of_the_finding()
        {
            var eq6 = (Sbg.Equation6)ClaimAssert.Get("SBG.Eq6");
            Assert.True(eq6.Evaluate(new Sbg.ConditionCase([Rational.One], 1, [Rational.One]), Context.AsPrinted).IsFailure);
        }
    }
}
