using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Lyx;

[Trait("Paper", "LYX")]
public class LyxGeometryTests
{
    private static Rational[] V(params int[] x) => x.Select(i => (Rational)i).ToArray();

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
    public void ExactSimplexSolvesASmallLp()
    {
        // max x + y s.t. x + 2y + s1 = 4, 3x + y + s2 = 6, all ≥ 0: optimum at (8/5, 6/5), value 14/5
        Rational[][] a = [V(1, 2, 1, 0), V(3, 1, 0, 1)];
        var (status, value, x) = ExactSimplex.Maximise(a, V(4, 6), V(1, 1, 0, 0));
        Assert.Equal(LpStatus.Optimal, status);
        Assert.Equal(new Rational(14, 5), value);
        Assert.Equal(new Rational(8, 5), x[0]);
        Assert.Equal(LpStatus.Infeasible, ExactSimplex.Maximise([V(1, 1)], V(-1), V(0, 0)).Status);
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
            var exact = GeometricCondition.SignTest(Enumerable.Range(0, k).Select(j => new[] { Rational.FromDouble(x[j]), Rational.FromDouble(y[j]) }).ToList()).Holds;
            Assert.Equal(exact, GeometricCondition.Holds2D(x, y));
        }
    }

    [Fact]
    public void Remark3FormulaKnownValues()
    {
        Assert.Equal(new Rational(1, 4), Remark3.Pgc(3, 2));        // 1 − 3/4
        Assert.Equal(new Rational(1, 2), Remark3.Pgc(4, 2));        // 1 − 4/8
        Assert.Equal(new Rational(3, 4), Remark3.Pgc(3, 1));        // both signs present
        Assert.Equal(Rational.Zero, Remark3.Pgc(3, 3));             // k ≤ d: never
    }

    [Fact]
    public void CayleyIsOrthogonal()
    {
        var q = RationalSphere.Cayley(RationalSphere.Skew(3, [new Rational(1, 2), 2, new Rational(-1, 3)]));
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                Assert.Equal(i == j ? Rational.One : Rational.Zero, Vec.Dot<Rational>(LyxData.Column(q, i), LyxData.Column(q, j)));
    }
}

[Trait("Paper", "LYX")]
public class LyxModelTests
{
    [Fact]
    public void PaperDataSet()
    {
        var (x, y) = LyxData.Paper880();
        Assert.Equal(880, x.Length);
        Assert.All(Enumerable.Range(0, 880), i => Assert.InRange(Math.Sqrt(x[i] * x[i] + y[i] * y[i]), 1 - 1e-12, 2 + 1e-12));
    }

    [Fact]
    public void ExactAndDoubleModelsAgree()
    {
        Rational[][] w = [[new Rational(1, 2), 2], [-1, new Rational(1, 3)]];
        Rational[][] u = [[new Rational(1, 4), -1], [0, 1]];
        var exact = new ConferenceNet<Rational>(w, u, new Rational(1, 8));
        var dbl = new ConferenceNet<double>(w.Select(Vec.ToDouble).ToArray(), u.Select(Vec.ToDouble).ToArray(), 0.125);
        var data = new List<(Rational[], Rational)> { ([1, 1], 1), ([-2, new Rational(1, 2)], 1), ([0, -1], -1) };
        var ddata = data.Select(p => (Vec.ToDouble(p.Item1), p.Item2.ToDouble())).ToList();
        Assert.Equal(exact.MeanLoss(data).ToDouble(), dbl.MeanLoss(ddata), 1e-15);
        var e1 = exact.GdStep(data, new Rational(1, 10));
        var d1 = dbl.GdStep(ddata, 0.1);
        for (var j = 0; j < 2; j++) for (var i = 0; i < 2; i++) Assert.Equal(e1.W[j][i].ToDouble(), d1.W[j][i], 1e-15);
    }

