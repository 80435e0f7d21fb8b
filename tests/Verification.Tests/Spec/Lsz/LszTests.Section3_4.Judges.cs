using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Numerics;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.4's judgements apart from their GD runs: Lemma 12's and Eq. (8)'s allowances, Lemma 5's B, Theorem 2's
    /// certificate for summable rates, and Remark 3's convergence test, on made-up numbers at each decision's edge.</summary>
    public sealed class Section3_4Judges
    {
        /// <summary>Eq. (10) with η = 2, ‖w(n+1)‖ = 3, ∇L's error 10⁻⁴, c₀η/π = 2, c₀'s relative error 10⁻⁴: 10 × (2·2·3·10⁻⁴ + 2·4·10⁻⁴)
        /// = 0.02 (+10⁻¹² × 9 + 10⁻¹⁵), the Trust line's estimate.</summary>
        [Fact]
        public void Lemma12_judgement_allows_the_gradient_and_c0_errors()
        {
            var tol = 0.02 + 9e-12 + 1e-15;
            Evaluation At(double rhs) => Lsz.Lemma12.Judge(9, rhs, 2, 3, 1e-4, 2, 1e-4);
            Assert.Equal(Status.Holds, At(9 + 0.99 * tol).Status);
            Assert.Equal(Status.Holds, At(9 - 0.99 * tol).Status);
            var off = At(9 - 1.01 * tol);
            Assert.Equal(Status.Fails, off.Status);
            Assert.Equal(1.01 * tol, off.Violation, 1e-15);
            Assert.StartsWith("η = 2: ‖w(n+1)‖² = 9, ", off.Detail, StringComparison.Ordinal);
            Assert.EndsWith("tolerance 0.02", off.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, At(9 + 1.01 * tol).Status);
        }

        /// <summary>The combined form's allowance retyped from its estimate, once in a benign step and once where the step nearly reverses w
        /// (‖w(n+1)‖ + w̄ᵀw(n+1) = 10⁻⁶), where the second term's conditioning, rounding included, is the whole allowance.</summary>
        [Fact]
        public void Equation8_combined_tolerance_is_its_error_estimate()
        {
            static double Expected(double gradError, Estimate c0, double n1, double proj)
            {
                var term2 = c0.Value * c0.Value * 0.25 * 0.75 * 0.5 / (Math.PI * Math.PI) / (n1 + proj) / n1; // η = 1/2, sin²θ = 3/4, cos θ = 1/2
                var dDen = 8e-16 * (n1 + Math.Abs(proj) + 4) + 2 * 0.5 * gradError; // ‖w(n)‖ = 4
                return 10 * ((0.5 * gradError * 4 + 0.5 * c0.Error) / n1 * (1 + 4 / n1)) + 1e-12 + 1e-15 + 10 * Math.Abs(term2) * dDen / Math.Abs(n1 + proj)
                    + 1e-15 / n1;
            }
            var c0 = new Estimate(2, 1e-6);
            Assert.Equal(Expected(1e-6, c0, 2, 1), Lsz.Equation8.CombinedTolerance(0.5, 1e-6, c0, 0.75, 0.5, 2, 1, 4), 1e-18);
            var reversing = Lsz.Equation8.CombinedTolerance(0.5, 1e-6, c0, 0.75, 0.5, 2, -2 + 1e-6, 4);
            Assert.Equal(Expected(1e-6, c0, 2, -2 + 1e-6), reversing, 1e-13 * reversing);
            Assert.True(reversing > 1e5, $"{reversing}"); // 10 × (0.375/π²)/(2·10⁻⁶) × (1 + 6.4·10⁻⁹)
        }

        [Fact]
        public void Lemma5_B_is_delta_times_one_plus_cos_over_one_plus_delta_pi()
        {
            Assert.Equal(1 / (2 * Math.PI), Lsz.Lemma5.B(1, 0), 1e-16);
            Assert.Equal(1 / Math.PI, Lsz.Lemma5.B(2, 0.5), 1e-16);
            Assert.Equal(0, Lsz.Lemma5.B(1, -1));
        }

        private static Lsz.GdCase Summable(double theta0, double eta0, double q) =>
            new(new Lsz.FlowCase(Circle(), [Math.Sin(theta0), Math.Cos(theta0)]), new("geometric", eta0, q));

        /// <summary>U(S¹) (E‖x‖ = 1), ‖w(0)‖ = 1 at θ(0) = π/2, η_n = 0.1·2⁻ⁿ: every iterate within 0.2 of w(0), so θ(n) ≥ π/2 − arcsin 0.2
        /// and cos θ(n) ≤ 0.2: Theorem 2's conclusion fails with η₋ = 0. No certificate when the drift reaches ‖w(0)‖ or covers θ(0).</summary>
        [Fact]
        public void Theorem2_summable_rates_certify_that_the_direction_does_not_converge()
        {
            var s = Summable(Math.PI / 2, 0.1, 0.5);
            var cert = Lsz.Theorem2.Summable(s, s.Schedule);
            Assert.Equal(Status.Fails, cert.Status);
            Assert.Equal(0.8, cert.Violation, 1e-14);
            Assert.Contains("E‖x‖ Σ η_n = 0.2 for every n", cert.Detail, StringComparison.Ordinal);
            var far = Summable(Math.PI / 2, 1, 0.5);
            Assert.Equal(Status.Inconclusive, Lsz.Theorem2.Summable(far, far.Schedule).Status);
            var narrow = Summable(0.1, 0.1, 0.5);
            Assert.Equal(Status.Inconclusive, Lsz.Theorem2.Summable(narrow, narrow.Schedule).Status);
        }

        /// <summary>Remark 3's convergence: cos θ(400) above the target, losses non-increasing up to 10⁻¹² a step, and the final loss strictly
        /// below L(w(0)) and ln 2; a failure costs the cosine's shortfall plus 1 when the losses rise.</summary>
        [Fact]
        public void Remark3_judgement_needs_alignment_decrease_and_a_loss_below_both_references()
        {
            const double target = 1 - 1e-3;
            Evaluation J(double cos, double l0, params double[] losses) => Lsz.Remark3.Judge(50, cos, l0, losses, target);
            Assert.Equal(Status.Holds, J(0.9999, 0.6, 0.5, 0.4, 0.4, 0.4 + 5e-13).Status);
            var rising = J(0.9999, 0.6, 0.5, 0.4, 0.4 + 2e-12, 0.3);
            Assert.Equal(Status.Fails, rising.Status);
            Assert.Equal(1, rising.Violation);
            Assert.EndsWith("decreasing over the last 100 steps: False", rising.Detail, StringComparison.Ordinal);
            var tilted = J(0.99, 0.6, 0.5, 0.4);
            Assert.Equal(Status.Fails, tilted.Status);
            Assert.Equal(target - 0.99, tilted.Violation, 1e-15);
            Assert.Equal(Status.Fails, J(0.9999, 0.4, 0.5, 0.4).Status); // final loss = L(w(0))
            Assert.Equal(Status.Fails, J(0.9999, 1, 0.8, Math.Log(2)).Status); // final loss = L(0) = ln 2
            Assert.StartsWith("η = 50: cos θ(400) = 0.9999, L(w(0)) = 0.6, L(w(400)) = 0.4", J(0.9999, 0.6, 0.5, 0.4).Detail, StringComparison.Ordinal);
        }
    }
}
