using MathNet.Numerics.Integration;
using Verification.Dynamics.Lyx;
using Xunit;

namespace Verification.Tests.Lyx;

/// <summary>
/// Sharper checks of <see cref="Population2D"/>: its angular cuts are where the integrand is not analytic, so with a loose
/// bisection tolerance (one accepted level per panel) the result is still accurate to ~1e−10 when the cuts are right and off
/// by far more when a cut is missing or misplaced. The oracle is independent: per ray the radial integrals are written out
/// from the definitions (closed-form moments of the density), and the angle is integrated per component by MathNet's
/// adaptive Gauss–Kronrod on 64 equal panels (no knowledge of the kinks), with its own error estimate. Also C_p against an
/// independent maximisation and the constructor's and a constant-margin piece's edge cases.
/// </summary>
[Trait("Paper", "LYX")]
public class LyxPopulationCutTests
{
    private static double[] Flatten(Population2D.Result r, int q, int l)
    {
        var v = new List<double> { r.Loss };
        v.AddRange(r.POmega);
        foreach (var g in r.Gradient) v.AddRange(g);
        for (var i = 0; i < q; i++) for (var j = 0; j < l; j++) v.Add(r.EProj[i, j]);
        for (var i = 0; i < q; i++) for (var j = 0; j < l; j++) v.Add(r.PJoint[i, j]);
        return [.. v];
    }

    private static double[][] Rotate(double[][] w, double angle) =>
        w.Select(x => new[] { Math.Cos(angle) * x[0] - Math.Sin(angle) * x[1], Math.Sin(angle) * x[0] + Math.Cos(angle) * x[1] }).ToArray();

    /// <summary>
    /// The loose run (bisection tolerance 1e−3: a panel is accepted after its first split) against a tight run (1e−12, whose
    /// own error estimate must be below 1e−10): they agree to 1e−8 only if every panel between cuts is analytic.
    /// </summary>
    private static void LooseAgreesWithTight(AnnulusDensity d, double[][] w, double[] b, double[][] c)
    {
        var tight = new Population2D(d, w, b, c, 1e-12).Compute();
        Assert.True(tight.Error < 1e-10, $"tight error estimate {tight.Error}");
        var loose = new Population2D(d, w, b, c, 1e-3).Compute();
        var (x, y) = (Flatten(tight, c.Length, w.Length), Flatten(loose, c.Length, w.Length));
        for (var i = 0; i < x.Length; i++) Assert.True(Math.Abs(x[i] - y[i]) <= 1e-8, $"component {i}: loose {y[i]} vs tight {x[i]}");
    }

