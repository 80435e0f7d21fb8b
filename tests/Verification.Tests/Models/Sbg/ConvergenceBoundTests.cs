using Verification.Models.Sbg;
using Xunit;
using static Verification.Tests.Models.Sbg.SbgAssert;

namespace Verification.Tests.Models.Sbg;

/// <summary>M(n, ε) of Theorem 4.1 and its constants against the formulas of the supplement written out.</summary>
[Trait("Paper", "SBG")]
public class ConvergenceBoundTests
{
    [Fact]
    public void Convergence_bound_term_by_term()
    {
        // Values for which every term of M matters and the direct formula is well conditioned (sums of positive terms).
        var b = new ConvergenceBound(Rx: 2, Alpha: 0.5, R0: 3, K: 2, Eta: 0.25, V: 1.5, WStarNorm: 1.7);
        var (n, eps) = (5, 0.3);
        double k = 2, eta = 0.25, v = 1.5, a0 = 0.5, rx = 2, r0 = 3, w = 1.7;
        var c1 = rx * rx / (a0 * a0) + 1 / (k * eta * v * v * a0 * a0);
        var c2 = Math.Sqrt(r0 * (8 * k * k * eta * eta * v * v * rx * rx + 8 * k * eta)) / (2 * k * Math.Pow(eta * v * a0, 1.5));
        var c3 = 2 * r0 / (eta * v * a0);
        var a = 1 + (1 + 2 * v * v * rx * rx * eta * k * n) / eps;
        var m = c1 * w * w * n * n * a * a + c2 * Math.Pow(w, 1.5) * Math.Pow(n, 1.5) * Math.Pow(a, 1.5) + c3 * w * n * a + n;
        Close(c1, b.C1, 1e-14);
        Close(Math.Log(c1), b.LogC1, 1e-14);
        Close(Math.Log(c2), b.LogC2, 1e-13);
        Close(Math.Log(c3), b.LogC3, 1e-14);
        Close(Math.Log(a), b.LogA(n, eps), 1e-14);
        Close(Math.Log(m), b.LogM(n, eps), 1e-14);
        Close(m, b.M(n, eps), 1e-13);
        var eps0 = eps / (1 + 2 * v * v * rx * rx * eta * k * n);
        Close(eps0, b.Epsilon0(n, eps), 1e-15);
        Close(2 * k * eta * v * a0 * (1 - Math.Exp(-eps0)), b.EpochIncrement(eps0), 1e-14);
        // R₀ = 0: the C₂ and C₃ terms vanish (log 0 = −∞ drops out), M = C₁‖w*‖²n²A² + n.
        var z = b with { R0 = 0 };
        Close(Math.Log(c1 * w * w * n * n * a * a + n), z.LogM(n, eps), 1e-14);
    }

    /// <summary>
    /// Regression (found by mutation testing): for α = η = 1e−200, C₁ overflows and ηvα underflows in double, so
    /// log C₁, log C₂, log C₃ came out +∞, LogM dropped those terms as non-finite and returned log n = log 4 instead of
    /// log M ≈ 1845. The oracle computes the constants from the logs of the parameters.
    /// </summary>
    [Fact]
    public void Convergence_bound_in_log_space_for_tiny_parameters()
    {
        var b = new ConvergenceBound(Rx: 2, Alpha: 1e-200, R0: 1, K: 3, Eta: 1e-200, V: 1, WStarNorm: 1.5);
        var (n, eps) = (4, 1e-100);
        double la = Math.Log(1e100), lw = Math.Log(1.5), ln = Math.Log(4), lAlpha = Math.Log(1e-200), lEta = Math.Log(1e-200);
        var logC1 = Math.Log(4 + 1 / (3 * 1e-200)) - 2 * lAlpha; // (R_x² + 1/(kηv²))/α²
        var logC2 = 0.5 * Math.Log(8 * 3 * 1e-200) - Math.Log(6) - 1.5 * (lEta + lAlpha); // 8k²η²v²R_x² ≪ 8kη
        var logC3 = Math.Log(2) - (lEta + lAlpha);
        Close(logC1, b.LogC1, 1e-15);
        Close(logC2, b.LogC2, 1e-15);
        Close(logC3, b.LogC3, 1e-15);
        double[] t = [logC1 + 2 * (lw + ln + la), logC2 + 1.5 * (lw + ln + la), logC3 + lw + ln + la, ln];
        var max = t.Max();
        Close(max + Math.Log(t.Sum(x => Math.Exp(x - max))), b.LogM(n, eps), 1e-15);
        Assert.True(b.LogM(n, eps) > 1800);
    }

