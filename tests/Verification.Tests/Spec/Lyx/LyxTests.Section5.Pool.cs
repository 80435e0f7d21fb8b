using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Remark 3's Monte Carlo pool under the weakening of 'uniform' (directions of N(μe_1, I), μ = 3/2; fixed seed, the same in
    /// every process) and the printed evaluation that reaches it. The shifted pool (0.7 s) stands in for the printed one (3 s, d = 3 decided
    /// exactly on 2400 near-uniform sets): the same code, every hit count enters the text.</summary>
    public sealed class Section5Pool
    {

        /// <summary>A regression value of the fixed design (24 pairs, 2000 or 300 sets each, seed 0x5EED0003): χ², the worst pair and its
        /// hits.</summary>
        private const string ShiftedPoolText = "χ² = 2.206E+05 on 18 df, p = 0 (α = 0.001); largest |z| = 281 at k = 8, d = 1 (879/2000 vs P_gc = 0.9922)";

        [Fact]
        public void Remark3_shifted_directions_fail_the_pool()
        {
            var (p, text, impossible) = Lyx.Remark3.Pool(Q(3, 2));
            Assert.Equal(ShiftedPoolText, text);
            Assert.Equal(0, impossible);           // GC cannot hold with k ≤ d, shifted or not
            Assert.Equal(0, p);
        }

        public static TheoryData<int, int, string> ShiftedCases => new()
        {
            // P_gc = 1/4 = 2/2^3 = 1 − 3/4 (closed form), P(4, 2) = 1/2 ≥ 1/4, 1 − P(64, 2) = 64/2^63 < 1e-10: the exact checks pass
            { 3, 2, "P_gc = 1/4; count 2/2^3" },
            // P_gc = 0 = P(2, 2): non-decreasing with equality
            { 1, 2, "P_gc = 0; count 0/2^1" },
        };

        [Fact]
        public void Remark3_shifted_evaluation_passes_the_exact_checks_and_fails_the_pool() =>
            Table.Each(ShiftedCases, (int k, int d, string exact) =>
            {
                // the formula does not depend on μ; the Monte Carlo verdict is sample-only, violated by 1 − p = 1
                var e = Remark3.Evaluate(new Lyx.Remark3Case(k, d, Q(3, 2)), Context.AsPrinted);
                Assert.Equal(Status.Fails, e.Status);
                Assert.Equal(1, e.Violation);
                Assert.Equal((CounterexampleClass?)CounterexampleClass.SampleOnly, e.Class);
                Assert.Equal($"{exact}; Monte Carlo over all (k, d): {ShiftedPoolText}", e.Detail);
            });
    }
}
