using Verification.Arithmetic;
using Verification.Data.Mnist;
using Verification.Experiments.Sbg;
using Verification.Models.Sbg;
using Verification.Tests.Data.Mnist;
using Xunit;

namespace Verification.Tests.Experiments.Sbg;

/// <summary>The MNIST experiment of Figs. 2 and 6 on the committed fixture (three digits per class): pairs, measures, the reproduction.</summary>
[Trait("Paper", "SBG")]
public class MnistPairsTests
{
    private static readonly Lazy<MnistImages> Fixture = new(() =>
    {
        var root = MnistFixture.TempCache();
        try
        {
            return MnistLoader.LoadCached(MnistFixture.Cache(root, MnistFixture.FixturePack())).All;
        }
        finally
        {
            Directory.Delete(root, true);
        }
    });

    private static readonly MnistSpec Tiny = MnistSpec.Claim with { K = 3, Epochs = 4, PerDigit = 0 };

    [Fact]
    public void A_pair_takes_both_digits_labels_the_first_positive_and_splits_by_the_train_fraction()
    {
        var p = MnistPairs.Pair(Fixture.Value, 3, 8, Tiny, 7);
        Assert.Equal(2 * MnistFixture.PerClass, p.TrainCount + p.TestCount);
        Assert.Equal((int)Math.Round(0.8 * 2 * MnistFixture.PerClass), p.TrainCount);
        Assert.Equal(MnistFixture.PerClass, p.TrainLabels.Concat(p.TestLabels).Count(l => l == 1));
        Assert.All(p.Train.Concat(p.Test), v => Assert.InRange(v, 0, 1));
        Assert.Equal(p.Train, MnistPairs.Pair(Fixture.Value, 3, 8, Tiny, 7).Train);
        Assert.Throws<ArgumentException>(() => MnistPairs.Pair(Fixture.Value, 3, 3, Tiny, 7));
    }

    [Fact]
    public void Centred_inputs_have_a_zero_mean_training_image()
    {
        var p = MnistPairs.Pair(Fixture.Value, 0, 1, Tiny with { Centred = true }, 7);
        for (var c = 0; c < p.D; c++) Assert.Equal(0, Enumerable.Range(0, p.TrainCount).Sum(i => p.Train[i * p.D + c]), 1e-5);
    }

    [Fact]
    public void The_measures_agree_with_the_generic_network_and_Measures()
    {
        var p = MnistPairs.Pair(Fixture.Value, 0, 1, Tiny, 7);
        var t = MnistPairs.Start(p, Tiny, 0.05, 11);
        t.Epoch(new Random(3));
        var m = MnistPairs.Measure(t, p, 1);
        var net = new LeakyReluNetwork<double>(
            Enumerable.Range(0, t.K).Select(j => t.Row(j).ToArray()).ToList(), Enumerable.Range(0, t.K).Select(j => t.Row(t.K + j).ToArray()).ToList(), 1, 0.1);
        var points = Enumerable.Range(0, p.TrainCount).Select(i => p.Train[(i * p.D)..((i + 1) * p.D)])
            .Concat(Enumerable.Range(0, p.TestCount).Select(i => p.Test[(i * p.D)..((i + 1) * p.D)])).ToList();
        Assert.Equal(Measures.Radius(net), m.R, 1e-12);
        Assert.Equal(Measures.CentreDistance(net), m.WuNorm, 1e-12);
        Assert.Equal(Measures.FractionOutsideLinearRegion(net, points), m.FracOutside);
        var a = Vec.Sub(net.WBar, net.UBar);
        var agree = points.Count(x => Math.Sign(net.Output(x)) == Math.Sign(Vec.Dot<double>(a, x))) / (double)points.Count;
        Assert.Equal(agree, m.LinearAgreement);
        var cos = points.Select(x => Math.Abs(Vec.Dot<double>(a, x)) / Math.Sqrt(Vec.NormSquared<double>(a) * Vec.NormSquared<double>(x))).Order().ToList();
        Assert.Equal(cos[0], m.CosMin, 1e-12);
        Assert.Equal(cos[points.Count / 2], m.CosMedian, 1e-12);
        Assert.True(double.IsNaN(MnistPairs.Measure(t, p, 1, network: false).Loss));
    }

    [Fact]
    public void A_perfectly_clustered_network_has_no_point_outside_and_a_spread_one_has_some()
    {
        var p = MnistPairs.Pair(Fixture.Value, 0, 1, Tiny, 7);
        var t = MnistPairs.Start(p, Tiny, 1e-3, 1);
        Array.Clear(t.Weights);
        for (var j = 0; j < t.K; j++) { t.Weights[j * t.D] = 1; t.Weights[(t.K + j) * t.D + 400] = 1; }
        var clustered = MnistPairs.Measure(t, p, 0);
        Assert.Equal(0, clustered.R);
        Assert.Equal(0, clustered.FracOutside);
        t.Weights[3] = 1e6; // one w-neuron far from its mean: r is huge, every point is outside (wrong-variant check of the measure)
        Assert.Equal(1, MnistPairs.Measure(t, p, 0).FracOutside);
    }

    [Fact]
    public void The_reproduction_has_every_pair_at_both_scales_and_the_log_schedule_thins_long_runs()
    {
        var s = MnistFigures.Reproduce(Fixture.Value, Tiny, 5);
        Assert.Equal(Tiny.Epochs + 1, s.Columns[0].Cells.Length);
        foreach (var (a, b) in MnistPairs.AllPairs)
            foreach (var scale in new[] { "small", "large" })
                Assert.Contains(s.Columns, c => c.Name == $"p{a}{b}_{scale}_frac_outside");
        Assert.Equal(10, MnistPairs.AllPairs.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct().Count());
        var log = MnistPairs.LogSpaced();
        Assert.InRange(Enumerable.Range(1, 3000).Count(log), 100, 140);
        Assert.True(Enumerable.Range(1, 20).All(log));
    }

    [Fact]
    public void The_sweep_grid_states_both_scales_both_inputs_and_both_widths()
    {
        var grid = MnistFigures.SweepGrid(10, 100);
        Assert.Contains(grid, s => s.Scale == "large" && s.Spec.Std == MnistSpec.LargeStd);
        Assert.Contains(grid, s => s.Spec.Centred);
        Assert.Contains(grid, s => s.Spec.K == 50);
        Assert.Equal(grid.Count, grid.Select(s => s.Id).Distinct().Count());
        var runs = MnistFigures.Sweep(Fixture.Value, grid.Take(2).ToList(), 1, 5);
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(10, r.Series[^1].Epoch));
    }
}
