using Verification.Harness;
using Verification.Models.Lyx;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 4.1-4.2 (Lemma 1, J Lemma 4.1(2), Props 2 and J 2): exact class sets, each evaluation branch on hand-made
    /// networks with its exact violation, and the generators inside (weakened: just outside) their hypotheses.</summary>
    public sealed class Section4Oracles
    {

        private static readonly R[][] Id2 = [[1, 0], [0, 1]];
        private static readonly R[][] Oblique = [[1, 0], [1, 1]];   // columns (1, 0) and (1, 1): complementary, not orthogonal

        private static Lyx.Lemma1Case L1(R[][] basis, R[] w, R[] u, R b, R[][] x1, R[][] x2) => new(1, basis, [], [w], [u], [.. x1], [.. x2], b);

        [Fact]
        public void Lemma1_classifies_exactly()
        {
            var x = L1(Id2, V(1, 1), V(0, 0), 0, [V(1, 0)], [V(0, 1)]);
            Assert.Equal(Set("bias-zero"), Lemma1.Classify(x).ToHashSet());
            Assert.Equal(Set("bias-positive"), Lemma1.Classify(x with { B = Q(1, 4) }).ToHashSet());
            Assert.Equal(Set("bias-zero", "d-2"), Lemma1.Classify(x with { D = 2 }).ToHashSet());
            Assert.Equal(Set("bias-positive", "d-2"), Lemma1.Classify(x with { D = 2, B = 3 }).ToHashSet());
        }

        [Fact]
        public void Lemma1_holds_on_orthogonal_blocks_and_reports_the_half_sum()
        {
            // w = (1, 1), u = 0: f = 1 at x_1 = e_1 (loss 0) and at x_2 = e_2 (label −1, loss 2); l(W) = (0 + 2)/2 = 1
            var x = L1(Id2, V(1, 1), V(0, 0), 0, [V(1, 0)], [V(0, 1)]);
            var e = Lemma1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("l(W) = ½(l_1 + l_2) = 1; l(W_1* + W_2*) = 0 (minimum 0)", e.Detail);
            // the minimiser w_p = (1 + b)x_p/|x_p|² also works with a bias and a longer point
            Assert.Equal(Status.Holds, Lemma1.Evaluate(L1(Id2, V(1, 1), V(0, 0), Q(1, 2), [V(2, 0)], [V(0, 3)]), Context.AsPrinted).Status);
            var sum = Lemma1.Evaluate(x, new Context(Variant: "sum-without-half"));
            Assert.Equal(Status.Fails, sum.Status);
            Assert.Equal(1, sum.Violation);
            Assert.Equal("l(W) = 2 ≠ ½(l_1(W_1) + l_2(W_2)) = 1", sum.Detail);
        }

        [Fact]
        public void Lemma1_fails_at_a_point_of_either_block_when_they_are_oblique()
        {
            // w = (1, 1) = 0·(1, 0) + 1·(1, 1) lies in V_2, yet ⟨w, e_1⟩ = 1: f(W; e_1) = 1 ≠ f(W_1; e_1) = 0
            var v1 = Lemma1.Evaluate(L1(Oblique, V(1, 1), V(0, 0), 0, [V(1, 0)], [V(1, 1)]), Context.AsPrinted);
            Assert.Equal(Status.Fails, v1.Status);
            Assert.Equal(1, v1.Violation);
            Assert.Equal("f(W; x) = 1 ≠ f(W_1; x) = 0 at x = (1, 0) ∈ V_1", v1.Detail);
            // w = (1, 0) lies in V_1, yet ⟨w, (1, 1)⟩ = 1: the block-2 point sees it
            var v2 = Lemma1.Evaluate(L1(Oblique, V(1, 0), V(0, 0), 0, [V(1, 0)], [V(1, 1)]), Context.AsPrinted);
            Assert.Equal(Status.Fails, v2.Status);
            Assert.Equal(1, v2.Violation);
            Assert.Equal("f(W; x) = 1 ≠ f(W_2; x) = 0 at x = (1, 1) ∈ V_2", v2.Detail);
            // the same through u: f(W; x) = −1 ≠ 0, a violation of size 1 (not signed)
            var u2 = Lemma1.Evaluate(L1(Oblique, V(0, 0), V(1, 0), 0, [V(1, 0)], [V(1, 1)]), Context.AsPrinted);
            Assert.Equal(Status.Fails, u2.Status);
            Assert.Equal(1, u2.Violation);
        }

        [Fact]
        public void Lemma1_is_inconclusive_when_k_is_below_the_number_of_points()
        {
            // one neuron for x = ±e_1: w* = e_1 leaves −e_1 at loss 1 (mean 1/2)
            var e = Lemma1.Evaluate(L1(Id2, V(0, 0), V(0, 0), 0, [V(1, 0), V(-1, 0)], [V(0, 1)]), Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, e.Status);
            Assert.Equal("constructed W_i* do not have zero loss: 1/2, 0", e.Detail);
        }

        [Fact]
        public void Lemma1_generator_blocks_are_orthogonal_unless_weakened()
        {
            foreach (var weak in new[] { false, true })
                foreach (var x in GeneratedCases.Of(Lemma1, 40, ctx: weak ? new Context(Weakened: "orthogonal") : Context.AsPrinted))
                {
                    var dim = 2 * x.D;
                    Assert.Equal(dim, x.Basis.Length);
                    Assert.True(x.B.Sign >= 0 && x.W.Length == x.U.Length && x.X1.Count <= x.W.Length && x.X2.Count <= x.W.Length, $"{x}");
                    var cross = Dot(x.Basis[0], x.Basis[x.D]);
                    if (!weak)
                        Assert.True(Enumerable.Range(0, dim).All(i => Enumerable.Range(0, dim).All(j => Dot(x.Basis[i], x.Basis[j]) == (i == j ? 1 : 0))));
                    else Assert.NotEqual(R.Zero, cross);
                    if (!weak) Assert.Equal(Status.Holds, Lemma1.Evaluate(x, Context.AsPrinted).Status);
                }
        }

        private static R Dot(R[] a, R[] b) => a.Zip(b, (p, q) => p * q).Aggregate(R.Zero, (s, t) => s + t);

        private static Lyx.JLemma41bCase J41(R[][] basis, R[] w, int i, params (R[] X, int Y)[] data) =>
            new(2, [1, 1], basis, [w], [0], [[1], [-1]], [.. data], i, Q(1, 8));

        [Fact]
        public void JLemma4_1b_classifies_exactly()
        {
            var x = J41(Id2, [Q(1, 4), Q(1, 4)], 0, (V(1, 0), 0));
            Assert.Empty(JLemma41b.Classify(x));
            Assert.Equal(Set("n-3"), JLemma41b.Classify(x with { N = 3 }).ToHashSet());
            Assert.Equal(Set("one-sign-column"), JLemma41b.Classify(x with { V = [[1, -1], [-1, -1]] }).ToHashSet());
            Assert.Empty(JLemma41b.Classify(x with { V = [[1, -1], [-1, 1]] }));
            Assert.Equal(Set("one-sign-column", "n-3"), JLemma41b.Classify(x with { N = 3, V = [[-1], [-1], [-1]] }).ToHashSet());
        }

        [Fact]
        public void JLemma4_1b_step_on_one_class_leaves_the_other_unchanged()
        {
            // w = (1/4, 1/4), V = (1; −1): at e_1 (class 0) f = (1/4, −1/4), margin 1/2 < 1, so w moves along e_1 only; at e_2 (class 1) the
            // loss stays 1 + 1/4 + 1/4 = 3/2
            var x = J41(Id2, [Q(1, 4), Q(1, 4)], 0, (V(1, 0), 0), (V(0, 1), 1));
            Assert.Equal(Status.Holds, JLemma41b.Evaluate(x, Context.AsPrinted).Status);
            Assert.Equal(Status.Holds, JLemma41b.Evaluate(x with { I = 1 }, Context.AsPrinted).Status);
            // the step on the full loss also moves w by −η(0, 1) (scale 1/2, coefficient 2): w' = (3/8, 1/8), loss at e_2 is 5/4
            var full = JLemma41b.Evaluate(x, new Context(Variant: "step-on-full-loss"));
            Assert.Equal(Status.Fails, full.Status);
            Assert.Equal(0.25, full.Violation);
            Assert.Equal("class 1 point (0, 1): l(W) = 3/2, l(W') = 5/4", full.Detail);
        }

        [Fact]
        public void JLemma4_1b_fails_on_oblique_blocks()
        {
            // the class-1 point (1, 1) sees the step along e_1: w' = (1/2, 1/4), h = 1/2 → 3/4, loss 2 → 5/2
            var x = J41(Oblique, [Q(1, 4), Q(1, 4)], 0, (V(1, 0), 0), (V(1, 1), 1));
            var e = JLemma41b.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.5, e.Violation);
            Assert.Equal("class 1 point (1, 1): l(W) = 2, l(W') = 5/2", e.Detail);
        }

        [Fact]
        public void JLemma4_1b_generator_meets_assumption1_and_the_block_structure()
        {
            foreach (var x in GeneratedCases.Of(JLemma41b, 40))
            {
                Assert.True(JournalNet<R>.SatisfiesAssumption1(x.V), $"{x}");
                Assert.InRange(x.N, 2, 3);
                Assert.InRange(x.W.Length, x.N, x.N + 2);
                Assert.True(x.I >= 0 && x.I < x.N && x.Eta.Sign > 0 && x.Bias.All(b => b.Sign >= 0), $"{x}");
                Assert.Equal(x.Dims.Sum(), x.Basis.Length);
                Assert.True(Enumerable.Range(0, x.N).All(i => x.Data.Any(p => p.Y == i)), $"a class without data: {x}");
                Assert.Equal(Status.Holds, JLemma41b.Evaluate(x, Context.AsPrinted).Status);
            }
        }

        private static Lyx.Prop2Case P2(int d, R b, R m, R[][] w, R[][] u, params R[][] tests) => new(d, b, m, 2 * m, w, u, [.. tests], 0, [], []);

        public static TheoryData<Lyx.Prop2Case, string[]> Prop2Classes => new()
        {
            { P2(1, 0, 1, [[1], [-1]], [[0], [0]]), ["bias-zero", "radius-at-equality"] },
            { P2(1, 0, 1, [[2], [-2]], [[0], [0]]), ["bias-zero"] },
            { P2(1, Q(1, 2), 1, [[Q(3, 2)], [Q(-3, 2)]], [[0], [0]]), ["radius-at-equality"] },
            { P2(1, Q(1, 2), 1, [[1], [-1]], [[0], [0]]), [] },
            { P2(2, 1, 2, [[1, 1], [1, -1], [-1, 1], [-1, -1]], [[0, 0], [0, 0], [0, 0], [0, 0]]), ["radius-at-equality"] },  // 2·1·4 = 2·2²
            { P2(2, 0, 1, [[1, 0]], [[0, 0]]), ["bias-zero"] },                           // |w|m = 1 + b but not √d(1 + b)
            { P2(3, 0, 1, [[1, 1, 1]], [[0, 0, 0]]), ["d-3", "bias-zero", "radius-at-equality"] },
            { P2(3, 1, 1, [[1, 1, 1]], [[0, 0, 0]]), ["d-3"] },
        };

        [Fact]
        public void Prop2_classifies_exactly() =>
            Table.Each(Prop2Classes, (Lyx.Prop2Case x, string[] expected) => Assert.Equal(Set(expected), Prop2.Classify(x).ToHashSet()));

        [Fact]
        public void Prop2_reports_the_first_test_point_below_one()
        {
            var ok = Prop2.Evaluate(P2(1, 0, 1, [[1], [-1]], [[0], [0]], [1], [-1], [2]), Context.AsPrinted);
            Assert.Equal(Status.Holds, ok.Status);
            Assert.Equal("f̃ ≥ 1 at all 3 test points", ok.Detail);
            // the hull [−1/2, 1/2] misses the ball of radius 1: f̃(1) = 1/2
            var small = Prop2.Evaluate(P2(1, 0, 1, [[Q(1, 2)], [Q(-1, 2)]], [[0], [0]], [2], [1]), Context.AsPrinted);
            Assert.Equal(Status.Fails, small.Status);
            Assert.Equal(0.5, small.Violation);
            Assert.Equal("f̃(W, x) = 1/2 < 1 at x = (1): loss 1/2", small.Detail);
            // a u outside the ball of radius b/M cancels: f̃(1) = 1 − 3/4
            var big = Prop2.Evaluate(P2(1, 0, 1, [[1], [-1]], [[Q(3, 4)], [0]], [1]), Context.AsPrinted);
            Assert.Equal(Status.Fails, big.Status);
            Assert.Equal(0.75, big.Violation);
        }

        [Fact]
        public void Prop2_generator_meets_the_hypotheses_and_each_weakening_breaks_them()
        {
            foreach (var x in GeneratedCases.Of(Prop2, 40))
            {
                var cube = 1 << x.D;
                Assert.True(x.W.Take(cube).All(w => Sq(w) * x.Mmin * x.Mmin >= x.D * (1 + x.B) * (1 + x.B)), $"hull below (1 + b)/m: {x}");
                Assert.True(x.U.All(u => Sq(u) * x.Mmax * x.Mmax <= x.B * x.B), $"u outside b/M: {x}");
                Assert.True(x.Mmin >= Q(1, 2) && x.Mmin <= 2 && x.Mmax > x.Mmin, $"{x}");
                Assert.True(x.Tests.All(t => Sq(t) >= x.Mmin * x.Mmin && Sq(t) <= x.Mmax * x.Mmax), $"a test point off the annulus: {x}");
                Assert.Equal(Status.Holds, Prop2.Evaluate(x, Context.AsPrinted).Status);
            }
            // the frame's first 2d test points are ±m Qe_i: norm m, in opposite pairs
            foreach (var x in GeneratedCases.Of(Prop2, 20))
                for (var i = 0; i < x.D; i++)
                {
                    Assert.Equal(x.Mmin * x.Mmin, Sq(x.Tests[2 * i]));
                    Assert.Equal(x.Tests[2 * i].Select(z => -z), x.Tests[2 * i + 1]);
                }
            foreach (var ctx in new[] { new Context(Weakened: "hull-radius"), new Context(Variant: "radius-b-over-m") })
                Assert.All(GeneratedCases.Of(Prop2, 30, ctx: ctx), x => Assert.Equal(Status.Fails, Prop2.Evaluate(x, Context.AsPrinted).Status));
            Assert.All(GeneratedCases.Of(Prop2, 30, ctx: new Context(Weakened: "u-ball")),
                x => Assert.True(x.U.Length == x.W.Length && Sq(x.U[0]) * x.Mmin * x.Mmin <= 16 * (1 + x.B) * (1 + x.B)));
        }

        private static R Sq(R[] v) => v.Aggregate(R.Zero, (s, t) => s + t * t);

        private static readonly R[][] VTwo = [[1, -1], [-1, 1]];

        private static Lyx.Prop2Case JP2(R v, R[][] vm, R[] bias, R[][] w, int d = 1) => new(d, 0, 1, 2, w, [], [], v, bias, vm);

        public static TheoryData<Lyx.Prop2Case, string[], string[]> JProp2Classes => new()
        {
            // (printed radius (1 + b_max)/m, corrected (b_max + 1/(2v))/m); m = 1
            { JP2(1, VTwo, [0, 0], [[1], [0]]), ["radius-at-equality", "v-above-half", "bias-min-zero"], ["v-above-half", "bias-min-zero"] },
            { JP2(1, VTwo, [0, 0], [[Q(1, 2)], [0]]), ["v-above-half", "bias-min-zero"], ["radius-at-equality", "v-above-half", "bias-min-zero"] },
            { JP2(1, VTwo, [0, 0], [[2], [1]]), ["v-above-half", "bias-min-zero"], ["v-above-half", "bias-min-zero"] },   // only w_2 at 1
            // radii from the largest bias: printed (1 + 1/2)/1, corrected (1/2 + 1/2)/1
            { JP2(1, VTwo, [0, Q(1, 2)], [[Q(3, 2)], [0]]), ["radius-at-equality", "v-above-half", "bias-min-zero"], ["v-above-half", "bias-min-zero"] },
            { JP2(1, VTwo, [0, Q(1, 2)], [[1], [0]]), ["v-above-half", "bias-min-zero"], ["radius-at-equality", "v-above-half", "bias-min-zero"] },
            { JP2(Q(1, 2), VTwo, [Q(1, 4), Q(1, 4)], [[Q(5, 4)], [0]]), ["radius-at-equality"], ["radius-at-equality"] },
            { JP2(Q(1, 4), VTwo, [Q(1, 4), Q(1, 8)], [[Q(9, 4)], [0]]), ["v-below-half"], ["v-below-half", "radius-at-equality"] },  // 1/4 + 1/(2v) = 9/4
            { JP2(1, [[1, -1, -1], [-1, 1, -1]], [1, 1, 1], [[3], [0], [0]]), ["v-above-half", "one-sign-column"], ["v-above-half", "one-sign-column"] },
            { JP2(1, [[1, -1], [-1, 1], [-1, -1]], [1, 1], [[0], [0]]), ["v-above-half", "n-3"], ["v-above-half", "n-3"] },
            { JP2(1, VTwo, [1, 1], [[2, 2, 2], [0, 0, 0]], 3), ["v-above-half", "d-3", "radius-at-equality"], ["v-above-half", "d-3"] },
        };

        [Fact]
        public void JProp2_classifies_exactly_printed_and_corrected() =>
            Table.Each(JProp2Classes, (Lyx.Prop2Case x, string[] printed, string[] corrected) =>
            {
                Assert.Equal(Set(printed), JProp2.Classify(x).ToHashSet());
                Assert.Equal(Set(corrected), JProp2C.Classify(x).ToHashSet());
            });

        [Fact]
        public void JProp2_finding_has_margin_2v_below_one()
        {
            // n = 2, k = 4, v = 1/3, w = (1, 0, −1, 0), m = 1, M = 2: at x = 1, f_1 − f_2 = 2/3, so l_1 = 1/3
            R[][] vm = [[Q(1, 3), Q(-1, 3), Q(1, 3), Q(-1, 3)], [Q(-1, 3), Q(1, 3), Q(-1, 3), Q(1, 3)]];
            var x = new Lyx.Prop2Case(1, 0, 1, 2, [[1], [0], [-1], [0]], [], [[1], [-1], [2]], Q(1, 3), [0, 0, 0, 0], vm);
            var e = JProp2.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1.0 / 3, e.Violation, 15);
            Assert.Equal("l_i(W; x) = 1/3 > 0 at x = (1) (f = (1/3, -1/3))", e.Detail);
            // v = 1/2: the margin is exactly 1 at x = ±1 (and 2 at x = 2)
            R[][] half = [[Q(1, 2), Q(-1, 2), Q(1, 2), Q(-1, 2)], [Q(-1, 2), Q(1, 2), Q(-1, 2), Q(1, 2)]];
            var ok = JProp2C.Evaluate(x with { V = Q(1, 2), Vm = half }, Context.AsPrinted);
            Assert.Equal(Status.Holds, ok.Status);
            Assert.Equal("zero loss at all 3 test points", ok.Detail);
        }

        [Fact]
        public void JProp2_generators_place_neurons_at_their_radii()
        {
            foreach (var corrected in new[] { false, true })
                foreach (var x in corrected ? GeneratedCases.Of(JProp2C, 30) : GeneratedCases.Of(JProp2, 30))
                {
                    Assert.True(JournalNet<R>.SatisfiesAssumption1(x.Vm) && x.V == R.Abs(x.Vm[0][0]), $"{x}");
                    var radius = corrected ? (x.Bias.Max() + 1 / (2 * x.V)) / x.Mmin : (1 + x.Bias.Max()) / x.Mmin;
                    for (var j = 0; j < x.W.Length; j++)
                        Assert.True(x.Vm[0][j].Sign > 0 ? Sq(x.W[j]) >= x.D * radius * radius
                            : Sq(x.W[j]) * x.Mmax * x.Mmax <= x.Bias.Min() * x.Bias.Min(), $"neuron {j}: {x}");
                    if (corrected) Assert.Equal(Status.Holds, JProp2C.Evaluate(x, Context.AsPrinted).Status);
                }
            // weakened Assumption 1: negative entries of magnitude in [v, 3v], some above v
            var weak = GeneratedCases.Of(JProp2, 30, ctx: new Context(Weakened: "assumption1")).ToList();
            Assert.All(weak, x => Assert.True(x.Vm.All(r => r.All(z => z == x.V || (z <= -x.V && z >= -3 * x.V))), $"{x}"));
            Assert.Contains(weak, x => !JournalNet<R>.SatisfiesAssumption1(x.Vm));
        }
    }
}
