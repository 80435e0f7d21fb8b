using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 4.2 (Prop 1, J Prop 1): exact class sets, the hypothesis check, each evaluation branch (discards, the two
    /// certificates at their equality boundaries, inconclusive), printed and corrected.</summary>
    public sealed class Section4Proposition1Oracles
    {

        /// <summary>The four vertices (±ρ, ±ρ) placed in block 0 or block 1 of R⁴.</summary>
        private static R[][] Cube(R rho, int block) =>
            [.. new[] { (1, 1), (-1, 1), (1, -1), (-1, -1) }
                .Select(s => block == 0 ? new[] { s.Item1 * rho, s.Item2 * rho, 0, 0 } : [0, 0, s.Item1 * rho, s.Item2 * rho])];

        /// <summary>Cube family (B): w's a cube in V_1, u's a cube in V_2, m = 1, M = 2, x_1 = e_1, x_2 = e_3.</summary>
        private static Lyx.Prop1Case CubeCase(R rho, R b, R m) => new(2, b, m, 2, Cube(rho, 0), Cube(rho, 1), V(1, 0, 0, 0), V(0, 0, 1, 0));

        /// <summary>The finding's reproducer (family A): |w|M = |u|M = 1 = b, x_i outside the support.</summary>
        private static readonly Lyx.Prop1Case Dead = new(2, 1, 1, 2, [[0, Q(-1, 2), 0, 0]], [[0, 0, 0, Q(-1, 2)]], V(0, -4, 0, 0), V(0, 0, 0, -4));

        public static TheoryData<Lyx.Prop1Case, string[]> Prop1Classes => new()
        {
            { CubeCase(1, 0, 1), ["bias-zero", "cube-at-equality"] },
            { CubeCase(1, Q(1, 2), Q(3, 2)), ["cube-at-equality"] },
            { CubeCase(1, 0, 2), ["bias-zero"] },
            { CubeCase(3, 1, 1), [] },
            { CubeCase(1, 0, 1) with { W = Cube(1, 0)[..3] }, ["bias-zero"] },          // a vertex missing: no cube
            { CubeCase(1, 0, 1) with { W = [[1, 2, 0, 0], [-1, 2, 0, 0], [1, -2, 0, 0], [-1, -2, 0, 0]] }, ["bias-zero"] },   // not a cube
            { CubeCase(1, 0, 1) with { W = [[0, 0, 0, 0], .. Cube(1, 0)] }, ["bias-zero", "cube-at-equality"] },              // a zero neuron first
            { Dead, [] },
            { Dead with { D = 3 }, ["d-3"] },
        };

        [Fact]
        public void Prop1_classifies_exactly() =>
            Table.Each(Prop1Classes, (Lyx.Prop1Case x, string[] expected) => Assert.Equal(Set(expected), Prop1.Classify(x).ToHashSet()));

        [Fact]
        public void Prop1_dead_network_at_equality_fails_as_printed_and_is_discarded_corrected()
        {
            var e = Prop1.Evaluate(Dead, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1, e.Violation);
            Assert.Equal("all neurons inactive on the support: ∇l = 0, f ≡ 0 there, l = 1; f(x_1) = 1, f(x_2) = -1", e.Detail);
            var c = Prop1C.Evaluate(Dead, Context.AsPrinted);
            Assert.Equal(Status.Discarded, c.Status);
            Assert.StartsWith("x_i outside the support", c.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, Prop1C.Evaluate(Dead, new Context(Variant: "x-anywhere")).Status);
            // on the support's edge |x_1| = M the neurons dead at equality give f = 0: the hypothesis is unmet, not violated
            Assert.Equal("hypothesis f(W, x_i) ≠ 0 not met", Prop1C.Evaluate(Dead with { X1 = V(0, -2, 0, 0) }, Context.AsPrinted).Detail);
        }

        [Fact]
        public void Prop1_discards_a_zero_output_at_either_point()
        {
            // f(0, 1, 0, 0) = σ(−1/2 − 1) = 0
            Assert.Equal("hypothesis f(W, x_i) ≠ 0 not met", Prop1.Evaluate(Dead with { X1 = V(0, 1, 0, 0) }, Context.AsPrinted).Detail);
            Assert.Equal(Status.Discarded, Prop1.Evaluate(Dead with { X2 = V(0, 0, 0, 1) }, Context.AsPrinted).Status);
        }

        [Fact]
        public void Prop1_cube_certificate_holds_at_its_radius_and_not_below()
        {
            // ρm = 1 = 1 + b: f(e_1) = σ(1) + σ(1) = 2, f(e_3) = −2; the support check of the corrected statement passes at |x| = m
            var e = Prop1.Evaluate(CubeCase(1, 0, 1), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.EndsWith("l = 0; f(x_1) = 2, f(x_2) = -2", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Holds, Prop1C.Evaluate(CubeCase(1, 0, 1), Context.AsPrinted).Status);
            // ρm = 3/4 < 1 + b: no certificate
            var small = Prop1.Evaluate(CubeCase(Q(3, 4), 0, 1), Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, small.Status);
            Assert.Equal("criticality not certified for this case", small.Detail);
            // a u-neuron (1/2, 0, 0, 0) alive in V_1 (|u|M = 1 > b = 0) voids the certificate: f(e_1) = 2 − 1/2
            var alive = CubeCase(1, 0, 1) with { W = [.. Cube(1, 0), [0, 0, 0, 0]], U = [.. Cube(1, 1), [Q(1, 2), 0, 0, 0]] };
            Assert.Equal(Status.Inconclusive, Prop1.Evaluate(alive, Context.AsPrinted).Status);
            Assert.Equal(Status.Discarded, Prop1.Evaluate(CubeCase(1, 0, 1) with { U = Cube(1, 0) }, Context.AsPrinted).Status);   // f(e_1) = 0
            // a bias with the cube at ρm = 1 + b exactly: ρ = 3/2, b = 1/2, m = 1
            Assert.Equal(Status.Holds, Prop1.Evaluate(CubeCase(Q(3, 2), Q(1, 2), 1), Context.AsPrinted).Status);
            Assert.Equal(Status.Inconclusive, Prop1.Evaluate(CubeCase(Q(3, 2), Q(3, 5), 1), Context.AsPrinted).Status);
        }

        [Fact]
        public void Prop1_generated_critical_points_are_always_certified()
        {
            foreach (var x in GeneratedCases.Of(Prop1, 40))
            {
                Assert.InRange(x.D, 2, 3);
                Assert.NotEqual(Status.Inconclusive, Prop1.Evaluate(x, Context.AsPrinted).Status);
            }
            // the all-inactive family puts x_i outside the support, where f = b ≠ 0: exactly what the correction rules out
            foreach (var x in GeneratedCases.Of(Prop1, 40).Where(x => Prop1.Evaluate(x, Context.AsPrinted).IsFailure))
            {
                Assert.True(Sq(x.X1) > x.Mmax * x.Mmax && Sq(x.X2) > x.Mmax * x.Mmax, $"{x}");
                Assert.Equal(Status.Discarded, Prop1C.Evaluate(x, Context.AsPrinted).Status);
            }
            Assert.All(GeneratedCases.Of(Prop1C, 40), x => Assert.Equal(Status.Holds, Prop1C.Evaluate(x, Context.AsPrinted).Status));
            Assert.Contains(GeneratedCases.Of(Prop1, 40, ctx: new Context(Weakened: "dimension-above-1")), x => x.D == 1);
            Assert.All(GeneratedCases.Of(Prop1, 30, ctx: new Context(Variant: "cube-too-small")),
                x => Assert.NotEqual(Status.Holds, Prop1.Evaluate(x, Context.AsPrinted).Status));
        }

        private static R Sq(R[] v) => v.Aggregate(R.Zero, (s, t) => s + t * t);

        private static readonly R[][] VTwo = [[1, -1], [-1, 1]];

        /// <summary>Family A in d = 2: two neurons at |w|M = b = 1 (dead at equality), x = (0, −4) outside the support.</summary>
        private static readonly Lyx.JProp1Case JDead = new(2, 2, 1, VTwo, [1, 1], 1, 2, [[0, Q(-1, 2)], [0, Q(-1, 2)]], V(0, -4));

        /// <summary>Family B: the positive neurons a cube (±1/2, ±1/2), 2v(ρm − b) = 1 at v = 1, b = 0, m = 1; a fifth neuron, zero, negative for
        /// class 1.</summary>
        private static Lyx.JProp1Case JCube(R rho) => new(2, 2, 1, [[1, 1, 1, 1, -1], [-1, -1, -1, -1, 1]], [0, 0, 0, 0, 0], 1, 2,
            [[rho, rho], [-rho, rho], [rho, -rho], [-rho, -rho], [0, 0]], [Q(3, 2), 0]);

        /// <summary>The one-sign column case of the findings: b = (1, 1, 0), w_3 = (1, 0) active at x = (3/2, 0).</summary>
        private static readonly Lyx.JProp1Case JOneSign = new(2, 2, 1, [[1, -1, -1], [-1, 1, -1]], [1, 1, 0], 1, 2, [[0, 0], [0, 0], [1, 0]], [Q(3, 2), 0]);

        public static TheoryData<Lyx.JProp1Case, string[]> JProp1Classes => new()
        {
            { JDead, ["dead-at-boundary"] },
            { JDead with { W = [[0, Q(-1, 4)], [0, Q(-1, 4)]] }, [] },
            { JDead with { X = V(0, -2) }, ["dead-at-boundary", "x-on-boundary"] },
            { JDead with { X = V(1, 0) }, ["dead-at-boundary", "x-on-boundary"] },
            { JDead with { V = Q(1, 4) }, ["dead-at-boundary", "v-below-half"] },
            { JDead with { V = Q(1, 2) }, ["dead-at-boundary"] },
            { JDead with { D = 3 }, ["dead-at-boundary", "d-3"] },
            { JDead with { N = 3, Vm = [[1, -1], [-1, 1], [-1, -1]] }, ["dead-at-boundary", "n-at-least-3"] },
            { JDead with { Bias = [0, 0], W = [[0, 0], [0, 0]] }, [] },                                 // |w|M = b = 0 is not a boundary
            { JCube(Q(1, 2)), ["cube-at-equality", "zero-loss"] },
            { JCube(1), ["zero-loss"] },
            { JCube(Q(1, 4)), [] },
            { JCube(Q(3, 4)) with { Bias = [0, Q(1, 4), 0, 0, 0] }, ["cube-at-equality", "zero-loss"] },     // 2v(ρm − max b) = 1
            { JOneSign, ["one-sign-column", "one-sign-active"] },
            { JOneSign with { X = [Q(-3, 2), 0] }, ["one-sign-column"] },
            { JOneSign with { Bias = [1, 1, Q(3, 2)] }, ["one-sign-column"] },                       // ⟨w_3, x⟩ = b_3: not active
        };

        [Fact]
        public void JProp1_classifies_exactly() =>
            Table.Each(JProp1Classes, (Lyx.JProp1Case x, string[] expected) => Assert.Equal(Set(expected), JProp1.Classify(x).ToHashSet()));

        [Fact]
        public void JProp1_hypothesis_check_rejects_each_violation()
        {
            Assert.True(Lyx.JProposition1.HypothesesHold(JDead));
            Assert.True(Lyx.JProposition1.HypothesesHold(JDead with { Bias = [0, 1] }));                    // b_j = 0 allowed
            Assert.False(Lyx.JProposition1.HypothesesHold(JDead with { D = 1 }));
            Assert.False(Lyx.JProposition1.HypothesesHold(JDead with { Mmin = 0 }));
            Assert.False(Lyx.JProposition1.HypothesesHold(JDead with { Mmin = 2 }));                        // m = M
            Assert.False(Lyx.JProposition1.HypothesesHold(JDead with { Bias = [Q(-1, 2), 1] }));
            Assert.False(Lyx.JProposition1.HypothesesHold(JDead with { V = 2 }));                           // v ≠ |v_{1,1}|
            Assert.False(Lyx.JProposition1.HypothesesHold(JDead with { Vm = [[1, -1], [-1, -1]] }));       // class 2 owns no column
        }

        [Fact]
        public void JProp1_dead_network_fails_as_printed_with_loss_n_minus_1()
        {
            // n = 3, every neuron dead at equality; f(0, −4) = (−1, −1, −1) ≠ 0 but every margin is 0
            R[][] v3 = [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]];
            var x = new Lyx.JProp1Case(2, 3, 1, v3, [1, 1, 1], 1, 2, [[0, Q(-1, 2)], [0, Q(-1, 2)], [0, Q(-1, 2)]], V(0, -4));
            var e = JProp1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(2, e.Violation);
            Assert.Equal("every neuron entering l_1 is inactive on the support: ∇l_1 = 0, every margin ≡ 0 there, l_1 = n − 1; f(x) = (-1, -1, -1)",
                e.Detail);
            Assert.Equal("hypothesis f_i(x) ≠ f_r(x) for some r not met", JProp1C.Evaluate(x, Context.AsPrinted).Detail);
            Assert.Equal("x outside the support (hypothesis not met)", JProp1C.Evaluate(x, new Context(Variant: "output-not-margin")).Detail);
            Assert.Equal(Status.Fails, JProp1C.Evaluate(x, new Context(Variant: "x-anywhere")).Status);
            // n = 2: f(0, −4) = (0, 0), so even the printed hypothesis is unmet
            Assert.Equal("hypothesis f(W; x) ≠ 0 not met", JProp1.Evaluate(JDead, Context.AsPrinted).Detail);
        }

        [Fact]
        public void JProp1_cube_certificate_at_equality_and_the_uncertified_cases()
        {
            var e = JProp1.Evaluate(JCube(Q(1, 2)), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.StartsWith("cube certificate: f_1 − f_r ≥ 2v(ρm − b_j) ≥ 1", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Holds, JProp1C.Evaluate(JCube(Q(1, 2)), Context.AsPrinted).Status);   // margin 3/2 at x in the support
            Assert.Equal("criticality not certified for this case", JProp1.Evaluate(JCube(Q(1, 4)), Context.AsPrinted).Detail);
            // every positive neuron needs 2v(ρm − b_j) ≥ 1: one with b_j = 1/4 at ρ = 1/2 has 1/2
            Assert.Equal(Status.Inconclusive, JProp1.Evaluate(JCube(Q(1, 2)) with { Bias = [0, Q(1, 4), 0, 0, 0] }, Context.AsPrinted).Status);
            // a V breaking Assumption 1 (column 5 positive for both classes) voids the cube certificate
            var bad = JCube(Q(1, 2)) with { Vm = [[1, 1, 1, 1, 1], [-1, -1, -1, -1, 1]] };
            Assert.Equal(Status.Inconclusive, JProp1.Evaluate(bad, Context.AsPrinted).Status);
            // with b_j = 0 a zero neuron is not locally constant: no "all inactive" certificate
            var zero = JDead with { Bias = [0, 1], W = [[0, 0], [0, Q(-1, 2)]] };
            Assert.Equal(Status.Inconclusive, JProp1.Evaluate(zero, Context.AsPrinted).Status);
            // a negative neuron alive on the support (|w|M > b) voids the cube certificate too
            var alive = JCube(Q(1, 2)) with { W = [[Q(1, 2), Q(1, 2)], [Q(-1, 2), Q(1, 2)], [Q(1, 2), Q(-1, 2)], [Q(-1, 2), Q(-1, 2)], [Q(1, 100), 0]] };
            Assert.Equal(Status.Inconclusive, JProp1.Evaluate(alive, Context.AsPrinted).Status);
        }

        [Fact]
        public void JProp1_one_sign_column_is_certified_with_loss_n_minus_1()
        {
            var e = JProp1.Evaluate(JOneSign, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1, e.Violation);
            Assert.EndsWith("l_1 = n − 1; f(x) = (-3/2, -3/2)", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Discarded, JProp1C.Evaluate(JOneSign, Context.AsPrinted).Status);
        }

        [Fact]
        public void JProp1_generated_critical_points_are_always_certified()
        {
            foreach (var x in GeneratedCases.Of(JProp1, 40))
                Assert.NotEqual(Status.Inconclusive, JProp1.Evaluate(x, Context.AsPrinted).Status);
            Assert.All(GeneratedCases.Of(JProp1C, 40), x => Assert.NotEqual(Status.Fails, JProp1C.Evaluate(x, Context.AsPrinted).Status));
            Assert.Contains(GeneratedCases.Of(JProp1, 40, ctx: new Context(Weakened: "dimension-above-1")), x => x.D == 1);
            Assert.All(GeneratedCases.Of(JProp1, 30, ctx: new Context(Variant: "cube-too-small")),
                x => Assert.NotEqual(Status.Holds, JProp1.Evaluate(x, Context.AsPrinted).Status));
        }
    }
}
