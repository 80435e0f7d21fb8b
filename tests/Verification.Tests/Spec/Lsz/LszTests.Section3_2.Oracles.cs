using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.2: exact class sets of Propositions 1-3, Eq. (21) and Remark 2 at each threshold, and each branch of their
    /// evaluations on laws with closed forms (U(S¹): E|x₂| = 2/π, Σ = I/2, ℓ''(0) = 1/4; two atoms ±e₃).</summary>
    public sealed class Section3_2Oracles
    {
        private static readonly Lsz.Proposition1 P1 = (Lsz.Proposition1)ClaimAssert.Get("LSZ.Prop1");
        private static readonly Lsz.Proposition2 P2 = (Lsz.Proposition2)ClaimAssert.Get("LSZ.Prop2");
        private static readonly Lsz.Proposition3 P3 = (Lsz.Proposition3)ClaimAssert.Get("LSZ.Prop3");
        private static readonly Lsz.Proposition3Corrected P3c = (Lsz.Proposition3Corrected)P3.Corrected;
        private static readonly Lsz.Equation21 Eq21 = (Lsz.Equation21)ClaimAssert.Get("LSZ.Eq21");
        private static readonly Lsz.Remark2 R2 = (Lsz.Remark2)ClaimAssert.Get("LSZ.Remark2");

        private static readonly PlanarPopulation Ellipse = new(new CircleRadius(), new[,] { { 2.0, 0 }, { 0, 1 } }, V(2));
        private static readonly PlanarPopulation Tilted = new(new CircleRadius(), new[,] { { 2 * Math.Cos(0.5), -Math.Sin(0.5) }, { 2 * Math.Sin(0.5),
            Math.Cos(0.5) } }, V(2));
        private static readonly PointsPopulation OnHyperplane = new([[1, 0], [-1, 0], [2, 0], [-2, 0]], V(2));
        // c₀ is the mean norm of the marginal on e₁, e₂: 0 here, while ‖∇L(0)‖ = ‖E y x‖/2 = 1/2
        private static readonly PointsPopulation Poles = new([[0, 0, 1], [0, 0, -1]], [0, 0, 1]);

        private static Lsz.PointCase At(Population p, params double[] w) => new(p, w);

        public static TheoryData<Lsz.PointPartCase, string[]> Proposition1Classes => new()
        {
            { new(At(Circle(), 1, 0), 0), ["part-lipschitz"] },
            { new(At(Sym(new SphereProjectionRadius(3)), 1, 0, 0), 2), ["d-at-least-3", "part-not-strongly-convex"] },
            { new(At(Sym(new GaussianRadius(2)), 1, 0), 1), ["gaussian", "beyond-S2", "part-smooth"] },
            { new(At(Sym(new GaussianRadius(3)), 1, 0, 0), 0), ["gaussian", "beyond-S2", "d-at-least-3", "part-lipschitz"] },
            { new(At(new PlanarPopulation(new GaussianRadius(2), new[,] { { 1.0, 0 }, { 0, 1 } }, V(2)), 1, 0), 0), ["gaussian", "beyond-S2",
                "part-lipschitz"] },
            { new(At(new PlanarPopulation(new GaussianRadius(2), new[,] { { 2.0, 0 }, { 0, 1 } }, V(2)), 1, 0), 0), ["gaussian", "non-symmetric",
                "beyond-S2", "part-lipschitz"] },
            { new(At(Ellipse, 1, 0), 1), ["non-symmetric", "beyond-S2", "part-smooth"] },
            { new(At(OnHyperplane, 1, 0), 2), ["non-symmetric", "beyond-S2", "part-not-strongly-convex"] },
            // a Gaussian mixture is no Gaussian, a circle of radius 2.5 is beyond U(S¹)
            { new(At(Sym(new RadialMixture([(1, new GaussianRadius(3)), (1, new GaussianRadius(3, 2))])), 1, 0, 0), 0), ["d-at-least-3", "beyond-S2",
                "part-lipschitz"] },
            { new(At(Sym(new CircleRadius(2.5)), 1, 0), 0), ["beyond-S2", "part-lipschitz"] },
        };

        [Fact]
        public void Proposition1_classifies_exactly() =>
            Table.Each(Proposition1Classes, (Lsz.PointPartCase x, string[] expected) => Assert.Equal(Set(expected), P1.Classify(x).ToHashSet()));

        [Fact]
        public void Proposition1_smoothness_at_zero_is_an_eighth()
        {
            // U(S¹) at w = 0: ∇²L = ℓ''(0)·E xxᵀ = (1/4)(I/2) = I/8, equal to λ_max(Σ)/4 = 1/8; the variant's 1/16 is exceeded by 1/16
            var x = new Lsz.PointPartCase(At(Circle(), 0, 0), 1);
            Assert.Equal(Status.Holds, P1.Evaluate(x, Context.AsPrinted).Status);
            var eighth = P1.Evaluate(x, new Context(Variant: "smooth-over-8"));
            Assert.Equal(Status.Fails, eighth.Status);
            Assert.Equal(1.0 / 16, eighth.Violation, 1e-9);                                 // Hessian quadrature error ≤ 1e−12
            // ‖∇L(0)‖ = E|x₂|/2 = 1/π ≤ c = 1, and λ_min(∇²L(10³ v)) is below 10⁻⁶ λ_max(Σ)
            Assert.Equal(Status.Holds, P1.Evaluate(new(At(Circle(), 0, 0), 0), Context.AsPrinted).Status);
            Assert.Equal(Status.Holds, P1.Evaluate(new(At(Circle(), 1, 0), 2), Context.AsPrinted).Status);
        }

        [Fact]
        public void Proposition1_smoothness_constant_of_each_kind_of_law()
        {
            // at w = 0 the Hessian is ℓ''(0)Σ = Σ/4, exactly the bound λ_max(Σ)/4; the variant's λ_max(Σ)/8 is exceeded by λ_max(Σ)/8.
            // Atoms (2, 1), (0, 1): Σ = [[2, 1], [1, 1]], λ_max = (3 + √5)/2 (exact sums); with U(S¹) half and half: Σ = [[5/4, 1/2],
            // [1/2, 3/4]], λ_max = 1 + √(5/16); U(S¹) under M = diag(2, 1): Σ = diag(2, 1/2) (quadrature errors ≤ 1e−12)
            var atoms = new PointsPopulation([[2, 1], [0, 1]], V(2));
            var rows = new (Population Pop, double Lambda)[]
            {
                (atoms, (3 + Math.Sqrt(5)) / 2),
                (new MixturePopulation([(1, Circle()), (1, atoms)]), 1 + Math.Sqrt(5.0 / 16)),
                (Ellipse, 2),
            };
            foreach (var (pop, lambda) in rows)
            {
                var x = new Lsz.PointPartCase(At(pop, 0, 0), 1);
                Assert.Equal(Status.Holds, P1.Evaluate(x, Context.AsPrinted).Status);
                var e = P1.Evaluate(x, new Context(Variant: "smooth-over-8"));
                Assert.Equal(Status.Fails, e.Status);
                Assert.Equal(lambda / 8, e.Violation, 1e-9);
            }
            // the exponential loss at w = −3v on the atoms: ∇L = −e³ E x = −e³(1, 1) against c = E‖x‖ = (√5 + 1)/2
            var exp = new PointsPopulation([[2, 1], [0, 1]], V(2), loss: MarginLoss.Exponential);
            var lip = P1.Evaluate(new(At(exp, 0, -3), 0), new Context(Weakened: "logistic-loss"));
            Assert.Equal(Status.Fails, lip.Status);
            Assert.Equal(Math.Exp(3) * Math.Sqrt(2) - (Math.Sqrt(5) + 1) / 2, lip.Violation, 1e-9);
        }

        [Fact]
        public void Proposition1_rejects_the_exponential_loss()
        {
            // e^(−z) at w = −3v: ‖∇L‖ = E|x₂|e^{3|x₂|} > 2/π·e^0 ... > 1 = c
            var exp = new SphericalPopulation(new CircleRadius(), V(2), MarginLoss.Exponential);
            var e = P1.Evaluate(new(At(exp, 0, -3), 0), new Context(Weakened: "logistic-loss"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.True(e.Violation > 1, e.Detail);
        }

        public static TheoryData<Lsz.PointPartStepCase, string[]> Proposition2Classes => new()
        {
            { new(At(Circle(), 0, 1), 0, 1), ["part-i", "theta-zero"] },
            { new(At(Circle(), 0, 1), 0, 0.01), ["part-i", "theta-zero"] },                  // η matters only for part (iv)
            { new(At(Circle(), 0, 1), 0, 100), ["part-i", "theta-zero"] },
            { new(At(Circle(), 0, 1), 1, 0.1), ["part-iv", "theta-zero"] },                  // η < 0.1 strictly
            { new(At(Circle(), 0, 1), 1, 0.0999), ["part-iv", "theta-zero", "eta-small"] },
            { new(At(Circle(), 0, 1), 1, 10), ["part-iv", "theta-zero", "eta-large"] },      // η ≥ 10 at equality
            { new(At(Circle(), 0, 1), 1, 9.99), ["part-iv", "theta-zero"] },
            { new(At(Circle(), 1, 0), 0, 1), ["part-i"] },
            { new(At(Circle(), 0, -10), 0, 1), ["part-i", "theta-pi", "theta-obtuse", "norm-large"] },
            { new(At(Circle(), 0.0999, 0), 0, 1), ["part-i", "norm-small"] },
            { new(At(Circle(), Math.Sin(Math.PI - 5e-5), Math.Cos(Math.PI - 5e-5)), 0, 1), ["part-i", "theta-near-pi", "theta-obtuse"] },
            { new(At(Circle(), 5e-5, 1), 0, 1), ["part-i", "theta-near-0"] },
            { new(At(Circle(), 2e-4, 1), 0, 1), ["part-i"] },
            { new(At(Sym(new GaussianRadius(3)), 1, 0, 0), 0, 1), ["part-i", "beyond-S2", "gaussian-d3"] },
        };

        [Fact]
        public void Proposition2_classifies_exactly() =>
            Table.Each(Proposition2Classes, (Lsz.PointPartStepCase x, string[] expected) => Assert.Equal(Set(expected), P2.Classify(x).ToHashSet()));

        [Fact]
        public void Proposition2_part_i_reports_each_branch()
        {
            // U(S¹), w = 0: vᵀ∇L(0) = −E|x₂|/2 = −1/π (quadrature error ≤ 1e−12)
            var x = new Lsz.PointPartStepCase(At(Circle(), 0, 0), 0, 1);
            var holds = P2.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.StartsWith("vᵀ∇L(w) = -0.3183098861", holds.Detail, StringComparison.Ordinal);
            var positive = P2.Evaluate(x, new Context(Variant: "claims-positive"));
            Assert.Equal(Status.Fails, positive.Status);
            Assert.Equal(1 / Math.PI, positive.Violation, 1e-9);
            // all mass on vᵀx = 0: vᵀ∇L ≡ 0 exactly; a point set fails, any other law is left inconclusive
            var flat = P2.Evaluate(new(At(OnHyperplane, 1, 1), 0, 1), new Context(Weakened: "not-all-mass-on-hyperplane"));
            Assert.Equal(Status.Fails, flat.Status);
            Assert.Equal(1e-300, flat.Violation);
            var mix = new MixturePopulation([(1, OnHyperplane), (1, new PointsPopulation([[3, 0], [-3, 0]], V(2)))]);
            Assert.Equal(Status.Inconclusive, P2.Evaluate(new(At(mix, 1, 1), 0, 1), Context.AsPrinted).Status);
        }

        [Fact]
        public void Proposition2_part_iv_reports_each_branch()
        {
            // GD from w = 0 with η = 1: the first step adds −η vᵀ∇L(0) = 1/π to vᵀw
            var x = new Lsz.PointPartStepCase(At(Circle(), 0, 0), 1, 1);
            var holds = P2.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.StartsWith("GD η = 1: vᵀw(n) increased over 12 steps", holds.Detail, StringComparison.Ordinal);
            var positive = P2.Evaluate(x, new Context(Variant: "claims-positive"));
            Assert.Equal(Status.Fails, positive.Status);
            Assert.Equal(1 / Math.PI, positive.Violation, 1e-9);
            Assert.StartsWith("GD η = 1: vᵀw(1) − vᵀw(0) = ", positive.Detail, StringComparison.Ordinal);
            var flat = P2.Evaluate(new(At(OnHyperplane, 1, 1), 1, 1), Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, flat.Status);
            Assert.StartsWith("GD η = 1: the increase at step 0 is 0", flat.Detail, StringComparison.Ordinal);
        }

        public static TheoryData<Lsz.PointPartCase, string[]> Proposition3Classes => new()
        {
            { new(At(Circle(), 0, 0.00999), 0), ["part-i", "norm-small"] },
            { new(At(Circle(), 0, 0.01), 0), ["part-i"] },                                    // ‖w‖ < 10⁻² strictly
            { new(At(Circle(), 0, 10), 0), ["part-i", "norm-large"] },
            { new(At(Circle(), 0, -9.99), 0), ["part-i"] },                                   // no angle classes for part (i)
            { new(At(Circle(), 0, 0), 1), ["part-ii", "a-zero"] },
            { new(At(Circle(), 5, 0), 1), ["part-ii", "a-zero"] },                            // a = vᵀw
            { new(At(Circle(), 0, 0.0999), 1), ["part-ii", "a-small"] },
            { new(At(Circle(), 0, 0.1), 1), ["part-ii"] },
            { new(At(Circle(), 0, -0.05), 1), ["part-ii", "a-small", "a-negative"] },
            { new(At(Circle(), 0, -10), 1), ["part-ii", "a-negative", "a-large"] },
            { new(At(Circle(), 0, 10), 1), ["part-ii", "a-large"] },
            { new(At(Circle(), 0, 9.99), 1), ["part-ii"] },
            { new(At(Sym(new GaussianRadius(3)), 0, 1, 0), 0), ["part-i", "beyond-S2", "gaussian-d3"] },
            { new(At(Sym(new RadialMixture([(1, new GaussianRadius(3)), (1, new SphereProjectionRadius(3))])), 0, 1, 0), 1), ["part-ii",
                "beyond-S2"] },
        };

        [Fact]
        public void Proposition3_classifies_exactly_as_printed_and_corrected() =>
            Table.Each(Proposition3Classes, (Lsz.PointPartCase x, string[] expected) =>
            {
                Assert.Equal(Set(expected), P3.Classify(x).ToHashSet());
                Assert.Equal(Set(expected), P3c.Classify(x).ToHashSet());
            });

        [Fact]
        public void Proposition3_part_i_compares_with_the_marginal_c0()
        {
            var zero = new Lsz.PointPartCase(At(Circle(), 0, 0), 0);
            Assert.Equal(Status.Holds, P3.Evaluate(zero, Context.AsPrinted).Status);
            // ‖∇L(0)‖ = 1/π ≤ c₀/2 = 1/2 too
            Assert.Equal(Status.Holds, P3.Evaluate(zero, new Context(Variant: "bound-c0-over-2")).Status);
            Assert.Equal(Status.Holds, P3c.Evaluate(zero, new Context(Variant: "bound-c0-over-2")).Status);
            // ±e₃ with v = e₃: c₀ = 0 < ‖∇L(0)‖ = 1/2 (points: exact sums)
            var poles = new Lsz.PointPartCase(At(Poles, 0, 0, 0), 0);
            foreach (var claim in new PropertyClaim<Lsz.PointPartCase>[] { P3, P3c })
                foreach (var ctx in new[] { new Context(Weakened: "spherical-symmetry"), new Context(Variant: "bound-c0-over-2") })
                {
                    var e = claim.Evaluate(poles, ctx);
                    Assert.Equal(Status.Fails, e.Status);
                    Assert.Equal(0.5, e.Violation, 1e-12);
                }
        }

        [Fact]
        public void Proposition3_part_ii_sign_decides()
        {
            // U(S¹), w = 0: ∇L(0) = −(1/π) v; the printed E|t|/(1 + e^{|t|}) v points the other way, the correction −E|t|/2 v = ∇L(0)
            var x = new Lsz.PointPartCase(At(Circle(), 0, 0), 1);
            var printed = P3.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, printed.Status);
            // E|cos φ|/(1 + e^{|cos φ|}) = (2/π)∫₀^{π/2} cos φ/(1 + e^{cos φ}) dφ by Simpson on 2000 panels (error ~1e−14)
            const int n = 2000;
            double s = 0, hh = Math.PI / 2 / n;
            for (var i = 0; i <= n; i++) s += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * Math.Cos(i * hh) / (1 + Math.Exp(Math.Cos(i * hh)));
            Assert.Equal(1 / Math.PI + 2 / Math.PI * s * hh / 3, printed.Violation, 1e-9);
            Assert.Equal(Status.Holds, P3c.Evaluate(x, Context.AsPrinted).Status);
            Assert.Equal(Status.Holds, P3c.Evaluate(new(At(Circle(), 0, -2), 1), Context.AsPrinted).Status);
        }

        public static TheoryData<Lsz.PopulationAlphaCase, string[]> Equation21Classes => new()
        {
            { new(Circle(), 0), ["alpha-zero"] },
            { new(Circle(), -0.5), ["alpha-negative"] },
            { new(Circle(), 2), ["alpha-large"] },                                            // |α| ≥ 2 at equality
            { new(Circle(), 1.99), [] },
            { new(Circle(), -2), ["alpha-negative", "alpha-large"] },
            { new(Sym(new GaussianRadius(3)), 1), ["beyond-S2", "gaussian-d3"] },
            { new(Sym(new GaussianRadius(2)), 1), ["beyond-S2"] },                           // d = 2
            { new(Sym(new RadialMixture([(3, new GaussianRadius(3, 0.5)), (1, new GaussianRadius(3, 2))])), 1), ["beyond-S2", "gaussian-d3"] },
            { new(Sym(new SphereProjectionRadius(3)), 1), [] },
            { new(Sym(new SphereProjectionRadius(3, 2)), 1), ["beyond-S2"] },
            { new(Ellipse, 1), ["beyond-S2"] },
        };

        [Fact]
        public void Equation21_classifies_exactly() =>
            Table.Each(Equation21Classes, (Lsz.PopulationAlphaCase x, string[] expected) => Assert.Equal(Set(expected), Eq21.Classify(x).ToHashSet()));

        [Fact]
        public void Equation21_limit_is_c0_over_pi()
        {
            // U(S¹): −vᵀ∇L(βz) → 1/π; the variant's target 1/(2π) is missed by 1/(2π) (observed O(1/β) at β = 10⁵)
            var x = new Lsz.PopulationAlphaCase(Circle(), 0);
            Assert.Equal(Status.Holds, Eq21.Evaluate(x, Context.AsPrinted).Status);
            var half = Eq21.Evaluate(x, new Context(Variant: "c0-over-2pi"));
            Assert.Equal(Status.Fails, half.Status);
            Assert.Equal(1 / (2 * Math.PI), half.Violation, 1e-4);
        }

        public static TheoryData<Lsz.ParallelStartCase, string[]> Remark2Classes => new()
        {
            { new(Circle(), 0), ["w-zero"] },
            { new(Circle(), 1), [] },
            { new(Circle(), -1), ["antiparallel"] },
            { new(Circle(), 5), ["a-large"] },                                                // |a| ≥ 5 at equality
            { new(Circle(), 4.99), [] },
            { new(Circle(), -5), ["antiparallel", "a-large"] },
            { new(Sym(new CircleRadius(2.5)), 1), ["beyond-S2"] },
            { new(Sym(new GaussianRadius(3)), 1), ["beyond-S2", "gaussian-d3"] },
        };

        [Fact]
        public void Remark2_classifies_exactly() =>
            Table.Each(Remark2Classes, (Lsz.ParallelStartCase x, string[] expected) => Assert.Equal(Set(expected), R2.Classify(x).ToHashSet()));

        [Fact]
        public void Remark2_evaluation_reports_each_branch()
        {
            Assert.Equal(Status.Holds, R2.Evaluate(new(Circle(), 0), Context.AsPrinted).Status);
            Assert.Equal(Status.Holds, R2.Evaluate(new(Circle(), -1), Context.AsPrinted).Status);
            // w(0) = v + 10⁻³e₁: ∇L has a component ⊥ v, about (c₀/π)·10⁻³ by Lemma 2
            var tilted = R2.Evaluate(new(Circle(), 1), new Context(Variant: "tilted-start"));
            Assert.Equal(Status.Fails, tilted.Status);
            Assert.InRange(tilted.Violation, 1e-6, 1e-2);
            Assert.StartsWith("‖(I − vvᵀ)∇L(av)‖ = ", tilted.Detail, StringComparison.Ordinal);
            // an ellipse tilted against v: ∇L(v) leaves the line of v
            var e = R2.Evaluate(new(Tilted, 1), new Context(Weakened: "spherical-symmetry"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.True(e.Violation > 1e-3, e.Detail);
        }
    }
}
