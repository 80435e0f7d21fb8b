using System.Numerics;
using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Xunit;
using static Verification.Tests.ExactOracles;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry.Lyx;

/// <summary>The four forms of the geometric condition agree with each other, with an exact angular sort in the plane and
/// with facets by cross products, and carry their certificates.</summary>
public partial class GeometricConditionTests
{
    private static List<Rational[]> Vectors(RawInts g, int d, int k)
    {
        var w = new List<Rational[]>();
        for (var j = 0; j < k; j++)
        {
            var v = g.IntRow(d, 2);
            if (v.All(x => x.Sign == 0)) v[j % d] = j % 2 == 0 ? 1 : -1; // the forms need non-zero vectors
            w.Add(v);
        }
        if (g.Int(0, 1) == 1) // append −Σ w_j (when non-zero): 0 is then a positive combination, so GC often holds
        {
            var s = w.Aggregate(new Rational[d].Select(_ => Rational.Zero).ToArray(), Vec.Add).Select(x => -x).ToArray();
            if (s.Any(x => x.Sign != 0)) w.Add(s);
        }
        return w;
    }

    [Property(MaxTest = 300)]
    public void The_four_forms_agree_and_carry_certificates(int[] raw)
    {
        var g = new RawInts(raw);
        var d = g.Int(1, 3);
        var k = g.Int(1, d == 3 ? 4 : 5);
        var w = Vectors(g, d, k);
        var (sign, witness) = GeometricCondition.SignTest(w);
        var hemisphere = GeometricCondition.HemisphereTest(w);
        var (interior, lambda) = GeometricCondition.InteriorTest(w);
        var facet = GeometricCondition.FacetTest(w);
        Assert.Equal(sign, hemisphere);
        Assert.Equal(sign, interior);
        Assert.Equal(sign, facet);
        Assert.Equal(sign, GeometricCondition.Holds(w.Select(Vec.ToDouble).ToList()));
        if (d == 1) Assert.Equal(w.Any(v => v[0].Sign > 0) && w.Any(v => v[0].Sign < 0), sign);
        if (d == 2) Assert.Equal(GcPlaneOracle(w), sign);
        if (sign)
        {
            Assert.Null(witness);
            Assert.NotNull(lambda);
            Assert.Equal(w.Count, lambda!.Length);
            Assert.All(lambda, l => Assert.True(l.Sign > 0));
            Assert.All(Enumerable.Range(0, d),
                i => Assert.Equal(Rational.Zero, Enumerable.Range(0, w.Count).Aggregate(Rational.Zero, (s, j) => s + lambda[j] * w[j][i])));
        }
        else
        {
            // A witness direction n ≠ 0 with ⟨n, w_j⟩ ≥ 0 for every j: the closed hemisphere that contains all w_j.
            Assert.NotNull(witness);
            Assert.Contains(witness!, x => x.Sign != 0);
            Assert.All(w, v => Assert.True(Vec.Dot<Rational>(witness, v).Sign >= 0));
            Assert.Null(lambda);
        }
    }

    /// <summary>Canonical form of a hyperplane {⟨n, x⟩ = a} up to positive scaling: divide by |first non-zero of n|.</summary>
    private static string Canon(Rational[] n, Rational a)
    {
        var s = Rational.Abs(n.First(x => x.Sign != 0));
        return string.Join(",", n.Append(a).Select(x => (x / s).ToString()));
    }

    /// <summary>Facets of the hull of points in dimension 1, 2 or 3 by cross products: supporting hyperplanes through d points.</summary>
    private static HashSet<string>? FacetOracle(List<Rational[]> p, int d)
    {
        var set = new HashSet<string>();
        foreach (var s in AllSubsets(p.Count, d))
        {
            Rational[] n = d switch
            {
                1 => [Rational.One],
                2 => [p[s[1]][1] - p[s[0]][1], p[s[0]][0] - p[s[1]][0]],
                _ => Cross3(Vec.Sub(p[s[1]], p[s[0]]), Vec.Sub(p[s[2]], p[s[0]])),
            };
            if (n.All(x => x.Sign == 0)) continue;
            var a = Vec.Dot<Rational>(n, p[s[0]]);
            var signs = p.Select(x => (Vec.Dot<Rational>(n, x) - a).Sign).ToList();
            if (signs.Contains(1) && signs.Contains(-1)) continue;
            if (signs.Contains(1)) { n = n.Select(x => -x).ToArray(); a = -a; }
            set.Add(Canon(n, a));
        }
        return set;
    }

    private static Rational[] Cross3(Rational[] u, Rational[] v) =>
        [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];

    [Property(MaxTest = 300)]
    public void Facets_agree_with_cross_products(int[] raw)
    {
        var g = new RawInts(raw);
        var d = g.Int(1, 3);
        var k = g.Int(1, d == 3 ? 5 : 6);
        var p = Enumerable.Range(0, k).Select(j => g.IntRow(d, 2)).Select(v => v.All(x => x.Sign == 0) ? v.Select(_ => Rational.One).ToArray() : v).ToList();
        var facets = GeometricCondition.Facets(p);
        var fullDimensional = RankByMinors(p.Skip(1).Select(x => Vec.Sub(x, p[0])).ToList(), d) == d;
        if (!fullDimensional)
        {
            Assert.Null(facets);
            Assert.False(GeometricCondition.FacetTest(p));
            Assert.False(GeometricCondition.FacetTestClosed(p));
            return;
        }
        Assert.NotNull(facets);
        foreach (var (n, a) in facets!) Assert.All(p, x => Assert.True(Vec.Dot<Rational>(n, x) <= a)); // oriented: points below
        var oracle = FacetOracle(p, d)!;
        Assert.Equal(oracle.OrderBy(s => s), facets.Select(f => Canon(f.Normal, f.Offset)).Distinct().OrderBy(s => s));
        Assert.Equal(facets.All(f => f.Offset.Sign > 0), GeometricCondition.FacetTest(p));
        Assert.Equal(facets.All(f => f.Offset.Sign >= 0), GeometricCondition.FacetTestClosed(p));
    }

