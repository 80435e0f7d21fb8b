using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// FlowRun and FlowDiff on short runs (horizons ≤ 1 on U(S¹), milliseconds): the field of depth N (Eq. (14)), the second
    /// integration after T and the points listed once each, the state error of both, and FlowDiff's documented error terms.
    /// </summary>
    public sealed class GeneratorsRuns
    {

        [Fact]
        public void Depth_two_runs_integrate_equation_14()
        {
            // ẇ = −‖w‖^{2−2/N}(∇L + (N−1) w̄w̄ᵀ∇L) with N = 2: −‖w‖(∇L + w̄w̄ᵀ∇L), at every stored step and for Field
            var run = new Lsz.FlowRun(new Lsz.FlowCase(Circle(), Point(2, 1, 2.0), 2), 0.5, resolveAfterT: false);
            double[] Eq14(double[] w)
            {
                var g = Circle().Gradient(w).Value;
                var a = Vec.Norm(w);
                var wb = Vec.Scale(1 / a, w);
                return Vec.Scale(-a, Vec.Axpy(Vec.Dot(wb, g), wb, g));
            }
            var ode = run.Trajectory.Ode;
            Assert.True(ode.T.Count >= 3);
            for (var i = 0; i < ode.T.Count; i++)
                for (var j = 0; j < 2; j++) Assert.Equal(Eq14(ode.Y[i])[j], ode.F[i][j], 1e-12);
            Assert.Equal(Eq14([0.3, -0.4])[0], run.Field([0.3, -0.4])[0], 1e-14);
            Assert.Equal(Eq14([0.3, -0.4])[1], run.Field([0.3, -0.4])[1], 1e-14);
        }

        [Fact]
        public void After_T_is_resolved_by_a_second_integration_and_listed_once()
        {
            // w(0) = v: wᵀẇ ≥ 0 at once, so T = 0; the second integration runs to max(horizon, T + 1) = 1
            var w0 = Point(2, 1, 0);
            var run = new Lsz.FlowRun(new Lsz.FlowCase(Circle(), w0), 0.5);
            Assert.Equal(0, run.T);
            var after = Assert.IsType<OdeSolution>(run.After);
            Assert.Equal(1, after.T[^1]);
            Assert.True(after.SumLocalError > 0);
            Assert.Equal(run.Trajectory.StateError + after.SumLocalError, run.StateError);
            var pts = run.Points().ToList();
            // the first integration up to T (its start only), then the second one after it
            Assert.Equal(after.T.Count, pts.Count);
            Assert.Equal(0, pts[0].T);
            Assert.Equal(w0, pts[0].W);
            for (var i = 1; i < pts.Count; i++) Assert.Equal(after.T[i], pts[i].T);
            // without the second integration: no After, and the first integration throughout
            var first = new Lsz.FlowRun(new Lsz.FlowCase(Circle(), w0), 0.5, resolveAfterT: false);
            Assert.Null(first.After);
            Assert.Equal(first.Trajectory.StateError, first.StateError);
            Assert.Equal(first.Trajectory.Ode.T, first.Points().Select(p => p.T));
        }

        [Fact]
        public void Central_differences_report_truncation_and_state_rounding()
        {
            // ẇ = −w from (3, 4), q(w) = w₁ + 10, h = 1/2: each one-sided integration's error is its local error estimates plus
            // (steps)·2u·max‖w(±s)‖ (u = 2⁻⁵³); the state error is the larger of those at h and h/2 over h/2; the rounding of q
            // is 4·10⁻¹⁶|q(w(0))|/h
            Func<double[], double[]> field = w => Vec.Scale(-1, w);
            double[] w0 = [3, 4];
            Func<double[], double> q = w => w[0] + 10;
            const double h = 0.5;
            var o = new OdeOptions(1e-12, 1e-14, InitialStep: h / 8);
            double E(double s)
            {
                var fw = DormandPrince.Integrate((_, w) => field(w), 0, w0, s, o);
                var bw = DormandPrince.Integrate((_, w) => w, 0, w0, s, o);
                var steps = fw.T.Count - 1 + bw.T.Count - 1;
                return fw.SumLocalError + bw.SumLocalError + steps * 2 * Math.Pow(2, -53) * Math.Max(Vec.Norm(fw.Last), Vec.Norm(bw.Last));
            }
            var (dh, dh2, stateErr, rounding) = Lsz.FlowDiff.Central(field, w0, q, h);
            Assert.Equal(Math.Max(E(h), E(h / 2)) / (h / 2), stateErr, 1e-12 * stateErr);
            Assert.NotEqual(E(h), E(h / 2));
            Assert.Equal(4e-16 * 13 / 0.5, rounding, 1e-30);
            // d/dt w₁ = −w₁ = −3 at t = 0, to O(h²)
            Assert.Equal(-3 * Math.Sinh(h) / h, dh, 1e-9);
            Assert.Equal(-3 * Math.Sinh(h / 2) / (h / 2), dh2, 1e-9);
        }
    }
}
