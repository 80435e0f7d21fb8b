using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Xunit;

namespace Verification.Tests.Data.Lsz;

/// <summary>
/// The LSZ case decoders against their specification written out independently (as in ChoicesOracleTests): raw choice 0
/// decodes to the simplest value, every raw value to the exact value the documentation gives (Choices.Int(lo, hi) reads
/// lo + |r| mod (hi − lo + 1), Signed the order 0, 1, −1, 2, …, In the first denominator with a point then the numerator),
/// and the hypotheses (unit v, u ⊥ v, θ ∈ (0, π), ‖w‖ within its decades) hold by construction.
/// </summary>
[Trait("Paper", "LSZ")]
public class LszCasesTests
{
    private static long SignedOracle(long m) => m == 0 ? 0 : m % 2 == 1 ? (m + 1) / 2 : -(m / 2);

    [Fact]
    public void V_and_U_are_orthonormal_coordinate_vectors()
    {
        Assert.Equal(new double[] { 0, 1 }, LszCases.V(2));
        Assert.Equal(new double[] { 1, 0, 0, 0 }, LszCases.U(4));
        Assert.Equal(new double[] { 0, 1, 0 }, LszCases.V(3));
    }

    /// <summary>The law each index of the full list decodes to (index ↦ check).</summary>
    private static readonly Action<RadialLaw>[] AllLaws =
    [
        l => Assert.Equal(1, Assert.IsType<CircleRadius>(l).Radius),
        l => { var s = Assert.IsType<SphereProjectionRadius>(l); Assert.Equal((3, 1.0), (s.Dimension, s.Radius)); },
        l => { var g = Assert.IsType<GaussianRadius>(l); Assert.Equal((2, 1.0), (g.Dimension, g.Scale)); },
        l => { var s = Assert.IsType<SphereProjectionRadius>(l); Assert.Equal((6, 1.0), (s.Dimension, s.Radius)); },
        l => { var g = Assert.IsType<GaussianRadius>(l); Assert.Equal((4, 1.0), (g.Dimension, g.Scale)); },
        l => Assert.Equal(2.5, Assert.IsType<CircleRadius>(l).Radius),
        l =>
        {
            var m = Assert.IsType<RadialMixture>(l);
            Assert.Equal([0.5, 0.5], m.Parts.Select(p => p.Weight));
            Assert.Equal([0.5, 3.0], m.Parts.Select(p => Assert.IsType<SphereProjectionRadius>(p.Law).Radius));
            Assert.All(m.Parts, p => Assert.Equal(3, p.Law.Dimension));
        },
        l =>
        {
            var m = Assert.IsType<RadialMixture>(l);
            Assert.Equal([0.75, 0.25], m.Parts.Select(p => p.Weight));
            Assert.Equal([0.5, 2.0], m.Parts.Select(p => Assert.IsType<GaussianRadius>(p.Law).Scale));
            Assert.All(m.Parts, p => Assert.Equal(3, p.Law.Dimension));
        },
    ];

    [Fact]
    public void Symmetric_decodes_the_listed_laws_with_v_equal_to_e2()
    {
        for (var raw = 0; raw < 2 * AllLaws.Length; raw++)
        {
            var c = new Choices([raw]);
            var pop = LszCases.Symmetric(c);
            Assert.Equal(1, c.Used);
            AllLaws[raw % AllLaws.Length](pop.Law);
            Assert.Equal(LszCases.V(pop.Law.Dimension), pop.V);
            Assert.Same(MarginLoss.Logistic, pop.Loss);
        }
        // cheap: only U(S¹) and U(S²), simplest first
        for (var raw = 0; raw < 6; raw++)
        {
            var pop = LszCases.Symmetric(new Choices([raw]), cheap: true, loss: MarginLoss.Exponential);
            AllLaws[raw % 2](pop.Law);
            Assert.Same(MarginLoss.Exponential, pop.Loss);
        }
        Assert.IsType<CircleRadius>(LszCases.Symmetric(new Choices([])).Law);
    }

    [Fact]
    public void NonSymmetric_decodes_kind_stretch_and_rotation()
    {
        double[][] points = [[1, 0.2], [-0.5, 1], [0.3, -2], [-1.5, -0.4]];
        for (var kindRaw = 0; kindRaw < 3; kindRaw++)
        for (var kRaw = 0; kRaw < 8; kRaw += 3)
        for (var rotRaw = 0; rotRaw < 12; rotRaw += 5)
        foreach (var cheap in new[] { false, true })
        {
            var c = new Choices([kindRaw, kRaw, rotRaw]);
            var pop = LszCases.NonSymmetric(c, cheap ? null : MarginLoss.Exponential, cheap);
            Assert.Equal(3, c.Used);
            var kind = cheap ? 1 + kindRaw % 2 : kindRaw % 3;
            var k = 1.5 + kRaw % 7 * 0.5;
            var rot = (1 + rotRaw % 11) * Math.PI / 12;
            Assert.Equal(new double[] { 0, 1 }, pop.V);
            Assert.Same(cheap ? MarginLoss.Logistic : MarginLoss.Exponential, pop.Loss);
            Assert.False(pop.SphericallySymmetric);
            if (kind == 2)
            {
                var p = Assert.IsType<PointsPopulation>(pop);
                Assert.Equal(5, p.Points.Count);
                for (var i = 0; i < 4; i++) Assert.Equal(points[i], p.Points[i]);
                Assert.Equal(0.8 * k, p.Points[4][0], 1e-15);
                Assert.Equal(0.6, p.Points[4][1]);
                Assert.All(p.Weights, w => Assert.Equal(0.2, w, 1e-15));
                continue;
            }
            var planar = Assert.IsType<PlanarPopulation>(pop);
            if (kind == 0) Assert.Equal(2, Assert.IsType<GaussianRadius>(planar.Law).Dimension);
            else Assert.Equal(1, Assert.IsType<CircleRadius>(planar.Law).Radius);
            // M = R(rot) diag(k, 1)
            double[,] want = { { k * Math.Cos(rot), -Math.Sin(rot) }, { k * Math.Sin(rot), Math.Cos(rot) } };
            for (var i = 0; i < 2; i++) for (var j = 0; j < 2; j++) Assert.Equal(want[i, j], planar.M[i, j], 1e-15);
        }
        // simplest: the ellipse (cheap, the default) with k = 1.5, rotation π/12; the Gaussian without cheap
        var simplest = Assert.IsType<PlanarPopulation>(LszCases.NonSymmetric(new Choices([])));
        Assert.IsType<CircleRadius>(simplest.Law);
        Assert.Equal(1.5 * Math.Cos(Math.PI / 12), simplest.M[0, 0], 1e-15);
        Assert.IsType<GaussianRadius>(Assert.IsType<PlanarPopulation>(LszCases.NonSymmetric(new Choices([]), cheap: false)).Law);
    }

