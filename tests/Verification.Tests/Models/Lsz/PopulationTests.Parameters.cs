using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Xunit;

namespace Verification.Tests.Models.Lsz;

/// <summary>Invalid parameters, names, and the spherical-symmetry flag (also at its tolerance and at any scale of M).</summary>
public partial class PopulationTests
{
    [Fact]
    public void Invalid_parameters_throw_with_a_message()
    {
        var e = Assert.Throws<ArgumentException>(() => new SphericalPopulation(new CircleRadius(), [1]));
        Assert.Contains("at least 2", e.Message);
        e = Assert.Throws<ArgumentException>(() => new SphericalPopulation(new CircleRadius(), [1, 1e-5]));
        Assert.Contains("unit vector", e.Message);
        e = Assert.Throws<ArgumentException>(() => new SphericalPopulation(new CircleRadius(), [0.6, 0.6]));
        Assert.Contains("unit vector", e.Message);
        e = Assert.Throws<ArgumentException>(() => new SphericalPopulation(new GaussianRadius(3), [0.6, 0.8]));
        Assert.Contains("R^3", e.Message);
        Assert.Contains("R^2", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PlanarPopulation(new GaussianRadius(3), Planar.Identity, [1, 0]));
        Assert.Contains("R²", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PlanarPopulation(new CircleRadius(), Planar.Identity, [1, 0, 0]));
        Assert.Contains("R²", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PlanarPopulation(new CircleRadius(), new double[,] { { 1, 0, 0 }, { 0, 1, 0 } }, [1, 0]));
        Assert.Contains("2×2", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PlanarPopulation(new CircleRadius(), new double[,] { { 1, 0 }, { 0, 1 }, { 0, 0 } }, [1, 0]));
        Assert.Contains("2×2", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PlanarPopulation(new CircleRadius(), new double[,] { { 1, 2 }, { 2, 4 } }, [1, 0]));
        Assert.Contains("invertible", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PointsPopulation([], [1, 0]));
        Assert.Contains("Empty", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PointsPopulation([[1, 0], [1, 0, 0]], [1, 0]));
        Assert.Contains("dimension", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PointsPopulation([[1, 0], [0, 1]], [1, 0], [1]));
        Assert.Contains("positive", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PointsPopulation([[1, 0], [0, 1]], [1, 0], [1, 0]));
        Assert.Contains("positive", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PointsPopulation([[1, 0], [0, 1]], [1, 0], [1, double.NaN]));
        Assert.Contains("positive", e.Message);
        // valid ones: a unit v whose largest square is below 1 (‖v‖ computed from all entries), a shear, a unit-norm v in R³
        _ = new SphericalPopulation(new CircleRadius(), [0.6, -0.8]);
        _ = new PlanarPopulation(new CircleRadius(), new double[,] { { 1, 1 }, { 0, 1 } }, [0.6, 0.8]);
        _ = new PointsPopulation([[1, 0, 0]], [0, 0.6, 0.8], [2]);
    }

