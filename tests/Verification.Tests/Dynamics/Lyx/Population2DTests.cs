using MathNet.Numerics.Integration;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Dynamics.Lyx;

/// <summary>
/// The constructor's checks on every bias and every
/// margin row, the error estimate's contract 0 ≤ Error ≤ Tolerance (each accepted panel's bisection difference is at most
/// Tolerance·(b − a)/2π and the panels partition [0, 2π]), and the hinge sub-interval on a piece where the margin
/// decreases (B &lt; 0) or is constant exactly 1 (B = 0, A = 1), against closed forms: with every weight on the x₁-axis the
/// margin depends on t = x₁ only, so every population quantity is a 1-D integral over the chord length ℓ(t).
/// </summary>
[Trait("Paper", "LYX")]
public partial class Population2DTests
{
    [Fact]
    public void Constructor_rejects_any_negative_bias_not_only_all()
    {
        var d = new AnnulusDensity(1, 2);
        double[][] w = [[1.0, 0], [0, 1.0]];
        Assert.Throws<ArgumentException>(() => new Population2D(d, w, [0.5, -1], [[1, 1]]));
        Assert.Throws<ArgumentException>(() => new Population2D(d, w, [double.NaN, 0], [[1, 1]]));
        _ = new Population2D(d, w, [0.5, 0], [[1, 1]]); // valid
    }

    [Fact]
    public void Constructor_rejects_any_margin_row_of_wrong_length_not_only_all()
    {
        var d = new AnnulusDensity(1, 2);
        double[][] w = [[1.0, 0], [0, 1.0]];
        Assert.Throws<ArgumentException>(() => new Population2D(d, w, [0, 0], [[1, 1], [1]]));
        Assert.Throws<ArgumentException>(() => new Population2D(d, w, [0, 0], [[1, 1], [1, 1, 1]]));
        _ = new Population2D(d, w, [0, 0], [[1, 1], [1, -1]]); // valid
    }

    /// <summary>Regression: a tolerance ≤ 0 or NaN was accepted, and every panel then split to the depth cap (2⁴⁰ panels).</summary>
    [Fact]
    public void Constructor_rejects_a_tolerance_that_is_not_positive()
    {
        var d = new AnnulusDensity(1, 2);
        foreach (var tol in new[] { 0, -1e-11, double.NaN })
        {
            var e = Assert.Throws<ArgumentException>(() => new Population2D(d, [[1.0, 0.5]], [0.3], [[1.0]], tol));
            Assert.StartsWith("The quadrature tolerance must be positive, got ", e.Message);
        }
        Assert.Equal(double.Epsilon, new Population2D(d, [[1.0, 0.5]], [0.3], [[1.0]], double.Epsilon).Tolerance);
    }

    [Fact]
    public void Constructor_rejects_any_neuron_not_in_r2()
    {
        var d = new AnnulusDensity(1, 2);
        Assert.Throws<ArgumentException>(() => new Population2D(d, [[1.0, 0], [1.0]], [0, 0], [[1, 1]]));
        Assert.Throws<ArgumentException>(() => new Population2D(d, [[1.0, 0], [1.0, 0, 0]], [0, 0], [[1, 1]]));
    }

