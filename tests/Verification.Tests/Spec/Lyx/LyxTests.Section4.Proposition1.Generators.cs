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
    /// <summary>Section 4.2 (Prop 1, J Prop 1): the certificates at the cases that separate M² from M and one neuron from all, the cube
    /// recogniser on near-cubes, classes away from m = 1, b = 1, v = 1, and the generators on fixed choice sequences decoded by hand.</summary>
    public sealed class Section4Proposition1Generators
    {

        private static Lyx.Prop1Case P1(R[][] w, R[][] u) => new(2, 1, 1, 2, w, u, V(0, -4, 0, 0), V(0, 0, 0, -4));

        [Fact]
        public void Prop1_inactive_certificate_compares_with_M_squared_and_checks_the_u_neurons()
        {
            // |w|²M² = 9/16 · 4 = 9/4 > b² = 1: w alive on the support (|w|² ≤ b² and |w|²/M ≤ b² would call it inactive);
            // f(x_1) = 2, f(x_2) = −1
            var alive = Prop1.Evaluate(P1([[0, Q(-3, 4), 0, 0]], [[0, 0, 0, Q(-1, 2)]]), Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, alive.Status);
            Assert.Equal("criticality not certified for this case", alive.Detail);
            // w inactive (|w|M = b) but u = (0, 0, 0, −1) alive: the certificate needs every neuron, u's included; f(x_1) = 1, f(x_2) = −3
            Assert.Equal(Status.Inconclusive, Prop1.Evaluate(P1([[0, Q(-1, 2), 0, 0]], [[0, 0, 0, -1]]), Context.AsPrinted).Status);
        }

        private static R[] Block0(int a, int b) => V(a, b, 0, 0);

        public static TheoryData<R[][], string[]> CubeCandidates => new()
        {
            // ρm = 1 = 1 + b with ρ = 1, m = 1, b = 0
            { [Block0(1, 0), Block0(1, 1), Block0(-1, 1), Block0(1, -1), Block0(-1, -1)], ["bias-zero", "cube-at-equality"] },   // ρ from (1, 1)
            { [Block0(1, 2), Block0(1, 1), Block0(-1, 1), Block0(1, -1), Block0(-1, -1)], ["bias-zero"] },   // first candidate (1, 2) not a cube
            { [Block0(1, 1), Block0(-1, -1)], ["bias-zero"] },                                              // two vertices missing
            { [Block0(1, 1), Block0(-1, -1), Block0(1, -1)], ["bias-zero"] },                               // (−1, 1) missing
        };

        [Fact]
        public void Prop1_cube_recogniser_takes_the_first_vector_without_zeros_and_needs_every_vertex() =>
            Table.Each(CubeCandidates, (R[][] w, string[] expected) =>
                Assert.Equal(Set(expected), Prop1.Classify(new Lyx.Prop1Case(2, 0, 1, 2, w, w, V(1, 0, 0, 0), V(0, 0, 1, 0))).ToHashSet()));

        [Fact]
        public void Prop1_generator_decodes_the_inactive_family_exactly()
        {
            // d = 2, m = 1, M = 2, inactive family (c.Bool() = false), b = 1/2 (q = 2), k = 1; |w| = b/M = 1/4 along (0, −1);
            // x_i = 2b w/|w|² = 16 w
            var x = Prop1.Generate(new Choices([0, 0, 0, 0, 0, 0, 1, 0]), Context.AsPrinted);
            Assert.True(x.D == 2 && x.B == Q(1, 2) && x.Mmin == 1 && x.Mmax == 2, $"{x}");
            Assert.Equal("[(0, -1/4, 0, 0)]", LyxGen.Format(x.W));
            Assert.Equal("[(0, 0, 0, -1/4)]", LyxGen.Format(x.U));
            Assert.Equal("(0, -4, 0, 0)", LyxGen.Format(x.X1));
            Assert.Equal("(0, 0, 0, -4)", LyxGen.Format(x.X2));
        }

        private static readonly R[][] VTwo = [[1, -1], [-1, 1]];
        private static readonly R[][] VThree = [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]];

        private static readonly Lyx.JProp1Case JDead = new(2, 2, 1, VTwo, [1, 1], 1, 2, [[0, Q(-1, 2)], [0, Q(-1, 2)]], V(0, -4));

        private static R[][] Square(R rho) => [[rho, rho], [-rho, rho], [rho, -rho], [-rho, -rho]];

        public static TheoryData<Lyx.JProp1Case, string[]> JProp1Classes => new()
        {
            // a zero column of V is not of one sign: its active neuron is not "one-sign-active"
            { new(2, 2, 1, [[1, 0], [-1, 0]], [1, 0], 1, 2, [[0, 0], [1, 0]], [Q(3, 2), 0]), [] },
            // a zero entry is not positive: the cube of the four positive columns is found (its first neuron (1, 2) is not one)
            { new(2, 2, 1, [[0, 1, 1, 1, 1], [0, -1, -1, -1, -1]], [0, 0, 0, 0, 0], 1, 2, [V(1, 2), .. Square(Q(1, 2))], [Q(3, 2), 0]),
                ["cube-at-equality"] },
            // v = 1/2, m = 2: 2v(ρm − b) = 1 · (1/2 · 2) = 1
            { new(2, 2, Q(1, 2), [[Q(1, 2), Q(1, 2), Q(1, 2), Q(1, 2), Q(-1, 2)], [Q(-1, 2), Q(-1, 2), Q(-1, 2), Q(-1, 2), Q(1, 2)]], [0, 0, 0, 0, 0], 2,
                4, [.. Square(Q(1, 2)), V(0, 0)], [Q(3, 2), 0]), ["cube-at-equality", "zero-loss"] },
            // b = 1/2: |w|²M² = 1/16 · 4 = b²
            { JDead with { Bias = [Q(1, 2), Q(1, 2)], W = [[0, Q(-1, 4)], [0, Q(-1, 4)]] }, ["dead-at-boundary"] },
            // m = 1/2: |x| = m
            { JDead with { Mmin = Q(1, 2), X = [0, Q(-1, 2)] }, ["dead-at-boundary", "x-on-boundary"] },
        };

        [Fact]
        public void JProp1_classes_away_from_unit_values() =>
            Table.Each(JProp1Classes, (Lyx.JProp1Case x, string[] expected) => Assert.Equal(Set(expected), JProp1.Classify(x).ToHashSet()));

        [Fact]
        public void JProp1_a_column_equal_for_two_classes_but_not_the_third_still_enters_the_loss()
        {
            // n = 3: neurons 1, 2 inactive at equality, neuron 3 (owned by class 3, v_{1,3} = v_{2,3}) alive: f(0, −4) = (0, 0, −2)
            var x = new Lyx.JProp1Case(2, 3, 1, VThree, [1, 1, 1], 1, 2, [[0, Q(-1, 2)], [0, Q(-1, 2)], [1, 0]], V(0, -4));
            var e = JProp1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, e.Status);
            Assert.Equal("criticality not certified for this case", e.Detail);
            // corrected: f_1 = f_2 but f_1 ≠ f_3 meets the hypothesis; x is outside the support
            Assert.Equal("x outside the support (hypothesis not met)", JProp1C.Evaluate(x, Context.AsPrinted).Detail);
            // w = (0, −3/4): |w|²M² = 9/4 > b² = 1, alive (not inactive by |w|² or |w|²/M); f = (−2, −2, −2)
            var alive = new Lyx.JProp1Case(2, 3, 1, VThree, [1, 1, 1], 1, 2, [[0, Q(-3, 4)], [0, Q(-3, 4)], [0, Q(-3, 4)]], V(0, -4));
            Assert.Equal(Status.Inconclusive, JProp1.Evaluate(alive, Context.AsPrinted).Status);
        }

        [Fact]
        public void JProp1_cube_certificate_needs_every_negative_neuron_inactive()
        {
            // the cube at 2v(ρm − b) = 1, neuron 5 zero (inactive with b = 0), neuron 6 = (1/100, 0) alive on the support
            var x = new Lyx.JProp1Case(2, 2, 1, [[1, 1, 1, 1, -1, -1], [-1, -1, -1, -1, 1, 1]], [0, 0, 0, 0, 0, 0], 1, 2,
                [.. Square(Q(1, 2)), V(0, 0), [Q(1, 100), 0]], [Q(3, 2), 0]);
            Assert.Equal(Status.Inconclusive, JProp1.Evaluate(x, Context.AsPrinted).Status);
        }

        [Fact]
        public void JProp1_corrected_support_includes_both_radii()
        {
            // m = 1/2, M = 2, the cube ρ = 1: 2v(ρm − 0) = 1; x at |x| = m and at |x| = M is in the support (f = (1, −1) and (4, −4))
            var x = new Lyx.JProp1Case(2, 2, 1, [[1, 1, 1, 1, -1], [-1, -1, -1, -1, 1]], [0, 0, 0, 0, 0], Q(1, 2), 2, [.. Square(1), V(0, 0)],
                [Q(1, 2), 0]);
            Assert.Equal(Status.Holds, JProp1C.Evaluate(x, Context.AsPrinted).Status);
            Assert.Equal(Status.Holds, JProp1C.Evaluate(x with { X = V(2, 0) }, Context.AsPrinted).Status);
        }

        private static int[] Raw(int length, params (int At, int Value)[] set)
        {
            var r = new int[length];
            foreach (var (at, value) in set) r[at] = value;
            return r;
        }

        private static string Describe(Lyx.JProp1Case x) => $"{LyxGen.Format(x.W)} b={LyxGen.Format(x.Bias)} V={LyxGen.Format(x.Vm)} x={LyxGen.Format(x.X)}";

        // The raw layout of J Prop 1's generator: 0 d, 1 n, 2 pick v, 3-4 scale of v, 5-6 m, 7-8 M − m, 9 family, then (non-cube) 10 own0,
        // 11 one-sign count, 2 raws per bias, the test point, 2 raws for ρ's s, then the neurons (inactive: c.Int(0, 3), [scale], sphere).

        public static TheoryData<string, int[], bool, string> JProp1Sequences => new()
        {
            // all zeros, printed: family 0 (all inactive), k = 2, b = 1, neurons at b/M = 1/2 along (0, −1), x = 2b w_1/|w_1|² outside the support
            { "zeros", [], false, "[(0, -1/2), (0, -1/2)] b=(1, 1) V=[(1, -1), (-1, 1)] x=(0, -4)" },
            // b_1 = 1/2: w_1 = (0, −1/4) and x = 2 · 1/2 · 16 w_1
            { "b1-half", Raw(14, (12, 1)), false, "[(0, -1/4), (0, -1/2)] b=(1/2, 1) V=[(1, -1), (-1, 1)] x=(0, -4)" },
            // neuron 1: c.Int(0, 3) = 0 (scale 1, nothing else drawn) and sphere parameter 1: direction (1, 0)
            { "turned", Raw(25, (24, 1)), false, "[(1/2, 0), (0, -1/2)] b=(1, 1) V=[(1, -1), (-1, 1)] x=(4, 0)" },
            // corrected, all zeros: family 0 becomes 2 (inactive + active one-sign neuron b/|x|² · 2 · x), x = (0, −2) on the sphere of radius M
            { "corrected-zeros", [], true, "[(0, -1/2), (0, -1/2), (0, -1)] b=(1, 1, 1) V=[(1, -1, -1), (-1, 1, -1)] x=(0, -2)" },
            // family 1 (cube): biases from c.NonNegativeRational (0), ρ = (0 + 1/2)/1, x on the sphere of radius M (c.Bool() = false)
            { "cube", Raw(10, (9, 1)), false,
                "[(1/2, 1/2), (-1/2, 1/2), (1/2, -1/2), (-1/2, -1/2), (0, 0)] b=(0, 0, 0, 0, 0) V=[(1, 1, 1, 1, -1), (-1, -1, -1, -1, 1)] x=(0, -2)" },
            // cube, x on the sphere of radius m (c.Bool() = true)
            { "cube-x-at-m", Raw(23, (9, 1), (22, 1)), false,
                "[(1/2, 1/2), (-1/2, 1/2), (1/2, -1/2), (-1/2, -1/2), (0, 0)] b=(0, 0, 0, 0, 0) V=[(1, 1, 1, 1, -1), (-1, -1, -1, -1, 1)] x=(0, -1)" },
            // cube, x = an annulus point (c.Int(0, 5) = 1) of radius 3/2 (q = 2, offset 1)
            { "cube-x-annulus", Raw(24, (9, 1), (21, 1), (22, 1), (23, 1)), false,
                "[(1/2, 1/2), (-1/2, 1/2), (1/2, -1/2), (-1/2, -1/2), (0, 0)] b=(0, 0, 0, 0, 0) V=[(1, 1, 1, 1, -1), (-1, -1, -1, -1, 1)] x=(0, -3/2)" },
            // cube with a one-sign column (inactive family member, b_6 = 1): neuron 5 (b = 0) is zero and draws nothing; neuron 6 draws
            // c.Int(0, 3) = 1, scale 1/2 (q = 2), sphere parameter 1: (1/4, 0)
            { "cube-one-sign", Raw(34, (9, 1), (10, 1), (22, 1), (29, 1), (30, 1), (33, 1)), false,
                "[(1/2, 1/2), (-1/2, 1/2), (1/2, -1/2), (-1/2, -1/2), (0, 0), (1/4, 0)] b=(0, 0, 0, 0, 0, 1) " +
                "V=[(1, 1, 1, 1, -1, -1), (-1, -1, -1, -1, 1, -1)] x=(0, -2)" },
        };

        [Fact]
        public void JProp1_generator_decodes_fixed_choice_sequences_exactly() =>
            Table.Each(JProp1Sequences, (string name, int[] raw, bool corrected, string expected) =>
            {
                var x = corrected ? JProp1C.Generate(new Choices(raw), Context.AsPrinted) : JProp1.Generate(new Choices(raw), Context.AsPrinted);
                Assert.Equal(expected, Describe(x));
                Assert.True(x.D == 2 && x.N == 2 && x.V == 1 && x.Mmin == 1 && x.Mmax == 2, $"{name}: {x}");
            });

        [Fact]
        public void JProp1_generator_one_sign_count_and_weakened_signs()
        {
            // corrected, one-sign count raw 1: 1 + 1 = 2 one-sign columns, k = 4
            Assert.Equal(4, JProp1C.Generate(new Choices(Raw(12, (11, 1))), Context.AsPrinted).W.Length);
            // v = pick (1) times a rational of [1/2, 2] (q = 2, offset 2: 3/2)
            Assert.Equal(Q(3, 2), JProp1.Generate(new Choices(Raw(5, (3, 1), (4, 2))), Context.AsPrinted).V);
            // weakened Assumption 1: each entry of V is −v when c.Bool() (raws 1, 0, 0, 1 row by row), +v otherwise
            var weak = JProp1.Generate(new Choices(Raw(16, (12, 1), (15, 1))), new Context(Weakened: "assumption1"));
            Assert.Equal("[(-1, 1), (1, -1)]", LyxGen.Format(weak.Vm));
        }
    }
}
