using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Xunit;
using static Verification.Tests.Models.Lsz.ModelsOracles;

namespace Verification.Tests.Models.Lsz;

/// <summary>
/// Tolerances and error estimates: a tolerance handed to a gradient is the one its adaptive quadrature works to (a loose
/// target takes fewer integrand evaluations than the default, a tight one more; the default keeps each engine's calibrated
/// target), and a combined estimate's error bounds its parts' errors.
/// </summary>
public partial class PopulationTests
{
    /// <summary>The planar gradient honours a tolerance below the default (its own error estimate then meets it), and
    /// the default tolerance is the calibrated one of <see cref="Quadrature"/>.</summary>
    [Fact]
    public void Planar_gradient_tolerance()
    {
        double[,] m = { { 2, 0.5 }, { 0.3, 0.8 } };
        double[] v = [0.28, -0.96], w = [40, 25];
        var pop = new PlanarPopulation(new CircleRadius(), m, v);
        var g = new[] { Ellipse(m, v, w, (x1, x2, y) => LogisticD1(y * (w[0] * x1 + w[1] * x2)) * y * x1), Ellipse(m, v, w, (x1, x2, y) =>
            LogisticD1(y * (w[0] * x1 + w[1] * x2)) * y * x2) };
        var tight = pop.Gradient(w, 1e-14);
        var loose = pop.Gradient(w);
        Assert.True(MaxDiff(tight.Value, g) <= 1e-13 * (Math.Abs(g[0]) + Math.Abs(g[1])), $"({string.Join(", ", tight.Value)}) vs ({string.Join(", ", g)})");
        Assert.True(tight.Error <= 1e-12 * (Math.Abs(g[0]) + Math.Abs(g[1])), $"tight {tight.Error} (default {loose.Error})");
    }

    /// <summary><see cref="SphericalPopulation.ReducedGradient"/> keeps the calibrated targets of the adaptive reductions at the
    /// default tolerance (and above it), and passes a smaller one on.</summary>
    [Theory]
    [InlineData("S")]
    [InlineData("C")]
    public void Spherical_gradient_routes_its_tolerance(string name)
    {
        var l = new CountingLoss();
        RadialLaw law = name == "S" ? new SphereProjectionRadius(3) : new CircleRadius();
        var pop = new SphericalPopulation(law, name == "S" ? [1, 0, 0] : [1, 0], l);
        double a = 4, c = Math.Cos(0.9), s = Math.Sin(0.9);
        var nDefault = CountingLoss.Count(l, () => pop.ReducedGradient(a, c, s));
        var nAbove = CountingLoss.Count(l, () => pop.ReducedGradient(a, c, s, 1e-6));
        var nEngine = CountingLoss.Count(l, () => pop.AdaptiveReducedGradient(a, c, s));
        var nTight = CountingLoss.Count(l, () => pop.ReducedGradient(a, c, s, 1e-14));
        var nTightDirect = CountingLoss.Count(l, () => pop.AdaptiveReducedGradient(a, c, s, 1e-14));
        Assert.Equal(nEngine, nDefault);
        Assert.Equal(nEngine, nAbove);
        Assert.Equal(nTightDirect, nTight);
        Assert.True(nTight > nDefault, $"{nTight} vs {nDefault}");
    }

    /// <summary><see cref="PlanarPopulation.Gradient(double[], double)"/>: the calibrated polar target at and above the default
    /// tolerance, the requested one below it.</summary>
    [Fact]
    public void Planar_gradient_routes_its_tolerance()
    {
        var l = new CountingLoss();
        var pop = new PlanarPopulation(new CircleRadius(), new double[,] { { 2, 0.5 }, { 0.3, 0.8 } }, [0.28, -0.96], l);
        double[] w = [4, 2.5];
        var nDefault = CountingLoss.Count(l, () => pop.Gradient(w));
        var nCalibrated = CountingLoss.Count(l, () => pop.Gradient(w, Quadrature.DefaultRelativeTolerance));
        var nTight = CountingLoss.Count(l, () => pop.Gradient(w, 1e-14));
        Assert.Equal(nCalibrated, nDefault);
        Assert.True(nTight > nDefault, $"{nTight} vs {nDefault}");
    }

