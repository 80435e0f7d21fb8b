namespace Verification.Cli.Reporting;

/// <summary>How a series is drawn: a line, a dashed line, markers, bars, a filled translucent polygon, or line segments
/// between consecutive pairs of points (neuron directions, rays).</summary>
public enum SeriesStyle { Line, Dashed, Points, Bars, Polygon, Segments }

/// <summary>One series of a figure: name for the legend, the points, how to draw them, and optionally a fixed colour (#rrggbb).</summary>
public sealed record PlotSeries(
    string Name, double[] X, double[] Y, SeriesStyle Style = SeriesStyle.Line, double[]? ErrorBars = null, string? Color = null);

/// <summary>
/// A figure as a reader of the paper expects it: title, axis labels, legend, optionally logarithmic axes; a picture of the
/// plane has equal axis scales and fixed limits (<see cref="Limits"/>: x min, x max, y min, y max).
/// </summary>
public sealed record PlotSpec(
    string FileName, string Title, string XLabel, string YLabel, IReadOnlyList<PlotSeries> Series, bool LogY = false, bool LogX = false,
    string? Caption = null, double[]? Limits = null, bool Square = false);
