using Verification.Arithmetic;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// The shared judgements of Lsz.Generators apart from any run: the walks of Eq. (9) (Lemma 4) and Eqs. (11)-(12) (Lemma 5) on
    /// made-up GD iterates, with the sums S_n^± retyped from the paper; the norm pattern of Figure 1; the error of E(θ).
    /// Iterates are placed in the plane by 1 − cos θ (v = e₂), so each step sits exactly on, inside or outside its bound.
    /// </summary>
    public sealed class GeneratorsJudges
    {
        private static readonly double[] Ev = V(2);

        /// <summary>The point of norm r whose angle with v has 1 − cos θ = om (w = r(sin θ, cos θ)).</summary>
        private static double[] At(double r, double om)
        {
            var th = Math.Acos(1 - om);
            return [r * Math.Sin(th), r * Math.Cos(th)];
        }

        // Eq. (9), log form: ln(1 − cos θ(n)) ≤ ln(1 − cos θ(0)) − B S_n⁻, S_n⁻ = Σ_{k<n} η_k/√(A + Σ_{i≤k} η_i²), A = ‖w(0)‖²/c₀²,
        // B = bFactor (1 + cos θ(0))/π. Here w(0) = (2, 0) ⊥ v (1 − cos θ(0) = 1), c₀ = 2 (A = 1), bFactor = 2 (B = 2/π), η = 3, 4.
        private static readonly double S91 = 3 / Math.Sqrt(1 + 9), S92 = 3 / Math.Sqrt(10) + 4 / Math.Sqrt(1 + 9 + 16);
        private static readonly double Rhs91 = -2 / Math.PI * S91, Rhs92 = -2 / Math.PI * S92;

        /// <summary>w(1) on its bound, w(2) at ln(1 − cos θ(2)) = rhs₂ + shift (‖w(2)‖ = 1/2).</summary>
        private static List<double[]> Eq9Run(double shift) => [[2, 0], At(1.5, Math.Exp(Rhs91)), At(0.5, Math.Exp(Rhs92 + shift))];

        [Fact]
        public void Equation9_walk_allows_its_relative_margin_and_reports_the_first_excess()
        {
            // |rhs₂| ≈ 1.10 > 1, so the margin is 10⁻⁹|rhs₂| (the rounding of a few logarithms is ~10⁻¹⁵ of that)
            Assert.True(Math.Abs(Rhs92) > 1);
            var tol = 1e-9 * Math.Abs(Rhs92);
            Assert.Null(Lsz.WalkEquation9(Eq9Run(0.9 * tol), [3, 4], 0, Ev, 2, 10, 2, out var s));
            Assert.Equal(S92, s, 1e-15);
            var f = Lsz.WalkEquation9(Eq9Run(1.1 * tol), [3, 4], 0, Ev, 2, 2, 2, out s);
            Assert.NotNull(f);
            Assert.Equal(2, f.Value.N);
            Assert.Equal(Rhs92, f.Value.Rhs, 1e-14);
            Assert.Equal(Rhs92 + 1.1 * tol, f.Value.Lhs, 1e-14);
            Assert.Equal(S92, f.Value.S, 1e-15);
            // only n ≤ last is walked: stopping at n = 1 leaves the excess at n = 2 unseen, and S is S₁⁻
            Assert.Null(Lsz.WalkEquation9(Eq9Run(1.1 * tol), [3, 4], 0, Ev, 2, 1, 2, out s));
            Assert.Equal(S91, s, 1e-15);
        }

        [Fact]
        public void Equation9_walk_adds_the_propagated_gradient_error()
        {
            // margin at n = 2: 10⁻⁹|rhs₂| + 10·n·η·ε/((1 − cos θ(2))‖w(2)‖) with ε = 10⁻⁶, n = 2, η = 4, ‖w(2)‖ = 1/2
            const double eps = 1e-6;
            var tol = 1e-9 * Math.Abs(Rhs92) + 10 * 2 * 4 * eps / (Math.Exp(Rhs92) * 0.5);
            Assert.Null(Lsz.WalkEquation9(Eq9Run(0.9 * tol), [3, 4], eps, Ev, 2, 10, 2, out _));
            Assert.Equal(2, Lsz.WalkEquation9(Eq9Run(1.1 * tol), [3, 4], eps, Ev, 2, 10, 2, out _)?.N);
        }

        // Lemma 5: condition (11) ‖w(n)‖ + w̄(n−1)ᵀw(n) ≥ factor·c₀ η_{n−1} cos θ(n−1)/π within slack·|rhs|, then Eq. (12)
        // ln(1 − cos θ(n)) ≤ ln(1 − cos θ(0)) − b S_n⁺, S_n⁺ = Σ η_k/√(A + Σ_{i≤k}(η_i² + Cη_i)), A = ‖w(0)‖²/c₀², C = 0.6/c₀².
        // Here w(0) at θ = π/3 with ‖w(0)‖ = 2 (1 − cos θ(0) = 1/2), c₀ = 2 (A = 1, C = 0.15), b = 1/2, factor 1.5, slack 0.1, η = 3, 4.
        private static readonly double S121 = 3 / Math.Sqrt(1 + 9 + 0.45), S122 = S121 + 4 / Math.Sqrt(1 + 9.45 + 16 + 0.6);
        private static readonly double Rhs121 = Math.Log(0.5) - 0.5 * S121, Rhs122 = Math.Log(0.5) - 0.5 * S122;

        /// <summary>Condition (11) at n = 2: 1.5·2·4·cos θ(1)/π.</summary>
        private static readonly double Cond2 = 1.5 * 2 * 4 * (1 - Math.Exp(Rhs121)) / Math.PI;

        /// <summary>w(1) on the bound (12) (‖w(1)‖ = 3: condition (11) holds with room); w(2) at rhs₂ + shift with its condition
        /// lhs at (1 − below·slack)·rhs.</summary>
        private static List<double[]> Eq12Run(double shift, double below)
        {
            var w1 = At(3, Math.Exp(Rhs121));
            var u2 = At(1, Math.Exp(Rhs122 + shift));
            // ‖w(2)‖(1 + w̄(1)ᵀū(2)) = target
            var r2 = Cond2 * (1 - below * 0.1) / (1 + Vec.Dot(w1, u2) / 3);
            return [At(2, 0.5), w1, Vec.Scale(r2, u2)];
        }

        private static Lsz.Equation12Violation? Walk12(List<double[]> w, double eps = 0, bool ignore = false) =>
            Lsz.WalkEquation12(w, [3, 4], eps, Ev, 2, 0, 0.5, 1.5, 0.1, ignore);

        [Fact]
        public void Equation12_walk_checks_condition_11_within_its_slack()
        {
            Assert.Null(Walk12(Eq12Run(0, 0.9)));
            var f = Walk12(Eq12Run(0, 1.1));
            Assert.NotNull(f);
            // the condition is the step n − 1 → n, reported at n − 1 = 1
            Assert.Equal((1, true), (f.Value.N, f.Value.ConditionFailed));
            Assert.Equal(Cond2, f.Value.Rhs, 1e-13);
            Assert.Equal(Cond2 * 0.89, f.Value.Lhs, 1e-13);
            Assert.Null(Walk12(Eq12Run(0, 1.1), ignore: true));
        }

        [Fact]
        public void Equation12_condition_fails_only_strictly_below()
        {
            // w(0) ⊥ v: the right side of (11) is 0; w(1) = −w(0)/2 gives ‖w(1)‖ + w̄(0)ᵀw(1) = 1 − 1 = 0 exactly, which is not below 0
            Assert.Null(Lsz.WalkEquation12([[2, 0], [-1, 0]], [1], 0, Ev, 1, 0, 0, 1, 0, false));
        }

        [Fact]
        public void Equation12_walk_allows_its_margin_and_reports_the_first_excess()
        {
            Assert.True(Math.Abs(Rhs122) > 1);
            var tol = 1e-9 * Math.Abs(Rhs122);
            Assert.Null(Walk12(Eq12Run(0.9 * tol, 0)));
            var f = Walk12(Eq12Run(1.1 * tol, 0));
            Assert.NotNull(f);
            Assert.Equal((2, false), (f.Value.N, f.Value.ConditionFailed));
            Assert.Equal(Rhs122, f.Value.Rhs, 1e-14);
            Assert.Equal(Rhs122 + 1.1 * tol, f.Value.Lhs, 1e-14);
            // with ε = 10⁻⁶ the margin at n = 2 adds 10·2·4·ε/((1 − cos θ(2))‖w(2)‖)
            const double eps = 1e-6;
            var r2 = Vec.Norm(Eq12Run(0, 0)[2]);
            var tolE = tol + 10 * 2 * 4 * eps / (Math.Exp(Rhs122) * r2);
            Assert.Null(Walk12(Eq12Run(0.9 * tolE, 0), eps));
            Assert.Equal(2, Walk12(Eq12Run(1.1 * tolE, 0), eps)?.N);
        }

        [Fact]
        public void Norm_pattern_names_the_first_rise_before_and_fall_after_the_minimum()
        {
            double[] t = [0, 1, 2, 3, 4];
            Assert.Null(Lsz.NormPattern(t, [3, 2, 2.05, 1, 2], 0.1));
            Assert.Equal("norm rises at t = 2 before its minimum at t = 3", Lsz.NormPattern(t, [3, 2, 2.05, 1, 2], 0.04));
            // a flat stretch is neither a rise nor a fall
            Assert.Null(Lsz.NormPattern(t, [3, 2, 2, 1, 1], 0));
            Assert.Null(Lsz.NormPattern(t, [3, 1, 1.5, 1.45, 2], 0.1));
            Assert.Equal("norm falls at t = 3 after its minimum at t = 1", Lsz.NormPattern(t, [3, 1, 1.5, 1.45, 2], 0.04));
        }

        [Fact]
        public void Log_ratio_error_is_two_over_sin_theta_times_the_angle_error()
        {
            // θ = π/6, ‖w‖ = 2, δ = 0.1: (2/sin θ)(δ/‖w‖) = 4·0.05 = 0.2
            Assert.Equal(0.2, Lsz.FlowRun.LogRatioError(Point(2, 2, Math.PI / 6), Ev, 0.1), 1e-14);
        }
    }
}
