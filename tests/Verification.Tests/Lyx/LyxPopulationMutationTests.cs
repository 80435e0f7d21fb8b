using MathNet.Numerics.Integration;
using Verification.Dynamics.Lyx;
using Verification.Geometry.Lyx;
using Xunit;

namespace Verification.Tests.Lyx;

/// <summary>
/// The population quantities of <see cref="Population2D"/> (loss, P[Ω_q], gradient, E-projections, joint probabilities)
/// against an independent midpoint sum on a polar grid, with biases, several margins and a non-uniform density; the
/// annulus density's normalisation, moments and C_p against direct integration; population GD against its definition.
/// </summary>
[Trait("Paper", "LYX")]
public class LyxPopulationMutationTests
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
    public void Population_rejects_bad_parameters()
    {
        var dens = new AnnulusDensity(1, 2);
        Assert.Equal("Need at least one neuron in R².", Assert.Throws<ArgumentException>(() => new Population2D(dens, [], [], [[]])).Message);
        Assert.Equal("Need at least one neuron in R².", Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0]], [0], [[1]])).Message);
        Assert.Equal("Need one bias b_l ≥ 0 per neuron.", Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0, 0]], [], [[1]])).Message);
        Assert.Equal("Need one bias b_l ≥ 0 per neuron.", Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0, 0]], [-0.1], [[1]])).Message);
        Assert.Equal("Margin coefficients must have one entry per neuron.", Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0, 0]], [0], [])).Message);
        Assert.Equal("Margin coefficients must have one entry per neuron.", Assert.Throws<ArgumentException>(() => new Population2D(dens, [[1.0, 0]], [0], [[1, 2]])).Message);
        // A zero neuron is never active: the loss is 1 everywhere, the gradient 0.
        var zero = new Population2D(dens, [[0.0, 0]], [0], [[1]]).Compute();
        Assert.Equal(1, zero.Loss, 12);
        Assert.Equal(1, zero.POmega[0], 12);
        Assert.Equal([0.0, 0.0], zero.Gradient[0]);
        Assert.Equal(1e-11, new Population2D(dens, [[1.0, 0]], [0], [[1]]).Tolerance);
        Assert.Same(dens, new Population2D(dens, [[1.0, 0]], [0], [[1]]).Density);
    }

    [Theory]
    [InlineData(1.0, 2.0, 0.0)]
    [InlineData(0.5, 2.0, 1.5)]
    [InlineData(1.0, 3.0, -1.0)]
    public void Annulus_density_normalisation_moments_and_cp(double m, double bigM, double alpha)
    {
        var d = new AnnulusDensity(m, bigM, alpha);
        Assert.Equal((m, bigM, alpha), (d.Min, d.Max, d.Alpha));
        double Radial(double r1, double r2, int s) => GaussKronrodRule.Integrate(r => Math.Pow(r, s) * d.C * Math.Pow(r, alpha) * r, r1, r2, out _, out _, 1e-14, 15, 30);
        Assert.Equal(1, 2 * Math.PI * Radial(m, bigM, 0), 12); // mass 1
        // Moment(r₁, r₂, s) = ∫ r^s p(r) dr, i.e. Radial(s − 1) with the area element's r (s ≥ 1 is what the integrator uses).
        foreach (var s in new[] { 0, 1, 2, 3 }) // s = 0 with α = −1 is the logarithmic case
            Assert.Equal(Radial(m + 0.1, bigM - 0.2, s - 1), d.Moment(m + 0.1, bigM - 0.2, s), 12);
        var (pm, pM) = (d.C * Math.Pow(m, alpha), d.C * Math.Pow(bigM, alpha));
        Assert.Equal(Math.Max(pm, pM), d.PMax, 14);
        Assert.Equal(Math.Min(pm, pM), d.PMin, 14);
        // C_p = max over lines {⟨e₁, x⟩ = a} of ∫ p dS: brute force over a fine grid of a with a direct chord integral.
        double Line(double a)
        {
            var tMax = Math.Sqrt(Math.Max(0, bigM * bigM - a * a));
            var tMin = a < m ? Math.Sqrt(m * m - a * a) : 0;
            return tMax <= tMin ? 0 : 2 * GaussKronrodRule.Integrate(t => d.C * Math.Pow(a * a + t * t, alpha / 2), tMin, tMax, out _, out _, 1e-12, 15, 30);
        }
        // The chord integral has a cusp at the inner tangent a = m (where the maximum sits for α ≤ 0): include it in the grid.
        var best = Enumerable.Range(0, 2001).Select(i => Line(bigM * i / 2000)).Append(Line(m)).Max();
        Assert.True(d.Cp() >= best - 1e-9, $"{d.Cp()} vs {best}");
        Assert.True(d.Cp() <= best * (1 + 1e-4), $"{d.Cp()} vs {best}"); // the grid maximum is within 1e−4 of the true one
        if (alpha == 0) Assert.Equal(2 * d.C * Math.Sqrt(bigM * bigM - m * m), d.Cp(), 14);
    }

    [Fact]
    public void Annulus_density_rejects_bad_parameters()
    {
        Assert.Equal("Need 0 < m < M, got m = 2, M = 1.", Assert.Throws<ArgumentException>(() => new AnnulusDensity(2, 1)).Message);
        Assert.Throws<ArgumentException>(() => new AnnulusDensity(0, 1));
        Assert.Throws<ArgumentException>(() => new AnnulusDensity(1, 1));
        Assert.Equal("Need α > −2 for a finite mass.", Assert.Throws<ArgumentException>(() => new AnnulusDensity(1, 2, -2)).Message);
        _ = new AnnulusDensity(1, 2, -1.9);
    }

    [Fact]
    public void Population_gd_follows_its_definition()
    {
        var dens = new AnnulusDensity(1, 2);
        double[][] w = [[0.4, 0.1], [-0.2, 0.3]];
        double[][] u = [[0.1, -0.3], [-0.1, -0.1]];
        var tr = PopulationGd.Conference(dens, w, u, 0.05, 0.5, 3);
        Assert.Equal(3, tr.Steps);
        Assert.Equal(4, tr.Loss.Length);
        double[][] cur = w.Concat(u).Select(v => (double[])v.Clone()).ToArray();
        for (var t = 0; t <= 3; t++)
        {
            var res = Population2D.Conference(dens, cur.Take(2).ToArray(), cur.Skip(2).ToArray(), 0.05, 1e-9).Compute();
            Assert.Equal(res.Loss, tr.Loss[t], 12);
            Assert.Equal(res.Error, tr.Error[t], 12);
            Assert.Equal(res.POmega.Sum(), tr.POmega[t], 12);
            Assert.Equal(cur.Sum(v => Math.Sqrt(v[0] * v[0] + v[1] * v[1])), tr.Norm[t], 12);
            Assert.Equal(cur.Take(2).Sum(v => Math.Sqrt(v[0] * v[0] + v[1] * v[1])), tr.PositiveNorm[t], 12);
            Assert.Equal(GeometricCondition.Holds2D(cur.Take(2).Select(v => v[0]).ToArray(), cur.Take(2).Select(v => v[1]).ToArray()), tr.Gc[t]);
            for (var l = 0; l < 4; l++) { cur[l][0] -= 0.5 * res.Gradient[l][0]; cur[l][1] -= 0.5 * res.Gradient[l][1]; }
        }
        Assert.Equal(tr.Norm.Max(), tr.MaxNorm);
        Assert.Equal([0.4, 0.1], w[0]); // the initial weights are not modified
        // Early stop once the loss is (numerically) zero: large neurons that separate everything at once.
        var done = PopulationGd.Conference(dens, [[5, 0], [-5, 0], [0, 5], [0, -5]], [[0, 0], [0, 0], [0, 0], [0, 0]], 0, 0.1, 10);
        Assert.Equal(0, done.Steps);
        Assert.Single(done.Loss);
        Assert.True(done.Gc[0]);
        // A zero positive neuron: GC fails.
        Assert.False(PopulationGd.Conference(dens, [[0, 0], [1, 0]], [[0, 0], [0, 0]], 0, 0.1, 0).Gc[0]);
        Assert.Equal("The learning rate must be positive.", Assert.Throws<ArgumentException>(() => PopulationGd.Conference(dens, w, u, 0, 0, 1)).Message);
        // Journal: the tracked neurons are those with v_{0,l} > 0, and the margins f_0 − f_r.
        double[][] v = [[1, -1, 1], [-1, 1, -1]];
        var j = PopulationGd.Journal(dens, [[0.3, 0.1], [-0.2, 0.4], [0.1, -0.5]], [0, 0, 0], v, 0.5, 1);
        var first = Population2D.Journal(dens, [[0.3, 0.1], [-0.2, 0.4], [0.1, -0.5]], [0, 0, 0], v, 0, 1e-9).Compute();
        Assert.Equal(first.Loss, j.Loss[0], 12);
        Assert.Equal(Math.Sqrt(0.09 + 0.01) + Math.Sqrt(0.01 + 0.25), j.PositiveNorm[0], 12);
    }
}
