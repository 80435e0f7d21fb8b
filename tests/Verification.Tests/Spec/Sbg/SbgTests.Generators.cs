using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>The shared generators of spec/Sbg/Sbg.Generators.cs: the clustered-network hypotheses and the weakened and fixed settings.</summary>
    public sealed class Generators
    {
        private static readonly Sbg.Theorem5_1 Theorem = new();

        private static Rational[] P(int a, int b) => [a, b];

        /// <summary>k = 4 in R²: w-neurons around (10, 0), u-neurons around (0, 0), r = 2, x = (1, 0): |(w̄ − ū)·x| = 10 ≥ 2r‖x‖ = 4.</summary>
        private static ClusteredCase Case(Rational[][] w, Rational[][] u, Rational[]? wCentre = null, Rational[]? uCentre = null,
            Rational? alpha = null, Rational? v = null) =>
            new(new LeakyReluNetwork<Rational>(w, u, v ?? 1, alpha ?? new Rational(1, 2)), wCentre ?? P(10, 0), uCentre ?? P(0, 0), 2, P(1, 0));

        private static readonly Rational[][] WIn = [P(10, 0), P(10, 0), P(9, 0), P(11, 0)];
        private static readonly Rational[][] UIn = [P(0, 1), P(0, -1), P(0, 2), P(0, -2)];

        [Fact]
        public void Clustered_hypotheses_accept_the_closed_ball_and_reject_each_violation()
        {
            Assert.True(Sbg.Theorem5_1.HypothesesHold(Case(WIn, UIn))); // (0, ±2) on the sphere of radius r: allowed
            Assert.False(Sbg.Theorem5_1.HypothesesHold(Case(WIn, UIn, alpha: 0)));
            Assert.False(Sbg.Theorem5_1.HypothesesHold(Case(WIn, UIn, v: 0)));
            // one neuron of a type outside the ball, the others inside (the means unchanged)
            Assert.False(Sbg.Theorem5_1.HypothesesHold(Case([P(10, 0), P(10, 0), P(7, 0), P(13, 0)], UIn)));
            Assert.False(Sbg.Theorem5_1.HypothesesHold(Case(WIn, [P(0, 0), P(0, 0), P(0, 3), P(0, -3)])));
            // a centre that is not the mean in one coordinate (every neuron still within r of it, x still in the region)
            Assert.False(Sbg.Theorem5_1.HypothesesHold(Case(WIn, UIn, wCentre: P(10, 1))));
            Assert.False(Sbg.Theorem5_1.HypothesesHold(Case(WIn, [P(0, 1), P(0, -1), P(0, 1), P(0, -1)], uCentre: P(0, 1))));
        }

        [Fact]
        public void Radius_weakening_keeps_the_neurons_within_4r_of_the_means()
        {
            var ctx = new Context(Weakened: "radius");
            var beyond = 0;
            foreach (var x in GeneratedCases.Of(Theorem, 200, ctx: ctx))
            {
                var r2 = x.R * x.R;
                var d2 = x.Net.W.Select(w => Vec.NormSquared<Rational>(Vec.Sub(w, x.WCentre)))
                    .Concat(x.Net.U.Select(u => Vec.NormSquared<Rational>(Vec.Sub(u, x.UCentre)))).ToList();
                Assert.All(d2, q => Assert.True(q <= 16 * r2, $"a neuron beyond 4r: {x}"));
                if (d2.Any(q => q > r2)) beyond++;
            }
            Assert.True(beyond > 0, "the weakening never left the ball of radius r");
        }

        [Fact]
        public void A_fixed_alpha_is_used_by_every_case()
        {
            var alpha = new Rational(1, 3);
            var ctx = new Context(ConstantValues: new Dictionary<string, Rational> { ["alpha"] = alpha });
            Assert.All(GeneratedCases.Of(Theorem, 50, ctx: ctx), x => Assert.Equal(alpha, x.Net.Alpha));
        }

        [Fact]
        public void Sharp_constant_variant_puts_some_points_inside_the_printed_region_boundary()
        {
            // the sharp constant is below 1, so its region reaches points with |(w̄ − ū)·x| < 2r‖x‖
            var ctx = new Context(Variant: "sharp-constant");
            Assert.Contains(GeneratedCases.Of(Theorem, 200, ctx: ctx), x =>
            {
                var ax = Vec.Dot<Rational>(x.A, x.X);
                return x.R.Sign > 0 && ax * ax < 4 * x.R * x.R * Vec.NormSquared<Rational>(x.X);
            });
        }
    }
}
