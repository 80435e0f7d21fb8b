using Verification.Cli.Reporting;
using Verification.Report;
using Xunit;

namespace Verification.Tests.Cli.Reporting;

/// <summary>The lyx-mnist figure (drawn by reproduce, not by the report) from a small snapshot of that experiment's shape.</summary>
public sealed class ExperimentPlotsTests
{
    [Fact]
    public void Lyx_mnist_draws_one_smoothed_curve_per_seed_and_the_paper_s_400()
    {
        var n = 120;
        var s = new Snapshot("lyx-mnist", "float32", 6).With("seed 7", "onset 40");
        s.Column("iteration", Enumerable.Range(1, n));
        s.Column("loss_7", Enumerable.Range(0, n).Select(t => 2.3 - 0.01 * t));
        s.Column("smoothed_7", Enumerable.Range(0, n).Select(t => 2.3 - 0.01 * t));
        var plots = ExperimentPlots.For(s).ToList();
        var plot = Assert.Single(plots);
        Assert.Equal(["seed 7", "iteration 400 (the paper)"], plot.Series.Select(p => p.Name));
        Assert.Contains("seed 7: onset 40", plot.Caption, StringComparison.Ordinal);
        var dir = Directory.CreateTempSubdirectory("lyx-mnist-plot-").FullName;
        try
        {
            PlotRenderer.SavePng(plot, dir);
            Assert.True(new FileInfo(Path.Combine(dir, "lyx-mnist-loss.png")).Length > 1000);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
