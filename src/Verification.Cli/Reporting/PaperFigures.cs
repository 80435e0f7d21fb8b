using System.Globalization;
using Verification.Experiments.Sbg;
using Verification.Report;

namespace Verification.Cli.Reporting;

/// <summary>
/// Figures drawn in the papers' own form, beside the time series: SBG Figs. 1 and 3 as the plane (data, learned boundary,
/// Theorem 5.1's linear region, normalised neurons), LYX's weight-dynamics figure with the Kelvin-transformed data and the
/// curve ρ(θ), LSZ Fig. 2 as a sign map. Each caption says what the paper shows and what we see.
/// </summary>
public static class PaperFigures
{
    private const string Positive = "#1f77b4", Negative = "#d62728", WColor = "#7f7f7f", UColor = "#e6b800", Region = "#2ca02c";
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>The paper-form figures of one paper (SBG, LYX or LSZ) from the experiments' snapshots.</summary>
    public static IEnumerable<PlotSpec> For(string paper, IReadOnlyDictionary<string, Snapshot> snapshots) => paper switch
    {
        "SBG" => Sbg(),
        "LYX" => snapshots.TryGetValue("lyx-fig-weightdynamics", out var wd) ? WeightDynamics(wd) : [],
        "LSZ" => snapshots.TryGetValue("lsz-fig2", out var f2) ? SignMap(f2) : [],
        _ => [],
    };

    private static IEnumerable<PlotSpec> Sbg()
    {
        var (small, large) = Planes.Fig1();
        yield return Plane("sbg-fig1-plane-small.png", "SBG Fig. 1(b, d): small initialisation (std 0.001)", small, null,
            "The paper (Fig. 1b, 1d): with small initialisation the boundary is linear and the neurons, normalised, form two tight " +
            $"clusters. Ours (reduced: 20 neurons, 30 points, seed 1): {Describe(small)}");
        yield return Plane("sbg-fig1-plane-large.png", "SBG Fig. 1(a, c): large initialisation (std 30)", large, null,
            "The paper (Fig. 1a, 1c): with large initialisation the boundary is not linear and the neurons do not cluster. " +
            $"Ours (same data and permutations): {Describe(large)}");
        var (view, w7, u7) = Planes.Fig3();
        yield return Plane("sbg-fig3-plane.png", "SBG Fig. 3: learned boundary and neurons vs the PAR prediction of (7)", view, (w7, u7),
            "The paper (Fig. 3): on two Gaussians with a margin excluded the network learns a linear boundary that agrees with the PAR " +
            "prediction of program (7) (green arrow), and the w-neurons (grey) and u-neurons (yellow) align with its directions. " +
            $"Ours (reduced: 20 neurons, 40 points, 3000 flow steps, seed 1): {Describe(view)}; the boundary normal w̄ − ū makes " +
            $"{Deg(Angle(Sub(view.WBar, view.UBar), Sub(w7, u7)))}° with w₇ − u₇.");
    }

    private static string Describe(PlaneView v) =>
        $"{v.TrainingErrors} of {v.X.Count} training points misclassified; {v.BoundaryAngles.Length} boundary rays; " +
        $"r/‖w̄ − ū‖ = {(v.R / Norm(Sub(v.WBar, v.UBar))).ToString("G3", Ic)}, so Theorem 5.1 " +
        (v.NonLinearHalfAngle >= Math.PI / 2 - 1e-12
            ? "guarantees nothing (2r ≥ ‖w̄ − ū‖)"
            : $"leaves a double cone of half-angle {Deg(v.NonLinearHalfAngle)}° (shaded) where the boundary may be non-linear") +
        $"; sign N ≠ sign((w̄ − ū)·x) on {(100 * v.NonLinearGridFraction).ToString("G3", Ic)}% of a 41 × 41 grid of [−1, 1]²";

