using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.4 (Lemma 12, Eq. (8), Lemmas 4 and 5, Theorem 2, Remark 3): exact class sets at the thresholds and the
    /// branches of each evaluation on short hand-made runs.</summary>
    public sealed class Section3_4Oracles
    {
        private static readonly Lsz.Lemma12 Lemma12 = (Lsz.Lemma12)ClaimAssert.Get("LSZ.Lemma12");
        private static readonly Lsz.Equation8 Equation8 = (Lsz.Equation8)ClaimAssert.Get("LSZ.Eq8");
        private static readonly Lsz.Lemma4 Lemma4 = (Lsz.Lemma4)ClaimAssert.Get("LSZ.Lemma4");
        private static readonly Lsz.Lemma5 Lemma5 = (Lsz.Lemma5)ClaimAssert.Get("LSZ.Lemma5");
        private static readonly Lsz.Theorem2 Theorem2 = (Lsz.Theorem2)ClaimAssert.Get("LSZ.Thm2");
        private static readonly Lsz.Remark3 Remark3 = (Lsz.Remark3)ClaimAssert.Get("LSZ.Remark3");

        /// <summary>U(S¹), c₀ = E‖x‖ = 1: no population class.</summary>
        private static SphericalPopulation Gauss3() => new(new GaussianRadius(3), LszCases.V(3));
        private static SphericalPopulation Sphere() => new(new SphereProjectionRadius(3), LszCases.V(3));

        private static Lsz.PointStepCase Step(double[] w, double eta, Population? pop = null) => new(new Lsz.PointCase(pop ?? Circle(), w), eta);

        private static Lsz.GdCase Gd(double a, double theta, Lsz.Schedule s, Population? pop = null, double delta = 1)
        {
            var p = pop ?? Circle();
            return new(new Lsz.FlowCase(p, LszCases.Point(p.Dimension, a, theta)), s, delta);
        }

        private static Lsz.Schedule Constant(double eta) => new("constant", eta, 0);

        /// <summary>Raw choice sequences from a fixed seed, and the all-zero one (the simplest case of every range).</summary>
        internal static IEnumerable<Choices> Draws(int count, int seed = 7)
        {
            var rng = new Random(seed);
            yield return new Choices([]);
            for (var i = 1; i < count; i++) yield return new Choices(Enumerable.Range(0, 64).Select(_ => rng.Next(0, 1_000_000)).ToArray());
        }

        private static double Theta(Lsz.GdCase x) => LszCases.Angle(x.Start.W0, x.Start.Pop.V);

        /// <summary>The generators keep to each claim's stated setting, and each weakening leaves exactly its hypothesis.</summary>
        [Fact]
        public void Section3_4_generators_stay_inside_their_settings()
        {
            var printed = Context.AsPrinted;
            var steps = Draws(150).Select(c => Lemma12.Generate(c, printed)).ToList();
            Assert.All(steps, x => Assert.InRange(x.Eta, 1e-3, 9e3));
            Assert.All(steps, x => Assert.True(Vec.Norm(x.P.W) > 0 && x.P.Pop.SphericallySymmetric));
            Assert.Contains(steps, x => Lemma12.Classify(x).Contains("theta-zero-or-pi"));
            Assert.All(Draws(30).Select(c => Lemma12.Generate(c, new Context(Weakened: "spherical-symmetry"))),
                x => Assert.False(x.P.Pop.SphericallySymmetric));
            var eq8 = Draws(150).Select(c => Equation8.Generate(c, printed)).ToList();
            Assert.All(eq8, x =>
            {
                foreach (var u in new[] { x.U1, x.U2, x.V }) Assert.Equal(Rational.One, Vec.Dot<Rational>(u, u));
                Assert.True(x.R1 > 0 && x.R1 < 10 && x.R2 > 0 && x.R2 < 10 && x.Eta > 0 && x.Eta < 5);
            });
            foreach (var k in new[] { "step-turns-back", "theta-obtuse", "norm-shrinks" }) Assert.Contains(eq8, x => Equation8.Classify(x).Contains(k));
            var l4 = Draws(150).Select(c => Lemma4.Generate(c, printed)).ToList();
            Assert.All(l4, x => Assert.True(Theta(x) > Math.PI / 2 && Theta(x) < Math.PI && Vec.Norm(x.Start.W0) <= 4 + 1e-12, $"{x}"));
            Assert.All(l4, x => Assert.InRange(x.Schedule.Eta0, 0.01, 90));
            Assert.All(Draws(50).Select(c => Lemma4.Generate(c, new Context(Weakened: "wrong-half-space"))),
                x => Assert.True(Theta(x) > 0 && Theta(x) < Math.PI / 2, $"{x}"));
            var l5 = Draws(150).Select(c => Lemma5.Generate(c, printed)).ToList();
            Assert.All(l5, x => Assert.True(Theta(x) >= 0 && Theta(x) < Math.PI && x.Delta > 0 && x.Delta <= 4, $"{x}"));
            Assert.Contains(l5, x => Theta(x) == 0);
            Assert.All(Draws(50).Select(c => Lemma5.Generate(c, new Context(Weakened: "condition-11"))),
                x => Assert.True(x.Schedule.Eta0 >= 5 && x.Schedule.EtaMinus == 5 && x.Schedule.EtaPlus == x.Schedule.Eta0, $"{x}"));
            var t2 = Draws(150).Select(c => Theorem2.Generate(c, printed)).ToList();
            Assert.All(t2, x => Assert.True(x.Schedule is { Kind: "bounded" } s && s.EtaMinus == s.EtaPlus / 4 && s.EtaPlus >= 0.1 && s.EtaPlus <= 9
                && Theta(x) < Math.PI, $"{x}"));
            Assert.All(Draws(50).Select(c => Theorem2.Generate(c, new Context(Weakened: "eta-minus-positive"))), x => Assert.True(
                x.Schedule is { Kind: "geometric", Param: 0.5 } && Math.Abs(Vec.Norm(x.Start.W0) - 100) < 1e-9 && Theta(x) > Math.PI / 2, $"{x}"));
            Assert.All(Draws(50).Select(c => Theorem2.Generate(c, new Context(Weakened: "bounded-rates"))),
                x => Assert.True(x.Schedule is { Kind: "geometric", Param: 1.05 }, $"{x}"));
            Assert.All(Draws(150).Select(c => Remark3.Generate(c, printed)), x =>
            {
                var p = (SphericalPopulation)x.Start.Pop;
                var twoOverBeta = 2 / (p.Law.FullSecondMoment / p.Dimension / 4);
                Assert.True(x.Schedule.Kind == "constant" && x.Schedule.Eta0 >= 2 * twoOverBeta * (1 - 1e-12)
                    && x.Schedule.Eta0 <= 10 * twoOverBeta * (1 + 1e-12) && Theta(x) > 0 && Theta(x) < Math.PI, $"{x}");
            });
        }

        public static TheoryData<Lsz.PointStepCase, string[]> Lemma12Classes => new()
        {
            { Step(LszCases.Point(2, 1, 1), 1), [] },
            { Step(LszCases.Point(2, 1, 1), 0.01), [] },
            { Step(LszCases.Point(2, 1, 1), 0.00999), ["eta-small"] },
            { Step(LszCases.Point(2, 1, 1), 100), ["eta-large"] },
            { Step(LszCases.Point(2, 1, 1), 99.99), [] },
            { Step([0, 1], 1), ["theta-zero", "theta-zero-or-pi"] },
            { Step([0, -2], 1), ["theta-pi", "theta-obtuse", "theta-zero-or-pi"] },
            { Step([1e-9, 1], 1), ["theta-near-0"] },
            // w ∥ v needs every coordinate but the second to vanish: the third counts too
            { Step([0, 1, 0.5], 1, Sphere()), [] },
            { Step([0, 1, 0], 1, Sphere()), ["theta-zero", "theta-zero-or-pi"] },
            { Step([0.5, 1, 0], 1, Gauss3()), ["beyond-S2", "gaussian-d3"] },
            // θ = π/2 exactly, ‖w‖ = |w₁| exactly (√(x²) = |x| in binary floating point)
            { Step([0.0099, 0], 1), ["norm-small"] },
            { Step([0.01, 0], 1), [] },
            { Step([100, 0], 1), ["norm-large"] },
            { Step([99.99, 0], 1), [] },
        };

        [Fact]
        public void Lemma12_classifies_exactly() =>
            Table.Each(Lemma12Classes, (Lsz.PointStepCase x, string[] expected) => Assert.Equal(Set(expected), Lemma12.Classify(x).ToHashSet()));

        /// <summary>
        /// U(S¹), θ = π/2, η = 4: Eq. (10) holds; without the square on η the right side's (c₀η/π)² = 16/π² becomes 64/π², so the
        /// violation is 48/π² (sin²θ = 1 to 10⁻³², c₀ = 1 exactly) up to the quadrature error of ∇L (≲ 10⁻¹²·‖w(n+1)‖η).
        /// On v (sin θ = 0) the variant agrees.
        /// </summary>
        [Fact]
        public void Lemma12_evaluation_holds_and_measures_the_missing_square()
        {
            var x = Step([1, 0], 4);
            Assert.Equal(Status.Holds, Lemma12.Evaluate(x, Context.AsPrinted).Status);
            var wrong = Lemma12.Evaluate(x, new Context(Variant: "no-square-on-eta"));
            Assert.Equal(Status.Fails, wrong.Status);
            Assert.Equal(48 / (Math.PI * Math.PI), wrong.Violation, 1e-8);
            Assert.Equal(Status.Holds, Lemma12.Evaluate(Step([0, 3], 4), new Context(Variant: "no-square-on-eta")).Status);
        }

        private static Lsz.Equation8Case Eq8(int[] u1, int r1, int[] u2, int r2, int[] v, Lsz.PointCase? p = null) =>
            new(Rationals.V(u1), r1, Rationals.V(u2), r2, Rationals.V(v), Rationals.Q(1, 2), p ?? new Lsz.PointCase(Circle(), LszCases.Point(2, 1, 1)));

        public static TheoryData<Lsz.Equation8Case, string[]> Equation8Classes => new()
        {
            { Eq8([1, 0, 0], 1, [0, 1, 0], 1, [0, 1, 0]), [] },                                        // u₁ ⊥ u₂, v ⊥ u₁, r₂ = r₁
            { Eq8([1, 0, 0], 1, [-1, 0, 0], 1, [0, 1, 0]), ["step-turns-back"] },
            { Eq8([1, 0, 0], 1, [0, 1, 0], 1, [-1, 0, 0]), ["theta-obtuse"] },
            { Eq8([1, 0, 0], 2, [0, 1, 0], 1, [1, 0, 0]), ["norm-shrinks"] },
            { Eq8([1, 0, 0], 1, [0, 1, 0], 2, [1, 0, 0]), [] },
            // the double point: its angle classes (norms have no thresholds here)
            { Eq8([1, 0, 0], 1, [0, 1, 0], 1, [0, 1, 0], new Lsz.PointCase(Circle(), LszCases.Point(2, 1e-4, Math.PI - 1e-6))),
                ["theta-near-pi", "theta-obtuse"] },
            { Eq8([1, 0, 0], 1, [0, 1, 0], 1, [0, 1, 0], new Lsz.PointCase(Gauss3(), [1e6, 1, 0])), ["beyond-S2", "gaussian-d3"] },
        };

        [Fact]
        public void Equation8_classifies_exactly() =>
            Table.Each(Equation8Classes, (Lsz.Equation8Case x, string[] expected) => Assert.Equal(Set(expected), Equation8.Classify(x).ToHashSet()));

        /// <summary>
        /// u₁ = e₁, u₂ = e₂, r₁ = 1, r₂ = 2, v = e₁ (cos θ(n) = 1, w̄ᵀw(n+1) = 0): the sign of the cos term changes the right side by
        /// 2(r₂ − u₁ᵀw(n+1))cos θ/r₂ = 2, exactly (rationals). With v ⊥ u₁ the exact part agrees for both signs and the combined double
        /// form decides: its cos-term changes by twice c₀²η²sin²θ cos θ/(π²(‖w(n+1)‖ + w̄ᵀw(n+1))‖w(n+1)‖).
        /// </summary>
        [Fact]
        public void Equation8_evaluation_decides_the_exact_and_the_combined_form()
        {
            Assert.Equal(Status.Holds, Equation8.Evaluate(Eq8([1, 0, 0], 1, [0, 1, 0], 2, [1, 0, 0]), Context.AsPrinted).Status);
            var exact = Equation8.Evaluate(Eq8([1, 0, 0], 1, [0, 1, 0], 2, [1, 0, 0]), new Context(Variant: "plus-cos-term"));
            Assert.Equal(Status.Fails, exact.Status);
            Assert.Equal(2, exact.Violation);
            Assert.StartsWith("exact: lhs = ", exact.Detail, StringComparison.Ordinal);
            var pop = Circle();
            var w = LszCases.Point(2, 1, 1);
            var combined = Equation8.Evaluate(Eq8([1, 0, 0], 1, [0, 1, 0], 2, [0, 1, 0], new Lsz.PointCase(pop, w)), new Context(Variant: "plus-cos-term"));
            Assert.Equal(Status.Fails, combined.Status);
            var w1 = Vec.Axpy(-0.5, pop.Gradient(w).Value, w);
            var n1 = Vec.Norm(w1);
            var proj = Vec.Dot(w1, w) / Vec.Norm(w);
            var s2 = Math.Sin(1) * Math.Sin(1);
            var term = 0.25 * s2 * Math.Cos(1) / (Math.PI * Math.PI) / (n1 + proj) / n1;
            // the formula's remaining terms cancel between the two sides to the quadrature error of ∇L (≲ 10⁻¹²)
            Assert.Equal(2 * term, combined.Violation, 1e-9);
            Assert.StartsWith("exact Eq. (8) holds", Equation8.Evaluate(Eq8([1, 0, 0], 1, [0, 1, 0], 2, [0, 1, 0]), Context.AsPrinted).Detail,
                StringComparison.Ordinal);
        }

        public static TheoryData<Lsz.GdCase, string[]> Lemma4Classes => new()
        {
            { Gd(1, 2, Constant(1)), [] },
            { Gd(1, Math.PI - 0.1 + 1e-9, Constant(1)), ["theta0-near-pi"] },
            { Gd(1, Math.PI - 0.1 - 1e-9, Constant(1)), [] },
            { Gd(1, Math.PI / 2 + 0.1 - 1e-9, Constant(1)), ["theta0-near-right"] },
            { Gd(1, Math.PI / 2 + 0.1 + 1e-9, Constant(1)), [] },
            { Gd(0.0499, 2, Constant(1)), ["norm-small"] },
            { Gd(0.0501, 2, Constant(1)), [] },
            { Gd(1, 2, new("bounded", 1, 3, 0, 1)), ["eta-minus-zero"] },
            { Gd(1, 2, new("bounded", 1, 3, 0.25, 1)), [] },                     // a positive phase parameter is no growth
            { Gd(1, 2, new("geometric", 1, 1.05)), ["growing-schedule"] },
            { Gd(1, 2, new("power", 1, 0.5)), ["growing-schedule"] },
            { Gd(1, 2, new("power", 1, 0)), [] },
            { Gd(1, 2, new("power", 1, -0.5)), [] },
            { Gd(1, 2, Constant(10)), ["eta-large"] },
            { Gd(1, 2, Constant(9.99)), [] },
            { Gd(1, 2, new("constant", 10, 0, 0, 1)), ["eta-large"] },           // η₀, not η₊
            { Gd(1, 2, Constant(1), Gauss3()), ["beyond-S2", "gaussian-d3"] },
        };

        [Fact]
        public void Lemma4_classifies_exactly() =>
            Table.Each(Lemma4Classes, (Lsz.GdCase x, string[] expected) => Assert.Equal(Set(expected), Lemma4.Classify(x).ToHashSet()));

        /// <summary>GD stops at the first n with cos θ(n) ≥ 0 (inclusive): from θ(0) = 2 a few steps; from an acute start one step, and
        /// all 150 with the half-space hypothesis weakened. B doubled overstates the contraction at once.</summary>
        [Fact]
        public void Lemma4_evaluation_walks_until_the_right_half_space()
        {
            var obtuse = Lemma4.Evaluate(Gd(1, 2, Constant(1)), Context.AsPrinted);
            Assert.Equal(Status.Holds, obtuse.Status);
            Assert.Contains("S_n⁻ = ", obtuse.Detail, StringComparison.Ordinal);
            var acute = Gd(1, 1, Constant(1));
            Assert.StartsWith("1 steps", Lemma4.Evaluate(acute, Context.AsPrinted).Detail, StringComparison.Ordinal);
            Assert.StartsWith("150 steps", Lemma4.Evaluate(acute, new Context(Weakened: "wrong-half-space")).Detail, StringComparison.Ordinal);
            var doubled = Lemma4.Evaluate(Gd(1, Math.PI - 0.5, Constant(0.1)), new Context(Variant: "B-doubled"));
            Assert.Equal(Status.Fails, doubled.Status);
            Assert.True(doubled.Violation > 0);
            Assert.StartsWith("n = 1: ", doubled.Detail, StringComparison.Ordinal);
        }

        /// <summary>
        /// On v (θ(0) = 0) at ‖w(0)‖ = 0.01, η = 1: w(1) = (a + ηg)v with g = E|vᵀx|/(1 + e^{a|vᵀx|}) ≈ 1/π for U(S¹), so condition (11)
        /// reads 2(a + g) ≥ (1 + δ)/π: it fails at n = 0 for δ = 4 (discarded, nothing checked) and holds on every step for δ = 1/2,
        /// where cos θ ≡ 1. B × 100 from θ(0) = 2 asks 1 − cos θ to shrink by e^{5.8} in one step.
        /// </summary>
        [Fact]
        public void Lemma5_evaluation_discards_holds_and_fails()
        {
            var vacuous = Gd(0.01, 0, Constant(1), delta: 4);
            var e0 = Lemma5.Evaluate(vacuous, Context.AsPrinted);
            Assert.Equal(Status.Discarded, e0.Status);
            Assert.StartsWith("(11) fails at n = 0", e0.Detail, StringComparison.Ordinal);
            Assert.Equal(Set("theta0-zero"), Lemma5.Classify(vacuous).ToHashSet());
            var all = Gd(0.01, 0, Constant(1), delta: 0.5);
            Assert.Equal(Set("theta0-zero"), Lemma5.Classify(all).ToHashSet());     // before the evaluation: no prefix is known
            var e1 = Lemma5.Evaluate(all, Context.AsPrinted);
            Assert.Equal(Status.Holds, e1.Status);
            Assert.StartsWith("(11) held for all 100 steps", e1.Detail, StringComparison.Ordinal);
            Assert.Equal(Set("theta0-zero", "condition-all-steps", "long-prefix"), Lemma5.Classify(all).ToHashSet());
            var wrong = Lemma5.Evaluate(Gd(1, 2, Constant(1)), new Context(Variant: "B-times-100"));
            Assert.Equal(Status.Fails, wrong.Status);
            Assert.StartsWith("n = 1: ", wrong.Detail, StringComparison.Ordinal);
            Assert.True(wrong.Violation > 5, $"violation {wrong.Violation}");
        }

        [Fact]
        public void Lemma5_classes_read_the_angle_and_the_law()
        {
            Assert.Equal(Set("wrong-half-space", "beyond-S2"), Lemma5.Classify(Gd(1, 2, Constant(1), Gauss3())).ToHashSet());
            Assert.Equal(Set(), Lemma5.Classify(new Lsz.GdCase(new Lsz.FlowCase(Circle(), [1, 0]), Constant(1))).ToHashSet());   // θ = π/2
            Assert.Equal(Set(), Lemma5.Classify(Gd(1, 1e-9, Constant(1), Sphere())).ToHashSet());               // near, not at, θ = 0
        }

        private static Lsz.GdCase Bounded(double[] w0, double etaPlus, Population? pop = null) =>
            new(new Lsz.FlowCase(pop ?? Circle(), w0), new Lsz.Schedule("bounded", etaPlus, 3, etaPlus / 4, etaPlus));

        public static TheoryData<Lsz.GdCase, string[]> Theorem2Classes => new()
        {
            { Bounded([1, 1], 1), [] },
            { Bounded([1, 0], 1), [] },                                        // θ = π/2 exactly: not the wrong half-space
            { Bounded([1, -1e-9], 1), ["wrong-half-space"] },
            { Bounded([0, 1], 1), ["theta0-zero"] },
            { Bounded([1, 1], 0.5), ["small-rates"] },
            { Bounded([1, 1], 0.5000001), [] },
            { Bounded([1, 1], 5), ["large-rates"] },
            { Bounded([1, 1], 4.999), [] },
            { Bounded([1, 1, 0], 1, Sphere()), ["d-at-least-3"] },
            { Bounded([1, 1], 1, new SphericalPopulation(new GaussianRadius(2), LszCases.V(2))), ["beyond-S2"] },
            { Bounded([1, 1, 0], 1, Gauss3()), ["beyond-S2", "d-at-least-3"] },
            { new(new Lsz.FlowCase(Circle(), [1, 1]), new("constant", 9, 0, 0, 5)), ["large-rates"] },   // η₊, not η₀
        };

        [Fact]
        public void Theorem2_classifies_exactly() =>
            Table.Each(Theorem2Classes, (Lsz.GdCase x, string[] expected) => Assert.Equal(Set(expected), Theorem2.Classify(x).ToHashSet()));

        /// <summary>
        /// A summable schedule η₀qⁿ (η₀ = 1, q = 1/2) moves w by at most E‖x‖·2 = 2 (U(S¹)); from ‖w(0)‖ = 100 every θ(n) ≥ θ(0) −
        /// arcsin(1/50), so the certified failure is 1 − cos(θ(0) − arcsin(0.02)), a closed form. With ‖w(0)‖ ≤ 2, or θ(0) below
        /// arcsin(0.02), there is no certificate.
        /// </summary>
        [Fact]
        public void Theorem2_summable_schedule_is_certified_or_inconclusive()
        {
            var half = new Lsz.Schedule("geometric", 1, 0.5);
            var th0 = LszCases.Angle(LszCases.Point(2, 100, 2.5), LszCases.V(2));
            var e = Theorem2.Evaluate(Gd(100, 2.5, half), Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1 - Math.Cos(th0 - Math.Asin(0.02)), e.Violation, 1e-14);
            Assert.Contains("Σ η_n = 2:", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Inconclusive, Theorem2.Evaluate(Gd(2, 2.5, half), Context.AsPrinted).Status);        // drift = ‖w(0)‖
            Assert.Equal(Status.Inconclusive, Theorem2.Evaluate(Gd(100, 0.015, half), Context.AsPrinted).Status);   // θ(0) < arcsin(0.02)
            Assert.Equal(Status.Fails, Theorem2.Evaluate(Gd(100, 0.021, half), Context.AsPrinted).Status);
            // the full-space E‖x‖ of N(0, I₃) is 2√(2/π) (the drift), not c₀
            var g = Theorem2.Evaluate(Gd(100, 2.5, half, Gauss3()), Context.AsPrinted);
            Assert.Equal(1 - Math.Cos(th0 - Math.Asin(2 * 2 * Math.Sqrt(2 / Math.PI) / 100)), g.Violation, 1e-12);
        }

        /// <summary>θ(0) = 0: n₀ = 0, the run stays on v and Eq. (12) holds trivially; condition (11) with δ = 1000 fails as soon as
        /// it is checked (right side ≈ 1001c₀η/π ≫ 2‖w‖). Rates of 10⁻⁶ from θ(0) = 2 never reach cos θ ≥ 0 in 800 steps.</summary>
        [Fact]
        public void Theorem2_evaluation_branches()
        {
            var axis = Bounded([0, 1], 1);
            var ok = Theorem2.Evaluate(axis, Context.AsPrinted);
            Assert.Equal(Status.Holds, ok.Status);
            Assert.StartsWith("n₀ = 0, n₁ = ", ok.Detail, StringComparison.Ordinal);
            var wrong = Theorem2.Evaluate(axis, new Context(Variant: "condition-delta-1000"));
            Assert.Equal(Status.Fails, wrong.Status);
            Assert.Contains("condition (11) with δ = 1 fails", wrong.Detail, StringComparison.Ordinal);
            Assert.True(wrong.Violation > 50, $"violation {wrong.Violation}");   // ≥ 1001·η₋/π − 2‖w‖ with η₋ = 1/4
            var stuck = Theorem2.Evaluate(Bounded(LszCases.Point(2, 1, 2), 1e-6), Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, stuck.Status);
            Assert.Equal("cos θ(n) < 0 for 800 steps", stuck.Detail);
        }

        /// <summary>n₀ is the first n with vᵀw(n) ≥ 0 and n₁ the first n ≥ n₀ with vᵀw(n) ≥ η₊c₀(1 + 1/π), read off the same GD run;
        /// the wrong variant takes c₀ as the full-space E‖x‖ (2√(2/π) for N(0, I₃) against c₀ = √(π/2)).</summary>
        [Fact]
        public void Theorem2_locates_n0_and_n1_on_the_run()
        {
            var cases = new (Lsz.GdCase X, string? Variant)[]
            {
                (Bounded([0, 1], 1), null), (Bounded(LszCases.Point(2, 1, 2), 1), null), (Bounded([0, 1, 0], 1, Gauss3()), null),
                (Bounded([0, 1, 0], 1, Gauss3()), "c0-full-norm"),
            };
            foreach (var (x, variant) in cases)
            {
                var pop = (SphericalPopulation)x.Start.Pop;
                var gd = GdRun.Run(pop, x.Start.W0, x.Schedule.Eta, 800);
                var n0 = gd.W.FindIndex(w => Vec.Dot(w, pop.V) >= 0);
                var c0 = variant is null ? pop.C0 : pop.Law.FullMeanNorm;
                var n1 = gd.W.FindIndex(n0, w => Vec.Dot(w, pop.V) >= x.Schedule.EtaPlus * c0 * (1 + 1 / Math.PI));
                var e = Theorem2.Evaluate(x, new Context(Variant: variant));
                Assert.Equal(Status.Holds, e.Status);
                Assert.StartsWith($"n₀ = {n0}, n₁ = {n1}; ", e.Detail, StringComparison.Ordinal);
            }
        }

        /// <summary>The violation is 1 − 10⁻³ − cos θ(400) (plus 1 if the loss rose in the last 100 steps), read off the same run: small
        /// steps (η = 0.01 from θ(0) = 2) leave θ far from 0; the strict variant's target 1 − 10⁻³⁰⁰ is 1 in double.</summary>
        [Fact]
        public void Remark3_violation_is_the_missing_alignment()
        {
            foreach (var (x, variant, target) in new (Lsz.GdCase, string?, double)[] { (Gd(1, 2, Constant(0.01)), null, 1 - 1e-3),
                (Gd(1, 2, Constant(32)), "demand-cos-one", 1) })
            {
                var gd = GdRun.Run(x.Start.Pop, x.Start.W0, x.Schedule.Eta, 400);
                var cos = Vec.Cos(gd.W[^1], x.Start.Pop.V);
                var e = Remark3.Evaluate(x, new Context(Variant: variant));
                Assert.Equal(Status.Fails, e.Status);
                Assert.Equal(Math.Max(0, target - cos), e.Violation);
                Assert.Contains($"cos θ(400) = {cos:R}", e.Detail, StringComparison.Ordinal);
            }
        }

        public static TheoryData<Lsz.GdCase, string[]> Remark3Classes => new()
        {
            // U(S¹): β = E‖x‖²/(4d) = 1/8, 2/β = 16, eta-far from 96
            { Gd(1, 1, Constant(96)), ["eta-far"] },
            { Gd(1, 1, Constant(96 * (1 - 1e-13))), ["eta-far"] },
            { Gd(1, 1, Constant(96 * (1 - 1e-11))), [] },
            { Gd(1, 1, Constant(95)), [] },
            { Gd(1, Math.PI / 2 + 1e-9, Constant(32)), ["theta0-obtuse"] },
            { Gd(1, Math.PI / 2 - 1e-9, Constant(32)), [] },
            // N(0, I₃): Σ = I, β = 1/4, 2/β = 8, eta-far from 48
            { Gd(1, 1, Constant(48), Gauss3()), ["beyond-S2", "gaussian-d3", "eta-far"] },
            { Gd(1, 1, Constant(47), Gauss3()), ["beyond-S2", "gaussian-d3"] },
            // 2.5·U(S¹): E‖x‖² = 6.25, β = 25/32, eta-far from 6·64/25 = 15.36
            { Gd(1, 1, Constant(15.36), new SphericalPopulation(new CircleRadius(2.5), LszCases.V(2))), ["beyond-S2", "eta-far"] },
            { Gd(1, 1, Constant(15.3), new SphericalPopulation(new CircleRadius(2.5), LszCases.V(2))), ["beyond-S2"] },
            // a law outside Assumption 1 is given β = 1/4
            { Gd(1, 1, Constant(48), new PointsPopulation([[1, 1], [-1, 0.5]], LszCases.V(2))), ["beyond-S2", "eta-far"] },
            { Gd(1, 1, Constant(47), new PointsPopulation([[1, 1], [-1, 0.5]], LszCases.V(2))), ["beyond-S2"] },
        };

        [Fact]
        public void Remark3_classifies_exactly() =>
            Table.Each(Remark3Classes, (Lsz.GdCase x, string[] expected) => Assert.Equal(Set(expected), Remark3.Classify(x).ToHashSet()));

        /// <summary>η = 32 = 2·2/β on U(S¹): aligned and the loss decreasing after 400 steps; asking cos θ(400) &gt; 1 − 10⁻³⁰⁰ (= 1 in
        /// double) fails by 1 − cos θ(400), which is below the 10⁻³ the claim accepts.</summary>
        [Fact]
        public void Remark3_evaluation_holds_and_fails_by_the_missing_alignment()
        {
            var x = Gd(1, 2, Constant(32));
            var ok = Remark3.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, ok.Status);
            Assert.Contains("decreasing over the last 100 steps: True", ok.Detail, StringComparison.Ordinal);
            var strict = Remark3.Evaluate(x, new Context(Variant: "demand-cos-one"));
            Assert.Equal(Status.Fails, strict.Status);
            Assert.InRange(strict.Violation, 0, 1e-3);
        }
    }
}
