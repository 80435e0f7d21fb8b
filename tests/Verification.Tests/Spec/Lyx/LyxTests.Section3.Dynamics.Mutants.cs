using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 3 (trajectory theorems) on three-step runs: the coverage and generator of J Thm 3.2 against the family's, its
    /// evaluation at the horizon (exact detail and violation), the norm variants, and the ratio shown by Thm 2.</summary>
    public sealed class Section3DynamicsMutants
    {
        private static readonly Lyx.JTheorem3_2 Thm32 = (Lyx.JTheorem3_2)ClaimAssert.Get("LYX.J.Thm3.2");

        /// <summary>Journal, n = 2, k₁ = 3, one column per other class, N(0, I) init (seed 1), η = 1/10, v = 1/2, three steps, 1 ≤ |x| ≤ 2.</summary>
        private static readonly Lyx.DynCase Journal = new(true, 2, 3, 1, 0, "gaussian", 1, 0.1, 0, 0, 0.5, 3, 1, 2, 0);

        [Fact]
        public void JTheorem3_2_coverage_replaces_the_two_family_classes()
        {
            var names = Thm32.Coverage.Select(c => c.Name).ToList();
            Assert.DoesNotContain("k-below-3", names);
            Assert.Single(names, n => n == "init-scale-extreme");
            Assert.Single(names, n => n == "k-3");
            Assert.Equal(names.Count, names.Distinct().Count());
        }

        [Fact]
        public void JTheorem3_2_generator_maps_the_family_case_to_canonical_units()
        {
            // the same choices through the family's journal b = 0 generator: k₁ = 3 + (k₁ − 1) mod 6, "small"/"large" become "gaussian"
            var rng = new Random(5);
            var inits = new HashSet<string>();
            for (var i = 0; i < 40; i++)
            {
                var raw = Enumerable.Range(0, 600).Select(_ => rng.Next(4) == 0 ? 0 : rng.Next(1 << 20)).ToArray();
                var family = Lyx.Dyn.Generate(new Choices(raw), true, false, 150);
                var x = Thm32.Generate(new Choices(raw), Context.AsPrinted);
                Assert.Equal(3 + (family.KPos - 1) % 6, x.KPos);
                Assert.Equal(family.Init is "small" or "large" ? "gaussian" : family.Init, x.Init);
                inits.Add(x.Init);
            }
            Assert.True(inits.Count >= 2, $"only the initialisations {string.Join(", ", inits)} were drawn");
        }

        [Fact]
        public void JTheorem3_2_three_steps_do_not_reach_a_tenth_of_the_loss()
        {
            var t = Lyx.Dyn.Run(Journal);
            var e = Thm32.Evaluate(Journal, Context.AsPrinted);
            // the run moves (no stationary step), and three steps of η = 1/10 leave the loss above a tenth of its start
            Assert.True(t.Loss[^1] > t.Loss[0] / 10 && t.Loss[^1] >= 1e-12, $"loss {t.Loss[0]} → {t.Loss[^1]}");
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(t.Loss[^1], e.Violation);
            Assert.Equal($"l_i: {t.Loss[0]:G4} → {t.Loss[^1]:G4} after {t.Steps} steps (ratio {t.Loss[^1] / t.Loss[0]:G3}); GC at the end: {t.Gc[^1]}" +
                " (not a tenth of the initial loss at the horizon)", e.Detail);
        }

        [Fact]
        public void JTheorem3_2_weights_vanish_variant_fails_when_the_norm_stays()
        {
            var t = Lyx.Dyn.Run(Journal);
            var e = Thm32.Evaluate(Journal, new Context(Variant: "weights-vanish"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(t.Norm[^1], e.Violation);
            Assert.Equal($"|W|: {t.Norm[0]:G4} → {t.Norm[^1]:G4} after {t.Steps} steps", e.Detail);
        }

        [Fact]
        public void Theorem1_norm_variant_reports_the_first_increase()
        {
            // as in Section3Oracles: k = 2, b = 1/100, η = θ·2/L; the violation is the first increase of Σ|w_j| (positive neurons)
            var x = new Lyx.DynCase(false, 2, 2, 2, 0, "gaussian", 3, 0, 0.5, 0.01, 1, 3, 1, 2, 0);
            x = x with { Eta = 0.5 * 2 / Lyx.Dyn.ProofLipschitz(x)!.Value };
            var pn = Lyx.Dyn.Run(x).PositiveNorm;
            var i = Enumerable.Range(0, pn.Length - 1).First(j => pn[j + 1] > pn[j] * (1 + 1e-12));
            var e = ((Lyx.Theorem1)ClaimAssert.Get("LYX.Thm1")).Evaluate(x, new Context(Variant: "norm-nonincreasing"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(pn[i + 1] - pn[i], e.Violation);
            Assert.Equal($"Σ|w_j| (positive neurons) increased at step {i}: {pn[i]:G14} → {pn[i + 1]:G14}", e.Detail);
        }

        [Fact]
        public void Theorem2_detail_shows_the_bound_over_the_loss_sum()
        {
            var x = new Lyx.DynCase(false, 2, 2, 2, 0, "gaussian", 1, 0.1, 0, 0, 1, 3, 1, 2, 0);
            var e = ((Lyx.Theorem2)ClaimAssert.Get("LYX.Thm2")).Evaluate(x, Context.AsPrinted);
            double bound = e.Slack!.Value.Bound, sum = e.Slack.Value.Observed;
            Assert.Contains($"C = {bound:G6} ({bound / Math.Max(sum, 1e-300):G3}×)", e.Detail, StringComparison.Ordinal);
        }
        [Fact]
        public void Theorem1_reports_the_first_loss_increase_of_a_step_far_above_2_over_L()
        {
            // the case of Theorem1_norm_variant with η far above 2/L (the evaluation does not check η): the first step whose loss rises
            // beyond the quadrature allowance is reported with its exact increase; the first η in the list that overshoots is used
            var thm1 = (Lyx.Theorem1)ClaimAssert.Get("LYX.Thm1");
            var basis = new Lyx.DynCase(false, 2, 2, 2, 0, "gaussian", 3, 0, 0.5, 0.01, 1, 3, 1, 2, 0);
            var l = Lyx.Dyn.ProofLipschitz(basis)!.Value;
            foreach (var eta in new[] { 2.0, 8.0, 32.0 })
            {
                var x = basis with { Eta = eta };
                var t = Lyx.Dyn.Run(x);
                var i = Enumerable.Range(0, t.Loss.Length - 1).FirstOrDefault(j => t.Loss[j + 1] > t.Loss[j] + 10 * (t.Error[j] + t.Error[j + 1]) + 1e-12, -1);
                if (i < 0) continue;
                var allowance = 10 * (t.Error[i] + t.Error[i + 1]) + 1e-12;
                var e = thm1.Evaluate(x, Context.AsPrinted);
                Assert.Equal(Status.Fails, e.Status);
                Assert.Equal(t.Loss[i + 1] - t.Loss[i], e.Violation);
                Assert.Equal($"the loss increased at step {i} ({t.Loss[i]:G12} → {t.Loss[i + 1]:G12}, beyond the quadrature allowance {allowance:G3}) " +
                    $"at η = {x.Eta:G4} < 2/L = {2 / l:G4}", e.Detail);
                return;
            }
            Assert.Fail("no η in {2, 8, 32} made the loss rise within three steps");
        }
        [Fact]
        public void JTheorem3_2_classifies_with_the_family_classes()
        {
            // the family's classes pass through (half-space init), k₁ = 3 adds k-3, and σ·2vM = 1/2·2·(1/2)·2 = 1 is the canonical scale
            var x = Journal with { Init = "half-space", InitScale = 0.5 };
            var classes = Thm32.Classify(x).ToHashSet();
            Assert.Contains("half-space-init", classes);
            Assert.Contains("k-3", classes);
            Assert.DoesNotContain("init-scale-extreme", classes);
            Assert.Contains("init-scale-extreme", Thm32.Classify(Journal with { InitScale = 1 }));
        }
    }
}
