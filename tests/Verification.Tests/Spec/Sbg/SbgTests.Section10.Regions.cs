using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Propositions 10.1, 10.2 and Lemma 10.2: exact class sets, each hypothesis violated alone, each evaluation branch.</summary>
    public sealed class Section10Regions
    {
        private static readonly Sbg.Proposition10_1 Prop1 = (Sbg.Proposition10_1)ClaimAssert.Get("SBG.Prop10.1");
        private static readonly Sbg.Proposition10_2 Prop2 = (Sbg.Proposition10_2)ClaimAssert.Get("SBG.Prop10.2");
        private static readonly Sbg.Lemma10_2 Lemma2 = (Sbg.Lemma10_2)ClaimAssert.Get("SBG.Lemma10.2");

        public static TheoryData<Sbg.RegionCase, string[]> Prop1Classes => new()
        {
            { Region(Collapsed(2, -3, 1, 1), "C+- (w-sign, u-sign)"), ["C+-"] },
            { Region(Collapsed(-1, 1, 1, 1), "C-+ (w-sign, u-sign)"), ["C-+", "w-boundary", "u-boundary"] },
            // a neuron on the sphere in the w-cluster, in the u-cluster, one of three at radius 2
            { Region(Clustered([0, 2], [3, 3], 1, 3, 1, 1)), ["C++", "w-boundary", "neuron-on-sphere"] },
            { Region(Clustered([5, 5], [2, 4], 5, 3, 1, 1)), ["C++", "neuron-on-sphere"] },
            { Region(Clustered([-1, 2, 2], [5, 5, 5], 1, 5, 2, 1)), ["C++", "neuron-on-sphere"] },
            { Region(Collapsed(2, 2, 1, 1)), ["C++", "sign-zero"] },
            // x = 0: the label breaks the tie w̄·x = ū·x = 0; no boundary or sign-zero class at r‖x‖ = 0, ‖x‖ = 0
            { Region(Collapsed(1, -1, 1, 0), "C++ (w-sign, u-sign)"), ["C++", "x-zero"] },
            { Region(Collapsed(1, -1, 1, 0), "C-- (w-sign, u-sign)"), ["C--", "x-zero"] },
            { Region(Collapsed(1, -1, 1, 0), "C+- (w-sign, u-sign)"), ["C+-", "x-zero"] },
            { Region(Collapsed(1, -1, 1, 0), "C-+ (w-sign, u-sign)"), ["C-+", "x-zero"] },
            { Region(Collapsed(1, -1, 1, 0), "C+"), ["C+-", "x-zero"] },              // a label without the u-sign
            { Region(Collapsed(1, -1, 0, 0)), ["r-zero", "x-zero"] },                 // x = 0 and r = 0: no region at all
            { Region(Collapsed(2, -3, 0, 1)), ["C+-", "r-zero"] },                    // collapsed at r = 0: not on a sphere
            // the label only breaks ties: with x ≠ 0 the signs of w̄·x and ū·x decide
            { Region(Collapsed(-2, -3, 1, 1), "C++ (w-sign, u-sign)"), ["C--"] },
            { Region(Collapsed(2, -3, 1, 1, k: 1)), ["C+-", "k-1"] },
            { Region(Collapsed(2, -3, 1, 1, k: 9)), ["C+-", "wide"] },
            { Region(Collapsed(2, -3, 1, 1, k: 8)), ["C+-"] },
            { Region(Collapsed(2, -3, 1, 1, alpha: Q(1, 20))), ["C+-", "alpha-near-0"] },
            { Region(Collapsed(2, -3, 1, 1, alpha: Q(1, 19))), ["C+-"] },
            { Region(Collapsed(2, -3, 1, 1, alpha: Q(15, 16))), ["C+-", "alpha-near-1"] },
            { Region(Collapsed(2, -3, 1, 1, alpha: Q(14, 15))), ["C+-"] },
        };

        [Fact]
        public void Proposition10_1_classifies_exactly() =>
            Table.Each(Prop1Classes,
                (Sbg.RegionCase x, string[] expected) => Assert.Equal(Set(expected), Prop1.Classify(x).ToHashSet()));

        [Fact]
        public void Proposition10_1_hypotheses_reject_each_violation()
        {
            Assert.True(Sbg.Proposition10_1.HypothesesHold(Region(Collapsed(2, -3, 1, 1))));
            Assert.True(Sbg.Proposition10_1.HypothesesHold(Region(Clustered([0, 2], [-3, -3], 1, -3, 1, 1)))); // on the sphere: closed ball
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Collapsed(2, -3, 1, 1, alpha: 1))));       // α = 1
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Collapsed(2, -3, 1, 1, alpha: 0))));       // α = 0
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Clustered([2, 2], [-3, -3], 2, -3, 1, 1, v: 0))));
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Collapsed(0, 2, 1, 1))));                  // |w̄·x| < r‖x‖
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Collapsed(2, 0, 1, 1))));                  // |ū·x| < r‖x‖
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Clustered([0, 4], [-3, -3], 2, -3, 1, 1)))); // neurons beyond r
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Clustered([0, 2, 4], [-3, -3, -3], 2, -3, 1, 1)))); // one of three inside
            Assert.True(Sbg.Proposition10_1.HypothesesHold(Region(Clustered([2, 2], [-4, -2], 2, -3, 1, 1))));  // u-neurons on the sphere
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Clustered([2, 2], [-3, -3], 2, -2, 1, 1)))); // ū not the mean
            Assert.False(Sbg.Proposition10_1.HypothesesHold(Region(Collapsed(2, -3, -1, 1))));                 // r < 0
        }

        public static TheoryData<Sbg.RegionCase, string[]> Prop2Classes => new()
        {
            { Region(Collapsed(0, 2, 1, 1)), ["u-positive", "2r-equality"] },
            { Region(Collapsed(0, -3, 1, 1)), ["u-negative"] },
            { Region(Collapsed(3, Q(1, 2), 1, 1)), ["w-positive"] },
            { Region(Collapsed(-3, Q(-15, 16), 1, 1)), ["w-negative", "free-near-edge"] },  // the free centre at (15/16)r‖x‖
            { Region(Collapsed(-5, 1, 2, 1)), ["w-negative"] },                               // r = 2: free 1 < (15/16)·2
            { Region(Collapsed(Q(15, 16), 3, 1, 1)), ["u-positive", "free-near-edge"] },
            { Region(Collapsed(Q(7, 8), 3, 1, 1)), ["u-positive"] },
            // no sub-case: |w̄·x| = r‖x‖ or |ū·x| = r‖x‖ is outside, both inside, both outside
            { Region(Collapsed(1, 3, 1, 1)), ["2r-equality", "free-near-edge"] },
            { Region(Collapsed(3, 1, 1, 1)), ["2r-equality", "free-near-edge"] },
            { Region(Collapsed(0, 0, 1, 1)), [] },
            { Region(Collapsed(3, -3, 1, 1)), ["free-near-edge"] },
        };

        [Fact]
        public void Proposition10_2_classifies_exactly() =>
            Table.Each(Prop2Classes,
                (Sbg.RegionCase x, string[] expected) => Assert.Equal(Set(expected), Prop2.Classify(x).ToHashSet()));

        [Fact]
        public void Proposition10_2_hypotheses_reject_each_violation()
        {
            Assert.True(Sbg.Proposition10_2.HypothesesHold(Region(Collapsed(0, 2, 1, 1))));                  // 2r condition at equality
            Assert.False(Sbg.Proposition10_2.HypothesesHold(Region(Collapsed(3, -3, 1, 1))));                 // both outside: no sub-case
            Assert.False(Sbg.Proposition10_2.HypothesesHold(Region(Collapsed(0, 2, 1, 1, alpha: 1))));
            Assert.False(Sbg.Proposition10_2.HypothesesHold(Region(Collapsed(0, Q(3, 2), 1, 1))));           // |(w̄ − ū)·x| < 2r‖x‖
        }

        public static TheoryData<ClusteredCase, string[]> Lemma2Classes => new()
        {
            { Collapsed(0, -1, 1, 1), ["u-boundary", "prop-10.2-region"] },
            { Collapsed(Q(-15, 16), -2, 1, 1), ["w-near-lower", "prop-10.2-region"] },
            { Collapsed(Q(-7, 8), -2, 1, 1), ["prop-10.2-region"] },
            { Collapsed(-1, -3, 2, 1), ["prop-10.2-region"] },                 // r = 2: w̄·x = −1 is not near −2
            { Collapsed(1, -2, 1, 1), ["beyond-region"] },
            { Collapsed(Q(1, 2), -2, 1, 1), ["prop-10.2-region"] },
            { Collapsed(1, -2, 1, 0), ["u-boundary"] },                        // x = 0: ū·x = 0 = r‖x‖ only
            { Collapsed(-1, -1, 1, 1), ["u-boundary", "w-near-lower"] },
            { Collapsed(-2, -2, 1, 1), ["w-near-lower"] },
        };

        [Fact]
        public void Lemma10_2_classifies_exactly() =>
            Table.Each(Lemma2Classes,
                (ClusteredCase x, string[] expected) => Assert.Equal(Set(expected), Lemma2.Classify(x).ToHashSet()));

        [Fact]
        public void Lemma10_2_hypotheses_reject_each_violation()
        {
            Assert.True(Sbg.Lemma10_2.HypothesesHold(Collapsed(0, -1, 1, 1)));                 // ū·x = −r‖x‖ allowed
            Assert.True(Sbg.Lemma10_2.HypothesesHold(Collapsed(Q(-15, 16), -1, 1, 1)));
            Assert.True(Sbg.Lemma10_2.HypothesesHold(Collapsed(3, -1, 1, 1)));                 // beyond the region: w̄·x ≥ r‖x‖
            Assert.False(Sbg.Lemma10_2.HypothesesHold(Collapsed(0, 2, 1, 1)));                 // ū·x > 0
            Assert.False(Sbg.Lemma10_2.HypothesesHold(Collapsed(0, Q(-1, 2), 1, 1)));          // ū·x > −r‖x‖
            Assert.False(Sbg.Lemma10_2.HypothesesHold(Collapsed(0, -1, 1, 1, alpha: 1)));
            Assert.False(Sbg.Lemma10_2.HypothesesHold(Collapsed(0, -1, 0, 1)));                // r = 0
            Assert.False(Sbg.Lemma10_2.HypothesesHold(Collapsed(-1, -1, 1, 1)));               // w̄·x = −r‖x‖
        }

        private static bool BoundFailed(Evaluation e) => e.Detail.StartsWith("bound fails", StringComparison.Ordinal);

        [Fact]
        public void Lemma10_2_bound_and_conclusion_each_decide()
        {
            // α = 1/2, k = 2, r = 3, ‖x‖ = 2: αkr‖x‖ = 6, (αkr)²‖x‖² = 36
            var holds = Lemma2.Evaluate(Clustered([1, 1], [-1, -1], 1, -1, 3, 2), Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.Equal(new Slack(-4, 6), holds.Slack);
            Assert.Contains("(αkr)²‖x‖² = 36", holds.Detail, StringComparison.Ordinal);
            // −Σσ(w⁽ʲ⁾·x) = 8 > 6: the bound fails by 2
            var over = Lemma2.Evaluate(Clustered([-4, -4], [-5, -5], -4, -5, 3, 2), Context.AsPrinted);
            Assert.True(over.IsFailure && BoundFailed(over));
            Assert.Equal(2, over.Violation);
            // −Σσ(w⁽ʲ⁾·x) = 6 = αkr‖x‖: the bound is strict
            var equal = Lemma2.Evaluate(Clustered([-3, -3], [-5, -5], -3, -5, 3, 2), Context.AsPrinted);
            Assert.True(equal.IsFailure && BoundFailed(equal));
            Assert.Equal(1e-9, equal.Violation);
            // x = 0: 0 < 0 fails
            Assert.True(BoundFailed(Lemma2.Evaluate(Clustered([1, 1], [-1, -1], 1, -1, 1, 0), Context.AsPrinted)));
            // the bound holds but N(x) > 0 with (w̄ − ū)·x = 0, or N(x) = 0 with (w̄ − ū)·x > 0
            var flat = Lemma2.Evaluate(Clustered([1], [-1], 0, 0, 1, 1), Context.AsPrinted);
            Assert.True(flat.IsFailure && !BoundFailed(flat));
            var zero = Lemma2.Evaluate(Clustered([0], [0], 1, 0, 1, 1), Context.AsPrinted);
            Assert.True(zero.IsFailure && !BoundFailed(zero));
        }

        [Fact]
        public void Lemma10_2_bound_with_a_negative_alpha_from_the_weakened_leaky_hypothesis()
        {
            // α = −1/2 (σ ≥ 0), k = 1, r = 1, ‖x‖ = 2: αkr‖x‖ = −1 exceeds −Σσ(w·x) only when that is below −1
            var weak = Context.AsPrinted with { Weakened = "leaky" };
            var a = Q(-1, 2);
            Assert.Equal(Status.Holds, Lemma2.Evaluate(Clustered([Q(3, 4)], [-1], Q(3, 4), -1, 1, 2, alpha: a), weak).Status); // −3/2 < −1
            Assert.True(BoundFailed(Lemma2.Evaluate(Clustered([Q(1, 2)], [-1], Q(1, 2), -1, 1, 2, alpha: a), weak)));         // −1 = −1
            Assert.True(BoundFailed(Lemma2.Evaluate(Clustered([0], [-1], 0, -1, 1, 2, alpha: a), weak)));                    // 0 > −1
        }
    }
}
