using Verification.Report;
using Xunit;

namespace Verification.Tests.Report;

public class GoldenStoreTests
{
    private static Snapshot Series(double scale) => new Snapshot("test-series", "double", 6)
        .With("seed", 1).Column("t", [0, 1, 2]).Column("y", [1.0 * scale, 2.0 * scale, 3.0 * scale]);

    [Fact]
    public void Within_tolerance_matches_beyond_it_reports_the_first_row_and_sizes()
    {
        var committed = SnapshotFile.Of(Series(1));
        Assert.True(GoldenStore.Compare(Series(1 + 1e-9), committed).Matches);
        var diff = GoldenStore.Compare(Series(1.01), committed);
        Assert.False(diff.Matches);
        var y = Assert.Single(diff.Columns);
        Assert.Equal("y", y.Column);
        Assert.Equal(0, y.FirstDifferingRow);
        Assert.Equal(0.03, y.MaxAbsolute, 9);
        Assert.Contains("max relative", diff.Summary());
    }

    [Fact]
    public void Exact_cells_must_match_exactly()
    {
        var a = new Snapshot("exact", "rational").Column("x", [new Verification.Arithmetic.Rational(1, 3)]);
        var b = new Snapshot("exact", "rational").Column("x", [new Verification.Arithmetic.Rational(1, 4)]);
        Assert.False(GoldenStore.Compare(b, SnapshotFile.Of(a)).Matches);
    }

    [Fact]
    public void Truncated_or_foreign_files_are_format_errors()
    {
        var text = Series(1).Render();
        Assert.Throws<FormatException>(() => SnapshotFile.Parse(text[..text.IndexOf("t\ty", StringComparison.Ordinal)], "f"));
        Assert.Throws<FormatException>(() => SnapshotFile.Parse("hello", "f"));
        Assert.Throws<FormatException>(() => SnapshotFile.Parse(text + "4\n", "f"));
    }

    [Fact]
    public void Header_changes_are_reported()
    {
        var diff = GoldenStore.Compare(Series(1).With("learning rate", 0.1), SnapshotFile.Of(Series(1)));
        Assert.Contains(diff.Problems, p => p.Contains("learning rate"));
    }
}
