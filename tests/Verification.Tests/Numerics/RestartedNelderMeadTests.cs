using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Numerics;

/// <summary><see cref="RestartedNelderMead"/> on functions whose maximum is known.</summary>
public class RestartedNelderMeadTests
{
    [Fact]
    public void Finds_the_maximum_of_a_smooth_concave_function()
    {
        var r = RestartedNelderMead.Maximise(x => -(x[0] - 1) * (x[0] - 1) - 3 * (x[1] + 2) * (x[1] + 2) + 5, [-4, -4], [4, 4], 2, 1);
        Assert.Equal(5, r.Value, 1e-12);
        Assert.Equal(1, r.Point[0], 1e-6);
        Assert.Equal(-2, r.Point[1], 1e-6);
    }

    /// <summary>A kinked (piecewise-linear) peak, where one Nelder–Mead run tends to stall: the restarts reach it to 1e−9.</summary>
    [Fact]
    public void Reaches_a_kinked_peak_precisely()
    {
        static double F(double[] x) => 2 - Math.Abs(x[0] - 1.0 / 3) - 2 * Math.Abs(x[1] + x[0]) - Math.Abs(x[2]);
        var r = RestartedNelderMead.Maximise(F, [-2, -2, -2], [2, 2, 2], 3, 7);
        Assert.True(2 - r.Value < 1e-9, $"{r.Value:R}");
        Assert.Equal(1.0 / 3, r.Point[0], 1e-9);
    }

    /// <summary>A peak surrounded by a flat plateau (no slope to follow from most starts): random starts find it.</summary>
    [Fact]
    public void Restarts_find_a_peak_beside_a_plateau()
    {
        static double F(double[] x) => Math.Max(0, 1 - Math.Abs(x[0] - 1.5) - Math.Abs(x[1] + 1.5)); // positive on a tenth of the box
        var one = RestartedNelderMead.Maximise(F, [-2, -2], [2, 2], 1, 3);
        var many = RestartedNelderMead.Maximise(F, [-2, -2], [2, 2], 40, 3);
        Assert.Equal(1, many.Value, 1e-9);
        Assert.True(one.Evaluations < many.Evaluations);
        Assert.Equal(40, many.Starts);
    }

    [Fact]
    public void Is_deterministic_for_a_seed_and_ignores_nan()
    {
        static double F(double[] x) => x[0] > 1 ? double.NaN : -x[0] * x[0];
        var a = RestartedNelderMead.Maximise(F, [-2], [2], 3, 11);
        var b = RestartedNelderMead.Maximise(F, [-2], [2], 3, 11);
        Assert.Equal(a.Point, b.Point);
        Assert.Equal(a.Evaluations, b.Evaluations);
        Assert.False(double.IsNaN(a.Value));
        Assert.Equal(0, a.Value, 1e-12);
    }

    [Fact]
    public void Rejects_a_bad_box_or_no_starts()
    {
        Assert.Throws<ArgumentException>(() => RestartedNelderMead.Maximise(_ => 0, [], [], 1, 1));
        Assert.Throws<ArgumentException>(() => RestartedNelderMead.Maximise(_ => 0, [0], [1, 2], 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RestartedNelderMead.Maximise(_ => 0, [0], [1], 0, 1));
    }
}
