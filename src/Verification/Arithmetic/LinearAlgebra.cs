using System.Numerics;

namespace Verification.Arithmetic;

/// <summary>
/// Small dense matrices over any <see cref="INumber{TSelf}"/>: matrix–vector products, Gauss–Jordan elimination (exact in
/// <see cref="Rational"/>), null spaces and ranks, and symmetric eigenvalues in double (MathNet). Elimination is
/// hand-written because MathNet's solvers are floating point only and the exact claims need rational answers; the
/// matrices here have a few dozen rows at most.
/// </summary>
public static class LinearAlgebra
{
    /// <summary>M x.</summary>
    public static T[] MatVec<T>(T[,] m, T[] x) where T : INumber<T>
    {
        var r = new T[m.GetLength(0)];
        for (var i = 0; i < r.Length; i++)
        {
            var s = T.Zero;
            for (var j = 0; j < x.Length; j++) s += m[i, j] * x[j];
            r[i] = s;
        }
        return r;
    }

    /// <summary>Eigenvalues of a symmetric matrix, ascending (MathNet).</summary>
    public static double[] SymmetricEigenvalues(double[,] m) =>
        MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(m).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric)
            .EigenValues.Select(z => z.Real).Order().ToArray();

    /// <summary>
    /// Solves A x = b for square A by Gauss–Jordan elimination with partial pivoting; null when A is singular (in double also
    /// when the largest pivot is below 1e−13, where the answer would be noise). Exact with <see cref="Rational"/>.
    /// </summary>
    public static T[]? TrySolve<T>(T[,] a, T[] b) where T : INumber<T>
    {
        var n = b.Length;
        var m = new T[n, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) m[i, j] = a[i, j];
            m[i, n] = b[i];
        }
        for (var col = 0; col < n; col++)
        {
            var pivot = -1;
            var best = T.Zero;
            for (var r = col; r < n; r++)
                if (T.Abs(m[r, col]) > best) { best = T.Abs(m[r, col]); pivot = r; }
            if (pivot < 0 || best == T.Zero) return null;
            if (typeof(T) == typeof(double) && double.CreateChecked(best) < 1e-13) return null;
            if (pivot != col)
                for (var j = 0; j <= n; j++) (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            for (var r = 0; r < n; r++)
            {
                if (r == col || m[r, col] == T.Zero) continue;
                var f = m[r, col] / m[col, col];
                for (var j = col; j <= n; j++) m[r, j] -= f * m[col, j];
            }
        }
        var x = new T[n];
        for (var i = 0; i < n; i++) x[i] = m[i, n] / m[i, i];
        return x;
    }

    /// <summary>Solves A x = b exactly for square invertible A given by its rows; throws if A is singular.</summary>
    public static Rational[] Solve(Rational[][] a, Rational[] b)
    {
        var n = a.Length;
        var m = new Rational[n, n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) m[i, j] = a[i][j];
        return TrySolve(m, b) ?? throw new ArgumentException("Singular matrix.");
    }

    /// <summary>The inverse of a square invertible matrix given by its rows.</summary>
    public static Rational[][] Inverse(Rational[][] a)
    {
        var n = a.Length;
        var cols = new Rational[n][];
        for (var j = 0; j < n; j++)
        {
            var e = new Rational[n];
            for (var i = 0; i < n; i++) e[i] = i == j ? Rational.One : Rational.Zero;
            cols[j] = Solve(a, e);
        }
        var inv = new Rational[n][];
        for (var i = 0; i < n; i++) { inv[i] = new Rational[n]; for (var j = 0; j < n; j++) inv[i][j] = cols[j][i]; }
        return inv;
    }

    /// <summary>Rank of the matrix given by its rows: columns minus the dimension of the null space (rank–nullity).</summary>
    public static int Rank(IReadOnlyList<Rational[]> rows) => rows.Count == 0 ? 0 : rows[0].Length - NullSpace(rows, rows[0].Length).Count;

    /// <summary>A basis of the null space {n : rows·n = 0} of a matrix with <paramref name="cols"/> columns (reduced row echelon form).</summary>
    public static List<Rational[]> NullSpace(IReadOnlyList<Rational[]> rows, int cols)
    {
        var a = rows.Select(r => (Rational[])r.Clone()).ToArray();
        var pivots = new List<int>();
        var rank = 0;
        for (var c = 0; c < cols && rank < a.Length; c++)
        {
            var p = -1;
            for (var r = rank; r < a.Length; r++) if (a[r][c].Sign != 0) { p = r; break; }
            if (p < 0) continue;
            (a[rank], a[p]) = (a[p], a[rank]);
            var inv = Rational.One / a[rank][c];
            for (var j = 0; j < cols; j++) a[rank][j] *= inv;
            for (var r = 0; r < a.Length; r++)
            {
                if (r == rank || a[r][c].Sign == 0) continue;
                var f = a[r][c];
                for (var j = 0; j < cols; j++) a[r][j] -= f * a[rank][j];
            }
            pivots.Add(c);
            rank++;
        }
        var basis = new List<Rational[]>();
        for (var free = 0; free < cols; free++)
        {
            if (pivots.Contains(free)) continue;
            var n = Vec.Zero<Rational>(cols);
            n[free] = Rational.One;
            for (var i = 0; i < pivots.Count; i++) n[pivots[i]] = -a[i][free];
            basis.Add(n);
        }
        return basis;
    }
}
