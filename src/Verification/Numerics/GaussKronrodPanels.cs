using MathNet.Numerics.Integration;

namespace Verification.Numerics;

/// <summary>Two integrands sharing one evaluation per node (e.g. both components of a gradient, whose common factor — a
/// special function — is computed once).</summary>
public interface IPairIntegrand
{
    void Evaluate(double x, out double f1, out double f2);
}

/// <summary>Two integrals over the same panels with their error estimates.</summary>
public readonly record struct PairEstimate(Estimate First, Estimate Second);

/// <summary>
/// A fixed (non-adaptive) composite Gauss–Kronrod rule: on each panel [b_i, b_(i+1)] the (2n+1)-point Kronrod rule and its
/// embedded n-point Gauss rule, both taken from MathNet's <see cref="GaussKronrodRule"/> (nodes and weights are not derived
/// here). The value is the Kronrod sum; the error estimate is Σ_panels |K − G| plus a rounding bound
/// (m + p + 8)·ε·Σ|w f| for m nodes per panel and p panels (recursive summation, a few ulps per term).
/// Why |K − G| bounds the error of K: for an integrand analytic in the Bernstein ellipse E_ρ of each panel, the Gauss error
/// decays like ρ^(−2n) and the Kronrod error faster (like ρ^(−3n)), so |K − G| ≈ |G error| ≥ |K error| once the rule
/// converges geometrically, which the caller ensures by placing the panels from the integrand's singularities.
/// No library evaluates a fixed rule on caller-chosen panels without an adaptive loop or a delegate per node, so the
/// composite sum is written here; the integrand is a struct type parameter so that the JIT inlines it (no closure, no
/// allocation per evaluation).
/// </summary>
public sealed class GaussKronrodPanels
{
    private readonly double[] _x;  // nodes on [−1, 1]
    private readonly double[] _wk; // Kronrod weights
    private readonly double[] _wg; // embedded Gauss weights (0 on Kronrod-only nodes)

    /// <summary>The 21-point Kronrod extension of the 10-point Gauss rule.</summary>
    public static GaussKronrodPanels K21 { get; } = new(21);

    /// <param name="kronrodPoints">2n+1 for MathNet's precomputed pairs (15, 21, 31, 41, 51, 61).</param>
    public GaussKronrodPanels(int kronrodPoints)
    {
        var gk = new GaussKronrodRule(kronrodPoints);
        var xk = gk.KronrodAbscissas; // non-negative half, ascending, x[0] = 0
        var wk = gk.KronrodWeights;
        var wgHalf = gk.GaussWeights;
        var n = (kronrodPoints - 1) / 2;
        var gauss = new GaussLegendreRule(-1, 1, n);
        var xs = new List<double>();
        var wks = new List<double>();
        var wgs = new List<double>();
        var matched = 0;
        for (var i = 0; i < xk.Length; i++)
        {
            // Gauss nodes interleave the Kronrod ones: index 2j+1 (n even) or 2j (n odd) carries GaussWeights[j]
            var isGauss = n % 2 == 0 ? i % 2 == 1 : i % 2 == 0;
            var wg = isGauss ? wgHalf[i / 2] : 0;
            if (isGauss)
            {
                var j = Array.FindIndex(gauss.Abscissas, g => Math.Abs(g - xk[i]) < 1e-13);
                if (j < 0 || Math.Abs(gauss.Weights[j] - wg) > 1e-13)
                    throw new InvalidOperationException($"Kronrod node {xk[i]} is not the Gauss node it should be.");
                matched += xk[i] == 0 ? 1 : 2;
            }
            if (xk[i] == 0) { xs.Add(0); wks.Add(wk[i]); wgs.Add(wg); continue; }
            xs.Add(-xk[i]); wks.Add(wk[i]); wgs.Add(wg);
            xs.Add(xk[i]); wks.Add(wk[i]); wgs.Add(wg);
        }
        if (matched != n || xs.Count != kronrodPoints) throw new InvalidOperationException("Unexpected Gauss–Kronrod layout.");
        _x = [.. xs];
        _wk = [.. wks];
        _wg = [.. wgs];
    }

    public int PointsPerPanel => _x.Length;

