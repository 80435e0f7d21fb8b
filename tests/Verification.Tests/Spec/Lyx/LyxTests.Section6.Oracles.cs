using Verification.Arithmetic;
using Verification.Experiments.Lyx;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 6: the Kelvin-image claim's exact class sets and evaluation branches, the experiments' classifiers, Table 1's
    /// bootstrap interval and the MNIST per-run criterion (never the MNIST training).</summary>
    public sealed class Section6Oracles
    {

        private static HashSet<string> Set(params string[] names) => [.. names];

        private static Lyx.KelvinCase K(Rational[] w, Rational[] u, Rational[] x, Rational? b = null) => new([w], [u], b ?? Rational.Zero, x);

        public static TheoryData<Lyx.KelvinCase, string[]> KelvinClasses => new()
        {
            { K(V(1, 0), V(0, 0), V(1, 0)), ["on-the-curve", "rho-capped", "unit-norm"] },    // f(x) = f(x̃) = 1, |x| = 1
            { K(V(1, 0), V(0, 0), V(2, 0)), ["rho-capped"] },                                 // f(x̃) = 1 exactly, f(x) = 2
            { K([Q(99, 100), 0], V(0, 0), V(2, 0)), [] },                                    // f(x̃) = 99/100
            { K([Q(1, 2), 0], V(0, 0), V(2, 0)), ["on-the-curve"] },                          // f(x) = 1, f(x̃) = 1/2
            { K(V(0, 0), V(1, 0), [Q(6, 5), Q(8, 5)]), ["rho-zero"] },                        // |x| = 2, f(x̃) = −3/5
            { K(V(0, 1), V(0, 0), V(1, 0)), ["rho-zero", "unit-norm"] },                      // f(x̃) = 0
            { K([Q(1, 100), 0], V(0, 0), V(1, 0)), ["unit-norm"] },                           // f(x̃) = 1/100 > 0
            { K(V(1, 0), V(0, 0), V(1, 1)), ["on-the-curve"] },                               // |x| = √2: no ρ classes
            { K(V(1, 0), V(0, 0), V(2, 0), Q(1, 2)), [] },                                    // bias: f(x̃) = 1/2, f(x) = 3/2
        };

        [Fact]
        public void Kelvin_classifies_exactly() =>
            Table.Each(KelvinClasses, (Lyx.KelvinCase x, string[] expected) => Assert.Equal(Set(expected), Kelvin.Classify(x).ToHashSet()));

        [Fact]
        public void Kelvin_evaluation_compares_zero_loss_with_the_kelvin_image()
        {
            // w = (1, 0), x = (2, 0): r = 1/2, x̃ = (1, 0), f(x̃) = 1 = r f(x), ρ = 1 ≥ |x*| = 1/2 and l = 0
            var x = K(V(1, 0), V(0, 0), V(2, 0));
            var zero = Kelvin.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, zero.Status);
            Assert.Equal("l = 0, ρ(θ) = 1, |x*| = 1/2", zero.Detail);
            // w = (1/4, 0): l = 1/2 and ρ = 1/4 < 1/2
            var positive = Kelvin.Evaluate(K([Q(1, 4), 0], V(0, 0), V(2, 0)), Context.AsPrinted);
            Assert.Equal(Status.Holds, positive.Status);
            Assert.Equal("l = 1/2, ρ(θ) = 1/4, |x*| = 1/2", positive.Detail);
            // ρ = 0 at l = 1 + 2 (u = (1, 0))
            Assert.Equal("l = 3, ρ(θ) = 0, |x*| = 1/2", Kelvin.Evaluate(K(V(0, 0), V(1, 0), V(2, 0)), Context.AsPrinted).Detail);
            var wrong = Kelvin.Evaluate(x, new Context(Variant: "norm-instead-of-kelvin"));
            Assert.Equal(Status.Fails, wrong.Status);
            Assert.Equal(1, wrong.Violation);
            Assert.Equal("l = 0, ρ(θ) = 1, |x*| = 2", wrong.Detail);
        }

        [Fact]
        public void Kelvin_evaluation_outside_each_hypothesis()
        {
            // b = 1/2: f(x̃) = 1/2 but r f(x) = 3/4 (not homogeneous); the violation is the gap's size
            var biased = Kelvin.Evaluate(K(V(1, 0), V(0, 0), V(2, 0), Q(1, 2)), Context.AsPrinted);
            Assert.Equal(Status.Fails, biased.Status);
            Assert.Equal(0.25, biased.Violation);
            Assert.Equal("f̃(W, x̃) = 1/2 ≠ r f̃(W, x) = 3/4", biased.Detail);
            // |x| = 1/2 < 1: l = 0 (f = 1) but the cap gives ρ = 1 < |x*| = 2
            var small = Kelvin.Evaluate(K(V(2, 0), V(0, 0), [Q(1, 2), 0]), Context.AsPrinted);
            Assert.Equal(Status.Fails, small.Status);
            Assert.Equal(1, small.Violation);
            Assert.Equal("l = 0, ρ(θ) = 1, |x*| = 2", small.Detail);
            // |x| = 1 is allowed (|x*| = 1): f = 1, ρ = 1 ≥ 1
            Assert.Equal(Status.Holds, Kelvin.Evaluate(K(V(1, 0), V(0, 0), V(1, 0)), Context.AsPrinted).Status);
            Assert.Throws<ArgumentException>(() => Kelvin.Evaluate(K(V(1, 0), V(0, 0), V(1, 1)), Context.AsPrinted));
        }

        [Fact]
        public void Kelvin_generator_stays_inside_or_just_outside_each_hypothesis()
        {
            static Rational N2(Lyx.KelvinCase x) => x.X[0] * x.X[0] + x.X[1] * x.X[1];
            Assert.All(GeneratedCases.Of(Kelvin, 100), x => Assert.True(x.B.Sign == 0 && N2(x) >= 1 && N2(x) <= 4));
            Assert.All(GeneratedCases.Of(Kelvin, 50, ctx: new Context(Weakened: "bias-zero")), x => Assert.True(x.B.Sign > 0 && x.B <= 1));
            Assert.All(GeneratedCases.Of(Kelvin, 50, ctx: new Context(Weakened: "norm-at-least-1")),
                x => Assert.True(x.B.Sign == 0 && N2(x) >= Q(1, 16) && N2(x) < 1));
        }

        [Fact]
        public void Table1_bootstrap_std_on_closed_forms()
        {
            // a constant sample: every resample has std 0
            Assert.Equal((0.0, 0.0), Lyx.Table1.BootstrapStd([5, 5, 5, 5], 200, 0.01, 1));
            // {0, 2}: a resample is {0, 0}, {2, 2} (std 0) or {0, 2} (std √2), each half the time: the 0.5% and 99.5% quantiles of 2000
            var (lo, hi) = Lyx.Table1.BootstrapStd([0, 2], 2000, 0.01, 3);
            Assert.Equal(0, lo);
            Assert.Equal(Math.Sqrt(2), hi, 1e-15);
            // alpha = 1: both quantiles at the middle
            var (mlo, mhi) = Lyx.Table1.BootstrapStd([0, 2], 1, 1, 3);
            Assert.Equal(mlo, mhi);
        }

        [Fact]
        public void Experiment_claims_classify_exactly()
        {
            var seed0 = new Lyx.ExpCase(0, 0, 0);
            var seed1 = new Lyx.ExpCase(0, 1, 0);
            Assert.Equal(Set("k-3", "k-ge-8", "half-space-init", "random-init"), ((Lyx.Table1)ClaimAssert.Get("LYX.Table1")).Classify(seed0).ToHashSet());
            Assert.Equal(Set("gc-fails-at-start", "k-3"), ((Lyx.FigureWeightDynamics)ClaimAssert.Get("LYX.Fig.WeightDynamics")).Classify(seed0).ToHashSet());
            Assert.Equal(Set("theta-small", "theta-orthogonal"), ((Lyx.JTextAcuteAngles)ClaimAssert.Get("LYX.J.Text.AcuteAngles")).Classify(seed0).ToHashSet());
            foreach (var x in new[] { seed0, seed1 })
            {
                // 60 random starts with k = 3 (P_gc = 1/4 each): some lacks GC
                Assert.Equal(Set("k-3", "k-ge-8", "gc-fails-at-start"), ((Lyx.FigureIterations)ClaimAssert.Get("LYX.Fig.Iterations")).Classify(x).ToHashSet());
                // 200 starts with k = 4 (P_gc = 1/2; P(|W|² ≥ 24) ≈ 0.09): every class is met
                Assert.Equal(Set("gc-fails-at-start", "gc-at-start", "large-initial-norm"),
                    ((Lyx.FigureNormHistogram)ClaimAssert.Get("LYX.Fig.NormHistogram")).Classify(x).ToHashSet());
            }
        }

        /// <summary>|W(0)|² of J Fig. 3's run: 32 normal draws from the derived seed.</summary>
        private static double InitialNormSquared(ulong seed)
        {
            var rng = new Verification.Dynamics.Lyx.SplitMix64(Verification.Dynamics.Lyx.SplitMix64.Derive(seed, 7, 0));
            return Enumerable.Range(0, 32).Sum(_ => { var z = rng.Normal(); return z * z; });
        }

        [Fact]
        public void Subspace_angle_classifies_by_the_initial_norm()
        {
            var claim = (Lyx.JFigureSubspaceAngle)ClaimAssert.Get("LYX.J.Fig.SubspaceAngle");
            // seeds in each region: χ²₃₂ has quartiles 26 and 37.5, so 60 seeds meet all three
            var seen = new HashSet<string>();
            for (ulong s = 0; s < 60; s++)
            {
                var n2 = InitialNormSquared(s);
                var expected = n2 <= 26 ? Set("small-initial-norm") : n2 >= 37.5 ? Set("large-initial-norm") : Set();
                var got = claim.Classify(new Lyx.ExpCase(0, s, 0)).ToHashSet();
                Assert.Equal(expected, got);
                seen.Add(got.Count == 0 ? "middle" : got.Single());
            }
            Assert.Equal(Set("small-initial-norm", "large-initial-norm", "middle"), seen);
        }

        private static PhaseAnalysis Phase(int onset, double ratio) => new(onset, onset, 1, 1, ratio, []);

        public static TheoryData<int, double, bool, bool> MnistCriterion => new()
        {
            { 200, 3, true, false },
            { 199, 3, false, false },
            { 800, 3, true, false },
            { 801, 3, false, false },
            { 400, Math.BitDecrement(3.0), false, false },
            { 400, 10, true, false },
            { 99, 10, false, true },           // the wrong variant: a fast phase within the first 100 iterations
            { 100, 10, false, false },
            { 0, 0, false, true },
        };

        [Fact]
        public void Mnist_run_criterion_at_its_edges() =>
            Table.Each(MnistCriterion, (int onset, double ratio, bool printed, bool wrong) =>
            {
                Assert.Equal(printed, Lyx.MnistExperiment.Passes(Phase(onset, ratio), Context.AsPrinted));
                Assert.Equal(wrong, Lyx.MnistExperiment.Passes(Phase(onset, ratio), new Context(Variant: "fast-from-the-start")));
            });

        [Fact]
        public void Mnist_decision_design()
        {
            Assert.Equal(new Verification.Harness.Statistics.PassRateTest(0.5, 8, Above: 0.95, Below: 0.1), Lyx.MnistExperiment.Test);
        }
    }
}