    [Fact]
    public void BadParametersThrow()
    {
        Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([], [], 0));
        Assert.Throws<ArgumentException>(() => new AnnulusDensity(2, 1));
        Assert.Throws<ArgumentException>(() => JournalNet<double>.ConstructV(3, 2, 1));
        var net = new ConferenceNet<double>([[1.0]], [[0.0]], 0);
        Assert.Throws<ArgumentException>(() => net.GdStep([([1.0], 1.0)], -0.1));
        Assert.Throws<ArgumentException>(() => net.MeanLoss([]));
    }
}

[Trait("Paper", "LYX")]
public class LyxPopulationTests
{
    [Fact]
    public void HalfAnnulusClosedForm()
    {
        var dens = new AnnulusDensity(1, 2);
        // one tiny neuron: Ω = half annulus, E[1{x1>0} x] = p · 2 · (M³ − m³)/3 = 14/(9π)
        var r = Population2D.Conference(dens, [[1e-6, 0]], [[0, 0]], 0).Compute();
        Assert.Equal(-14 / (9 * Math.PI), r.Gradient[0][0], 1e-12);
        Assert.Equal(0.5, r.PJoint[0, 0], 1e-12);
        Assert.Equal(1.0, r.Loss, 1e-5);
        Assert.Equal(2 * Math.Sqrt(3) / (3 * Math.PI), dens.Cp(), 1e-14);
    }

    [Fact]
    public void LossMatchesADirectPolarSum()
    {
        var dens = new AnnulusDensity(1, 2, 1);
        double[][] w = [[0.7, 0.2], [-0.3, 0.5]];
        double[][] u = [[0.2, 0.1], [-0.4, 0.3]];
        foreach (var b in new[] { 0.0, 0.05 })
        {
            var res = Population2D.Conference(dens, w, u, b).Compute();
            // midpoint rule on a fine polar grid (second order): tolerance from its error
            int nt = 4000, nr = 400;
            var sum = 0.0;
            for (var i = 0; i < nt; i++)
            {
                var th = (i + 0.5) * 2 * Math.PI / nt;
                for (var j = 0; j < nr; j++)
                {
                    var rr = 1 + (j + 0.5) / nr;
                    double px = rr * Math.Cos(th), py = rr * Math.Sin(th), f = 0;
                    for (var l = 0; l < 2; l++) { f += Math.Max(0, w[l][0] * px + w[l][1] * py - b) - Math.Max(0, u[l][0] * px + u[l][1] * py - b); }
                    sum += Math.Max(0, 1 - f) * dens.C * rr * rr / nr * 2 * Math.PI / nt;
                }
            }
            Assert.Equal(sum, res.Loss, 1e-5);
            Assert.True(res.Error < 1e-9);
        }
    }

    [Fact]
    public void NonUniformCpIsBelowTheCorrectedBound()
    {
        foreach (var a in new[] { 1.0, 2.0 })
        {
            var d = new AnnulusDensity(0.5, 2, a);
            Assert.True(d.Cp() <= 2 * 2 * d.PMax);
        }
    }
}

[Trait("Paper", "LYX")]
public class LyxExperimentTests
{
    [Fact]
    public void ProducersAreRegistered()
    {
        var ids = LyxExperiments.All.Select(e => e.Id).ToList();
        Assert.Equal(["lyx-table1", "lyx-fig-iterations", "lyx-fig-normhistogram", "lyx-fig-weightdynamics", "lyx-j-fig-subspaceangle"], ids);
    }

    /// <summary>The reduced Table 1 (2 runs per cell, same code path as the full one) runs and is deterministic by seed.</summary>
    [Fact]
    public void ReducedTable1IsDeterministic()
    {
        var a = LyxExperiments.Table1(5, 2).Render();
        var b = LyxExperiments.Table1(5, 2).Render();
        Assert.Equal(a, b);
        Assert.Contains("rand_paper", a);
    }

    /// <summary>The full Table 1 (100 runs per cell, as the paper) — deep profile only.</summary>
    [Fact, Trait("Category", "Deep")]
    public void FullTable1()
    {
        if (Environment.GetEnvironmentVariable("VERIFICATION_DEEP") != "1") return;
        var snap = LyxExperiments.Table1(Verification.Harness.Budgets.DefaultSeed, 100);
        Assert.DoesNotContain("differs", snap.Render());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Verification.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
