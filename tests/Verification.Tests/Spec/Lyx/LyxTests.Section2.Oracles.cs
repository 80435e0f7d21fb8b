using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 2 (LYX.J.Assumption1): exact class sets, the construction and the exhaustive search, and the generator on both
    /// sides of k ≥ n.</summary>
    public sealed class Section2Oracles
    {
        private static readonly Lyx.JAssumption1 Claim = (Lyx.JAssumption1)ClaimAssert.Get("LYX.J.Assumption1");

        public static TheoryData<int, int, string[]> Classes => new()
        {
            { 3, 3, ["k-equals-n", "n-at-least-3"] },
            { 2, 2, ["k-equals-n"] },
            { 1, 1, ["k-equals-n"] },
            { 2, 3, [] },
            { 3, 4, ["n-at-least-3"] },
            { 4, 3, ["n-at-least-3"] },
            { 3, 2, ["n-at-least-3"] },
        };

        [Fact]
        public void Assumption1_classifies_exactly() =>
            Table.Each(Classes, (int n, int k, string[] expected) => Assert.Equal(Set(expected), Claim.Classify(new Lyx.Assumption1Case(n, k, 1)).ToHashSet()));

        [Fact]
        public void Assumption1_construction_holds_from_k_equal_n()
        {
            foreach (var (n, k) in new[] { (1, 1), (2, 2), (3, 3), (2, 5), (4, 7) })
            {
                var e = Claim.Evaluate(new Lyx.Assumption1Case(n, k, Q(3, 4)), Context.AsPrinted);
                Assert.Equal(Status.Holds, e.Status);
                Assert.StartsWith("constructed V = ", e.Detail, StringComparison.Ordinal);
            }
            // n = 2, k = 3: columns owned by classes 0, 1, 0
            Assert.Equal("constructed V = [(1/2, -1/2, 1/2), (-1/2, 1/2, -1/2)]",
                Claim.Evaluate(new Lyx.Assumption1Case(2, 3, Q(1, 2)), Context.AsPrinted).Detail);
        }

        [Fact]
        public void Assumption1_owner_zero_elsewhere_breaks_item_3()
        {
            var e = Claim.Evaluate(new Lyx.Assumption1Case(2, 2, 1), new Context(Variant: "owner-zero-elsewhere"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1, e.Violation);
            Assert.Equal("constructed V = [(1, 0), (0, 1)]", e.Detail);
        }

        [Fact]
        public void Assumption1_exhaustive_search_finds_no_V_below_k_equal_n()
        {
            foreach (var (n, k) in new[] { (2, 1), (3, 2), (4, 3), (3, 1) })
            {
                var e = Claim.Evaluate(new Lyx.Assumption1Case(n, k, 1), Context.AsPrinted);
                Assert.Equal(Status.Fails, e.Status);
                Assert.Equal(1, e.Violation);
                Assert.Equal($"no V with k = {k} < n = {n} satisfies Assumption 1 (all 2^{n * k} sign patterns)", e.Detail);
            }
        }

        [Fact]
        public void Assumption1_generator_sides_of_k_at_least_n()
        {
            foreach (var x in GeneratedCases.Of(Claim, 80))
            {
                Assert.InRange(x.N, 1, 4);
                Assert.InRange(x.K - x.N, 0, 3);
                Assert.True(x.V.Sign > 0 && x.V <= 3, $"v = {x.V}");
            }
            foreach (var x in GeneratedCases.Of(Claim, 80, ctx: new Context(Weakened: "k-at-least-n")))
            {
                Assert.InRange(x.K, 1, 3);
                Assert.True(x.K < x.N && x.N <= 4, $"n = {x.N}, k = {x.K}");
            }
        }
    }
}
