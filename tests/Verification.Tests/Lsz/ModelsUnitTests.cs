using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Xunit;
using static Verification.Tests.Lsz.ModelsOracles;

namespace Verification.Tests.Lsz;

/// <summary>Margin losses, the small linear algebra, the finite and mixture populations, the frame of span{w, v}, names,
/// symmetry flags and invalid parameters of Models/Lsz.</summary>
[Trait("Paper", "LSZ")]
public class ModelsUnitTests
{
    private static void Close(double want, double got, double rel, string what) =>
        Assert.True(Math.Abs(got - want) <= rel * Math.Abs(want), $"{what}: {got:R} vs {want:R}");

    // ---------------------------------------------------------------- losses

    /// <summary>ℓ(z) = ln(1 + e^(−z)), ℓ' = −1/(1 + e^z), ℓ'' = e^z/(1 + e^z)² for moderate z; in the tails the
    /// asymptotics ℓ(z) = e^(−z)(1 − e^(−z)/2 + …), ℓ(−z) = z + e^(−z)…, ℓ'(z) = −e^(−z)(1 − e^(−z)…), ℓ''(±z) = e^(−z)(1 − 2e^(−z)…),
    /// to relative accuracy (no cancellation), and finite far beyond the range of e^z.</summary>
    [Fact]
    public void Logistic_loss_and_derivatives()
    {
        var l = MarginLoss.Logistic;
        Assert.Equal("logistic", l.Name);
        foreach (var z in new[] { -20, -3.5, -0.25, 0, 0.25, 1, 3.5 })
        {
            Close(LogisticValue(z), l.Value(z), 1e-14, $"ℓ({z})");
            Close(LogisticD1(z), l.D1(z), 1e-14, $"ℓ'({z})");
            Close(LogisticD2(z), l.D2(z), 1e-14, $"ℓ''({z})");
        }
        // the right tail to full relative accuracy: ln(1 + e) = e − e²/2 + e³/3 − … (ten terms: remainder below e¹¹, i.e. below
        // 1e−30 of the sum for e ≤ e⁻⁸)
        foreach (var z in new[] { 8.0, 12, 20, 30 })
        {
            var e = Math.Exp(-z);
            var series = 0.0;
            for (var k = 10; k >= 1; k--) series += (k % 2 == 1 ? 1 : -1) * Math.Pow(e, k) / k;
            Close(series, l.Value(z), 3e-16, $"ℓ({z})");
            Close(z + series, l.Value(-z), 3e-16, $"ℓ({-z})");
        }
        foreach (var z in new[] { 40.0, 60, 700 })
        {
            var e = Math.Exp(-z);
            Close(e * (1 - e / 2), l.Value(z), 1e-15, $"ℓ({z})");
            Close(z + e, l.Value(-z), 1e-15, $"ℓ({-z})");
            Close(-e * (1 - e), l.D1(z), 1e-15, $"ℓ'({z})");
            Close(-1 + e, l.D1(-z), 1e-15, $"ℓ'({-z})");
            Close(e * (1 - 2 * e), l.D2(z), 1e-15, $"ℓ''({z})");
            Close(e * (1 - 2 * e), l.D2(-z), 1e-15, $"ℓ''({-z})");
        }
        // e^z overflows beyond 709.8 while e^(−z) stays a (subnormal, ~1e−11 relative precision at 720) positive number
        Close(-Math.Exp(-720), l.D1(720), 1e-9, "ℓ'(720)");
        Assert.True(l.D1(720) < 0);
        Assert.Equal(0, l.D2(1000));
        Assert.Equal(0, l.D2(-1000));
        Assert.Equal(1000, l.Value(-1000));
        Assert.Equal(-1, l.D1(-1000));
    }

