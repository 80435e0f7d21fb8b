using System.Diagnostics;
using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Xunit;
using static Verification.Tests.Data.Lsz.TestLaws;
using static Verification.Tests.Models.Lsz.ModelsOracles;

namespace Verification.Tests.Models.Lsz;

/// <summary>
/// Loss, gradient and Hessian against independent oracles: the closed form of the exponential loss on Gaussians, Archimedes'
/// reduction of the sphere S², direct quadrature over the angle for circles and ellipses, the logistic closed forms at w = 0
/// and at θ = π/2, the logistic Hessian at large norms, and Lemma 2's identity on several laws.
/// </summary>
public partial class PopulationTests
{
    public static TheoryData<int, double, double, double> GaussianCases => new()
    {
        // d, scale s, a = ‖w‖, θ
        { 2, 1, 0.7, 1.1 }, { 3, 1.5, 0.4, 2.3 }, { 5, 0.8, 1.3, 0.3 }, { 3, 2, 0.5, 0 }, { 3, 1.2, 0.6, Math.PI }, { 2, 1, 0.9, Math.PI / 2 },
    };

    /// <summary>L, ∇L and ∇²L of the exponential loss on N(0, s² I_d) against 2e^(s²a²/2) Φ(−s a cos θ) and its derivatives
    /// (any θ, including w ∥ ±v where the label no longer depends on x₂).</summary>
    [Theory]
    [MemberData(nameof(GaussianCases))]
    public void Exponential_loss_on_Gaussians_matches_the_closed_form(int d, double s, double a, double th)
    {
        var pop = new SphericalPopulation(new GaussianRadius(d, s), Vd(d, th), Exp);
        var w = W(d, a);
        var (l, g, h) = ExponentialGaussian(ScaledIdentity(d, s * s), w, pop.V);
        var val = pop.Value(w);
        Assert.True(Math.Abs(val.Value - l) <= 1e-12 * l, $"L = {val} vs closed form {l:R}");
        Assert.True(val.Error <= 1e-10 * l, $"L error estimate {val.Error}");
        var gr = pop.Gradient(w);
        Assert.True(MaxDiff(gr.Value, g) <= 1e-11 * l, $"∇L = ({string.Join(", ", gr.Value)}) vs ({string.Join(", ", g)})");
        Assert.True(gr.Error <= 1e-10 * l, $"∇L error estimate {gr.Error}");
        var he = pop.Hessian(w);
        Assert.True(MaxDiff(he.Value, h) <= 1e-11 * MaxAbs(h), $"∇²L differs from the closed form by {MaxDiff(he.Value, h):E2}");
        Assert.True(he.Error <= 1e-9 * MaxAbs(h), $"∇²L error estimate {he.Error}");
    }

    /// <summary>The same closed form for an anisotropic Gaussian N(0, M Mᵀ) in the plane (the nested polar quadrature of
    /// <see cref="Planar"/>), and a Gaussian mixture's loss is the mixture of the closed forms.</summary>
    [Fact]
    public void Exponential_loss_on_an_anisotropic_Gaussian_matches_the_closed_form()
    {
        double[,] m = { { 1.2, 0.3 }, { -0.2, 0.7 } };
        var sigma = new double[2, 2];
        for (var i = 0; i < 2; i++) for (var j = 0; j < 2; j++) sigma[i, j] = m[i, 0] * m[j, 0] + m[i, 1] * m[j, 1];
        double[] v = [0.6, -0.8], w = [0.5, 0.3];
        var pop = new PlanarPopulation(new GaussianRadius(2), m, v, Exp);
        var (l, g, h) = ExponentialGaussian(sigma, w, v);
        var val = pop.Value(w);
        Assert.True(Math.Abs(val.Value - l) <= 1e-9 * l, $"L = {val} vs {l:R}");
        // the nested quadrature's estimate (outer + largest inner) is conservative: ~1e−7 relative here for ~1e−12 actual
        AssertAgrees(pop.Gradient(w), g, l, 1e-9, 1e-6, "∇L");
        AssertAgrees(pop.Hessian(w), h, MaxAbs(h), 1e-9, 1e-6, "∇²L");
    }