    /// <summary>2^−53 (<c>double.Epsilon</c> is the smallest subnormal, not the unit roundoff).</summary>
    public const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>∫ f₁ and ∫ f₂ over [b₀, b_last] split at the given sorted break points (panels of zero width are skipped).</summary>
    public PairEstimate Integrate<TF>(ref TF f, ReadOnlySpan<double> breaks) where TF : struct, IPairIntegrand
    {
        double v1 = 0, v2 = 0, e1 = 0, e2 = 0, l1 = 0, l2 = 0;
        var panels = 0;
        for (var p = 0; p + 1 < breaks.Length; p++)
        {
            var half = 0.5 * (breaks[p + 1] - breaks[p]);
            if (!(half > 0)) continue;
            panels++;
            var mid = 0.5 * (breaks[p + 1] + breaks[p]);
            double k1 = 0, k2 = 0, g1 = 0, g2 = 0, a1 = 0, a2 = 0;
            for (var i = 0; i < _x.Length; i++)
            {
                f.Evaluate(mid + half * _x[i], out var y1, out var y2);
                var wk = _wk[i];
                var wg = _wg[i];
                k1 += wk * y1; k2 += wk * y2;
                g1 += wg * y1; g2 += wg * y2;
                a1 += wk * Math.Abs(y1); a2 += wk * Math.Abs(y2);
            }
            v1 += half * k1; v2 += half * k2;
            e1 += half * Math.Abs(k1 - g1); e2 += half * Math.Abs(k2 - g2);
            l1 += half * a1; l2 += half * a2;
        }
        var r = (_x.Length + panels + 8) * UnitRoundoff;
        return new PairEstimate(new Estimate(v1, e1 + r * l1), new Estimate(v2, e2 + r * l2));
    }
}

/// <summary>Break points for composite rules.</summary>
public static class PanelBreaks
{
    /// <summary>
    /// Sorted break points of [lo, hi] graded geometrically towards each centre c (inside or outside the interval):
    /// c, c ± first·ratio^k, the <paramref name="extra"/> points inside, then every panel wider than <paramref name="maxWidth"/>
    /// split evenly. A panel [c + t, c + ratio·t] then lies at a fixed relative distance from a singularity at distance ~ first
    /// from c, so a fixed rule converges at the same geometric rate on every panel. Returns the number of points written to
    /// <paramref name="dst"/>.
    /// </summary>
    public static int Graded(Span<double> dst, double lo, double hi, ReadOnlySpan<double> centres, double first, double ratio, double maxWidth,
        ReadOnlySpan<double> extra = default)
    {
        if (!(hi > lo) || !(ratio > 1) || !(maxWidth > 0)) throw new ArgumentException("Need lo < hi, ratio > 1, maxWidth > 0.");
        Span<double> pts = stackalloc double[dst.Length];
        var n = 0;
        pts[n++] = lo;
        pts[n++] = hi;
        foreach (var x in extra) if (x > lo && x < hi) Add(pts, ref n, x);
        foreach (var c in centres)
        {
            if (c > lo && c < hi) Add(pts, ref n, c);
            if (!(first > 0)) continue;
            var reach = Math.Max(Math.Abs(c - lo), Math.Abs(c - hi));
            for (var t = first; t < reach; t *= ratio)
            {
                if (c - t > lo && c - t < hi) Add(pts, ref n, c - t);
                if (c + t > lo && c + t < hi) Add(pts, ref n, c + t);
            }
        }
        pts[..n].Sort();
        var m = 0;
        dst[m++] = pts[0];
        for (var i = 1; i < n; i++)
        {
            var a = dst[m - 1];
            var b = pts[i];
            if (!(b > a)) continue;
            var pieces = (int)Math.Ceiling((b - a) / maxWidth);
            for (var j = 1; j < pieces; j++) Put(dst, ref m, a + (b - a) * j / pieces);
            Put(dst, ref m, b);
        }
        return m;
    }

    private static void Add(Span<double> pts, ref int n, double x)
    {
        if (n == pts.Length) throw new ArgumentException("Break buffer too small.");
        pts[n++] = x;
    }

    private static void Put(Span<double> dst, ref int m, double x)
    {
        if (m == dst.Length) throw new ArgumentException("Break buffer too small.");
        dst[m++] = x;
    }
}
