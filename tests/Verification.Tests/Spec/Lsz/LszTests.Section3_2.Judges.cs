using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.2's pure pieces at their edges: Eq. (21)'s convergence judgement of the errors at β = 10²…10⁵, and the
    /// closed-form second moments Σ = E x xᵀ of Proposition 1's Lipschitz bound against the populations' own quadrature.</summary>
    public sealed class Section3_2Judges
    {
        /// <summary>Errors shrinking tenfold per decade converge; the last error may equal 10⁻³·target, and each ratio may be exactly 3
        /// (each equality checked to hold exactly in double); one step off any edge does not converge.</summary>
        [Fact]
        public void Equation21_convergence_needs_a_small_last_error_and_a_threefold_decrease_per_decade()
        {
            const double target = 1024;
            Assert.True(Lsz.Equation21.Converges([100, 10, 1, 0.1], target));
            // every inequality at equality: the last error 10⁻³·target, and each ratio exactly 3 up to the 10⁻¹² allowance
            var last = 1e-3 * target;
            Assert.True(Lsz.Equation21.Converges([100, last * 3 * 3, -last * 3, last], target));
            var e2 = 3 - 1e-12;
            var e1 = 9 - 1e-12;
            Assert.True(e2 + 1e-12 == 3 && e1 + 1e-12 == 9, "the allowance is met exactly");
            Assert.True(Lsz.Equation21.Converges([100, 9, e2, 1], target));
            Assert.True(Lsz.Equation21.Converges([100, e1, 3, 1], target));
            Assert.False(Lsz.Equation21.Converges([100, 10, 3.125, Math.BitIncrement(last)], target));  // last error above 10⁻³·target
            Assert.False(Lsz.Equation21.Converges([100, 9, 3, 1.0000001 + 1e-12], target));           // last ratio just below 3
            Assert.False(Lsz.Equation21.Converges([100, 8.5, 3, 1], target));                  // middle ratio below 3
            Assert.False(Lsz.Equation21.Converges([100, 0.5, 1, 0.25], target));               // the middle error grows
            Assert.False(Lsz.Equation21.Converges([100, 10, 0.25, 1], target));                // the last error grows
            Assert.True(Lsz.Equation21.Converges([0, 0, 0, 0], target));                       // exact (β-independent) limits
        }

        /// <summary>x = M_j u with u ∼ U(S²) (E uuᵀ = I/3): Σ = Σ_j p_j M_jM_jᵀ/3, here for an asymmetric part and a diagonal one, equal
        /// to the population's quadrature of x xᵀ.</summary>
        [Fact]
        public void Sigma_of_a_sphere_pushforward_is_the_weighted_MMt_over_three()
        {
            var q = new SpherePushforwardPopulation([(1, new[,] { { 1, 2, 0 }, { 0, 1, 0.5 }, { 0.25, 0, 2 } }),
                (3, new[,] { { 3.0, 0, 0 }, { 0, 1, 0 }, { 0, 0, 0.5 } })], V(3));
            var s = Lsz.Proposition1.Sigma(q);
            var e = q.Expect((x, _) => [.. Enumerable.Range(0, 9).Select(k => x[k / 3] * x[k % 3])], 9, 2 * q.MaxNorm * q.MaxNorm);
            for (var k = 0; k < 9; k++) Assert.Equal(e.Value[k], s[k / 3, k % 3], 1e-9);
            Assert.Equal((1 + 4) / 3.0 / 4 + 3 * 9 / 3.0 / 4, s[0, 0], 1e-15);
        }
        /// <summary>c = E‖x‖ of a mixture is the weighted sum of its parts' (1/4·2 + 3/4·1 for circles of radius 2 and 1); of an ellipse
        /// x = diag(2, 1)z, z ∼ U(S¹), E‖x‖ = E√(4 cos²φ + sin²φ) (quadrature here), λ_max(Σ) = 4/2.</summary>
        [Fact]
        public void Proposition1_constants_of_mixtures_and_ellipses()
        {
            var mix = new MixturePopulation([(1, new SphericalPopulation(new CircleRadius(2), V(2))), (3, Circle())]);
            var (c, lmax) = Lsz.Proposition1.LipschitzAndSigma(mix);
            Assert.Equal(0.25 * 2 + 0.75 * 1, c, 1e-12);
            Assert.Equal(0.25 * 2 + 0.75 * 0.5, lmax, 1e-12);
            var ellipse = new PlanarPopulation(new CircleRadius(), new[,] { { 2.0, 0 }, { 0, 1 } }, V(2));
            var (ce, le) = Lsz.Proposition1.LipschitzAndSigma(ellipse);
            var mean = MathNet.Numerics.Integration.GaussLegendreRule.Integrate(phi => Math.Sqrt(4 * Math.Cos(phi) * Math.Cos(phi) +
                Math.Sin(phi) * Math.Sin(phi)), 0, 2 * Math.PI, 256) / (2 * Math.PI);
            Assert.Equal(mean, ce, 1e-9);
            Assert.Equal(2, le, 1e-12);
        }

        [Fact]
        public void Proposition2_case_names_its_part()
        {
            var p = new Lsz.PointCase(Circle(), [1, 0]);
            Assert.StartsWith("(i): ", new Lsz.PointPartStepCase(p, 0, 0.5).ToString(), StringComparison.Ordinal);
            Assert.StartsWith("(iv) GD with η = 0.5 from ", new Lsz.PointPartStepCase(p, 1, 0.5).ToString(), StringComparison.Ordinal);
        }
    }
}
