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
    /// <summary>The Section 4 generators' documented special draws (raw choices decoded by hand), the start classes at their θ(0)
    /// edges, and DeepRun's step listing and state error on a short run (T = 0 from w(0) = v, U(S¹), milliseconds).</summary>
    public sealed class Section4Generators
    {

        [Fact]
        public void Populations_decode_as_documented()
        {
            var weakSym = new Context(Weakened: Lsz.Sym);
            // with the symmetry weakened: raw 2 (one in three) the point set in R³, else a planar law
            var p3 = Lsz.Sec4.Population(Raw(2), weakSym);
            Assert.IsType<PointsPopulation>(p3);
            Assert.Equal(3, p3.Dimension);
            Assert.Equal(2, Lsz.Sec4.Population(Raw(0), weakSym).Dimension);
            // the exponential loss when the logit loss is weakened, as in Lsz.Pop
            Assert.Equal(MarginLoss.Exponential, Lsz.Sec4.Population(Raw(), new Context(Weakened: Lsz.Logit)).Loss);
            Assert.Equal(MarginLoss.Logistic, Lsz.Sec4.Population(Raw(), Context.AsPrinted).Loss);
        }

        [Fact]
        public void Angles_near_pi_are_below_pi()
        {
            // draw 3 + 0: π − 10⁻ᵏ with k = 1 (raw 0) and k = 2 (raw 1)
            Assert.Equal(Math.PI - 0.1, Lsz.Sec4.Angle0(Raw(3, 0, 0), false, false));
            Assert.Equal(Math.PI - 0.01, Lsz.Sec4.Angle0(Raw(3, 0, 1), false, false));
        }

        [Fact]
        public void Units_tilt_off_the_data_plane_one_case_in_three_when_d_is_at_least_3()
        {
            var tilted = Lsz.Sec4.Units(Raw(0), 3, 2);
            Assert.All(tilted, u => Assert.True(u[2] != 0 && Math.Abs(Vec.Norm(u) - 1) < 1e-15, string.Join(", ", u)));
            Assert.All(Lsz.Sec4.Units(Raw(1), 3, 2), u => Assert.Equal(0, u[2]));
            Assert.All(Lsz.Sec4.Units(Raw(0), 2, 2), u => Assert.Equal(2, u.Length));
        }

        [Fact]
        public void Flow_classes_at_the_theta_edges()
        {
            HashSet<string> Of(double th) => Lsz.Sec4.FlowClasses(new Lsz.FlowCase(Circle(), GeneratorsCases.AtAngle(2, th), 3)).ToHashSet();
            Assert.DoesNotContain("theta0-near-0", Of(1e-2));
            Assert.Contains("theta0-near-0", Of(Math.BitDecrement(1e-2)));
            Assert.DoesNotContain("theta0-near-pi", Of(Math.PI - 0.2));
            Assert.Contains("theta0-near-pi", Of(Math.BitIncrement(Math.PI - 0.2)));
        }

        [Fact]
        public void Depth_classes_start_at_their_edges()
        {
            // N-1 when N = 1 can be drawn, N-2 when N = 2 can, N-large ("N ∈ {5, 6}") when N = 5 can
            HashSet<string> Of(int lo, int hi) => Lsz.Sec4.Classes(false, false, false, lo, hi).Select(k => k.Name).ToHashSet();
            Assert.Superset(new HashSet<string> { "N-1", "N-2", "N-large" }, Of(1, 5));
            Assert.DoesNotContain("N-large", Of(1, 4));
            Assert.DoesNotContain("N-1", Of(2, 4));
            Assert.Contains("N-2", Of(2, 4));
            Assert.DoesNotContain("N-2", Of(3, 4));
        }

        [Fact]
        public void Deep_run_lists_each_step_once_and_adds_the_second_integration_error()
        {
            // w(0) = v, N = 2: wᵀẇ ≥ 0 at once (T = 0); the first integration stops 0.3 after it
            var x = new Lsz.FlowCase(Circle(), Point(2, 1, 0), 2);
            var run = new Lsz.DeepRun(x, 2, 0.3, afterUntil: 1);
            Assert.Equal(0, run.T);
            var after = Assert.IsType<OdeSolution>(run.After);
            Assert.True(after.SumLocalError > 0);
            Assert.Equal(run.Trajectory.StateError + after.SumLocalError, run.StateError);
            var steps = run.Steps().ToList();
            Assert.Equal(after.T.Count, steps.Count);
            Assert.Equal(0, steps[0].T);
            Assert.Equal(after.T.Skip(1), steps.Skip(1).Select(s => s.T));
            // without a second integration: every accepted step of the first
            var first = new Lsz.DeepRun(x, 2, 0.3);
            Assert.Null(first.After);
            Assert.True(first.Trajectory.Ode.T.Count > 1);
            Assert.Equal(first.Trajectory.Ode.T, first.Steps().Select(s => s.T));
        }
    }
}
