using Verification.Arithmetic;

namespace Verification.Geometry;

/// <summary>
/// Exact rational linear algebra and a small exact simplex method. Hand-written because no available .NET package solves
/// linear programs in exact rational arithmetic (MathNet's solvers are floating point); the problems here are tiny
/// (tens of variables), so a dense tableau with Bland's rule (which cannot cycle) is adequate.
/// </summary>
public static class ExactLinAlg
{
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
            var n = new Rational[cols];
            Array.Fill(n, Rational.Zero);
            n[free] = Rational.One;
            for (var i = 0; i < pivots.Count; i++) n[pivots[i]] = -a[i][free];
            basis.Add(n);
        }
        return basis;
    }

    /// <summary>Solves A x = b exactly for square invertible A; throws if A is singular.</summary>
    public static Rational[] Solve(Rational[][] a, Rational[] b)
    {
        var n = a.Length;
        var m = new Rational[n][];
        for (var i = 0; i < n; i++) { m[i] = new Rational[n + 1]; Array.Copy(a[i], m[i], n); m[i][n] = b[i]; }
        for (var c = 0; c < n; c++)
        {
            var p = -1;
            for (var r = c; r < n; r++) if (m[r][c].Sign != 0) { p = r; break; }
            if (p < 0) throw new ArgumentException("Singular matrix.");
            (m[c], m[p]) = (m[p], m[c]);
            for (var r = 0; r < n; r++)
            {
                if (r == c || m[r][c].Sign == 0) continue;
                var f = m[r][c] / m[c][c];
                for (var j = c; j <= n; j++) m[r][j] -= f * m[c][j];
            }
        }
        var x = new Rational[n];
        for (var i = 0; i < n; i++) x[i] = m[i][n] / m[i][i];
        return x;
    }

    /// <summary>The inverse of a square invertible matrix.</summary>
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
}

/// <summary>The result of an exact linear program.</summary>
public enum LpStatus { Optimal, Infeasible, Unbounded }

/// <summary>
/// Exact simplex for: maximise cᵀx subject to A x = b, x ≥ 0 (two phases with artificial variables, Bland's rule).
/// Hand-written: no .NET package does exact rational linear programming (see <see cref="ExactLinAlg"/>).
/// </summary>
public static class ExactSimplex
{
    public static (LpStatus Status, Rational Value, Rational[] X) Maximise(Rational[][] a, Rational[] b, Rational[] c)
    {
        var m = a.Length;
        var n = c.Length;
        // Tableau with artificials n..n+m-1; make b ≥ 0 first.
        var t = new Rational[m][];
        for (var i = 0; i < m; i++)
        {
            t[i] = new Rational[n + m + 1];
            var s = b[i].Sign < 0 ? Rational.NegativeOne : Rational.One;
            for (var j = 0; j < n; j++) t[i][j] = s * a[i][j];
            for (var j = 0; j < m; j++) t[i][n + j] = i == j ? Rational.One : Rational.Zero;
            t[i][n + m] = s * b[i];
        }
        var basis = Enumerable.Range(n, m).ToArray();
        // Phase 1: maximise −Σ artificials.
        var c1 = new Rational[n + m];
        for (var j = 0; j < n + m; j++) c1[j] = j >= n ? Rational.NegativeOne : Rational.Zero;
        if (!Run(t, basis, c1, n + m)) throw new InvalidOperationException("Phase 1 cannot be unbounded.");
        var phase1 = Objective(t, basis, c1);
        if (phase1.Sign < 0) return (LpStatus.Infeasible, Rational.Zero, []);
        // Drive artificials out of the basis where possible (degenerate rows); rows that cannot be are redundant.
        for (var i = 0; i < m; i++)
        {
            if (basis[i] < n) continue;
            var entering = -1;
            for (var j = 0; j < n; j++) if (t[i][j].Sign != 0) { entering = j; break; }
            if (entering >= 0) Pivot(t, basis, i, entering);
        }
        // Phase 2 on original columns only: forbid artificials from re-entering by zero cost and exclusion.
        var c2 = new Rational[n + m];
        for (var j = 0; j < n + m; j++) c2[j] = j < n ? c[j] : Rational.Zero;
        if (!Run(t, basis, c2, n)) return (LpStatus.Unbounded, Rational.Zero, []);
        var x = new Rational[n];
        Array.Fill(x, Rational.Zero);
        for (var i = 0; i < m; i++) if (basis[i] < n) x[basis[i]] = t[i][n + m];
        return (LpStatus.Optimal, Objective(t, basis, c2), x);
    }

    private static Rational Objective(Rational[][] t, int[] basis, Rational[] c)
    {
        var rhs = t[0].Length - 1;
        var v = Rational.Zero;
        for (var i = 0; i < t.Length; i++) v += c[basis[i]] * t[i][rhs];
        return v;
    }

    /// <summary>Primal simplex iterations with Bland's rule over columns [0, allowed). Returns false when unbounded.</summary>
    private static bool Run(Rational[][] t, int[] basis, Rational[] c, int allowed)
    {
        var m = t.Length;
        var rhs = t[0].Length - 1;
        while (true)
        {
            var entering = -1;
            for (var j = 0; j < allowed; j++)
            {
                if (basis.Contains(j)) continue;
                var reduced = c[j];
                for (var i = 0; i < m; i++) reduced -= c[basis[i]] * t[i][j];
                if (reduced.Sign > 0) { entering = j; break; }
            }
            if (entering < 0) return true;
            var leave = -1;
            var best = Rational.Zero;
            for (var i = 0; i < m; i++)
            {
                if (t[i][entering].Sign <= 0) continue;
                var ratio = t[i][rhs] / t[i][entering];
                if (leave < 0 || ratio < best || (ratio == best && basis[i] < basis[leave])) { leave = i; best = ratio; }
            }
            if (leave < 0) return false;
            Pivot(t, basis, leave, entering);
        }
    }

    private static void Pivot(Rational[][] t, int[] basis, int row, int col)
    {
        var w = t[0].Length;
        var inv = Rational.One / t[row][col];
        for (var j = 0; j < w; j++) t[row][j] *= inv;
        for (var i = 0; i < t.Length; i++)
        {
            if (i == row || t[i][col].Sign == 0) continue;
            var f = t[i][col];
            for (var j = 0; j < w; j++) t[i][j] -= f * t[row][j];
        }
        basis[row] = col;
    }
}
