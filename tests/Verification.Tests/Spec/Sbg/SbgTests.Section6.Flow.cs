using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Theorems 6.1 and 6.2 (gradient flow): the coverage classes of a case before and after its run, and what one run
    /// exercised (inside an NAR from the start, or entering it late).</summary>
    public sealed class Section6Flow
    {
        private static readonly Sbg.Theorem6_1 Thm61 = (Sbg.Theorem6_1)ClaimAssert.Get("SBG.Thm6.1");
        private static readonly Sbg.Theorem6_2 Thm62 = (Sbg.Theorem6_2)ClaimAssert.Get("SBG.Thm6.2");

        private static Rational Q(int p, int q = 1) => new(p, q);

        /// <summary>S = {e₁: +1, −e₁: −1} in R^d (teacher e₁), k copies of the given small rows.</summary>
        private static Sbg.FlowCase Flow(int d, Rational[][] w0, Rational[][] u0, Rational? alpha = null)
        {
            Rational[] E(int sign) => Enumerable.Range(0, d).Select(i => i == 0 ? Q(sign) : Rational.Zero).ToArray();
            var s = new Dataset<Rational>([E(1), E(-1)], [1, -1], E(1));
            return new Sbg.FlowCase(s, w0, u0, Rational.One, alpha ?? Q(1, 2), Q(1, 50));
        }

        private static Rational[] Row(int d, int sign) => Enumerable.Range(0, d).Select(i => i == 0 ? Q(sign, 100) : Q(1, 1000)).ToArray();
        private static Rational[][] Rows(int k, int d, int sign) => Enumerable.Range(0, k).Select(_ => Row(d, sign)).ToArray();

        [Fact]
        public void Size_classes_of_a_case_not_yet_run()
        {
            Assert.Equal(["k-1", "d-1"], Thm61.Classify(Flow(1, Rows(1, 1, 1), Rows(1, 1, -1))).ToHashSet());
            Assert.Equal(["wide", "d-3"], Thm61.Classify(Flow(3, Rows(4, 3, 1), Rows(4, 3, -1))).ToHashSet());
            Assert.Equal(["wide"], Thm61.Classify(Flow(2, Rows(5, 2, 1), Rows(5, 2, -1))).ToHashSet());
            Assert.Empty(Thm61.Classify(Flow(2, Rows(3, 2, 1), Rows(3, 2, -1))));
            var four = new Dataset<Rational>([[Q(1)], [Q(-1)], [Q(2)], [Q(-2)]], [1, -1, 1, -1], [Rational.One]);
            Assert.Equal(["k-1", "d-1", "n-4"], Thm61.Classify(Flow(1, Rows(1, 1, 1), Rows(1, 1, -1)) with { S = four }).ToHashSet());
            var three = new Dataset<Rational>([[Q(1)], [Q(-1)], [Q(2)]], [1, -1, 1], [Rational.One]);
            Assert.Equal(["k-1", "d-1"], Thm61.Classify(Flow(1, Rows(1, 1, 1), Rows(1, 1, -1)) with { S = three }).ToHashSet());
            Assert.Equal(["k-1", "d-1", "alpha-near-0"], Thm62.Classify(Flow(1, Rows(1, 1, 1), Rows(1, 1, -1), Q(1, 20))).ToHashSet());
            Assert.Equal(["k-1", "d-1"], Thm62.Classify(Flow(1, Rows(1, 1, 1), Rows(1, 1, -1), Q(1, 19))).ToHashSet());
        }

        [Fact]
        public void A_run_inside_an_nar_from_the_start_checks_every_exact_step_and_never_enters_late()
        {
            var x = Flow(1, Rows(1, 1, 1), Rows(1, 1, -1));
            var e = Thm61.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.StartsWith($"{Sbg.Theorem6_1.ExactSteps} exact steps inside an NAR", e.Detail, StringComparison.Ordinal);
            Assert.Contains("in the NAR from step 0", e.Detail, StringComparison.Ordinal);
            Assert.Equal(["k-1", "d-1", "exact-in-nar"], Thm61.Classify(x).ToHashSet());
        }

        [Fact]
        public void A_run_whose_w_neurons_disagree_at_first_enters_its_nar_late()
        {
            // w₂ = −1/4 is on the other side of both points than w₁; the flow pushes it up through 0, after the exact steps
            var x = Flow(1, [[Q(1, 100)], [Q(-1, 4)]], Rows(2, 1, -1));
            var e = Thm61.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.True(e.Detail.StartsWith("0 exact steps inside an NAR", StringComparison.Ordinal), e.Detail);
            Assert.Equal(["d-1", "entered-late"], Thm61.Classify(x).ToHashSet());
        }
    

        /// <summary>S = {(2): +1, (−2): −1}, k = 1, w = (s), u = (−s), v = 1/2, α = 1/10: the threshold √k·α·v·max‖x‖ = 1/10.</summary>
        private static Sbg.FlowCase Margin(Rational s) =>
            new(new Dataset<Rational>([[Q(2)], [Q(-2)]], [1, -1], [Rational.One]), [[s]], [[-s]], Q(1, 2), Q(1, 10), Q(1, 50));

        [Fact]
        public void Theorem6_2_meets_its_hypotheses_at_the_start_exactly_when_the_margin_exceeds_the_threshold()
        {
            // s = 1: γ̃₀ ≈ 0.18 > 1/10 (but below α·max‖x‖/v = 0.4 and above α·v/max‖x‖ = 0.025: the threshold's factors matter)
            var start = Margin(Rational.One);
            var e = Thm62.Evaluate(start, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.True(e.Detail.StartsWith("hypotheses met from step 0;", StringComparison.Ordinal), e.Detail);
            Assert.Equal(["k-1", "d-1"], Thm62.Classify(start).ToHashSet());
            // s = 17/20: γ̃₀ ≈ 0.052 < 1/10, met later as the margin grows
            var late = Margin(Q(17, 20));
            e = Thm62.Evaluate(late, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.False(e.Detail.StartsWith("hypotheses met from step 0;", StringComparison.Ordinal), e.Detail);
            Assert.Equal(["k-1", "d-1", "met-late"], Thm62.Classify(late).ToHashSet());
        }
    }
}
