using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 12 (A1): the Lipschitz bound's classes, hypotheses, evaluation and aligned shape on hand-made instances.</summary>
    public sealed class Section12Lipschitz
    {
        private static readonly Rational Half = new(1, 2);
        private static readonly Sbg.Lipschitz Printed = new();
        private static readonly Sbg.LipschitzCorrected Corrected = new(Printed);

        private static LeakyReluNetwork<Rational> Net(Rational[][] w, Rational[][] u, Rational? alpha = null, Rational? v = null) =>
            new(w, u, v ?? Rational.One, alpha ?? Half);

        private static Rational[][] Rows(params int[] values) => values.Select(t => new Rational[] { t }).ToArray();

        /// <summary>k = 1, d = 1, x = (1): w moves 1 → 2 and u 2 → 1 inside the positive piece, the aligned move of the bound.</summary>
        private static Sbg.LipschitzCase K1Aligned =>
            new(Net(Rows(1), Rows(2)), Net(Rows(2), Rows(1)), [Rational.One], "aligned");

        private static HashSet<string> Classes(Sbg.LipschitzCase x) => Corrected.Classify(x).ToHashSet();

        [Fact]
        public void Classify_names_the_shape_identity_and_k()
        {
            Assert.Equal(["aligned", "k-1"], Classes(K1Aligned));
            // θ₁ = θ₂ in values (distinct arrays): identical; the printed claim classifies as its correction
            var same = new Sbg.LipschitzCase(Net(Rows(1), Rows(2)), Net(Rows(1), Rows(2)), [Rational.One], "generic");
            Assert.Equal(["generic", "identical", "k-1"], Classes(same));
            Assert.Equal(["generic", "identical", "k-1"], Printed.Classify(same).ToHashSet());
            // the same W but another U: not identical (both W and U rows are compared)
            var otherU = same with { Net2 = Net(Rows(1), Rows(3)) };
            Assert.Equal(["generic", "k-1"], Classes(otherU));
            var k2 = new Sbg.LipschitzCase(Net(Rows(1, 1), Rows(2, 2)), Net(Rows(2, 2), Rows(1, 1)), [Rational.One], "generic");
            Assert.Equal(["generic"], Classes(k2));
            var k3 = new Sbg.LipschitzCase(Net(Rows(1, 1, 1), Rows(2, 2, 2)), Net(Rows(2, 2, 2), Rows(1, 1, 1)), [Rational.One], "generic");
            Assert.Equal(["generic", "k-3-plus"], Classes(k3));
        }

        [Fact]
        public void Classify_crossing_needs_opposite_strict_signs()
        {
            // w·x: 1 → −1 crosses the kink; 1 → 0 ends on it (no sign change); 1 → 2 stays in one piece
            Assert.Contains("crossing", Classes(new(Net(Rows(1), Rows(2)), Net(Rows(-1), Rows(2)), [Rational.One], "generic")));
            Assert.DoesNotContain("crossing", Classes(new(Net(Rows(1), Rows(2)), Net(Rows(0), Rows(2)), [Rational.One], "generic")));
            Assert.DoesNotContain("crossing", Classes(new(Net(Rows(1), Rows(2)), Net(Rows(2), Rows(2)), [Rational.One], "generic")));
            // a u-row crossing counts too
            Assert.Contains("crossing", Classes(new(Net(Rows(1), Rows(2)), Net(Rows(1), Rows(-2)), [Rational.One], "generic")));
        }

        [Fact]
        public void Classify_high_dimension_from_d_4_and_alpha_ends()
        {
            Rational[][] R(int d) => [Enumerable.Repeat(Rational.One, d).ToArray()];
            Sbg.LipschitzCase InDimension(int d, Rational alpha) =>
                new(Net(R(d), R(d), alpha), Net(R(d), R(d), alpha), Enumerable.Repeat(Rational.One, d).ToArray(), "generic");
            Assert.Equal(["generic", "identical", "k-1"], Classes(InDimension(3, Half)));
            Assert.Equal(["generic", "identical", "k-1", "high-dimension"], Classes(InDimension(4, Half)));
            Assert.Equal(["generic", "identical", "k-1", "high-dimension", "alpha-near-0"], Classes(InDimension(5, new Rational(1, 20))));
            Assert.Equal(["generic", "identical", "k-1", "alpha-near-1"], Classes(InDimension(1, new Rational(15, 16))));
        }

        [Fact]
        public void Hypotheses_reject_each_mismatch_and_each_bad_network()
        {
            var ok = K1Aligned;
            Assert.True(Sbg.LipschitzCorrected.HypothesesHold(ok));
            Assert.False(Sbg.LipschitzCorrected.HypothesesHold(ok with { Net2 = Net(Rows(2, 2), Rows(1, 1)) })); // k differs
            Assert.False(Sbg.LipschitzCorrected.HypothesesHold(ok with { Net2 = Net(Rows(2), Rows(1), v: 2) })); // v differs
            // θ₁ not a network of R¹ (a row of length 2), θ₂ fine
            Assert.False(Sbg.LipschitzCorrected.HypothesesHold(ok with { Net1 = Net([[1, 1]], [[2, 2]]) }));
            // both networks outside 0 < α < 1 (α = 1), everything else equal
            Assert.False(Sbg.LipschitzCorrected.HypothesesHold(
                ok with { Net1 = Net(Rows(1), Rows(2), Rational.One), Net2 = Net(Rows(2), Rows(1), Rational.One) }));
        }

        [Fact]
        public void Printed_constant_2_holds_for_k_1_and_constant_1_fails()
        {
            // (ΔΦ)² = 4, v²‖x‖²‖Δθ‖² = 2: c = 2 gives 8 (holds), c = 1 gives 2 (fails)
            var printed = Printed.Evaluate(K1Aligned, Context.AsPrinted);
            Assert.Equal(Status.Holds, printed.Status);
            Assert.Equal(2, printed.Slack!.Value.Observed, 12);
            Assert.Equal(Math.Sqrt(8), printed.Slack!.Value.Bound, 12);
            Assert.True(Printed.Evaluate(K1Aligned, new Context(Variant: "constant-1")).IsFailure);
            // the corrected √(2k) = √2 is attained; the variant √k = 1 fails
            var corrected = Corrected.Evaluate(K1Aligned, Context.AsPrinted);
            Assert.Equal(Status.Holds, corrected.Status);
            Assert.Equal(corrected.Slack!.Value.Observed, corrected.Slack!.Value.Bound, 12);
            Assert.True(Corrected.Evaluate(K1Aligned, new Context(Variant: "constant-k")).IsFailure);
        }

        [Fact]
        public void Printed_failure_reports_the_violation_of_the_unsquared_bound()
        {
            Rational[][] R(int value) => Rows(value, value, value);
            var c = new Sbg.LipschitzCase(Net(R(1), R(2)), Net(R(2), R(1)), [Rational.One], "aligned");
            var e = Printed.Evaluate(c, Context.AsPrinted);
            Assert.True(e.IsFailure);
            Assert.Equal(6 - 2 * Math.Sqrt(6), e.Violation, 12); // |ΔΦ| = 6, 2·v‖x‖‖Δθ‖ = 2√6
        }

        [Fact]
        public void Aligned_cases_attain_the_corrected_bound_with_a_nonzero_move()
        {
            // the aligned shape is where √(2k) is sharp: every generated aligned case is an equality with θ₁ ≠ θ₂
            var aligned = 0;
            foreach (var x in GeneratedCases.Of(Corrected, 200).Where(x => x.Shape == "aligned"))
            {
                aligned++;
                var e = Corrected.Evaluate(x, Context.AsPrinted);
                Assert.Equal(Status.Holds, e.Status);
                Assert.True(e.Slack!.Value.Observed > 0, $"aligned case with θ₁ = θ₂: {x}");
                Assert.Equal(e.Slack!.Value.Observed, e.Slack!.Value.Bound, 9);
                Assert.Contains("aligned", Corrected.Classify(x));
            }
            Assert.True(aligned >= 50, $"only {aligned} aligned cases in 200");
        }

        [Fact]
        public void Weakened_v_positive_draws_v_at_most_0()
        {
            var ctx = new Context(Weakened: "v-positive");
            Assert.Contains(GeneratedCases.Of(Corrected, 200, ctx: ctx), x => x.Net1.V.Sign <= 0);
        }
    }

    /// <summary>Section 12 (B3): the logistic loss's functions, classes, hypotheses and each inequality's failure.</summary>
    public sealed class Section12B3
    {
        private static readonly Sbg.B3 Claim = new();
        private static readonly double Gbg = Sbg.LogisticB3.G(Sbg.LogisticB3.Bg);
        private static readonly Sbg.B3Case Plain = new(1, 0.5, 2, 10, 10, 0.75, 2);

        private static HashSet<string> Classes(Sbg.B3Case x) => Claim.Classify(x).ToHashSet();

        [Fact]
        public void Gprime_is_the_derivative_of_g()
        {
            // central difference of g: error O(h²) ≈ 1e−10 plus rounding 1e−16/h ≈ 1e−11
            const double h = 1e-5;
            foreach (var x in new[] { 0.8, 2.0, 7.5 })
                Assert.Equal((Sbg.LogisticB3.G(x + h) - Sbg.LogisticB3.G(x - h)) / (2 * h), Sbg.LogisticB3.GPrime(x), 8);
            Assert.Equal(-2 * Math.Log(Math.Log(2)), Sbg.LogisticB3.Bg, 14);
        }

        [Fact]
        public void Classify_each_class_at_its_boundary()
        {
            Assert.Empty(Classes(Plain));
            Assert.Equal(["q-negative"], Classes(Plain with { Q0 = -1 }));
            Assert.Empty(Classes(Plain with { Q0 = 0 }));
            Assert.Equal(["q-near-bf"], Classes(Plain with { Q1 = 0.125 }));
            Assert.Empty(Classes(Plain with { Q1 = 0.25 }));
            Assert.Equal(["q-away-from-bf"], Classes(Plain with { Q1 = 1 }));
            Assert.Empty(Classes(Plain with { Q1 = 0.999 }));
            Assert.Equal(["theta-near-1"], Classes(Plain with { Theta = 31.0 / 32 }));
            Assert.Equal(["theta-near-1", "theta-very-near-1"], Classes(Plain with { Theta = 63.0 / 64 }));
            Assert.Equal(["theta-half"], Classes(Plain with { Theta = 0.5 }));
            Assert.Equal(["theta-near-1"], Classes(Plain with { Theta = 15.0 / 16 }));
            Assert.Empty(Classes(Plain with { Theta = 0.9 }));
            var xEdge = Sbg.LogisticB3.Bg + 1.0 / 16;
            Assert.Equal(1.0 / 16, xEdge - Sbg.LogisticB3.Bg); // exact: both in [1/2, 1)
            Assert.Equal(["x-near-bg"], Classes(Plain with { X = xEdge }));
            Assert.Empty(Classes(Plain with { X = Sbg.LogisticB3.Bg + 1.0 / 8 }));
            Assert.Equal(["y-near-gbg"], Classes(Plain with { Y = Gbg + 1.0 / 32 }));
            Assert.Empty(Classes(Plain with { Y = Gbg + 1.0 / 8 }));
            Assert.Equal(["large-arguments"], Classes(Plain with { X = 30 }));
            Assert.Equal(["large-arguments"], Classes(Plain with { Y = 30 }));
            Assert.Empty(Classes(Plain with { X = 29.5, Y = 29.5 }));
        }

        [Fact]
        public void Hypotheses_reject_each_edge_outside_and_accept_K_1()
        {
            Assert.True(Sbg.B3.HypothesesHold(Plain));
            Assert.True(Sbg.B3.HypothesesHold(Plain with { K = 1 }));
            Assert.False(Sbg.B3.HypothesesHold(Plain with { Q1 = 0 }));
            Assert.False(Sbg.B3.HypothesesHold(Plain with { Q2 = Plain.Q1 }));
            Assert.False(Sbg.B3.HypothesesHold(Plain with { Y = Gbg }));
            Assert.False(Sbg.B3.HypothesesHold(Plain with { K = 0.999 }));
        }

        [Fact]
        public void Holds_on_a_plain_case_with_the_slack_of_f_prime()
        {
            var e = Claim.Evaluate(Plain, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal(Sbg.LogisticB3.FPrime(10), e.Slack!.Value.Observed);
            Assert.Equal(2 * Sbg.LogisticB3.FPrime(7.5), e.Slack!.Value.Bound);
        }

        [Fact]
        public void K_below_1_fails_both_inequalities_of_B3_4()
        {
            var e = Claim.Evaluate(Plain with { K = 0.25 }, Context.AsPrinted);
            Assert.True(e.IsFailure);
            Assert.Contains($"K·g'(θx) = {0.25 * Sbg.LogisticB3.GPrime(7.5):R}", e.Detail);
            Assert.Contains($"K·f'(θy) = {0.25 * Sbg.LogisticB3.FPrime(7.5):R}", e.Detail);
        }

        [Fact]
        public void B3_4_for_g_prime_holds_at_K_1_near_b_g()
        {
            // g' decreases, so g'(x) ≤ g'(θx) with K = 1; g' > 1, so g'(x) ≤ 1/g'(θx) would fail; θ/x > x would also fail
            foreach (var theta in new[] { 0.5, 0.99 })
            {
                var x = Plain with { X = Sbg.LogisticB3.Bg + 0.01, Theta = theta, K = 1, Y = 30 };
                Assert.False(Claim.Evaluate(x, Context.AsPrinted).Detail.Contains("g'(x)", StringComparison.Ordinal), x.ToString());
            }
            Assert.True(Sbg.LogisticB3.GPrime(Sbg.LogisticB3.Bg + 0.01) > 1 / Sbg.LogisticB3.GPrime((Sbg.LogisticB3.Bg + 0.01) / 2));
        }

        [Fact]
        public void B3_4_for_f_prime_holds_with_K_6_over_5_at_large_y()
        {
            // f'(30) ≈ 1 ≤ 1.2·f'(15), while 1.2·f'(θ/y) ≈ 1.2·f'(0) ≈ 0.87 < f'(30)
            var x = Plain with { Y = 30, Theta = 0.5, K = 1.2 };
            Assert.Equal(Status.Holds, Claim.Evaluate(x, Context.AsPrinted).Status);
            Assert.True(Sbg.LogisticB3.FPrime(30) > 1.2 * Sbg.LogisticB3.FPrime(0.5 / 30));
            // with K = 4/5 near g(b_g) it fails (f' increases), though K/f'(θy) > 1 > f'(y)
            var low = Plain with { Y = 0.5, Theta = 0.5, K = 0.8 };
            Assert.Contains("f'(y)", Claim.Evaluate(low, Context.AsPrinted).Detail);
        }

        [Fact]
        public void B3_3_fails_when_q_decreases_or_f_prime_q_below_0_72_q()
        {
            // outside q₂ > q₁ > 0: h(1) > h(−1/1000), and just below 0, f'(q) ∈ (0.72, f'(0)) so f'(q)q < 0.72q
            var e = Claim.Evaluate(Plain with { Q1 = 1, Q2 = -0.001 }, Context.AsPrinted);
            Assert.True(e.IsFailure);
            Assert.Contains("f'(q)q decreases", e.Detail);
            Assert.Contains("< 0.72q", e.Detail);
            // h(q) ≥ 0.72q but not ≥ 0.72/q near 0
            Assert.Equal(Status.Holds, Claim.Evaluate(Plain with { Q1 = 0.005, Q2 = 0.01 }, Context.AsPrinted).Status);
            // h non-decreasing within rounding: q₂ − q₁ = 1e−12 is inside the 1e−9 tolerance, and still passes
            Assert.Equal(Status.Holds, Claim.Evaluate(Plain with { Q1 = 1, Q2 = 1 + 1e-12 }, Context.AsPrinted).Status);
        }

        [Fact]
        public void G_wrong_sign_fails_the_inverse()
        {
            var e = Claim.Evaluate(Plain, new Context(Variant: "g-wrong-sign"));
            Assert.True(e.IsFailure);
            Assert.Contains("g(f(q₁))", e.Detail);
        }
    }
}
