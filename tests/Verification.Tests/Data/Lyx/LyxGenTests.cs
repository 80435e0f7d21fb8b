using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Data.Lyx;

/// <summary>The LYX generators decode fixed choice sequences to the expected exact data.</summary>
[Trait("Paper", "LYX")]
public class LyxGenTests
{
    [Fact]
    public void Generators_on_fixed_choices()
    {
        Assert.Equal([[1, 0], [0, 1]], RationalSphere.OrthogonalMatrix(new Choices([]), 2));
        var q = RationalSphere.OrthogonalMatrix(new Choices([1, 3, 2, 1, 0, 5]), 3);
        for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++)
            Assert.Equal(i == j ? Rational.One : Rational.Zero, Vec.Dot<Rational>(LyxData.Column(q, i), LyxData.Column(q, j)));
        Assert.NotEqual(Rational.One, q[0][0]);
        Assert.Equal([Q(1), Q(-1, 2)], LyxGen.Vector(new Choices([0, 1, 1, 2]), 2));
        Assert.Equal([Q(3)], RationalSphere.Point(new Choices([0, 0]), 1, 3));
        Assert.Equal([Q(-3)], RationalSphere.Point(new Choices([0, 0, 1]), 1, 3));
        // d = 2, t = SmallRational(4, 4) with raw (q = 2, n = +1) = 1/2 → r·(4/5, −3/5).
        Assert.Equal([Q(8, 5), Q(-6, 5)], RationalSphere.Point(new Choices([1, 1]), 2, 2));
        Assert.Equal([Q(4, 5), Q(-3, 5)], RationalSphere.Point(new Choices([1, 1]), 2, Rational.One));
        foreach (var seed in Enumerable.Range(0, 20))
        {
            var raw = Enumerable.Range(0, 6).Select(i => (seed * 7 + i * 13) % 11).ToArray();
            var p = LyxGen.AnnulusPoint(new Choices(raw), 3, 1, 2);
            var n2 = Vec.NormSquared<Rational>(p);
            Assert.True(n2 >= 1 && n2 <= 4);
        }
        // raw zeros: radius In([1, 2], 8) = 1 (q = 1, the lowest numerator), t = 0 → (0, −1); raw (0, 1): radius 2.
        Assert.Equal([Q(0), Q(-1)], LyxGen.AnnulusPoint(new Choices([]), 2, 1, 2));
        Assert.Equal([Q(0), Q(-2)], LyxGen.AnnulusPoint(new Choices([0, 1]), 2, 1, 2));
        Rational[][] m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
        Assert.Equal([Q(2 * 2 - 3), Q(2 * 5 - 6), Q(2 * 8 - 9)], LyxGen.InBlock(m, 1, [2, -1]));
        Assert.Equal([Q(14), Q(32), Q(50)], LyxGen.Apply(m, [1, 2, 3]));
        Assert.Equal("(1/2, -1)", LyxGen.Format([Q(1, 2), Q(-1)]));
        Assert.Equal("[(1), (2, 3)]", LyxGen.Format(new[] { new Rational[] { 1 }, [2, 3] }));
        Assert.Equal("[(0.5, -1), (0.1)]", LyxGen.Format(new[] { new[] { 0.5, -1.0 }, [0.1] }));
        var cube = LyxGen.CubeVertices(3, Q(1, 2));
        Assert.Equal(8, cube.Count);
        Assert.Equal(8, cube.Select(v => string.Join(",", v)).Distinct().Count());
        Assert.All(cube, v => Assert.All(v, c => Assert.Equal(Q(1, 2), Rational.Abs(c))));
        Assert.Equal([Q(1, 2), Q(1, 2), Q(1, 2)], cube[0]);
        Assert.Equal([Q(-1, 2), Q(1, 2), Q(1, 2)], cube[1]);
    }
}