    private static PlotSpec Plane(string file, string title, PlaneView v, (double[] W7, double[] U7)? par, string caption)
    {
        var lim = Math.Max(1.05, v.X.Max(x => Math.Max(Math.Abs(x[0]), Math.Abs(x[1]))) * 1.05);
        var series = new List<PlotSeries>();
        var normal = Math.Atan2(v.WBar[1] - v.UBar[1], v.WBar[0] - v.UBar[0]);
        var ext = 3 * lim;
        if (v.NonLinearHalfAngle >= Math.PI / 2 - 1e-12)
            series.Add(new PlotSeries("Thm 5.1: no guarantee anywhere (2r ≥ ‖w̄ − ū‖)", [-ext, ext, ext, -ext, -ext], [-ext, -ext, ext, ext, -ext],
                SeriesStyle.Polygon, Color: Region));
        else if (v.NonLinearHalfAngle > 0)
        {
            // The double cone around the line orthogonal to w̄ − ū, drawn as one polygon through the origin.
            var o = normal + Math.PI / 2;
            var h = Math.Min(v.NonLinearHalfAngle, Math.PI / 2 - 1e-6);
            double[] ang = [o - h, o + h, o + Math.PI - h, o + Math.PI + h];
            series.Add(new PlotSeries("Thm 5.1: boundary may be non-linear", [0, ext * Math.Cos(ang[0]), ext * Math.Cos(ang[1]), 0,
                ext * Math.Cos(ang[2]), ext * Math.Cos(ang[3]), 0], [0, ext * Math.Sin(ang[0]), ext * Math.Sin(ang[1]), 0,
                ext * Math.Sin(ang[2]), ext * Math.Sin(ang[3]), 0], SeriesStyle.Polygon, Color: Region));
        }
        PlotSeries Points(string name, int label, string color) => new(name,
            v.X.Where((_, i) => v.Y[i] == label).Select(x => x[0]).ToArray(), v.X.Where((_, i) => v.Y[i] == label).Select(x => x[1]).ToArray(),
            SeriesStyle.Points, Color: color);
        series.Add(Points("y = +1", 1, Positive));
        series.Add(Points("y = −1", -1, Negative));
        series.Add(Rays("learned boundary (N = 0)", v.BoundaryAngles, ext, "#000000"));
        series.Add(Neurons("w-neurons, normalised", v.W, WColor));
        series.Add(Neurons("u-neurons, normalised", v.U, UColor));
        if (par is { } p)
        {
            var n = Planes.Unit(Sub(p.W7, p.U7));
            series.Add(new PlotSeries("PAR prediction: w₇ − u₇", [0, n[0]], [0, n[1]], Color: Region));
            var b = Math.Atan2(n[1], n[0]) + Math.PI / 2;
            series.Add(new PlotSeries("PAR boundary", [-ext * Math.Cos(b), ext * Math.Cos(b)], [-ext * Math.Sin(b), ext * Math.Sin(b)],
                SeriesStyle.Dashed, Color: Region));
        }
        return new PlotSpec(file, title, "x₁", "x₂", series, Caption: caption, Limits: [-lim, lim, -lim, lim], Square: true);
    }

    private static PlotSeries Rays(string name, double[] angles, double length, string color)
    {
        var xs = angles.SelectMany(a => new[] { 0, length * Math.Cos(a) }).ToArray();
        var ys = angles.SelectMany(a => new[] { 0, length * Math.Sin(a) }).ToArray();
        return new PlotSeries(name, xs, ys, SeriesStyle.Segments, Color: color);
    }

    private static PlotSeries Neurons(string name, IReadOnlyList<double[]> neurons, string color)
    {
        var units = neurons.Select(Planes.Unit).ToList();
        return new PlotSeries(name, units.SelectMany(u => new[] { 0, u[0] }).ToArray(), units.SelectMany(u => new[] { 0, u[1] }).ToArray(),
            SeriesStyle.Segments, Color: color);
    }

