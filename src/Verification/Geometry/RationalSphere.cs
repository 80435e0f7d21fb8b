using Verification.Arithmetic;

namespace Verification.Geometry;

/// <summary>Rational points on the unit sphere S^(d−1), so that exact claims can use vectors of known rational norm.</summary>
public static class RationalSphere
{
    /// <summary>
    /// Inverse stereographic projection of t ∈ Q^(d−1): (2t, |t|² − 1) / (|t|² + 1), a rational point with norm exactly 1.
    /// For d = 2 and t = m/n this is the Pythagorean parametrisation (2mn, m² − n²)/(m² + n²). d = 1 gives ±1 from the sign of t[0]
    /// (t may then have length 1).
    /// </summary>
    public static Rational[] UnitVector(IReadOnlyList<Rational> t, int d)
    {
        if (d < 1) throw new ArgumentOutOfRangeException(nameof(d), "Dimension must be at least 1.");
        if (d == 1) return [t.Count > 0 && t[0].Sign < 0 ? Rational.NegativeOne : Rational.One];
        if (t.Count != d - 1) throw new ArgumentException($"Need {d - 1} parameters for a point on S^{d - 1}, got {t.Count}.");
        var s = Rational.Zero;
        foreach (var ti in t) s += ti * ti;
        var denom = s + Rational.One;
        var p = new Rational[d];
        for (var i = 0; i < d - 1; i++) p[i] = 2 * t[i] / denom;
        p[d - 1] = (s - Rational.One) / denom;
        return p;
    }
}
