using Verification.Arithmetic;
using Verification.Geometry;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry;

/// <summary>
/// Rational points on spheres against the inverse stereographic projection written out: norm exactly 1 (decided in
/// rationals), the Pythagorean form for d = 2, the sign rule for d = 1 and the messages for bad arguments.
/// </summary>
public partial class RationalSphereTests
{
    [Fact]
    public void Circle_points_are_the_Pythagorean_parametrisation()
    {
        // t = m/n gives (2mn, m² − n²)/(m² + n²): 1/2 → (4/5, −3/5), 3 → (6/10, 8/10), 0 → (0, −1).
        Assert.Equal([Q(4, 5), Q(-3, 5)], RationalSphere.UnitVector([Q(1, 2)], 2));
        Assert.Equal([Q(3, 5), Q(4, 5)], RationalSphere.UnitVector([Q(3)], 2));
        Assert.Equal([Q(0), Q(-1)], RationalSphere.UnitVector([Q(0)], 2));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    public void Points_have_norm_exactly_one(int d)
    {
        var t = Enumerable.Range(1, d - 1).Select(i => Q(i % 2 == 0 ? -i : i, i + 2)).ToArray();
        var p = RationalSphere.UnitVector(t, d);
        Assert.Equal(d, p.Length);
        Assert.Equal(Rational.One, Vec.NormSquared<Rational>(p));
        var s = t.Aggregate(Rational.Zero, (a, x) => a + x * x);
        Assert.Equal(2 * t[0] / (s + 1), p[0]);
        Assert.Equal((s - 1) / (s + 1), p[d - 1]);
    }

    [Fact]
    public void Dimension_one_takes_the_sign_of_the_parameter()
    {
        Assert.Equal([Rational.One], RationalSphere.UnitVector([], 1));
        Assert.Equal([Rational.One], RationalSphere.UnitVector([Q(0)], 1)); // 0 is not negative
        Assert.Equal([Rational.One], RationalSphere.UnitVector([Q(2)], 1));
        Assert.Equal([Rational.NegativeOne], RationalSphere.UnitVector([Q(-1, 3)], 1));
    }

    [Fact]
    public void Bad_arguments_name_the_problem()
    {
        Assert.StartsWith("Dimension must be at least 1.", Assert.Throws<ArgumentOutOfRangeException>(() => RationalSphere.UnitVector([], 0)).Message);
        Assert.Equal("Need 2 parameters for a point on S^2, got 1.", Assert.Throws<ArgumentException>(() => RationalSphere.UnitVector([Q(1)], 3)).Message);
        Assert.Equal("Need 1 parameters for a point on S^1, got 3.",
            Assert.Throws<ArgumentException>(() => RationalSphere.UnitVector([Q(1), Q(2), Q(3)], 2)).Message);
    }
}
