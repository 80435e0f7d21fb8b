using System.Numerics;
using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Xunit;

namespace Verification.Tests.Geometry;

/// <summary>
/// The exact linear algebra, the exact simplex and the four forms of the geometric condition against independent oracles:
/// determinants by Laplace expansion (rank by minors, Cramer's rule), linear programs by enumerating basic solutions,
/// GC in the plane by an exact angular sort, facets by cross products. Inputs are small integer matrices decoded from an
/// FsCheck-generated int[] (so that FsCheck shrinks towards small, simple cases).
/// </summary>
public class GeometryPropertiesTests
{
    private static Rational[] V(params int[] x) => x.Select(i => (Rational)i).ToArray();

    // ---------- oracles ----------

    /// <summary>Determinant by Laplace expansion along the first row (independent of the elimination code).</summary>
    private static Rational Det(Rational[][] m)
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
    private static int RankByMinors(IReadOnlyList<Rational[]> rows, int cols)
    {
        for (var r = Math.Min(rows.Count, cols); r > 0; r--)
            foreach (var rs in GeometricCondition.Subsets(rows.Count, r).ToList())
                foreach (var cs in GeometricCondition.Subsets(cols, r).ToList())
                    if (Det(rs.Select(i => cs.Select(j => rows[i][j]).ToArray()).ToArray()).Sign != 0) return r;
        return 0;
    }

    private static IEnumerable<int[]> AllSubsets(int n, int r)
    {
        // Independent of GeometricCondition.Subsets: filter bit masks.
        for (var mask = 0; mask < 1 << n; mask++)
            if (BitOperations.PopCount((uint)mask) == r)
                yield return Enumerable.Range(0, n).Where(i => ((mask >> i) & 1) == 1).ToArray();
    }

    private static Rational[] MatVec(Rational[][] a, Rational[] x) => a.Select(r => Vec.Dot<Rational>(r, x)).ToArray();

    // ---------- ExactLinAlg ----------

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

    // ---------- ExactSimplex ----------

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

    // ---------- the geometric condition ----------

    /// <summary>GC in the plane decided by an exact angular sort: every cyclic gap between consecutive directions is below π.</summary>
    private static bool GcPlaneOracle(IReadOnlyList<Rational[]> w)
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

    private static List<Rational[]> Vectors(RawInts g, int d, int k)
    {
        var w = new List<Rational[]>();
        for (var j = 0; j < k; j++)
        {
            var v = g.IntRow(d, 2);
            if (v.All(x => x.Sign == 0)) v[j % d] = j % 2 == 0 ? 1 : -1; // the forms need non-zero vectors
            w.Add(v);
        }
        if (g.Int(0, 1) == 1) // append −Σ w_j (when non-zero): 0 is then a positive combination, so GC often holds
        {
            var s = w.Aggregate(new Rational[d].Select(_ => Rational.Zero).ToArray(), Vec.Add).Select(x => -x).ToArray();
            if (s.Any(x => x.Sign != 0)) w.Add(s);
        }
        return w;
    }

    [Property(MaxTest = 300)]
    public void The_four_forms_agree_and_carry_certificates(int[] raw)
    {
        var g = new RawInts(raw);
        var d = g.Int(1, 3);
        var k = g.Int(1, d == 3 ? 4 : 5);
        var w = Vectors(g, d, k);
        var (sign, witness) = GeometricCondition.SignTest(w);
        var hemisphere = GeometricCondition.HemisphereTest(w);
        var (interior, lambda) = GeometricCondition.InteriorTest(w);
        var facet = GeometricCondition.FacetTest(w);
        Assert.Equal(sign, hemisphere);
        Assert.Equal(sign, interior);
        Assert.Equal(sign, facet);
        Assert.Equal(sign, GeometricCondition.Holds(w.Select(Vec.ToDouble).ToList()));
        if (d == 1) Assert.Equal(w.Any(v => v[0].Sign > 0) && w.Any(v => v[0].Sign < 0), sign);
        if (d == 2) Assert.Equal(GcPlaneOracle(w), sign);
        if (sign)
        {
            Assert.Null(witness);
            Assert.NotNull(lambda);
            Assert.Equal(w.Count, lambda!.Length);
            Assert.All(lambda, l => Assert.True(l.Sign > 0));
            Assert.All(Enumerable.Range(0, d), i => Assert.Equal(Rational.Zero, Enumerable.Range(0, w.Count).Aggregate(Rational.Zero, (s, j) => s + lambda[j] * w[j][i])));
        }
        else
        {
            // A witness direction n ≠ 0 with ⟨n, w_j⟩ ≥ 0 for every j: the closed hemisphere that contains all w_j.
            Assert.NotNull(witness);
            Assert.Contains(witness!, x => x.Sign != 0);
            Assert.All(w, v => Assert.True(Vec.Dot<Rational>(witness, v).Sign >= 0));
            Assert.Null(lambda);
        }
    }