    [Fact]
    public void Gaussian_radial_mixture_with_exponential_loss_is_the_mixture_of_closed_forms()
    {
        // (small a·s: the adaptive reduction of the exponential loss takes seconds at a·s ≳ 1.3, θ = 0.8)
        var law = new RadialMixture([(1, new GaussianRadius(3, 0.5)), (3, new GaussianRadius(3, 1.2))]);
        var v = V3(0.8);
        var pop = new SphericalPopulation(law, v, Exp);
        double[] w = [0.6, 0, 0];
        var (l1, g1, h1) = ExponentialGaussian(ScaledIdentity(3, 0.25), w, v);
        var (l2, g2, h2) = ExponentialGaussian(ScaledIdentity(3, 1.44), w, v);
        var l = 0.25 * l1 + 0.75 * l2;
        var val = pop.Value(w);
        Assert.True(Math.Abs(val.Value - l) <= 1e-12 * l, $"L = {val} vs {l:R}");
        var gr = pop.Gradient(w);
        Assert.True(MaxDiff(gr.Value, g1.Zip(g2, (x, y) => 0.25 * x + 0.75 * y).ToArray()) <= 1e-11 * l);
        var he = pop.Hessian(w);
        var h = new double[3, 3];
        for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) h[i, j] = 0.25 * h1[i, j] + 0.75 * h2[i, j];
        Assert.True(MaxDiff(he.Value, h) <= 1e-11 * MaxAbs(h));
    }

    /// <summary>At θ = π/2 the label is independent of x₁ (logistic loss, N(0, s² I₃)): L = E ℓ(a x₁), g₁ = E ℓ'(a x₁) x₁,
    /// g₂ = −s/√(2π) (= −c₀ sin θ/π), h₁₁ = E ℓ''(a x₁) x₁², h₁₂ = 0, h₂₂ = h⊥ = s² E ℓ''(a x₁), one-dimensional integrals.</summary>
    [Fact]
    public void Logistic_loss_on_a_Gaussian_at_a_right_angle_reduces_to_one_dimensional_integrals()
    {
        double s = 1.5, a = 0.8;
        var pop = new SphericalPopulation(new GaussianRadius(3, s), [0, 1, 0], Log);
        double[] w = [a, 0, 0];
        double Ez(Func<double, double> f) => Integrate(z => f(s * z) * NormalPdf(z), -14, 14, [0]);
        var l = Ez(x => LogisticValue(a * x));
        var g1 = Ez(x => LogisticD1(a * x) * x);
        var h11 = Ez(x => LogisticD2(a * x) * x * x);
        var hp = s * s * Ez(x => LogisticD2(a * x));
        Assert.True(Math.Abs(pop.Value(w).Value - l) <= 1e-12);
        var g = pop.Gradient(w).Value;
        Assert.True(MaxDiff(g, [g1, -s / Math.Sqrt(2 * Math.PI), 0]) <= 1e-12, $"({string.Join(", ", g)})");
        var h = pop.Hessian(w).Value;
        Assert.True(MaxDiff(h, new[,] { { h11, 0, 0 }, { 0, hp, 0 }, { 0, 0, hp } }) <= 1e-12, $"H diff " +
            $"{MaxDiff(h, new[,] { { h11, 0, 0 }, { 0, hp, 0 }, { 0, 0, hp } }):E2}");
    }

    public static TheoryData<double, double, double, string> SphereCases => new()
    {
        // radius, a, θ, loss
        { 1, 0.8, 0.6, "exp" }, { 2, 0.45, 2.4, "exp" }, { 1, 1.7, 1.2, "log" }, { 2, 6, 0.3, "log" }, { 1.5, 0.9, 0, "log" }, { 1.5, 0.7, Math.PI, "exp" },
    };

    /// <summary>L, ∇L, ∇²L for x uniform on R·S² against the oracle of Archimedes' reduction (t uniform, arccos in the
    /// angle of (x₂, x₃)), for both losses, including w ∥ ±v.</summary>
    [Theory]
    [MemberData(nameof(SphereCases))]
    public void Sphere_S2_matches_Archimedes(double radius, double a, double th, string lossName)
    {
        var loss = lossName == "exp" ? Exp : Log;
        var v = Vd(3, th);
        double cos = v[0], sin = v[1];
        var pop = new SphericalPopulation(new SphereProjectionRadius(3, radius), v, loss);
        double[] w = [a, 0, 0];
        var l = SphereS2(radius, cos, sin, (x1, y) => loss.Value(y * a * x1), 0);
        var g1 = SphereS2(radius, cos, sin, (x1, y) => loss.D1(y * a * x1) * y * x1, 0);
        var g2 = SphereS2(radius, cos, sin, (x1, y) => loss.D1(y * a * x1) * y, 1);
        var h11 = SphereS2(radius, cos, sin, (x1, y) => loss.D2(y * a * x1) * x1 * x1, 0);
        var h12 = SphereS2(radius, cos, sin, (x1, y) => loss.D2(y * a * x1) * x1, 1);
        var h22 = SphereS2(radius, cos, sin, (x1, y) => loss.D2(y * a * x1), 2);
        var hp = SphereS2(radius, cos, sin, (x1, y) => loss.D2(y * a * x1), 3);
        var val = pop.Value(w);
        Assert.True(Math.Abs(val.Value - l) <= 1e-11 * l, $"L = {val} vs {l:R}");
        var gr = pop.Gradient(w);
        Assert.True(MaxDiff(gr.Value, [g1, g2, 0]) <= 1e-11 * Math.Abs(g1) + 1e-13, $"∇L = ({string.Join(", ", gr.Value)}) vs ({g1:R}, {g2:R}, 0)");
        Assert.True(gr.Error <= 1e-10 * (Math.Abs(g1) + Math.Abs(g2)), $"error {gr.Error}");
        var h = new[,] { { h11, h12, 0 }, { h12, h22, 0 }, { 0, 0, hp } };
        var he = pop.Hessian(w);
        Assert.True(MaxDiff(he.Value, h) <= 1e-11 * MaxAbs(h), $"∇²L differs by {MaxDiff(he.Value, h):E2}: got [{he.Value[0, 0]}, {he.Value[0, 1]}, " +
            $"{he.Value[1, 1]}, {he.Value[2, 2]}] want [{h11}, {h12}, {h22}, {hp}]");
        Assert.True(he.Error <= 1e-9 * MaxAbs(h), $"error {he.Error}");
    }

    /// <summary>For large a the logistic Hessian on S² is the logistic law's moments: with x₁ = t uniform on [−1, 1] and ℓ''
    /// even (the label drops out), h₁₁ = ½∫ℓ''(at)t² dt = π²/(6a³) (the logistic variance π²/3), h₂₂ = h⊥ = ¼∫ℓ''(at)(1 − t²) dt
    /// = (1/a − π²/(3a³))/4, h₁₂ = 0 (E[x₂ | x₁] = 0), up to e^(−a) for any θ. The transition of ℓ'' at x₁ = 0 is 1/a wide.</summary>
    [Fact]
    public void Sphere_S2_Hessian_at_a_large_norm()
    {
        double a = 1e4, th = 2.9;
        var pop = new SphericalPopulation(new SphereProjectionRadius(3), V3(th));
        var h = pop.Hessian([a, 0, 0]).Value;
        var h11 = Math.PI * Math.PI / (6 * a * a * a);
        var h22 = (1 / a - Math.PI * Math.PI / (3 * a * a * a)) / 4;
        Assert.True(Math.Abs(h[0, 0] - h11) <= 1e-11 * h11, $"h₁₁ = {h[0, 0]:R} vs {h11:R}");
        Assert.True(Math.Abs(h[1, 1] - h22) <= 1e-12 * h22 && Math.Abs(h[2, 2] - h22) <= 1e-12 * h22, $"h₂₂ = {h[1, 1]:R}, h⊥ = {h[2, 2]:R} vs {h22:R}");
        Assert.True(Math.Abs(h[0, 1]) <= 1e-12 * h22, $"h₁₂ = {h[0, 1]:R}");
    }

    /// <summary>The same populations seen in a rotated basis: the model must rotate with the data (checks the frame of
    /// span{w, v} built from arbitrary w, v), ∇L(Qw) = Q∇L(w), ∇²L(Qw) = Q∇²L(w)Qᵀ, against the oracle.</summary>
    [Theory]
    [InlineData(0.9, 0.7, "exp")]
    [InlineData(2.5, 2.0, "log")]
    public void Sphere_S2_in_a_rotated_basis(double a, double th, string lossName)
    {
        var loss = lossName == "exp" ? Exp : Log;
        // Q = I − 2uuᵀ/uᵀu (Householder), u = (1, −2, 2): an orthogonal matrix with no zero entries
        double[] u = [1, -2, 2];
        var q = new double[3, 3];
        for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) q[i, j] = (i == j ? 1 : 0) - 2 * u[i] * u[j] / 9;
        double[] Q(double[] x) => LinearAlgebra.MatVec(q, x);
        double cos = Math.Cos(th), sin = Math.Sin(th);
        var pop = new SphericalPopulation(new SphereProjectionRadius(3), Q([cos, sin, 0]), loss);
        var w = Q([a, 0, 0]);
        var g1 = SphereS2(1, cos, sin, (x1, y) => loss.D1(y * a * x1) * y * x1, 0);
        var g2 = SphereS2(1, cos, sin, (x1, y) => loss.D1(y * a * x1) * y, 1);
        var gr = pop.Gradient(w);
        Assert.True(MaxDiff(gr.Value, Q([g1, g2, 0])) <= 1e-12, $"({string.Join(", ", gr.Value)})");
        var h11 = SphereS2(1, cos, sin, (x1, y) => loss.D2(y * a * x1) * x1 * x1, 0);
        var h12 = SphereS2(1, cos, sin, (x1, y) => loss.D2(y * a * x1) * x1, 1);
        var h22 = SphereS2(1, cos, sin, (x1, y) => loss.D2(y * a * x1), 2);
        var hp = SphereS2(1, cos, sin, (x1, y) => loss.D2(y * a * x1), 3);
        var h = new[,] { { h11, h12, 0 }, { h12, h22, 0 }, { 0, 0, hp } };
        var qhq = new double[3, 3];
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                for (var k = 0; k < 3; k++) for (var l = 0; l < 3; l++) qhq[i, j] += q[i, k] * h[k, l] * q[j, l];
        Assert.True(MaxDiff(pop.Hessian(w).Value, qhq) <= 1e-12, $"∇²L differs by {MaxDiff(pop.Hessian(w).Value, qhq):E2}");
        Assert.True(Math.Abs(pop.Value(w).Value - SphereS2(1, cos, sin, (x1, y) => loss.Value(y * a * x1), 0)) <= 1e-12);
        // g(w) = −wᵀ∇L(w) (Eq. (7)) with error ‖w‖ × the gradient's
        var gw = pop.G(w);
        Assert.True(Math.Abs(gw.Value + a * g1) <= 1e-12, $"g(w) = {gw} vs {-a * g1:R}");
        Assert.True(Math.Abs(gw.Error - a * gr.Error) <= 1e-15 * a * gr.Error + 1e-300, $"g error {gw.Error} vs ‖w‖·{gr.Error}");
    }

    /// <summary>At w = 0 for any spherical law: L = ln 2 (logistic) resp. 1 (exponential), ∇L(0) = −(c₀/π)v·(1 resp. 2)
    /// (ℓ'(0) = −1/2 resp. −1; E y x = E|vᵀx| v = (2c₀/π) v), ∇²L(0) = ℓ''(0) E x xᵀ = ℓ''(0) (E x₁²) I with E x₁² = R²/d
    /// on R·S^(d−1) and s² for N(0, s² I).</summary>
    [Theory]
    [InlineData("S4", "log")]
    [InlineData("S2r", "exp")]
    [InlineData("G3", "log")]
    [InlineData("C2", "exp")]
    public void Closed_forms_at_the_origin(string lawName, string lossName)
    {
        var loss = lossName == "exp" ? Exp : Log;
        RadialLaw law = lawName switch
        {
            "S4" => new SphereProjectionRadius(5),
            "S2r" => new SphereProjectionRadius(3, 2),
            "G3" => new GaussianRadius(3, 1.5),
            _ => new CircleRadius(2),
        };
        double second = lawName switch { "S4" => 1 / 5.0, "S2r" => 4 / 3.0, "G3" => 2.25, _ => 2.0 };
        var d = law.Dimension;
        var v = new double[d];
        v[0] = 0.6;
        v[1] = 0.8;
        var pop = new SphericalPopulation(law, v, loss);
        var zero = new double[d];
        var (l0, d1, d2) = lossName == "exp" ? (1.0, -1.0, 1.0) : (Math.Log(2), -0.5, 0.25);
        Assert.True(Math.Abs(pop.Value(zero).Value - l0) <= 1e-13);
        var g = pop.Gradient(zero).Value;
        Assert.True(MaxDiff(g, v.Select(x => d1 * 2 * law.C0ClosedForm / Math.PI * x).ToArray()) <= 1e-12, $"∇L(0) = ({string.Join(", ", g)})");
        var h = pop.Hessian(zero).Value;
        var want = ScaledIdentity(d, d2 * second);
        Assert.True(MaxDiff(h, want) <= 1e-12, $"∇²L(0) differs by {MaxDiff(h, want):E2}");
    }

    /// <summary>L, ∇L, ∇²L for x uniform on an ellipse M·S¹ (and on a circle 2·S¹ as a spherical population) against direct
    /// quadrature over the angle, for both losses.</summary>
    [Theory]
    [InlineData("exp", 0.7, -0.4)]
    [InlineData("log", 3.0, 1.5)]
    public void Ellipse_matches_direct_quadrature_over_the_angle(string lossName, double w1, double w2)
    {
        var loss = lossName == "exp" ? Exp : Log;
        double[,] m = { { 2, 0.5 }, { 0.3, 0.8 } };
        double[] v = [0.28, -0.96], w = [w1, w2];
        var pop = new PlanarPopulation(new CircleRadius(), m, v, loss);
        Check(pop, m, v, w, loss);
        // the circle of radius 2 as a mapped unit circle and as a spherical population
        var c2 = new double[,] { { 2, 0 }, { 0, 2 } };
        Check(new SphericalPopulation(new CircleRadius(2), v, loss), c2, v, w, loss);
        // a mixture of circles (planar, not spherical): the weighted sum of the ellipse oracles
        var mix = new PlanarPopulation(new RadialMixture([(1, new CircleRadius(1)), (3, new CircleRadius(2))]), m, v, loss);
        var m2 = new double[,] { { 4, 1 }, { 0.6, 1.6 } };
        var l = 0.25 * Ellipse(m, v, w, (x1, x2, y) => loss.Value(y * (w[0] * x1 + w[1] * x2)))
            + 0.75 * Ellipse(m2, v, w, (x1, x2, y) => loss.Value(y * (w[0] * x1 + w[1] * x2)));
        var mv = mix.Value(w);
        Assert.True(Math.Abs(mv.Value - l) <= 1e-11 * l && mv.Error <= 1e-9 * l && mv.Error >= 0, $"mixture L = {mv} vs {l:R}");
    }

    private static void Check(Population pop, double[,] m, double[] v, double[] w, MarginLoss loss)
    {
        double Z(double x1, double x2, double y) => y * (w[0] * x1 + w[1] * x2);
        var l = Ellipse(m, v, w, (x1, x2, y) => loss.Value(Z(x1, x2, y)));
        var g = new[] { Ellipse(m, v, w, (x1, x2, y) => loss.D1(Z(x1, x2, y)) * y * x1), Ellipse(m, v, w, (x1, x2, y) => loss.D1(Z(x1, x2, y)) * y * x2) };
        var h12 = Ellipse(m, v, w, (x1, x2, y) => loss.D2(Z(x1, x2, y)) * x1 * x2);
        var h = new[,]
        {
            { Ellipse(m, v, w, (x1, x2, y) => loss.D2(Z(x1, x2, y)) * x1 * x1), h12 },
            { h12, Ellipse(m, v, w, (x1, x2, y) => loss.D2(Z(x1, x2, y)) * x2 * x2) },
        };
        var val = pop.Value(w);
        Assert.True(Math.Abs(val.Value - l) <= 1e-11 * l && val.Error <= 1e-9 * l && val.Error >= 0, $"{pop}: L = {val} vs {l:R}");
        AssertAgrees(pop.Gradient(w), g, Math.Abs(g[0]) + Math.Abs(g[1]), 1e-11, 1e-9, $"{pop}: ∇L");
        AssertAgrees(pop.Hessian(w), h, MaxAbs(h), 1e-11, 1e-9, $"{pop}: ∇²L");
    }

    /// <summary>The logistic Hessian on S² at ‖w‖ = 10⁴ is π²/(6a³) e₁e₁ᵀ + (1/a − π²/(3a³))/4 (I − e₁e₁ᵀ) up to e^(−a) for every θ
    /// (ℓ'' is even, so the label drops out; see <see cref="PopulationTests.Sphere_S2_Hessian_at_a_large_norm"/>), also at
    /// θ ∈ {0, π} (the degenerate branch, no break from the label), where the 1/a-wide transition at x₁ = 0 (ψ = π/2) must
    /// be a break point of its own (a generic θ, e.g. 1, also needs it but takes ~1 s).</summary>
    [Theory]
    [InlineData(0.0)]
    [InlineData(Math.PI)]
    public void Sphere_S2_Hessian_at_a_large_norm_for_any_angle(double th)
    {
        const double a = 1e4;
        double[] v = th == Math.PI ? [-1, 0, 0] : [Math.Cos(th), Math.Sin(th), 0];
        var h = new SphericalPopulation(new SphereProjectionRadius(3), v).Hessian([a, 0, 0]).Value;
        var h11 = Math.PI * Math.PI / (6 * a * a * a);
        var h22 = (1 / a - Math.PI * Math.PI / (3 * a * a * a)) / 4;
        Assert.True(Math.Abs(h[0, 0] - h11) <= 1e-12 * h11, $"h₁₁ = {h[0, 0]:R} vs {h11:R}");
        Assert.True(Math.Abs(h[1, 1] - h22) <= 1e-12 * h22 && Math.Abs(h[2, 2] - h22) <= 1e-12 * h22, $"h₂₂ = {h[1, 1]:R}, h⊥ = {h[2, 2]:R} vs {h22:R}");
        Assert.True(Math.Abs(h[0, 1]) <= 1e-12 * h22, $"h₁₂ = {h[0, 1]:R}");
    }

    /// <summary>The logistic Hessian on N(0, s² I₃) at ‖w‖ = 10⁵ with θ near π/2 (cos θ = 10⁻³): ℓ'' is even, so h₁₁ = E ℓ''(a x₁)x₁²,
    /// h₂₂ = h⊥ = s² E ℓ''(a x₁), h₁₂ = 0, one-dimensional integrals over z₁ = x₁/s (oracle split at 0, ±1/(as), ±10/(as),
    /// ±40/(as)). The label's conditional probability turns over |z₁| ≲ 40 tan θ, far outside the 1/(as)-wide transition of
    /// ℓ'': the reduction must not put narrow pieces (reduced depth) into that transition.</summary>
    [Fact]
    public void Gaussian_Hessian_at_a_large_norm_near_a_right_angle()
    {
        const double s = 1.5, a = 1e5, c = 1e-3;
        var h = new SphericalPopulation(new GaussianRadius(3, s), [c, Math.Sqrt(1 - c * c), 0]).Hessian([a, 0, 0]).Value;
        var t = 1 / (a * s);
        double[] brk = [0, t, -t, 10 * t, -10 * t, 40 * t, -40 * t];
        var h22 = s * s * Integrate(z => MarginLoss.Logistic.D2(a * s * z) * NormalPdf(z), -14, 14, brk);
        var h11 = s * s * Integrate(z => MarginLoss.Logistic.D2(a * s * z) * z * z * NormalPdf(z), -14, 14, brk);
        Assert.True(Math.Abs(h[0, 0] - h11) <= 1e-12 * h11, $"h₁₁ = {h[0, 0]:R} vs {h11:R}");
        Assert.True(Math.Abs(h[1, 1] - h22) <= 1e-12 * h22 && Math.Abs(h[2, 2] - h22) <= 1e-12 * h22, $"h₂₂ = {h[1, 1]:R}, h⊥ = {h[2, 2]:R} vs {h22:R}");
        Assert.True(Math.Abs(h[0, 1]) <= 1e-12 * h22, $"h₁₂ = {h[0, 1]:R}");
    }

    [Fact]
    public void Lemma2OnSeveralLaws()
    {
        foreach (var name in new[] { "S1", "S2", "G2", "Mix3" })
        {
            var pop = new SphericalPopulation(Law(name), new double[] { 1, 0, 0 }[..Law(name).Dimension]);
            foreach (var (a, th) in new[] { (0.3, 0.4), (5.0, 2.5), (100.0, 0.01), (1e-3, 3.1) })
            {
                var sw = Stopwatch.StartNew();
                var (g1, g2) = pop.ReducedGradient(a, Math.Cos(th), Math.Sin(th));
                var rho = -Math.Sin(th) * g2.Value; // −(v − (w̄ᵀv)w̄)ᵀ∇L = −sin θ · e₂ᵀ∇L
                var want = pop.C0 * Math.Sin(th) * Math.Sin(th) / Math.PI;
                output.WriteLine($"{name} a={a} θ={th}: ρ={rho:R} want={want:R} diff={rho - want:E2} err={g2.Error:E2} g1={g1} " +
                    $"time={sw.Elapsed.TotalMilliseconds:F1}ms");
                Assert.True(Math.Abs(rho - want) <= 10 * g2.Error + 1e-14);
            }
        }
    }
}
