using ScottPlot;

namespace Verification.Cli.Reporting;

/// <summary>Renders plots to PNG headless with ScottPlot (SkiaSharp's self-contained Linux assets, no X server).</summary>
public static class PlotRenderer
{
    public static void SavePng(PlotSpec spec, string folder, int width = 720, int height = 460)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var i = 0;
        foreach (var s in spec.Series)
        {
            var (xs, ys) = Transform(s.X, s.Y, spec);
            if (xs.Length == 0) continue;
            var color = s.Color is { } hex ? Color.FromHex(hex) : palette.GetColor(i);
            i++;
            switch (s.Style)
            {
                case SeriesStyle.Polygon:
                    var poly = plot.Add.Polygon(xs, ys);
                    poly.FillColor = color.WithAlpha(0.18);
                    poly.LineColor = color.WithAlpha(0.5);
                    poly.LegendText = s.Name;
                    break;
                case SeriesStyle.Segments:
                    for (var k = 0; k + 1 < xs.Length; k += 2)
                    {
                        var seg = plot.Add.Line(xs[k], ys[k], xs[k + 1], ys[k + 1]);
                        seg.Color = color;
                        seg.LineWidth = 1.5f;
                        if (k == 0) seg.LegendText = s.Name;
                    }
                    break;
                case SeriesStyle.Bars:
                    var bars = plot.Add.Bars(xs, ys);
                    bars.Color = color;
                    bars.LegendText = s.Name;
                    break;
                case SeriesStyle.Points:
                    var pts = plot.Add.ScatterPoints(xs, ys);
                    pts.Color = color;
                    pts.MarkerSize = 5;
                    pts.LegendText = s.Name;
                    if (s.ErrorBars is { } e && e.Length == xs.Length)
                    {
                        var eb = plot.Add.ErrorBar(xs, ys, e);
                        eb.Color = color;
                    }
                    break;
                default:
                    var line = plot.Add.ScatterLine(xs, ys);
                    line.Color = color;
                    line.LineWidth = 2;
                    line.LegendText = s.Name;
                    if (s.Style == SeriesStyle.Dashed) line.LinePattern = LinePattern.Dashed;
                    break;
            }
        }
        plot.Title(spec.Title);
        plot.XLabel(spec.LogX ? spec.XLabel + " (log10)" : spec.XLabel);
        plot.YLabel(spec.LogY ? spec.YLabel + " (log10)" : spec.YLabel);
        if (spec.Series.Count > 1) plot.ShowLegend(Alignment.UpperRight);
        if (spec.Limits is [var x0, var x1, var y0, var y1]) plot.Axes.SetLimits(x0, x1, y0, y1);
        if (spec.Square) (width, height) = (Math.Max(width, height), Math.Max(width, height)); // with square limits: equal scales
        Directory.CreateDirectory(folder);
        plot.SavePng(Path.Combine(folder, spec.FileName), width, height);
    }

    /// <summary>Log axes are drawn as log10 of the values (ScottPlot 5 plots transformed data); non-finite points are dropped.</summary>
    private static (double[], double[]) Transform(double[] x, double[] y, PlotSpec spec)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var k = 0; k < Math.Min(x.Length, y.Length); k++)
        {
            var (a, b) = (spec.LogX ? Math.Log10(x[k]) : x[k], spec.LogY ? Math.Log10(y[k]) : y[k]);
            if (!double.IsFinite(a) || !double.IsFinite(b)) continue;
            xs.Add(a);
            ys.Add(b);
        }
        return (xs.ToArray(), ys.ToArray());
    }
}