    /// <summary>
    /// The two terms of log C₁ = log(R_x²/α² + 1/(kηv²α²)) 920 apart (R_x = 1e−100, α = η = 1e−200): the log-sum-exp must
    /// shift by the larger one (shifting by the smaller overflows e^920); and R_x = 0 drops the first term (log 0 = −∞).
    /// </summary>
    [Fact]
    public void Convergence_bound_log_sum_exp_with_terms_far_apart()
    {
        var b = new ConvergenceBound(Rx: 1e-100, Alpha: 1e-200, R0: 1, K: 3, Eta: 1e-200, V: 1, WStarNorm: 1.5);
        double lAlpha = Math.Log(1e-200), lEta = Math.Log(1e-200);
        var logC1 = -Math.Log(3) - lEta - 2 * lAlpha; // 1/(kηv²α²); R_x²/α² is e^−920 times smaller
        Close(logC1, b.LogC1, 1e-15);
        var logC2 = 0.5 * Math.Log(8 * 3 * 1e-200) - Math.Log(6) - 1.5 * (lEta + lAlpha); // 8k²η²v²R_x² ≪ 8kη
        Close(logC2, b.LogC2, 1e-15);
        var zero = b with { Rx = 0 };
        Close(logC1, zero.LogC1, 1e-15);
        Close(logC2, zero.LogC2, 1e-15);
    }

    [Fact]
    public void Convergence_bound_rejects_parameters_outside_the_theorem()
    {
        static string Fails(Func<ConvergenceBound> make) => Assert.Throws<ArgumentException>(() => make()).Message;
        Assert.Equal("α must be positive and finite, got 0.", Fails(() => new(1, 0, 1, 1, 0.1, 1, 1)));
        Assert.Equal("η must be positive and finite, got -0.1.", Fails(() => new(1, 0.5, 1, 1, -0.1, 1, 1)));
        Assert.StartsWith("v must be positive and finite, got ", Fails(() => new(1, 0.5, 1, 1, 0.1, double.PositiveInfinity, 1)));
        Assert.Equal("k must be at least 1, got 0.", Fails(() => new(1, 0.5, 1, 0, 0.1, 1, 1)));
        Assert.Equal("R_x must be non-negative and finite, got -1.", Fails(() => new(-1, 0.5, 1, 1, 0.1, 1, 1)));
        Assert.Equal("R₀ must be non-negative and finite, got NaN.", Fails(() => new(1, 0.5, double.NaN, 1, 0.1, 1, 1)));
        Assert.StartsWith("‖w*‖ must be non-negative and finite, got ", Fails(() => new(1, 0.5, 1, 1, 0.1, 1, double.PositiveInfinity)));
        // the boundary values are inside: R_x = R₀ = ‖w*‖ = 0, k = 1
        var b = new ConvergenceBound(0, 0.5, 0, 1, 0.1, 1, 0);
        Assert.Equal((0.0, 0.5, 0.0, 1, 0.1, 1.0, 0.0), (b.Rx, b.Alpha, b.R0, b.K, b.Eta, b.V, b.WStarNorm));
    }

    [Fact]
    public void M_in_log_space_matches_the_direct_formula()
    {
        var b = new ConvergenceBound(Rx: 2, Alpha: 0.5, R0: 1, K: 3, Eta: 0.1, V: 1, WStarNorm: 1.5);
        int n = 4;
        var eps = 0.1;
        var a = 1 + (1 + 2 * 1 * 4 * 0.1 * 3 * n) / eps;
        var c1 = 4 / 0.25 + 1 / (3 * 0.1 * 1 * 0.25);
        var c2 = Math.Sqrt(1 * (8 * 9 * 0.01 * 4 + 8 * 3 * 0.1)) / (2 * 3 * Math.Pow(0.05, 1.5));
        var c3 = 2 / 0.05;
        var m = c1 * 1.5 * 1.5 * n * n * a * a + c2 * Math.Pow(1.5, 1.5) * Math.Pow(n, 1.5) * Math.Pow(a, 1.5) + c3 * 1.5 * n * a + n;
        Assert.Equal(Math.Log(m), b.LogM(n, eps), 10);
        // huge M stays finite in log space
        var tiny = b with { Alpha = 1e-200, Eta = 1e-200 };
        Assert.True(double.IsFinite(tiny.LogM(n, 1e-100)));
    }
}
