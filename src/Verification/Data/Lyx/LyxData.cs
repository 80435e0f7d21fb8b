using Verification.Arithmetic;

namespace Verification.Data.Lyx;

/// <summary>Data for LYX: exact rational data in orthogonal subspaces, and the 880-point set of Section 6.1.</summary>
public static class LyxData
{
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
