using Verification.Arithmetic;

namespace Verification.Geometry.Lyx;

/// <summary>LYX Remark 3: the probability that GC holds for k independent uniform directions in R^d, and its combinatorial core.</summary>
public static class Remark3
{
    public static System.Numerics.BigInteger Binomial(int n, int r)
    {
        if (r < 0 || r > n) return 0;
        System.Numerics.BigInteger c = 1;
        for (var i = 1; i <= r; i++) c = c * (n - r + i) / i;
        return c;
    }

    /// <summary>P_gc = 2^(1−k) Σ_{j=d}^{k−1} C(k−1, j), as printed.</summary>
    public static Rational Pgc(int k, int d)
    {
        System.Numerics.BigInteger s = 0;
        for (var j = d; j <= k - 1; j++) s += Binomial(k - 1, j);
        return new Rational(2 * s, System.Numerics.BigInteger.Pow(2, k));
    }

    /// <summary>The count printed in the proof: Σ_J 1_gc(S_J) = 2^k − 2 Σ_{j=0}^{d−1} C(k−1, j).</summary>
    public static System.Numerics.BigInteger PrintedCount(int k, int d)
    {
        System.Numerics.BigInteger s = 0;
        for (var j = 0; j <= d - 1; j++) s += Binomial(k - 1, j);
        return System.Numerics.BigInteger.Pow(2, k) - 2 * s;
    }

    /// <summary>Σ_J 1_gc(S_J) by enumerating all 2^k sign patterns J ∈ {±1}^k (GC decided exactly by the sign test).</summary>
    public static int CountSignPatterns(IReadOnlyList<Rational[]> w)
    {
        var k = w.Count;
        var count = 0;
        for (var mask = 0; mask < 1 << k; mask++)
        {
            var s = new Rational[k][];
            for (var j = 0; j < k; j++) s[j] = ((mask >> j) & 1) == 1 ? w[j].Select(x => -x).ToArray() : w[j];
            if (GeometricCondition.SignTest(s).Holds) count++;
        }
        return count;
    }
}
