using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 1 (LYX.Text.PointwiseLoss): exact class sets, each evaluation branch on a hand-made witness, and the generator
    /// inside (and, weakened, just outside) its hypothesis.</summary>
    public sealed class Section1Oracles
    {
        private static readonly Lyx.TextPointwiseLoss Claim = (Lyx.TextPointwiseLoss)ClaimAssert.Get("LYX.Text.PointwiseLoss");

        private static readonly R[][] Id2 = [[1, 0], [0, 1]];

        /// <summary>d = 2, x_1 = (2, 0), x_2 = (−3/5, 4/5) (cos φ = −3/5, s = 1 &lt; 6/5), w = (1/16, 1/16) active at both.</summary>
        private static Lyx.PointwiseCase Witness(R eta) => new(2, Id2, [Q(1, 16), Q(1, 16)], [2, 0], [Q(-3, 5), Q(4, 5)], eta);

        public static TheoryData<Lyx.PointwiseCase, string[]> Classes => new()
        {
            { Witness(Q(1, 10)), ["eta-at-bound"] },
            { Witness(Q(1, 11)), [] },
            { Witness(Q(11, 100)), [] },
            { Witness(Q(1, 10)) with { D = 3 }, ["d-3", "eta-at-bound"] },
            { Witness(Q(1, 20)) with { D = 3 }, ["d-3"] },
            { Witness(Q(1, 20)) with { D = 4 }, [] },
            { Witness(Q(1, 20)) with { D = 1 }, [] },
        };

        [Fact]
        public void PointwiseLoss_classifies_exactly() =>
            Table.Each(Classes, (Lyx.PointwiseCase x, string[] expected) => Assert.Equal(Set(expected), Claim.Classify(x).ToHashSet()));

        [Fact]
        public void PointwiseLoss_holds_when_the_loss_at_x2_increases()
        {
            // both active, f < 1 at both: w⁺ = w + η(x_1 + x_2)/2 = (1/16 + 7/100, 1/16 + 1/25); ⟨w⁺, x_2⟩ = 1/400 < ⟨w, x_2⟩ = 1/80,
            // so the loss at x_2 rises by 1/80 − 1/400 = 1/100; at x_1 it falls by 2·7/100 = 7/50
            var e = Claim.Evaluate(Witness(Q(1, 10)), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("loss changes at x_1, x_2: -7/50, 1/100", e.Detail);
        }

        [Fact]
        public void PointwiseLoss_fails_in_one_dimension()
        {
            // d = 1, w = 1/8, x_1 = 2, x_2 = 1: w⁺ = 1/8 + (1/10)(3/2) = 11/40, so the loss falls at both points (by 3/10 and 3/20)
            var x = new Lyx.PointwiseCase(1, [[1]], [Q(1, 8)], [2], [1], Q(1, 10));
            var e = Claim.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1, e.Violation);
            Assert.Equal("loss changes at x_1, x_2: -3/10, -3/20", e.Detail);
        }

        [Fact]
        public void PointwiseLoss_a_point_whose_loss_is_unchanged_is_no_increase()
        {
            // w = (1/4, 0), x_2 = (0, 1) ⊥ w stays inactive (x_1 = (2, 0) moves w along e_1): its loss stays 1; at x_1 it falls by 1/5
            var x = new Lyx.PointwiseCase(2, Id2, [Q(1, 4), 0], [2, 0], [0, 1], Q(1, 10));
            var e = Claim.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal("loss changes at x_1, x_2: -1/5, 0", e.Detail);
        }

        [Fact]
        public void PointwiseLoss_generator_meets_the_witness_conditions()
        {
            foreach (var x in GeneratedCases.Of(Claim, 60))
            {
                Assert.InRange(x.D, 2, 3);
                Assert.True(x.Eta.Sign > 0 && x.Eta <= Q(1, 10), $"η = {x.Eta}");
                Assert.Equal(Q(4), Dot(x.X1, x.X1));                             // x_1 = 2e_1 (rotated)
                var c = Dot(x.X1, x.X2) / 2;                                     // s cos φ
                var s2 = Dot(x.X2, x.X2);
                Assert.True(c.Sign < 0 && 25 * c * c >= 9 * s2 && 25 * c * c <= 16 * s2, $"cos φ out of [−4/5, −3/5]: {x}");
                Assert.True(s2 < 2 * R.Abs(c), $"s ≥ 2|cos φ| (s² < 2|s cos φ| fails): {x}");
                Assert.True(Dot(x.W, x.X1).Sign > 0 && Dot(x.W, x.X2).Sign > 0, $"w does not activate both: {x}");
                Assert.Equal(Status.Holds, Claim.Evaluate(x, Context.AsPrinted).Status);
            }
            foreach (var x in GeneratedCases.Of(Claim, 30, ctx: new Context(Weakened: "dimension-above-1")))
            {
                Assert.Equal(1, x.D);
                Assert.True(x.W[0].Sign > 0 && x.X2[0] >= 1 && x.X2[0] <= 2, $"{x}");
                Assert.Equal(Status.Fails, Claim.Evaluate(x, Context.AsPrinted).Status);
            }
            // x2-long: s ≥ 2|cos φ|, the step then lowers the loss at x_2 too
            Assert.Contains(GeneratedCases.Of(Claim, 30, ctx: new Context(Variant: "x2-long")), x => Claim.Evaluate(x, Context.AsPrinted).IsFailure);
        }

        private static R Dot(R[] a, R[] b) => a.Zip(b, (p, q) => p * q).Aggregate(R.Zero, (s, t) => s + t);
    }
}
