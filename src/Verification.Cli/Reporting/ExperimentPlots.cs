using System.Globalization;
using Verification.Report;

namespace Verification.Cli.Reporting;

/// <summary>
/// Figures for the experiments: specific ones where a paper's figure has a known shape, otherwise every double column
/// against the first column (the time, epoch or iteration axis of a series).
/// </summary>
public static class ExperimentPlots
{
    private static readonly Dictionary<string, Func<Snapshot, IEnumerable<PlotSpec>>> Specific = new()
    {
        ["sbg-fig4-fig5"] = SignMaps,
    };

    /// <summary>Register a specific plotter (the paper files' experiments add theirs here).</summary>
    public static void Register(string experimentId, Func<Snapshot, IEnumerable<PlotSpec>> plotter) => Specific[experimentId] = plotter;

    public static IEnumerable<PlotSpec> For(Snapshot s) => Specific.TryGetValue(s.Id, out var f) ? f(s) : Default(s);

    public static double[] Numbers(Snapshot s, string column) =>
        s.Columns.First(c => c.Name == column).Cells.Select(ParseNumber).ToArray();

    /// <summary>A cell as a double: decimals, integers and exact p/q literals.</summary>
    public static double ParseNumber(string cell)
    {
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return Arithmetic.Rational.TryParse(cell, null, out var r) ? r.ToDouble() : double.NaN;
    }

    private static IEnumerable<PlotSpec> Default(Snapshot s)
    {
        if (s.Columns.Count < 2) yield break;
        var x = Numbers(s, s.Columns[0].Name);
        if (x.Any(double.IsNaN)) yield break;
        foreach (var col in s.Columns.Skip(1).Where(c => s.DoubleColumns.Contains(c.Name)))
        {
            var y = Numbers(s, col.Name);
            var positive = y.All(v => v > 0) && y.Max() / Math.Max(y.Min(), double.Epsilon) > 1e3;
            yield return new PlotSpec($"{s.Id}-{Slug(col.Name)}.png", $"{s.Id}: {col.Name}", s.Columns[0].Name, col.Name,
                [new PlotSeries(col.Name, x, y)], LogY: positive);
        }
    }

    private static IEnumerable<PlotSpec> SignMaps(Snapshot s)
    {
        var x1 = Numbers(s, "x1");
        var x2 = Numbers(s, "x2");
        foreach (var (col, title) in new[] { ("sign_leaky", "Fig. 4a: Leaky ReLU (α = 1/10), w = (1, 0), u = (0, 1)"), ("sign_relu", "Fig. 4b: ReLU, w = (1, 0), u = (0, 1)") })
        {
            var sign = Numbers(s, col);
            PlotSeries Class(string name, int value) => new(name,
                x1.Where((_, i) => sign[i] == value).ToArray(), x2.Where((_, i) => sign[i] == value).ToArray(), SeriesStyle.Points);
            yield return new PlotSpec($"{s.Id}-{col}.png", title, "x₁", "x₂",
                [Class("N(x) > 0", 1), Class("N(x) < 0", -1), Class("N(x) = 0", 0)],
                Caption: "Exact sign of the network output on the rational grid of the golden snapshot.");
        }
        var leaky = Numbers(s, "N_leaky");
        var diag = Enumerable.Range(0, x1.Length).Where(i => x2[i] == -x1[i]).ToArray();
        yield return new PlotSpec($"{s.Id}-output.png", "Fig. 5b: network output along x₂ = −x₁ (Leaky ReLU)", "x₁", "N(x)",
            [new PlotSeries("N(x₁, −x₁)", diag.Select(i => x1[i]).ToArray(), diag.Select(i => leaky[i]).ToArray())],
            Caption: "The sign is that of x₁ − x₂, but the output is piecewise linear with a kink at 0: the boundary is linear, the function is not.");
    }

    public static string Slug(string s) => new(s.Select(ch => char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-').ToArray());
}
