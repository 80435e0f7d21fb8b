using Verification.Arithmetic;

namespace Verification.Geometry;

/// <summary>The result of an exact linear program.</summary>
public enum LpStatus { Optimal, Infeasible, Unbounded }

/// <summary>
/// Exact simplex for: maximise cᵀx subject to A x = b, x ≥ 0 (two phases with artificial variables, Bland's rule).
/// Hand-written because no available .NET package solves linear programs in exact rational arithmetic (MathNet's solvers are
/// floating point); the problems here are tiny (tens of variables), so a dense tableau with Bland's rule (which cannot cycle)
/// is adequate.
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
