using System.Globalization;
using System.Text;

namespace Verification.Report;

/// <summary>A committed snapshot file read back: header lines and a table of cells.</summary>
public sealed record SnapshotFile(IReadOnlyList<string> HeaderLines, IReadOnlyList<string> ColumnNames, IReadOnlyList<string[]> Rows)
{
    /// <summary>Parses the format of <see cref="Snapshot.Render"/>; a truncated, ragged or non-numeric file is a <see cref="FormatException"/>.</summary>
    public static SnapshotFile Parse(string text, string name)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        var header = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        var body = lines.Skip(header.Count).Where(l => l.Length > 0).ToList();
        if (header.Count == 0 || !header[0].StartsWith("# id: ", StringComparison.Ordinal))
            throw new FormatException($"golden file '{name}' has no '# id:' header line: not a snapshot, or truncated");
        if (body.Count == 0) throw new FormatException($"golden file '{name}' has no table: truncated");
        var cols = body[0].Split('\t');
        var rows = body.Skip(1).Select(l => l.Split('\t')).ToList();
        var declared = header.FirstOrDefault(l => l.StartsWith("# rows: ", StringComparison.Ordinal));
        if (declared is null || !int.TryParse(declared["# rows: ".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            throw new FormatException($"golden file '{name}' has no '# rows:' header line: not a snapshot, or corrupted");
        if (rows.Count != count) throw new FormatException($"golden file '{name}' has {rows.Count} rows but declares {count}: truncated");
        var bad = rows.FindIndex(r => r.Length != cols.Length);
        if (bad >= 0)
            throw new FormatException($"golden file '{name}' row {bad + 1} has {rows[bad].Length} cells, expected {cols.Length}: truncated or corrupted");
        var doubles = header.FirstOrDefault(l => l.StartsWith("# double columns: ", StringComparison.Ordinal))?["# double columns: ".Length..].Split(", ")
            ?? [];
        foreach (var col in doubles)
        {
            var j = Array.IndexOf(cols, col);
            if (j < 0) throw new FormatException($"golden file '{name}' declares a double column '{col}' that it does not have");
            var i = rows.FindIndex(r => !double.TryParse(r[j], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            if (i >= 0) throw new FormatException($"golden file '{name}' row {i + 1}, column {col}: '{rows[i][j]}' is not a number");
        }
        return new SnapshotFile(header, cols, rows);
    }

    public static SnapshotFile Of(Snapshot s) => Parse(s.Render(), s.Id);
}

/// <summary>How one numeric column differs between the committed file and the current output.</summary>
public sealed record ColumnDiff(string Column, int FirstDifferingRow, double MaxAbsolute, double MaxRelative, bool WithinTolerance, int DifferingCells);

/// <summary>The comparison of a snapshot with its committed file.</summary>
public sealed record GoldenDiff(string Id, bool Missing, bool Matches, IReadOnlyList<string> Problems, IReadOnlyList<ColumnDiff> Columns)
{
    public string Summary()
    {
        if (Missing) return $"{Id}: no committed snapshot";
        if (Matches) return $"{Id}: matches";
        var sb = new StringBuilder($"{Id}: differs");
        foreach (var p in Problems) sb.Append("\n  ").Append(p);
        foreach (var c in Columns.Where(c => !c.WithinTolerance))
            sb.Append(CultureInfo.InvariantCulture, $"\n  column {c.Column}: {c.DifferingCells} cells differ, first at row {c.FirstDifferingRow + 1}, " +
                $"max |Δ| = {c.MaxAbsolute:G4}, max relative {c.MaxRelative:G4}");
        return sb.ToString();
    }
}

/// <summary>
/// The golden folder. Files live where Snapshooter keeps them (golden/__snapshots__/ID.snap, mismatches in __mismatch__).
/// The numeric comparison is ours because Snapshooter compares text exactly: doubles are compared with the snapshot's
/// relative tolerance (a file within tolerance is never rewritten), exact values (integers, p/q, text) must be identical.
/// </summary>
public sealed class GoldenStore(string root)
{
    public string Root { get; } = root;
    public string SnapshotFolder => Path.Combine(Root, "__snapshots__");
    public string MismatchFolder => Path.Combine(SnapshotFolder, "__mismatch__");

    public string PathOf(string id) => Path.Combine(SnapshotFolder, id + ".snap");
    public string MismatchPathOf(string id) => Path.Combine(MismatchFolder, id + ".snap");

    /// <summary>The golden folder of the repository containing <paramref name="start"/> (the folder holding Verification.sln).</summary>
    public static GoldenStore FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Verification.sln"))) return new GoldenStore(Path.Combine(dir.FullName, "golden"));
        throw new DirectoryNotFoundException($"no Verification.sln above '{start}': cannot find the golden folder (use --golden DIR)");
    }

    public IEnumerable<string> CommittedIds() =>
        Directory.Exists(SnapshotFolder) ? Directory.GetFiles(SnapshotFolder, "*.snap").Select(f => Path.GetFileNameWithoutExtension(f)!).Order() : [];

    public GoldenDiff Compare(Snapshot current)
    {
        var path = PathOf(current.Id);
        if (!File.Exists(path)) return new GoldenDiff(current.Id, true, false, ["no committed snapshot at " + path], []);
        return Compare(current, SnapshotFile.Parse(File.ReadAllText(path), path));
    }

    public static GoldenDiff Compare(Snapshot current, SnapshotFile committed)
    {
        var now = SnapshotFile.Of(current);
        var problems = new List<string>();
        var headerNow = now.HeaderLines.Where(l => !l.StartsWith("# precision", StringComparison.Ordinal)).ToList();
        var headerThen = committed.HeaderLines.Where(l => !l.StartsWith("# precision", StringComparison.Ordinal)).ToList();
        foreach (var l in headerThen.Except(headerNow)) problems.Add("header removed: " + l);
        foreach (var l in headerNow.Except(headerThen)) problems.Add("header added: " + l);
        if (!now.ColumnNames.SequenceEqual(committed.ColumnNames))
            problems.Add($"columns changed: [{string.Join(", ", committed.ColumnNames)}] -> [{string.Join(", ", now.ColumnNames)}]");
        if (now.Rows.Count != committed.Rows.Count) problems.Add($"rows: {committed.Rows.Count} committed, {now.Rows.Count} now");
        var columns = new List<ColumnDiff>();
        if (now.ColumnNames.SequenceEqual(committed.ColumnNames))
        {
            var n = Math.Min(now.Rows.Count, committed.Rows.Count);
            for (var j = 0; j < now.ColumnNames.Count; j++)
            {
                int first = -1, count = 0;
                double maxAbs = 0, maxRel = 0;
                var within = true;
                for (var i = 0; i < n; i++)
                {
                    var (a, b) = (committed.Rows[i][j], now.Rows[i][j]);
                    if (a == b) continue;
                    var numeric = current.DoubleColumns.Contains(now.ColumnNames[j]) && IsDouble(a) && IsDouble(b);
                    double abs = double.PositiveInfinity, rel = double.PositiveInfinity;
                    if (numeric)
                    {
                        var (x, y) = (double.Parse(a, CultureInfo.InvariantCulture), double.Parse(b, CultureInfo.InvariantCulture));
                        abs = Math.Abs(x - y);
                        rel = abs / Math.Max(Math.Max(Math.Abs(x), Math.Abs(y)), double.Epsilon);
                        if (rel <= current.Tolerance || abs <= current.Tolerance * 1e-3) continue; // within the stated precision
                    }
                    within = false;
                    count++;
                    if (first < 0) first = i;
                    maxAbs = Math.Max(maxAbs, abs);
                    maxRel = Math.Max(maxRel, rel);
                }
                if (count > 0) columns.Add(new ColumnDiff(now.ColumnNames[j], first, maxAbs, maxRel, within, count));
            }
        }
        var matches = problems.Count == 0 && columns.Count == 0;
        return new GoldenDiff(current.Id, false, matches, problems, columns);
    }

    private static bool IsDouble(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>Writes the current output as the committed file (only <c>verification golden accept</c> calls this).</summary>
    public void Accept(Snapshot current)
    {
        Directory.CreateDirectory(SnapshotFolder);
        var path = PathOf(current.Id);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, current.Render());
        File.Move(tmp, path, overwrite: true);
        if (File.Exists(MismatchPathOf(current.Id))) File.Delete(MismatchPathOf(current.Id));
    }

    /// <summary>Writes the current output beside the committed one for review (never over it).</summary>
    public void WriteMismatch(Snapshot current)
    {
        Directory.CreateDirectory(MismatchFolder);
        File.WriteAllText(MismatchPathOf(current.Id), current.Render());
    }
}
