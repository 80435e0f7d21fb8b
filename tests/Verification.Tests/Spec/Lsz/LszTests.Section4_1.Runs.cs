using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// The Section 4.1 evaluations end to end on single starts whose runs are short (U(S¹), ‖w_e(0)‖ = 1, θ(0) = π/3: the norm
    /// ascends from t = 0, so T ≈ 0), a few hundred milliseconds each: the glue between the runs and the judgements.
    /// </summary>
    public sealed class Section4_1Runs
    {

        /// <summary>θ(0) = π/3 at norm 1, depth <paramref name="n"/>.</summary>
        private static Lsz.FlowCase Acute(int n) => new(Circle(), [Math.Sqrt(0.75), 0.5], n);

        [Fact]
        public void Theorem_3_check_holds_with_E_as_ln_C1_and_fails_as_printed_on_one_start()
        {
            var x = Acute(3);
            var corrected = Lsz.Theorem3.Check(x, printedE: false, Context.AsPrinted);
            Assert.Equal(Status.Holds, corrected.Status);
            Assert.StartsWith("T = ", corrected.Detail, StringComparison.Ordinal);
            // cos θ(0) = 1/2 > −1/3: the printed E fails at t = 0 (E = −2 ln(tan(π/3)/2) = ln(4/3) < ln C₁ = ln 3)
            var printed = Lsz.Theorem3.Check(x, printedE: true, Context.AsPrinted);
            Assert.Equal(Status.Fails, printed.Status);
            Assert.StartsWith("t = 0: ", printed.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, Lsz.Theorem3.Check(x, printedE: false, new Context(Variant: "F-halved")).Status);
            Assert.Contains("phase-2", Lsz.Theorem3.ClassesOf(x));
            // on the axis: the flow stays on +v
            var axis = Lsz.Theorem3.Check(new Lsz.FlowCase(Circle(), [0, 2], 3), printedE: true, Context.AsPrinted);
            Assert.Equal(Status.Holds, axis.Status);
            Assert.StartsWith("θ(0) = 0: ", axis.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Descending_pattern_holds_on_one_start_and_fails_reversed_and_on_the_negative_axis()
        {
            var claim = new Lsz.Lemma6();
            var e = claim.Evaluate(Acute(3), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.StartsWith("T = ", e.Detail, StringComparison.Ordinal);
            // after T the norm ascends: reversed, the pattern fails there
            Assert.Equal(Status.Fails, claim.Evaluate(Acute(3), new Context(Variant: "reversed-pattern")).Status);
            var pi = claim.Evaluate(new Lsz.FlowCase(Circle(), [0, -1], 3), Context.AsPrinted);
            Assert.Equal(Status.Fails, pi.Status);
            Assert.StartsWith("θ(0) = π: the flow stays on −v", pi.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Equation_14_holds_from_a_balanced_chain_and_fails_from_the_printed_condition()
        {
            // N = 3, w_e(0) at θ = π/3 with norm 2, u₂ = (1, 0), u₃ = (0, 1): Arora-balanced, so velocity and trajectory follow Eq. (14)
            var we = new[] { Math.Sqrt(3), 1.0 };
            var balanced = new Lsz.LayersCase(Circle(), Flows.BalancedInit(we, 3, [[1.0, 0], [0, 1.0]]), "Arora-balanced initialisation");
            var corrected = new Lsz.Equation14Corrected(new Lsz.Equation14());
            Assert.Equal(Status.Holds, corrected.Evaluate(balanced, Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, corrected.Evaluate(balanced, new Context(Variant: "N-instead-of-N-minus-1")).Status);
            // the finding's example: N = 2, W₂ = (1, 0), W₁ = q (1, 0) with q = (cos 1, sin 1) satisfies the printed Eq. (13)
            var printed = new Lsz.LayersCase(Circle(), [new[,] { { Math.Cos(1), 0 }, { Math.Sin(1), 0 } }, new double[,] { { 1, 0 } }], "made up");
            Assert.Equal(Status.Fails, new Lsz.Equation14().Evaluate(printed, Context.AsPrinted).Status);
        }

        [Fact]
        public void Proposition_4_closed_form_holds_on_one_start_and_fails_at_half_the_rate()
        {
            var claim = new Lsz.Proposition4();
            Assert.Equal(Status.Holds, claim.Evaluate(Acute(2), Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, claim.Evaluate(Acute(2), new Context(Variant: "rate-c0-over-pi")).Status);
            Assert.StartsWith("θ(0) = 0: ", claim.Evaluate(new Lsz.FlowCase(Circle(), [0, 2], 2), Context.AsPrinted).Detail, StringComparison.Ordinal);
        }
    }
}
