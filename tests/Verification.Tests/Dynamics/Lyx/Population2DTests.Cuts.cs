using MathNet.Numerics.Integration;
using Verification.Dynamics.Lyx;
using Xunit;

namespace Verification.Tests.Dynamics.Lyx;

/// <summary>
/// Sharper checks of <see cref="Population2D"/>: its angular cuts are where the integrand is not analytic, so with a loose
/// bisection tolerance (one accepted level per panel) the result is still accurate to ~1e−10 when the cuts are right and off
/// by far more when a cut is missing or misplaced. The oracle is independent: per ray the radial integrals are written out
/// from the definitions (closed-form moments of the density), and the angle is integrated per component by MathNet's
/// adaptive Gauss–Kronrod on 64 equal panels (no knowledge of the kinks), with its own error estimate.
/// </summary>
public partial class Population2DTests
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
}
