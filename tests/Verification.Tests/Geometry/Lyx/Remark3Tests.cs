using System.Numerics;
using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Xunit;
using static Verification.Tests.ExactOracles;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry.Lyx;

/// <summary>Subsets, binomials, P_gc and the counts of sign patterns of Remark 3 against Pascal's triangle and bit masks.</summary>
public class Remark3Tests
{
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

    [Fact]
    public void Remark3FormulaKnownValues()
    {
        Assert.Equal(new Rational(1, 4), Remark3.Pgc(3, 2));        // 1 − 3/4
        Assert.Equal(new Rational(1, 2), Remark3.Pgc(4, 2));        // 1 − 4/8
        Assert.Equal(new Rational(3, 4), Remark3.Pgc(3, 1));        // both signs present
        Assert.Equal(Rational.Zero, Remark3.Pgc(3, 3));             // k ≤ d: never
    }
}
