using Verification.Experiments.Lsz;
using Xunit;

namespace Verification.Tests.Experiments.Lsz;

/// <summary>The located transition events of Fig. 1 (T, ‖w_e(T)‖, cos θ(T) for N = 1 … 4), the Fig. 2 band and the SGD noise estimate.</summary>
public class LszEventsTests
{
    /// <summary>Two integrator tolerances (rtol 10⁻¹⁰ and 10⁻¹²) agree to 10⁻⁹ on all three located values.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Event_agrees_across_two_tolerances(int n)
    {
        var e = LszEvents.Event(n);
        Assert.True(e.Error < 1e-9, $"N = {n}: {e}");
        Assert.True(e.T > 0 && e.NormT > 0 && e.NormT < 1, $"N = {n}: {e}");
    }

    /// <summary>For N = 2, cos θ(T) agrees with Proposition 4's closed form at the located T, and a wrong rate (c₀/π) is far off.</summary>
    [Fact]
    public void Depth_two_event_matches_Proposition_4()
    {
        var e = LszEvents.Event(2);
        Assert.NotNull(e.CosProp4);
        Assert.True(Math.Abs(e.CosProp4!.Value - e.CosT) < 1e-9, e.ToString());
        var wrong = LszExperiments.CosFromExponent(LszExperiments.LogRatio(LszExperiments.W0) + LszExperiments.C0 * e.T / Math.PI);
        Assert.True(Math.Abs(wrong - e.CosT) > 1e-3, $"a wrong rate is not distinguished: {wrong} vs {e.CosT}");
    }

    /// <summary>The located minimum of the norm is a minimum: the flow's norm slightly before and after T is larger.</summary>
    [Fact]
    public void Event_is_the_minimum_of_the_norm()
    {
        var e = LszEvents.Event(1);
        foreach (var dt in new[] { -1e-2, 1e-2 })
        {
            var w = LszEvents.At(1, e.T + dt);
            Assert.True(Math.Sqrt(w[0] * w[0] + w[1] * w[1]) > e.NormT, $"‖w({e.T + dt})‖ ≤ ‖w(T)‖ = {e.NormT}");
        }
    }

    /// <summary>The per-sample standard deviation of Fig. 2 against a midpoint rule on the circle (a different method), and the band
    /// solving its Bernstein equation.</summary>
    [Theory]
    [InlineData(0.5, 0.25)]
    [InlineData(0, -3)]
    [InlineData(-2.75, 1.5)]
    public void Fig2_band_from_the_exact_variance(double w1, double w2)
    {
        const int m = 200_000;
        double s1 = 0, s2 = 0;
        for (var k = 0; k < m; k++)
        {
            var phi = 2 * Math.PI * (k + 0.5) / m;
            var y = Math.Sin(phi) >= 0 ? 1 : -1;
            var z = y * (w1 * Math.Cos(phi) + w2 * Math.Sin(phi));
            var zz = z / (1 + Math.Exp(z));
            s1 += zz / m;
            s2 += zz * zz / m;
        }
        var sd = LszExperiments.SampleSd([w1, w2]);
        Assert.True(Math.Abs(sd - Math.Sqrt(s2 - s1 * s1)) < 1e-6, $"σ = {sd}, midpoint rule {Math.Sqrt(s2 - s1 * s1)}");
        var norm = Math.Sqrt(w1 * w1 + w2 * w2);
        var eps = LszExperiments.Fig2Band(sd, norm, s1, 625);
        var b = Math.Max(norm, 0.2785) + Math.Abs(s1);
        var rhs = 2 * 625 * Math.Exp(-1000 * eps * eps / (2 * sd * sd + 2 * b * eps / 3));
        Assert.True(Math.Abs(rhs - LszExperiments.Fig2Delta) < 1e-9, $"Bernstein tail at ε = {eps}: {rhs}");
    }

    /// <summary>The per-sample gradient covariance of U(S¹) at w = 0 is E[x xᵀ]/4 − ∇L∇Lᵀ with ∇L(0) = −(1/π)v (to 10⁻⁹: MathNet's
    /// 200-node Gauss–Legendre rule is accurate to about 2·10⁻¹¹ here, far below the 5σ tolerances it feeds).</summary>
    [Fact]
    public void Sample_covariance_at_the_origin()
    {
        var s = LszNoise.SampleCovariance([0, 0]);
        Assert.True(Math.Abs(s[0, 0] - 0.125) < 1e-9, s[0, 0].ToString("R"));
        Assert.True(Math.Abs(s[1, 1] - (0.125 - 1 / (Math.PI * Math.PI))) < 1e-9, s[1, 1].ToString("R"));
        Assert.True(Math.Abs(s[0, 1]) < 1e-9, s[0, 1].ToString("R"));
    }
}
