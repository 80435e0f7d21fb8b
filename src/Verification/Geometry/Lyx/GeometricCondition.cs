using Verification.Arithmetic;

namespace Verification.Geometry.Lyx;

/// <summary>
/// The geometric condition (GC) of LYX Lemma 4 [J Lemma 5.2] for non-zero vectors w_1..w_k ∈ R^d, decided exactly in each
/// of its four printed forms. GC is invariant under positive scaling of each w_j, so the forms are evaluated on the given
/// vectors (no normalisation, no square roots); pass rational unit vectors to evaluate them literally on w̃_j.
/// </summary>
public static class GeometricCondition
{
    private static void Validate(IReadOnlyList<Rational[]> w)
    {
        if (w.Count == 0) throw new ArgumentException("GC needs at least one vector.");
        var d = w[0].Length;
        if (d < 1) throw new ArgumentException("Dimension must be at least 1.");
        foreach (var v in w)
        {
            if (v.Length != d) throw new ArgumentException("Vectors of different dimensions.");
            if (v.All(x => x.Sign == 0)) throw new ArgumentException("w̃_j = w_j/|w_j| is undefined for w_j = 0.");
        }
    }

    /// <summary>
    /// Form 1 (sign test over directions): for every direction n there are j1, j2 with ⟨n, w_j1⟩ &gt; 0 and ⟨n, w_j2⟩ &lt; 0.
    /// Decided exactly by a finite set of directions: if the w_j do not span R^d, a normal n of their span has all products 0;
    /// otherwise the cone {n : ⟨n, w_j⟩ ≥ 0 ∀j} is pointed and is non-trivial iff it has an extreme ray, which is the
    /// (one-dimensional) null space of d − 1 linearly independent w_j; both signs of each such ray are tested.
    /// Returns the witness direction when GC fails.
    /// </summary>
    public static (bool Holds, Rational[]? Witness) SignTest(IReadOnlyList<Rational[]> w)
    {
        Validate(w);
        var d = w[0].Length;
        if (LinearAlgebra.Rank(w) < d)
            return (false, LinearAlgebra.NullSpace(w, d)[0]);
        foreach (var subset in Subsets(w.Count, d - 1))
        {
            var rows = subset.Select(i => w[i]).ToList();
            var ns = LinearAlgebra.NullSpace(rows, d);
            if (ns.Count != 1) continue;
            foreach (var sign in new[] { 1, -1 })
            {
                var n = ns[0].Select(x => sign * x).ToArray();
                if (w.All(v => Vec.Dot<Rational>(n, v).Sign >= 0)) return (false, n);
            }
        }
        return (true, null);
    }

    /// <summary>
    /// Form 2 (hemisphere test): no closed hemisphere {x : ⟨n, x⟩ ≥ 0} contains all w̃_j. Decided by an exact linear program:
    /// if the w_j span R^d, a closed hemisphere exists iff {n : ⟨n, w_j⟩ ≥ 0, Σ_j ⟨n, w_j⟩ = 1} is feasible (n = p − q, p, q ≥ 0).
    /// </summary>
    public static bool HemisphereTest(IReadOnlyList<Rational[]> w)
    {
        Validate(w);
        var d = w[0].Length;
        var k = w.Count;
        if (LinearAlgebra.Rank(w) < d) return false;
        // variables p (d), q (d), s (k) ≥ 0; rows: ⟨p − q, w_j⟩ − s_j = 0 (k rows), Σ_j ⟨p − q, w_j⟩ = 1.
        var nv = 2 * d + k;
        var a = new Rational[k + 1][];
        var b = new Rational[k + 1];
        for (var j = 0; j < k; j++)
        {
            a[j] = Zeros(nv);
            for (var i = 0; i < d; i++) { a[j][i] = w[j][i]; a[j][d + i] = -w[j][i]; }
            a[j][2 * d + j] = Rational.NegativeOne;
            b[j] = Rational.Zero;
        }
        a[k] = Zeros(nv);
        for (var j = 0; j < k; j++)
            for (var i = 0; i < d; i++) { a[k][i] += w[j][i]; a[k][d + i] -= w[j][i]; }
        b[k] = Rational.One;
        var (status, _, _) = ExactSimplex.Maximise(a, b, Zeros(nv));
        return status == LpStatus.Infeasible;
    }

