using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 5 (Figure 2): the figure's case is a seed, so the oracles pin the default seed's exact class set and the
    /// quantities its evaluation reports, and the sampling band's role in the decision.</summary>
    public sealed class Section5Oracles
    {
        private static readonly Lsz.Figure2 Figure2 = (Lsz.Figure2)ClaimAssert.Get("LSZ.Fig2");

        /// <summary>The grid {−3, −2.75, …, 3}² holds obtuse points, points of Lemma 3 (iv)'s region ‖w‖ ≤ c₀cos θ/(2πl) (l = 1/8:
        /// radius 4/π ≈ 1.27 along v) and points with |g| inside the sampling band: all three classes, nothing else.</summary>
        [Fact]
        public void Figure2_classifies_the_default_seed_exactly() =>
            Assert.Equal(Set("obtuse-region", "lemma3-iv-region", "zero-set-band"), Figure2.Classify(Budgets.DefaultSeed).ToHashSet());

        /// <summary>625 grid points (25²) as printed; without the band some 1000-sample sign near the zero set of g disagrees with the
        /// population sign, and the violation is that point's |g|, which lies inside the band (the band is what excuses it).</summary>
        [Fact]
        public void Figure2_evaluation_needs_the_sampling_band()
        {
            var ok = Figure2.Evaluate(Budgets.DefaultSeed, Context.AsPrinted);
            Assert.Equal(Status.Holds, ok.Status);
            Assert.StartsWith("625 grid points, ", ok.Detail, StringComparison.Ordinal);
            Assert.Contains("all inside the sampling band", ok.Detail, StringComparison.Ordinal);
            var bare = Figure2.Evaluate(Budgets.DefaultSeed, new Context(Variant: "no-sampling-band"));
            Assert.Equal(Status.Fails, bare.Status);
            Assert.Contains("outside the sampling band 0", bare.Detail, StringComparison.Ordinal);
            Assert.True(bare.Violation > 0, $"violation {bare.Violation}");
        }
    }
}
