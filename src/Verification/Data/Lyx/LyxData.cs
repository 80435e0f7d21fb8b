using Verification.Arithmetic;
using Verification.Geometry;

namespace Verification.Data.Lyx;

/// <summary>Data for LYX: exact rational data in orthogonal subspaces, and the 880-point set of Section 6.1.</summary>
public static class LyxData
{
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
        var inv = ExactLinAlg.Inverse(ipa);
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

    /// <summary>Column c of a matrix.</summary>
    public static Rational[] Column(Rational[][] q, int c) => q.Select(row => row[c]).ToArray();

    /// <summary>The point Σ_c coeff[c] · basis[c].</summary>
    public static Rational[] Combine(IReadOnlyList<Rational[]> basis, IReadOnlyList<Rational> coeff)
    {
        var x = new Rational[basis[0].Length];
        Array.Fill(x, Rational.Zero);
        for (var c = 0; c < basis.Count; c++)
            for (var i = 0; i < x.Length; i++) x[i] += coeff[c] * basis[c][i];
        return x;
    }

    /// <summary>A rational point of norm exactly <paramref name="radius"/> on the sphere of dimension d − 1 (stereographic parameters t).</summary>
    public static Rational[] SpherePoint(IReadOnlyList<Rational> t, int d, Rational radius) =>
        RationalSphere.UnitVector(t, d).Select(x => radius * x).ToArray();

    /// <summary>
    /// The training set of Section 6.1: (20/a)(cos(bπ/40), sin(bπ/40)), a ∈ [20] − [9] = {10..20}, b ∈ [80]; 880 points with
    /// norms in [1, 2], label 1. Returned as x and y coordinates.
    /// </summary>
    public static (double[] X, double[] Y) Paper880()
    {
        var xs = new double[880];
        var ys = new double[880];
        var p = 0;
        for (var a = 10; a <= 20; a++)
            for (var b = 1; b <= 80; b++)
            {
                var r = 20.0 / a;
                xs[p] = r * Math.Cos(b * Math.PI / 40);
                ys[p] = r * Math.Sin(b * Math.PI / 40);
                p++;
            }
        return (xs, ys);
    }

    /// <summary>The radii 20/a, a = 10..20, and angles bπ/40, b = 1..80, of the 880-point set (a polar grid).</summary>
    public static double[] PaperRadii() => Enumerable.Range(10, 11).Select(a => 20.0 / a).ToArray();

    public static double[] PaperAngles() => Enumerable.Range(1, 80).Select(b => b * Math.PI / 40).ToArray();
}
