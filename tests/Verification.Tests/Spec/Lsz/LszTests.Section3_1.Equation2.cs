using MathNet.Numerics.Integration;
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
    /// Eq. (2) off its axes: at w = (0.6, −0.8) (θ obtuse, ‖w‖ = 1) along a direction with components on both frame axes, each wrong
    /// variant's gradient is computed here independently (Gauss–Legendre on the two half circles of U(S¹), where y is constant) and its
    /// violation must be |uᵀ∇L_variant − central difference|; the tolerance is the quadrature part plus h²/6·sup|ℓ'''|·E|uᵀx|³.
    /// </summary>
    public sealed class Section3_1Equation2
    {
        private static readonly Lsz.Equation2 Eq2 = (Lsz.Equation2)ClaimAssert.Get("LSZ.Eq2");
        private static readonly double[] W = [0.6, -0.8];
        private static readonly double[] U = [Math.Cos(0.3), Math.Sin(0.3)];

        private static Lsz.PointDirectionCase Case(MarginLoss? loss = null) =>
            new(new(new SphericalPopulation(new CircleRadius(), V(2), loss ?? MarginLoss.Logistic), W), U);

        /// <summary>uᵀ of E[−k y x/(1 + e^(s·wᵀx))] for x ∼ U(S¹), v = (0, 1): s = y as printed, s = 1 without y in the exponent.</summary>
        private static double Directional(double k, bool yInExponent)
        {
            var sum = 0.0;
            foreach (var (a, b, y) in new[] { (0.0, Math.PI, 1.0), (Math.PI, 2 * Math.PI, -1.0) })
                sum += GaussLegendreRule.Integrate(phi =>
                {
                    double x1 = Math.Cos(phi), x2 = Math.Sin(phi);
                    var z = W[0] * x1 + W[1] * x2;
                    return -k * y * (U[0] * x1 + U[1] * x2) / (1 + Math.Exp(yInExponent ? y * z : z));
                }, a, b, 256);
            return sum / (2 * Math.PI);
        }

        [Fact]
        public void Printed_formula_matches_the_independent_gradient_and_the_central_difference()
        {
            var e = Eq2.Evaluate(Case(), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal(Directional(1, true), Number(e.Detail, "uᵀ∇L by Eq. (2) = ", ", central"), 1e-12);
            Assert.Equal(Directional(1, true), Number(e.Detail, "central difference = ", ", tolerance"), 1e-6);
        }

        [Theory]
        [InlineData("factor-2", 2.0, true)]
        [InlineData("no-y-in-exponent", 1.0, false)]
        public void Wrong_variant_violation_is_its_own_gradient_against_the_central_difference(string variant, double k, bool yInExponent)
        {
            var fd = Number(Eq2.Evaluate(Case(), Context.AsPrinted).Detail, "central difference = ", ", tolerance");
            var e = Eq2.Evaluate(Case(), new Context(Variant: variant));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(Directional(k, yInExponent), Number(e.Detail, "uᵀ∇L by Eq. (2) = ", ", central"), 1e-12);
            Assert.Equal(Math.Abs(Directional(k, yInExponent) - fd), e.Violation, 1e-12);
        }

        /// <summary>Logistic loss: sup|ℓ'''| = 1/(6√3), E|uᵀx|³ ≤ R³ = 1, h = 10⁻³, so the difference's part is 10⁻⁶/(36√3) ≈
        /// 1.604·10⁻⁸ and the quadrature's part (10 × its error estimate) is below it; the exponential loss's ℓ''' is bounded by
        /// e^{10(‖w‖ + h)} on the difference's segment.</summary>
        [Fact]
        public void Tolerance_is_the_quadrature_error_plus_the_central_differences_third_derivative_term()
        {
            var logistic = Number(Eq2.Evaluate(Case(), Context.AsPrinted).Detail, "tolerance ");
            var diff = 1e-6 / 6 / (6 * Math.Sqrt(3));
            Assert.InRange(logistic, diff, diff * 2);
            var exp = Eq2.Evaluate(Case(MarginLoss.Exponential), new Context(Weakened: "logistic-loss"));
            var third = 1e-6 / 6 * Math.Exp((1 + 1e-3) * 10);
            Assert.InRange(Number(exp.Detail, "tolerance "), third, third * 2);
        }

        /// <summary>The third-moment factor of the tolerance: E|Z|³ = 2√(2/π)s³ for Z ∼ N(0, s²) (checked by quadrature of the density),
        /// R³ on a circle or sphere of radius R, and the weighted sum over a mixture's parts.</summary>
        [Fact]
        public void Third_absolute_moment_bound_of_each_law()
        {
            const double s = 2;
            // on [0, 40] (twice): |z|³ has its kink at 0, and the density is below 10⁻⁴⁰ beyond 40
            var gauss = 2 * GaussLegendreRule.Integrate(z => z * z * z * Math.Exp(-z * z / (2 * s * s)) / (s * Math.Sqrt(2 * Math.PI)), 0, 40, 400);
            Assert.Equal(gauss, Lsz.Equation2.AbsThird(new GaussianRadius(3, s)), 1e-7);   // the rule's own error ≈ 10⁻⁹
            Assert.Equal(8, Lsz.Equation2.AbsThird(new SphereProjectionRadius(3, 2)), 1e-12);
            Assert.Equal(0.25 * 8 + 0.75 * 1, Lsz.Equation2.AbsThird(new RadialMixture([(1, new CircleRadius(2)), (3, new CircleRadius())])), 1e-12);
        }
    }
}
