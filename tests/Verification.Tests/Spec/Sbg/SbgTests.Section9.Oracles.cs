using System.Globalization;
using Verification.Arithmetic;
using Verification.Dynamics.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 9: the invariants of the proof of Theorem 4.1 on hand-made one-point instances.</summary>
    public sealed class Section9Invariants
    {
        private static readonly Sbg.Theorem4_1Invariants Claim = new();
        private static readonly Rational Half = new(1, 2);

        /// <summary>One point x = (m) with label +1 and teacher w* = (1): margin y w*·x = m.</summary>
        private static Sbg.SgdCase OnePoint(Rational m, Rational[][] w0, Rational[][] u0, Rational r0, Rational eta, Rational v, Rational alpha) =>
            new(new Dataset<Rational>([[m]], [1], [Rational.One]), w0, u0, r0, eta, v, alpha, new Rational(1, 10), 0);

        private static Rational[][] Zero(int k) => Enumerable.Range(0, k).Select(_ => new Rational[] { Rational.Zero }).ToArray();

        private static readonly Sbg.SgdCase Base = OnePoint(1, [[1]], [[1]], 1, 1, 1, Half);

        [Fact]
        public void Hypotheses_reject_each_parameter_at_its_open_end()
        {
            Assert.True(Sbg.Theorem4_1Invariants.HypothesesHold(Base));
            Assert.True(Sbg.Theorem4_1Invariants.HypothesesHold(Base with { U0 = [[-1]] })); // ‖u‖ = R₀: the ball is closed
            Assert.False(Sbg.Theorem4_1Invariants.HypothesesHold(Base with { U0 = [[2]] })); // a u-row outside the ball of radius R₀
            Assert.False(Sbg.Theorem4_1Invariants.HypothesesHold(Base with { Eta = 0 }));
            Assert.False(Sbg.Theorem4_1Invariants.HypothesesHold(Base with { V = 0 }));
            Assert.False(Sbg.Theorem4_1Invariants.HypothesesHold(Base with { Alpha = 0 }));
            Assert.False(Sbg.Theorem4_1Invariants.HypothesesHold(Base with { Alpha = 1 }));
            Assert.False(Sbg.Theorem4_1Invariants.HypothesesHold(Base with { Epsilon = 0 }));
        }

        [Fact]
        public void Eq14_fails_below_margin_1_by_exactly_the_missing_increment()
        {
            // zero init: every σ' = α, g = |ℓ'(0)| = 1/2, so F grows by 2kηvα·g·m; (14) asks 2kηvα·g: short by 2kηvα·g·(1 − m)
            var x = OnePoint(new Rational(9, 10), Zero(2), Zero(2), 0, Half, 2, Half);
            var e = Claim.Evaluate(x, Context.AsPrinted);
            Assert.True(e.IsFailure);
            Assert.Contains("(14) fails at t = 1", e.Detail);
            Assert.Equal(0.1, e.Violation, 12); // 2·2·(1/2)·2·(1/2)·(1/2)·(1/10)
        }

        [Fact]
        public void Eq14_with_4k_fails_by_exactly_2k_eta_v_alpha_g()
        {
            var x = OnePoint(1, Zero(2), Zero(2), 0, Half, 2, Half);
            var e = Claim.Evaluate(x, new Context(Variant: "f-increment-4k"));
            Assert.True(e.IsFailure);
            Assert.Contains("(14) fails at t = 1", e.Detail);
            Assert.Equal(1, e.Violation, 12); // (4k − 2k)ηvα·g = 4·(1/2)·2·(1/2)·(1/2)
        }

        [Fact]
        public void Eq13_without_the_quadratic_term_fails_by_the_squared_step()
        {
            // w = 1, u = 0, x = 1, η = 1/2, v = 2, α = 1/2: N = 2, σ'(w·x) = 1, σ'(u·x) = α; Δw = ηvg = g, Δu = −ηvαg = −g/2, so
            // G² grows by 2g + (5/4)g² and 2ηg·yN = 2g: without its quadratic term (13) fails by (5/4)g² (g = |ℓ'(2)| rounded to 2^−20)
            var x = OnePoint(1, [[1]], [[0]], 1, Half, 2, Half);
            var g = Rationalisers.Dyadic(Sbg.Theorem4_1Invariants.DyadicBits)(CrossEntropy.AbsDerivative(2));
            var e = Claim.Evaluate(x, new Context(Variant: "g-no-quadratic"));
            Assert.True(e.IsFailure);
            Assert.Contains("(13) fails at t = 1", e.Detail);
            Assert.Equal((new Rational(5, 4) * g * g).ToDouble(), e.Violation, 15);
        }

        [Fact]
        public void Eq24_with_a_thousandth_of_the_drift_fails_by_the_own_update()
        {
            // the clean single-point case: the point's own update moves yN by more than 2kηv²R_x²·g/1000
            var x = OnePoint(1, [[4]], [[-4]], 4, 1, 1, Half);
            var e = Claim.Evaluate(x, new Context(Variant: "eq24-drift-over-1000"));
            Assert.True(e.IsFailure);
            Assert.Contains("(24) fails for point 0", e.Detail);
            var t = new Trainer<Rational>([[4]], [[-4]], 1, Half, x.S, 1, Rationalisers.Dyadic(Sbg.Theorem4_1Invariants.DyadicBits));
            var step = t.Step(0);
            var change = Math.Abs((t.Output([Rational.One]) - step.Margin).ToDouble());
            var allowed = 2 * step.G.ToDouble() / 1000; // 2kηv²R_x² = 2
            Assert.Equal(change - allowed, e.Violation, 12);
        }

        [Fact]
        public void A_clean_start_is_classified_clean_and_reports_the_printed_index()
        {
            // w = 4, u = −4, x = 1: N = 4 + 2 = 6, ℓ ≈ 0.0025 ≤ ε₀ = (1/10)/3: the first epoch is clean
            var x = OnePoint(1, [[4]], [[-4]], 4, 1, 1, Half);
            var e = Claim.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Contains("and (24)–(25) at T* = i_e·n hold", e.Detail);
            Assert.Equal(["clean-epoch", "k-1", "single-point", "margin-equality"], Claim.Classify(x).ToHashSet());
            // the printed index i_e·n + 1 = 2: θ after two steps (in double; the exact run differs by the 2^−20 rounding of g)
            var t = new Trainer<double>([[4.0]], [[-4.0]], 1, 0.5, x.S.ToDouble(), 1, Rationalisers.Identity);
            t.Step(0);
            t.Step(0);
            var expected = CrossEntropy.Loss(t.Output([1.0])) / 0.1;
            var printed = e.Detail[(e.Detail.IndexOf("max ℓ/ε = ", StringComparison.Ordinal) + "max ℓ/ε = ".Length)..];
            Assert.Equal(expected, double.Parse(printed, CultureInfo.InvariantCulture), expected * 1e-3);
        }

        [Fact]
        public void A_tiny_step_never_cleans_and_says_so()
        {
            // η = 1/1000 from zero init: after 62 steps N(x) is still far below what ℓ ≤ ε₀ needs, so (24)–(25) are never applied
            var x = OnePoint(1, Zero(1), Zero(1), 0, new Rational(1, 1000), 1, Half);
            var e = Claim.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.DoesNotContain("(24)", e.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("printed T*", e.Detail, StringComparison.Ordinal);
            Assert.Equal(["violating-epoch", "k-1", "single-point", "margin-equality", "zero-init"], Claim.Classify(x).ToHashSet());
        }

        [Fact]
        public void The_printed_index_reports_the_largest_loss_over_the_points()
        {
            // two points x = 1, 2 (margins 1, 2), w = 4, u = −4: N = 6 and 12, both losses ≤ ε₀ = (1/10)/17, the first epoch is clean
            var s = new Dataset<Rational>([[1], [2]], [1, 1], [Rational.One]);
            var x = new Sbg.SgdCase(s, [[4]], [[-4]], 4, 1, 1, Half, new Rational(1, 10), 3);
            var e = Claim.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            // the double run: the clean epoch, then the first update of the next one, under the same permutation seed
            var t = new Trainer<double>([[4.0]], [[-4.0]], 1, 0.5, s.ToDouble(), 1, Rationalisers.Identity);
            var rng = new Random(x.Seed);
            foreach (var i in Trainer<double>.Permutation(2, rng)) t.Step(i);
            t.Step(Trainer<double>.Permutation(2, rng)[0]);
            var expected = Math.Max(CrossEntropy.Loss(t.Output([1.0])), CrossEntropy.Loss(t.Output([2.0]))) / 0.1;
            var printed = e.Detail[(e.Detail.IndexOf("max ℓ/ε = ", StringComparison.Ordinal) + "max ℓ/ε = ".Length)..];
            Assert.Equal(expected, double.Parse(printed, CultureInfo.InvariantCulture), expected * 1e-3);
        }

        [Fact]
        public void A_zero_start_violates_then_cleans()
        {
            var x = OnePoint(1, Zero(1), Zero(1), 0, 1, 1, Half);
            var e = Claim.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal(["violating-epoch", "clean-epoch", "k-1", "single-point", "margin-equality", "zero-init"], Claim.Classify(x).ToHashSet());
        }
    }
}
