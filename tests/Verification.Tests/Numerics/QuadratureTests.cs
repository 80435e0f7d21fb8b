using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Numerics;

/// <summary><see cref="Quadrature"/> against integrals known in closed form.</summary>
public class QuadratureTests
{
    private static void Covers(Estimate r, double want, double maxError)
    {
        Assert.True(Math.Abs(r.Value - want) <= r.Error, $"{r} vs {want:R}");
        Assert.True(r.Error <= maxError, $"{r}: estimate above {maxError:E1}");
    }

    [Fact]
    public void Smooth_and_endpoint_singular_integrals()
    {
        // the target is relative to ∫|f| (1e−11 by default)
        Covers(Quadrature.Integrate(Math.Sin, 0, Math.PI), 2, 2e-11);
        Covers(Quadrature.Integrate(x => 1 / (1 + x * x), -1, 3), Math.Atan(3) + Math.PI / 4, 2e-11);
        // x^(−1/2) and ln x on (0, 1]: integrable endpoint singularities that the adaptive rule grades towards 0
        Covers(Quadrature.Integrate(x => 1 / Math.Sqrt(x), 0, 1, 1e-10), 2, 1e-6);
        Covers(Quadrature.Integrate(Math.Log, 0, 1, 1e-10), -1, 1e-6);
    }

    [Fact]
    public void Empty_and_reversed_intervals_are_zero_with_zero_error()
    {
        Assert.Equal(new Estimate(0, 0), Quadrature.Integrate(Math.Exp, 1, 1));
        Assert.Equal(new Estimate(0, 0), Quadrature.Integrate(Math.Exp, 2, 1));
    }

    [Fact]
    public void The_estimate_is_positive_and_tiny_when_the_rule_is_exact()
    {
        // f ≡ 0 gives K = G = 0 on every panel, so MathNet's estimate is 0; the reported error must still be positive
        var r = Quadrature.Integrate(_ => 0, 0, 2);
        Assert.Equal(0, r.Value);
        Assert.True(r.Error > 0 && r.Error < 1e-300, $"{r.Error:E3}");
        var c = Quadrature.Integrate(_ => 3, 0, 2);
        Assert.True(Math.Abs(c.Value - 6) <= c.Error && c.Error < 1e-13, $"{c}");
    }

    [Fact]
    public void Piecewise_splits_at_the_kinks_inside_only()
    {
        // ∫₀¹ |x − 0.3| = (0.3² + 0.7²)/2 = 0.29, a kink at 0.3
        static double F(double x) => Math.Abs(x - 0.3);
        var r = Quadrature.Piecewise(F, 0, 1, [0.3]);
        Covers(r, 0.29, 1e-13);
        // break points outside [a, b], at the ends or repeated change nothing
        var s = Quadrature.Piecewise(F, 0, 1, [-2, 0.3, 5, 0, 1, 0.3]);
        Covers(s, 0.29, 1e-13);
        Assert.Equal(r.Value, s.Value, 15);
        // ∫ over [0.5, 1] of a function with a jump at 0.2 (outside): only [0.5, 1] counts
        var j = Quadrature.Piecewise(x => x < 0.2 ? 100 : x, 0.5, 1, [0.2, 0.1, 3]);
        Covers(j, 0.375, 1e-13);
        Assert.Equal(new Estimate(0, 0), Quadrature.Piecewise(F, 1, 1, [0.5]));
    }

    [Fact]
    public void Piecewise_with_a_narrow_piece_reports_the_sum_of_the_pieces()
    {
        // sign(x − 1e−9)·√|x| on [0, 1]: the narrow piece [0, 1e−9] and [1e−9, 1]
        const double c = 1e-9;
        var r = Quadrature.Piecewise(x => x < c ? -Math.Sqrt(x) : Math.Sqrt(x), 0, 1, [c]);
        var want = 2.0 / 3 - 4.0 / 3 * Math.Pow(c, 1.5);
        Assert.True(Math.Abs(r.Value - want) <= r.Error + 1e-15, $"{r} vs {want:R}");
        Assert.True(r.Error < 1e-9);
    }

    [Fact]
    public void Piecewise_limits_the_depth_of_a_narrow_piece_by_its_relative_width()
    {
        // [1, 3] split at 1 + 2^−9: the piece [1, 1 + 2^−9] has relative width 2^−9/2 = 2^−10, so its subdivision depth is
        // 18 + log₂ 2^−10 = 8. A jump inside it (at an irrational point) keeps the adaptive rule bisecting to its depth limit,
        // so the number of evaluations on that piece identifies the depth used.
        const double a = 1, b = 3, c = 1 + 1.0 / 512, jump = 1 + Math.PI / 4 / 1024;
        int Count(Func<Func<double, double>, Estimate> run)
        {
            var n = 0;
            run(x => { if (x <= c) n++; return x < jump ? 0 : 1; });
            return n;
        }
        int AtDepth(int depth) => Count(f => Quadrature.Integrate(f, a, c, Quadrature.DefaultRelativeTolerance, depth));
        Assert.Equal(AtDepth(8), Count(f => Quadrature.Piecewise(f, a, b, [c])));
        // the count tells depths apart: 7 (width relative to b + a), 10 (width times b − a) and 18 (no limit) differ from 8
        foreach (var other in new[] { 7, 10, 18 }) Assert.NotEqual(AtDepth(8), AtDepth(other));
    }

    [Fact]
    public void An_estimate_prints_its_value_round_trip_and_its_error_to_two_digits()
    {
        Assert.Equal("0.1 ± 0.00012", new Estimate(0.1, 0.000123456).ToString());
        Assert.Equal("-2.5 ± 1E-20", new Estimate(-2.5, 1e-20).ToString());
    }
}
