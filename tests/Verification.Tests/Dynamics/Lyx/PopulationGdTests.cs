using MathNet.Numerics.Integration;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Dynamics.Lyx;

/// <summary>Population GD on the annulus: its step against its definition and the trajectory's bookkeeping.</summary>
[Trait("Paper", "LYX")]
public class PopulationGdTests
{
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

    /// <summary>
    /// Journal population GD: the recorded P[Ω] is Σ_r P[Ω_r] over the n − 1 margins, and the tracked ("positive") neurons
    /// are those with v_{0,l} &gt; 0 strictly (a zero entry is not positive).
    /// </summary>
    [Fact]
    public void Journal_population_gd_sums_the_margins_and_tracks_strictly_positive_neurons()
    {
        var dens = new AnnulusDensity(1, 2);
        double[][] w = [[0.3, 0.1], [-0.2, 0.4], [0.1, -0.5]];
        double[][] v = [[1, 0, -1], [-1, 1, 1], [-1, -1, 1]];
        var tr = PopulationGd.Journal(dens, w, [0, 0, 0], v, 0.5, 0);
        var first = Population2D.Journal(dens, w, [0, 0, 0], v, 0, 1e-9).Compute();
        Assert.Equal(2, first.POmega.Length);
        Assert.Equal(first.POmega[0] + first.POmega[1], tr.POmega[0], 12);
        Assert.Equal(Math.Sqrt(0.09 + 0.01), tr.PositiveNorm[0], 12);
    }

    /// <summary>
    /// Regression: with no tracked neuron (v_{0,l} ≤ 0 for all l) GC cannot hold (the empty set leaves every half-plane
    /// empty); the trajectory used to throw IndexOutOfRangeException from the GC test of an empty set.
    /// </summary>
    [Fact]
    public void Population_gd_without_tracked_neurons_reports_no_gc()
    {
        var dens = new AnnulusDensity(1, 2);
        var tr = PopulationGd.Run(dens, [[0.3, 0.1]], [0], [[1.0]], [false], 0.5, 1);
        Assert.Equal([false, false], tr.Gc);
        Assert.Equal([0.0, 0.0], tr.PositiveNorm);
    }
}
