using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;
using T = Verification.Spec.Sbg.Theorem5_1Tightness;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 5: the sharp constant of Theorem 5.1 per (α, k): closed form, exact decision, search, witnesses.</summary>
    public sealed class Section5Tightness
    {
        private static readonly Rational Tenth = new(1, 10);

        /// <summary>The grid's α and three more (small, large, near 1); k = 1 … 6 for each.</summary>
        [Theory]
        [InlineData(1, 100)]
        [InlineData(1, 10)]
        [InlineData(1, 4)]
        [InlineData(1, 2)]
        [InlineData(3, 4)]
        [InlineData(1, 32)]
        [InlineData(2, 3)]
        [InlineData(31, 32)]
        public void The_exact_decision_equals_the_closed_form(int p, int q)
        {
            var alpha = new Rational(p, q);
            for (var k = 1; k <= T.GridMaxK; k++)
            {
                var c = T.Supremum(alpha, k);
                Assert.Equal(T.ClosedForm(alpha, k), c.Supremum);
                Assert.Equal((k + 1) * (k + 1), c.Programs);
            }
        }

        [Fact]
        public void The_closed_form_is_one_minus_alpha_over_one_plus_alpha_only_for_even_k()
        {
            Assert.Equal(new Rational(9, 11), T.ClosedForm(Tenth, 2));
            Assert.Equal(new Rational(9, 11), T.ClosedForm(Tenth, 6));
            Assert.Equal(new Rational(3, 4), T.ClosedForm(Tenth, 3)); // (1 − α)/(1 + 2α)
            Assert.Equal(new Rational(18, 23), T.ClosedForm(Tenth, 5)); // 2(1 − α)/(2 + 3α)
            Assert.Equal(Rational.Zero, T.ClosedForm(Tenth, 1));
            Assert.Equal(T.ClosedForm(Tenth, 2), Sbg.SharpConstant(Tenth, 2));
            Assert.Equal(T.ClosedForm(Tenth, 3), Sbg.SharpConstant(Tenth, 3));
        }

        /// <summary>The symmetry reduction (one variable per activation group) against one variable per neuron and all 4ᵏ patterns.</summary>
        [Theory]
        [InlineData(1, 10, 1)]
        [InlineData(1, 10, 2)]
        [InlineData(1, 10, 3)]
        [InlineData(3, 4, 3)]
        [InlineData(1, 2, 2)]
        public void Group_patterns_agree_with_every_per_neuron_pattern(int p, int q, int k)
        {
            var alpha = new Rational(p, q);
            Assert.Equal(T.Supremum(alpha, k).Supremum, T.SupremumOverNeuronPatterns(alpha, k));
        }

        [Theory]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(5)]
        public void The_decision_admits_a_counterexample_exactly_up_to_the_sharp_constant(int k)
        {
            var c = T.ClosedForm(Tenth, k);
            var hair = new Rational(1, 1_000_000_000);
            Assert.True(T.AdmitsCounterexample(Tenth, k, c - hair));
            Assert.True(T.AdmitsCounterexample(Tenth, k, c)); // attained: N(x) = 0 on the boundary counts
            Assert.False(T.AdmitsCounterexample(Tenth, k, c + hair));
        }

        [Fact]
        public void The_decision_tells_odd_from_even_k_and_k_1_never_fails()
        {
            // the recorded note's (1 − α)/(1 + α) is sharp for k = 2 but not for k = 3: the wrong constant is rejected
            Assert.True(T.AdmitsCounterexample(Tenth, 2, new Rational(9, 11)));
            Assert.False(T.AdmitsCounterexample(Tenth, 3, new Rational(9, 11)));
            Assert.False(T.AdmitsCounterexample(Tenth, 1, new Rational(1, 1_000_000_000)));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.AdmitsCounterexample(Tenth, 2, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.Supremum(1, 2));
        }

        /// <summary>The grid points the issue names: the optimiser and the exact decision agree, the bracket closes on the closed form.</summary>
        [Theory]
        [InlineData(2)]
        [InlineData(3)]
        public void Search_and_exact_decision_agree_at_alpha_one_tenth(int k)
        {
            var p = T.Point(Tenth, k, Budgets.DefaultSeed);
            var c = T.ClosedForm(Tenth, k);
            Assert.True(p.Agrees(1e-6), $"search {p.SearchValue:R}, lower {p.Lower}, upper {p.Upper}, closed form {c}");
            Assert.Equal(c, p.Upper);
            Assert.Equal(c, p.Lower);
            Assert.True(p.Width <= new Rational(1, 1_000_000));
            Assert.True(Math.Abs(p.SearchValue - c.ToDouble()) <= 1e-9, $"{p.SearchValue:R}");
            var s = p.SearchWitness!;
            Assert.True(s.Constant <= p.Upper && (p.Upper - s.Constant).ToDouble() <= 1e-9, s.Constant.ToString());
            Assert.Contains("N(x) = 0", p.Witness!.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void K_1_has_no_witness_and_a_certified_zero()
        {
            var p = T.Point(Tenth, 1, Budgets.DefaultSeed);
            Assert.Null(p.Lower);
            Assert.Null(p.Witness);
            Assert.Equal(Rational.Zero, p.Upper);
            Assert.True(p.Agrees(1e-6));
        }

        [Fact]
        public void Agreement_fails_for_a_wrong_closed_form_or_a_witness_above_the_certificate()
        {
            var p = T.Point(Tenth, 3, Budgets.DefaultSeed);
            Assert.False((p with { ClosedForm = new Rational(9, 11) }).Agrees(1e-6)); // the old note's value for k = 3
            Assert.False((p with { Lower = p.Upper + new Rational(1, 10) }).Agrees(1e-6));
            Assert.False((p with { SearchValue = 0 }).Agrees(1e-6));
        }

        [Fact]
        public void The_reviews_counterexample_is_confirmed_at_three_quarters()
        {
            // α = 1/10, k = 2, d = 1, w = (0), (0), u = (1/4), (−7/4), x = (1): N = −3/40 while (w̄ − ū)·x = 3/4
            var x = T.WitnessCase(Tenth, [0, 0], [new Rational(1, 4), new Rational(-7, 4)]);
            Assert.Equal(new Rational(-3, 40), x.Net.Output(x.X));
            Assert.Equal(new Rational(3, 4), T.ConfirmedConstant(x));
            Assert.True(new Rational(3, 4) < T.ClosedForm(Tenth, 2));
        }

        [Theory]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        [InlineData(5)]
        [InlineData(6)]
        public void The_closed_form_configuration_fails_exactly_at_the_sharp_constant(int k)
        {
            // w-neurons on the kink, u-neurons at Q₀ ± 1 (m each) and Q₀ (odd k), Q₀ = −c*: N(x) = 0 with (w̄ − ū)·x = c*·r‖x‖
            var alpha = new Rational(1, 4);
            var c = Sbg.SharpConstant(alpha, k);
            var u = Enumerable.Range(0, k).Select(i => -c + (i < k / 2 ? 1 : i < 2 * (k / 2) ? -1 : 0)).ToArray();
            var x = T.WitnessCase(alpha, Enumerable.Repeat(Rational.Zero, k).ToArray(), u);
            Assert.Equal(Rational.Zero, x.Net.Output(x.X));
            Assert.Equal(c, T.ConfirmedConstant(x));
            // a shade closer to the linear region the same shape gives N > 0: it no longer fails
            var shifted = T.WitnessCase(alpha, Enumerable.Repeat(new Rational(1, 1000), k).ToArray(), u);
            Assert.Null(T.ConfirmedConstant(shifted));
        }

        [Fact]
        public void Confirmation_checks_every_hypothesis_exactly()
        {
            var good = T.WitnessCase(Tenth, [0, 0], [new Rational(2, 11), new Rational(-20, 11)]);
            Assert.Equal(new Rational(9, 11), T.ConfirmedConstant(good));
            Assert.Null(T.ConfirmedConstant(good with { R = new Rational(99, 100) })); // a neuron outside the radius
            Assert.Null(T.ConfirmedConstant(good with { UCentre = [new Rational(-8, 11)] })); // ū not the mean
            var relu = new LeakyReluNetwork<Rational>(good.Net.W, good.Net.U, 1, 0);
            Assert.Null(T.ConfirmedConstant(good with { Net = relu })); // α = 0 is outside the theorem
            Assert.Null(T.ConfirmedConstant(good with { X = [Rational.Zero] }));
        }

        [Fact]
        public void Shift_clamp_gives_mean_zero_deviations_within_one_exactly()
        {
            Rational[][] inputs = [[3, -1, new Rational(1, 3)], [0, 0], [5], [-7, 2, 2, 9], [new Rational(1, 2), new Rational(-1, 2)]];
            foreach (var y in inputs)
            {
                var b = T.ShiftClamp<Rational>(y);
                Assert.Equal(Rational.Zero, b.Aggregate(Rational.Zero, (s, v) => s + v));
                Assert.All(b, v => Assert.True(Rational.Abs(v) <= 1));
                // order is kept: the map is a shift followed by a monotone clamp
                for (var i = 0; i < y.Length; i++)
                    for (var j = 0; j < y.Length; j++)
                        if (y[i] < y[j]) Assert.True(b[i] <= b[j]);
            }
            Assert.Equal(new Rational[] { 1, -1, 0 }, T.ShiftClamp<Rational>([3, -3, 0]));
            Assert.Equal(new[] { new Rational(1, 2), new Rational(-1, 2) }, T.ShiftClamp<Rational>([new Rational(1, 2), new Rational(-1, 2)]));
        }

        [Fact]
        public void Largest_failing_centre_solves_the_balance_exactly_on_every_segment()
        {
            Rational[] a = [new Rational(1, 2), new Rational(-1, 2), 0];
            foreach (var target in new Rational[] { -5, new Rational(-1, 20), 0, new Rational(3, 10), 7 })
            {
                var p = T.LargestFailingCentre<Rational>(a, Tenth, target);
                var g = a.Aggregate(Rational.Zero, (s, v) => s + LeakyReluNetwork<Rational>.Sigma(p + v, Tenth));
                Assert.Equal(target, g);
            }
        }
    }
}
