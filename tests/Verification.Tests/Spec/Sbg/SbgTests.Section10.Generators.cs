using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>
    /// Section 10's generators: every case lands in the region or sub-case its label names (as the claims' Trust says), and a
    /// weakened hypothesis really produces cases outside it (otherwise the fuzzer's expectation would be vacuous).
    /// </summary>
    public sealed class Section10Generators
    {
        private static readonly Sbg.Corollary10_1 Cor = (Sbg.Corollary10_1)ClaimAssert.Get("SBG.Cor10.1");
        private static readonly Sbg.Proposition10_1 Prop1 = (Sbg.Proposition10_1)ClaimAssert.Get("SBG.Prop10.1");
        private static readonly Sbg.Proposition10_2 Prop2 = (Sbg.Proposition10_2)ClaimAssert.Get("SBG.Prop10.2");
        private static readonly Sbg.Lemma10_2 Lemma2 = (Sbg.Lemma10_2)ClaimAssert.Get("SBG.Lemma10.2");
        private static readonly string[] SubCaseNames = ["u-positive", "u-negative", "w-positive", "w-negative"];

        private static Context Weak(string h) => Context.AsPrinted with { Weakened = h };

        private static (bool WInside, bool UInside) Inside(ClusteredCase y)
        {
            var rx2 = y.R * y.R * Vec.NormSquared<Rational>(y.X);
            var wx = Vec.Dot<Rational>(y.WCentre, y.X);
            var ux = Vec.Dot<Rational>(y.UCentre, y.X);
            return (wx * wx < rx2, ux * ux < rx2);
        }

        [Fact]
        public void Proposition10_1_cases_land_in_their_labelled_region()
        {
            foreach (var x in GeneratedCases.Of(Prop1, 300).Where(x => x.Case.X.Any(t => t.Sign != 0)))
                Assert.Contains(x.Region[..3], Prop1.Classify(x));
        }

        [Fact]
        public void Proposition10_2_cases_land_in_their_labelled_sub_case()
        {
            var described = Prop2.Coverage.ToDictionary(c => c.Name, c => c.Description);
            foreach (var x in GeneratedCases.Of(Prop2, 300))
                Assert.Equal(x.Region, described[Prop2.Classify(x).Single(SubCaseNames.Contains)]);
        }

        [Fact]
        public void Weakened_region_conditions_leave_the_region()
        {
            // Proposition 10.1: 'region' puts both centres inside, 'one-condition' exactly one (for r > 0, x ≠ 0)
            bool Proper(ClusteredCase y) => y.R.Sign > 0 && y.X.Any(t => t.Sign != 0);
            foreach (var y in GeneratedCases.Of(Prop1, 200, ctx: Weak("region")).Select(x => x.Case).Where(Proper))
                Assert.Equal((true, true), Inside(y));
            foreach (var y in GeneratedCases.Of(Prop1, 200, ctx: Weak("one-condition")).Select(x => x.Case).Where(Proper))
                Assert.True(Inside(y).WInside != Inside(y).UInside);
            // Proposition 10.2: 'one-sided' leaves no sub-case; 'region' drops the 2r condition on some case
            Assert.All(GeneratedCases.Of(Prop2, 200, ctx: Weak("one-sided")), x => Assert.DoesNotContain(Prop2.Classify(x), SubCaseNames.Contains));
            Assert.Contains(GeneratedCases.Of(Prop2, 200, ctx: Weak("region")), x => !Sbg.Proposition10_2.HypothesesHold(x));
            // Lemma 10.2: 'w-condition' puts w̄·x at or below −r‖x‖ every time
            Assert.All(GeneratedCases.Of(Lemma2, 200, ctx: Weak("w-condition")), y =>
            {
                var wx = Vec.Dot<Rational>(y.WCentre, y.X);
                Assert.True(wx.Sign <= 0 && wx * wx >= y.R * y.R * Vec.NormSquared<Rational>(y.X), y.ToString());
            });
            // Corollary 10.1: 'r-nonnegative' reaches r < 0
            Assert.Contains(GeneratedCases.Of(Cor, 200, ctx: Weak("r-nonnegative")), x => x.R.Sign < 0);
        }

        [Fact]
        public void Wide_alpha_defers_to_a_fixed_or_weakened_alpha()
        {
            // raw 3 opens the near-1 branch (α = 1 − 1/2 on raw 0) unless α is fixed or its hypothesis weakened
            var fixedAlpha = new Context(ConstantValues: new Dictionary<string, Rational> { ["alpha"] = Q(1, 3) });
            Assert.Equal(Q(1, 3), Sbg.AlphaWide(new Choices([3, 0, 0]), fixedAlpha));
            Assert.True(Sbg.AlphaWide(new Choices([3, 0, 0]), Weak("alpha-above-1")) > 1);
        }
    }
}
