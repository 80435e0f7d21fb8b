namespace Verification.Cli.Reporting;

public enum SeriesStyle { Line, Dashed, Points, Bars }

/// <summary>One series of a figure: name for the legend, the points, and how to draw them.</summary>
public sealed record PlotSeries(string Name, double[] X, double[] Y, SeriesStyle Style = SeriesStyle.Line, double[]? ErrorBars = null);

/// <summary>A figure as a reader of the paper expects it: title, axis labels, legend, optionally logarithmic axes.</summary>
public sealed record PlotSpec(
    string FileName, string Title, string XLabel, string YLabel, IReadOnlyList<PlotSeries> Series, bool LogY = false, bool LogX = false,
    string? Caption = null);
