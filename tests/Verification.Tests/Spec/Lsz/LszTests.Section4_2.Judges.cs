using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Lemma 8 (i) apart from its flow: Eq. (17)'s bounds retyped from the page, and the judgement of made-up trajectories at
    /// the bounds' edges (state error 1/4, so the allowance is 2.5 + 10⁻¹²‖w_e‖).</summary>
    public sealed class Section4_2Judges
    {
        /// <summary>N = 4, ‖w_e(0)‖ = 2, c₀ = 3, t = 1.5: below (2^{−1/2} + 2·3·1.5)^{−2}, above (2^{1/2} + 0.6·1.5)^2.</summary>
        [Fact]
        public void Lemma8_norm_bounds_are_equation_17()
        {
            var (lo, up) = Lsz.Lemma8.NormBounds(2, 4, 3, 1.5, 0.6);
            Assert.Equal(Math.Pow(Math.Pow(2, -0.5) + 9, -2), lo, 1e-15);
            Assert.Equal(Math.Pow(Math.Sqrt(2) + 0.9, 2), up, 1e-14);
            // N = 3: exponents 2/3 − 1 = −1/3 and −3; above (2^{2/3})^{3/2} = 2 at t = 0 whatever the slope
            var (lo3, up3) = Lsz.Lemma8.NormBounds(2, 3, 3, 0.5, 0);
            Assert.Equal(Math.Pow(Math.Pow(2, -1.0 / 3) + 1.5, -3), lo3, 1e-15);
            Assert.Equal(2, up3, 1e-14);
        }

        private static Evaluation Judge(double nw1) =>
            Lsz.Lemma8.CheckNormBounds([0, 1.5], [[2, 0], [0, nw1]], 0.25, 2, 4, 3, 0.6);

        [Fact]
        public void Lemma8_norm_check_allows_ten_state_errors_and_reports_the_excess()
        {
            var (lo, up) = Lsz.Lemma8.NormBounds(2, 4, 3, 1.5, 0.6);
            Assert.Equal(Status.Holds, Judge(up).Status);
            Assert.Equal("‖w_e(15)‖ = " + up.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " within the bounds at 2 steps",
                Judge(up).Detail);
            Assert.Equal(Status.Holds, Judge(up + 2.5).Status);
            var high = Judge(up + 3);
            Assert.Equal(Status.Fails, high.Status);
            Assert.Equal(3, high.Violation, 1e-12);
            Assert.StartsWith("t = 1.5: ‖w_e‖ = ", high.Detail, StringComparison.Ordinal);
            // the lower bound is ≈ 0.011 here, so no norm falls 2.5 below it; with no state error a norm just under it fails
            var strict = Lsz.Lemma8.CheckNormBounds([0, 1.5], [[2, 0], [0, lo / 2]], 0, 2, 4, 3, 0.6);
            Assert.Equal(Status.Fails, strict.Status);
            Assert.Equal(lo / 2, strict.Violation, 1e-15);
            Assert.Equal(Status.Holds, Lsz.Lemma8.CheckNormBounds([0, 1.5], [[2, 0], [0, lo]], 0, 2, 4, 3, 0.6).Status);
            // the wrong slope 0: the upper bound stays 2
            Assert.Equal(Status.Fails, Lsz.Lemma8.CheckNormBounds([0, 1.5], [[2, 0], [0, 2.5]], 0, 2, 4, 3, 0).Status);
        }

        [Fact]
        public void Lemma8_case_names_its_part()
        {
            var f = new Lsz.FlowCase(Circle(), [1, 0], 3);
            Assert.StartsWith("part (i): ", new Lsz.FlowPartCase(f, 0).ToString(), StringComparison.Ordinal);
            Assert.StartsWith("part (ii): ", new Lsz.FlowPartCase(f, 1).ToString(), StringComparison.Ordinal);
        }

        /// <summary>Eq. (16)'s judgement at N = 3, ‖w_e‖ = 8 (‖w_e‖^{1−2/N} = 2): the allowance is 10 × 4N·2·(quadrature error) = 240 × 10⁻⁴
        /// (+10⁻¹²|rhs| + 10⁻¹⁵); a wrong power of ‖w_e‖ or a dropped factor moves it by at least a factor 2.</summary>
        [Fact]
        public void Lemma7_judgement_allows_the_propagated_quadrature_error()
        {
            var tol = 240e-4 + 1e-12 * 0.5 + 1e-15;
            Assert.Equal(Status.Holds, Lsz.Lemma7.Judge(0.5 + 0.99 * tol, 0.5, 3, 8, 1e-4).Status);
            Assert.Equal(Status.Holds, Lsz.Lemma7.Judge(0.5 - 0.99 * tol, 0.5, 3, 8, 1e-4).Status);
            var off = Lsz.Lemma7.Judge(0.5 + 1.01 * tol, 0.5, 3, 8, 1e-4);
            Assert.Equal(Status.Fails, off.Status);
            Assert.Equal(1.01 * tol, off.Violation, 1e-15);
            Assert.Contains("(c₀ sin²θ/π)‖w_e‖^(1−2/N) = 0.5, tolerance 0.024", off.Detail, StringComparison.Ordinal);
            // N = 1: ‖w_e‖^{−1} = 1/8, allowance 10 × 4 × 1/8 × 10⁻⁴ = 5 × 10⁻⁴
            Assert.Equal(Status.Holds, Lsz.Lemma7.Judge(0.5 + 4.9e-4, 0.5, 1, 8, 1e-4).Status);
            Assert.Equal(Status.Fails, Lsz.Lemma7.Judge(0.5 + 5.1e-4, 0.5, 1, 8, 1e-4).Status);
        }

        /// <summary>Eq. (39)'s judgement at N = 3, ‖w_e‖ = 8 (‖w_e‖^{2/N−1} = 1/2): Richardson |d₁ − d₂| = 2·10⁻³, rounding 10⁻³, and
        /// 10 × (state error 2·10⁻³ × 1/2 + 2 × g's error 5·10⁻⁴) = 0.02: the allowance is 0.023 (+10⁻¹²|2g| + 10⁻¹⁵), each part ≥ 4% of it.</summary>
        [Fact]
        public void Equation39_judgement_allows_richardson_rounding_and_state_error()
        {
            var tol = 0.023 + 1e-12 * 0.5 + 1e-15;
            Evaluation At(double d2) => Lsz.Equation39.Judge(d2 + 2e-3, d2, 2e-3, 1e-3, 8, 3, 0.5, 5e-4);
            Assert.Equal(Status.Holds, At(0.5 + 0.99 * tol).Status);
            Assert.Equal(Status.Holds, At(0.5 - 0.99 * tol).Status);
            var off = At(0.5 - 1.01 * tol);
            Assert.Equal(Status.Fails, off.Status);
            Assert.Equal(1.01 * tol, off.Violation, 1e-15);
            Assert.EndsWith("2g(w_e) = 0.5, tolerance 0.023", off.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, At(0.5 + 1.01 * tol).Status);
        }

        /// <summary>Eq. (41)'s judgement at N = 3, ‖w_e‖ = 8 (‖w_e‖^{2−2/N} = 16), factor 2: rhs = 2·3·16·g = 96 × 0.01; Richardson 10⁻³,
        /// rounding 10⁻³, and 10 × (state error 6·10⁻⁵ × 2‖w_e‖ + 96 × g's error 10⁻⁵) = 10 × 1.92·10⁻³: allowance 0.0212 (+10⁻¹² × 0.96 + 10⁻¹⁵).</summary>
        [Fact]
        public void Equation41_judgement_scales_g_and_its_error_by_the_printed_factor()
        {
            var tol = 0.0212 + 1e-12 * 0.96 + 1e-15;
            Evaluation At(double d2, double factor = 2) =>
                Lsz.Equation41.Judge(d2 + 1e-3, d2, 6e-5, 1e-3, 8, 3, new Verification.Numerics.Estimate(0.01, 1e-5), factor, "2N‖w_e‖^(2−2/N) g");
            Assert.Equal(Status.Holds, At(0.96 + 0.99 * tol).Status);
            Assert.Equal(Status.Holds, At(0.96 - 0.99 * tol).Status);
            var off = At(0.96 + 1.01 * tol);
            Assert.Equal(Status.Fails, off.Status);
            Assert.Equal(1.01 * tol, off.Violation, 1e-14);
            Assert.EndsWith(", tolerance 0.0212", off.Detail, StringComparison.Ordinal);
            Assert.Equal(0.96, Number(off.Detail, "2N‖w_e‖^(2−2/N) g = ", ","), 1e-15);
            // the printed factor 1: rhs = 0.48, and the derivative 0.96 is far outside 0.0164 (g's error carries the factor:
            // 10 × (9.6·10⁻⁴ + 48 × 10⁻⁵) + 0.002)
            var printed = At(0.96, 1);
            Assert.Equal(Status.Fails, printed.Status);
            Assert.Equal(0.48, printed.Violation, 1e-14);
            Assert.Contains("tolerance 0.0164", printed.Detail, StringComparison.Ordinal);
        }

        /// <summary>Lemma 8 (ii) looks for the root of g on a ray by doubling ‖w‖ from 10⁻³ while g &gt; 0 (up to 1.6·10⁴), then Brent.</summary>
        [Fact]
        public void Lemma8_root_of_g_on_a_ray_is_found_or_reported_missing()
        {
            Assert.Equal(1, Lsz.Lemma8.RootOnRay(a => 1 - a)!.Value, 1e-12);
            Assert.Equal(5000, Lsz.Lemma8.RootOnRay(a => 5000 - a)!.Value, 1e-8);
            Assert.Equal(1e-3, Lsz.Lemma8.RootOnRay(a => 1e-3 - a)!.Value, 1e-15); // g = 0 exactly at the search's first point
            Assert.Null(Lsz.Lemma8.RootOnRay(_ => 1)); // g > 0 on the whole searched ray
            Assert.Null(Lsz.Lemma8.RootOnRay(a => 20000 - a)); // its root is past the search
            Assert.Null(Lsz.Lemma8.RootOnRay(_ => -1)); // g < 0 already at 10⁻³: no sign change from + to −
        }

        /// <summary>∂g/∂t's allowance, retyped: 10 × [(∇L error 10⁻⁶ + d = 2 × Hessian error 10⁻⁷ × ‖w‖ = 8) × ‖ẇ_e‖ = 3 + ‖∇g‖ = 5 × N = 3 ×
        /// 10⁻⁶ × ‖w‖^{2−2/N} = 16] + 10⁻¹²|dg = 1| + 10⁻¹⁵ + 10³ × residual 10⁻⁹ = 10 × 2.478·10⁻⁴ + 10⁻⁶ + 10⁻¹² + 10⁻¹⁵.</summary>
        [Fact]
        public void Lemma8_bounce_tolerance_is_the_first_order_error_of_dg()
        {
            Assert.Equal(2.478e-3 + 1e-6 + 1e-12 + 1e-15, Lsz.Lemma8.BounceTolerance(1e-6, 1e-7, 2, 8, 3, 5, 3, 1, 1e-9), 1e-17);
            Assert.Equal(2.478e-3 + 1e-6 + 1e-12 + 1e-15, Lsz.Lemma8.BounceTolerance(1e-6, 1e-7, 2, 8, 3, 5, 3, -1, -1e-9), 1e-17);
        }

        /// <summary>Part (ii) needs an acute angle, where Lemma 3 puts a root of g on the ray: every θ(0) in [0, π], both ends and π/2
        /// included, maps into (0, π/2), symmetric about π/2.</summary>
        [Fact]
        public void Lemma8_bounce_angle_is_acute_for_every_start()
        {
            foreach (var th in new[] { 0, 1e-8, 0.3, 1.5, Math.PI / 2, 2, Math.PI - 1e-8, Math.PI })
            {
                var a = Lsz.Lemma8.BounceAngle(th);
                Assert.InRange(a, 0.01, 0.98 * Math.PI / 2 + 0.01);
                Assert.True(a < Math.PI / 2, $"θ(0) = {th}: {a}");
                Assert.Equal(a, Lsz.Lemma8.BounceAngle(Math.PI - th), 1e-15);
            }
        }
    }
}
