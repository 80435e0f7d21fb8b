using System.Globalization;
using Verification.Experiments.Lsz;
using Xunit;

namespace Verification.Tests.Lsz;

/// <summary>
/// The LSZ snapshots against golden/__snapshots__/ID.snap, numerically within the snapshot's tolerance. Written before the
/// lead's catalog covered LSZ; once LszExperiments.All is in ExperimentCatalog the generic GoldenTests cover the same.
/// </summary>
public class LszGoldenTests
{
    public static TheoryData<string> Ids => new(LszExperiments.All.Select(e => e.Id));

    [Theory]
    [Trait("Paper", "LSZ")]
    [MemberData(nameof(Ids))]
    public void SnapshotMatchesGolden(string id)
    {
        var e = LszExperiments.All.Single(x => x.Id == id);
        var snap = e.Produce(Verification.Harness.Budgets.DefaultSeed);
        var dir = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(dir, "golden"))) dir = Path.GetDirectoryName(dir) ?? throw new DirectoryNotFoundException("golden/");
        var expected = File.ReadAllLines(Path.Combine(dir, "golden", "__snapshots__", id + ".snap"));
        var actual = snap.Render().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] == actual[i]) continue;
            var a = expected[i].Split('\t');
            var b = actual[i].Split('\t');
            Assert.True(a.Length == b.Length && !expected[i].StartsWith('#') , $"{id} line {i + 1}: '{expected[i]}' vs '{actual[i]}'");
            for (var k = 0; k < a.Length; k++)
            {
                if (a[k] == b[k]) continue;
                var x = double.Parse(a[k], CultureInfo.InvariantCulture);
                var y = double.Parse(b[k], CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(x - y) <= snap.Tolerance * Math.Max(1e-3, Math.Max(Math.Abs(x), Math.Abs(y))), $"{id} line {i + 1} column {k + 1}: {x} vs {y}");
            }
        }
    }
}
