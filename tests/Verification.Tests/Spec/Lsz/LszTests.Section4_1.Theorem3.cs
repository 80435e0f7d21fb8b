using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// Theorem 3 apart from its flow: the bounds' exponents retyped from the page (N = 3 and 4, where 2/N − 1, 2/N and N/2 tell the
    /// mutants apart) and the judgement of made-up steps at each edge. The claim compares r = ln((1+cos θ)/(1−cos θ)) with the
    /// exponents; a step with r = L is w = (sin θ, cos θ) at θ = 2 atan(e^{−L/2}) for v = (0, 1), where cos θ = tanh(L/2) and the
    /// state error δ carries to r as 2δ/(‖w‖ sin θ) = 2δ cosh(L/2).
    /// </summary>
    public sealed class Section4_1Theorem3
    {

        /// <summary>The unit vector with ln((1+cos θ)/(1−cos θ)) = L, scaled to norm r.</summary>
        internal static double[] AtRatio(double l, double r = 1)
        {
            var th = 2 * Math.Atan(Math.Exp(-l / 2));
            return [r * Math.Sin(th), r * Math.Cos(th)];
        }

        /// <summary>The state error that makes the allowance 10 · 2δ cosh(L/2) + 10⁻⁹ max(1, |L|) equal to <paramref name="tol"/>.</summary>
        private static double ErrorFor(double l, double tol) => (tol - 1e-9 * Math.Max(1, Math.Abs(l))) / (20 * Math.Cosh(l / 2));

        // N = 3, c₀ = 1, w_e(0) = (1, 0): ‖w_e(0)‖ = 1, θ(0) = π/2, ln C₁ = 0, so A₁ = 1, B₁ = 1, α = 2/π, D = 1, F = 4/(1.8π)
        private static readonly double[] W0 = [1, 0];
        private static double Lower3(double t) => 2 / Math.PI * Math.Log(t + 1);
        private static double Upper3(double t) => 4 / (1.8 * Math.PI) * (Math.Pow(0.6 * t + 1, 1.5) - 1);

        private static Evaluation Judge(IEnumerable<(double T, double[] W)> steps, double stateError = 0, (double, double[])? phase2 = null,
            bool printedE = false, Context? ctx = null, double[]? w0 = null) =>
            Lsz.Theorem3.Judge(steps, Axis, w0 ?? W0, 3, 1, phase2, stateError, printedE, ctx ?? Context.AsPrinted);

        [Fact]
        public void Bounds_are_theorem_3_at_depth_3()
        {
            // N = 3, c₀ = 1.5, ‖w_e(0)‖ = 8, ln C₁ = 0.7, E = −0.4, t = 2: A₁ = 1.5, B₁ = 8^{−1/3} = 1/2, α = 2/π, D = 8^{2/3} = 4,
            // F = 6/(1.8π); below 0.7 + (2/π) ln(1.5·2·2 + 1), above F((1.2 + 4)^{3/2} − 4^{3/2}) − 0.4
            var (lo, up) = Lsz.Theorem3.Bounds(3, 1.5, 8, 0.7, -0.4, 2);
            Assert.Equal(0.7 + 2 / Math.PI * Math.Log(7), lo, 1e-13);
            Assert.Equal(6 / (1.8 * Math.PI) * (Math.Pow(5.2, 1.5) - 8) - 0.4, up, 1e-12);
        }

        [Fact]
        public void Bounds_are_theorem_3_at_depth_4_and_F_halved_halves_the_upper_slope()
        {
            // N = 4, c₀ = 2, ‖w_e(0)‖ = 9, ln C₁ = −1, E = 0.3, t = 0.5: A₁ = 4, B₁ = 9^{−1/2} = 1/3, α = 1/π, D = 3, F = 8/(2.4π);
            // below −1 + (1/π) ln(4·0.5·3 + 1), above F((0.3 + 3)² − 3²) + 0.3
            var (lo, up) = Lsz.Theorem3.Bounds(4, 2, 9, -1, 0.3, 0.5);
            Assert.Equal(-1 + Math.Log(7) / Math.PI, lo, 1e-13);
            Assert.Equal(8 / (2.4 * Math.PI) * 1.89 + 0.3, up, 1e-12);
            Assert.Equal(4 / (2.4 * Math.PI) * 1.89 + 0.3, Lsz.Theorem3.Bounds(4, 2, 9, -1, 0.3, 0.5, 0.5).Upper, 1e-12);
            // at t = 0 the lower exponent is ln C₁ and the upper one E
            Assert.Equal((-1.0, 0.3), Lsz.Theorem3.Bounds(4, 2, 9, -1, 0.3, 0));
        }

        [Fact]
        public void Lower_bound_after_T_is_B2_plus_A2_times_the_time_since_T()
        {
            // w_e(T) = (1, 1): θ(T) = π/4, B₂ = ln((1 + √½)/(1 − √½)), ‖w_e(T)‖ = √2; A₂ = 2c₀‖w_e(T)‖^{1−2/N}/π
            var b2 = Math.Log((1 + Math.Sqrt(0.5)) / (1 - Math.Sqrt(0.5)));
            Assert.Equal(b2 + 2 * 2 * Math.Pow(2, 0.25) / Math.PI * 1.5, Lsz.Theorem3.LowerAfter(4, 2, [1, 1], Axis, 1.5), 1e-13);
            Assert.Equal(b2 + 2 * 3 * Math.Pow(2, 1.0 / 6) / Math.PI * 0.25, Lsz.Theorem3.LowerAfter(3, 3, [1, 1], Axis, 0.25), 1e-13);
        }

        [Fact]
        public void Steps_between_the_bounds_hold_and_the_detail_counts_them()
        {
            var mid = (double t) => AtRatio(0.5 * (Lower3(t) + Upper3(t)));
            var e = Judge([(0, W0), (1, mid(1)), (2, mid(2))]);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("T = ; both bounds hold at 3 times up to t = 10", e.Detail);
            Assert.Equal("T = 0.5; both bounds hold at 1 times up to t = 10", Judge([(0, W0)], phase2: (0.5, AtRatio(0.4))).Detail);
        }

        [Fact]
        public void A_step_below_the_lower_bound_fails_beyond_ten_state_errors_only()
        {
            // r = lower(1) − 0.05: an allowance of 0.05/0.9 covers it, one of 0.05/1.1 does not
            var l = Lower3(1) - 0.05;
            Assert.Equal(Status.Holds, Judge([(1, AtRatio(l))], ErrorFor(l, 0.05 / 0.9)).Status);
            var e = Judge([(1, AtRatio(l))], ErrorFor(l, 0.05 / 1.1));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.05, e.Violation, 1e-12);
            Assert.StartsWith("t = 1 (T = ): ln((1+cos θ)/(1−cos θ)) = ", e.Detail, StringComparison.Ordinal);
            Assert.Equal(l, Number(e.Detail, ")) = ", " < "), 1e-12);
            Assert.Equal(Lower3(1), Number(e.Detail, "lower bound exponent "), 1e-12);
        }

        [Fact]
        public void A_step_above_the_upper_bound_fails_beyond_ten_state_errors_and_prints_cos_theta()
        {
            var l = Upper3(1) + 0.05;
            Assert.Equal(Status.Holds, Judge([(1, AtRatio(l))], ErrorFor(l, 0.05 / 0.9)).Status);
            var e = Judge([(1, AtRatio(l))], ErrorFor(l, 0.05 / 1.1));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.05, e.Violation, 1e-12);
            Assert.StartsWith("t = 1: ln((1+cos θ)/(1−cos θ)) = ", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Upper3(1), Number(e.Detail, "upper bound exponent ", " (E"), 1e-12);
            Assert.Equal(0, Number(e.Detail, "(E = ", ";"), 1e-15);
            // cos θ = tanh(r/2) > 1 − 2/(e^upper + 1) = tanh(upper/2)
            var tail = e.Detail[e.Detail.IndexOf("cos θ = ", StringComparison.Ordinal)..];
            Assert.Equal(Math.Tanh(l / 2), Number(tail, "cos θ = ", " > "), 1e-12);
            Assert.Equal(Math.Tanh(Upper3(1) / 2), Number(tail, " > ", ")"), 1e-12);
        }

        [Fact]
        public void Without_state_error_the_allowance_is_one_billionth_of_the_ratio()
        {
            // ln C₁ = 40 (θ(0) ≈ 4·10⁻⁹): at t = 0 both exponents are 40 (E = ln C₁), and the allowance is 4·10⁻⁸
            var w0 = AtRatio(40);
            Assert.Equal(Status.Holds, Judge([(0, AtRatio(40 - 2e-8))], w0: w0).Status);
            Assert.Equal(Status.Fails, Judge([(0, AtRatio(40 - 6e-8))], w0: w0).Status);
        }

        [Fact]
        public void After_T_the_exponential_bound_applies_and_at_T_the_polynomial_one()
        {
            // T = 0.5, w_e(T) at r = 0.4 with norm 1 (A₂ = 2/π): after T the lower exponent is 0.4 + (2/π)(t − 0.5)
            (double, double[]) p2 = (0.5, AtRatio(0.4));
            // before T: 0.063 is between lower(0.1) ≈ 0.0607 and upper(0.1) ≈ 0.0646, below the phase-2 line (0.4 − 0.8/π ≈ 0.145)
            Assert.Equal(Status.Holds, Judge([(0.1, AtRatio(0.063))], phase2: p2).Status);
            // at T: lower(0.5) + 0.05 ≈ 0.31 < 0.4, and below upper(0.5) ≈ 0.34
            Assert.Equal(Status.Holds, Judge([(0.5, AtRatio(Lower3(0.5) + 0.05))], phase2: p2).Status);
            // after T: 0.7 is between lower(1) ≈ 0.44 and upper(1) ≈ 0.72 but below the phase-2 line 0.4 + 1/π
            var e = Judge([(1, AtRatio(0.7))], phase2: p2);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.4 + 1 / Math.PI - 0.7, e.Violation, 1e-12);
            Assert.StartsWith("t = 1 (T = 0.5): ", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Holds, Judge([(1, AtRatio(0.7))]).Status);
        }

        [Fact]
        public void Printed_E_fails_at_t_zero_where_the_corrected_one_holds()
        {
            // θ(0) = π/3: ln C₁ = ln 3, printed E = −2 ln(tan(π/3)/2) = ln(4/3) < ln C₁, so the upper bound fails at t = 0 by ln(9/4)
            var w0 = AtRatio(Math.Log(3));
            var printed = Judge([(0, w0)], printedE: true, w0: w0);
            Assert.Equal(Status.Fails, printed.Status);
            Assert.Equal(Math.Log(9.0 / 4), printed.Violation, 1e-12);
            Assert.Equal(Math.Log(4.0 / 3), Number(printed.Detail, "(E = ", ";"), 1e-12);
            Assert.Equal(Status.Holds, Judge([(0, w0)], w0: w0).Status);
        }

        [Fact]
        public void F_halved_lowers_the_upper_bound_below_a_step_that_holds_as_printed()
        {
            // r = 0.6 at t = 1: between lower(1) ≈ 0.44 and upper(1) ≈ 0.72, above the halved upper ≈ 0.36
            Assert.Equal(Status.Holds, Judge([(1, AtRatio(0.6))]).Status);
            Assert.Equal(Status.Fails, Judge([(1, AtRatio(0.6))], ctx: new Context(Variant: "F-halved")).Status);
        }

        /// <summary>Off the axis the first integration stops at the first step past T (the rest is the second integration); on the
        /// axis it runs to the horizon 10.</summary>
        [Fact]
        public void Run_integrates_to_the_horizon_only_on_the_axis()
        {
            var pop = Circle();
            Assert.Equal(10, Lsz.Theorem3.Run(new Lsz.FlowCase(pop, [0, 1], 3)).Trajectory.Ode.LastT);
            var off = Lsz.Theorem3.Run(new Lsz.FlowCase(pop, [Math.Sqrt(0.5), Math.Sqrt(0.5)], 3));
            Assert.True(off.Trajectory.Ode.LastT < 10, $"first integration ran to {off.Trajectory.Ode.LastT}");
        }
    }
}
