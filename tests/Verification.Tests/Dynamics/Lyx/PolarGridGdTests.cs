using FsCheck.Xunit;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Dynamics.Lyx;

/// <summary>
/// The polar-grid GD of Section 6.1 against the point-wise double network it must reproduce (step by step, and whole
/// trajectories to zero loss: the invariant that makes the fast Table 1 possible), its run and its GC bookkeeping.
/// </summary>
[Trait("Paper", "LYX")]
public class PolarGridGdTests
{
    [Fact]
    public void Polar_grid_gd_is_the_pointwise_gd()
    {
        double[] radii = [1.5, 1, 2, 1.25];
        double[] angles = [0.1, 1.3, 2.2, 3.9, 5.0, 5.9];
        var grid = new PolarGridGd(radii, angles);
        Assert.Equal(24, grid.Count);
        var data = angles.SelectMany(a => radii.Select(r => (new[] { r * Math.Cos(a), r * Math.Sin(a) }, 1.0))).ToList();
        foreach (var seed in new ulong[] { 1, 2, 3, 4 })
        {
            var s = PolarGridGd.Initialise(3, seed % 2 == 0, seed);
            if (seed % 2 == 0) Assert.All(s.Wx.Concat(s.Ux), v => Assert.True(v >= 0));
            var net = s.ToNetwork();
            double[] gwx = new double[3], gwy = new double[3], gux = new double[3], guy = new double[3];
            Assert.Equal(net.MeanLoss(data), grid.LossAndGradient(s, gwx, gwy, gux, guy, true), 1e-12);
            var (gw, gu) = net.MeanGradient(data);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(gw[j][0], gwx[j], 1e-12); Assert.Equal(gw[j][1], gwy[j], 1e-12);
                Assert.Equal(gu[j][0], gux[j], 1e-12); Assert.Equal(gu[j][1], guy[j], 1e-12);
            }
            Assert.Equal(net.MeanLoss(data), grid.LossAndGradient(s, [], [], [], [], false), 1e-12);
            // Norm: Σ_j |w_j| + |u_j|.
            Assert.Equal(Enumerable.Range(0, 3).Sum(j => Math.Sqrt(s.Wx[j] * s.Wx[j] + s.Wy[j] * s.Wy[j])
                + Math.Sqrt(s.Ux[j] * s.Ux[j] + s.Uy[j] * s.Uy[j])),
                s.Norm(), 14);
            // Run against a point-wise loop with the same step.
            var copy = s.Clone();
            Assert.NotSame(s.Wx, copy.Wx);
            var losses = new List<double>();
            var result = grid.Run(copy, 0.2, 30, (t, _, l) => losses.Add(l));
            var cur = net;
            var maxNorm = s.Norm();
            var gcEntry = GeometricCondition.Holds2D(s.Wx, s.Wy) ? 0 : -1;
            for (var t = 0; t <= result.Iterations; t++)
            {
                Assert.Equal(cur.MeanLoss(data), losses[t], 1e-9);
                if (t == result.Iterations) break;
                cur = cur.GdStep(data, 0.2);
                maxNorm = Math.Max(maxNorm, cur.W.Concat(cur.U).Sum(v => Math.Sqrt(v[0] * v[0] + v[1] * v[1])));
                if (gcEntry < 0 && GeometricCondition.Holds2D(cur.W.Select(v => v[0]).ToArray(), cur.W.Select(v => v[1]).ToArray())) gcEntry = t + 1;
            }
            Assert.Equal(result.Converged, losses[^1] == 0);
            Assert.True(result.Converged || result.Iterations == 30);
            Assert.Equal(maxNorm, result.MaxNorm, 9);
            Assert.Equal(GeometricCondition.Holds2D(s.Wx, s.Wy), result.GcAtStart);
            Assert.Equal(gcEntry, result.GcEntry);
            Assert.Equal(cur.W[0][0], copy.Wx[0], 9);
            Assert.Equal(cur.U[1][1], copy.Uy[1], 9);
        }
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => new PolarGridGd([], [1.0])).Message);
        Assert.Throws<ArgumentException>(() => new PolarGridGd([1.0], []));
        Assert.Equal("Radii must be positive.", Assert.Throws<ArgumentException>(() => new PolarGridGd([1.0, 0], [1.0])).Message);
        Assert.Equal("The learning rate must be positive.",
            Assert.Throws<ArgumentException>(() => grid.Run(PolarGridGd.Initialise(1, false, 1), 0, 3)).Message);
    }

    [Fact]
    public void Polar_grid_run_converges_and_counts_iterations()
    {
        // One neuron pointing along the only angle: loss 0 once w·ω ≥ 1/r_min, reached by GD from a small start.
        var grid = new PolarGridGd([1, 2], [0]);
        var s = new PolarGridGd.State([0.1], [0], [0], [0]);
        var r = grid.Run(s, 0.5, 100);
        // t = 0: both radii in the hinge, gradient −(1 + 2)/2, w = 0.1 + 0.75; t = 1: only r = 1 (0.85 < 1), w = 0.85 + 0.25;
        // t = 2: 1.1·1 ≥ 1, loss 0.
        Assert.True(r.Converged);
        Assert.Equal(2, r.Iterations);
        Assert.Equal(1.1, s.Wx[0], 12);
        Assert.Equal(1.1, r.MaxNorm, 12);
        Assert.False(r.GcAtStart);
        Assert.Equal(-1, r.GcEntry);
        var stuck = grid.Run(new PolarGridGd.State([0.1], [0], [0], [0]), 1e-6, 3);
        Assert.False(stuck.Converged);
        Assert.Equal(3, stuck.Iterations);
    }

    /// <summary>
    /// w_j at angles 0, 2π/3, 4π/3 satisfy GC at t = 0 and keep their directions (only w_1 is active on the single point
    /// ω = (1, 0), r = 1, and moves along ω): GcEntry must stay 0, the first t at which GC holds.
    /// </summary>
    [Fact]
    public void Gc_entry_is_zero_when_gc_holds_at_the_start_and_stays_zero()
    {
        var gd = new PolarGridGd([1.0], [0.0]);
        var c = Math.Cos(2 * Math.PI / 3);
        var s = Math.Sin(2 * Math.PI / 3);
        var state = new PolarGridGd.State([0.1, c, c], [0, s, -s], [0, 0, 0], [0, 0, 0]);
        var run = gd.Run(state, 0.5, 10);
        Assert.True(run.GcAtStart);
        Assert.True(run.Converged);
        Assert.Equal(2, run.Iterations); // g = 0.1 → 0.6 → 1.1
        Assert.Equal(0, run.GcEntry);
    }

    /// <summary>
    /// Whole trajectories to zero loss: <see cref="PolarGridGd"/> (grouped by angle, no allocation) against the generic
    /// <see cref="ConferenceNet{T}"/> in double summing over the 880 points one at a time. Both take the same activation and
    /// loss patterns at every step, so they reach zero loss at the same iteration; the weights differ only by the order of
    /// summation. Between pattern changes a step adds the same vector to both, so the difference grows at most additively:
    /// per step ≤ η · 880 · ε · max‖x‖ · 2 ≈ 1e-13, over ≤ 2000 steps ≤ 2e-10; the tolerance 1e-9 sits above that.
    /// </summary>
    [Theory]
    [InlineData(3, false, 11UL)]
    [InlineData(3, true, 12UL)]
    [InlineData(5, false, 13UL)]
    public void BatchedAndPointwiseTrajectoriesAgree(int k, bool halfSpace, ulong seed)
    {
        var data = PaperData();
        var s = PolarGridGd.Initialise(k, halfSpace, seed);
        var net = s.ToNetwork();
        var maxDiff = 0.0;
        var pointwiseSteps = -1;
        var result = LyxExperiments.PaperGrid.Run(s, LyxExperiments.Eta, 5_000, (t, state, loss) =>
        {
            for (var j = 0; j < k; j++)
            {
                maxDiff = Math.Max(maxDiff, Math.Abs(state.Wx[j] - net.W[j][0]));
                maxDiff = Math.Max(maxDiff, Math.Abs(state.Wy[j] - net.W[j][1]));
                maxDiff = Math.Max(maxDiff, Math.Abs(state.Ux[j] - net.U[j][0]));
                maxDiff = Math.Max(maxDiff, Math.Abs(state.Uy[j] - net.U[j][1]));
            }
            var pointwiseLoss = net.MeanLoss(data);
            Assert.True(Math.Abs(pointwiseLoss - loss) <= 1e-9, $"t = {t}: loss {loss:R} batched vs {pointwiseLoss:R} point-wise");
            if (pointwiseLoss == 0 && pointwiseSteps < 0) pointwiseSteps = t;
            net = net.GdStep(data, LyxExperiments.Eta);
        });
        Assert.True(result.Converged, "the run should reach zero loss within 5000 steps");
        Assert.Equal(result.Iterations, pointwiseSteps);
        Assert.True(maxDiff <= 1e-9, $"weights drifted apart by {maxDiff:G3}");
    }

    /// <summary>The 880-point set of Section 6.1 as labelled points (label 1) for the point-wise network.</summary>
    private static List<(double[], double)> PaperData()
    {
        var (xs, ys) = LyxData.Paper880();
        return xs.Select((x, i) => (new[] { x, ys[i] }, 1.0)).ToList();
    }

    /// <summary>The invariant test above can fail: a descent with a different step size leaves the point-wise trajectory.</summary>
    [Fact]
    public void TrajectoryComparisonDetectsADifferentStep()
    {
        var data = PaperData();
        var s = PolarGridGd.Initialise(3, false, 11);
        var net = s.ToNetwork();
        for (var t = 0; t < 5; t++) net = net.GdStep(data, LyxExperiments.Eta * (1 + 1e-6));
        LyxExperiments.PaperGrid.Run(s, LyxExperiments.Eta, 5);
        Assert.True(Math.Abs(s.Wx[0] - net.W[0][0]) + Math.Abs(s.Wy[0] - net.W[0][1]) > 1e-9);
    }
}
