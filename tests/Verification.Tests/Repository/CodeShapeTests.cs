using Verification.Report;
using Xunit;

namespace Verification.Tests.Repository;

/// <summary>
/// The shape a new maintainer can live in, kept by a test so later work keeps it: no source file of the reference
/// implementation or the claims over 600 lines (split a type into <c>Type.Concern.cs</c> partials), no line of source or
/// tests over 160 characters.
/// </summary>
public sealed class CodeShapeTests
{
    private const int MaxFileLines = 600;
    private const int MaxLineLength = 160;

    private static readonly string RepoRoot = Directory.GetParent(Golden.Store.Root)!.FullName;

    private static IEnumerable<string> Sources(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    [Theory]
    [InlineData("src")]
    [InlineData("spec")]
    public void No_source_file_is_longer_than_600_lines(string folder)
    {
        var files = Sources(folder).ToList();
        Assert.NotEmpty(files);
        var tooLong = files.Select(f => (File: Path.GetRelativePath(RepoRoot, f), Lines: File.ReadAllLines(f).Length))
            .Where(x => x.Lines > MaxFileLines).ToList();
        Assert.True(tooLong.Count == 0, "Files over 600 lines: " + string.Join(", ", tooLong.Select(x => $"{x.File} ({x.Lines})")));
    }

    [Theory]
    [InlineData("src")]
    [InlineData("spec")]
    [InlineData("tests")]
    public void No_line_is_longer_than_160_characters(string folder)
    {
        var files = Sources(folder).ToList();
        Assert.NotEmpty(files);
        var tooLong = files.SelectMany(f => File.ReadAllLines(f).Select((l, i) => (File: Path.GetRelativePath(RepoRoot, f), Line: i + 1, l.Length)))
            .Where(x => x.Length > MaxLineLength).ToList();
        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} lines over 160 characters, first: " + string.Join(", ", tooLong.Take(10).Select(x => $"{x.File}:{x.Line} ({x.Length})")));
    }
}
