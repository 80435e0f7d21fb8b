using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Single seeded GD runs of J Section 6.1 (R^4, two planes at an angle): the iteration counts are regression values of one
    /// deterministic run each, and they decide the judged order and the text.</summary>
    public sealed class Section6Runs
    {
        /// <summary>Iterations of the run from seed 0's W(0) at θ = π/6 and θ = π/2 (both converge, 75 ms).</summary>
        private const string SubspaceDetail = "iterations θ = π/6: 1634, θ = π/2: 748";

        [Fact]
        public void Subspace_angle_orders_one_paired_run()
        {
            var claim = (Lyx.JFigureSubspaceAngle)ClaimAssert.Get("LYX.J.Fig.SubspaceAngle");
            var x = new Lyx.ExpCase(0, 0, 0);
            var printed = claim.Evaluate(x, Context.AsPrinted);
            // orthogonal planes converge first (748 < 1634): the printed order holds and the swapped one fails, sample-only
            Assert.Equal(Status.Holds, printed.Status);
            Assert.Equal(SubspaceDetail, printed.Detail);
            var swapped = claim.Evaluate(x, new Context(Variant: "swap-angles"));
            Assert.Equal(Status.Fails, swapped.Status);
            Assert.Equal(1, swapped.Violation);
            Assert.Equal((CounterexampleClass?)CounterexampleClass.SampleOnly, swapped.Class);
            Assert.Equal(SubspaceDetail, swapped.Detail);
        }

        /// <summary>Iterations at θ = jπ/12, j = 1..6, from seed 0's six initialisations (all converge within the cap, 0.8 s).</summary>
        private const string AcuteDetail = "θ = 1π/12: 7243; θ = 2π/12: 2133; θ = 3π/12: 543; θ = 4π/12: 306; θ = 5π/12: 789; θ = 6π/12: 479";

        [Fact]
        public void Acute_angles_converge_at_every_angle()
        {
            var claim = (Lyx.JTextAcuteAngles)ClaimAssert.Get("LYX.J.Text.AcuteAngles");
            var e = claim.Evaluate(new Lyx.ExpCase(0, 0, 0), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal(AcuteDetail, e.Detail);
        }
    }
}
