using Verification.Arithmetic;
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

        [Fact]
        public void Equation6_minimal_reproducer_of_the_finding()
        {
            var eq6 = (Sbg.Equation6)ClaimAssert.Get("SBG.Eq6");
            Assert.True(eq6.Evaluate(new Sbg.ConditionCase([Rational.One], 1, [Rational.One]), Context.AsPrinted).IsFailure);
        }
    }
}
