using System.Numerics;

namespace Verification.Arithmetic;

/// <summary>
/// Vector operations over any <see cref="INumber{TSelf}"/> (double or <see cref="Rational"/>), on plain arrays: the one home of
/// small vector algebra for every paper (matrices and exact elimination are in <see cref="LinearAlgebra"/>). Hand-written
/// because the vectors are tiny and must run in exact rationals, which MathNet's (floating-point) vectors do not.
/// </summary>
public static class Vec
{
    public static T Dot<T>(T[] a, T[] b) where T : INumber<T> => Dot((ReadOnlySpan<T>)a, b);

    public static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : INumber<T>
    {
        if (a.Length != b.Length) throw new ArgumentException($"Dimension mismatch: {a.Length} vs {b.Length}.");
        var s = T.Zero;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>‖a‖², exact in rational arithmetic.</summary>
    public static T NormSquared<T>(T[] a) where T : INumber<T> => Dot(a, a);

    /// <summary>‖a‖ in double.</summary>
    public static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    /// <summary>The zero vector of R^d.</summary>
    public static T[] Zero<T>(int d) where T : INumber<T>
    {
        var z = new T[d];
        Array.Fill(z, T.Zero);
        return z;
    }

    /// <summary>s·x + y.</summary>
    public static T[] Axpy<T>(T s, T[] x, T[] y) where T : INumber<T>
    {
        var r = new T[y.Length];
        for (var i = 0; i < y.Length; i++) r[i] = s * x[i] + y[i];
        return r;
    }

    /// <summary>cos∠(w, v) in double.</summary>
    public static double Cos(double[] w, double[] v) => Dot(w, v) / (Norm(w) * Norm(v));

    /// <summary>(I − w̄w̄ᵀ) u with w̄ = w/‖w‖: the part of u orthogonal to w.</summary>
    public static double[] ProjectOut(double[] w, double[] u)
    {
        var wb = Scale(1 / Norm(w), w);
        return Axpy(-Dot(wb, u), wb, u);
    }

    public static T[] Add<T>(T[] a, T[] b) where T : INumber<T> => Zip(a, b, (x, y) => x + y);
    public static T[] Sub<T>(T[] a, T[] b) where T : INumber<T> => Zip(a, b, (x, y) => x - y);
    public static T[] Scale<T>(T s, T[] a) where T : INumber<T> => a.Select(x => s * x).ToArray();

    /// <summary>The mean (1/k) Σ rows[i].</summary>
    public static T[] Mean<T>(IReadOnlyList<T[]> rows) where T : INumber<T>
    {
        if (rows.Count == 0) throw new ArgumentException("Mean of no vectors.");
        var d = rows[0].Length;
        var sum = new T[d];
        Array.Fill(sum, T.Zero);
        foreach (var r in rows) for (var i = 0; i < d; i++) sum[i] += r[i];
        var k = T.CreateChecked(rows.Count);
        return sum.Select(x => x / k).ToArray();
    }

    public static T[] Convert<TFrom, T>(TFrom[] a) where TFrom : INumber<TFrom> where T : INumber<T> => a.Select(T.CreateChecked).ToArray();

    public static double[] ToDouble(Rational[] a) => a.Select(x => x.ToDouble()).ToArray();

    public static string Format<T>(IEnumerable<T> a) => "(" + string.Join(", ", a) + ")";

    private static T[] Zip<T>(T[] a, T[] b, Func<T, T, T> f)
    {
        if (a.Length != b.Length) throw new ArgumentException($"Dimension mismatch: {a.Length} vs {b.Length}.");
        var r = new T[a.Length];
        for (var i = 0; i < a.Length; i++) r[i] = f(a[i], b[i]);
        return r;
    }
}