    [Fact]
    public void Theta_decodes_rational_multiples_of_pi_and_the_ends()
    {
        // simplest: mode 0, In((0, 1), 24) with q = 1 empty, so q = 2, p = 1: θ = π/2
        var c0 = new Choices([]);
        Assert.Equal(Math.PI / 2, LszCases.Theta(c0));
        Assert.Equal(3, c0.Used);
        for (var mode = 0; mode < 3; mode++)
        {
            // raw (mode, 4, 2): q = 5, numerators 1..4, the third: 3/5
            Assert.Equal(Math.PI * 0.6, LszCases.Theta(new Choices([mode, 4, 2])), 1e-15);
            Assert.Equal(Math.PI * 0.6, LszCases.Theta(new Choices([mode + 5, 4, 2])), 1e-15);
        }
        for (var r = 0; r < 10; r++)
        {
            var k = 1 + r % 8;
            var c = new Choices([3, r]);
            var small = LszCases.Theta(c);
            Assert.Equal(2, c.Used);
            Assert.Equal(Math.Pow(10, -k), small);
            Assert.Equal(Math.PI - Math.Pow(10, -k), LszCases.Theta(new Choices([4, r])));
            Assert.True(small > 0 && small < Math.PI);
        }
        // θ ∈ (0, π) always
        for (var a = 0; a < 30; a++)
        {
            var t = LszCases.Theta(new Choices([a, 7 * a + 1, 3 * a]));
            Assert.True(t > 0 && t < Math.PI);
        }
    }

    [Fact]
    public void Norm_decodes_mantissa_and_decade_within_the_range()
    {
        Assert.Equal(1, LszCases.Norm(new Choices([])));
        foreach (var (lo, hi) in new[] { (-3, 3), (-1, 3), (-3, 1), (0, 2), (-2, 0) })
        for (var m = 0; m < 10; m++)
        for (var r = 0; r < 12; r++)
        {
            var max = Math.Max(-lo, hi);
            var k = SignedOracle(r % (2 * max + 1));
            if (k < lo || k > hi) k = 0;
            var c = new Choices([m, r]);
            var got = LszCases.Norm(c, lo, hi);
            Assert.Equal(2, c.Used);
            Assert.Equal((1 + m % 9) * Math.Pow(10, k), got, 1e-12 * got);
        }
        // the default range [−3, 3]: raw (8, 5) ↦ 9 · 10^3 (5 mod 7 = 5 ↦ +3); raw (1, 6) ↦ 2 · 10^−3 (6 ↦ −3)
        Assert.Equal(9000, LszCases.Norm(new Choices([8, 5])), 1e-9);
        Assert.Equal(0.002, LszCases.Norm(new Choices([1, 6])), 1e-15);
        // The fallback exponent 0 must lie in the range.
        Assert.Equal("The exponent range [-2, -1] must contain 0.", Assert.Throws<ArgumentException>(() => LszCases.Norm(new Choices([]), -2, -1)).Message);
        Assert.Equal("The exponent range [1, 2] must contain 0.", Assert.Throws<ArgumentException>(() => LszCases.Norm(new Choices([]), 1, 2)).Message);
    }

    [Fact]
    public void Point_and_Angle()
    {
        foreach (var d in new[] { 2, 4 })
        foreach (var theta in new[] { 1e-9, 0.3, Math.PI / 2, 2.5, Math.PI - 1e-9 })
        {
            var w = LszCases.Point(d, 2.5, theta);
            Assert.Equal(d, w.Length);
            Assert.Equal(2.5 * Math.Sin(theta), w[0]);
            Assert.Equal(2.5 * Math.Cos(theta), w[1]);
            Assert.All(w.Skip(2), x => Assert.Equal(0, x));
            Assert.Equal(2.5, Vec.Norm(w), 1e-14);
            // the angle to v = e₂ is θ, to relative accuracy even near 0 and π
            var a = LszCases.Angle(w, LszCases.V(d));
            Assert.True(Math.Abs(a - theta) <= 4e-16 * theta, $"θ = {theta:R}: angle {a:R}");
        }
        // a direction outside the plane of the first two coordinates
        Assert.Equal(Math.PI / 4, LszCases.Angle([0, 1, 0, 1], [0, 1, 0, 0]), 1e-15);
        Assert.Equal(Math.PI, LszCases.Angle([0, -3, 0], [0, 1, 0]), 1e-15);
        Assert.Equal(Math.PI / 2, LszCases.Angle([0, 0, 2], [0, 1, 0]), 1e-15);
    }
}
