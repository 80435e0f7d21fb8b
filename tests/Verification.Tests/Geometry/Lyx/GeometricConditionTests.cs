using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Models.Lyx;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry.Lyx;

/// <summary>The four forms of the geometric condition (Lemma 4) on known sets, and the 2-D test against the exact one.</summary>
[Trait("Paper", "LYX")]
public partial class GeometricConditionTests
{
    [Fact]
    public void FourFormsOnKnownSets()
    {
        var triangle = new List<Rational[]> { V(1, 0), V(-1, 1), V(-1, -1) };
        Assert.True(GeometricCondition.SignTest(triangle).Holds);
        Assert.True(GeometricCondition.HemisphereTest(triangle));
        Assert.True(GeometricCondition.InteriorTest(triangle).Holds);
        Assert.True(GeometricCondition.FacetTest(triangle));
        var halfPlane = new List<Rational[]> { V(1, 0), V(0, 1), V(-1, 0) }; // 0 on the facet through (1,0), (−1,0)
        Assert.False(GeometricCondition.SignTest(halfPlane).Holds);
        Assert.False(GeometricCondition.HemisphereTest(halfPlane));
        Assert.False(GeometricCondition.InteriorTest(halfPlane).Holds);
        Assert.False(GeometricCondition.FacetTest(halfPlane));
        Assert.True(GeometricCondition.FacetTestClosed(halfPlane)); // the closed reading differs exactly in this degenerate case
        var octahedron = new List<Rational[]> { V(1, 0, 0), V(-1, 0, 0), V(0, 1, 0), V(0, -1, 0), V(0, 0, 1), V(0, 0, -1) };
        Assert.True(GeometricCondition.InteriorTest(octahedron).Holds);
        Assert.Equal(8, GeometricCondition.Facets(octahedron)!.Distinct(new FacetComparer()).Count());
    }

    private sealed class FacetComparer : IEqualityComparer<(Rational[] Normal, Rational Offset)>
    {
        public bool Equals((Rational[] Normal, Rational Offset) a, (Rational[] Normal, Rational Offset) b) =>
            a.Normal.Zip(b.Normal).All(p => p.First * b.Offset == p.Second * a.Offset);
        public int GetHashCode((Rational[] Normal, Rational Offset) f) => 0;
    }

    [Fact]
    public void Holds2DAgreesWithTheExactSignTest()
    {
        var rng = new SplitMix64(3);
        for (var t = 0; t < 300; t++)
        {
            var k = 2 + t % 5;
            var x = Enumerable.Range(0, k).Select(_ => rng.Normal()).ToArray();
            var y = Enumerable.Range(0, k).Select(_ => rng.Normal()).ToArray();
            var exact = GeometricCondition.SignTest(
                Enumerable.Range(0, k).Select(j => new[] { Rational.FromDouble(x[j]), Rational.FromDouble(y[j]) }).ToList()).Holds;
            Assert.Equal(exact, GeometricCondition.Holds2D(x, y));
        }
    }
}
