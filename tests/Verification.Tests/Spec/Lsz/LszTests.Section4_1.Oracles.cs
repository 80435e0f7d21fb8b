using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Numerics;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Eq. (14)'s comparisons, Proposition 4's closed form and on-axis check on made-up values and trajectories, and the
    /// classification of Lemma 6's descending pattern (the declared classes are pinned in LszTests.Declarations).</summary>
    public sealed class Section4_1Oracles
    {

        [Fact]
        public void Velocity_comparison_allows_ten_propagated_gradient_errors()
        {
            // N = 3, ‖w_e‖ = 1, gradient error 10⁻³: allowance 10 · 3 · 2 · (1 + 1)² · 10⁻³ = 0.24 (+ 10⁻¹² of the sizes)
            Assert.Equal(Status.Holds, Lsz.Equation14.CompareVelocity([1, 0], [1.23, 0], 1, 3, 1e-3).Status);
            var e = Lsz.Equation14.CompareVelocity([1, 0], [1.25, 0], 1, 3, 1e-3);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.25, e.Violation, 1e-15);
            Assert.Equal("ẇ_e(0) layer-wise = (1, 0), Eq. (14) = (1.25, 0), ‖difference‖ = 0.25, tolerance 0.24", e.Detail);
            // without gradient error the allowance is 10⁻¹² of ‖layer‖ + ‖induced‖ ≈ 2·10⁻⁶ here
            Assert.Equal(Status.Holds, Lsz.Equation14.CompareVelocity([1e6, 0], [1e6 + 1e-6, 0], 1, 3, 0).Status);
            Assert.Equal(Status.Fails, Lsz.Equation14.CompareVelocity([1e6, 0], [1e6 + 3e-6, 0], 1, 3, 0).Status);
            // a difference equal to its allowance holds: x = 10⁻¹²x + 10⁻¹⁵ exactly in double at this x
            const double x = 1.0000000000010002e-15;
            Assert.Equal(x, 1e-12 * x + 1e-15);
            Assert.Equal(Status.Holds, Lsz.Equation14.CompareVelocity([0, 0], [x, 0], 1, 3, 0).Status);
        }

        [Fact]
        public void Velocity_check_is_inconclusive_only_below_a_trillionth()
        {
            // N = 2, W₁ = diag(s, 0), W₂ = (1, 0): w_e(0) = (s, 0)
            static Lsz.LayersCase Tiny(double s) => new(Circle(), [new double[,] { { s, 0 }, { 0, 0 } }, new double[,] { { 1, 0 } }], "made up");
            Assert.Equal(1e-12, Vec.Norm(Tiny(1e-12).We));
            Assert.NotEqual(Status.Inconclusive, Lsz.Equation14.VelocityCheck(Tiny(1e-12), Context.AsPrinted).Status);
            var zero = Lsz.Equation14.VelocityCheck(Tiny(0.5e-12), Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, zero.Status);
            Assert.Equal("w_e(0) = 0", zero.Detail);
        }

        [Fact]
        public void End_comparison_allows_ten_propagated_state_errors()
        {
            // ‖w_e(3)‖ = 1, N = 3, state errors 10⁻³ (layer-wise) and 2·10⁻³ (induced): 10(10⁻³ · 3 · (1 + 1)² + 2·10⁻³) = 0.14
            Assert.Equal(Status.Holds, Lsz.Equation14Corrected.CompareEnds([1, 0], [1.13, 0], 1e-3, 2e-3, 3).Status);
            var e = Lsz.Equation14Corrected.CompareEnds([1, 0], [1.15, 0], 1e-3, 2e-3, 3);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.15, e.Violation, 1e-15);
            Assert.Equal("w_e(3): layer-wise (1, 0), Eq. (14) (1.15, 0), ‖difference‖ = 0.15, tolerance 0.14", e.Detail);
            // without state errors the allowance is 10⁻⁹ ‖w_e(3)‖
            Assert.Equal(Status.Holds, Lsz.Equation14Corrected.CompareEnds([1e3, 0], [1e3 + 5e-7, 0], 0, 0, 3).Status);
            Assert.Equal(Status.Fails, Lsz.Equation14Corrected.CompareEnds([1e3, 0], [1e3 + 2e-6, 0], 0, 0, 3).Status);
            // a difference equal to its allowance holds: 10 · 0.1 = 1 exactly
            Assert.Equal(Status.Holds, Lsz.Equation14Corrected.CompareEnds([0, 0], [1, 0], 0, 0.1, 3).Status);
        }

        private static OdeSolution Ode(params (double T, double[] W)[] steps)
        {
            var o = new OdeSolution();
            foreach (var (t, w) in steps) { o.T.Add(t); o.Y.Add(w); o.F.Add([0, 0]); }
            return o;
        }

        [Fact]
        public void Closed_form_allows_one_billionth_of_the_ratio_without_state_error()
        {
            // ln C₁ = 50, rate 0: the allowance is 10⁻⁹ · 50 = 5·10⁻⁸
            var at = Section4_1Theorem3.AtRatio;
            Assert.Equal(Status.Holds, Lsz.Proposition4.ClosedForm(Ode((0, at(50)), (1, at(50 + 2.5e-8))), Axis, 50, 0, 0).Status);
            var e = Lsz.Proposition4.ClosedForm(Ode((0, at(50)), (1, at(50 + 1e-7))), Axis, 50, 0, 0);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1e-7, e.Violation, 1e-12);
            Assert.StartsWith("t = 1: ln((1+cos θ)/(1−cos θ)) = ", e.Detail, StringComparison.Ordinal);
            // rate 2: at t = 1 the closed form is ln C₁ + 2
            Assert.Equal(Status.Holds, Lsz.Proposition4.ClosedForm(Ode((0, at(0.5)), (1, at(2.5))), Axis, 0.5, 2, 0).Status);
            Assert.Equal(Status.Fails, Lsz.Proposition4.ClosedForm(Ode((0, at(0.5)), (1, at(2.5))), Axis, 0.5, 1, 0).Status);
        }

        private static Evaluation OnAxis(bool plus, double err, params double[][] ws) =>
            Lsz.Proposition4.OnAxis(new Trajectory(Ode(ws.Select((w, i) => ((double)i, w)).ToArray()), 0, 1), Axis, plus, err);

        [Fact]
        public void On_axis_the_flow_must_stay_on_its_side_of_the_ray()
        {
            var e = OnAxis(true, 0.5, [0, 1], [0, 2]);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("θ(0) = 0: max ‖(I − vvᵀ)w_e(t)‖ = 0 (tolerance 5), stays on +v: True", e.Detail);
            var minus = OnAxis(false, 0, [0, -1], [0, -3]);
            Assert.Equal("θ(0) = π: max ‖(I − vvᵀ)w_e(t)‖ = 0 (tolerance 1E-15), stays on −v: True", minus.Detail);
            // reaching the origin or the other side fails
            Assert.Equal(Status.Fails, OnAxis(true, 0, [0, 1], [0, 0]).Status);
            Assert.Equal(Status.Fails, OnAxis(false, 0, [0, -1], [0, 0]).Status);
            Assert.Equal(Status.Fails, OnAxis(true, 0, [0, 1], [0, -1]).Status);
            Assert.Equal(Status.Fails, OnAxis(false, 0, [0, 1], [0, -1]).Status);
        }

        [Fact]
        public void On_axis_a_drift_off_the_ray_counts_beyond_ten_state_errors()
        {
            Assert.Equal(1e-15, Vec.Norm([1e-15, 0]));
            Assert.Equal(Status.Holds, OnAxis(true, 0, [0, 1], [1e-15, 1]).Status);
            Assert.Equal(Status.Holds, OnAxis(true, 0.01, [0, 1], [0.09, 1]).Status);
            var e = OnAxis(true, 0.01, [0, 1], [0.11, 1]);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.11, e.Violation, 1e-15);
        }

        /// <summary>The cases name their construction (printed with a counterexample), and the generators keep to their stated
        /// settings: the weakened balancedness draws ‖w_e(0)‖ ∈ [1.5, 3] as its hypothesis row says, and the Arora-balanced chains
        /// reach norms other than 1 ("with any ‖w_e(0)‖", the coverage class arora-init).</summary>
        [Fact]
        public void Equation_14_generators_keep_to_their_settings()
        {
            var printed = new Lsz.Equation14();
            var draws = Section3_4Oracles.Draws(60).ToList();
            Assert.All(draws, c => Assert.Equal("Eq. (13) as printed (W_j = q_j bᵀ)", printed.Generate(c, Context.AsPrinted).Init));
            Assert.All(draws, c => Assert.Equal("unbalanced rank-one layers", printed.Generate(c, new Context(Weakened: "balanced-13")).Init));
            var corrected = new Lsz.Equation14Corrected(printed);
            Assert.All(draws, c => Assert.InRange(Vec.Norm(corrected.Generate(c, new Context(Weakened: "balanced")).We), 1.5 - 1e-12, 3 + 1e-12));
            var arora = draws.Select(c => corrected.Generate(c, Context.AsPrinted)).Where(x => x.Init == "Arora-balanced initialisation").ToList();
            Assert.Contains(arora, x => Math.Abs(Vec.Norm(x.We) - 1) > 1e-6);
        }

        [Fact]
        public void Descending_pattern_classes_put_T_zero_where_g_is_not_negative()
        {
            // w_e(0) = 0: g = 0, so T = 0; on −v, g < 0 (Lemma 3): a descending phase first
            Assert.Equal(["circle", "theta0-zero", "norm-small", "T-zero"], new Lsz.Lemma6().Classify(new Lsz.FlowCase(Circle(), [0, 0], 3)));
            Assert.Equal(["circle", "theta0-pi", "N-2", "T-positive"], new Lsz.Lemma6().Classify(new Lsz.FlowCase(Circle(), [0, -1], 2)));
        }
    }
}