    [Fact]
    public void Names_and_symmetry_flags()
    {
        var sph = new SphericalPopulation(new CircleRadius(), [1, 0]);
        Assert.Equal("U(S^1)", sph.Name);
        Assert.Equal("U(S^1)", sph.ToString());
        Assert.True(sph.SphericallySymmetric);
        Assert.Equal(2, sph.Dimension);
        Assert.Same(MarginLoss.Logistic, sph.Loss);
        var sphExp = new SphericalPopulation(new GaussianRadius(3), MarginLoss.Exponential);
        Assert.Equal("N(0, I_3), exponential loss", sphExp.Name);
        Assert.Equal([1, 0, 0], sphExp.V);
        Assert.Same(MarginLoss.Exponential, sphExp.Loss);
        Assert.Equal(Math.Sqrt(Math.PI / 2), sphExp.C0);

        var pl = new PlanarPopulation(new CircleRadius(), new double[,] { { 2, 0.5 }, { 0, 1 } }, [1, 0]);
        Assert.Equal("U(S^1) mapped by M = [[2, 0.5], [0, 1]]", pl.Name);
        Assert.Same(MarginLoss.Logistic, pl.Loss);
        var plExp = new PlanarPopulation(new CircleRadius(), new double[,] { { 2, 0.5 }, { 0, 1 } }, [1, 0], MarginLoss.Exponential);
        Assert.Equal("U(S^1) mapped by M = [[2, 0.5], [0, 1]], exponential loss", plExp.Name);
        Assert.Same(MarginLoss.Exponential, plExp.Loss);

        bool Sym(double a, double b, double c, double d) => new PlanarPopulation(new CircleRadius(), new double[,] { { a, b }, { c, d } },
            [1, 0]).SphericallySymmetric;
        Assert.True(Sym(1, 0, 0, 1));
        Assert.True(Sym(0.6, -0.8, 0.8, 0.6));     // rotation
        Assert.True(Sym(-1.2, 1.6, 1.6, 1.2));     // 2 × a reflection
        Assert.False(Sym(2, 0, 0, 1));             // orthogonal columns, different norms
        Assert.False(Sym(1, 0, 1, 2));             // columns (1, 1), (0, 2): equal squared norms would need 2 = 4
        Assert.False(Sym(1, 0.6, 0, 0.8));         // unit columns (1, 0), (0.6, 0.8), not orthogonal
        Assert.False(Sym(0.8, 0.6, 0.6, 0.8));     // unit columns, not orthogonal
        Assert.False(Sym(1, 0, 0, -1.5));

        var pts = new PointsPopulation([[1, 0], [0, 1], [1, 1]], [1, 0]);
        Assert.Equal("3 points", pts.Name);
        Assert.False(pts.SphericallySymmetric);
        var ptsExp = new PointsPopulation([[1, 0]], [1, 0], null, MarginLoss.Exponential);
        Assert.Same(MarginLoss.Exponential, ptsExp.Loss);

        var mix = new MixturePopulation([(1, sph), (3, new SphericalPopulation(new CircleRadius(2), [1, 0]))]);
        Assert.Equal("0.25·[U(S^1)] + 0.75·[U(2·S^1)]", mix.Name);
        Assert.True(mix.SphericallySymmetric);
        var mix2 = new MixturePopulation([(1, sph), (1, pts)]);
        Assert.False(mix2.SphericallySymmetric);
        var mix3 = new MixturePopulation([(1, pts), (1, sph)]);
        Assert.False(mix3.SphericallySymmetric);
    }

    /// <summary>The flag accepts |‖Me₁‖² − ‖Me₂‖²| and |(Me₁)ᵀ(Me₂)| strictly below 1e−14: at exactly 1e−14 (constructed so
    /// that the rounded expressions equal the double 1e−14) M is not reported spherically symmetric. Both matrices are far
    /// from a multiple of an orthogonal matrix (column norms 1.4e−7 and 9.8e−8; columns at 45°), so "false" is also the
    /// right answer.</summary>
    [Fact]
    public void Symmetry_flag_at_its_tolerance()
    {
        static bool Symmetric(double[,] m) => new PlanarPopulation(new CircleRadius(), m, [1, 0]).SphericallySymmetric;
        // the test is MᵀM = cI to a relative 10⁻¹⁴ of ‖Me₁‖² + ‖Me₂‖², strictly; at equality the answer is "no".
        // diag(p, q): fl(p²) − fl(q²) = fl(10⁻¹⁴(fl(p²) + fl(q²))) exactly (constructed: the difference chosen on the grid
        // of fl(q²), the sum its preimage under the product, p and q their exact square roots in double)
        double p = 0.020825005858203405, q = 0.020825005858203197;
        Assert.Equal(1e-14 * (p * p + q * q), p * p - q * q);
        Assert.False(Symmetric(new double[,] { { p, 0 }, { 0, q } }));
        // columns (1, 0) and (2·10⁻¹⁴, 1): equal norms in double, (Me₁)ᵀ(Me₂) = 2·10⁻¹⁴ = the tolerance exactly
        Assert.Equal(1e-14 * (1 + (2e-14 * 2e-14 + 1)), 2e-14);
        Assert.False(Symmetric(new double[,] { { 1, 2e-14 }, { 0, 1 } }));
        Assert.True(Symmetric(new double[,] { { 1, 1e-14 }, { 0, 1 } }));
    }

    /// <summary>Regression: the tolerance was an absolute 10⁻¹⁴, so 10⁻⁸·diag(1, 2) (‖Me₁‖² − ‖Me₂‖² = −3·10⁻¹⁶) counted as
    /// spherically symmetric. The answer must not depend on the scale of M.</summary>
    [Fact]
    public void Symmetry_flag_does_not_depend_on_the_scale_of_M()
    {
        static bool Symmetric(double[,] m) => new PlanarPopulation(new CircleRadius(), m, [1, 0]).SphericallySymmetric;
        foreach (var c in new[] { 1e-8, 1, 1e8 })
        {
            Assert.False(Symmetric(new double[,] { { c, 0 }, { 0, 2 * c } }), $"scale {c}: diag(1, 2)");
            Assert.True(Symmetric(new double[,] { { 0.6 * c, -0.8 * c }, { 0.8 * c, 0.6 * c } }), $"scale {c}: rotation");
        }
    }
}
