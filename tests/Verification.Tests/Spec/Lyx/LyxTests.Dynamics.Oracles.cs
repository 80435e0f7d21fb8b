using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>The trajectory claims (Thms 1-2, Props 3-4, both versions): exact class sets at each class's edge, the proof's Lipschitz
    /// constant, p_R, the output matrix and initialisations against closed forms, and each bound's formula on three-step trajectories.</summary>
    public sealed class DynamicsOracles
    {
        private static HashSet<string> Set(params string[] names) => [.. names];

        /// <summary>A conference case that meets no class: k = 3, N(0, I) init, η = 1/10, uniform on 1 ≤ |x| ≤ 2.</summary>
        private static readonly Lyx.DynCase Plain = new(false, 2, 3, 3, 0, "gaussian", 1, 0.1, 0, 0, 1, 3, 1, 2, 0);

        /// <summary>A journal case: n = 2, one column per class, v = 1/2.</summary>
        private static readonly Lyx.DynCase Journal = new(true, 2, 3, 1, 0, "gaussian", 1, 0.1, 0, 0, 0.5, 3, 1, 2, 0);

        /// <summary>Conference bias bound 1/(2kM) = 1/12 for k = 3, M = 2; θ = 1/2 and Σb in the middle of its range.</summary>
        private static readonly Lyx.DynCase Biased = Plain with { Theta = 0.5, BiasTotal = 0.04 };

        public static TheoryData<Lyx.DynCase, bool, string[]> Classes => new()
        {
            { Plain, false, [] },
            { Plain with { KPos = 2 }, false, ["k-below-3"] },
            { Plain with { KPos = 6 }, false, ["k-ge-6"] },
            { Plain with { KPos = 5 }, false, [] },
            { Plain with { Init = "half-space" }, false, ["half-space-init"] },
            { Plain with { Init = "tied" }, false, ["tied-neurons"] },
            { Plain with { Init = "small" }, false, ["init-scale-extreme"] },
            { Plain with { Init = "large" }, false, ["init-scale-extreme"] },
            { Plain with { M2 = 1.1 }, false, ["thin-shell"] },                       // M/m = 1.1 exactly
            { Plain with { M2 = 1.1000001 }, false, [] },
            { Plain with { M2 = 4 }, false, ["wide-annulus"] },
            { Plain with { M1 = 0.5, M2 = 1.99 }, false, [] },                        // M/m = 3.98
            { Plain with { Alpha = -1 }, false, ["non-uniform-density"] },
            { Plain with { N = 3, KNeg = 1 }, false, [] },                            // n and all-negative columns are journal-only
            { Journal, false, [] },
            { Journal with { N = 3 }, false, ["n-ge-3"] },
            { Journal with { KNeg = 1 }, false, ["all-negative-column"] },
            { Plain with { Eta = 0.5 }, false, ["eta-ge-half"] },
            { Plain with { Eta = Math.BitDecrement(0.5) }, false, [] },
            { Biased, true, [] },
            { Biased with { KPos = 2 }, true, [] },                                   // k ≤ 2 only for the no-bias claims
            { Biased with { Eta = 0.5 }, true, [] },
            { Biased with { Theta = 0.9 }, true, ["eta-near-2-over-L"] },
            { Biased with { Theta = 0.89 }, true, [] },
            { Plain with { Theta = 0.9 }, false, [] },
            { Biased with { BiasTotal = 0.9 * (1.0 / 12) }, true, ["bias-near-bound"] },
            { Biased with { BiasTotal = Math.BitDecrement(0.9 * (1.0 / 12)) }, true, [] },
            { Biased with { BiasTotal = 1.0 / 12 / 32 }, true, ["bias-near-zero"] },
            { Biased with { BiasTotal = Math.BitIncrement(1.0 / 12 / 32) }, true, [] },
            // journal bound 1/(4v) = 1/2: 0.45 is near it, 0.1 is near neither end (the conference formula would give 1/12)
            { Journal with { Theta = 0.5, BiasTotal = 0.9 * 0.5 }, true, ["bias-near-bound"] },
            { Journal with { Theta = 0.5, BiasTotal = 0.1 }, true, [] },
            { Journal with { Theta = 0.5, BiasTotal = 0.5 / 32 }, true, ["bias-near-zero"] },
        };

        [Fact]
        public void Trajectory_cases_classify_exactly() =>
            Table.Each(Classes, (Lyx.DynCase x, bool bias, string[] expected) => Assert.Equal(Set(expected), Lyx.Dyn.Classify(x, bias).ToHashSet()));

        private static readonly string[] Common =
            ["k-ge-6", "half-space-init", "tied-neurons", "init-scale-extreme", "thin-shell", "wide-annulus", "non-uniform-density"];

        public static TheoryData<string, string[]> CoverageNames => new()
        {
            { "LYX.Prop3", [.. Common, "k-below-3", "eta-ge-half"] },
            { "LYX.J.Prop4", [.. Common, "k-below-3", "eta-ge-half", "n-ge-3", "all-negative-column"] },
            { "LYX.Thm1", [.. Common, "eta-near-2-over-L", "bias-near-bound", "bias-near-zero"] },
            { "LYX.J.Thm3.1", [.. Common, "eta-near-2-over-L", "bias-near-bound", "bias-near-zero", "n-ge-3", "all-negative-column"] },
        };

        /// <summary>Each trajectory claim declares the classes of its version (journal or not) and theorem kind (bias or not), so that the
        /// coverage check of a claim run sees every class its classifier can return.</summary>
        [Fact]
        public void Trajectory_claims_declare_their_coverage_classes() =>
            Table.Each(CoverageNames, (string id, string[] expected) =>
            {
                var claim = (PropertyClaim<Lyx.DynCase>)ClaimAssert.Get(id);
                Assert.Equal(Set(expected), claim.Coverage.Select(c => c.Name).ToHashSet());
                Assert.Equal(expected.Length, claim.Coverage.Count);
                Assert.All(claim.Coverage, c => Assert.Equal(0.05, c.RequiredShare));
            });

        /// <summary>Every generated trajectory case is a point of the stated grids: η from the list (no bias) or θ·2/L (1/1000 where the
        /// proof gives no L), the bias a listed fraction of its bound, the conference network with k w's and k u's and v = 1.</summary>
        [Fact]
        public void Trajectory_generator_draws_from_the_stated_grids()
        {
            double[] etas = [0.1, 0.05, 0.2, 0.5, 1.0], fractions = [0.5, 1.0 / 64, 63.0 / 64, 0.25, 1.5], radii = [1.0, 0.5, 2.0, 0.125, 4.0],
                ratios = [2.0, 1.0625, 1.5, 4.0, 8.0], alphas = [0.0, 1.0, -1.0, 3.0], vs = [0.5, 1.0, 0.25, 2.0], thetas = [0.5, 0.9, 0.99];
            foreach (var id in (string[])["LYX.Prop3", "LYX.J.Prop3", "LYX.Thm1", "LYX.J.Thm3.1"])
            {
                var claim = (PropertyClaim<Lyx.DynCase>)ClaimAssert.Get(id);
                Assert.All(GeneratedCases.Of(claim, 60), x =>
                {
                    Assert.Equal(id.Contains(".J.", StringComparison.Ordinal), x.Journal);
                    Assert.True(x.Init != "tied" || x.KPos >= 2);
                    Assert.Contains(x.M1, radii);
                    Assert.Contains(x.M2 / x.M1, ratios);
                    Assert.Contains(x.Alpha, alphas);
                    if (!x.Journal) Assert.True(x.N == 2 && x.KOther == x.KPos && x.KNeg == 0 && x.V == 1);
                    else Assert.Contains(x.V, vs);
                    if (x.Theta == 0)
                    {
                        Assert.Equal(0, x.BiasTotal);
                        Assert.Contains(x.Eta, etas);
                        return;
                    }
                    Assert.Contains(x.Theta, thetas);
                    Assert.Equal(Lyx.Dyn.ProofLipschitz(x) is { } l ? x.Theta * 2 / l : 1e-3, x.Eta);
                    if (x.Journal) Assert.Contains(fractions, f => Math.Min(f / (4 * x.V), 1 - 1.0 / 64) == x.BiasTotal);
                    else Assert.Contains(fractions[..4], f => f / (2 * x.KPos * x.M2) == x.BiasTotal);
                });
            }
        }

        [Fact]
        public void PR_is_the_sector_probability()
        {
            Assert.Equal(1.0 / 12, Lyx.Dyn.PR(1, 2, 1), 1e-15);                              // sin β = 1/2: β = π/6
            Assert.Equal(Math.Asin(0.25) / (2 * Math.PI), Lyx.Dyn.PR(2, 2, 1), 1e-15);       // κ = 2
            Assert.Equal(0.25, Lyx.Dyn.PR(1, 2, 0.5));                                       // κMR = 1: β = π/2
            Assert.Equal(0.25, Lyx.Dyn.PR(1, 1, 0.25));                                      // κMR < 1: R enlarged to 1/(κM)
            Assert.True(Lyx.Dyn.PR(1, 2, 0.5000001) < 0.25);
        }

        [Fact]
        public void Proof_lipschitz_constant_matches_the_closed_form()
        {
            // uniform on 1 ≤ |x| ≤ 2: p_max = 1/(3π), |S¹| = 2π, so 2|S¹|M²p_max = 16/3 and p_max M|S¹| = 4/3
            var conf = Plain with { KPos = 1, BiasTotal = 0.1 };                              // C = 1/4 + 1/10
            Assert.Equal(2 * (16.0 / 3 / 0.35 + 4.0 / 3 / 0.1), Lyx.Dyn.ProofLipschitz(conf)!.Value, 1e-10);
            Assert.Null(Lyx.Dyn.ProofLipschitz(Plain));                                         // b = 0
            Assert.Null(Lyx.Dyn.ProofLipschitz(Plain with { BiasTotal = 0.25 }));               // k = 3: C = 1/4 − b = 0
            Assert.NotNull(Lyx.Dyn.ProofLipschitz(Plain with { BiasTotal = 0.2 }));
            // journal n = 2, one neuron per class (K = 2), v = 1/2, Σb = 1/5: C = (1/2 − 1/5)/2, b_j = 1/10
            var j = Journal with { KPos = 1, BiasTotal = 0.2 };
            Assert.Equal(2 * 1 * 1 * (16.0 / 3 / 0.15 + 4.0 / 3 / 0.1), Lyx.Dyn.ProofLipschitz(j)!.Value, 1e-10);
            Assert.Equal(3 * 2 * 4 * (16.0 / 3 / 0.05 + 4.0 / 3 / (0.1 / 3)), Lyx.Dyn.ProofLipschitz(j with { N = 3, V = 2, BiasTotal = 0.1 })!.Value,
                1e-8);
            Assert.Null(Lyx.Dyn.ProofLipschitz(j with { BiasTotal = 0.5 }));                    // 2vΣb = 1/2: C = 0
            Assert.Null(Lyx.Dyn.ProofLipschitz(Journal));
        }

        [Fact]
        public void Output_matrix_assigns_owners_in_order()
        {
            var x = Journal with { N = 3, KPos = 1, KOther = 1, KNeg = 1, V = 2 };
            Assert.Equal(4, x.Neurons);
            Assert.Equal(new double[][] { [2, -2, -2, -2], [-2, 2, -2, -2], [-2, -2, 2, -2] }, Lyx.Dyn.OutputMatrix(x));
            var y = Journal with { KPos = 1, KOther = 2, V = 1 };
            Assert.Equal(new double[][] { [1, -1, -1], [-1, 1, 1] }, Lyx.Dyn.OutputMatrix(y));
            Assert.Equal(6, Plain.Neurons);
            Assert.Equal(3 + 2 * 2 + 1, (Journal with { N = 3, KOther = 2, KNeg = 1 }).Neurons);
        }

        [Fact]
        public void Initialisations_transform_the_gaussian_draw()
        {
            var g = Lyx.Dyn.Initial(Plain);
            Assert.Equal(6, g.Length);
            var rng = new Verification.Dynamics.Lyx.SplitMix64(Plain.Seed);
            foreach (var w in g) Assert.Equal(new[] { rng.Normal(), rng.Normal() }, w);
            Assert.Equal(g.Select(w => w.Select(z => z / 16).ToArray()).ToArray(), Lyx.Dyn.Initial(Plain with { Init = "small" }));
            Assert.Equal(g.Select(w => w.Select(z => z * 4).ToArray()).ToArray(), Lyx.Dyn.Initial(Plain with { Init = "large" }));
            Assert.Equal(g.Select(w => w.Select(z => z * 2).ToArray()).ToArray(), Lyx.Dyn.Initial(Plain with { InitScale = 2 }));
            Assert.Equal(g.Select(w => new[] { Math.Abs(w[0]), w[1] }).ToArray(), Lyx.Dyn.Initial(Plain with { Init = "half-space" }));
            var tied = Lyx.Dyn.Initial(Plain with { Init = "tied" });
            Assert.Equal(g[0], tied[0]);
            Assert.Equal(g[0], tied[1]);
            Assert.Equal(g[2..], tied[2..]);
            Assert.NotSame(tied[0], tied[1]);
        }

        [Fact]
        public void Initialisation_condition_is_strict_and_reads_positive_neurons_only()
        {
            // k = 1: w_1 is the only positive neuron; pick a seed where |u_1| > |w_1| so that a bias between them separates the readings
            var x = Enumerable.Range(0, 50).Select(s => Plain with { KPos = 1, Seed = (ulong)s })
                .First(c => { var w = Lyx.Dyn.Initial(c); return Norm(w[1]) > Norm(w[0]); });
            var edge = Norm(Lyx.Dyn.Initial(x)[0]) * x.M2;
            Assert.False(Lyx.Dyn.InitialisationCondition(x with { BiasTotal = edge }));
            Assert.True(Lyx.Dyn.InitialisationCondition(x with { BiasTotal = Math.BitDecrement(edge) }));
            // journal: the condition is per neuron, b_j = Σb/K with K = 2
            var j = Journal with { KPos = 1, Seed = x.Seed };
            var jEdge = Norm(Lyx.Dyn.Initial(j)[0]) * j.M2;
            Assert.False(Lyx.Dyn.InitialisationCondition(j with { BiasTotal = 2 * jEdge }));
            Assert.True(Lyx.Dyn.InitialisationCondition(j with { BiasTotal = Math.BitDecrement(2 * jEdge) }));
        }

        private static double Norm(double[] w) => Math.Sqrt(w[0] * w[0] + w[1] * w[1]);

        /// <summary>The bound a claim reports as the slack's second side (or the violation above it), on a three-step trajectory
        /// (R, C_p, p_R from the same run).</summary>
        private static void AssertBound(string id, Lyx.DynCase x, string? variant, double observed, double bound)
        {
            var e = ((PropertyClaim<Lyx.DynCase>)ClaimAssert.Get(id)).Evaluate(x, new Context(Variant: variant));
            if (observed <= bound)
            {
                Assert.Equal(Status.Holds, e.Status);
                Assert.Equal(observed, e.Slack!.Value.Observed, 1e-12);
                Assert.Equal(bound, e.Slack!.Value.Bound, bound * 1e-12);
            }
            else
            {
                Assert.Equal(Status.Fails, e.Status);
                Assert.Equal(observed - bound, e.Violation, Math.Max(observed, bound) * 1e-12);
            }
        }

        [Fact]
        public void Proposition_bounds_follow_their_printed_formulas()
        {
            var t = Lyx.Dyn.Run(Plain);
            double r = t.MaxNorm, cp = Lyx.Dyn.Cp(Plain), eta = Plain.Eta;
            Assert.Equal(2 * Math.Sqrt(3) / (3 * Math.PI), cp, 1e-14);
            double t1 = t.Gc.Count(g => !g), sum = t.Loss.Where((_, i) => t.Gc[i]).Sum();
            var pr = Lyx.Dyn.PR(1, 2, r);
            AssertBound("LYX.Prop3", Plain, null, t1, 2 * r * cp / (eta * pr));
            AssertBound("LYX.Prop3", Plain, "bound-over-100", t1, 2 * r * cp / (eta * pr) / 100);
            // the proof's per-step gain on T_1, printed ηp_R/(2C_p) and squared ηp_R²/(2C_p): steps t with t + 1 on the horizon
            var steps = Enumerable.Range(0, t.Gc.Length).Where(i => !t.Gc[i] && i + 1 < t.PositiveNorm.Length).ToList();
            int Short(double need) => steps.Count(i => t.PositiveNorm[i + 1] - t.PositiveNorm[i] < need - 10 * eta * (t.Error[i] + 1e-12));
            var (printed, corrected) = Lyx.Proposition3.PerStepGains(Plain);
            Assert.Equal((Short(eta * pr / (2 * cp)), steps.Count), (printed.Violations, printed.Of));
            Assert.Equal((Short(eta * pr * pr / (2 * cp)), steps.Count), (corrected.Violations, corrected.Of));
            var detail = ((PropertyClaim<Lyx.DynCase>)ClaimAssert.Get("LYX.Prop3")).Evaluate(Plain, Context.AsPrinted).Detail;
            Assert.Contains($"per-step (proof) ηp_R/(2C_p): fails at {printed.Violations} of {printed.Of} steps", detail, StringComparison.Ordinal);
            AssertBound("LYX.Prop4", Plain, null, sum, 2 * r * r * 2 * cp / eta);
            AssertBound("LYX.Prop4", Plain, "bound-over-10000", sum, 2 * r * r * 2 * cp / eta / 10_000);
            var jt = Lyx.Dyn.Run(Journal);
            double jr = jt.MaxNorm, v = Journal.V, jt1 = jt.Gc.Count(g => !g), sq = jt.Loss.Where((_, i) => jt.Gc[i]).Sum(l => l * l);
            var jpr = Lyx.Dyn.PR(2 * v, 2, jr);
            AssertBound("LYX.J.Prop3", Journal, null, jt1, cp * jr / (v * eta * jpr * jpr));
            AssertBound("LYX.J.Prop3", Journal, "drop-pr-squared", jt1, cp * jr / (v * eta));
            AssertBound("LYX.J.Prop4", Journal, null, sq, 4 * v * 4 * cp * jr * jr * 4 * jr / eta);
            AssertBound("LYX.J.Prop4", Journal, "bound-over-100000", sq, 4 * v * 4 * cp * jr * jr * 4 * jr / eta / 100_000);
        }
    }
}
