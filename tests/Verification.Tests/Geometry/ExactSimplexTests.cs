using System.Numerics;
using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Xunit;
using static Verification.Tests.ExactOracles;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry;

/// <summary>The exact simplex against linear programs solved by enumerating basic solutions (Cramer's rule).</summary>
public partial class ExactSimplexTests
{
    /// <summary>
    /// max cᵀx over {A x = b, x ≥ 0, Σx ≤ M} by enumerating basic solutions (r independent rows and r columns, Cramer),
    /// with r the rank; null when infeasible. The box makes the region bounded, so the maximum is at a basic solution.
    /// </summary>
    private static Rational? BoxedOptimum(Rational[][] a, Rational[] b, Rational[] c, Rational bigM)
    {
        var (m, n) = (a.Length, c.Length);
        // Add the slack s of Σx + s = M as column n.
        var A = a.Select(r => r.Append(Rational.Zero).ToArray()).Append(Enumerable.Repeat(Rational.One, n + 1).ToArray()).ToArray();
        var B = b.Append(bigM).ToArray();
        var rank = RankByMinors(A, n + 1);
        Rational? best = null;
        foreach (var rs in AllSubsets(m + 1, rank))
            foreach (var cs in AllSubsets(n + 1, rank))
            {
                var sub = rs.Select(i => cs.Select(j => A[i][j]).ToArray()).ToArray();
                var det = Det(sub);
                if (det.Sign == 0) continue;
                var x = new Rational[n + 1];
                Array.Fill(x, Rational.Zero);
                for (var k = 0; k < rank; k++)
                {
                    var sk = sub.Select(r => (Rational[])r.Clone()).ToArray();
                    for (var r = 0; r < rank; r++) sk[r][k] = B[rs[r]];
                    x[cs[k]] = Det(sk) / det;
                }
                if (x.Any(v => v.Sign < 0) || !MatVec(A, x).SequenceEqual(B)) continue;
                var value = Enumerable.Range(0, n).Aggregate(Rational.Zero, (s, j) => s + c[j] * x[j]);
                if (best is null || value > best.Value) best = value;
            }
        return best;
    }

    [Property(MaxTest = 200)]
    public void Simplex_agrees_with_enumerated_basic_solutions(int[] raw)
    {
        var g = new RawInts(raw);
        var (m, n) = (g.Int(1, 3), g.Int(1, 4));
        var a = Enumerable.Range(0, m).Select(_ => g.IntRow(n, 2)).ToArray();
        var c = g.IntRow(n, 2);
        // Feasible by construction (b = A x0, x0 ≥ 0) unless the decoder says otherwise.
        var b = g.Int(0, 3) == 0 ? g.IntRow(m, 3) : MatVec(a, Enumerable.Range(0, n).Select(_ => (Rational)g.Int(0, 2)).ToArray());
        var copy = a.Select(r => (Rational[])r.Clone()).ToArray();
        var (status, value, x) = ExactSimplex.Maximise(a, b, c);
        for (var i = 0; i < m; i++) Assert.Equal(copy[i], a[i]);
        // Every vertex of {Ax = b, x ≥ 0} has Σx ≤ Σ|det stuff|; 1000 exceeds them all for entries this small
        // (|x_j| ≤ 3·(2·4)^3 by Cramer/Hadamard); bounded ⇔ the boxed optimum does not grow from M to 2M (concavity in M).
        var v1 = BoxedOptimum(a, b, c, 1000);
        if (v1 is null)
        {
            Assert.Equal(LpStatus.Infeasible, status);
            Assert.Empty(x);
            Assert.Equal(Rational.Zero, value);
            return;
        }
        var v2 = BoxedOptimum(a, b, c, 2000)!.Value;
        if (v2 > v1.Value)
        {
            Assert.Equal(LpStatus.Unbounded, status);
            Assert.Empty(x);
            return;
        }
        Assert.Equal(LpStatus.Optimal, status);
        Assert.Equal(v1.Value, value);
        Assert.Equal(n, x.Length);
        Assert.All(x, v => Assert.True(v.Sign >= 0));
        Assert.Equal(b, MatVec(a, x));
        Assert.Equal(value, Vec.Dot<Rational>(c, x));
    }

    [Fact]
    public void Simplex_known_programs()
    {
        // Unbounded: max x s.t. x − y = 1.
        Assert.Equal(LpStatus.Unbounded, ExactSimplex.Maximise([V(1, -1)], V(1), V(1, 0)).Status);
        // Redundant equal rows and a negative right-hand side: max −x − y s.t. −x − y = −2 (twice), optimum −2.
        var (status, value, x) = ExactSimplex.Maximise([V(-1, -1), V(-1, -1)], V(-2, -2), V(-1, -1));
        Assert.Equal((LpStatus.Optimal, (Rational)(-2)), (status, value));
        Assert.Equal((Rational)2, x[0] + x[1]);
        // Chvátal's degenerate example (the textbook rule cycles on it, Bland's rule does not): optimum 1 at x = (1, 0, 1, 0).
        Rational[][] chvatal =
        [
            [new(1, 2), new(-11, 2), new(-5, 2), 9, 1, 0, 0],
            [new(1, 2), new(-3, 2), new(-1, 2), 1, 0, 1, 0],
            [1, 0, 0, 0, 0, 0, 1],
        ];
        Rational[] c = [10, -57, -9, -24, 0, 0, 0];
        var (s2, v2, x2) = ExactSimplex.Maximise(chvatal, V(0, 0, 1), c);
        Assert.Equal(LpStatus.Optimal, s2);
        Assert.Equal(Rational.One, v2);
        Assert.Equal(BoxedOptimum(chvatal, V(0, 0, 1), c, 1000), v2);
        Assert.Equal(V(0, 0, 1), MatVec(chvatal, x2));
        Assert.All(x2, v => Assert.True(v.Sign >= 0));
    }

    /// <summary>
    /// A degenerate cone (b = 0) found by a search against a mutated copy: entering the last improving column instead of
    /// the first (Bland's rule) cycles here, so this pins the anti-cycling rule.
    /// </summary>
    [Fact]
    public void Simplex_does_not_cycle_on_a_degenerate_cone()
    {
        Rational[][] a = [V(2, -2, 1, -1, 2, -1, 0), V(-2, -1, -2, 2, 2, -2, -1), V(0, 1, -2, 0, 1, 1, 2), V(-2, 1, -1, 1, -1, 1, -1)];
        var b = V(0, 0, 0, 0);
        var c = V(2, 2, 2, 0, 1, 0, 0);
        var (status, value, x) = ExactSimplex.Maximise(a, b, c);
        var v1 = BoxedOptimum(a, b, c, 1)!.Value;
        var v2 = BoxedOptimum(a, b, c, 2)!.Value;
        Assert.Equal(v2 > v1 ? LpStatus.Unbounded : LpStatus.Optimal, status);
        if (status == LpStatus.Optimal) { Assert.Equal(Rational.Zero, value); Assert.Equal(b, MatVec(a, x)); }
    }
}
