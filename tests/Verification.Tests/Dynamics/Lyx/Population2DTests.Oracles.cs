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

/// <summary>Population quantities against independent midpoint sums in polar coordinates.</summary>
public partial class Population2DTests
{
    /// <summary>
    /// The oracle: on each of nt rays (angular midpoint rule, no cuts, no adaptivity) the radial integrals are done exactly
    /// from the definitions: the ray is split at m, M and the activation radii b_l/⟨w_l, ω⟩; on each piece φ_q(r) = A + B r
    /// (φ_q = Σ_l C[q, l] σ(⟨w_l, x⟩ − b_l), Ω_q = {φ_q &lt; 1}, Ω_l = {⟨w_l, x⟩ &gt; b_l}), and the moments ∫ r^s p(r) r dr are
    /// closed forms. The angular integrand jumps where an activation changes, so the midpoint error is O(h) per jump.
    /// </summary>
    private static (double Loss, double[] POmega, double[][] Grad, double[,] EProj, double[,] PJoint) Midpoint(
        AnnulusDensity dens, double[][] w, double[] b, double[][] c, int nt)
    {
        int L = w.Length, Q = c.Length;
        double loss = 0;
        var pom = new double[Q];
        var grad = w.Select(_ => new double[2]).ToArray();
        var eproj = new double[Q, L];
        var pjoint = new double[Q, L];
        var e = dens.Alpha + 2;
        double Mom(double r0, double r1, int s) => dens.C * (Math.Pow(r1, s + e) - Math.Pow(r0, s + e)) / (s + e); // ∫ r^s p r dr
        var a = new double[L];
        var dth = 2 * Math.PI / nt;
        for (var i = 0; i < nt; i++)
        {
            var th = (i + 0.5) * dth;
            double cx = Math.Cos(th), sy = Math.Sin(th);
            var cuts = new List<double> { dens.Min, dens.Max };
            for (var l = 0; l < L; l++)
            {
                a[l] = w[l][0] * cx + w[l][1] * sy;
                if (a[l] > 0 && b[l] / a[l] > dens.Min && b[l] / a[l] < dens.Max) cuts.Add(b[l] / a[l]);
            }
            cuts.Sort();
            for (var p = 0; p + 1 < cuts.Count; p++)
            {
                double r0 = cuts[p], r1 = cuts[p + 1], rm = (r0 + r1) / 2;
                for (var q = 0; q < Q; q++)
                {
                    double A = 0, B = 0;
                    for (var l = 0; l < L; l++) if (rm * a[l] > b[l]) { A -= c[q][l] * b[l]; B += c[q][l] * a[l]; }
                    // {r ∈ [r0, r1] : A + B r < 1}
                    double lo = r0, hi = r1;
                    if (B > 0) hi = Math.Min(r1, (1 - A) / B);
                    else if (B < 0) lo = Math.Max(r0, (1 - A) / B);
                    else if (A >= 1) continue;
                    if (!(hi > lo)) continue;
                    double m0 = Mom(lo, hi, 0) * dth, m1 = Mom(lo, hi, 1) * dth;
                    loss += (1 - A) * m0 - B * m1;
                    pom[q] += m0;
                    for (var l = 0; l < L; l++)
                    {
                        if (!(rm * a[l] > b[l])) continue;
                        grad[l][0] -= c[q][l] * m1 * cx;
                        grad[l][1] -= c[q][l] * m1 * sy;
                        eproj[q, l] += a[l] / Math.Sqrt(w[l][0] * w[l][0] + w[l][1] * w[l][1]) * m1;
                        pjoint[q, l] += m0;
                    }
                }
            }
        }
        return (loss, pom, grad, eproj, pjoint);
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(1.0, true)]
    [InlineData(-1.0, true)]
    public void Population_quantities_agree_with_a_midpoint_sum(double alpha, bool bias)
    {
        var dens = new AnnulusDensity(1, 2, alpha);
        double[][] w = [[0.7, 0.2], [-0.3, 0.5], [0.2, -0.6], [0.1, 0.1]];
        double[] b = bias ? [0.3, 0.0, 0.5, 0.05] : [0, 0, 0, 0];
        double[][] v = [[1, -1, -1, 1], [-1, 1, -1, -1], [-1, -1, 1, 1]];
        var pop = Population2D.Journal(dens, w, b, v, 0, 1e-10);
        var res = pop.Compute();
        var (loss, pom, grad, eproj, pjoint) = Midpoint(dens, w, b, pop.Coef, 200000);
        // Angular midpoint error: at most h·|jump| per jump of the angular integrand, h = 2π/200000 ≈ 3.1e−5, with ≤ 4 jumps
        // per neuron (activation boundaries, hinge crossings of m and M) of size ≤ 0.5 here: ≤ 2.5e−4 in the worst case;
        // measured differences are ≤ 3e−5, so 1e−4 keeps a margin and still rejects any change of the integrand itself.
        const double tol = 1e-4;
        Assert.Equal(loss, res.Loss, tol);
        Assert.True(res.Error < 1e-8);
        for (var q = 0; q < 2; q++)
        {
            Assert.Equal(pom[q], res.POmega[q], tol);
            for (var l = 0; l < 4; l++)
            {
                Assert.Equal(eproj[q, l], res.EProj[q, l], tol);
                Assert.Equal(pjoint[q, l], res.PJoint[q, l], tol);
            }
        }
        for (var l = 0; l < 4; l++) { Assert.Equal(grad[l][0], res.Gradient[l][0], tol); Assert.Equal(grad[l][1], res.Gradient[l][1], tol); }
        Assert.Equal(res.Gradient.Sum(g => g[0] * g[0] + g[1] * g[1]), res.GradNormSquared, 15);
        // The coefficients of the journal margins φ_r = f_0 − f_r.
        Assert.Equal([[2, -2, 0, 2], [2, 0, -2, 0]], pop.Coef);
    }

    [Fact]
    public void Conference_population_against_a_midpoint_sum_with_a_large_network()
    {
        // Large weights: the loss vanishes on part of the annulus, so the kinks at φ = 1 cross the radial range.
        var dens = new AnnulusDensity(0.5, 2, 0.5);
        double[][] w = [[2.0, 0.5], [-1.0, 1.5]];
        double[][] u = [[0.3, -1.2], [-0.8, -0.4]];
        foreach (var b in new[] { 0.0, 0.4 })
        {
            var pop = Population2D.Conference(dens, w, u, b);
            Assert.Equal([[1.0, 1, -1, -1]], pop.Coef);
            Assert.Equal(Enumerable.Repeat(b, 4), pop.Bias);
            var res = pop.Compute();
            var (loss, pom, grad, _, pjoint) = Midpoint(dens, pop.Wt, pop.Bias, pop.Coef, 200000);
            Assert.Equal(loss, res.Loss, 1e-4);
            Assert.Equal(pom[0], res.POmega[0], 1e-4);
            for (var l = 0; l < 4; l++)
            {
                Assert.Equal(grad[l][0], res.Gradient[l][0], 1e-4);
                Assert.Equal(grad[l][1], res.Gradient[l][1], 1e-4);
                Assert.Equal(pjoint[0, l], res.PJoint[0, l], 1e-4);
            }
        }
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
}