    [Fact]
    public void Population_rejects_bad_parameters()
    {
        var dens = new AnnulusDensity(1, 2);
        Assert.Equal("Need at least one neuron in R².", Assert.Throws<ArgumentException>(() => new Population2D(dens, [], [], [[]])).Message);
        Assert.Equal("Need at least one neuron in R².", Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0]], [0], [[1]])).Message);
        Assert.Equal("Need one bias b_l ≥ 0 per neuron.", Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0, 0]], [], [[1]])).Message);
        Assert.Equal("Need one bias b_l ≥ 0 per neuron.", Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0, 0]], [-0.1], [[1]])).Message);
        Assert.Equal("Margin coefficients must have one entry per neuron.",
            Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0, 0]], [0], [])).Message);
        Assert.Equal("Margin coefficients must have one entry per neuron.",
            Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0, 0]], [0], [[1, 2]])).Message);
        // A zero neuron is never active: the loss is 1 everywhere, the gradient 0.
        var zero = new Population2D(dens, [[0.0, 0]], [0], [[1]]).Compute();
        Assert.Equal(1, zero.Loss, 12);
        Assert.Equal(1, zero.POmega[0], 12);
        Assert.Equal([0.0, 0.0], zero.Gradient[0]);
        Assert.Equal(1e-11, new Population2D(dens, [[1.0, 0]], [0], [[1]]).Tolerance);
        Assert.Same(dens, new Population2D(dens, [[1.0, 0]], [0], [[1]]).Density);
    }

    public static TheoryData<int> Problems => [0, 1, 2, 3];

    private static Population2D Problem(int k, double tol) => k switch
    {
        // biased neurons whose breakpoints cross inside the annulus (kinks not cut: bisection has to localise them)
        0 => new Population2D(new AnnulusDensity(0.5, 2, 0.5), [[2.0, 0.5], [-1.0, 1.5], [0.3, -1.2]], [0.4, 0.7, 0.2],
            [[1.0, -1.5, 0.8]], tol),
        1 => new Population2D(new AnnulusDensity(1, 3, -0.5), [[1.2, 0.3], [1.0, -0.8], [-0.6, 0.9], [0.2, 1.1]],
            [0.3, 0.9, 1.4, 0.5], [[1.0, 1, -1, -1], [0.5, -1, 1, 0.3]], tol),
        2 => Population2D.Conference(new AnnulusDensity(0.5, 2), [[1.5, 0.2], [-0.3, 1.1]], [[0.4, -1.3], [-1.2, -0.2]], 0.3, tol),
        _ => new Population2D(new AnnulusDensity(0.7, 2.5, 1.0), [[2.0, 0.0], [4.0, 0.0], [0.3, 1.0]], [0.0, 4.0, 0.6],
            [[1.0, -1.0, 0.5]], tol),
    };

    /// <summary>
    /// The estimate is a sum of accepted bisection differences (each ≥ 0 and ≤ Tolerance·(b − a)/2π on a panel [a, b] of a
    /// partition of [0, 2π], the depth cap never being reached), so 0 ≤ Error ≤ Tolerance, and it is &gt; 0 once some panel
    /// is not integrated exactly (always, for these kinked integrands at loose tolerances).
    /// </summary>
    [Theory]
    [MemberData(nameof(Problems))]
    public void Error_estimate_is_nonnegative_and_within_tolerance(int k)
    {
        var positive = false;
        foreach (var tol in new[] { 1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5, 1e-5 })
        {
            var r = Problem(k, tol).Compute();
            Assert.True(r.Error >= 0, $"tol {tol}: Error {r.Error} < 0");
            Assert.True(r.Error <= tol, $"tol {tol}: Error {r.Error} > tolerance");
            positive |= r.Error > 0;
        }
        Assert.True(positive, "no positive error estimate at any tolerance");
    }

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

    /// <summary>Chord length of the annulus m ≤ |x| ≤ M at x₁ = t.</summary>
    private static double Chord(double t, double m, double bigM) =>
        2 * (Math.Sqrt(Math.Max(0, bigM * bigM - t * t)) - Math.Sqrt(Math.Max(0, m * m - t * t)));

    private static double Integral(Func<double, double> f, params (double Lo, double Hi)[] pieces) =>
        pieces.Sum(p => GaussKronrodRule.Integrate(f, p.Lo, p.Hi, out _, out _, 1e-13, 15, 40));

    /// <summary>
    /// φ = σ(2x₁) − σ(4x₁ − 4) on the uniform annulus ½ ≤ |x| ≤ 3: φ(t) = 2t on [0, 1] and 4 − 2t above (A = 4, B = −2cos θ
    /// on the ray's outer piece), so φ &lt; 1 exactly for t &lt; ½ or t &gt; 3/2. Loss = p[∫_{−3}^{0} ℓ + ∫_0^{½} (1 − 2t)ℓ +
    /// ∫_{3/2}^{3} (2t − 3)ℓ], P[Ω] = p ∫_{φ&lt;1} ℓ, p = 1/(π(9 − ¼)).
    /// </summary>
    [Fact]
    public void Decreasing_margin_piece_matches_the_chord_integrals()
    {
        const double m = 0.5, bigM = 3;
        var res = new Population2D(new AnnulusDensity(m, bigM), [[2.0, 0.0], [4.0, 0.0]], [0, 4], [[1.0, -1.0]]).Compute();
        var p = 1 / (Math.PI * (bigM * bigM - m * m));
        double L(double t) => Chord(t, m, bigM);
        var loss = p * (Integral(L, (-3, -0.5), (-0.5, 0)) + Integral(t => (1 - 2 * t) * L(t), (0, 0.5))
                        + Integral(t => (2 * t - 3) * L(t), (1.5, 3)));
        var pOmega = p * Integral(L, (-3, -0.5), (-0.5, 0.5), (1.5, 3));
        Assert.Equal(loss, res.Loss, 9);
        Assert.Equal(pOmega, res.POmega[0], 9);
    }

    /// <summary>
    /// φ = σ(x₁) − σ(x₁ − 1) is exactly 1 for x₁ ≥ 1 (A = 1, B = 0 exactly on the ray's outer piece): that region is not in
    /// Ω = {φ &lt; 1}, so P[Ω] = 1 − p(4 arccos(½) − √3) on the uniform annulus ½ ≤ |x| ≤ 2 (p = 1/(π(4 − ¼)); the segment
    /// x₁ ≥ 1 of the disc of radius 2, which misses the hole), P[Ω ∩ Ω_{w₂}] = 0 (w₂ is active only on x₁ &gt; 1), and the loss is
    /// p ∫_{−2}^{1} (1 − max(t, 0)) ℓ(t) dt.
    /// </summary>
    [Fact]
    public void Margin_exactly_one_is_outside_omega()
    {
        const double m = 0.5, bigM = 2;
        var res = new Population2D(new AnnulusDensity(m, bigM), [[1.0, 0.0], [1.0, 0.0]], [0, 1], [[1.0, -1.0]]).Compute();
        var p = 1 / (Math.PI * (bigM * bigM - m * m));
        var segment = 4 * Math.Acos(0.5) - Math.Sqrt(3);
        Assert.Equal(1 - p * segment, res.POmega[0], 9);
        Assert.Equal(0, res.PJoint[0, 1], 12);
        Assert.Equal(0, res.EProj[0, 1], 12);
        Assert.Equal(0, res.Gradient[1][0], 12);
        double L(double t) => Chord(t, m, bigM);
        var loss = p * Integral(t => (1 - Math.Max(t, 0)) * L(t), (-2, -0.5), (-0.5, 0), (0, 0.5), (0.5, 1));
        Assert.Equal(loss, res.Loss, 9);
    }

    /// <summary>
    /// A piece on which φ_q is constant ≥ 1 (B = 0 exactly): φ = σ(⟨w, x⟩) − σ(⟨w, x⟩ − 2) = 2 where ⟨w, x⟩ &gt; 2, so there is
    /// no loss and Ω_q excludes that region. Default tolerance; the oracle skips such pieces by the definition of Ω_q.
    /// </summary>
    [Fact]
    public void Constant_margin_piece_above_one_has_no_loss()
    {
        var d = new AnnulusDensity(1, 3);
        double[][] w = [[1.0, 0.0], [1.0, 0.0]];
        var res = new Population2D(d, w, [0, 2], [[1.0, -1.0]]).Compute();
        // P[Ω] = 1 − P[x₁ ≥ 1] (φ = max(x₁, 0) below x₁ = 2 and 2 above): the segment x₁ ≥ 1 of the disc of radius 3 (the
        // unit disc touches it only at a point) has area 9 arccos(1/3) − √8; the density is 1/(8π).
        var area = 9 * Math.Acos(1.0 / 3) - Math.Sqrt(8);
        // Loss = p ∫_{−3}^{1} (1 − max(t, 0)) ℓ(t) dt with the chord length ℓ(t) = 2(√(9 − t²) − √(max(0, 1 − t²))).
        double Chord(double t) => 2 * (Math.Sqrt(Math.Max(0, 9 - t * t)) - Math.Sqrt(Math.Max(0, 1 - t * t)));
        double loss = 0;
        foreach (var (lo, hi) in new[] { (-3.0, -1.0), (-1.0, 0.0), (0.0, 1.0) })
            loss += GaussKronrodRule.Integrate(t => (1 - Math.Max(t, 0)) * Chord(t), lo, hi, out _, out _, 1e-13, 15, 40) / (8 * Math.PI);
        Assert.Equal(loss, res.Loss, 9);
        Assert.Equal(1 - area / (8 * Math.PI), res.POmega[0], 9);
    }

    /// <summary>The 10-point Gauss–Legendre rule is symmetric as stored (nodes ±x with equal weights), which makes the
    /// panel's m − h·x_i the same node set as m + h·x_i.</summary>
    [Fact]
    public void Gauss_legendre_rule_is_symmetric_in_doubles()
    {
        var rule = new GaussLegendreRule(-1, 1, 10);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(-rule.Abscissas[9 - i], rule.Abscissas[i]);
            Assert.Equal(rule.Weights[9 - i], rule.Weights[i]);
        }
    }
}