    /// <summary>
    /// b = 0: the cuts (activation changes at ⟨w_l, ω⟩ = 0 and the hinge kinks θ = ψ_q ± arccos(c/|s_q|), c ∈ {1/m, 1/M})
    /// leave analytic integrands on every panel, so a bisection tolerance of 1e−3 (which accepts the first split of a panel)
    /// still gives ~1e−10; a missing or misplaced cut leaves a kink inside a panel and an error ≫ 1e−8. Several rotations
    /// of the same network move the kink angles across the 0/2π seam (the wrap of ψ − arccos).
    /// </summary>
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.1)]
    [InlineData(2.5)]
    [InlineData(-2.0)]
    public void Homogeneous_cuts_leave_only_analytic_panels(double rot)
    {
        var d = new AnnulusDensity(0.5, 2, 0.5);
        double[][] w = Rotate([[2.0, 0.5], [-1.0, 1.5], [0.3, -1.2], [-0.8, -0.4]], rot);
        LooseAgreesWithTight(d, w, [0, 0, 0, 0], [[1.0, 1, -1, -1]]);
        // A single neuron whose hinge crosses both m and M.
        LooseAgreesWithTight(new AnnulusDensity(1, 2), Rotate([[1.3, -0.4]], rot), [0], [[1.0]]);
    }

    /// <summary>
    /// b &gt; 0 with φ &lt; 1 on the whole annulus (no hinge kinks, one neuron: no crossing breakpoints): the only kinks are
    /// where the activation radius b/⟨w, ω⟩ crosses m or M, at θ = φ_w ± arccos(b/(r|w|)) for r ∈ {m, M} with b &lt; r|w|.
    /// </summary>
    [Theory]
    [InlineData(0.6, 0.2, 0.5)]  // both radii cut (b < m|w|)
    [InlineData(0.3, 0.2, 0.4)]  // b > m|w|: only the outer radius gives a cut
    [InlineData(-0.5, -0.3, 0.5)]
    public void Biased_activation_cuts_leave_only_analytic_panels(double w0, double w1, double b)
    {
        var d = new AnnulusDensity(1, 2, -0.5);
        LooseAgreesWithTight(d, [[w0, w1]], [b], [[1.0]]);
        LooseAgreesWithTight(d, [[w0, w1]], [b], [[-0.7]]);
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

    [Fact]
    public void Constructor_rejects_any_neuron_not_in_r2()
    {
        var d = new AnnulusDensity(1, 2);
        Assert.Throws<ArgumentException>(() => new Population2D(d, [[1.0, 0], [1.0]], [0, 0], [[1, 1]]));
        Assert.Throws<ArgumentException>(() => new Population2D(d, [[1.0, 0], [1.0, 0, 0]], [0, 0], [[1, 1]]));
    }

    /// <summary>The uniform C_p = 2 p √(M² − m²) with m ≠ 1 (p = 1/(π(M² − m²))): written out.</summary>
    [Fact]
    public void Uniform_cp_is_the_inner_tangent_chord()
    {
        var d = new AnnulusDensity(0.5, 2);
        Assert.Equal(2 / (Math.PI * (4 - 0.25)) * Math.Sqrt(4 - 0.25), d.Cp(), 13);
    }

    /// <summary>
    /// C_p for α ≠ 0 against an independent maximisation: the chord integral ∫ p dS over the line {x₁ = a} written in closed
    /// form per half-chord where possible is replaced here by a Gauss–Kronrod integral in the polar radius (ds = r dr/√(r² − a²),
    /// substituted r = √(a² + t²) by the code; here u = √(r² − a²) on a different variable: r from max(a, m) to M with the
    /// weight r/√(r² − a²), made regular by r = a cosh s); maximised by dense sampling around the inner tangent a = m and a
    /// ternary search on each side. m is off the code's grid a = M·i/400, so a missing refinement is visible (first order in
    /// the grid step for the cusp at a = m).
    /// </summary>
    [Theory]
    [InlineData(0.7123, 2.0, -1.0)]
    [InlineData(0.5123, 2.0, -0.5)]
    [InlineData(0.9123, 3.0, 1.5)]
    public void Cp_matches_an_independent_maximisation(double m, double bigM, double alpha)
    {
        var d = new AnnulusDensity(m, bigM, alpha);
        // Line integral of p over {x₁ = a} via the polar radius: both halves, ds = r dr / √(r² − a²); with r = √(a² + u²)
        // it is ∫ p(√(a² + u²)) du over u where m ≤ r ≤ M: use the substitution u = sinh-free form with GK in u directly
        // but on the radius' side: for a < m the chord avoids the hole, u from √(m² − a²) to √(M² − a²).
        double Line(double a)
        {
            var uMax = Math.Sqrt(Math.Max(0, bigM * bigM - a * a));
            var uMin = a < m ? Math.Sqrt(m * m - a * a) : 0.0;
            if (!(uMax > uMin)) return 0;
            // integrate in r (not u): ∫_{max(a,m)}^{M} p(r) r/√(r² − a²) dr; the endpoint singularity at r = a (a ≥ m) is
            // removed by r = a + s² (dr = 2s ds, √(r² − a²) = s√(2a + s²)).
            if (a >= m)
                return 2 * GaussKronrodRule.Integrate(s => d.C * Math.Pow(a + s * s, alpha) * (a + s * s) * 2 / Math.Sqrt(2 * a + s * s),
                    0, Math.Sqrt(bigM - a), out _, out _, 1e-14, 15, 40);
            // a < m: the chord misses the hole's boundary tangentially only at a = m; in u = √(r² − a²) the integrand is smooth
            return 2 * GaussKronrodRule.Integrate(u => d.C * Math.Pow(a * a + u * u, alpha / 2), uMin, uMax, out _, out _, 1e-14, 15, 40);
        }
        // Dense sampling, then a ternary search on the best sample's neighbourhood and the cusp a = m itself.
        const int n = 1000;
        var bestI = Enumerable.Range(0, n + 1).MaxBy(i => Line(bigM * i / n));
        double lo = Math.Max(0, bigM * (bestI - 1) / n), hi = Math.Min(bigM, bigM * (bestI + 1) / n);
        for (var it = 0; it < 100; it++)
        {
            double m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3;
            if (Line(m1) < Line(m2)) lo = m1; else hi = m2;
        }
        var best = Math.Max(Math.Max(Line((lo + hi) / 2), Line(m)), Line(bigM * bestI / n));
        Assert.Equal(best, d.Cp(), 1e-8 * best); // a missing refinement is off by ~1e−3 relative
    }
}
