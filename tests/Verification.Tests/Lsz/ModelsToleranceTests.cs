using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Lsz;

/// <summary>
/// The tolerances and error estimates of the population models: a tolerance handed to a reduction is the one its adaptive
/// quadrature works to (a loose target takes fewer integrand evaluations than the default, a tight one more; the default
/// keeps each engine's calibrated target), and a combined estimate's error bounds its parts' errors.
/// </summary>
[Trait("Paper", "LSZ")]
public class ModelsToleranceTests
{
    /// <summary>The exponential loss, counting its evaluations.</summary>
    private sealed class Counting : MarginLoss
    {
        public int Calls;
        public override double Value(double z) { Calls++; return Math.Exp(-z); }
        public override double D1(double z) { Calls++; return -Math.Exp(-z); }
        public override double D2(double z) { Calls++; return Math.Exp(-z); }
        public override string Name => "counting";
    }

    private static int Count(Counting l, Action run) { l.Calls = 0; run(); return l.Calls; }

    /// <summary><see cref="Reduced.Expect"/> forwards its relative target: 1e−3 takes fewer evaluations than the default
    /// (1e−12 for the conditional reductions, 1e−11 for the polar fallback), 1e−14 more; all agree within the loose target.</summary>
    [Theory]
    [InlineData("G")]
    [InlineData("S")]
    [InlineData("C")]
    public void Reduced_forwards_its_tolerance(string name)
    {
        RadialLaw law = name switch { "G" => new GaussianRadius(3, 1.2), "S" => new SphereProjectionRadius(3), _ => new CircleRadius() };
        var l = new Counting();
        double a = 4, c = Math.Cos(0.9), s = Math.Sin(0.9);
        Estimate Run(double? tol) => Reduced.Expect(law, c, s, (x1, y) => l.D1(y * a * x1) * y, 1, false, tol);
        Estimate loose = default, def = default, tight = default;
        var nLoose = Count(l, () => loose = Run(1e-3));
        var nDef = Count(l, () => def = Run(null));
        var nTight = Count(l, () => tight = Run(1e-14));
        var nDefExplicit = Count(l, () => Run(name == "C" ? Quadrature.DefaultRelativeTolerance : 1e-12));
        Assert.True(nLoose < nDef && nDef < nTight, $"{name}: evaluations {nLoose} (1e−3), {nDef} (default), {nTight} (1e−14)");
        Assert.Equal(nDefExplicit, nDef);
        Assert.True(Math.Abs(loose.Value - tight.Value) <= 1e-3 * Math.Abs(tight.Value) && Math.Abs(def.Value - tight.Value) <= 1e-11 * Math.Abs(tight.Value));
    }

    /// <summary><see cref="SphericalPopulation.ReducedGradient"/> keeps the calibrated targets of the adaptive reductions at the
    /// default tolerance (and above it), and passes a smaller one on.</summary>
    [Theory]
    [InlineData("S")]
    [InlineData("C")]
    public void Spherical_gradient_routes_its_tolerance(string name)
    {
        var l = new Counting();
        RadialLaw law = name == "S" ? new SphereProjectionRadius(3) : new CircleRadius();
        var pop = new SphericalPopulation(law, name == "S" ? [1, 0, 0] : [1, 0], l);
        double a = 4, c = Math.Cos(0.9), s = Math.Sin(0.9);
        var nDefault = Count(l, () => pop.ReducedGradient(a, c, s));
        var nAbove = Count(l, () => pop.ReducedGradient(a, c, s, 1e-6));
        var nEngine = Count(l, () => pop.AdaptiveReducedGradient(a, c, s));
        var nTight = Count(l, () => pop.ReducedGradient(a, c, s, 1e-14));
        var nTightDirect = Count(l, () => pop.AdaptiveReducedGradient(a, c, s, 1e-14));
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
        var l = new Counting();
        var pop = new PlanarPopulation(new CircleRadius(), new double[,] { { 2, 0.5 }, { 0.3, 0.8 } }, [0.28, -0.96], l);
        double[] w = [4, 2.5];
        var nDefault = Count(l, () => pop.Gradient(w));
        var nCalibrated = Count(l, () => pop.Gradient(w, Quadrature.DefaultRelativeTolerance));
        var nTight = Count(l, () => pop.Gradient(w, 1e-14));
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
