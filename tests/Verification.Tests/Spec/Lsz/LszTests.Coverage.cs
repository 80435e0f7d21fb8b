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
    /// <summary>The shared coverage classes of Section 3 (Lsz.Cover, internal): their names and descriptions through the claims that declare
    /// them, and the population, angle and norm classifiers through Eq. (4), whose Classify is Cover.Point(x, 0.1, 10) alone.</summary>
    public sealed class CoverOracles
    {
        private static readonly Lsz.Equation2 Eq2 = (Lsz.Equation2)ClaimAssert.Get("LSZ.Eq2");
        private static readonly Lsz.Equation4 Eq4 = (Lsz.Equation4)ClaimAssert.Get("LSZ.Eq4");
        private static readonly Lsz.Lemma2 L2 = (Lsz.Lemma2)ClaimAssert.Get("LSZ.Lemma2");
        private static readonly Lsz.Proposition3 P3 = (Lsz.Proposition3)ClaimAssert.Get("LSZ.Prop3");

        [Fact]
        public void Builders_name_and_describe_each_class()
        {
            var byName = Eq2.Coverage.ToDictionary(k => k.Name);
            Assert.Equal(["beyond-S2", "gaussian-d3", "theta-near-0", "theta-near-pi", "norm-small", "norm-large"], Eq2.Coverage.Select(k => k.Name));
            Assert.Equal("a law other than U(S¹), U(S²)", byName["beyond-S2"].Description);
            Assert.Equal("N(0, s²I_d) with d ≥ 3, or a mixture of such Gaussians", byName["gaussian-d3"].Description);
            Assert.Equal("0 < θ < 10⁻⁴", byName["theta-near-0"].Description);
            Assert.Equal("π − 10⁻⁴ < θ < π", byName["theta-near-pi"].Description);
            Assert.Equal("‖w‖ < 0.1", byName["norm-small"].Description);
            Assert.Equal("‖w‖ ≥ 10", byName["norm-large"].Description);
            // the source and share are the claim's own
            Assert.Equal((0.3, 0.05, 0.03, 0.03, 0.05, 0.05), (byName["beyond-S2"].RequiredShare, byName["gaussian-d3"].RequiredShare,
                byName["theta-near-0"].RequiredShare, byName["theta-near-pi"].RequiredShare, byName["norm-small"].RequiredShare,
                byName["norm-large"].RequiredShare));
            Assert.StartsWith("Section 3, Eq. (2): differentiation under the integral", byName["beyond-S2"].Source, StringComparison.Ordinal);
            Assert.Equal("Section 3, Eq. (2): the gradient at every w ∈ R^d, in the saturated regime of σ", byName["norm-large"].Source);
            // thresholds in G3: 10⁻² and 10²
            Assert.Equal("‖w‖ < 0.01", P3.Coverage.Single(k => k.Name == "norm-small").Description);
            Assert.Equal("‖w‖ ≥ 100", L2.Coverage.Single(k => k.Name == "norm-large").Description);
        }

        public static TheoryData<Population, string[]> Populations => new()
        {
            { Circle(), [] },
            { new SphericalPopulation(new CircleRadius(), V(2), MarginLoss.Exponential), [] },        // the loss does not enter
            { Sym(new SphereProjectionRadius(3)), [] },
            { Sym(new CircleRadius(2.5)), ["beyond-S2"] },
            { Sym(new SphereProjectionRadius(3, 2)), ["beyond-S2"] },
            { Sym(new SphereProjectionRadius(6)), ["beyond-S2"] },                                   // d ≥ 3 but no Gaussian
            { Sym(new GaussianRadius(2)), ["beyond-S2"] },                                           // a Gaussian with d = 2
            { Sym(new GaussianRadius(3)), ["beyond-S2", "gaussian-d3"] },
            { Sym(new GaussianRadius(10, 2)), ["beyond-S2", "gaussian-d3"] },
            { Sym(new RadialMixture([(3, new GaussianRadius(3, 0.5)), (1, new GaussianRadius(3, 2))])), ["beyond-S2", "gaussian-d3"] },
            { Sym(new RadialMixture([(1, new GaussianRadius(3)), (1, new SphereProjectionRadius(3))])), ["beyond-S2"] },
            { Sym(new RadialMixture([(1, new SphereProjectionRadius(3)), (1, new GaussianRadius(3))])), ["beyond-S2"] },
            { new PlanarPopulation(new GaussianRadius(2), new[,] { { 1.0, 0 }, { 0, 1 } }, V(2)), ["beyond-S2"] },
            { new PointsPopulation([[1, 0.2], [-0.5, 1]], V(2)), ["beyond-S2"] },
        };

        [Fact]
        public void Population_classes_exactly() =>
            Table.Each(Populations, (Population p, string[] expected) =>
            {
                var w = new double[p.Dimension];
                w[0] = 1;                                                                   // θ = π/2, ‖w‖ = 1: no angle or norm class
                Assert.Equal(Set(expected), Eq4.Classify(new(p, w)).ToHashSet());
            });

        public static TheoryData<double[], string[]> Points => new()
        {
            { [0, 1], ["theta-zero"] },
            { [0, -1], ["theta-pi", "theta-obtuse"] },
            { [1, 0], [] },                                                                 // θ = π/2 exactly
            { Point(2, 1, Math.PI / 2 + 1e-9), ["theta-obtuse"] },
            { Point(2, 1, 0.99e-4), ["theta-near-0"] },
            { Point(2, 1, 1.01e-4), [] },
            { Point(2, 1, Math.PI - 0.99e-4), ["theta-near-pi", "theta-obtuse"] },
            { Point(2, 1, Math.PI - 1.01e-4), ["theta-obtuse"] },
            { [1e-10, 1],  ["theta-near-0"] },                                              // θ > 0 however small
            { [1e-10, -1],  ["theta-near-pi", "theta-obtuse"] },
            { [0.0999, 0], ["norm-small"] },
            { [0.1, 0], [] },                                                               // ‖w‖ < 0.1 strictly
            { [10, 0], ["norm-large"] },                                                    // ‖w‖ ≥ 10 at equality
            { [9.99, 0], [] },
            { [0, 0], ["theta-zero", "norm-small"] },                                       // atan2(0, 0) = 0
            { [0, -20], ["theta-pi", "theta-obtuse", "norm-large"] },
        };

        [Fact]
        public void Angle_and_norm_classes_exactly() =>
            Table.Each(Points, (double[] w, string[] expected) => Assert.Equal(Set(expected), Eq4.Classify(new(Circle(), w)).ToHashSet()));
    }
}
