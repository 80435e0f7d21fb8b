using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Numerics;

public class GaussKronrodPanelsRuleTests
{
    private readonly struct Power(int d) : IPairIntegrand
    {
        public void Evaluate(double x, out double f1, out double f2)
        {
            f1 = Math.Pow(x, d);
            f2 = -2 * Math.Pow(x, d);
        }
    }

    /// <summary>The Chebyshev polynomial T_k by the three-term recurrence (stable on [−1, 1]), and −2·T_k.</summary>
    private readonly struct Chebyshev(int k) : IPairIntegrand
    {
        public void Evaluate(double x, out double f1, out double f2)
        {
            double a = 1, b = x;
            for (var j = 1; j < k; j++) (a, b) = (b, 2 * x * b - a);
            f1 = k == 0 ? 1 : b;
            f2 = -2 * f1;
        }
    }

    private readonly struct Constant : IPairIntegrand
    {
        public void Evaluate(double x, out double f1, out double f2) { f1 = 1; f2 = x; }
    }

    private readonly struct Logistic(double k) : IPairIntegrand
    {
        public void Evaluate(double x, out double f1, out double f2)
        {
            f1 = 1 / (1 + Math.Exp(-k * x));
            f2 = Math.Exp(x);
        }
    }

    /// <summary>∫₀¹ xᵈ = 1/(d+1). The n-point Gauss rule is exact up to degree 2n − 1, its Kronrod extension up to 3n + 1.</summary>
    [Theory]
    [InlineData(15)]
    [InlineData(21)]
    [InlineData(31)]
    [InlineData(41)]
    [InlineData(51)]
    [InlineData(61)]
    public void Degrees_of_exactness_of_both_rules(int points)
    {
        var rule = new GaussKronrodPanels(points);
        var n = (points - 1) / 2;
        var gaussExact = new Power(2 * n - 1);
        var r = rule.Integrate(ref gaussExact, [0.0, 1.0]);
        Assert.True(Math.Abs(r.First.Value - 1.0 / (2 * n)) <= 1e-15);
        Assert.True(r.First.Error <= 1e-13, $"{r.First}"); // only rounding: K and G agree
        Assert.True(Math.Abs(r.Second.Value + 2.0 / (2 * n)) <= 2e-15);
        // T_2n: ∫_{−1}^{1} T_2n = 2/(1 − 4n²); the Kronrod rule is exact, the Gauss rule errs by O(1)
        // (T_2n = 2^(2n−1)x^(2n) + …, and the n-point Gauss error on x^(2n) is 2^(2n+1)(n!)⁴/((2n+1)((2n)!)²) ≈ π/4ⁿ)
        var kronrodOnly = new Chebyshev(2 * n);
        var s = rule.Integrate(ref kronrodOnly, [-1.0, 1.0]);
        Assert.True(Math.Abs(s.First.Value - 2.0 / (1 - 4.0 * n * n)) <= 1e-13, $"{s.First}");
        Assert.True(s.First.Error > 0.1, $"{s.First}");
        Assert.True(Math.Abs(2 * s.First.Error / s.Second.Error - 1) <= 1e-12);
    }

    [Fact]
    public void The_rounding_term_counts_nodes_and_panels()
    {
        // f ≡ 1: per panel |K − G| = ½·|Σw_K − Σw_G| (both sums are 2), the same on [0, 1] and on [0, ½], [½, 1];
        // the rounding term (m + p + 8)·u·Σ|w f| with Σ|w f| = 1 grows by u from one to two panels.
        const double u = GaussKronrodPanels.UnitRoundoff;
        var f = new Constant();
        var one = GaussKronrodPanels.K21.Integrate(ref f, [0.0, 1.0]);
        var two = GaussKronrodPanels.K21.Integrate(ref f, [0.0, 0.5, 1.0]);
        Assert.Equal(1, one.First.Value, 15);
        Assert.Equal(0.5, two.Second.Value, 15);
        Assert.True(Math.Abs(two.First.Error - one.First.Error - u) <= 1e-20, $"{two.First.Error - one.First.Error:E5}");
        Assert.True(Math.Abs(one.First.Error - (21 + 1 + 8) * u) <= 4 * u, $"{one.First.Error / u:F3} u");
        // zero-width and reversed panels are skipped: they neither count nor contribute
        var padded = GaussKronrodPanels.K21.Integrate(ref f, [0.0, 0.0, 0.5, 0.5, 1.0, 1.0]);
        Assert.Equal(two.First.Error, padded.First.Error);
        Assert.Equal(two.First.Value, padded.First.Value);
        var reversed = GaussKronrodPanels.K21.Integrate(ref f, [1.0, 0.0]);
        Assert.Equal(new PairEstimate(new Estimate(0, 0), new Estimate(0, 0)), reversed);
    }

