using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Sbg;

/// <summary>Sarussi, Brutzkus, Globerson: the claims of Section 5 and their proof in Section 10.</summary>
public class SbgClaimTests
{
    [Claim("SBG.Thm5.1")] public void Thm5_1() => ClaimAssert.Verdict("SBG.Thm5.1");
    [Claim("SBG.Eq6")] public void Eq6() => ClaimAssert.Verdict("SBG.Eq6");
    [Claim("SBG.Cor10.1")] public void Cor10_1() => ClaimAssert.Verdict("SBG.Cor10.1");
    [Claim("SBG.Lemma10.1")] public void Lemma10_1() => ClaimAssert.Verdict("SBG.Lemma10.1");
    [Claim("SBG.Cor6.1")] public void Cor6_1() => ClaimAssert.Verdict("SBG.Cor6.1");
    [Claim("SBG.Fig4")] public void Fig4() => ClaimAssert.Verdict("SBG.Fig4");

    [Fact]
    public void Thm5_1_holds_with_the_sharp_constant_in_place_of_2()
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
    public void Thm5_1_fails_at_the_sharp_constant(int p, int q)
    {
        // The extremal configuration of Sbg.SharpConstant: w-neurons at w̄ = c·r·x̂ + ū, u-neurons at ū ± r·x̂, ū·x̂ = −c·r.
        var alpha = new Rational(p, q);
        var c = Verification.Spec.Sbg.SharpConstant(alpha);
        Rational r = 1;
        var u = -c * r;
        var w = u + c * r; // w̄·x̂ = 0: the kink
        var net = new LeakyReluNetwork<Rational>([[w], [w]], [[u + r], [u - r]], 1, alpha);
        Rational[] x = [1];
        var ax = (w - u) * x[0];
        Assert.Equal(c * r, ax); // on the boundary |(w̄ − ū)·x| = c·r·‖x‖
        Assert.True(ax > 0);
        Assert.Equal(Rational.Zero, net.Output(x)); // sign N = 0 ≠ +1: the theorem with constant c fails
        var below = new LeakyReluNetwork<Rational>([[u + (c - new Rational(1, 1000)) * r], [u + (c - new Rational(1, 1000)) * r]], [[u + r], [u - r]], 1, alpha);
        Assert.True(below.Output(x) < 0);
    }

    [Fact]
    public void Lemma10_1_minimal_reproducers_of_the_finding()
    {
        var lemma = (Verification.Spec.Sbg.Lemma10_1)ClaimAssert.Get("SBG.Lemma10.1");
        // x = 0
        Assert.True(lemma.Evaluate(new Verification.Spec.Sbg.ClusterCase([[Rational.One]], [Rational.One], 0, [Rational.Zero]), Context.AsPrinted).IsFailure);
        // x ≠ 0, a neuron on the closed ball's boundary: w = (0), (2), w̄ = (1), r = 1, x = (1)
        Assert.True(lemma.Evaluate(new Verification.Spec.Sbg.ClusterCase([[Rational.Zero], [2]], [Rational.One], 1, [Rational.One]), Context.AsPrinted).IsFailure);
    }

    [Fact]
    public void Eq6_minimal_reproducer_of_the_finding()
    {
        var eq6 = (Verification.Spec.Sbg.Eq6)ClaimAssert.Get("SBG.Eq6");
        Assert.True(eq6.Evaluate(new Verification.Spec.Sbg.ConditionCase([Rational.One], 1, [Rational.One]), Context.AsPrinted).IsFailure);
    }

    [Fact]
    public void Double_precision_disagrees_with_exact_on_the_boundary_of_a_perfectly_clustered_network()
    {
        // Found by the fuzzer (as-printed row of SBG.Thm5.1 and SBG.Cor6.1): (w̄ − ū)·x = 0 exactly, but not in double.
        var claim = (Verification.Spec.Sbg.Corollary6_1)ClaimAssert.Get("SBG.Cor6.1");
        var f = Fuzzer.Search(claim, null, 300, Budgets.DefaultSeed);
        Assert.True(f.Found && f.Class == CounterexampleClass.FloatOnly, "expected a float-only counterexample on the boundary");
        Assert.False(f.Refuted);
    }
}
