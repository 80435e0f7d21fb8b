using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Corollary 6.1: its coverage classes on hand-made perfectly clustered networks (exact class sets at each boundary),
    /// its hypothesis check one hypothesis at a time, and its double evaluation.</summary>
    public sealed class Section6Corollary6_1
    {
        private static readonly Sbg.Corollary6_1 Claim = (Sbg.Corollary6_1)ClaimAssert.Get("SBG.Cor6.1");

        private static Rational[] V(params int[] e) => e.Select(v => new Rational(v, 1)).ToArray();

        /// <summary>k copies of w and of u (perfect clustering, r = 0, centres the means), v = 1.</summary>
        internal static ClusteredCase Case(Rational[] w, Rational[] u, Rational[] x, int k = 1, Rational? alpha = null)
        {
            var net = new LeakyReluNetwork<Rational>(Enumerable.Repeat(w, k).ToList(), Enumerable.Repeat(u, k).ToList(), Rational.One,
                alpha ?? new Rational(1, 2));
            return new ClusteredCase(net, net.WBar, net.UBar, Rational.Zero, x);
        }

        private static void Classes(ClusteredCase x, params string[] expected) =>
            Assert.Equal(expected.ToHashSet(), Claim.Classify(x).ToHashSet());

        [Fact]
        public void The_four_regions_are_told_apart_by_the_strict_signs_of_w_x_and_u_x()
        {
            Classes(Case(V(1), V(2), V(1)), "region-pp", "k-1");
            Classes(Case(V(-1), V(-2), V(1)), "region-mm", "k-1");
            Classes(Case(V(1), V(-2), V(1)), "region-pm", "k-1");
            Classes(Case(V(-1), V(2), V(1)), "region-mp", "k-1");
        }

        [Fact]
        public void A_kink_is_a_zero_product_with_a_non_zero_x_and_lies_in_no_region()
        {
            Classes(Case(V(1, 0), V(0, 1), V(0, 1)), "kink", "k-1");          // w·x = 0, u·x > 0
            Classes(Case(V(1, 0), V(0, 1), V(1, 0)), "kink", "k-1");          // u·x = 0, w·x > 0
            Classes(Case(V(0), V(1), V(1)), "zero-neuron", "kink", "k-1");    // w = 0
            Classes(Case(V(1), V(0), V(1)), "zero-neuron", "kink", "k-1");    // u = 0
            // both neurons zero: N ≡ 0, every x on the boundary; ‖w‖ = 0 is not a tiny scale
            Classes(Case(V(0), V(0), V(1)), "boundary", "w-equals-u", "zero-neuron", "kink", "k-1");
        }

        [Fact]
        public void X_zero_is_neither_on_the_boundary_nor_on_a_kink()
        {
            Classes(Case(V(1), V(2), V(0)), "x-zero", "k-1");
        }

        [Fact]
        public void The_boundary_is_a_zero_product_with_w_bar_minus_u_bar()
        {
            Classes(Case(V(1, 0), V(0, 1), V(1, 1)), "boundary", "region-pp", "k-1");
            Classes(Case(V(1), V(1), V(1)), "boundary", "w-equals-u", "region-pp", "k-1");
        }

        [Fact]
        public void Size_classes_at_their_edges()
        {
            Classes(Case(V(1), V(2), V(1), k: 9), "region-pp", "k-large");
            Classes(Case(V(1), V(2), V(1), k: 8), "region-pp");
            Classes(Case(V(1, 0, 0, 0, 0), V(2, 0, 0, 0, 0), V(1, 0, 0, 0, 0)), "region-pp", "k-1", "d-large");
            Classes(Case(V(1, 0, 0, 0), V(2, 0, 0, 0), V(1, 0, 0, 0)), "region-pp", "k-1");
            Classes(Case(V(1), V(2), V(1), alpha: new Rational(1, 20)), "region-pp", "k-1", "alpha-near-0");
            Classes(Case(V(1), V(2), V(1), alpha: new Rational(1, 19)), "region-pp", "k-1");
            Classes(Case(V(1), V(2), V(1), alpha: new Rational(19, 20)), "region-pp", "k-1", "alpha-near-1");
            Classes(Case(V(1), V(2), V(1), alpha: new Rational(18, 19)), "region-pp", "k-1");
        }

        [Fact]
        public void Scale_classes_at_their_edges()
        {
            // the larger of ‖w‖², ‖u‖² against 2^−20 and 2^20 (‖·‖ against 1/1024 and 1024)
            Rational[] R(Rational v) => [v];
            Classes(Case(R(new Rational(1, 1024)), R(new Rational(-1, 2048)), V(1)), "region-pm", "k-1", "scale-tiny");
            Classes(Case(R(new Rational(1, 1000)), R(new Rational(-1, 2048)), V(1)), "region-pm", "k-1");
            Classes(Case(V(1024), V(-1), V(1)), "region-pm", "k-1", "scale-huge");
            Classes(Case(V(1023), V(-1), V(1)), "region-pm", "k-1");
        }

        [Fact]
        public void Hypotheses_reject_each_violation_and_accept_a_perfect_cluster()
        {
            Assert.True(Sbg.Corollary6_1.HypothesesHold(Case(V(1, 2), V(-1, 3), V(1, 1), k: 3)));
            var ok = Case(V(1), V(2), V(1), k: 2);
            Assert.False(Sbg.Corollary6_1.HypothesesHold(ok with { R = Rational.One }));         // r = 0
            var spread = new LeakyReluNetwork<Rational>([V(0), V(2)], [V(1), V(1)], Rational.One, new Rational(1, 2));
            Assert.False(Sbg.Corollary6_1.HypothesesHold(new ClusteredCase(spread, V(1), V(1), Rational.One, V(1)))); // not all w equal
            var spreadU = new LeakyReluNetwork<Rational>([V(1), V(1)], [V(0), V(2)], Rational.One, new Rational(1, 2));
            Assert.False(Sbg.Corollary6_1.HypothesesHold(new ClusteredCase(spreadU, V(1), V(1), Rational.One, V(1))));
            Assert.False(Sbg.Corollary6_1.HypothesesHold(Case(V(1), V(2), V(1), alpha: Rational.One)));   // α < 1
            Assert.False(Sbg.Corollary6_1.HypothesesHold(ok with { WCentre = V(0) }));                     // centres the means
        }

        [Fact]
        public void Double_evaluation_holds_on_a_perfect_cluster_and_reports_both_sides_on_a_spread_one()
        {
            Assert.Equal(Status.Holds, Claim.EvaluateInDouble(Case(V(1), V(-2), V(3)), Context.AsPrinted)!.Status);
            // not clustered: ū = (−1/2), (w̄ − ū)·x = 1/2 > 0, but N(x) = −(σ(1) + σ(−2))/2 < 0 with α = 1/4
            var net = new LeakyReluNetwork<Rational>([V(0), V(0)], [V(1), V(-2)], Rational.One, new Rational(1, 4));
            var x = new ClusteredCase(net, net.WBar, net.UBar, Rational.Zero, V(1));
            var e = Claim.EvaluateInDouble(x, Context.AsPrinted)!;
            Assert.Equal(Status.Fails, e.Status);
            var n = net.Output(V(1)).ToDouble();
            Assert.True(n < 0);
            Assert.Equal(Math.Abs(n) + 0.5, e.Violation, 12);
        }
    }
}
