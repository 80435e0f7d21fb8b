using Verification.Models.Lsz;
using Xunit;
using static Verification.Tests.Models.Lsz.ModelsOracles;

namespace Verification.Tests.Models.Lsz;

/// <summary>The margin losses of Models/Lsz: the logistic loss and its derivatives, also in the tails, and the exponential loss.</summary>
[Trait("Paper", "LSZ")]
public class MarginLossTests
{
    private static void Close(double want, double got, double rel, string what) =>
        Assert.True(Math.Abs(got - want) <= rel * Math.Abs(want), $"{what}: {got:R} vs {want:R}");

    /// <summary>ℓ(z) = ln(1 + e^(−z)), ℓ' = −1/(1 + e^z), ℓ'' = e^z/(1 + e^z)² for moderate z; in the tails the
    /// asymptotics ℓ(z) = e^(−z)(1 − e^(−z)/2 + …), ℓ(−z) = z + e^(−z)…, ℓ'(z) = −e^(−z)(1 − e^(−z)…), ℓ''(±z) = e^(−z)(1 − 2e^(−z)…),
    /// to relative accuracy (no cancellation), and finite far beyond the range of e^z.</summary>
    [Fact]
    public void Logistic_loss_and_derivatives()
    {
        var l = MarginLoss.Logistic;
        Assert.Equal("logistic", l.Name);
        foreach (var z in new[] { -20, -3.5, -0.25, 0, 0.25, 1, 3.5 })
        {
            Close(LogisticValue(z), l.Value(z), 1e-14, $"ℓ({z})");
            Close(LogisticD1(z), l.D1(z), 1e-14, $"ℓ'({z})");
            Close(LogisticD2(z), l.D2(z), 1e-14, $"ℓ''({z})");
        }
        // the right tail to full relative accuracy: ln(1 + e) = e − e²/2 + e³/3 − … (ten terms: remainder below e¹¹, i.e. below
        // 1e−30 of the sum for e ≤ e⁻⁸)
        foreach (var z in new[] { 8.0, 12, 20, 30 })
        {
            var e = Math.Exp(-z);
            var series = 0.0;
            for (var k = 10; k >= 1; k--) series += (k % 2 == 1 ? 1 : -1) * Math.Pow(e, k) / k;
            Close(series, l.Value(z), 3e-16, $"ℓ({z})");
            Close(z + series, l.Value(-z), 3e-16, $"ℓ({-z})");
        }
        foreach (var z in new[] { 40.0, 60, 700 })
        {
            var e = Math.Exp(-z);
            Close(e * (1 - e / 2), l.Value(z), 1e-15, $"ℓ({z})");
            Close(z + e, l.Value(-z), 1e-15, $"ℓ({-z})");
            Close(-e * (1 - e), l.D1(z), 1e-15, $"ℓ'({z})");
            Close(-1 + e, l.D1(-z), 1e-15, $"ℓ'({-z})");
            Close(e * (1 - 2 * e), l.D2(z), 1e-15, $"ℓ''({z})");
            Close(e * (1 - 2 * e), l.D2(-z), 1e-15, $"ℓ''({-z})");
        }
        // e^z overflows beyond 709.8 while e^(−z) stays a (subnormal, ~1e−11 relative precision at 720) positive number
        Close(-Math.Exp(-720), l.D1(720), 1e-9, "ℓ'(720)");
        Assert.True(l.D1(720) < 0);
        Assert.Equal(0, l.D2(1000));
        Assert.Equal(0, l.D2(-1000));
        Assert.Equal(1000, l.Value(-1000));
        Assert.Equal(-1, l.D1(-1000));
    }

    [Fact]
    public void Exponential_loss_and_derivatives()
    {
        var l = MarginLoss.Exponential;
        Assert.Equal("exponential", l.Name);
        foreach (var z in new[] { -3.0, -0.5, 0, 0.7, 2 })
        {
            Close(Math.Exp(-z), l.Value(z), 1e-15, $"e^(−{z})");
            Close(-Math.Exp(-z), l.D1(z), 1e-15, $"−e^(−{z})");
            Close(Math.Exp(-z), l.D2(z), 1e-15, $"e^(−{z})");
        }
    }
}
