using Verification.Arithmetic;
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
    /// <summary>Section 3.3's judgements apart from their flows and quadratures: Eqs. (4) and (7) against central differences, and
    /// Lemma 3 (iii)'s derivative in θ and its measured maximum at θ = 0, on made-up numbers at each allowance's edge.</summary>
    public sealed class Section3_3Judges
    {
        /// <summary>Eq. (4) at ‖w‖ = 4: Richardson 2·10⁻³, rounding 10⁻³, and 10 × (state error 8·10⁻³ + ∇L's error 4·10⁻³)/‖w‖ = 0.03:
        /// the allowance is 0.033 (+10⁻¹² × 0.5 + 10⁻¹⁵), each of its parts at least 3% of it.</summary>
        [Fact]
        public void Equation4_judgement_allows_richardson_rounding_and_errors_over_the_norm()
        {
            var tol = 0.033 + 1e-12 * 0.5 + 1e-15;
            Evaluation At(double d2) => Lsz.Equation4.Judge(d2 + 2e-3, d2, 8e-3, 1e-3, 4, -0.5, 4e-3);
            Assert.Equal(Status.Holds, At(-0.5 + 0.99 * tol).Status);
            Assert.Equal(Status.Holds, At(-0.5 - 0.99 * tol).Status);
            var off = At(-0.5 - 1.01 * tol);
            Assert.Equal(Status.Fails, off.Status);
            Assert.Equal(1.01 * tol, off.Violation, 1e-15);
            Assert.StartsWith("Eq. (4) = -0.5, central difference ", off.Detail, StringComparison.Ordinal);
            Assert.EndsWith("tolerance 0.033", off.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, At(-0.5 + 1.01 * tol).Status);
        }

        /// <summary>Eq. (7) at ‖w‖ = 4: Richardson 2·10⁻³, rounding 10⁻³, and 10 × (state error 5·10⁻⁴ × ‖w‖ + g's error 10⁻³) = 0.03.</summary>
        [Fact]
        public void Equation7_judgement_allows_the_state_error_times_the_norm()
        {
            var tol = 0.033 + 1e-12 * 0.25 + 1e-15;
            Evaluation At(double d2) => Lsz.Equation7.Judge(d2 + 2e-3, d2, 5e-4, 1e-3, 4, 0.25, 1e-3);
            var inside = At(0.25 + 0.99 * tol);
            Assert.Equal(Status.Holds, inside.Status);
            Assert.StartsWith("g = 0.25, ½ d‖w‖²/dt ≈ ", inside.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Holds, At(0.25 - 0.99 * tol).Status);
            var off = At(0.25 + 1.01 * tol);
            Assert.Equal(Status.Fails, off.Status);
            Assert.Equal(1.01 * tol, off.Violation, 1e-15);
            Assert.EndsWith("tolerance 0.033", off.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, At(0.25 - 1.01 * tol).Status);
        }

        [Fact]
        public void Lemma3_theta_step_is_a_thousandth_and_at_most_half_the_angle()
        {
            Assert.Equal(1e-3, Lsz.Lemma3.ThetaStep(0));
            Assert.Equal(1e-3, Lsz.Lemma3.ThetaStep(1));
            Assert.Equal(1e-3, Lsz.Lemma3.ThetaStep(2e-3));
            Assert.Equal(5e-4, Lsz.Lemma3.ThetaStep(1e-3));
        }

        /// <summary>h = 10⁻³, g(θ ± h) = 0.3 + 2·10⁻⁴ and 0.3 with errors 10⁻⁷ and 2·10⁻⁷, c₀ = 2, ‖w‖ = 3: d = 0.1, allowed 10 × 3·10⁻⁷/2h
        /// (+10⁻¹² × 0.1 + 10⁻¹⁵), plus h²/6 · (c₀/π)‖w‖ = 10⁻⁶/π, plus 10⁻¹³ × 3/h.</summary>
        [Fact]
        public void Lemma3_central_difference_in_theta_carries_quadrature_truncation_and_rounding()
        {
            var (d, tol) = Lsz.Lemma3.CentralDifference(1e-3, new Estimate(0.3002, 1e-7), new Estimate(0.3, 2e-7), 2, 3);
            Assert.Equal(0.1, d, 1e-12);
            Assert.Equal(1.5e-3 + 1e-13 + 1e-15 + 1e-6 / Math.PI + 3e-10, tol, 1e-16);
        }

        private static readonly Estimate G0 = new(0.3, 1e-6);

        /// <summary>10 × (the three quadrature errors) + 10⁻¹² g(0) + 10⁻¹⁵: the allowance on each side of g(0).</summary>
        private static double Err(double plus, double minus) => 10 * (1e-6 + plus + minus) + 1e-12 * 0.3 + 1e-15;

        private static Evaluation? Max(double plus, double minus, double plus2, double minus2) => Lsz.Lemma3.MaximumAtZero(G0,
        [
            (0.1, new Estimate(0.3 + plus, 2e-6), new Estimate(0.3 + minus, 3e-6)),
            (0.01, new Estimate(0.3 + plus2, 2e-6), new Estimate(0.3 + minus2, 3e-6)),
        ]);

        /// <summary>Both sides below g(0) at both steps, central differences within their error: a measured strict maximum, reported with
        /// the worst |d| + err/h (here at h = 10⁻², where d = 0.25·err/h).</summary>
        [Fact]
        public void Lemma3_maximum_at_zero_fails_part_iii_with_its_worst_difference()
        {
            var err = Err(2e-6, 3e-6);
            var at = Max(-0.01, -0.01, -1e-4, -1e-4 - 0.5 * err);
            Assert.NotNull(at);
            Assert.Equal(Status.Fails, at.Status);
            Assert.Equal(0.25 * err / 0.01 + err / 0.01, at.Violation, 1e-12);
            Assert.Contains("h = 0.1: g(h) − g(0) = -0.01, g(−h) − g(0) = -0.01, (g(h) − g(−h))/2h = 0 ± 0.0006", at.Detail, StringComparison.Ordinal);
            Assert.Contains("; h = 0.01: g(h) − g(0) = -0.0001, ", at.Detail, StringComparison.Ordinal);
            Assert.EndsWith("∂g/∂θ(0) = 0, not < 0", at.Detail, StringComparison.Ordinal);
        }

        /// <summary>No maximum is claimed when one side is within the allowance of g(0) (0.5·err below it; the other side 2·err below, so
        /// the central difference stays within its error), or when the two sides differ by more than the central difference allows.</summary>
        [Fact]
        public void Lemma3_maximum_at_zero_needs_both_sides_below_and_a_flat_difference()
        {
            var err = Err(2e-6, 3e-6);
            Assert.Null(Max(-0.01, -0.01, -0.5 * err, -2 * err));
            Assert.Null(Max(-0.01, -0.01, -2 * err, -0.5 * err));
            Assert.Null(Max(-0.5 * err, -2 * err, -1e-4, -1e-4));
            Assert.Null(Max(0.01, -0.01, -1e-4, -1e-4));
            Assert.Null(Max(-0.01, -0.01, -1e-4, -1e-4 - 3 * err)); // d = 1.5·err/h at h = 10⁻²
            Assert.NotNull(Max(-0.01, -0.01, -1e-4, -1e-4 - 1.9 * err)); // d = 0.95·err/h
        }
    

        /// <summary>Eq. (6)'s off-plane component is read along a unit normal of span{w, v}: unit, orthogonal to w and v whether or not
        /// the first basis vector tried is, in R³ and R⁴, with w parallel to v too; none in R².</summary>
        [Fact]
        public void Lemma2_normal_of_the_plane_of_w_and_v_is_unit_and_orthogonal()
        {
            var r = Math.Sqrt(0.5);
            double[][][] pairs =
            [
                [[1, 0, 0], [0, r, r]], // e₃ has a component along v: it must be projected out
                [[1, 0, 0], [0, 1, 0]],
                [[0, 0, 1], [0, 0, 1]], // w ∥ v
                [[0, 0, 1, 0], [0, 0, 0, 1]],
                [[0.3, -1, 2, 0.5], [1, 1, 0, -1]],
            ];
            foreach (var wv in pairs)
            {
                var n = Lsz.Lemma2Equation6.Normal(wv[0], wv[1]);
                Assert.NotNull(n);
                Assert.Equal(1, Vec.Norm(n), 1e-14);
                Assert.Equal(0, Vec.Dot(n, wv[0]), 1e-14);
                Assert.Equal(0, Vec.Dot(n, wv[1]), 1e-14);
            }
            Assert.Null(Lsz.Lemma2Equation6.Normal([1, 0], [0, 1]));
        }

        /// <summary>Eq. (6) reports the off-plane component of ∇L only where there is a third dimension.</summary>
        [Fact]
        public void Lemma2_equation6_reports_the_off_plane_component_in_three_dimensions_only()
        {
            var plane = new Lsz.Lemma2Equation6().Evaluate(new Lsz.PointCase(Circle(), [1, 0]), new Context());
            Assert.Equal(Status.Holds, plane.Status);
            Assert.DoesNotContain("off span", plane.Detail, StringComparison.Ordinal);
            var space = new Lsz.Lemma2Equation6().Evaluate(new Lsz.PointCase(new SphericalPopulation(new SphereProjectionRadius(3), V(3)), [1, 0, 0]),
                new Context());
            Assert.Equal(Status.Holds, space.Status);
            Assert.True(Math.Abs(Number(space.Detail, "component of ∇L off span{w, v}: ")) < 1e-9, space.Detail);
        }

        /// <summary>E‖x‖² of Lemma 3 (iv)'s constant L: x = diag(2, 1)u with u ∼ U(S¹) gives (4 + 1)/2; the points (3, 4) and (1, 0) with
        /// weights 1/4 and 3/4 give 25/4 + 3/4 = 7.</summary>
        [Fact]
        public void Lemma3_second_moment_of_planar_and_point_laws()
        {
            var ellipse = new PlanarPopulation(new CircleRadius(), new[,] { { 2.0, 0 }, { 0, 1 } }, V(2));
            Assert.Equal(2.5, Lsz.Lemma3.SecondMoment2(ellipse), 1e-10);
            Assert.Equal(7, Lsz.Lemma3.SecondMoment2(new PointsPopulation([[3, 4], [1, 0]], V(2), [0.25, 0.75])), 1e-14);
        }

        /// <summary>The corrected (iii'): ∂g/∂θ = −(c₀/π)‖w‖ sin θ, here on U(S¹) (c₀ = 1) at θ = 2π/3, ‖w‖ = 2 (the half the printed (iii)
        /// leaves out).</summary>
        [Fact]
        public void Lemma3_corrected_derivative_holds_at_an_obtuse_angle()
        {
            var corrected = new Lsz.Lemma3Corrected(new Lsz.Lemma3());
            var w = new[] { 2 * Math.Sin(2 * Math.PI / 3), 2 * Math.Cos(2 * Math.PI / 3) };
            var at = corrected.Evaluate(new Lsz.Lemma3Case(new Lsz.PointCase(Circle(), w), 2), new Context());
            Assert.Equal(Status.Holds, at.Status);
            Assert.Equal(-1 / Math.PI * 2 * Math.Sin(2 * Math.PI / 3), Number(at.Detail, "−(c₀/π)‖w‖ sin θ = "), 1e-12);
        }
    }
}
