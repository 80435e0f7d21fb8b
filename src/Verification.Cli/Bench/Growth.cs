using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Verification.Harness;

namespace Verification.Cli.Bench;

/// <summary>How the cost grows with the work (issue 7): Table 1 against runs and against 2k; exact GD per step against the step index.</summary>
public static class Growth
{
    public sealed record Point(string Series, double X, double Seconds, string? Note = null);

    public static List<Point> Measure()
    {
        var points = new List<Point>();
        Experiments.Lyx.LyxExperiments.Cell(Budgets.DefaultSeed, 0, 3, false, 2); // warm-up
        foreach (var runs in new[] { 10, 25, 50, 100 })
        {
            var sw = Stopwatch.StartNew();
            for (var cell = 0; cell < 10; cell++) Experiments.Lyx.LyxExperiments.Cell(Budgets.DefaultSeed, cell, 3 + cell, false, runs);
            points.Add(new("lyx-table1: random-init half of the table, time against runs per cell", runs, sw.Elapsed.TotalSeconds));
        }
        for (var cell = 0; cell < 10; cell++)
        {
            var k = 3 + cell;
            var sw = Stopwatch.StartNew();
            var results = Experiments.Lyx.LyxExperiments.Cell(Budgets.DefaultSeed, cell, k, false, 100);
            points.Add(new("lyx-table1: one cell (100 random-init runs), time against 2k", 2 * k, sw.Elapsed.TotalSeconds,
                $"mean iterations {results.Average(r => r.Iterations).ToString("F1", CultureInfo.InvariantCulture)}"));
        }
        var (w, u) = Data.Lyx.Rational880.Initialise(3, Budgets.DefaultSeed);
        var gd = Dynamics.Lyx.CommonDenominatorGd.Create(Data.Lyx.Rational880.Points(), w, u, Arithmetic.Rational.Zero, new Arithmetic.Rational(1, 10),
            100_000);
        var block = 25;
        for (var t = 0; t < 100_000; t += block)
        {
            var sw = Stopwatch.StartNew();
            var done = false;
            for (var i = 0; i < block && !done; i++) done = gd.Step() == 0;
            var (ww, uu) = gd.Weights();
            var numeratorBits = ww.Concat(uu).SelectMany(v => v).Max(r => BigInteger.Abs(r.Numerator).GetBitLength());
            points.Add(new("lyx-exact-gd: seconds per step against the step index", t, sw.Elapsed.TotalSeconds / block,
                $"common denominator {gd.Denominator.GetBitLength()} bits (fixed), largest reduced numerator {numeratorBits} bits"));
            if (done) break;
        }
        return points;
    }

    public static string Render(IEnumerable<Point> points)
    {
        var ic = CultureInfo.InvariantCulture;
        return string.Join("\n", points.GroupBy(p => p.Series).Select(g =>
            g.Key + "\n" + Output.Table(["x", "seconds", "note"],
                g.Select(p => (IReadOnlyList<string>)[p.X.ToString(ic), p.Seconds.ToString("G4", ic), p.Note ?? ""]))));
    }
}
