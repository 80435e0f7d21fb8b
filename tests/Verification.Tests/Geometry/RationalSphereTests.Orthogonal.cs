using FsCheck.Xunit;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry;

/// <summary>Rational orthogonal matrices: the Cayley transform in closed form and orthogonal, and the choices an orthogonal
/// matrix consumes.</summary>
public partial class RationalSphereTests
{
    [Fact]
    public void CayleyIsOrthogonal()
    {
        var q = RationalSphere.Cayley(RationalSphere.Skew(3, [new Rational(1, 2), 2, new Rational(-1, 3)]));
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                Assert.Equal(i == j ? Rational.One : Rational.Zero, Vec.Dot<Rational>(LyxData.Column(q, i), LyxData.Column(q, j)));
    }

    [Fact]
    public void Cayley_transform_in_closed_form()
    {
        // A = [[0, t], [−t, 0]]: Q = [[1 − t², −2t], [2t, 1 − t²]]/(1 + t²).
        var t = Q(2, 3);
        var q = RationalSphere.Cayley(RationalSphere.Skew(2, [t]));
        var s = 1 + t * t;
        Assert.Equal([[(1 - t * t) / s, -2 * t / s], [2 * t / s, (1 - t * t) / s]], q);
        Assert.Equal([[1, 0, 0], [0, 1, 0], [0, 0, 1]], RationalSphere.Cayley(RationalSphere.Skew(3, [])));
        var a = RationalSphere.Skew(3, [1, 2]); // the third entry missing: zero
        Assert.Equal([[0, 1, 2], [-1, 0, 0], [-2, 0, 0]], a);
        Assert.Equal("The Cayley transform needs a skew-symmetric matrix.",
            Assert.Throws<ArgumentException>(() => RationalSphere.Cayley([[0, 1], [1, 0]])).Message);
        Assert.Throws<ArgumentException>(() => RationalSphere.Cayley([[1]]));
        Assert.Equal([2, 0, 0], LyxData.Column(a, 2));
        Assert.Equal([Q(3), Q(-2), Q(1)], LyxData.Combine([[1, 0, 1], [0, 1, 1]], [3, -2]));
        var p = RationalSphere.Point([Q(1, 2), Q(1, 3)], 3, Q(5, 2));
        Assert.Equal(Q(25, 4), Vec.NormSquared<Rational>(p));
        Assert.Equal(Vec.Scale(Q(5, 2), Verification.Geometry.RationalSphere.UnitVector([Q(1, 2), Q(1, 3)], 3)), p);
    }

    /// <summary>A D×D skew matrix has D(D − 1)/2 free entries, so Orthogonal draws exactly that many small rationals.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Orthogonal_consumes_one_small_rational_per_upper_entry(int dim)
    {
        int[] raw = [.. Enumerable.Range(1, 24)]; // distinct raws: the reads after the matrix show how many were consumed
        var c = new Choices(raw);
        _ = RationalSphere.OrthogonalMatrix(c, dim);
        var expected = new Choices(raw);
        for (var i = 0; i < dim * (dim - 1) / 2; i++) _ = expected.SmallRational(3, 4);
        Assert.Equal(expected.Int(0, 1_000_000), c.Int(0, 1_000_000));
        Assert.Equal(expected.Int(0, 1_000_000), c.Int(0, 1_000_000));
    }
}
