using Verification.Arithmetic;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Corollary 10.1 and Lemma 10.1: exact class sets at each class's boundary, and each branch of the evaluation.</summary>
    public sealed class Section10Oracles
    {
        private static readonly Sbg.Corollary10_1 Cor = (Sbg.Corollary10_1)ClaimAssert.Get("SBG.Cor10.1");
        private static readonly Sbg.Lemma10_1 Lemma = (Sbg.Lemma10_1)ClaimAssert.Get("SBG.Lemma10.1");
        private static readonly Sbg.Lemma10_1Corrected Corrected = (Sbg.Lemma10_1Corrected)Lemma.Corrected;

        private static Sbg.CentresCase Centres(int w, int u, Rational r, params int[] x)
        {
            var zeros = Enumerable.Repeat(Rational.Zero, x.Length - 1);
            return new([w, .. zeros], [u, .. zeros], r, V(x));
        }

        public static TheoryData<Sbg.CentresCase, string[]> CorollaryClasses => new()
        {
            // (w̄ − ū)·x = 2 = 2r‖x‖ and |w̄·x| = |ū·x| = r‖x‖: both equalities (the tight split)
            { Centres(1, -1, 1, 1), ["premise-equality", "conclusion-equality"] },
            { Centres(3, 1, 1, 1), ["premise-equality", "triangle-slack"] },    // max{|w̄·x|, |ū·x|} = 3 > r‖x‖, one sign
            { Centres(0, 1, 1, 1), ["conclusion-equality"] },                   // |ū·x| = r‖x‖ is the larger; premise 1 < 2
            { Centres(0, 2, 2, 1), ["conclusion-equality"] },                   // ū·x = 2 = r‖x‖ with r ≠ 1
            { Centres(2, 0, 2, 1), ["conclusion-equality"] },                   // w̄·x the larger
            { Centres(1, -1, 1, 0), ["x-zero"] },                               // both sides 0 = 0: no equality class at r‖x‖ = 0
            { Centres(1, 1, 0, 1), ["r-zero", "triangle-slack"] },              // (w̄ − ū)·x = 0 = 2r‖x‖ but r‖x‖ = 0
            { Centres(0, 0, 0, 1), ["r-zero"] },                                // max{…} = 0 = r‖x‖
            { Centres(0, 0, Q(1, 1000), 1), ["tiny-scale"] },
            { Centres(0, 0, Q(1, 999), 1), [] },
            { Centres(0, 0, 1000, 1), ["huge-scale"] },
            { Centres(0, 0, 999, 1), [] },
            { Centres(0, 0, 1, 1, 0, 0, 0, 0), ["high-dimension"] },
            { Centres(0, 0, 1, 1, 0, 0, 0), [] },
            { Centres(-3, -1, 1, 1), ["premise-equality", "triangle-slack"] },
            { Centres(-1, 1, 1, 1), ["premise-equality", "conclusion-equality"] },
        };

        [Fact]
        public void Corollary10_1_classifies_exactly() =>
            Table.Each(CorollaryClasses,
                (Sbg.CentresCase x, string[] expected) => Assert.Equal(Set(expected), Cor.Classify(x).ToHashSet()));

        [Fact]
        public void Corollary10_1_reports_the_slack_of_the_larger_side()
        {
            // r‖x‖ = 1 against max{|w̄·x|, |ū·x|} = 3, whichever of the two is larger
            foreach (var (w, u) in new[] { (3, 1), (1, 3), (-3, -1) })
            {
                var e = Cor.Evaluate(Centres(w, u, 1, 1), Context.AsPrinted);
                Assert.Equal(Status.Holds, e.Status);
                Assert.Equal(new Slack(1, 3), e.Slack);
                Assert.Contains($"(w̄ − ū)·x = {w - u}", e.Detail, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Corollary10_1_a_premise_miss_is_a_generator_bug_unless_the_fuzzer_weakened_it()
        {
            // (w̄ − ū)·x = 1 < 2r‖x‖ = 2, and max{|w̄·x|, |ū·x|} = 1/2 < r‖x‖ = 1: the conclusion fails by 1/2
            var x = new Sbg.CentresCase([OneHalf], [-OneHalf], 1, [1]);
            Assert.Throws<InvalidOperationException>(() => Cor.Evaluate(x, Context.AsPrinted));
            var e = Cor.Evaluate(x, Context.AsPrinted with { Weakened = "region" });
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.5, e.Violation);
        }

        private static Sbg.ClusterCase Cluster(Rational[] neurons, Rational centre, Rational r, Rational x) =>
            new(neurons.Select(t => new[] { t }).ToArray(), [centre], r, [x]);

        public static TheoryData<Sbg.ClusterCase, string[]> LemmaClasses => new()
        {
            // the finding's reproducer: both neurons on the sphere, |w̄·x| = r‖x‖
            { Cluster([0, 2], 1, 1, 1), ["on-sphere", "region-equality", "near-sphere"] },
            // one neuron of three on the sphere: 'some' neuron, and the largest distance decides near-sphere
            { Cluster([0, Q(3, 2), Q(3, 2)], 1, 1, 1), ["on-sphere", "region-equality", "near-sphere"] },
            { Cluster([Q(1, 2), Q(3, 2)], 1, 1, 2), ["region-equality"] },
            // r = 2: distance (99/100)r is near the sphere, (98/100)r is not
            { Cluster([Q(1, 50), Q(199, 50)], 2, 2, 1), ["region-equality", "near-sphere"] },
            { Cluster([Q(1, 25), Q(99, 25)], 2, 2, 1), ["region-equality"] },
            { Cluster([-1, 3], 1, 2, 1), ["on-sphere", "near-sphere"] },          // on the sphere of radius 2; |w̄·x| = 1 < 2
            // x = 0 and r = 0: no sphere of positive radius, a collapsed single neuron
            { Cluster([1], 1, 0, 0), ["x-zero", "region-equality", "near-sphere", "collapsed", "k-1"] },
            { Cluster([1], 1, 0, 1), ["near-sphere", "collapsed", "k-1"] },
        };

        [Fact]
        public void Lemma10_1_classifies_exactly() =>
            Table.Each(LemmaClasses,
                (Sbg.ClusterCase x, string[] expected) => Assert.Equal(Set(expected), Lemma.Classify(x).ToHashSet()));

        [Fact]
        public void Lemma10_1_x_zero_and_dimension_classes_read_every_coordinate()
        {
            var partlyZero = new Sbg.ClusterCase([[1, 0]], [1, 0], 1, [1, 0]);
            Assert.Equal(Set("region-equality", "collapsed", "k-1"), Lemma.Classify(partlyZero).ToHashSet());
            Assert.Equal(Set("region-equality", "collapsed", "k-1"), Corrected.Classify(partlyZero).ToHashSet());
            Rational[] e1 = [1, 0, 0, 0, 0];
            Assert.Equal(Set("region-equality", "collapsed", "k-1", "high-dimension"), Corrected.Classify(new Sbg.ClusterCase([e1], e1, 1, e1)).ToHashSet());
            Rational[] f1 = [1, 0, 0, 0];
            Assert.Equal(Set("region-equality", "collapsed", "k-1"), Corrected.Classify(new Sbg.ClusterCase([f1], f1, 1, f1)).ToHashSet());
        }

        [Fact]
        public void Lemma10_1_corrected_hypotheses_reject_each_violation()
        {
            // x = 0 with everything else inside the corrected lemma's hypotheses
            Assert.False(Sbg.Lemma10_1Corrected.HypothesesHold(Cluster([1], 1, 1, 0)));
            // one neuron strictly inside, two on the sphere: all must be inside
            Assert.False(Sbg.Lemma10_1Corrected.HypothesesHold(Cluster([0, 1, 2], 1, 1, 1)));
            Assert.True(Sbg.Lemma10_1Corrected.HypothesesHold(Cluster([Q(1, 2), 1, Q(3, 2)], 1, 1, 1)));
            // w̄ not the mean, and |w̄·x| < r‖x‖
            Assert.False(Sbg.Lemma10_1Corrected.HypothesesHold(Cluster([Q(1, 2)], 1, 1, 1)));
            Assert.False(Sbg.Lemma10_1Corrected.HypothesesHold(Cluster([Q(1, 2), Q(3, 2)], 1, 2, 1)));
        }

        [Fact]
        public void Lemma10_1_sign_agreement_decides_each_branch()
        {
            Assert.Equal(Status.Holds, Lemma.Evaluate(Cluster([Q(1, 2), Q(3, 2)], 1, 1, 1), Context.AsPrinted).Status);
            Assert.Equal(Status.Holds, Lemma.Evaluate(Cluster([Q(-1, 2), Q(-3, 2)], -1, 1, 1), Context.AsPrinted).Status);
            // mixed strict signs w⁽ʲ⁾·x = 2, −1: fails; the violation is 1 − min |w⁽ʲ⁾·x| (1 when some product is 0)
            var mixed = Lemma.Evaluate(Cluster([2, -1], Q(1, 2), Q(3, 2), 1), Context.AsPrinted);
            Assert.Equal(Status.Fails, mixed.Status);
            Assert.Equal(0, mixed.Violation);
            var onKink = Lemma.Evaluate(Cluster([0, 2], 1, 1, 1), Context.AsPrinted);
            Assert.Equal(Status.Fails, onKink.Status);
            Assert.Equal(1, onKink.Violation);
            var small = Lemma.Evaluate(Cluster([Q(1, 2), -2], Q(-3, 4), Q(5, 4), 1), Context.AsPrinted);
            Assert.Equal(0.5, small.Violation);
        }
    }
}