    /// <summary>Canonical form of a hyperplane {⟨n, x⟩ = a} up to positive scaling: divide by |first non-zero of n|.</summary>
    private static string Canon(Rational[] n, Rational a)
    {
        var s = Rational.Abs(n.First(x => x.Sign != 0));
        return string.Join(",", n.Append(a).Select(x => (x / s).ToString()));
    }

    /// <summary>Facets of the hull of points in dimension 1, 2 or 3 by cross products: supporting hyperplanes through d points.</summary>
    private static HashSet<string>? FacetOracle(IReadOnlyList<Rational[]> p, int d)
    {
        var set = new HashSet<string>();
        foreach (var s in AllSubsets(p.Count, d))
        {
            Rational[] n = d switch
            {
                1 => [Rational.One],
                2 => [p[s[1]][1] - p[s[0]][1], p[s[0]][0] - p[s[1]][0]],
                _ => Cross3(Vec.Sub(p[s[1]], p[s[0]]), Vec.Sub(p[s[2]], p[s[0]])),
            };
            if (n.All(x => x.Sign == 0)) continue;
            var a = Vec.Dot<Rational>(n, p[s[0]]);
            var signs = p.Select(x => (Vec.Dot<Rational>(n, x) - a).Sign).ToList();
            if (signs.Contains(1) && signs.Contains(-1)) continue;
            if (signs.Contains(1)) { n = n.Select(x => -x).ToArray(); a = -a; }
            set.Add(Canon(n, a));
        }
        return set;
    }

    private static Rational[] Cross3(Rational[] u, Rational[] v) =>
        [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];

    [Property(MaxTest = 300)]
    public void Facets_agree_with_cross_products(int[] raw)
    {
        var g = new RawInts(raw);
        var d = g.Int(1, 3);
        var k = g.Int(1, d == 3 ? 5 : 6);
        var p = Enumerable.Range(0, k).Select(j => g.IntRow(d, 2)).Select(v => v.All(x => x.Sign == 0) ? v.Select(_ => Rational.One).ToArray() : v).ToList();
        var facets = GeometricCondition.Facets(p);
        var fullDimensional = RankByMinors(p.Skip(1).Select(x => Vec.Sub(x, p[0])).ToList(), d) == d;
        if (!fullDimensional)
        {
            Assert.Null(facets);
            Assert.False(GeometricCondition.FacetTest(p));
            Assert.False(GeometricCondition.FacetTestClosed(p));
            return;
        }
        Assert.NotNull(facets);
        foreach (var (n, a) in facets!) Assert.All(p, x => Assert.True(Vec.Dot<Rational>(n, x) <= a)); // oriented: points below
        var oracle = FacetOracle(p, d)!;
        Assert.Equal(oracle.OrderBy(s => s), facets.Select(f => Canon(f.Normal, f.Offset)).Distinct().OrderBy(s => s));
        Assert.Equal(facets.All(f => f.Offset.Sign > 0), GeometricCondition.FacetTest(p));
        Assert.Equal(facets.All(f => f.Offset.Sign >= 0), GeometricCondition.FacetTestClosed(p));
    }