    /// <summary>
    /// LYX Fig. 4 [J Fig. 5]: the data under the Kelvin transform x* = x/|x|², the unit directions w̃_j = w_j/|w_j|, the u_j, and
    /// ρ(θ) = min{1, σ(f̃(W, (cos θ, sin θ)))}: a point has zero loss iff it lies inside the curve (LYX.Kelvin).
    /// </summary>
    private static IEnumerable<PlotSpec> WeightDynamics(Snapshot s)
    {
        var t = ExperimentPlots.Numbers(s, "t");
        string H(string key) => s.Header.FirstOrDefault(h => h.Key == key).Value ?? "";
        var gc = int.TryParse(H("gc entry iteration"), NumberStyles.Integer, Ic, out var g) ? g : -1;
        var zero = int.TryParse(H("zero loss iteration"), NumberStyles.Integer, Ic, out var z) ? z : (int)t[^1];
        var data = new List<(double X, double Y)>();
        for (var a = 10; a <= 20; a++)
            for (var b = 1; b <= 80; b++)
                data.Add((a / 20.0 * Math.Cos(b * Math.PI / 40), a / 20.0 * Math.Sin(b * Math.PI / 40))); // x* of (20/a)(cos, sin)
        foreach (var (target, label) in new[] { (0, "initialisation"), (gc, "GC first holds"), (zero, "zero loss") })
        {
            if (target < 0) continue;
            var row = Enumerable.Range(0, t.Length).MinBy(i => Math.Abs(t[i] - target));
            double Col(string c) => ExperimentPlots.Numbers(s, c)[row];
            var w = Enumerable.Range(1, 3).Select(j => (A: Col($"w{j}_angle"), N: Col($"w{j}_norm"))).ToList();
            var u = Enumerable.Range(1, 3).Select(j => new[] { Col($"u{j}_x"), Col($"u{j}_y") }).ToList();
            double Rho(double th)
            {
                var f = w.Sum(q => Math.Max(0, q.N * Math.Cos(q.A - th))) - u.Sum(q => Math.Max(0, q[0] * Math.Cos(th) + q[1] * Math.Sin(th)));
                return Math.Min(1, Math.Max(0, f));
            }
            var th = Enumerable.Range(0, 721).Select(i => 2 * Math.PI * i / 720).ToArray();
            var inside = data.Count(p => Rho(Math.Atan2(p.Y, p.X)) >= Math.Sqrt(p.X * p.X + p.Y * p.Y));
            yield return new PlotSpec($"lyx-weightdynamics-kelvin-{target}.png",
                $"LYX Fig. 4 [J Fig. 5] at t = {t[row].ToString("G6", Ic)} ({label})", "x₁", "x₂",
            [
                new PlotSeries("data under the Kelvin transform x*", data.Select(p => p.X).ToArray(), data.Select(p => p.Y).ToArray(),
                    SeriesStyle.Points, Color: Positive),
                new PlotSeries("ρ(θ) = min{1, σ(f̃(W, x̃))}", th.Select(a => Rho(a) * Math.Cos(a)).ToArray(), th.Select(a => Rho(a) * Math.Sin(a)).ToArray(),
                    SeriesStyle.Dashed, Color: "#ff7f0e"),
                new PlotSeries("w̃_j = w_j/|w_j|", w.SelectMany(q => new[] { 0, Math.Cos(q.A) }).ToArray(),
                    w.SelectMany(q => new[] { 0, Math.Sin(q.A) }).ToArray(),
                    SeriesStyle.Segments, Color: "#2ca02c"),
                new PlotSeries("u_j", u.SelectMany(q => new[] { 0, q[0] }).ToArray(), u.SelectMany(q => new[] { 0, q[1] }).ToArray(),
                    SeriesStyle.Segments, Color: Negative),
            ], Caption: "The paper: the data (tiny blue points) under the Kelvin transform, the w̃_j and u_j, and the orange dashed curve " +
                "ρ(θ); the points it surrounds have zero loss. Ours, from the experiment's stated initialisation " +
                $"w_j(0) = u_j(0) = (3/4)(cos((2−j)π/6), sin((2−j)π/6)): at t = {t[row].ToString("G6", Ic)} ({label}) the curve surrounds " +
                $"{inside} of the {data.Count} points (GC first holds at t = {gc}, zero loss at t = {zero}).",
                Limits: [-1.3, 1.3, -1.3, 1.3], Square: true);
        }
    }

    /// <summary>LSZ Fig. 2: the sign of g(w) = −wᵀ∇L(w) on the grid, population quadrature and the paper's 1000-sample estimate.</summary>
    private static IEnumerable<PlotSpec> SignMap(Snapshot s)
    {
        var w1 = ExperimentPlots.Numbers(s, "w1");
        var w2 = ExperimentPlots.Numbers(s, "w2");
        var pop = ExperimentPlots.Numbers(s, "sign_population");
        var sample = ExperimentPlots.Numbers(s, "sign_sample");
        var disagree = Enumerable.Range(0, w1.Length).Where(i => pop[i] != 0 && pop[i] != sample[i]).ToList();
        PlotSeries Cls(string name, double[] sign, int value, string color) => new(name,
            w1.Where((_, i) => sign[i] == value).ToArray(), w2.Where((_, i) => sign[i] == value).ToArray(), SeriesStyle.Points, Color: color);
        yield return new PlotSpec("lsz-fig2-signmap.png", "LSZ Fig. 2: sign of g(w) = −w·∇L(w), x ∼ U(S¹), v = (0, 1)", "w₁", "w₂",
        [
            Cls("g > 0 (‖w‖ grows)", pop, 1, Negative),
            Cls("g < 0 (‖w‖ shrinks)", pop, -1, Region),
            Cls("g = 0 within the quadrature error", pop, 0, "#000000"),
            new PlotSeries("1000-sample estimate disagrees", disagree.Select(i => w1[i]).ToArray(), disagree.Select(i => w2[i]).ToArray(),
                SeriesStyle.Points, Color: "#ff7f0e"),
        ], Caption: "The paper (Fig. 2, appendix): the sign of g(w) at each w of a grid, estimated from 1000 random samples, red " +
            "positive and green negative; Lemma 3 reads its properties off this picture. Ours, in the paper's colours (red g > 0, green g < 0), from the " +
            $"population value by nested quadrature; the paper's 1000-sample estimate disagrees with that sign at {disagree.Count} of " +
            $"{w1.Length} grid points (orange).", Limits: [-3.2, 3.2, -3.2, 3.2], Square: true);
    }

    private static double[] Sub(double[] a, double[] b) => a.Zip(b, (x, y) => x - y).ToArray();

    private static double Norm(double[] a) => Math.Sqrt(a.Sum(c => c * c));

    private static double Angle(double[] a, double[] b) => Math.Acos(Math.Clamp(a.Zip(b, (x, y) => x * y).Sum() / (Norm(a) * Norm(b)), -1, 1));

    private static string Deg(double radians) => (radians * 180 / Math.PI).ToString("0.##", Ic);
}