    [Fact]
    public void An_unresolved_first_integrand_shows_in_its_estimate()
    {
        const double k = 40;
        var f = new Logistic(k);
        var r = GaussKronrodPanels.K21.Integrate(ref f, [-1.0, 2.0]);
        var want = (2 * k + Math.Log(1 + Math.Exp(-2 * k)) - Math.Log(1 + Math.Exp(-k))) / k;
        Assert.True(r.First.Error > 1e-6 * want);
        Assert.True(Math.Abs(r.First.Value - want) <= r.First.Error);
        Assert.True(Math.Abs(r.Second.Value - (Math.Exp(2) - Math.Exp(-1))) <= r.Second.Error);
    }

    [Fact]
    public void Graded_breaks_match_hand_lists()
    {
        static double[] G(double lo, double hi, double[] centres, double first, double ratio, double maxWidth, double[]? extra = null, int? size = null)
        {
            var dst = new double[size ?? 64];
            var n = PanelBreaks.Graded(dst, lo, hi, centres, first, ratio, maxWidth, extra ?? []);
            return dst[..n];
        }
        // centre 5 in [−10, 10], first 1, ratio 2: reach 15, so 5 ± 1, 2, 4, 8 (5 − 8 = −3 inside, 5 + 8 outside)
        Assert.Equal([-10, -3, 1, 3, 4, 5, 6, 7, 9, 10], G(-10, 10, [5], 1, 2, 100));
        // centre −1 in [−2, 10]: reach 11 (towards hi), so −1 + 1.25, 2.5, 5, 10
        Assert.Equal([-2, -1, 0.25, 1.5, 4, 9, 10], G(-2, 10, [-1], 1.25, 2, 100));
        // a centre outside grades the inside only; without grading (first ≤ 0) only the centre is added
        Assert.Equal([0, 0.5, 1.5, 3], G(0, 3, [-0.5], 1, 2, 100));
        Assert.Equal([0, 0.5, 1], G(0, 1, [0.5], 0, 2, 100));
        Assert.Equal([0, 0.5, 1], G(0, 1, [0.5], -1, 2, 100));
        // a point given twice is kept once
        Assert.Equal([0, 0.5, 1], G(0, 1, [0.5], 0, 2, 100, [0.5]));
        // exact-size buffers: points on the ends (as extras, centres or graded points c ± t) are not stored
        Assert.Equal([0, 1], G(0, 1, [], 0, 2, 100, [0, 1, -1, 3], size: 2));
        Assert.Equal([0, 1], G(0, 1, [0, 1], 0, 2, 100, size: 2));
        Assert.Equal([0, 1, 2, 3], G(0, 3, [1], 1, 2, 100, size: 4));    // 1 − 1 = lo
        Assert.Equal([-1, 0, 1, 2], G(-1, 2, [1], 1, 2, 100, size: 4));  // 1 + 1 = hi
        Assert.Equal([0, 1, 2], G(0, 2, [3], 1, 2, 100, size: 3));       // 3 − 1 = hi, 3 − 2 inside
        Assert.Equal([0, 1, 2], G(0, 2, [-1], 1, 2, 100, size: 3));      // −1 + 1 = lo, −1 + 2 inside
        // splitting by maxWidth: each gap into ⌈gap/maxWidth⌉ equal pieces
        Assert.Equal([0, 0.25, 0.5, 0.75, 1], G(0, 1, [], 1, 2, 0.25, size: 5));
        Assert.Equal([0, 1.0 / 3, 2.0 / 3, 1, 1 + 1.0 / 3, 1 + 2.0 / 3, 2], G(0, 2, [1], 0, 2, 0.4));
    }

    [Fact]
    public void Graded_rejects_bad_arguments_and_small_buffers()
    {
        const string bad = "Need lo < hi, ratio > 1, maxWidth > 0.";
        Assert.Equal(bad, Assert.Throws<ArgumentException>(() => PanelBreaks.Graded(new double[8], 1, 1, [], 1, 2, 1)).Message);
        Assert.Equal(bad, Assert.Throws<ArgumentException>(() => PanelBreaks.Graded(new double[8], 0, 1, [], 1, 1, 1)).Message);
        Assert.Equal(bad, Assert.Throws<ArgumentException>(() => PanelBreaks.Graded(new double[8], 0, 1, [], 1, 2, 0)).Message);
        const string small = "Break buffer too small.";
        Assert.Equal(small, Assert.Throws<ArgumentException>(() => PanelBreaks.Graded(new double[3], 0, 1, [0.5], 0.1, 2, 100)).Message);
        Assert.Equal(small, Assert.Throws<ArgumentException>(() => PanelBreaks.Graded(new double[3], 0, 1, [], 1, 2, 0.25)).Message);
    }
}
