using System.Numerics;
using Verification.Arithmetic;
using Verification.Geometry.Lyx;

namespace Verification.Tests;

/// <summary>
/// Oracles independent of the code they check, for the exact linear algebra, the exact simplex and the geometric condition:
/// determinants by Laplace expansion (rank by minors, Cramer's rule), subsets by bit masks, GC in the plane by an exact
/// angular sort.
/// </summary>
internal static class ExactOracles
{
    /// <summary>Determinant by Laplace expansion along the first row (independent of the elimination code).</summary>
    internal static Rational Det(Rational[][] m)
    {
        var n = m.Length;
        if (n == 0) return Rational.One;
        var det = Rational.Zero;
        for (var j = 0; j < n; j++)
        {
            if (m[0][j].Sign == 0) continue;
            var minor = m.Skip(1).Select(r => r.Where((_, c) => c != j).ToArray()).ToArray();
            var term = m[0][j] * Det(minor);
            det += j % 2 == 0 ? term : -term;
        }
        return det;
    }

    /// <summary>Rank as the largest r with a non-zero r×r minor.</summary>
    internal static int RankByMinors(IReadOnlyList<Rational[]> rows, int cols)
    {
        for (var r = Math.Min(rows.Count, cols); r > 0; r--)
            foreach (var rs in GeometricCondition.Subsets(rows.Count, r).ToList())
                foreach (var cs in GeometricCondition.Subsets(cols, r).ToList())
                    if (Det(rs.Select(i => cs.Select(j => rows[i][j]).ToArray()).ToArray()).Sign != 0) return r;
        return 0;
    }

    internal static IEnumerable<int[]> AllSubsets(int n, int r)
    {
        // Independent of GeometricCondition.Subsets: filter bit masks.
        for (var mask = 0; mask < 1 << n; mask++)
            if (BitOperations.PopCount((uint)mask) == r)
                yield return Enumerable.Range(0, n).Where(i => ((mask >> i) & 1) == 1).ToArray();
    }

    internal static Rational[] MatVec(Rational[][] a, Rational[] x) => a.Select(r => Vec.Dot<Rational>(r, x)).ToArray();

    /// <summary>GC in the plane decided by an exact angular sort: every cyclic gap between consecutive directions is below π.</summary>
    internal static bool GcPlaneOracle(IReadOnlyList<Rational[]> w)
    {
        static int Half(Rational[] v) => v[1].Sign > 0 || (v[1].Sign == 0 && v[0].Sign > 0) ? 0 : 1; // [0, π) or [π, 2π)
        static Rational Cross(Rational[] a, Rational[] b) => a[0] * b[1] - a[1] * b[0];
        var sorted = w.ToList();
        sorted.Sort((a, b) => Half(a) != Half(b) ? Half(a).CompareTo(Half(b)) : -Cross(a, b).Sign);
        if (sorted.All(v => Cross(v, sorted[0]).Sign == 0 && Vec.Dot<Rational>(v, sorted[0]).Sign > 0)) return false; // one direction
        for (var i = 0; i < sorted.Count; i++)
        {
            var (a, b) = (sorted[i], sorted[(i + 1) % sorted.Count]);
            var cross = Cross(a, b);
            var gapBelowPi = cross.Sign > 0 || (cross.Sign == 0 && Vec.Dot<Rational>(a, b).Sign > 0);
            if (!gapBelowPi) return false;
        }
        return true;
    }
}
