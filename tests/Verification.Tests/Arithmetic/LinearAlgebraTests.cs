using System.Numerics;
using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Xunit;
using static Verification.Tests.ExactOracles;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Arithmetic;

/// <summary>
/// Exact elimination against independent oracles (rank by minors, Cramer's rule by Laplace determinants) on small integer
/// matrices decoded from an FsCheck-generated int[], so that FsCheck shrinks towards small, simple cases.
/// </summary>
public partial class LinearAlgebraTests
{
    [Property(MaxTest = 250)]
    public void NullSpace_and_rank_agree_with_minors(int[] raw)
    {
        var g = new RawInts(raw);
        var (m, n) = (g.Int(1, 4), g.Int(1, 4));
        var rows = new List<Rational[]>();
        for (var i = 0; i < m; i++)
        {
            // Sometimes a combination of earlier rows, so that rank deficiency is common.
            if (i > 0 && g.Int(0, 2) == 0)
            {
                var (a, b) = (rows[g.Int(0, i - 1)], rows[g.Int(0, i - 1)]);
                var (s, t) = (g.Int(-2, 2), g.Int(-2, 2));
                rows.Add(a.Zip(b, (x, y) => s * x + t * y).ToArray());
            }
            else rows.Add(g.IntRow(n, 2));
        }
        var copy = rows.Select(r => (Rational[])r.Clone()).ToList();
        var rank = RankByMinors(rows, n);
        var basis = LinearAlgebra.NullSpace(rows, n);
        Assert.Equal(n - rank, basis.Count);
        Assert.Equal(rank, LinearAlgebra.Rank(rows));
        foreach (var v in basis)
        {
            Assert.Equal(n, v.Length);
            Assert.All(rows, r => Assert.Equal(Rational.Zero, Vec.Dot<Rational>(r, v)));
        }
        Assert.Equal(basis.Count, RankByMinors(basis, n)); // a basis: linearly independent
        for (var i = 0; i < m; i++) Assert.Equal(copy[i], rows[i]); // the input is not modified
    }

    [Fact]
    public void NullSpace_known_values_and_empty_matrix()
    {
        Assert.Equal(0, LinearAlgebra.Rank([]));
        Assert.Equal([V(1, 0), V(0, 1)], LinearAlgebra.NullSpace([], 2));
        Assert.Equal([V(1, 0, 0), V(0, 1, 0), V(0, 0, 1)], LinearAlgebra.NullSpace([V(0, 0, 0)], 3));
        // x + 2y + 3z = 0: reduced row echelon basis (−2, 1, 0), (−3, 0, 1).
        Assert.Equal([V(-2, 1, 0), V(-3, 0, 1)], LinearAlgebra.NullSpace([V(1, 2, 3)], 3));
        // 2y = 0, 4x + z = 0: pivots after a row swap and scaling.
        Assert.Equal([[new Rational(-1, 4), Rational.Zero, Rational.One]], LinearAlgebra.NullSpace([V(0, 2, 0), V(4, 0, 1)], 3));
        Assert.Equal(2, LinearAlgebra.Rank([V(0, 2, 0), V(4, 0, 1), V(4, 2, 1)]));
    }

    [Property(MaxTest = 250)]
    public void Solve_and_inverse_agree_with_Cramer(int[] raw)
    {
        var g = new RawInts(raw);
        var n = g.Int(1, 4);
        var a = Enumerable.Range(0, n).Select(_ => g.IntRow(n, 3)).ToArray();
        if (g.Int(0, 3) == 0 && n > 1) a[n - 1] = a[0].Zip(a[n - 1 - g.Int(0, n - 2)], (x, y) => x + 2 * y).ToArray(); // singular
        var b = g.IntRow(n, 5);
        var copy = a.Select(r => (Rational[])r.Clone()).ToArray();
        var det = Det(a);
        if (det.Sign == 0)
        {
            Assert.Equal("Singular matrix.", Assert.Throws<ArgumentException>(() => LinearAlgebra.Solve(a, b)).Message);
            Assert.Throws<ArgumentException>(() => LinearAlgebra.Inverse(a));
            return;
        }
        var x = LinearAlgebra.Solve(a, b);
        for (var i = 0; i < n; i++)
        {
            var ai = a.Select(r => (Rational[])r.Clone()).ToArray();
            for (var r = 0; r < n; r++) ai[r][i] = b[r];
            Assert.Equal(Det(ai) / det, x[i]); // Cramer's rule
        }
        Assert.Equal(b, MatVec(a, x));
        var inv = LinearAlgebra.Inverse(a);
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                Assert.Equal(i == j ? Rational.One : Rational.Zero, Enumerable.Range(0, n).Aggregate(Rational.Zero, (s, k) => s + a[i][k] * inv[k][j]));
        for (var i = 0; i < n; i++) Assert.Equal(copy[i], a[i]);
    }

    [Fact]
    public void Linear_solve_pivots_and_detects_singularity()
    {
        // a zero leading entry needs a row swap
        Assert.Equal([Q(3), Q(2)], LinearAlgebra.TrySolve(new Rational[,] { { 0, 1 }, { 1, 0 } }, [Q(2), Q(3)])!);
        Assert.Equal([3.0, 2.0], LinearAlgebra.TrySolve(new double[,] { { 0, 1 }, { 1, 0 } }, [2.0, 3.0])!);
        Assert.Equal([Q(1), Q(-1)], LinearAlgebra.TrySolve(new Rational[,] { { 1, 2 }, { 3, 4 } }, [Q(-1), Q(-1)])!);
        var d = LinearAlgebra.TrySolve(new double[,] { { 1, 2 }, { 3, 4 } }, [-1.0, -1.0])!;
        Assert.Equal(1, d[0], 14);
        Assert.Equal(-1, d[1], 14);
        Assert.Null(LinearAlgebra.TrySolve(new Rational[,] { { 1, 2 }, { 2, 4 } }, [Q(1), Q(1)]));
        Assert.Null(LinearAlgebra.TrySolve(new Rational[,] { { 0, 0 }, { 0, 0 } }, [Q(1), Q(1)]));
        // exact arithmetic has no threshold; double treats pivots below 1e−13 as zero
        Assert.Equal([Q(1_000_000_000_000_000, 1)], LinearAlgebra.TrySolve(new Rational[,] { { Q(1, 1_000_000_000_000_000) } }, [Q(1)])!);
        Assert.Null(LinearAlgebra.TrySolve(new double[,] { { 1e-14 } }, [1.0]));
        Assert.True(Math.Abs(LinearAlgebra.TrySolve(new double[,] { { 1e-13 } }, [1.0])![0] / 1e13 - 1) < 1e-15);
    }
}