    [Fact]
    public void Exponential_loss_and_derivatives()
    {
        var l = MarginLoss.Exponential;
        Assert.Equal("exponential", l.Name);
        foreach (var z in new[] { -3.0, -0.5, 0, 0.7, 2 })
        {
            Close(Math.Exp(-z), l.Value(z), 1e-15, $"e^(−{z})");
            Close(-Math.Exp(-z), l.D1(z), 1e-15, $"−e^(−{z})");
            Close(Math.Exp(-z), l.D2(z), 1e-15, $"e^(−{z})");
        }
    }

    // ---------------------------------------------------------------- Lin

    [Fact]
    public void Linear_algebra()
    {
        double[] a = [1, -2, 2], b = [3, 0.5, -1];
        Assert.Equal(3 - 1 - 2, Vec.Dot(a, b));
        Assert.Equal(3, Vec.Norm(a));
        Assert.Equal([2, -4, 4], Vec.Scale(2, a));
        Assert.Equal([5, -3.5, 3], Vec.Axpy(2, a, b));
        Assert.Equal([-2, -2.5, 3], Vec.Sub(a, b));
        Assert.Equal(0, Vec.Cos([1, 0], [0, 5]));
        Close(-0.6, Vec.Cos([3, 0], [-3, 4]), 1e-15, "cos");
        var p = Vec.ProjectOut([0, 2, 0], [1, 5, -3]);
        Assert.Equal([1, 0, -3], p);
        var q = Vec.ProjectOut([3, 4], [1, 1]);
        Assert.True(Math.Abs(q[0] - 0.16) < 1e-15 && Math.Abs(q[1] + 0.12) < 1e-15, $"({q[0]}, {q[1]})");
        Assert.Equal([6.5, -1], LinearAlgebra.MatVec(new double[,] { { 1, 2, 0.5 }, { 2, -3, 1 } }, [3, 2, -1]));
        var ev = LinearAlgebra.SymmetricEigenvalues(new double[,] { { 2, 1, 0 }, { 1, 2, 0 }, { 0, 0, -4 } });
        Assert.Equal(3, ev.Length);
        Assert.True(Math.Abs(ev[0] + 4) < 1e-14 && Math.Abs(ev[1] - 1) < 1e-14 && Math.Abs(ev[2] - 3) < 1e-14, string.Join(", ", ev));
    }

