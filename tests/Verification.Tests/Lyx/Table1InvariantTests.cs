using Xunit;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Models.Lyx;

namespace Verification.Tests.Lyx;

/// <summary>
/// The invariants that make the fast Table 1 possible (issue 7), checked without timing anything: the batched polar-grid
/// descent follows the point-wise model step for step, and running a cell's runs in parallel gives exactly the numbers of
/// running them one at a time.
/// </summary>
public class Table1InvariantTests
{
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

    /// <summary>A cell's runs on all cores (<see cref="LyxExperiments.Cell"/>) equal the same runs one after another.</summary>
    [Fact]
    public void ParallelCellEqualsSequentialRuns()
    {
        const ulong seed = 20211;
        const int cell = 3, k = 4, runs = 12;
        var parallel = LyxExperiments.Cell(seed, cell, k, halfSpace: false, runs);
        for (var r = 0; r < runs; r++)
        {
            var s = PolarGridGd.Initialise(k, false, SplitMix64.Derive(seed, cell, r));
            var sequential = LyxExperiments.PaperGrid.Run(s, LyxExperiments.Eta, LyxExperiments.MaxIterations);
            Assert.Equal(sequential, parallel[r]); // bitwise: the same run must not depend on scheduling
        }
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
