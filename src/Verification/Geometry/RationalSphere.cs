using Verification.Arithmetic;
using Verification.Harness;

namespace Verification.Geometry;

/// <summary>
/// Rational points on spheres and exactly orthogonal rational vectors and matrices, so that exact claims can use vectors of
/// known rational norm: the one place where every paper's generators get them (from explicit parameters or from free
/// choices).
/// </summary>
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

    /// <summary>A rational point of norm exactly <paramref name="radius"/> on the sphere of dimension d − 1 (stereographic parameters t).</summary>
    public static Rational[] Point(IReadOnlyList<Rational> t, int d, Rational radius) => UnitVector(t, d).Select(x => radius * x).ToArray();

    /// <summary>A rational unit vector in R^d (d ≥ 1) from free choices: d − 1 stereographic parameters n/q with |n| ≤ 6, q ≤ 6;
    /// for d = 1 the sign is one further choice.</summary>
    public static Rational[] UnitVector(Choices c, int d)
    {
        var t = Enumerable.Range(0, Math.Max(0, d - 1)).Select(_ => c.SmallRational(6, 6)).ToList();
        if (d == 1) t = [c.Bool() ? Rational.NegativeOne : Rational.One];
        return UnitVector(t, d);
    }

    /// <summary>
    /// A rational point of R^d with norm exactly r from free choices: stereographic parameters n/q with |n| ≤ 4, q ≤ 4. It reads
    /// max(d − 1, 1) parameters, so for d = 1 one parameter is read and unused before the sign's choice (the LYX generators'
    /// layout, kept so that their recorded choice sequences replay unchanged).
    /// </summary>
    public static Rational[] Point(Choices c, int d, Rational r)
    {
        var t = Enumerable.Range(0, Math.Max(d - 1, 1)).Select(_ => c.SmallRational(4, 4)).ToList();
        if (d == 1) return [c.Bool() ? -r : r];
        return Point(t, d, r);
    }

    /// <summary>y − (y·x̂)x̂ for a small rational y (entries n/q, |n| ≤ maxAbs, q ≤ 4): a rational vector orthogonal to the unit vector x̂.</summary>
    public static Rational[] Orthogonal(Choices c, Rational[] xHat, int maxAbs = 4)
    {
        var y = c.SmallVector(xHat.Length, maxAbs, 4);
        return Vec.Sub(y, Vec.Scale(Vec.Dot<Rational>(y, xHat), xHat));
    }

    /// <summary>An exactly orthogonal rational D×D matrix: the Cayley transform of a skew matrix with small free entries
    /// (n/q, |n| ≤ 3, q ≤ 4; raw 0 gives I).</summary>
    public static Rational[][] OrthogonalMatrix(Choices c, int dim)
    {
        var upper = Enumerable.Range(0, dim * (dim - 1) / 2).Select(_ => c.SmallRational(3, 4)).ToList();
        return Cayley(Skew(dim, upper));
    }

    /// <summary>
    /// The Cayley transform Q = (I − A)(I + A)^(−1) of a skew-symmetric rational A: an exactly orthogonal rational matrix
    /// (I + A is invertible because A has purely imaginary eigenvalues). Its columns are an orthonormal basis of Q^D.
    /// </summary>
    public static Rational[][] Cayley(Rational[][] a)
    {
        var n = a.Length;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (a[i][j] != -a[j][i]) throw new ArgumentException("The Cayley transform needs a skew-symmetric matrix.");
        var ipa = new Rational[n][];
        var ima = new Rational[n][];
        for (var i = 0; i < n; i++)
        {
            ipa[i] = new Rational[n];
            ima[i] = new Rational[n];
            for (var j = 0; j < n; j++)
            {
                var id = i == j ? Rational.One : Rational.Zero;
                ipa[i][j] = id + a[i][j];
                ima[i][j] = id - a[i][j];
            }
        }
        var inv = LinearAlgebra.Inverse(ipa);
        var q = new Rational[n][];
        for (var i = 0; i < n; i++)
        {
            q[i] = new Rational[n];
            for (var j = 0; j < n; j++)
            {
                var s = Rational.Zero;
                for (var l = 0; l < n; l++) s += ima[i][l] * inv[l][j];
                q[i][j] = s;
            }
        }
        return q;
    }

    /// <summary>A skew-symmetric matrix from its strictly upper-triangular entries (row by row).</summary>
    public static Rational[][] Skew(int n, IReadOnlyList<Rational> upper)
    {
        var a = new Rational[n][];
        for (var i = 0; i < n; i++) { a[i] = new Rational[n]; Array.Fill(a[i], Rational.Zero); }
        var p = 0;
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                var v = p < upper.Count ? upper[p] : Rational.Zero;
                p++;
                a[i][j] = v;
                a[j][i] = -v;
            }
        return a;
    }
}