    [Fact]
    public void Facet_readings_differ_when_zero_is_on_a_facet()
    {
        List<Rational[]> square = [V(-1, 0), V(1, 0), V(-1, 1), V(1, 1)]; // 0 on the bottom edge
        Assert.False(GeometricCondition.FacetTest(square));
        Assert.True(GeometricCondition.FacetTestClosed(square));
        List<Rational[]> shifted = [V(-1, -1), V(1, -1), V(-1, 1), V(1, 1)];
        Assert.True(GeometricCondition.FacetTest(shifted));
        Assert.True(GeometricCondition.FacetTestClosed(shifted));
        List<Rational[]> away = [V(1, 1), V(2, 1), V(1, 2)];
        Assert.False(GeometricCondition.FacetTest(away));
        Assert.False(GeometricCondition.FacetTestClosed(away));
    }

    [Fact]
    public void Invalid_vector_sets_are_rejected()
    {
        Func<IReadOnlyList<Rational[]>, object>[] forms =
        [
            w => GeometricCondition.SignTest(w), w => GeometricCondition.HemisphereTest(w), w => GeometricCondition.InteriorTest(w),
            w => GeometricCondition.FacetTest(w), w => GeometricCondition.Facets(w)!,
        ];
        foreach (var f in forms)
        {
            Assert.Equal("GC needs at least one vector.", Assert.Throws<ArgumentException>(() => f([])).Message);
            Assert.Equal("Dimension must be at least 1.", Assert.Throws<ArgumentException>(() => f([[]])).Message);
            Assert.Equal("Vectors of different dimensions.", Assert.Throws<ArgumentException>(() => f([V(1, 0), V(1)])).Message);
            Assert.Contains("undefined for w_j = 0", Assert.Throws<ArgumentException>(() => f([V(1, 0), V(0, 0)])).Message);
        }
    }

    [Fact]
    public void Sign_test_witnesses_on_known_sets()
    {
        // Rank-deficient: the normal of the span, with all products 0.
        var (holds, n) = GeometricCondition.SignTest([V(1, 1), V(-2, -2)]);
        Assert.False(holds);
        Assert.Equal(V(-1, 1), n);
        // Spanning but in a half-plane: x-axis directions and (0, 1): witness (0, 1) up to scaling.
        (holds, n) = GeometricCondition.SignTest([V(1, 0), V(-1, 0), V(0, 1)]);
        Assert.False(holds);
        Assert.Equal(Rational.Zero, n![0]);
        Assert.True(n[1].Sign > 0);
        Assert.Equal((true, (Rational[]?)null), GeometricCondition.SignTest([V(1), V(-1)]));
    }

    [Fact]
    public void Interior_test_returns_the_convex_weights()
    {
        var (holds, lambda) = GeometricCondition.InteriorTest([V(1, 0), V(-1, 1), V(-1, -1)]);
        Assert.True(holds);
        Assert.Equal([new(1, 2), new(1, 4), new(1, 4)], lambda!);
        Assert.Equal((false, (Rational[]?)null), GeometricCondition.InteriorTest([V(1, 0), V(-1, 0)])); // does not span
        Assert.Equal((false, (Rational[]?)null), GeometricCondition.InteriorTest([V(1, 0), V(0, 1), V(-1, 0)])); // 0 on the hull
    }

    [Fact]
    public void Holds2D_agrees_with_the_exact_angular_oracle()
    {
        // All small integer pairs of two or three directions, with no two exactly opposite (a gap of exactly π is a tie in double).
        var dirs = new List<int[]>();
        for (var x = -2; x <= 2; x++) for (var y = -2; y <= 2; y++) if (x != 0 || y != 0) dirs.Add([x, y]);
        var rng = new Random(5);
        for (var t = 0; t < 400; t++)
        {
            var k = 1 + t % 4;
            var w = Enumerable.Range(0, k).Select(_ => dirs[rng.Next(dirs.Count)]).ToList();
            if (w.Any(a => w.Any(b => a[0] * b[1] == a[1] * b[0] && a[0] * b[0] + a[1] * b[1] < 0))) continue;
            var exact = GcPlaneOracle(w.Select(v => V(v)).ToList());
            Assert.Equal(exact, GeometricCondition.Holds2D(w.Select(v => (double)v[0]).ToArray(), w.Select(v => (double)v[1]).ToArray()));
        }
        Assert.False(GeometricCondition.Holds2D([1, 0, -1], [0, 0, 0]));
        Assert.False(GeometricCondition.Holds2D([1, -1], [0, 0])); // opposite: a gap of exactly π
        Assert.True(GeometricCondition.Holds2D([1, -1, 0, 0], [0, 0, 1, -1]));
        Assert.False(GeometricCondition.Holds2D([1], [1]));
    }

