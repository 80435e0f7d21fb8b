using Verification.Cli.Reporting;
using Verification.Data.Mnist;
using Verification.Experiments.Sbg;
using Verification.Tests.Data.Mnist;
using Xunit;

namespace Verification.Tests.Cli;

/// <summary>The files of <c>reproduce sbg-mnist --out</c> and <c>sweep sbg-mnist</c>, on the committed fixture with a tiny horizon.</summary>
[Trait("Paper", "SBG")]
public class MnistPlotsTests
{
    private static MnistImages Fixture()
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
    }

    [Fact]
    public void Reproduction_writes_a_csv_and_three_plots_per_pair_and_the_sweep_three_plots_per_pair_and_input()
    {
        var images = Fixture();
        var spec = MnistSpec.Claim with { K = 2, Epochs = 2, PerDigit = 0 };
        var dir = Directory.CreateTempSubdirectory("sbg-mnist-").FullName;
        try
        {
            var written = MnistPlots.WriteReproduction(MnistFigures.Reproduce(images, spec, 3), dir);
            Assert.Equal(MnistPairs.AllPairs.Count * 4, written.Count);
            Assert.All(written, f => Assert.True(new FileInfo(f).Length > 0, f));
            var csv = File.ReadAllLines(Path.Combine(dir, "sbg-mnist-p35.csv"));
            Assert.StartsWith("epoch,p35_small_frac_outside", csv[0], StringComparison.Ordinal);
            Assert.Equal(spec.Epochs + 2, csv.Length);
            var settings = MnistFigures.SweepGrid(2, 0).Where(s => s.Positive == 0 && s.Spec.K == 10).Take(3).ToList();
            Assert.Equal(3, MnistPlots.WriteSweep(MnistFigures.Sweep(images, settings, 1, 3), dir).Count);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
