using Verification.Dynamics.Lsz;
using Xunit;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary><see cref="Schedules"/>: S_n^± against direct summation, and no overflow for huge geometric growth.</summary>
[Trait("Paper", "LSZ")]
public class SchedulesTests
{
    private static double[] Direct(Func<int, double> eta, double a, double c, IReadOnlyList<int> at)
    {
        return at.Select(n =>
        {
            double s = 0;
            for (var k = 0; k < n; k++)
            {
                double q = a;
                for (var i = 0; i <= k; i++) q += eta(i) * eta(i) + c * eta(i);
                s += eta(k) / Math.Sqrt(q);
            }
            return s;
        }).ToArray();
    }

    [Fact]
    public void Schedules_equal_direct_summation()
    {
        int[] at = [0, 1, 3, 3, 6];
        foreach (var (logEta, name) in new (Func<int, double>, string)[] { (k => k * Math.Log(2), "2^k"), (k => -0.5 * Math.Log(k + 1), "1/√(k+1)"),
            (_ => Math.Log(0.3), "0.3") })
        {
            var sm = Schedules.SMinus(logEta, 2, at);
            var sp = Schedules.SPlus(logEta, 2, 0.5, at);
            var dm = Direct(k => Math.Exp(logEta(k)), 2, 0, at);
            var dp = Direct(k => Math.Exp(logEta(k)), 2, 0.5, at);
            for (var i = 0; i < at.Length; i++)
            {
                Assert.True(Math.Abs(sm[i] - dm[i]) <= 1e-14 * (1 + dm[i]), $"{name}: S⁻_{at[i]} = {sm[i]:R} vs {dm[i]:R}");
                Assert.True(Math.Abs(sp[i] - dp[i]) <= 1e-14 * (1 + dp[i]), $"{name}: S⁺_{at[i]} = {sp[i]:R} vs {dp[i]:R}");
            }
        }
        Assert.Empty(Schedules.SMinus(k => 0, 1, []));
        // regression: n = 0 (the empty sum) in `at` used to leave every later entry at 0
        var s0 = Schedules.SMinus(k => 0, 1, [0, 2]); // η ≡ 1, A = 1: S_2 = 1/√2 + 1/√3
        Assert.Equal(0, s0[0]);
        Assert.Equal(1 / Math.Sqrt(2) + 1 / Math.Sqrt(3), s0[1], 1e-15);
    }

    [Fact]
    public void Schedules_do_not_overflow_for_huge_geometric_growth()
    {
        // η_k = e^(800k): η_0 = 1 gives 1/√(A + 1); every later term is 1/√(A/η_k² + 1 + O(e^(−1600))) = 1.
        var s = Schedules.SMinus(k => 800.0 * k, 3, [1, 2, 5]);
        Assert.Equal(0.5, s[0], 1e-15);
        Assert.Equal(1.5, s[1], 1e-15);
        Assert.Equal(4.5, s[2], 1e-15);
        // S⁺ with C = 8: the first term is 1/√(3 + 1 + 8) ; then C/η_k vanishes
        var p = Schedules.SPlus(k => 800.0 * k, 3, 8, [1, 3]);
        Assert.Equal(1 / Math.Sqrt(12), p[0], 1e-15);
        Assert.Equal(1 / Math.Sqrt(12) + 2, p[1], 1e-15);
    }
}
