using System.Globalization;
using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 4: Theorem 4.1's classifier on hand-made cases and each branch of its evaluation (floor, θ₀, stationary, t vs M, horizon).</summary>
    public sealed class Section4Evaluation
    {
        private static Rational Q(int p, int q) => new(p, q);

        private static readonly Sbg.Theorem4_1 Thm = new();

        private static Sbg.SgdCase Case(Rational[][] x, int[] y, int k, Rational r0, Rational eta, Rational alpha, Rational eps, int w = 0) =>
            new(new Dataset<Rational>(x, y, [Rational.One]), Rows(k, w), Rows(k, w), r0, eta, 1, alpha, eps, 7);

        private static Rational[][] Rows(int k, Rational value) => Enumerable.Range(0, k).Select(_ => new[] { value }).ToArray();

        [Fact]
        public void Theorem4_1_classifies_each_case_into_exactly_its_classes()
        {
            // the lower edges: y w*·x = 1, n = 1, k = 1, R₀ = 0, η = 2, ε = 1/16, α = 1/20
            var low = Case([[1]], [1], 1, 0, 2, Q(1, 20), Q(1, 16));
            Assert.Equal(
                new HashSet<string> { "margin-equality", "single-point", "k-1", "zero-init", "large-step", "epsilon-small", "alpha-near-0" },
                Thm.Classify(low).ToHashSet());
            // just beyond each: margins 2, 3, 4 (> 1), n = 5, k = 4, R₀ = 1, η = 199/100, ε = 1/15, α = 1/2
            var high = Case([[2], [3], [-2], [-3], [4]], [1, 1, -1, -1, 1], 4, 1, Q(199, 100), Q(1, 2), Q(1, 15));
            Assert.Equal(new HashSet<string> { "many-points", "wide" }, Thm.Classify(high).ToHashSet());
            // n = 4, k = 3, negative point at margin equality (y w*·x = (−1)(−1) = 1)
            var mid = Case([[2], [3], [-1], [-3]], [1, 1, -1, -1], 3, 1, 1, Q(1, 2), Q(1, 2));
            Assert.Equal(new HashSet<string> { "margin-equality" }, Thm.Classify(mid).ToHashSet());
        }

        [Fact]
        public void Theorem4_1_fails_with_the_certified_loss_floor_of_a_point_with_both_labels()
        {
            // x = (1) with labels +1, −1 and +1 again: one pair (the third point has no unused partner), floor 2 log 2 / 3
            var e = Thm.Evaluate(Case([[1], [1], [1]], [1, -1, 1], 1, 0, 1, Q(1, 2), Q(1, 20)), Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(2 * Math.Log(2) / 3 - 0.05, e.Violation, 12);
            var two = Thm.Evaluate(Case([[1], [1]], [1, -1], 1, 0, 1, Q(1, 2), Q(1, 2)), Context.AsPrinted);
            Assert.Equal(Status.Fails, two.Status);
            Assert.Equal(Math.Log(2) - 0.5, two.Violation, 12);
        }

        [Fact]
        public void Theorem4_1_holds_at_theta0_only_when_the_initial_loss_is_strictly_below_epsilon()
        {
            // W₀ = U₀ = 0: N = 0 and L_S(θ₀) = log 2
            var below = Thm.Evaluate(Case([[1]], [1], 1, 0, 1, Q(1, 2), 1), Context.AsPrinted);
            Assert.Equal(Status.Holds, below.Status);
            Assert.StartsWith("L_S(θ₀)", below.Detail, StringComparison.Ordinal);
            // ε = log 2 exactly (as a double, a dyadic rational): not yet below, so SGD runs and reaches it at some t ≥ 1
            var at = Thm.Evaluate(Case([[1]], [1], 1, 0, 1, Q(1, 2), Rational.FromDouble(Math.Log(2))), Context.AsPrinted);
            Assert.Equal(Status.Holds, at.Status);
            Assert.StartsWith("L_S(θ_", at.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Theorem4_1_records_t_against_M_as_its_slack()
        {
            var x = Case([[1]], [1], 1, 0, 1, Q(1, 2), Q(1, 2));
            var e = Thm.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            var logM = x.Bound().LogM(1, 0.5);
            Assert.True(logM < 700, $"log M = {logM}");
            Assert.Equal(UpdatesOf(e.Detail), e.Slack!.Value.Observed);
            Assert.Equal(Math.Exp(logM), e.Slack.Value.Bound, 9);
        }

        private static long UpdatesOf(string detail)
        {
            var at = detail.IndexOf(" at t = ", StringComparison.Ordinal) + " at t = ".Length;
            return long.Parse(detail[at..detail.IndexOf(';', at)], CultureInfo.InvariantCulture);
        }

        [Fact]
        public void Theorem4_1_fails_against_a_bound_far_too_small_at_the_step_or_the_epoch_that_exceeds_it()
        {
            var variant = new Context(Variant: "bound-over-100");
            // reaches ε = 1/2 within the first epoch: t > M' where log M' = log M − log 100 − 0.999 log M
            var x = Case([[1]], [1], 1, 0, 4, Q(1, 2), Q(1, 2));
            var logM = x.Bound().LogM(1, 0.5);
            var small = logM - (Math.Log(100) + logM * 0.999);
            var e = Thm.Evaluate(x, variant);
            Assert.True(e.Status == Status.Fails && e.Detail.StartsWith("L_S(θ_", StringComparison.Ordinal), e.Detail);
            Assert.Equal(Math.Log(UpdatesOf(e.Detail)) - small, e.Violation, 9);
            // ε = 1/20 is not reached in the first epoch of 2 updates: the epoch's end is past M'
            var y = Case([[1], [-1]], [1, -1], 1, 0, Q(1, 100), Q(1, 2), Q(1, 20));
            var logMy = y.Bound().LogM(2, 0.05);
            var smallY = logMy - (Math.Log(100) + logMy * 0.999);
            var f = Thm.Evaluate(y, variant);
            Assert.Equal(Status.Fails, f.Status);
            Assert.StartsWith("no t ≤ M(n, ε)", f.Detail, StringComparison.Ordinal);
            Assert.Equal(Math.Log(2) - smallY, f.Violation, 9);
        }

        [Fact]
        public void Theorem4_1_fails_for_all_t_at_a_stationary_point_with_the_loss_gap()
        {
            // α = 0 and every neuron inactive on x = (1): σ' = 0 everywhere, SGD never moves, L_S = log 2 > ε
            var x = Case([[1]], [1], 1, 1, 1, 0, Q(1, 2), -1);
            var e = Thm.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(Math.Log(2) - 0.5, e.Violation, 12);
        }

        [Fact]
        public void Theorem4_1_is_inconclusive_at_the_horizon_of_max_epochs()
        {
            // ε = 10⁻¹² is far below what 3,000 updates on one point reach (the loss decays like 1/t), while M is beyond them
            var x = Case([[1]], [1], 1, 0, Q(1, 100), Q(1, 2), new Rational(1, 1_000_000_000_000));
            var e = Thm.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, e.Status);
            Assert.Contains($"after {Sbg.Theorem4_1.MaxEpochs} updates", e.Detail, StringComparison.Ordinal);
        }
    }
}
