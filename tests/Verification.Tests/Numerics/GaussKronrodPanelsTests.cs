using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Numerics;

public class GaussKronrodPanelsTests
{
    private readonly struct ExpAndLogistic(double k) : IPairIntegrand
    {
        public void Evaluate(double x, out double f1, out double f2)
        {
            f1 = Math.Exp(x);
            f2 = 1 / (1 + Math.Exp(-k * x)); // σ(kx): poles at ±iπ/k
        }
    }

    [Theory]
    [InlineData(15)]
    [InlineData(21)]
    [InlineData(31)]
    public void Integrates_closed_forms_with_an_estimate_that_covers_the_error(int points)
    {
        var rule = new GaussKronrodPanels(points);
        Assert.Equal(points, rule.PointsPerPanel);
        // ∫_{−1}^{2} eˣ = e² − e⁻¹; ∫_{−1}^{2} σ(kx) = (ln(1 + e^{2k}) − ln(1 + e^{−k}))/k
        const double k = 40;
        Span<double> centres = [0];
        Span<double> breaks = stackalloc double[64];
        var n = PanelBreaks.Graded(breaks, -1, 2, centres, Math.PI / (2 * k), 2, 0.5);
        var f = new ExpAndLogistic(k);
        var r = rule.Integrate(ref f, breaks[..n]);
        var want1 = Math.Exp(2) - Math.Exp(-1);
        var want2 = (2 * k + Math.Log(1 + Math.Exp(-2 * k)) - Math.Log(1 + Math.Exp(-k))) / k;
        Assert.True(Math.Abs(r.First.Value - want1) <= r.First.Error, $"{r.First} vs {want1:R}");
        Assert.True(Math.Abs(r.Second.Value - want2) <= r.Second.Error, $"{r.Second} vs {want2:R}");
        Assert.True(r.First.Error < 1e-13 * want1 && r.Second.Error < 1e-12 * want2, $"estimates {r.First.Error:E2}, {r.Second.Error:E2}");
    }

    [Fact]
    public void Too_few_panels_show_in_the_estimate()
    {
        // σ(kx) on one panel [−1, 2] with k = 40: the Kronrod–Gauss difference must flag the unresolved transition
        const double k = 40;
        var f = new ExpAndLogistic(k);
        var r = GaussKronrodPanels.K21.Integrate(ref f, [-1.0, 2.0]);
        var want2 = (2 * k + Math.Log(1 + Math.Exp(-2 * k)) - Math.Log(1 + Math.Exp(-k))) / k;
        Assert.True(r.Second.Error > 1e-6 * want2);
        Assert.True(Math.Abs(r.Second.Value - want2) <= r.Second.Error);
    }

    [Fact]
    public void Graded_breaks_are_sorted_inside_and_no_wider_than_asked()
    {
        Span<double> centres = [0.3, 5];
        Span<double> extra = [0.31, 4];
        Span<double> b = stackalloc double[128];
        var n = PanelBreaks.Graded(b, 0, 4, centres, 1e-3, 2, 0.25, extra);
        Assert.Equal(0, b[0]);
        Assert.Equal(4, b[n - 1]);
        for (var i = 1; i < n; i++)
        {
            Assert.True(b[i] > b[i - 1]);
            Assert.True(b[i] - b[i - 1] <= 0.25 + 1e-15);
        }
        Assert.Contains(0.3, b[..n].ToArray());
        Assert.Contains(b[..n].ToArray(), x => Math.Abs(x - 0.301) < 1e-15);
        Assert.Contains(0.31, b[..n].ToArray());
        Assert.Throws<ArgumentException>(() => PanelBreaks.Graded(new double[4], 0, 4, [0.3], 1e-3, 2, 0.25));
    }
}
