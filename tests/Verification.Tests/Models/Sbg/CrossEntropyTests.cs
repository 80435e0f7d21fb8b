using Verification.Arithmetic;
using Verification.Models.Sbg;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.Models.Sbg.SbgAssert;

namespace Verification.Tests.Models.Sbg;

/// <summary>The stable loss functions against direct formulas where those are accurate, and their far tails.</summary>
[Trait("Paper", "SBG")]
public class CrossEntropyTests
{
    [Fact]
    public void Loss_and_derivatives_against_direct_formulas()
    {
        // For |z| ≤ 5 the direct formulas lose at most a few ulps relative to their values (the sums 1 + e^(±z) are ≥ 1).
        for (var z = -5.0; z <= 5.0; z += 0.25)
        {
            Close(Math.Log(1 + Math.Exp(-z)), CrossEntropy.Loss(z), 2e-14);
            Close(1 / (1 + Math.Exp(z)), CrossEntropy.AbsDerivative(z), 1e-15);
            Close(-Math.Log(1 + Math.Exp(z)), CrossEntropy.LogAbsDerivative(z), 2e-14);
            Close(Math.Log(Math.Log(1 + Math.Exp(-z))), CrossEntropy.LogLoss(z), 1e-13);
        }
        Assert.Equal(0.5, CrossEntropy.AbsDerivative(0));
        // Far tails: ℓ(z) = e^(−z)(1 − e^(−z)/2 + …) and ℓ(−z) = z + e^(−z); |ℓ'(z)| = e^(−z)/(1 + e^(−z)).
        Close(Math.Exp(-40), CrossEntropy.Loss(40), 1e-15);
        Assert.Equal(40, CrossEntropy.Loss(-40));
        Close(Math.Exp(-40), CrossEntropy.AbsDerivative(40), 1e-15);
        Close(1 - Math.Exp(-40), CrossEntropy.AbsDerivative(-40), 1e-16);
        Close(-40, CrossEntropy.LogAbsDerivative(40), 1e-16);
        Close(-Math.Exp(-40), CrossEntropy.LogAbsDerivative(-40), 1e-15);
        // log ℓ(z) = −z + log(1 − e^(−z)/2 + …): for z just above 30 the correction −e^(−z)/2 is several ulps of z.
        foreach (var z in new[] { 30.5, 31.0, 33.0, 36.0 })
            Assert.True(Math.Abs(Math.Log(CrossEntropy.Loss(z)) - CrossEntropy.LogLoss(z)) <= 8e-15, $"z = {z}");
        Assert.Equal(-800, CrossEntropy.LogLoss(800));
    }

    [Fact]
    public void Log1p_and_Expm1_are_accurate()
    {
        foreach (var x in new[] { 1e-3, 1e-6, 1e-10, -1e-8 })
        {
            // Taylor series to x⁵: the remainder is below x⁶ ≤ 1e−18 relative.
            Close(x - x * x / 2 + x * x * x / 3 - x * x * x * x / 4 + x * x * x * x * x / 5, CrossEntropy.Log1p(x), 4e-16);
            Close(x + x * x / 2 + x * x * x / 6 + x * x * x * x / 24 + x * x * x * x * x / 120, CrossEntropy.Expm1(x), 4e-16);
        }
        Assert.Equal(1e-20, CrossEntropy.Log1p(1e-20));
        Assert.Equal(1e-20, CrossEntropy.Expm1(1e-20));
        Close(Math.Log(1.5), CrossEntropy.Log1p(0.5), 1e-16);
        Close(Math.Log(0.7), CrossEntropy.Log1p(-0.3), 2e-16);
        Close(Math.E - 1, CrossEntropy.Expm1(1), 1e-16);
        Close(Math.Exp(-2) - 1, CrossEntropy.Expm1(-2), 1e-16);
        Close(Math.Exp(0.3) - 1, CrossEntropy.Expm1(0.3), 1e-15);
        Close(Math.Exp(-0.4) - 1, CrossEntropy.Expm1(-0.4), 1e-15);
    }

    [Fact]
    public void Log_sum_exp_and_smoothed_margins()
    {
        Close(Math.Log(Math.Exp(1) + Math.Exp(2) + Math.Exp(3)), CrossEntropy.LogSumExp([1, 2, 3]), 1e-15);
        Close(1000 + Math.Log(2), CrossEntropy.LogSumExp([1000, 1000]), 1e-16);
        Close(-3 + Math.Log(2), CrossEntropy.LogSumExp([-3, double.NegativeInfinity, -3]), 1e-15);
        Assert.Equal(double.NegativeInfinity, CrossEntropy.LogSumExp([double.NegativeInfinity, double.NegativeInfinity]));
        // −log(expm1(S))/θ with S = e^logSum; below logSum = −30 the form −logSum − log1p(S/2) (the correction is ~S/2).
        foreach (var logSum in new[] { -2.0, 0.5 }) // S ≥ 0.13: e^S − 1 loses at most a few ulps
            Close(-Math.Log(Math.Exp(Math.Exp(logSum)) - 1) / 3, CrossEntropy.SmoothedMarginFromLogSum(logSum, 3), 1e-14);
        var s29 = Math.Exp(-29.0); // expm1(S) = S(1 + S/2 + S²/6 + …)
        Close((29 - Math.Log(1 + s29 / 2 + s29 * s29 / 6)) / 3, CrossEntropy.SmoothedMarginFromLogSum(-29, 3), 1e-15);
        foreach (var logSum in new[] { -30.5, -31.0, -33.0 })
        {
            var s = Math.Exp(logSum);
            Assert.True(Math.Abs(-(logSum + Math.Log(1 + s / 2 + s * s / 6)) / 2 - CrossEntropy.SmoothedMarginFromLogSum(logSum, 2)) <= 4e-15);
            Assert.True(Math.Abs((-logSum - s / 2) / 2 - CrossEntropy.SmoothedMarginFromLogSum(logSum, 2)) <= 4e-15);
        }
        Close(-Math.Log(Math.Exp(0.2) - 1) / 4, CrossEntropy.SmoothedMargin(0.2, 4), 1e-14);
    }

    [Fact]
    public void Empirical_loss_is_the_mean_loss_at_the_margins()
    {
        var net = new LeakyReluNetwork<Rational>([[1, 0], [0, 1]], [[0, -1], [1, 1]], 2, Q(1, 4));
        var s = new Dataset<Rational>([[1, 2], [-1, 1], [3, 0]], [1, -1, 1]);
        var margins = Enumerable.Range(0, 3).Select(i => (s.Y[i] * net.Output(s.X[i])).ToDouble()).ToArray();
        Close(margins.Average(z => Math.Log(1 + Math.Exp(-z))), CrossEntropy.EmpiricalLoss(net, s), 1e-14);
    }

    [Fact]
    public void Cross_entropy_is_stable_and_consistent()
    {
        Assert.Equal(Math.Log(2), CrossEntropy.Loss(0), 15);
        Assert.Equal(800, CrossEntropy.Loss(-800), 12);
        Assert.True(CrossEntropy.Loss(800) >= 0);
        Assert.Equal(-800, CrossEntropy.LogLoss(800), 9);
        foreach (var z in new[] { -30.0, -1, 0, 0.5, 3, 20 })
            Assert.Equal(1 - Math.Exp(-CrossEntropy.Loss(z)), CrossEntropy.AbsDerivative(z), 12); // |ℓ'| = 1 − e^(−ℓ)
        Assert.True(Math.Abs(CrossEntropy.Expm1(1e-10) - (1e-10 + 5e-21)) < 1e-25);
    }
}
