using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Definitions 6.2 and 6.3 (NAR, PAR): coverage classes on hand-made regimes at each boundary, the hypothesis check one
    /// hypothesis at a time, the evaluation's branches and the exact helpers (β on squares, √ bounds, rational directions).</summary>
    public sealed class Section6Definition6_2
    {
        private static readonly Sbg.Definition6_2 Claim = (Sbg.Definition6_2)ClaimAssert.Get("SBG.Def6.2");

        private static Rational[] V(params int[] e) => e.Select(v => new Rational(v, 1)).ToArray();
        private static Rational Q(int p, int q = 1) => new(p, q);

        /// <summary>A regime on S = {(1, 0, …): +1} (teacher e₁) unless points are given; v = 1, α = 1/2.</summary>
        private static Sbg.RegimeCase Regime(Rational[][] w, Rational[][] u, int[] cw, int[] cu, Rational beta,
            Rational[][]? xs = null, int[]? ys = null, Rational? alpha = null, int d = 1)
        {
            var e1 = Enumerable.Range(0, d).Select(i => i == 0 ? Rational.One : Rational.Zero).ToArray();
            var s = new Dataset<Rational>(xs ?? [e1], ys ?? [1], e1);
            return new Sbg.RegimeCase(s, w, u, Rational.One, alpha ?? Q(1, 2), beta, cw, cu, true);
        }

        private static void Classes(Sbg.RegimeCase x, params string[] expected) =>
            Assert.Equal(expected.ToHashSet(), Claim.Classify(x).ToHashSet());

        [Fact]
        public void Membership_classes_at_beta_equal_below_and_above_the_smallest_normalised_product()
        {
            Classes(Regime([V(2)], [V(-1)], [1], [-1], Q(1)), "beta-at-equality", "par-member", "n-1", "k-1");
            Classes(Regime([V(2)], [V(-1)], [1], [-1], Q(1, 2)), "par-member", "n-1", "k-1");
            Classes(Regime([V(2)], [V(-1)], [1], [-1], Q(2)), "beta-just-above", "n-1", "k-1");
        }

        [Fact]
        public void Equality_is_found_on_either_type_of_neuron()
        {
            // x = e₁ ∈ R²: w = (3, 4) has ŵ·x = 3/5 = β, u = (−2, 0) has −û·x = 1 > β, and the other way round
            Classes(Regime([V(3, 4)], [V(-2, 0)], [1], [-1], Q(3, 5), d: 2), "beta-at-equality", "par-member", "n-1", "k-1");
            Classes(Regime([V(2, 0)], [V(-3, 4)], [1], [-1], Q(3, 5), d: 2), "beta-at-equality", "par-member", "n-1", "k-1");
            Classes(Regime([V(2, 0)], [V(-3, 4)], [1], [-1], Q(1, 2), d: 2), "par-member", "n-1", "k-1");
        }

        [Fact]
        public void A_sign_against_c_or_a_zero_product_is_sign_flipped_never_at_equality()
        {
            Classes(Regime([V(2)], [V(-1)], [-1], [-1], Q(1)), "sign-flipped", "n-1", "k-1");   // |c·w·x| = β‖w‖ but the wrong sign
            Classes(Regime([V(2)], [V(-1)], [1], [1], Q(1, 2)), "sign-flipped", "n-1", "k-1");
            Classes(Regime([V(0, 1)], [V(-1, 0)], [1], [-1], Q(1, 2), d: 2), "sign-flipped", "n-1", "k-1"); // w·x = 0
        }

        [Fact]
        public void An_nar_is_the_par_only_when_both_sign_vectors_match()
        {
            Classes(Regime([V(-1)], [V(-1)], [-1], [-1], Q(1, 2)), "nar-not-par", "n-1", "k-1");  // c^w ≠ y
            Classes(Regime([V(1)], [V(1)], [1], [1], Q(1, 2)), "nar-not-par", "n-1", "k-1");      // c^w = y, c^u ≠ −y
        }

        [Fact]
        public void Size_classes_at_their_edges()
        {
            Rational[][] Pts(int n) => Enumerable.Range(1, n).Select(i => V(i)).ToArray();
            int[] Ones(int n) => Enumerable.Repeat(1, n).ToArray();
            Classes(Regime([V(1)], [V(-1)], Ones(6), Ones(6).Select(c => -c).ToArray(), Q(1, 2), Pts(6), Ones(6)), "par-member", "n-large", "k-1");
            Classes(Regime([V(1)], [V(-1)], Ones(5), Ones(5).Select(c => -c).ToArray(), Q(1, 2), Pts(5), Ones(5)), "par-member", "k-1");
            Classes(Regime(Enumerable.Repeat(V(1), 5).ToArray(), Enumerable.Repeat(V(-1), 5).ToArray(), [1], [-1], Q(1, 2)), "par-member", "n-1", "k-large");
            Classes(Regime(Enumerable.Repeat(V(1), 4).ToArray(), Enumerable.Repeat(V(-1), 4).ToArray(), [1], [-1], Q(1, 2)), "par-member", "n-1");
            Classes(Regime([V(1, 0, 0, 0, 0)], [V(-1, 0, 0, 0, 0)], [1], [-1], Q(1, 2), d: 5), "par-member", "n-1", "k-1", "d-large");
            Classes(Regime([V(1, 0, 0, 0)], [V(-1, 0, 0, 0)], [1], [-1], Q(1, 2), d: 4), "par-member", "n-1", "k-1");
            Classes(Regime([V(1)], [V(-1)], [1], [-1], Q(1, 2), alpha: Q(1, 20)), "par-member", "n-1", "k-1", "alpha-near-0");
            Classes(Regime([V(1)], [V(-1)], [1], [-1], Q(1, 2), alpha: Q(1, 19)), "par-member", "n-1", "k-1");
            Classes(Regime([V(1)], [V(-1)], [1], [-1], Q(1, 2), alpha: Q(19, 20)), "par-member", "n-1", "k-1", "alpha-near-1");
            Classes(Regime([V(1)], [V(-1)], [1], [-1], Q(1, 2), alpha: Q(18, 19)), "par-member", "n-1", "k-1");
        }

        [Fact]
        public void Hypotheses_reject_each_violation_and_accept_the_margin_one_edge()
        {
            var ok = Regime([V(2)], [V(-1)], [1], [-1], Q(1));
            Assert.True(Sbg.Definition6_2.HypothesesHold(ok)); // y·w*·x = 1 exactly: margin 1 allowed
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { Beta = Rational.Zero }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { W = [V(0)] }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { U = [V(0)] }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { Cw = [0] }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { Cu = [2] }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { Cw = [1, 1] }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { Cu = [-1, -1] }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { Alpha = Rational.Zero }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { Alpha = Rational.One }));
            Assert.False(Sbg.Definition6_2.HypothesesHold(ok with { V = Rational.Zero }));
            var twoPoints = Regime([V(2)], [V(-1)], [1, 1], [-1, -1], Q(1), [V(1), [Q(1, 2)]], [1, 1]);
            Assert.False(Sbg.Definition6_2.HypothesesHold(twoPoints)); // the second point has y·w*·x = 1/2 < 1
        }

        [Fact]
        public void At_least_beta_is_decided_on_squares_with_the_sign_of_c()
        {
            Assert.True(Sbg.AtLeastBeta(V(0, 1), V(1, 0), 1, Rational.Zero));     // c·ŵ·x = 0 ≥ β = 0
            Assert.False(Sbg.AtLeastBeta(V(0, 1), V(1, 0), 1, Q(1, 100)));
            Assert.True(Sbg.AtLeastBeta(V(3, 4), V(1, 0), 1, Q(3, 5)));           // equality
            Assert.False(Sbg.AtLeastBeta(V(3, 4), V(1, 0), -1, Q(3, 5)));
            Assert.True(Sbg.AtLeastBeta(V(3, 4), V(1, 0), -1, Q(3, 5), ignoreSign: true));
        }

        [Fact]
        public void Sqrt_lower_bound_is_zero_off_the_positive_reals_and_below_the_root_on_them()
        {
            Assert.Equal(Rational.Zero, Sbg.SqrtLowerBound(Rational.Zero));
            Assert.Equal(Rational.Zero, Sbg.SqrtLowerBound(Q(-4)));
            foreach (var q in new[] { Q(1, 3), Q(2), Q(4), Q(10_000, 7) })
            {
                var b = Sbg.SqrtLowerBound(q);
                Assert.True(b.Sign > 0 && b * b <= q, $"{b} for {q}");
                Assert.True(b.ToDouble() > 0.98 * Math.Sqrt(q.ToDouble()), $"{b} for {q}");
            }
        }

        [Fact]
        public void Exact_square_roots_beyond_double_range_and_of_a_near_square()
        {
            var r = System.Numerics.BigInteger.Pow(10, 200) + 7;
            Assert.Equal(new Rational(r, 1), Sbg.Definition6_2.ExactSqrt(new Rational(r * r, 1)));
            Assert.Null(Sbg.Definition6_2.ExactSqrt(new Rational(r * r + 1, 1)));
            Assert.Null(Sbg.Definition6_2.ExactSqrt(new Rational(r * r - 1, 1)));
            var big = System.Numerics.BigInteger.Pow(10, 40) + 7;
            Assert.Null(Sbg.Definition6_2.ExactSqrt(new Rational(big * big + 1, 1)));
            Assert.Null(Sbg.Definition6_2.ExactSqrt(Q(-4)));
        }

        [Fact]
        public void Rational_directions_in_one_dimension_keep_the_sign_and_round_the_norm_to_1_over_64()
        {
            Assert.Equal([Q(-3, 2)], Sbg.Definition6_2.RationalDirection([Q(-3, 2)], [V(1)]));
            Assert.Equal([Q(3, 2)], Sbg.Definition6_2.RationalDirection([Q(3, 2)], [V(1)]));
            Assert.Equal([Q(1, 64)], Sbg.Definition6_2.RationalDirection([Q(1, 1000)], [V(1)])); // the norm rounds up to 1/64, never 0
        }

        [Fact]
        public void Rational_directions_fall_back_to_the_neuron_when_rounding_would_change_a_sign()
        {
            // n = (1, 10⁻⁵): its rounded direction is e₁, which has a zero product with e₂
            Rational[] n = [Rational.One, Q(1, 100_000)];
            Assert.Equal(n, Sbg.Definition6_2.RationalDirection(n, [V(0, 1)]));
            Assert.Equal(n, Sbg.Definition6_2.RationalDirection(n, [V(1, 0), V(0, 1)]));
            Assert.Equal([Rational.One, Rational.Zero], Sbg.Definition6_2.RationalDirection(n, [V(1, 0)]));
        }

        [Fact]
        public void Evaluation_holds_inside_and_outside_as_constructed_and_fails_against_the_construction()
        {
            var par = Regime([V(2), V(1)], [V(-1), V(-3)], [1], [-1], Q(1));
            Assert.Equal(Status.Holds, Claim.Evaluate(par, Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, Claim.Evaluate(par with { Intended = false }, Context.AsPrinted).Status);
            var above = par with { Beta = Q(2), Intended = false };
            Assert.Equal(Status.Holds, Claim.Evaluate(above, Context.AsPrinted).Status);
            Assert.Equal(Status.Holds, Claim.EvaluateInDouble(par, Context.AsPrinted)!.Status);
            Assert.Equal(Status.Holds, Claim.EvaluateInDouble(above, Context.AsPrinted)!.Status);
            Assert.Equal(Status.Fails, Claim.EvaluateInDouble(par with { Intended = false }, Context.AsPrinted)!.Status);
            Assert.Equal(Status.Fails, Claim.EvaluateInDouble(above with { Intended = true }, Context.AsPrinted)!.Status);
            // the wrong variant ignores the sign: a flipped c^w is then a member
            var flipped = par with { Cw = [-1], Beta = Q(1, 2), Intended = false };
            Assert.Equal(Status.Holds, Claim.Evaluate(flipped, Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, Claim.Evaluate(flipped, new Context(Variant: "no-sign")).Status);
        }

        [Fact]
        public void Double_membership_needs_every_point_every_neuron_and_both_types()
        {
            // x₁ = (1, 0), x₂ = (1, 1): the u-neuron misses β = 9/10 on x₁ only (−û·x₁ = 1/√2), the w-neuron meets it on both
            var s = Regime([V(1, 0)], [V(-1, -1)], [1, 1], [-1, -1], Q(9, 10), [V(1, 0), V(1, 1)], [1, 1], d: 2);
            Assert.False(Sbg.InNar(s));
            Assert.Equal(Status.Holds, Claim.EvaluateInDouble(s with { Intended = false }, Context.AsPrinted)!.Status);
            Assert.Equal(Status.Fails, Claim.EvaluateInDouble(s with { Intended = true }, Context.AsPrinted)!.Status);
            // one of two w-neurons (then one of two u-neurons) misses β: outside
            var w = Regime([V(1, 0), V(0, 1)], [V(-1, 0), V(-1, 0)], [1], [-1], Q(9, 10), d: 2) with { Intended = false };
            Assert.Equal(Status.Holds, Claim.EvaluateInDouble(w, Context.AsPrinted)!.Status);
            var u = Regime([V(1, 0), V(1, 0)], [V(-1, 0), V(0, -1)], [1], [-1], Q(9, 10), d: 2) with { Intended = false };
            Assert.Equal(Status.Holds, Claim.EvaluateInDouble(u, Context.AsPrinted)!.Status);
            // normalised: ŵ·x = 1 < 3/2 although w·x = 2 ≥ 3/2
            var normalised = Regime([V(2)], [V(-2)], [1], [-1], Q(3, 2)) with { Intended = false };
            Assert.Equal(Status.Holds, Claim.EvaluateInDouble(normalised, Context.AsPrinted)!.Status);
            Assert.Equal(Status.Holds, Claim.Evaluate(normalised, Context.AsPrinted).Status);
        }

        [Fact]
        public void A_par_member_whose_neurons_or_network_misclassify_is_a_failure()
        {
            // members of PAR(0) on squares with a zero neuron (outside the hypotheses): w·x = 0 ≠ y, the neuron check fails
            Assert.True(Sbg.InNar(Regime([V(0)], [V(-1)], [1], [-1], Rational.Zero)));
            Assert.Equal(Status.Fails, Claim.Evaluate(Regime([V(0)], [V(-1)], [1], [-1], Rational.Zero), Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, Claim.Evaluate(Regime([V(1)], [V(0)], [1], [-1], Rational.Zero), Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, Claim.Evaluate(Regime([V(0), V(1)], [V(-1), V(-1)], [1], [-1], Rational.Zero), Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, Claim.Evaluate(Regime([V(1), V(1)], [V(0), V(-1)], [1], [-1], Rational.Zero), Context.AsPrinted).Status);
            // every neuron right but v ≤ 0 (outside the hypotheses): the network's margin y·N(x) ≤ 0 is the failure, by 1 − y·N(x)
            var par = Regime([V(2)], [V(-1)], [1], [-1], Q(1));
            Assert.Equal(Status.Fails, Claim.Evaluate(par with { V = Rational.Zero }, Context.AsPrinted).Status);
            var negative = par with { V = Rational.NegativeOne };
            var margin = new LeakyReluNetwork<Rational>(negative.W, negative.U, negative.V, negative.Alpha).Output(V(1));
            Assert.True(margin.Sign < 0);
            var e = Claim.Evaluate(negative, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1 - margin.ToDouble(), e.Violation, 12);
        }

        [Fact]
        public void The_weakened_generator_puts_beta_at_zero_and_sometimes_zeroes_every_neuron()
        {
            var weak = new Context(Weakened: "beta-positive");
            var cases = Section5.RandomChoices(200, 621).Select(c => Claim.Generate(c, weak)).ToList();
            Assert.All(cases, x => Assert.Equal(Rational.Zero, x.Beta));
            Assert.Contains(cases, x => x.W.Concat(x.U).All(n => n.All(e => e.Sign == 0)) && Sbg.InNar(x) && x.Intended);
            Assert.Contains(cases, x => x.W.Concat(x.U).All(n => n.Any(e => e.Sign != 0)));
        }
    }
}