    // ---------- combinatorics ----------

    [Fact]
    public void Subsets_are_all_r_subsets_in_lexicographic_order()
    {
        for (var n = 0; n <= 6; n++)
            for (var r = 0; r <= 7; r++)
            {
                var s = GeometricCondition.Subsets(n, r).ToList();
                var expected = AllSubsets(n, r).Select(x => string.Join(",", x)).OrderBy(x => x, StringComparer.Ordinal).ToList();
                Assert.Equal((int)Remark3.Binomial(n, r), s.Count);
                Assert.Equal(expected.Count, s.Count);
                Assert.Equal(expected.ToHashSet(), s.Select(x => string.Join(",", x)).ToHashSet());
                for (var i = 1; i < s.Count; i++) Assert.True(Lex(s[i - 1], s[i]) < 0);
            }
    }

    private static int Lex(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++) if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return 0;
    }

    [Fact]
    public void Remark3_closed_forms()
    {
        // Pascal's triangle as the oracle for the binomials.
        var pascal = new BigInteger[16][];
        for (var n = 0; n < 16; n++)
        {
            pascal[n] = new BigInteger[n + 1];
            for (var r = 0; r <= n; r++) pascal[n][r] = r == 0 || r == n ? 1 : pascal[n - 1][r - 1] + pascal[n - 1][r];
        }
        for (var n = 0; n < 16; n++)
        {
            Assert.Equal(0, Remark3.Binomial(n, -1));
            Assert.Equal(0, Remark3.Binomial(n, n + 1));
            for (var r = 0; r <= n; r++) Assert.Equal(pascal[n][r], Remark3.Binomial(n, r));
        }
        for (var k = 1; k < 12; k++)
            for (var d = 1; d < 5; d++)
            {
                BigInteger above = 0, below = 0;
                for (var j = 0; j <= k - 1; j++) if (j >= d) above += pascal[k - 1][j]; else below += pascal[k - 1][j];
                Assert.Equal(new Rational(above, BigInteger.Pow(2, k - 1)), Remark3.Pgc(k, d));
                Assert.Equal(BigInteger.Pow(2, k) - 2 * below, Remark3.PrintedCount(k, d));
            }
    }

    [Fact]
    public void Sign_pattern_count_for_vectors_in_general_position()
    {
        // Moment-curve vectors (1, t, t²): any d of them are independent (Vandermonde), so Wendel's count applies.
        for (var d = 1; d <= 3; d++)
            for (var k = 1; k <= 5; k++)
            {
                var w = Enumerable.Range(1, k).Select(t => Enumerable.Range(0, d).Select(i => (Rational)BigInteger.Pow(t, i)).ToArray()).ToList();
                Assert.Equal(Remark3.PrintedCount(k, d), Remark3.CountSignPatterns(w));
            }
        // Not in general position (a repeated vector): every sign pattern decided by the exact angular oracle.
        List<Rational[]> dup = [V(1, 0), V(1, 0), V(0, 1), V(-1, -1)];
        var expected = 0;
        for (var mask = 0; mask < 16; mask++)
            if (GcPlaneOracle(dup.Select((v, j) => ((mask >> j) & 1) == 1 ? v.Select(x => -x).ToArray() : v).ToList())) expected++;
        Assert.Equal(expected, Remark3.CountSignPatterns(dup));
    }
}