    [Fact]
    public void Facet_readings_differ_when_zero_is_on_a_facet()
    {
        List<Rational[]> square = [V(-1, 0), V(1, 0), V(-1, 1), V(1, 1)]; // 0 on the bottom edge
        Assert.False(GeometricCondition.FacetTest(square));
        Assert.True(GeometricCondition.FacetTestClosed(square));
        List<Rational[]> shifted = [V(-1, -1), V(1, -1), V(-1, 1), V(1, 1)];
        Assert.True(GeometricCondition.FacetTest(shifted));
        Assert.True(GeometricCondition.FacetTestClosed(shifted));
        List<Rational[]> away = [V(1, 1), V(2, 1), V(1, 2)];
        Assert.False(GeometricCondition.FacetTest(away));
        Assert.False(GeometricCondition.FacetTestClosed(away));
    }

    [Fact]
    public void Invalid_vector_sets_are_rejected()
    {
        Func<IReadOnlyList<Rational[]>, object>[] forms =
        [
            w => GeometricCondition.SignTest(w), w => GeometricCondition.HemisphereTest(w), w => GeometricCondition.InteriorTest(w),
            w => GeometricCondition.FacetTest(w), w => GeometricCondition.Facets(w)!,
        ];
        foreach (var f in forms)
        {
            Assert.Equal("GC needs at least one vector.", Assert.Throws<ArgumentException>(() => f([])).Message);
            Assert.Equal("Dimension must be at least 1.", Assert.Throws<ArgumentException>(() => f([[]])).Message);
            Assert.Equal("Vectors of different dimensions.", Assert.Throws<ArgumentException>(() => f([V(1, 0), V(1)])).Message);
            Assert.Contains("undefined for w_j = 0", Assert.Throws<ArgumentException>(() => f([V(1, 0), V(0, 0)])).Message);
        }
    }

    [Fact]
    public void Sign_test_witnesses_on_known_sets()
    {
        // Rank-deficient: the normal of the span, with all products 0.
        var (holds, n) = GeometricCondition.SignTest([V(1, 1), V(-2, -2)]);
        Assert.False(holds);
        Assert.Equal(V(-1, 1), n);
        // Spanning but in a half-plane: x-axis directions and (0, 1): witness (0, 1) up to scaling.
        (holds, n) = GeometricCondition.SignTest([V(1, 0), V(-1, 0), V(0, 1)]);
        Assert.False(holds);
        Assert.Equal(Rational.Zero, n![0]);
        Assert.True(n[1].Sign > 0);
        Assert.Equal((true, (Rational[]?)null), GeometricCondition.SignTest([V(1), V(-1)]));
    }

    [Fact]
    public void Interior_test_returns_the_convex_weights()
    {
        var (holds, lambda) = GeometricCondition.InteriorTest([V(1, 0), V(-1, 1), V(-1, -1)]);
        Assert.True(holds);
        Assert.Equal([new(1, 2), new(1, 4), new(1, 4)], lambda!);
        Assert.Equal((false, (Rational[]?)null), GeometricCondition.InteriorTest([V(1, 0), V(-1, 0)])); // does not span
        Assert.Equal((false, (Rational[]?)null), GeometricCondition.InteriorTest([V(1, 0), V(0, 1), V(-1, 0)])); // 0 on the hull
    }

    [Fact]
    public void Holds2D_agrees_with_the_exact_angular_oracle()
    {
        // All small integer pairs of two or three directions, with no two exactly opposite (a gap of exactly π is a tie in double).
        var dirs = new List<int[]>();
        for (var x = -2; x <= 2; x++) for (var y = -2; y <= 2; y++) if (x != 0 || y != 0) dirs.Add([x, y]);
        var rng = new Random(5);
        for (var t = 0; t < 400; t++)
        {
            var k = 1 + t % 4;
            var w = Enumerable.Range(0, k).Select(_ => dirs[rng.Next(dirs.Count)]).ToList();
            if (w.Any(a => w.Any(b => a[0] * b[1] == a[1] * b[0] && a[0] * b[0] + a[1] * b[1] < 0))) continue;
            var exact = GcPlaneOracle(w.Select(v => V(v)).ToList());
            Assert.Equal(exact, GeometricCondition.Holds2D(w.Select(v => (double)v[0]).ToArray(), w.Select(v => (double)v[1]).ToArray()));
        }
        Assert.False(GeometricCondition.Holds2D([1, 0, -1], [0, 0, 0]));
        Assert.False(GeometricCondition.Holds2D([1, -1], [0, 0])); // opposite: a gap of exactly π
        Assert.True(GeometricCondition.Holds2D([1, -1, 0, 0], [0, 0, 1, -1]));
        Assert.False(GeometricCondition.Holds2D([1], [1]));
    }
}
