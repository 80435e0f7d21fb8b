using System.Globalization;
using System.Text;
using Verification.Arithmetic;

namespace Verification.Report;

/// <summary>
/// A golden snapshot: a header (claim or experiment id, parameters, seed, arithmetic, precision) and named columns of
/// numbers. Exact values are written as p/q; doubles with <see cref="SignificantDigits"/> significant digits, and compared
/// with the relative tolerance <see cref="Tolerance"/> (so values within tolerance never cause a rewrite).
/// </summary>
public sealed class Snapshot
{
    public Snapshot(string id, string arithmetic, int significantDigits = 10, double? tolerance = null)
    {
        Id = id;
        Arithmetic = arithmetic;
        SignificantDigits = significantDigits;
        Tolerance = tolerance ?? Math.Pow(10, -(significantDigits - 2));
    }

    public string Id { get; }
    public string Arithmetic { get; }
    public int SignificantDigits { get; }
    public double Tolerance { get; }

    /// <summary>Header lines in order: parameters, seed, anything a reviewer needs to read the numbers.</summary>
    public List<KeyValuePair<string, string>> Header { get; } = [];

    /// <summary>Columns in order; all have the same length.</summary>
    public List<(string Name, string[] Cells)> Columns { get; } = [];

    /// <summary>The columns written in double precision, compared with the tolerance; all others are exact.</summary>
    public HashSet<string> DoubleColumns { get; } = [];

    /// <summary>The same snapshot under another id (an experiment's reduced variant gets its own golden file).</summary>
    public Snapshot As(string id)
    {
        var copy = new Snapshot(id, Arithmetic, SignificantDigits, Tolerance);
        copy.Header.AddRange(Header);
        copy.Columns.AddRange(Columns);
        copy.DoubleColumns.UnionWith(DoubleColumns);
        return copy;
    }

    public Snapshot With(string key, object value)
    {
        Header.Add(new(key, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
        return this;
    }

    public Snapshot Column(string name, IEnumerable<double> values)
    {
        Columns.Add((name, values.Select(FormatDouble).ToArray()));
        DoubleColumns.Add(name);
        return this;
    }

    public Snapshot Column(string name, IEnumerable<Rational> values)
    {
        Columns.Add((name, values.Select(v => v.ToString()).ToArray()));
        return this;
    }

    public Snapshot Column(string name, IEnumerable<int> values)
    {
        Columns.Add((name, values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray()));
        return this;
    }

    public Snapshot Column(string name, IEnumerable<string> values)
    {
        Columns.Add((name, values.ToArray()));
        return this;
    }

    public string FormatDouble(double x) =>
        double.IsFinite(x) ? x.ToString("G" + SignificantDigits, CultureInfo.InvariantCulture) : x.ToString(CultureInfo.InvariantCulture);

    /// <summary>The file text: '#'-prefixed header lines, then a tab-separated table with a header row.</summary>
    public string Render()
    {
        var n = Columns.Count == 0 ? 0 : Columns[0].Cells.Length;
        if (Columns.Any(c => c.Cells.Length != n)) throw new InvalidOperationException($"Snapshot {Id}: columns of different lengths.");
        var sb = new StringBuilder();
        sb.Append("# id: ").Append(Id).Append('\n');
        sb.Append("# arithmetic: ").Append(Arithmetic).Append('\n');
        sb.Append("# precision: ").Append(SignificantDigits).Append(" significant digits; relative tolerance ")
          .Append(Tolerance.ToString("G3", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("# rows: ").Append(n).Append('\n');
        if (DoubleColumns.Count > 0)
            sb.Append("# double columns: ").Append(string.Join(", ", Columns.Select(c => c.Name).Where(DoubleColumns.Contains))).Append('\n');
        foreach (var (k, v) in Header) sb.Append("# ").Append(k).Append(": ").Append(v).Append('\n');
        sb.Append(string.Join('\t', Columns.Select(c => c.Name))).Append('\n');
        for (var i = 0; i < n; i++) sb.Append(string.Join('\t', Columns.Select(c => c.Cells[i]))).Append('\n');
        return sb.ToString();
    }
}
