using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// Eq. (15)'s descending-ascending pattern (the T of Theorem 3) apart from its flow: the sign judgement on the time clock and on
    /// the angle clock over made-up steps, each at a decision's edge, and the clock that scales the run.
    /// </summary>
    public sealed class Section4_1Signs
    {
        private static readonly Context Reversed = new(Variant: "reversed-pattern");

        /// <summary>One step (s, w, ẇ) with w = (r, 0) and w_eᵀẇ_e = h.</summary>
        private static (double, double[], double[]) Step(double s, double h, double r = 1) => (s, [r, 0], [h / r, 0]);

        /// <summary>T = 1, field error 0.01, no state error, ‖w‖ = 1: the allowance is 10 · 0.01 + 10⁻¹².</summary>
        private static Evaluation Signs(params (double, double[], double[])[] steps) =>
            Lsz.Lemma6.BySigns(steps, 1, [0, 2], 0.01, 0, Context.AsPrinted, 3);

        [Fact]
        public void Time_clock_a_rise_before_T_fails_beyond_its_allowance()
        {
            Assert.Equal(Status.Holds, Signs(Step(0, 0.09)).Status);
            // exactly the allowance is not beyond it
            Assert.Equal(Status.Holds, Signs(Step(0, 10 * 0.01 + 1e-12)).Status);
            Assert.Equal(Status.Holds, Signs(Step(0, 0.1 + 0.5e-12)).Status);
            var e = Signs(Step(0, 0.11));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.11, e.Violation, 1e-15);
            Assert.Equal("T = 1: at t = 0 < T, w_eᵀẇ_e = 0.11 > 0", e.Detail);
        }

        [Fact]
        public void Time_clock_a_fall_after_T_fails_beyond_its_allowance()
        {
            Assert.Equal(Status.Holds, Signs(Step(2, -0.09)).Status);
            Assert.Equal(Status.Holds, Signs(Step(2, -(10 * 0.01 + 1e-12))).Status);
            var e = Signs(Step(2, -0.11));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.11, e.Violation, 1e-15);
            Assert.Equal("T = 1: at t = 2 > T, w_eᵀẇ_e = -0.11 < 0", e.Detail);
            Assert.Equal("T = 1, ‖w_e(T)‖ = 2, signs checked to t = 3", Signs(Step(0, -1), Step(2, 1)).Detail);
        }

        [Fact]
        public void Time_clock_steps_within_a_billionth_of_T_are_not_judged()
        {
            Assert.Equal(Status.Holds, Signs(Step(1 - 1e-9, 1), Step(1 + 1e-9, -1), Step(1 - 0.5e-9, 1), Step(1 + 0.5e-9, -1)).Status);
            Assert.Equal(Status.Fails, Signs(Step(1 - 2e-9, 1)).Status);
            Assert.Equal(Status.Fails, Signs(Step(1 + 2e-9, -1)).Status);
        }

        [Fact]
        public void Time_clock_allowance_grows_with_the_norm_and_the_state_error()
        {
            // ‖w‖ = 2, field error 0.01, state error 0.001, h = 0.2105 (‖ẇ‖ = h/2): allowance 10(0.02 + 0.001 · 1.10525) ≈ 0.2111
            static Evaluation Wide(double h) => Lsz.Lemma6.BySigns([Step(0, h, 2)], 1, [0, 2], 0.01, 0.001, Context.AsPrinted, 3);
            Assert.Equal(Status.Holds, Wide(0.2105).Status);
            Assert.Equal(Status.Fails, Wide(0.2115).Status);
        }

        [Fact]
        public void Time_clock_reversed_pattern_fails_the_right_signs()
        {
            var e = Lsz.Lemma6.BySigns([Step(0, -0.5)], 1, [0, 2], 0.01, 0, Reversed, 3);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.5, e.Violation);
        }

        // The angle clock: transition at s = ln √3 (θ(T) = π/3, t = 7, ‖w_e(T)‖ = 5); steps before it at s = 0 (θ = π/2, t = 1),
        // after it at s = ln 3 (θ = 2 atan(1/3), t = 9). F_r(s, u) = 3u, u = 0, state error d = 0.01: the allowance is
        // 10(field error 0.01 + ½|F_r(u + d) − F_r(u − d)| = 0.03) + 10⁻¹⁵|F_θ| = 0.4 + 0.01 with F_θ = −10¹³.
        private static readonly double S1 = Math.Log(Math.Sqrt(3));
        private static readonly (double S, double T, double Norm) Transition = (S1, 7, 5);

        private static AngleFlow.Step At(double s, double fr, double time) => new(s, 0, time, fr, -1e13, 0.01);

        private static Evaluation ByAngle(IReadOnlyList<AngleFlow.Step> steps, Context? ctx = null, (double, double, double)? tr = null,
            string? broken = null) =>
            Lsz.Lemma6.ByAngle(steps, tr ?? Transition, broken, 0.01, (_, u) => 3 * u, ctx ?? Context.AsPrinted, "no transition by t = 60");

        [Fact]
        public void Angle_clock_a_rise_before_T_fails_beyond_its_allowance()
        {
            Assert.Equal(Status.Holds, ByAngle([At(0, 0.405, 1)]).Status);
            Assert.Equal(Status.Holds, ByAngle([At(0, 0.3, 1)]).Status);
            var e = ByAngle([At(0, 0.415, 1)]);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.415, e.Violation);
            Assert.StartsWith("angle clock, T = 7 (θ(T) = ", e.Detail, StringComparison.Ordinal);
            Assert.EndsWith(" < T, w_eᵀẇ_e/‖w_e‖ = 0.415 > 0", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Math.PI / 3, Number(e.Detail, "(θ(T) = ", ")"), 1e-15);
            Assert.Equal(Math.PI / 2, Number(e.Detail, "(θ = ", ")"), 1e-15);
            Assert.Equal(1, Number(e.Detail, "at t = ", " (θ"));
            Assert.Equal(Status.Fails, ByAngle([At(0, 1, 1)]).Status);
        }

        [Fact]
        public void Angle_clock_a_fall_after_T_fails_beyond_its_allowance()
        {
            Assert.Equal(Status.Holds, ByAngle([At(Math.Log(3), -0.405, 9)]).Status);
            var e = ByAngle([At(Math.Log(3), -0.415, 9)]);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.415, e.Violation);
            Assert.EndsWith(" > T, w_eᵀẇ_e/‖w_e‖ = -0.415 < 0", e.Detail, StringComparison.Ordinal);
            Assert.Equal(2 * Math.Atan(1.0 / 3), Number(e.Detail, "(θ = ", ")"), 1e-15);
        }

        [Fact]
        public void Angle_clock_right_signs_and_the_transition_step_hold_whatever_their_size()
        {
            var e = ByAngle([At(0, -1, 1), At(S1, 1, 7), At(S1, -1, 7), At(Math.Log(3), 1, 9)]);
            Assert.Equal(Status.Holds, e.Status);
            Assert.StartsWith("no transition by t = 60; on the angle clock: T = 7, θ(T) = ", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Math.PI / 3, Number(e.Detail, "θ(T) = ", ","), 1e-15);
            Assert.EndsWith(", ‖w_e(T)‖ = 5, signs checked at 4 steps to t = 9", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, ByAngle([At(0, -1, 1)], Reversed).Status);
        }

        [Fact]
        public void Angle_clock_without_transition_or_broken_is_inconclusive_and_says_why()
        {
            var missing = Lsz.Lemma6.ByAngle([At(0, -1, 1)], null, null, 0.01, (_, u) => u, Context.AsPrinted, "P");
            Assert.Equal(Status.Inconclusive, missing.Status);
            Assert.Equal("P; on the angle clock: no transition by θ = 10⁻³⁰⁰", missing.Detail);
            Assert.Equal("P; on the angle clock: step budget", Lsz.Lemma6.ByAngle([At(0, -1, 1)], null, "step budget", 0.01, (_, u) => u,
                Context.AsPrinted, "P").Detail);
            var broken = ByAngle([At(0, -1, 1)], broken: "field turned");
            Assert.Equal(Status.Inconclusive, broken.Status);
            Assert.Equal("no transition by t = 60; on the angle clock T = 7, then field turned", broken.Detail);
        }

        [Fact]
        public void Clock_is_the_norm_to_the_two_over_N_minus_two_between_one_and_twenty()
        {
            Assert.Equal(Math.Pow(2, 4.0 / 3), Lsz.Lemma6.Clock(0.5, 3), 1e-14);
            Assert.Equal(2, Lsz.Lemma6.Clock(0.5, 2), 1e-15);
            Assert.Equal(20, Lsz.Lemma6.Clock(0.01, 3));
            Assert.Equal(1, Lsz.Lemma6.Clock(4, 4));
            // the Setting: at most to t = 60s, 5s after the transition; steps at most 0.5s
            Assert.Equal((60 * 2.0, 5 * 2.0, 0.5 * 2.0), Lsz.Lemma6.Scaled(0.5, 2));
        }

        [Fact]
        public void On_the_negative_axis_a_run_that_never_ascends_fails()
        {
            var e = Lsz.Lemma6.NeverAscends([-1, -0.5]);
            Assert.Equal(Status.Fails, e!.Status);
            Assert.Contains("(largest -0.5)", e.Detail, StringComparison.Ordinal);
            Assert.Null(Lsz.Lemma6.NeverAscends([-1, 0.5]));
            Assert.Null(Lsz.Lemma6.NeverAscends([-1, 0]));
        }
    }
}