    // ---------------------------------------------------------------- invalid parameters

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
        e = Assert.Throws<ArgumentException>(() => FastGradient.Reduced(new SphereProjectionRadius(3), 1, 1, 0));
        Assert.Contains("U(S^2)", e.Message);
        // valid ones: a unit v whose largest square is below 1 (‖v‖ computed from all entries), a shear, a unit-norm v in R³
        _ = new SphericalPopulation(new CircleRadius(), [0.6, -0.8]);
        _ = new PlanarPopulation(new CircleRadius(), new double[,] { { 1, 1 }, { 0, 1 } }, [0.6, 0.8]);
        _ = new PointsPopulation([[1, 0, 0]], [0, 0.6, 0.8], [2]);
    }

    // ---------------------------------------------------------------- names and symmetry flags

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

        bool Sym(double a, double b, double c, double d) => new PlanarPopulation(new CircleRadius(), new double[,] { { a, b }, { c, d } }, [1, 0]).SphericallySymmetric;
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

    // ---------------------------------------------------------------- finite point sets and mixtures

    /// <summary>A finite weighted point set: L = Σ pᵢ ℓ(yᵢ wᵀxᵢ), ∇L = Σ pᵢ ℓ'(yᵢ wᵀxᵢ) yᵢ xᵢ, ∇²L = Σ pᵢ ℓ''(yᵢ wᵀxᵢ) xᵢxᵢᵀ written
    /// out for three points (one on the decision boundary, where y = +1), with weights normalised.</summary>
    [Theory]
    [InlineData("log")]
    [InlineData("exp")]
    public void Points_population_is_the_weighted_average(string lossName)
    {
        var loss = lossName == "exp" ? MarginLoss.Exponential : MarginLoss.Logistic;
        double[] v = [0.6, 0.8, 0];
        double[][] x = [[1, 2, -1], [-2, 0.5, 3], [0.8, -0.6, 2]];   // vᵀx = 2.2, −0.8, 0
        double[] y = [1, -1, 1];
        double[] wt = [1, 2, 5];
        double[] p = [1 / 8.0, 2 / 8.0, 5 / 8.0];
        var pop = new PointsPopulation(x, v, wt, loss);
        Assert.Equal(p, pop.Weights);
        double[] w = [0.3, -0.7, 0.2];
        double L = 0;
        var g = new double[3];
        var h = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            var z = y[i] * (w[0] * x[i][0] + w[1] * x[i][1] + w[2] * x[i][2]);
            L += p[i] * loss.Value(z);
            for (var k = 0; k < 3; k++)
            {
                g[k] += p[i] * loss.D1(z) * y[i] * x[i][k];
                for (var m = 0; m < 3; m++) h[k, m] += p[i] * loss.D2(z) * x[i][k] * x[i][m];
            }
        }
        var val = pop.Value(w);
        Close(L, val.Value, 1e-14, "L");
        Close(3e-15, val.Error, 1e-15, "L error (3 points × 1e−15)");
        var gr = pop.Gradient(w);
        Assert.True(MaxDiff(gr.Value, g) <= 1e-14, $"({string.Join(", ", gr.Value)})");
        Close(3e-15, gr.Error, 1e-15, "∇L error");
        var he = pop.Hessian(w);
        Assert.True(MaxDiff(he.Value, h) <= 1e-14);
        Close(3e-15, he.Error, 1e-15, "∇²L error");
        // unweighted: equal weights
        var eq = new PointsPopulation(x, v, null, loss);
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], eq.Weights);
        // G(w) = −wᵀ∇L
        Close(-Vec.Dot(w, g), pop.G(w).Value, 1e-13, "g(w)");
    }

    /// <summary>A mixture of populations is the weighted average of its parts (weights normalised) in value, gradient,
    /// Hessian and error estimates.</summary>
    [Fact]
    public void Mixture_population_is_the_weighted_average()
    {
        double[] v = [0.6, 0.8];
        var a = new PointsPopulation([[1, 2], [-2, 0.5]], v, [1, 3], MarginLoss.Exponential);
        var b = new PointsPopulation([[0.5, -1], [3, 1], [0, 2]], v, null, MarginLoss.Exponential);
        var mix = new MixturePopulation([(2, a), (6, b)]);
        Assert.Equal([0.25, 0.75], mix.Parts.Select(q => q.Weight));
        Assert.Same(MarginLoss.Exponential, mix.Loss);
        Assert.Equal(v, mix.V);
        double[] w = [-0.4, 0.9];
        var val = mix.Value(w);
        Close(0.25 * a.Value(w).Value + 0.75 * b.Value(w).Value, val.Value, 1e-15, "L");
        Close(0.25 * 2e-15 + 0.75 * 3e-15, val.Error, 1e-15, "L error");
        var gr = mix.Gradient(w);
        var ga = a.Gradient(w).Value;
        var gb = b.Gradient(w).Value;
        Assert.True(MaxDiff(gr.Value, [0.25 * ga[0] + 0.75 * gb[0], 0.25 * ga[1] + 0.75 * gb[1]]) <= 1e-15);
        Close(0.25 * 2e-15 + 0.75 * 3e-15, gr.Error, 1e-15, "∇L error");
        var he = mix.Hessian(w);
        var ha = a.Hessian(w).Value;
        var hb = b.Hessian(w).Value;
        for (var i = 0; i < 2; i++) for (var j = 0; j < 2; j++) Close(0.25 * ha[i, j] + 0.75 * hb[i, j], he.Value[i, j], 1e-15, $"H[{i},{j}]");
        Close(0.25 * 2e-15 + 0.75 * 3e-15, he.Error, 1e-15, "∇²L error");
        // the same mixture written as one weighted point set
        var one = new PointsPopulation([[1, 2], [-2, 0.5], [0.5, -1], [3, 1], [0, 2]], v, [0.25 * 0.25, 0.25 * 0.75, 0.25, 0.25, 0.25], MarginLoss.Exponential);
        Close(one.Value(w).Value, val.Value, 1e-14, "as one point set");
    }

    // ---------------------------------------------------------------- the frame of span{w, v}

    /// <summary>Frame(w): a = ‖w‖, e₁ = w/‖w‖ (v at w = 0), e₂ a unit vector ⟂ e₁, v = cos θ e₁ + sin θ e₂ with sin θ ≥ 0; at w = 0
    /// exactly cos θ = 1, sin θ = 0; for w ∥ ±v, sin θ = 0 exactly and e₂ is still a unit vector ⟂ e₁.</summary>
    [Fact]
    public void Frame_of_span_w_v()
    {
        var r3 = Math.Sqrt(1 / 3.0);
        foreach (var v in new[] { new[] { 0.6, 0.8, 0 }, [0, 1, 0], [1, 0, 0], [r3, -r3, r3], [0, 0.8, -0.6] })
        {
            var pop = new SphericalPopulation(new SphereProjectionRadius(3), v);
            foreach (var w in new[] { new[] { 0.0, 0, 0 }, [1.5, -2, 0.5], Vec.Scale(2, v), Vec.Scale(-0.5, v), [0.9, 0, 0], [0, 3, 0], [0.3, 0.1, -4] })
            {
                var (a, c, s, e1, e2) = pop.Frame(w);
                var n = Vec.Norm(w);
                var what = $"v = ({string.Join(", ", v)}), w = ({string.Join(", ", w)})";
                Assert.Equal(n, a);
                Assert.True(Math.Abs(Vec.Norm(e1) - 1) < 1e-15 && Math.Abs(Vec.Norm(e2) - 1) < 1e-15, $"{what}: unit vectors");
                Assert.True(Math.Abs(Vec.Dot(e1, e2)) < 1e-15, $"{what}: e₁ ⟂ e₂");
                Assert.True(s >= 0, what);
                Assert.True(MaxDiff(Vec.Axpy(c, e1, Vec.Scale(s, e2)), v) < 1e-15, $"{what}: v = cos θ e₁ + sin θ e₂");
                if (n == 0)
                {
                    Assert.Equal(1, c);
                    Assert.Equal(0, s);
                    Assert.Equal(v, e1);
                }
                else
                {
                    Assert.True(MaxDiff(e1, Vec.Scale(1 / n, w)) < 1e-15, what);
                    Close(Vec.Dot(w, v) / n, c, 1e-15, what);
                    if (Math.Abs(Math.Abs(Vec.Dot(w, v)) - n) < 1e-15 * n) Assert.Equal(0, s);
                }
            }
        }
    }

    // ---------------------------------------------------------------- Planar directly

    /// <summary><see cref="Planar.Expect"/> over a radial mixture is the weighted sum over its parts (values and errors), with
    /// E 1 = 1, E x₁² = E r²/2 and E y x = (2c₀/π)v (E|vᵀx| = c₀ E|cos φ|), including w = 0 (no break of its own).</summary>
    [Fact]
    public void Planar_expectations_of_moments()
    {
        var law = new RadialMixture([(1, new CircleRadius(1)), (1, new CircleRadius(3))]);
        double[] v = [0.6, 0.8];
        foreach (var w in new[] { new[] { 0.0, 0 }, [0, 1.5], [2, -1] })
        {
            var one = Planar.Expect(law, Planar.Identity, w, v, (x1, x2, y, m) => 1);
            Close(1, one.Value, 1e-14, "E 1");
            Assert.True(one.Error >= 0 && one.Error < 1e-12, $"error {one.Error}");
            var x11 = Planar.Expect(law, Planar.Identity, w, v, (x1, x2, y, m) => x1 * x1);
            Close((0.5 + 4.5) / 2, x11.Value, 1e-14, "E x₁²");
            var yx = Planar.Expect(law, Planar.Identity, w, v, (x1, x2, y, m) => y * x2);
            Close(2 * 2 / Math.PI * 0.8, yx.Value, 1e-13, "E y x₂");
        }
        // M swaps the coordinates: the label's jumps (vᵀMu = sin φ = 0) are break points although Mᵀv lies on an axis
        foreach (var w in new[] { new[] { 0.0, 0 }, [0.4, 1] })
        {
            var swap = Planar.Expect(new CircleRadius(), new double[,] { { 0, 1 }, { 1, 0 } }, w, [1, 0], (x1, x2, y, m) => y * x1);
            Close(2 / Math.PI, swap.Value, 1e-13, "E y x₁ under a swap");
            var ey = Planar.Expect(new CircleRadius(), new double[,] { { 0, 1 }, { 1, 0 } }, w, [1, 0], (x1, x2, y, m) => y + x2);
            Assert.True(Math.Abs(ey.Value) <= 1e-14, $"E[y + x₂] = {ey} under a swap");
        }
        // a perpendicular second moment is passed for d > 2 only (R·S^(d−1): (R² − r²)/(d − 2))
        var perp = Planar.Expect(new SphereProjectionRadius(4, 2), Planar.Identity, [0, 0], [1, 0], (x1, x2, y, m) => m);
        Close(4.0 / 4, perp.Value, 1e-9, "E x₃² on 2·S³");
        var perp2 = Planar.Expect(new GaussianRadius(2, 2), Planar.Identity, [0, 0], [1, 0], (x1, x2, y, m) => m);
        Assert.Equal(0, perp2.Value);
    }

    // ---------------------------------------------------------------- FastGradient extras

    /// <summary>The mixture's error estimates are the weighted sums of its parts' (non-negative), the values the weighted
    /// sums of the values.</summary>
    [Fact]
    public void Fast_gradient_mixture_errors()
    {
        var c1 = new CircleRadius(0.5);
        var g2 = new GaussianRadius(2, 3);
        var mix = new RadialMixture([(1, c1), (3, g2)]);
        var r = FastGradient.Reduced(mix, 1.3, Math.Cos(0.4), Math.Sin(0.4));
        var a = FastGradient.Reduced(c1, 1.3, Math.Cos(0.4), Math.Sin(0.4));
        var b = FastGradient.Reduced(g2, 1.3, Math.Cos(0.4), Math.Sin(0.4));
        Close(0.25 * a.First.Value + 0.75 * b.First.Value, r.First.Value, 1e-15, "g₁");
        Close(0.25 * a.Second.Value + 0.75 * b.Second.Value, r.Second.Value, 1e-15, "g₂");
        Close(0.25 * a.First.Error + 0.75 * b.First.Error, r.First.Error, 1e-15, "g₁ error");
        Close(0.25 * a.Second.Error + 0.75 * b.Second.Error, r.Second.Error, 1e-15, "g₂ error");
        Assert.True(r.First.Error > 0 && r.Second.Error > 0);
        // θ = 0: g₂ = 0 exactly (the label does not depend on x₂), its error is the truncation term 2sφ(0)φ(14)/14 > 0 alone
        var z = FastGradient.Reduced(g2, 1.3, 1, 0);
        Assert.Equal(0, z.Second.Value);
        Close(2 * 3 * NormalPdf(0) * NormalPdf(14) / 14, z.Second.Error, 1e-12, "truncation bound of g₂");
        Assert.False(FastGradient.Supports(new RadialMixture([(1, new SphereProjectionRadius(3)), (1, new GaussianRadius(3))])));
        Assert.True(FastGradient.Supports(new RadialMixture([(1, new GaussianRadius(3)), (1, new GaussianRadius(3, 2))])));
    }
}
