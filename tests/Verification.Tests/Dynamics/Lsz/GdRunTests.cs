using Verification.Dynamics.Lsz;
using Xunit;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary><see cref="GdRun"/> against hand-computed gradient-descent steps.</summary>
[Trait("Paper", "LSZ")]
public class GdRunTests
{
    private static void Close(double[] want, double[] got, double tol, string what)
    {
        Assert.Equal(want.Length, got.Length);
        for (var i = 0; i < want.Length; i++)
            Assert.True(Math.Abs(want[i] - got[i]) <= tol, $"{what}[{i}]: want {want[i]:R}, got {got[i]:R}");
    }

    [Fact]
    public void GdRun_matches_hand_computed_steps()
    {
        // ∇L = w − c, c = (1, −1), w₀ = (3, 1), η_n = 1/(2(n+1)):
        // g₀ = (2, 2), w₁ = (2, 0); g₁ = (1, 1), w₂ = (1.75, −0.25); g₂ = (0.75, 0.75), w₃ = (1.625, −0.375)
        var pop = new QuadraticPopulation([1, -1], 1e-3);
        double[] w0 = [3, 1];
        var run = GdRun.Run(pop, w0, n => 0.5 / (n + 1), 3);
        Assert.Equal(4, run.W.Count);
        Assert.Equal(3, run.Grad.Count);
        Assert.Equal([0.5, 0.25, 0.5 / 3], run.Eta);
        Close([3, 1], run.W[0], 0, "w0");
        Assert.NotSame(w0, run.W[0]);
        Close([2, 0], run.W[1], 1e-15, "w1");
        Close([1.75, -0.25], run.W[2], 1e-15, "w2");
        Close([1.625, -0.375], run.W[3], 1e-15, "w3");
        Close([2, 2], run.Grad[0], 1e-15, "g0");
        Close([1, 1], run.Grad[1], 1e-15, "g1");
        Close([0.75, 0.75], run.Grad[2], 1e-15, "g2");
        // the largest error is at the largest ‖w‖ among w₀ … w₂ (not w₃): 1e-3 (1 + √10)
        Assert.Equal(1e-3 * (1 + Math.Sqrt(10)), run.MaxGradError, 1e-16);
        Assert.Equal(3, pop.Calls.Count);
    }

    [Fact]
    public void GdRun_stops_when_asked_and_rejects_non_positive_rates()
    {
        var pop = new QuadraticPopulation([0, 0]);
        var seen = new List<(int N, double[] W)>();
        var run = GdRun.Run(pop, [1, 1], _ => 0.5, 10, (n, w) => { seen.Add((n, w)); return n == 2; });
        Assert.Equal(3, run.W.Count);
        Assert.Equal([1, 2], seen.Select(s => s.N));
        Assert.Same(run.W[2], seen[1].W);
        Close([0.25, 0.25], run.W[2], 0, "w2");
        Assert.Equal(0, run.MaxGradError);
        Assert.Equal(11, GdRun.Run(pop, [1, 1], _ => 0.5, 10).W.Count);
        Assert.Single(GdRun.Run(pop, [1, 1], _ => 0.5, 0).W);

        var e = Assert.Throws<ArgumentException>(() => GdRun.Run(pop, [1, 1], n => n == 1 ? 0 : 0.5, 5));
        Assert.Equal("Learning rate η_1 = 0 must be positive.", e.Message);
        Assert.Throws<ArgumentException>(() => GdRun.Run(pop, [1, 1], _ => -1, 5));
        Assert.Equal("Learning rate η_0 = NaN must be positive.", Assert.Throws<ArgumentException>(() => GdRun.Run(pop, [1, 1], _ => double.NaN, 5)).Message);
    }
}
