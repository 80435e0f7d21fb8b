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
            var f = new Lsz.FlowCase(new SphericalPopulation(new CircleRadius(), V(2)), [1, 0], 3);
            Assert.StartsWith("part (i): ", new Lsz.FlowPartCase(f, 0).ToString(), StringComparison.Ordinal);
            Assert.StartsWith("part (ii): ", new Lsz.FlowPartCase(f, 1).ToString(), StringComparison.Ordinal);
        }
    }
}