    /// <summary>
    /// Form 3: 0 lies in the interior of the convex hull of the w̃_j. Equivalent to: the w_j span R^d and 0 = Σ λ_j w_j with
    /// every λ_j &gt; 0 (0 in the relative interior, and the affine hull, which then contains 0, is R^d). The λ are found by
    /// the exact LP max t s.t. Σ_j (μ_j + t) w_j = 0, Σ_j (μ_j + t) = 1, μ, t ≥ 0; GC holds iff t* &gt; 0.
    /// Scaling w_j by c_j &gt; 0 rescales λ_j by 1/c_j, so the answer is the same for w_j and w̃_j.
    /// </summary>
    public static (bool Holds, Rational[]? Lambda) InteriorTest(IReadOnlyList<Rational[]> w)
    {
        Validate(w);
        var d = w[0].Length;
        var k = w.Count;
        if (LinearAlgebra.Rank(w) < d) return (false, null);
        var nv = k + 1;
        var a = new Rational[d + 1][];
        var b = new Rational[d + 1];
        for (var i = 0; i < d; i++)
        {
            a[i] = Zeros(nv);
            var sum = Rational.Zero;
            for (var j = 0; j < k; j++) { a[i][j] = w[j][i]; sum += w[j][i]; }
            a[i][k] = sum;
            b[i] = Rational.Zero;
        }
        a[d] = Zeros(nv);
        for (var j = 0; j < k; j++) a[d][j] = Rational.One;
        a[d][k] = k;
        b[d] = Rational.One;
        var c = Zeros(nv);
        c[k] = Rational.One;
        var (status, value, x) = ExactSimplex.Maximise(a, b, c);
        if (status != LpStatus.Optimal || value.Sign <= 0) return (false, null);
        return (true, Enumerable.Range(0, k).Select(j => x[j] + x[k]).ToArray());
    }

    /// <summary>
    /// Form 4 (facets): for every facet H_i of the convex hull of the given points, 0 lies strictly on the side of H_i where
    /// the points lie. Exact brute-force facet enumeration (every affinely independent d-subset whose hyperplane supports all
    /// points), meant for d = 2, 3 (and small d generally). A hull that is not full-dimensional has no enclosing facets; it is
    /// supported by the two half-spaces of an affine hyperplane containing it, which 0 cannot both satisfy strictly, so the
    /// form is false then. "Same side" is read strictly for 0 (0 on a facet is on no side); the closed reading is
    /// <see cref="FacetTestClosed"/>.
    /// </summary>
    public static bool FacetTest(IReadOnlyList<Rational[]> p) => Facets(p) is { } f && f.All(h => h.Offset.Sign > 0);

    /// <summary>Form 4 with 0 allowed on a facet (closed half-spaces).</summary>
    public static bool FacetTestClosed(IReadOnlyList<Rational[]> p) => Facets(p) is { } f && f.All(h => h.Offset.Sign >= 0);

    /// <summary>
    /// The facet hyperplanes {x : ⟨n, x⟩ = a} oriented so that every point has ⟨n, p⟩ ≤ a; null if the hull is not full-dimensional.
    /// </summary>
    public static List<(Rational[] Normal, Rational Offset)>? Facets(IReadOnlyList<Rational[]> p)
    {
        Validate(p);
        var d = p[0].Length;
        var diffs = p.Skip(1).Select(x => Vec.Sub(x, p[0])).ToList();
        if (LinearAlgebra.Rank(diffs) < d) return null;
        var facets = new List<(Rational[], Rational)>();
        foreach (var subset in Subsets(p.Count, d))
        {
            var rows = subset.Skip(1).Select(i => Vec.Sub(p[i], p[subset[0]])).ToList();
            var ns = LinearAlgebra.NullSpace(rows, d);
            if (ns.Count != 1) continue;
            var n = ns[0];
            var a = Vec.Dot<Rational>(n, p[subset[0]]);
            var above = p.Any(x => Vec.Dot<Rational>(n, x) > a);
            var below = p.Any(x => Vec.Dot<Rational>(n, x) < a);
            if (above && below) continue;
            if (above) { n = n.Select(x => -x).ToArray(); a = -a; }
            facets.Add((n, a));
        }
        return facets;
    }

    /// <summary>GC (form 3, the defining form) for doubles, decided exactly on their rational values.</summary>
    public static bool Holds(IReadOnlyList<double[]> w) =>
        SignTest(w.Select(v => v.Select(Rational.FromDouble).ToArray()).ToList()).Holds;

    /// <summary>
    /// GC for vectors in the plane, in double: the directions leave no closed half-plane empty, i.e. every angular gap
    /// between consecutive directions is below π. Used in the simulations (exact cross-checks in tests); returns false for
    /// any zero vector.
    /// </summary>
    public static bool Holds2D(ReadOnlySpan<double> wx, ReadOnlySpan<double> wy)
    {
        var k = wx.Length;
        Span<double> angles = stackalloc double[k];
        for (var j = 0; j < k; j++)
        {
            if (wx[j] == 0 && wy[j] == 0) return false;
            angles[j] = Math.Atan2(wy[j], wx[j]);
        }
        angles.Sort();
        var maxGap = angles[0] + 2 * Math.PI - angles[k - 1];
        for (var j = 1; j < k; j++) maxGap = Math.Max(maxGap, angles[j] - angles[j - 1]);
        return maxGap < Math.PI;
    }

    /// <summary>All size-r subsets of {0..n−1} in lexicographic order.</summary>
    public static IEnumerable<int[]> Subsets(int n, int r)
    {
        if (r == 0) { yield return []; yield break; }
        if (r > n) yield break;
        var idx = Enumerable.Range(0, r).ToArray();
        while (true)
        {
            yield return (int[])idx.Clone();
            var i = r - 1;
            while (i >= 0 && idx[i] == n - r + i) i--;
            if (i < 0) yield break;
            idx[i]++;
            for (var j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
        }
    }

    private static Rational[] Zeros(int n)
    {
        var z = new Rational[n];
        Array.Fill(z, Rational.Zero);
        return z;
    }
}
