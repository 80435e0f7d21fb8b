using MathNet.Numerics.Integration;

namespace Verification.Numerics;

/// <summary>A numerical value with an error estimate (absolute).</summary>
public readonly record struct Estimate(double Value, double Error)
{
    public override string ToString() => $"{Value:R} ± {Error:G2}";
}

/// <summary>
/// Adaptive quadrature with an error estimate, on top of MathNet's Gauss-Kronrod rule (15-point Kronrod extension of the
/// 7-point Gauss rule; the error estimate is MathNet's |K15 − G7| summed over the accepted panels). Piecewise integration
/// splits at the given break points (the discontinuities and sharp transitions of the integrand), so each piece is analytic.
/// </summary>
public static class Quadrature
{
    /// <summary>Default relative target (relative to the L1 norm of the integrand on the piece).</summary>
    public const double DefaultRelativeTolerance = 1e-11;

    /// <summary>∫_a^b f with MathNet's adaptive Gauss-Kronrod rule; the error is MathNet's estimate.</summary>
    public static Estimate Integrate(Func<double, double> f, double a, double b, double relTol = DefaultRelativeTolerance, int maxDepth = 18)
    {
        if (!(b > a)) return new Estimate(0, 0);
        var value = GaussKronrodRule.Integrate(f, a, b, out var error, out _, relTol, maximumDepth: maxDepth, order: 15);
        return new Estimate(value, Math.Abs(error) + 4 * double.Epsilon);
    }

    /// <summary>∫ over [a, b] split at the break points strictly inside (sorted and deduplicated here).</summary>
    public static Estimate Piecewise(Func<double, double> f, double a, double b, IEnumerable<double> breaks, double relTol = DefaultRelativeTolerance)
    {
        var pts = breaks.Where(t => t > a && t < b).Append(a).Append(b).Order().ToList();
        double v = 0, e = 0;
        for (var i = 0; i + 1 < pts.Count; i++)
        {
            var width = pts[i + 1] - pts[i];
            if (width <= 0) continue;
            // A piece much narrower than [a, b] contributes in proportion to its width; demanding the relative target on it
            // alone asks for an absolute accuracy the integrand's rounding cannot give (θ within 1e−8 of 0), so its
            // subdivision depth shrinks with log₂ of its relative width. Its error estimate is still reported.
            var depth = (int)Math.Clamp(18 + Math.Log2(width / (b - a)), 1, 18);
            var r = Integrate(f, pts[i], pts[i + 1], relTol, depth);
            v += r.Value;
            e += r.Error;
        }
        return new Estimate(v, e);
    }
}
