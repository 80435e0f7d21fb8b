using Verification.Experiments;
using Xunit;

namespace Verification.Tests.Experiments;

/// <summary>Every golden experiment of the catalogue reproduces its committed snapshot, and every snapshot has its experiment.</summary>
public class ExperimentCatalogTests
{
    public static TheoryData<string> GoldenIds() => new(ExperimentCatalog.All.Where(e => e.Golden).Select(e => e.Id));

    [Theory]
    [MemberData(nameof(GoldenIds))]
    public void Snapshot_matches_the_committed_file(string id)
    {
        var e = ExperimentCatalog.Find(id)!;
        Golden.Assert(ExperimentCatalog.Produce(e, e.DefaultSeed));
    }

    [Fact]
    public void Every_committed_snapshot_is_produced_by_an_experiment()
    {
        var stray = Golden.Store.CommittedIds().Where(id => ExperimentCatalog.Find(id) is not { Golden: true }).ToList();
        Assert.True(stray.Count == 0, "stray snapshots that no test produces: " + string.Join(", ", stray));
    }
}
