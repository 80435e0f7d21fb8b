using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using System.Globalization;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Geometry;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry;

/// <summary>Rational points on spheres: norms exactly one, edge cases of the parameterisation and its messages.</summary>
public partial class RationalSphereTests
{
    [Fact]
    public void Rational_sphere_edge_cases()
    {
        Assert.Equal([Rational.NegativeOne], RationalSphere.UnitVector([Q(-1, 2)], 1));
        Assert.Equal([Rational.One], RationalSphere.UnitVector([], 1));
        Assert.Equal([Rational.Zero, Rational.NegativeOne], RationalSphere.UnitVector([Rational.Zero], 2));
        Assert.Equal([new Rational(4, 5), new Rational(-3, 5)], RationalSphere.UnitVector([Q(1, 2)], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => RationalSphere.UnitVector([], 0));
        Assert.Throws<ArgumentException>(() => RationalSphere.UnitVector([Rational.One], 3));
    }

    [Fact]
    public void Rational_sphere_messages_and_the_sign_of_zero()
    {
        Assert.Equal([Rational.One], Verification.Geometry.RationalSphere.UnitVector([Rational.Zero], 1)); // t = 0 is not negative
        Assert.StartsWith("Dimension must be at least 1.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Verification.Geometry.RationalSphere.UnitVector([], 0)).Message);
        Assert.Equal("Need 2 parameters for a point on S^2, got 1.",
            Assert.Throws<ArgumentException>(() => Verification.Geometry.RationalSphere.UnitVector([Rational.One], 3)).Message);
    }

    [Property(MaxTest = 200)]
    public bool Rational_points_on_spheres_have_norm_exactly_one(int a, int b, int c, NonNegativeInt den)
    {
        var q = den.Get + 1;
        var u = RationalSphere.UnitVector([new Rational(a, q), new Rational(b, q), new Rational(c, q)], 4);
        return Vec.NormSquared<Rational>(u) == Rational.One;
    }
}