    /// <summary>A vector's error (Euclidean norm) lies between the largest and the sum of its components' errors; the Hessian's
    /// entry bound is at least Δ₁₁ + 2Δ₁₂ + Δ₂₂ + Δ⊥ (an entry is a combination of the four reduced expectations with
    /// coefficients of modulus ≤ 1, ≤ 2, ≤ 1, ≤ 1), resp. Δ₁₁ + Δ₁₂ + Δ₂₂ in the plane.</summary>
    [Fact]
    public void Combined_error_estimates_bound_their_parts()
    {
        var l = MarginLoss.Exponential;
        double a = 1.3, th = 0.7, c = Math.Cos(th), s = Math.Sin(th);
        foreach (RadialLaw law in new RadialLaw[] { new SphereProjectionRadius(3), new GaussianRadius(4, 0.7) })
        {
            var v = new double[law.Dimension];
            v[0] = c;
            v[1] = s;
            var w = new double[law.Dimension];
            w[0] = a;
            var pop = new SphericalPopulation(law, v, l);
            var (g1, g2) = pop.ReducedGradient(a, c, s);
            var gr = pop.Gradient(w);
            Assert.True(gr.Error >= Math.Max(g1.Error, g2.Error) && gr.Error <= g1.Error + g2.Error, $"{law}: {gr.Error} vs {g1.Error}, {g2.Error}");
            var h11 = Reduced.Expect(law, c, s, (x1, y) => l.D2(y * a * x1) * x1 * x1, 0, false);
            var h12 = Reduced.Expect(law, c, s, (x1, y) => l.D2(y * a * x1) * x1, 1, false);
            var h22 = Reduced.Expect(law, c, s, (x1, y) => l.D2(y * a * x1), 2, false);
            var hp = Reduced.Expect(law, c, s, (x1, y) => l.D2(y * a * x1), 0, true);
            var he = pop.Hessian(w);
            var parts = h11.Error + 2 * h12.Error + h22.Error + hp.Error;
            Assert.True(he.Error >= parts && he.Error <= 1.000001 * parts, $"{law}: {he.Error} vs {h11.Error} + 2·{h12.Error} + {h22.Error} + {hp.Error}");
        }
        double[,] m = { { 2, 0.5 }, { 0.3, 0.8 } };
        double[] vp = [0.28, -0.96], wp = [0.7, -0.4];
        var pl = new PlanarPopulation(new CircleRadius(), m, vp, l);
        double Z(double x1, double x2, double y) => y * (wp[0] * x1 + wp[1] * x2);
        var q1 = Planar.Expect(pl.Law, m, wp, vp, (x1, x2, y, _) => l.D1(Z(x1, x2, y)) * y * x1);
        var q2 = Planar.Expect(pl.Law, m, wp, vp, (x1, x2, y, _) => l.D1(Z(x1, x2, y)) * y * x2);
        var pg = pl.Gradient(wp);
        Assert.True(pg.Error >= Math.Max(q1.Error, q2.Error) && pg.Error <= q1.Error + q2.Error, $"planar: {pg.Error} vs {q1.Error}, {q2.Error}");
        var p11 = Planar.Expect(pl.Law, m, wp, vp, (x1, x2, y, _) => l.D2(Z(x1, x2, y)) * x1 * x1);
        var p12 = Planar.Expect(pl.Law, m, wp, vp, (x1, x2, y, _) => l.D2(Z(x1, x2, y)) * x1 * x2);
        var p22 = Planar.Expect(pl.Law, m, wp, vp, (x1, x2, y, _) => l.D2(Z(x1, x2, y)) * x2 * x2);
        var ph = pl.Hessian(wp);
        var pparts = p11.Error + p12.Error + p22.Error;
        Assert.True(ph.Error >= pparts && ph.Error <= 1.000001 * pparts, $"planar: {ph.Error} vs {p11.Error} + {p12.Error} + {p22.Error}");
    }
}
