using Verification.Cli.Reporting;
using Verification.Report;
using Xunit;

namespace Verification.Tests.Cli.Reporting;

/// <summary>The MNIST reproductions' cache that the report reads: what is saved comes back; nothing or junk gives nothing.</summary>
public class MnistRunCacheTests
{
    [Fact]
    public void A_saved_reproduction_comes_back_for_the_report_with_its_claim_header_and_columns()
    {
        var dir = Directory.CreateTempSubdirectory("mnist-runs-").FullName;
        try
        {
            Assert.Empty(MnistRunCache.Load(dir));
            var s = new Snapshot("sbg-mnist", "double").With("pairs", "(0, 1), (3, 5)").Column("epoch", [1, 2]).Column("frac_outside", [0.5, 0.0]);
            MnistRunCache.Save(s, dir);
            File.WriteAllText(Path.Combine(dir, "lyx-mnist.snapshot"), "# id: lyx-mnist\ntruncated");
            var (id, claim, _, back) = Assert.Single(MnistRunCache.Load(dir));
            Assert.Equal(("sbg-mnist", "SBG.MNIST"), (id, claim));
            Assert.Equal(new KeyValuePair<string, string>("pairs", "(0, 1), (3, 5)"), Assert.Single(back.Header));
            Assert.Equal(["epoch", "frac_outside"], back.Columns.Select(c => c.Name));
            Assert.Equal(s.Columns[1].Cells, back.Columns[1].Cells);
            Assert.True(MnistRunCache.Handles("lyx-mnist") && !MnistRunCache.Handles("sbg-fig2-small"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
