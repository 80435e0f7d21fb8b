using Verification.Data.Lyx;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 4.1-4.2 (Lemma 1, J Lemma 4.1(2), Props 2 and J 2): the violation sizes of Lemma 1, its minimiser for points shorter
    /// than 1, the generators' exact ranges and counts (test points, extra neurons, weakened radii) and fixed choice sequences decoded by hand.</summary>
    public sealed class Section4Generators
    {

        private static readonly R[][] Id2 = [[1, 0], [0, 1]];
        private static readonly R[][] Oblique = [[1, 0], [1, 1]];   // basis columns (1, 0) and (1, 1): complementary, not orthogonal

        private static R Sq(R[] v) => v.Aggregate(R.Zero, (s, t) => s + t * t);
        private static R Dot(R[] a, R[] b) => a.Zip(b, (p, q) => p * q).Aggregate(R.Zero, (s, t) => s + t);

        [Fact]
        public void Lemma1_violation_is_the_absolute_difference_of_the_two_outputs()
        {
            // w = (2, 1) = (1, 0) + (1, 1): W_1 = (1, 0), W_2 = (1, 1). At e_1: f(W) = 2, f(W_1) = 1, so the violation is |2 − 1| = 1 (not 3)
            var x = new Lyx.Lemma1Case(1, Oblique, [], [V(2, 1)], [V(0, 0)], [V(1, 0)], [], 0);
            var e1 = Lemma1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e1.Status);
            Assert.Equal(1, e1.Violation);
            Assert.Equal("f(W; x) = 2 ≠ f(W_1; x) = 1 at x = (1, 0) ∈ V_1", e1.Detail);
            // at (1, 1) ∈ V_2: f(W) = 3, f(W_2) = 2, violation 1 (not 5)
            var e2 = Lemma1.Evaluate(x with { X1 = [], X2 = [V(1, 1)] }, Context.AsPrinted);
            Assert.Equal(Status.Fails, e2.Status);
            Assert.Equal(1, e2.Violation);
            Assert.Equal("f(W; x) = 3 ≠ f(W_2; x) = 2 at x = (1, 1) ∈ V_2", e2.Detail);
        }

        [Fact]
        public void Lemma1_minimiser_divides_by_the_squared_norm_for_points_shorter_than_one()
        {
            // x_p = (1/2, 0), b = 1/2: w_p = (1 + b)x_p/|x_p|² = (3, 0) gives ⟨w_p, x_p⟩ − b = 1, zero loss; multiplying by |x_p|² instead
            // would give (3/16, 0), an inactive neuron and no zero-loss minimiser
            var x = new Lyx.Lemma1Case(1, Id2, [], [V(0, 0)], [V(0, 0)], [[Q(1, 2), 0]], [[0, Q(1, 2)]], Q(1, 2));
            var e = Lemma1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("l(W) = ½(l_1 + l_2) = 1; l(W_1* + W_2*) = 0 (minimum 0)", e.Detail);
        }

        [Fact]
        public void JLemma4_1b_generator_draws_one_or_two_points_per_class()
        {
            var cases = GeneratedCases.Of(JLemma41b, 60).ToList();
            var counts = cases.SelectMany(x => Enumerable.Range(0, x.N).Select(i => x.Data.Count(p => p.Y == i))).ToList();
            Assert.All(counts, n => Assert.InRange(n, 1, 2));
            Assert.Contains(1, counts);
            Assert.Contains(2, counts);
        }

        [Fact]
        public void Prop2_generator_adds_one_to_three_annulus_test_points_and_zero_to_two_extra_neurons()
        {
            var cases = GeneratedCases.Of(Prop2, 60).ToList();
            // the frame's 2d points ±m Q e_i, then c.Int(1, 3) annulus points
            var extraTests = cases.Select(x => x.Tests.Count - 2 * x.D).ToList();
            Assert.All(extraTests, n => Assert.InRange(n, 1, 3));
            Assert.Contains(1, extraTests);
            Assert.Contains(3, extraTests);
            // the 2^d cube vertices, then c.Int(0, 2) arbitrary neurons (as printed); every u paired with a w
            var extraNeurons = cases.Select(x => x.W.Length - (1 << x.D)).ToList();
            Assert.All(extraNeurons, n => Assert.InRange(n, 0, 2));
            Assert.Contains(0, extraNeurons);
            Assert.Contains(2, extraNeurons);
            Assert.All(cases, x => Assert.Equal(x.W.Length, x.U.Length));
        }

        [Fact]
        public void Prop2_weakened_hull_has_exactly_the_cube_at_radius_over_two_to_the_d()
        {
            foreach (var x in GeneratedCases.Of(Prop2, 40, ctx: new Context(Weakened: "hull-radius")))
            {
                // no extra neurons (they could fill the hull), and no padding of w beyond the u's
                Assert.Equal(1 << x.D, x.W.Length);
                Assert.Equal(x.W.Length, x.U.Length);
                var rho = (1 + x.B) / x.Mmin / (1 << x.D);
                Assert.All(x.W, w => Assert.Equal(x.D * rho * rho, Sq(w)));
            }
            foreach (var x in GeneratedCases.Of(Prop2, 30, ctx: new Context(Variant: "radius-b-over-m")))
            {
                Assert.Equal(1 << x.D, x.W.Length);
                Assert.All(x.W, w => Assert.Equal(x.D * (x.B / x.Mmin) * (x.B / x.Mmin), Sq(w)));
            }
        }

        [Fact]
        public void Prop2_weakened_u_ball_reaches_beyond_four_over_m_and_tests_at_M_along_u()
        {
            var cases = GeneratedCases.Of(Prop2, 60, ctx: new Context(Weakened: "u-ball")).ToList();
            // |u_1| ranges over [0, 4(1 + b)/m]: above 4/m once b > 0 (so not 4/((1 + b)m) nor 4(1 − b)/m)
            Assert.Contains(cases, x => Sq(x.U[0]) * x.Mmin * x.Mmin > 16);
            Assert.All(cases, x => Assert.True(Sq(x.U[0]) * x.Mmin * x.Mmin <= 16 * (1 + x.B) * (1 + x.B), $"{x}"));
            foreach (var x in cases)
            {
                // the frame's points, one to three annulus points, then M·u_1/|u_1|: norm M, parallel to u_1 and pointing the same way
                Assert.InRange(x.Tests.Count - 2 * x.D, 2, 4);
                var last = x.Tests[^1];
                Assert.Equal(x.Mmax * x.Mmax, Sq(last));
                var dot = Dot(last, x.U[0]);
                Assert.True(dot.Sign >= 0 && dot * dot == Sq(last) * Sq(x.U[0]), $"{x}");
            }
            Assert.Contains(cases, x => Sq(x.U[0]).Sign > 0);
        }

        private static Lyx.Prop2Case P2(int d, R b, R m, R[][] w, R[][] u) => new(d, b, m, 2 * m, w, u, [], 0, [], []);

        [Fact]
        public void Prop2_radius_at_equality_needs_only_one_neuron_at_the_radius()
        {
            // w_1 = 1 is at (1 + b)/m = 1, w_2 = −2 is not
            Assert.Equal(Set("bias-zero", "radius-at-equality"), Prop2.Classify(P2(1, 0, 1, [[1], [-2]], [[0], [0]])).ToHashSet());
            Assert.Equal(Set("bias-zero"), Prop2.Classify(P2(1, 0, 1, [[3], [-2]], [[0], [0]])).ToHashSet());
        }

        private static Lyx.Prop2Case JP2(R v, R[][] vm, R[] bias, R[][] w, R m) => new(1, 0, m, 2 * m, w, [], [], v, bias, vm);

        private static readonly R[][] VTwo = [[1, -1], [-1, 1]];

        public static TheoryData<Lyx.Prop2Case, string[], string[]> JProp2Classes => new()
        {
            // m = 2: printed radius (1 + 0)/2 = 1/2, corrected (0 + 1/2)/2 = 1/4 (divided by m, not multiplied)
            { JP2(1, VTwo, [0, 0], [[Q(1, 2)], [0]], 2), ["radius-at-equality", "v-above-half", "bias-min-zero"], ["v-above-half", "bias-min-zero"] },
            { JP2(1, VTwo, [0, 0], [[Q(1, 4)], [0]], 2), ["v-above-half", "bias-min-zero"], ["radius-at-equality", "v-above-half", "bias-min-zero"] },
            // a zero entry of V is not positive: w_2 = 1 at the printed radius 1 does not count
            { JP2(1, [[1, 0], [-1, 0]], [0, 0], [[2], [1]], 1), ["v-above-half", "bias-min-zero"], ["v-above-half", "bias-min-zero"] },
            // two positive neurons, only the first at the printed radius 1: enough for the class
            { JP2(1, [[1, 1], [-1, -1]], [0, 0], [[1], [2]], 1), ["radius-at-equality", "v-above-half", "bias-min-zero"], ["v-above-half", "bias-min-zero"] },
        };

        [Fact]
        public void JProp2_radius_divides_by_m_and_needs_one_positive_neuron_at_it() =>
            Table.Each(JProp2Classes, (Lyx.Prop2Case x, string[] printed, string[] corrected) =>
            {
                Assert.Equal(Set(printed), JProp2.Classify(x).ToHashSet());
                Assert.Equal(Set(corrected), JProp2C.Classify(x).ToHashSet());
            });

        /// <summary>A choice sequence for J Prop 2 decoded by hand: d = 1, n = 2, v = 1, m = 1, M = 2, one annulus test point (1); biases 1;
        /// enlargement s = 1; the small neurons at radius b_min/M · 1 = 1/2 with sign +; the one-sign column drawn (raw 2).</summary>
        private static readonly int[] Rich =
        [
            0, 0, 0, 0, 0, 0, 0, 0,             // d, n, v (q, offset), m (q, offset), M − m (q, offset)
            0, 0, 0, 0, 0, 0,                   // t = 1; annulus radius (q, offset); sphere parameter (q, signed); sign
            0, 1, 0, 1, 0, 1, 0, 1,             // four biases q = 1, numerator 1
            0, 1,                               // s = 1 (q = 1, numerator 1): ρ = radius · 2
            0, 1, 0, 0, 0,                      // neuron 2: scale 1 (q = 1, offset 1), sphere parameter, sign +
            0, 1, 0, 0, 0,                      // neuron 4: the same
            2,                                  // c.Int(0, 2) = 2: a one-sign column
            0, 1, 0, 0, 0,                      // its neuron: scale 1, sphere parameter, sign +
        ];

        [Fact]
        public void JProp2_generator_decodes_a_fixed_choice_sequence_exactly()
        {
            // printed: radius (1 + b_max)/m = 2, ρ = 2 · (1 + 1) = 4; the small neurons at b_min/M = 1/2; the one-sign column appended with bias b_max
            var x = JProp2.Generate(new Choices(Rich), Context.AsPrinted);
            Assert.Equal("[(4), (1/2), (-4), (1/2), (1/2)]", LyxGen.Format(x.W));
            Assert.Equal("(1, 1, 1, 1, 1)", LyxGen.Format(x.Bias));
            Assert.Equal("[(1, -1, 1, -1, -1), (-1, 1, -1, 1, -1)]", LyxGen.Format(x.Vm));
            Assert.Equal("[(1), (-1), (1)]", LyxGen.Format(x.Tests));
            Assert.True(x.V == 1 && x.Mmin == 1 && x.Mmax == 2 && x.D == 1);
            // corrected: radius (b_max + 1/(2v))/m = 3/2, ρ = 3
            Assert.Equal("[(3), (1/2), (-3), (1/2), (1/2)]", LyxGen.Format(JProp2C.Generate(new Choices(Rich), Context.AsPrinted).W));
            // half-radius: 2/(2 · 2^d) = 1/2, not enlarged (no draw of s, so the next raws are the small neurons')
            var half = JProp2.Generate(new Choices(Rich), new Context(Variant: "half-radius"));
            Assert.Equal("[(1/2), (1/2), (-1/2), (0)]", LyxGen.Format(half.W));
            // all zeros: biases 0, ρ = 1, the small neurons at radius 0, no one-sign column (c.Int(0, 2) = 0)
            var zero = JProp2.Generate(new Choices([]), Context.AsPrinted);
            Assert.Equal("[(1), (0), (-1), (0)]", LyxGen.Format(zero.W));
            Assert.Equal("[(1, -1, 1, -1), (-1, 1, -1, 1)]", LyxGen.Format(zero.Vm));
        }
    }
}
