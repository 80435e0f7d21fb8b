using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Assumption 6.1 against (B4): coverage classes of the printed (budget 1) and corrected (budget log 2) statements on
    /// hand-made margins at each boundary, the evaluation's branches, and what the generators must visit.</summary>
    public sealed class Section6Assumption6_1
    {
        private static readonly Sbg.Assumption6_1 Printed = (Sbg.Assumption6_1)ClaimAssert.Get("SBG.Assumption6.1");
        private static readonly Sbg.Assumption6_1Corrected Corrected = (Sbg.Assumption6_1Corrected)Printed.Corrected;

        private static Sbg.MarginsCase M(params Rational[] q) => new(q);
        private static Rational Q(int p, int q = 1) => new(p, q);
        private static double L(double q) => CrossEntropy.Loss(q);

        private static void Classes(PropertyClaim<Sbg.MarginsCase> claim, Sbg.MarginsCase x, params string[] expected) =>
            Assert.Equal(expected.ToHashSet(), claim.Classify(x).ToHashSet());

        [Fact]
        public void Sum_loss_is_the_sum_of_the_losses()
        {
            Assert.Equal(2 * L(1), M(Q(1), Q(1)).SumLoss, 15);
            Assert.Equal(L(-1) + L(3), M(Q(-1), Q(3)).SumLoss, 15);
        }

        [Fact]
        public void Printed_classes_of_one_margin_across_zero_the_gap_and_the_threshold()
        {
            Classes(Printed, M(Q(0)), "margin-zero", "gap", "n-1", "small-margin");                        // Σℓ = log 2: the gap's closed end
            Classes(Printed, M(Q(-1, 4)), "misclassified", "gap", "n-1", "small-margin");                  // Σℓ ≈ 0.826
            Classes(Printed, M(Q(-1, 2)), "misclassified", "gap", "n-1", "small-margin");                  // 1 − Σℓ ≈ 0.026 > 1/100
            Classes(Printed, M(Q(-533, 1000)), "misclassified", "gap", "near-threshold", "n-1", "small-margin"); // 1 − Σℓ ≈ 0.0053
            Classes(Printed, M(Q(-3, 5)), "misclassified", "near-threshold", "n-1", "small-margin");       // Σℓ ≈ 1.04 ≥ 1: not the gap
            Classes(Printed, M(Q(1, 4)), "b4-holds", "n-1", "small-margin");
            Classes(Printed, M(Q(1, 3)), "b4-holds", "n-1");
            Classes(Printed, M(Q(3)), "b4-holds", "n-1", "large-margins");
            Classes(Printed, M(Q(299, 100)), "b4-holds", "n-1");
        }

        [Fact]
        public void Printed_classes_of_several_margins()
        {
            Classes(Printed, M(Q(-1, 4), Q(20)), "misclassified", "gap", "small-margin");   // one point decides, the other is far
            Classes(Printed, M(Q(0), Q(20)), "margin-zero", "gap", "small-margin");
            Classes(Printed, M(Q(2), Q(3)), "b4-holds");                                    // the smallest margin decides "large"
            Classes(Printed, M(Q(1), Q(1)), "b4-holds", "spread");                          // ℓ(1) ≈ 0.313 ≥ 1/10 twice
            Classes(Printed, M(Q(1), Q(5)), "b4-holds");                                    // ℓ(5) ≈ 0.0067: one point carries the loss
            Classes(Printed, M(Q(5, 2), Q(5, 2)), "b4-holds");                              // ℓ(5/2) ≈ 0.079 < 1/10
            Classes(Printed, M(Enumerable.Repeat(Q(20), 7).ToArray()), "b4-holds", "n-large", "large-margins");
            Classes(Printed, M(Enumerable.Repeat(Q(20), 6).ToArray()), "b4-holds", "large-margins");
        }

        [Fact]
        public void Corrected_classes_are_relative_to_the_budget_log_2()
        {
            Classes(Corrected, M(Q(1, 100)), "b4-holds", "near-threshold", "n-1", "small-margin");  // log 2 − Σℓ ≈ 0.0050 ≤ (log 2)/100
            Classes(Corrected, M(Q(1, 20)), "b4-holds", "n-1", "small-margin");                     // log 2 − Σℓ ≈ 0.025
            Classes(Corrected, M(Q(5, 2), Q(5, 2)), "b4-holds", "spread");                          // ℓ(5/2) ≥ (log 2)/10
        }

        [Fact]
        public void Evaluation_holds_under_b4_fails_in_the_gap_by_the_excess_and_is_inconclusive_at_log_2()
        {
            var held = Printed.Evaluate(M(Q(1), Q(1)), Context.AsPrinted);
            Assert.Equal(Status.Holds, held.Status);
            var gap = Printed.Evaluate(M(Q(-1, 4)), Context.AsPrinted);
            Assert.Equal(Status.Fails, gap.Status);
            Assert.Equal(L(-0.25) - Math.Log(2), gap.Violation, 12);
            Assert.Equal(Status.Inconclusive, Printed.Evaluate(M(Q(0)), Context.AsPrinted).Status);
            Assert.Throws<InvalidOperationException>(() => Printed.Evaluate(M(Q(-1)), Context.AsPrinted)); // Σℓ ≥ 1: not a case of the claim
        }

        [Fact]
        public void Corrected_evaluation_rejects_a_case_outside_its_threshold_unless_the_threshold_is_weakened()
        {
            Assert.Throws<InvalidOperationException>(() => Corrected.Evaluate(M(Q(0)), Context.AsPrinted));
            Assert.Equal(Status.Inconclusive, Corrected.Evaluate(M(Q(0)), new Context(Weakened: "threshold")).Status);
            Assert.Equal(Status.Fails, Corrected.Evaluate(M(Q(-1, 4)), new Context(Weakened: "threshold")).Status);
            Assert.Equal(Status.Holds, Corrected.Evaluate(M(Q(1, 100)), Context.AsPrinted).Status);
        }

        [Fact]
        public void The_wrong_variant_claims_every_margin_at_least_one()
        {
            var wrong = new Context(Variant: "threshold-2");
            Assert.Equal(Status.Holds, Corrected.Evaluate(M(Q(1), Q(3)), wrong).Status);
            Assert.Equal(Status.Fails, Corrected.Evaluate(M(Q(1, 2), Q(3)), wrong).Status);
            Assert.Equal(Status.Fails, Corrected.Evaluate(M(Q(3), Q(1, 2)), wrong).Status);
        }

        [Fact]
        public void The_printed_generator_visits_its_classes_and_the_weakened_corrected_one_the_gap()
        {
            // the printed claim fails, so the verdict test does not ask for its coverage; its generator must still visit it
            var counts = new Dictionary<string, int>();
            const int N = 600;
            foreach (var c in Section5.RandomChoices(N, 614))
                foreach (var cls in Printed.Classify(Printed.Generate(c, Context.AsPrinted)))
                    counts[cls] = counts.GetValueOrDefault(cls) + 1;
            foreach (var cls in Printed.Coverage)
                Assert.True(counts.GetValueOrDefault(cls.Name) >= cls.RequiredShare * N, $"{cls.Name}: {counts.GetValueOrDefault(cls.Name)}/{N}");
            // weakened: q₁ ∈ [−1/2, 1/8), so some cases leave (B4) (Σℓ ≥ log 2) and some are misclassified
            var weak = Section5.RandomChoices(300, 615).Select(c => Corrected.Generate(c, new Context(Weakened: "threshold"))).ToList();
            Assert.Contains(weak, x => x.SumLoss >= Math.Log(2) && x.Q.Any(q => q.Sign < 0));
        }
    }
}
