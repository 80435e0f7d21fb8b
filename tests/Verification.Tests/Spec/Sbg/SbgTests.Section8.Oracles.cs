using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 8.1: exact class sets of the bias claim, its hypothesis check and each branch of its evaluation.</summary>
    public sealed class Section8Oracles
    {
        private static readonly Sbg.Bias Claim = (Sbg.Bias)ClaimAssert.Get("SBG.Bias");

        private static Sbg.BiasCase Case(int[] w, int[] u, int[] bw, int[] bu, int[] x, Rational? c = null, Rational? alpha = null) =>
            new(new LeakyReluNetwork<Rational>(w.Select(t => V(t)).ToList(), u.Select(t => V(t)).ToList(), 1, alpha ?? OneHalf), V(bw), V(bu), V(x), c ?? 1);

        private static Sbg.BiasCase Wide(int k, int d, Rational c) =>
            new(new LeakyReluNetwork<Rational>(
                Enumerable.Range(0, k).Select(_ => Enumerable.Repeat(Rational.One, d).ToArray()).ToList(),
                Enumerable.Range(0, k).Select(_ => Enumerable.Repeat(Rational.One, d).ToArray()).ToList(), 1, OneHalf),
                Enumerable.Repeat(Rational.One, k).ToArray(), Enumerable.Repeat(Rational.One, k).ToArray(), Enumerable.Repeat(Rational.One, d).ToArray(), c);

        public static TheoryData<Sbg.BiasCase, string[]> Classes => new()
        {
            { Case([1], [1], [0], [0], [0]), ["x-zero", "bias-zero", "kink", "k-1"] },
            { Case([1], [1], [-1], [2], [1]), ["kink", "k-1", "input-and-bias"] },                       // w·x + b_w = 0
            { Case([1], [1], [2], [-1], [1]), ["kink", "k-1", "input-and-bias"] },                       // u·x + b_u = 0
            // the u-neurons alone carry the kink and the negative piece
            { Case([1, 2], [-1, 0], [0, 0], [0, 0], [1]), ["bias-zero", "kink", "both-pieces"] },
            { Case([1, -1], [2, 3], [0, 0], [1, 0], [1]), ["both-pieces"] },
            { Case([-1], [-2], [0], [0], [1]), ["bias-zero", "k-1"] },                // negative pieces only
            { Case([0], [-1], [0], [0], [1]), ["bias-zero", "kink", "k-1"] },          // 0 and negative: not both pieces
            { Case([1], [0], [0], [0], [1]), ["bias-zero", "kink", "k-1"] },           // positive and 0
            { Case([1], [1], [1], [1], [1], Q(1, 100)), ["k-1", "c-tiny", "input-and-bias"] },
            { Case([1], [1], [1], [1], [1], Q(1, 99)), ["k-1", "input-and-bias"] },
            { Case([1], [1], [1], [1], [1], 100), ["k-1", "c-huge", "input-and-bias"] },
            { Case([1], [1], [1], [1], [1], 99), ["k-1", "input-and-bias"] },
            { Case([1], [1], [1], [1], [1], alpha: Q(1, 20)), ["k-1", "alpha-near-0", "input-and-bias"] },
            { Case([1], [1], [1], [1], [1], alpha: Q(1, 19)), ["k-1", "input-and-bias"] },
            { Case([1], [1], [1], [1], [1], alpha: Q(15, 16)), ["k-1", "alpha-near-1", "input-and-bias"] },
            { Case([1], [1], [1], [1], [1], alpha: Q(14, 15)), ["k-1", "input-and-bias"] },
            { Wide(9, 1, 1), ["wide", "input-and-bias"] },
            { Wide(8, 1, 1), ["input-and-bias"] },
            { Wide(2, 5, 1), ["high-dimension", "input-and-bias"] },
            { Wide(2, 4, 1), ["input-and-bias"] },
            // input and bias acting together: on one side only, or with w·x = 0, is not enough; one neuron per side is
            { Case([1], [1], [1], [0], [1]), ["k-1"] },
            { Case([1], [1], [0], [1], [1]), ["k-1"] },
            { Case([0], [1], [1], [1], [1]), ["k-1"] },
            { Case([1, 0], [1, 1], [1, 1], [1, 0], [1]), ["input-and-bias"] },
            { Case([1, 0], [1, 1], [0, 1], [1, 1], [1]), [] },                        // w·x ≠ 0 and b_w ≠ 0 on different neurons
        };

        [Fact]
        public void Bias_classifies_exactly() =>
            Table.Each(Classes,
                (Sbg.BiasCase x, string[] expected) => Assert.Equal(Set(expected), Claim.Classify(x).ToHashSet()));

        [Fact]
        public void Bias_zero_classes_read_every_coordinate()
        {
            // x = (0, 1) is not zero; b_w = 0 with b_u ≠ 0 is not a zero bias
            var net = new LeakyReluNetwork<Rational>([V(1, 0)], [V(1, 0)], 1, OneHalf);
            Assert.Equal(Set("k-1"), Claim.Classify(new Sbg.BiasCase(net, V(1), V(1), V(0, 1), 1)).ToHashSet());
            Assert.Equal(Set("kink", "k-1"), Claim.Classify(new Sbg.BiasCase(net, V(0), V(1), V(0, 1), 1)).ToHashSet());
        }

        [Fact]
        public void Bias_hypothesis_check_reads_every_row()
        {
            // x of another dimension than the rows (the network itself rejects rows of unequal dimensions), with the
            // w- and u-rows the very same arrays: every row is read, not only the w-rows that differ from the u-rows
            Rational[] row = [1];
            var net = new LeakyReluNetwork<Rational>([row], [row], 1, OneHalf);
            Assert.True(Sbg.Bias.HypothesesHold(new Sbg.BiasCase(net, V(1), V(1), V(1), 1)));
            Assert.False(Sbg.Bias.HypothesesHold(new Sbg.BiasCase(net, V(1), V(1), V(1, 0), 1)));
            Assert.False(Sbg.Bias.HypothesesHold(Case([1], [1], [1], [1], [1], alpha: 0)));
            Assert.False(Sbg.Bias.HypothesesHold(new Sbg.BiasCase(new LeakyReluNetwork<Rational>([V(1)], [V(1)], 0, OneHalf), V(1), V(1), V(1), 1)));
        }

        [Fact]
        public void Bias_evaluation_reports_each_side()
        {
            // w = 1, u = −1, b_w = 2, b_u = 0, x = 1, α = 1/2: biased network σ(3) − σ(−1) = 7/2 = N_W'((1, 1))
            var x = Case([1], [-1], [2], [0], [1], 2);
            Assert.Equal(Status.Holds, Claim.Evaluate(x, Context.AsPrinted).Status);
            // an output bias b₂ = 1: c(N + b₂) = 9 against cN + b₂ = 8
            var outputBias = Claim.Evaluate(x, Context.AsPrinted with { Weakened = "first-layer" });
            Assert.Equal(Status.Fails, outputBias.Status);
            Assert.Equal(1, outputBias.Violation);
            Assert.Contains("N_W'(x') = 9/2, N_cW'(x') = 8, c·N_W'(x') = 9", outputBias.Detail, StringComparison.Ordinal);
            // augmenting with 0 drops the bias: N_W'((1, 0)) = σ(1) − σ(−1) = 3/2 ≠ 7/2, with or without b₂
            foreach (var weak in new string?[] { null, "first-layer" })
            {
                var zero = Claim.Evaluate(x, new Context(Weakened: weak, Variant: "augment-with-zero"));
                Assert.Equal(Status.Fails, zero.Status);
                Assert.Equal(2, zero.Violation);
                Assert.Equal("biased network 7/2 but N_W'((x, 1)) = 3/2", zero.Detail);
            }
        }
    }
}
