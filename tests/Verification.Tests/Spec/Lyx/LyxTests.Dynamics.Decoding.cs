using Verification.Harness;
using Verification.Spec;
using Xunit;
using Gd = Verification.Dynamics.Lyx.PopulationGd;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// The trajectory family's shared code through its public members, without running a claim: the generator's decoding of exact
    /// choice sequences (each grid and branch), the case's text and neuron count, the claims' setting and coverage sources, the
    /// 30-case floor of a run, the per-step gain counter on hand-made trajectories, and the tolerance and biases a trajectory is
    /// integrated with (two-step runs).
    /// </summary>
    public sealed class DynamicsDecoding
    {
        /// <summary>A conference case: k = 3, N(0, I) init, η = 1/10, uniform on 1 ≤ |x| ≤ 2, three steps.</summary>
        private static readonly Lyx.DynCase Plain = new(false, 2, 3, 3, 0, "gaussian", 1, 0.1, 0, 0, 1, 3, 1, 2, 0);

        private static Lyx.DynCase Decode(int[] raw, bool journal, bool bias) => Lyx.Dyn.Generate(new Choices(raw), journal, bias, 3);

        /// <summary>Raw choices read in order: m, M/m, α, [n], k₁, [k_other, k_neg], init, seed, [v], then η (no bias) or the bias
        /// fraction and θ; Choices.Int(lo, hi) decodes raw r as lo + r mod (hi − lo + 1).</summary>
        [Fact]
        public void Generator_decodes_choices_onto_the_grids_and_keeps_a_tie_of_two_neurons()
        {
            // α index 2 is −1; k₁ = 2 with the tied init stays tied (only k₁ = 1 falls back to gaussian)
            Assert.Equal(new Lyx.DynCase(false, 2, 2, 2, 0, "tied", 7, 0.1, 0, 0, 1, 3, 1, 2, -1), Decode([0, 0, 2, 1, 2, 7, 0], false, false));
            // journal: k_other = 1 + 1 mod 2 = 2 (its own draw, not k₁), v index 3 is 2
            Assert.Equal(new Lyx.DynCase(true, 2, 1, 2, 0, "gaussian", 5, 0.1, 0, 0, 2, 3, 1, 2, 0),
                Decode([0, 0, 0, 0, 0, 1, 0, 0, 5, 3, 0], true, false));
            // journal bias: fraction index 4 (3/2, journal only) of 1/(4v) = 1/2 gives Σb = 3/4; θ index 1 is 9/10; 2vΣb = 3/4 ≥ 1/2, so
            // the proof gives no L and η falls back to 1/1000
            var biased = new Lyx.DynCase(true, 2, 1, 1, 0, "gaussian", 5, 1e-3, 0.9, 0.75, 0.5, 3, 1, 2, 0);
            Assert.Null(Lyx.Dyn.ProofLipschitz(biased));
            Assert.Equal(biased, Decode([0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 4, 1], true, true));
        }

        [Fact]
        public void Case_text_names_the_version_theta_and_a_non_unit_initial_scale()
        {
            Assert.Equal("conference k=3, gaussian init seed 1, η=0.1, Σb=0, m=1, M=2, α=0, 3 steps", Plain.ToString());
            var j = new Lyx.DynCase(true, 3, 2, 1, 1, "half-space", 9, 0.25, 0.5, 0.125, 0.5, 12, 0.5, 2, -1, 2);
            Assert.Equal("journal n=3, k₁=2, other=1, all-negative=1, v=0.5, half-space init seed 9, η=0.25 (θ=0.5·2/L), Σb=0.125, m=0.5, M=2, " +
                "α=-1, 12 steps, initial scale 2", j.ToString());
        }

        /// <summary>The conference network has k w's and k u's whatever k_other and k_neg hold (they are journal-only).</summary>
        [Fact]
        public void Conference_neuron_count_ignores_the_journal_only_counts() => Assert.Equal(6, (Plain with { KOther = 1, KNeg = 1 }).Neurons);

        [Fact]
        public void Wide_annulus_is_read_from_the_ratio_of_the_radii()
        {
            Assert.Equal("wide-annulus", Assert.Single(Lyx.Dyn.Classify(Plain with { M1 = 0.5, M2 = 2 }, false)));  // M/m = 4
            Assert.Empty(Lyx.Dyn.Classify(Plain with { M1 = 2, M2 = 2.5 }, false));                  // M/m = 5/4 although mM = 5
        }

        /// <summary>Thm 1's initialisation condition asks for SOME positive neuron with |w_j|M &gt; b: a bias between the two
        /// neurons' values meets it.</summary>
        [Fact]
        public void Initialisation_condition_needs_one_positive_neuron_only()
        {
            var x = Plain with { KPos = 2 };
            var w = Lyx.Dyn.Initial(x);
            double a = Norm(w[0]) * x.M2, b = Norm(w[1]) * x.M2;
            Assert.NotEqual(a, b);
            Assert.True(Lyx.Dyn.InitialisationCondition(x with { BiasTotal = (a + b) / 2 }));
            Assert.False(Lyx.Dyn.InitialisationCondition(x with { BiasTotal = Math.Max(a, b) }));
        }

        private static double Norm(double[] w) => Math.Sqrt(w[0] * w[0] + w[1] * w[1]);

        public static TheoryData<string, string, string> Settings => new()
        {
            { "LYX.Prop3", "conference network (6), class 1, k ∈ [1, 8] w's and as many u's, d = 2, b = 0, η ∈ {1/20, 1/10, 1/5, 1/2, 1}; densities",
                "population GD by quadrature (tolerance 1e-9), horizon 150 steps." },
            { "LYX.J.Prop3", "journal network (6), class 1 of n ∈ {2, 3, 4}, k₁ ∈ [1, 8] positive columns, 1-2 per other class, 0-1 all-negative " +
                "columns, v ∈ {1/4, 1/2, 1, 2}, d = 2, b = 0, η ∈ {1/20", "(tolerance 1e-9), horizon 150 steps." },
            { "LYX.Thm1", "conference network (6), class 1, k ∈ [1, 8] w's and as many u's, d = 2, bias in the theorem's range (near 0, inside, near " +
                "the bound), η = θ·2/L with L from Lemma 2's [4.2's] proof and θ ∈ {1/2, 9/10, 99/100}; densities",
                "(tolerance 1e-7), horizon 12 steps." },
            { "LYX.J.Thm3.1", "journal network (6), class 1 of n ∈ {2, 3, 4}, k₁ ∈ [1, 8] positive columns, 1-2 per other class, 0-1 all-negative " +
                "columns, v ∈ {1/4, 1/2, 1, 2}, d = 2, bias in the theorem's range", "(tolerance 1e-7), horizon 12 steps." },
        };

        [Fact]
        public void Trajectory_claims_state_the_network_bias_and_tolerance_of_their_version() =>
            Table.Each(Settings, (string id, string start, string part) =>
            {
                var setting = ClaimAssert.Get(id).Setting;
                Assert.StartsWith(start, setting, StringComparison.Ordinal);
                Assert.Contains(part, setting, StringComparison.Ordinal);
            });

        public static TheoryData<string, string, string> Sources => new()
        {
            { "LYX.Prop3", "k-ge-6", "C Section 2 assumptions, Thm 2, Props 3-4: any k" },
            { "LYX.J.Prop3", "k-ge-6", "J Assumptions 1-2, Thm 3.2, Props 3-4: any k" },
            { "LYX.Thm1", "bias-near-bound", "C Thm 1: b < 1/(2kM)" },
            { "LYX.J.Thm3.1", "bias-near-bound", "J Thm 3.1: Σ b_j < 1 (Lemma 4.2's C needs 2vΣb_j < 1/2)" },
        };

        [Fact]
        public void Coverage_classes_cite_the_source_of_their_version() =>
            Table.Each(Sources, (string id, string name, string source) =>
                Assert.Equal(source, ClaimAssert.Get(id).Coverage.Single(c => c.Name == name).Source));

        /// <summary>A trajectory claim whose evaluation is free: it exposes the shared run policy and the per-step counter.</summary>
        [NotRegistered]
        private sealed class Probe : Lyx.DynamicsClaim
        {
            public override string Id => "TEST.DynamicsProbe";
            public override string Where => "test";
            public override string Statement => "every case holds";
            public override Evaluation Evaluate(Lyx.DynCase x, Context ctx) => Evaluation.Holds();

            public static (int Violations, int Of, double MinRatio) Count(Gd.Trajectory t, IEnumerable<int> steps, Func<int, double> need,
                double eta) => PerStep(t, steps, need, eta);
        }

        public static TheoryData<Engine, bool, int> Floors => new()
        {
            { Engine.FsCheck, false, Budgets.SimulationRuns },   // a check runs the simulation floor whatever it asks
            { Engine.FsCheck, true, 2 },                         // the float search keeps its own count
            { Engine.Hedgehog, false, 2 },                       // so does the fuzzer
        };

        [Fact]
        public void Checks_run_the_simulation_floor_and_searches_their_own_count() =>
            Table.Each(Floors, (Engine engine, bool floatSearch, int cases) =>
                Assert.Equal(cases, new Probe().Run(new RunRequest(2, 7, Context.AsPrinted, engine, FloatSearch: floatSearch)).Cases));

        /// <summary>A hand-made trajectory whose positive-neuron norms are <paramref name="norms"/> (gains are their differences).</summary>
        private static Gd.Trajectory Norms(double[] norms, double error) =>
            new(new double[norms.Length], [.. norms.Select(_ => error)], new bool[norms.Length], norms, new double[norms.Length], norms.Length - 1, norms);

        public static TheoryData<double, double, int> Gains => new()
        {
            // need 1, η = 1/10: a step is short when its gain is below 1 − 10η(err + 1e−12) = 1 − (err + 1e−12)
            { 1, 0, 0 },                                  // exactly the need: not short (an allowance that flips sign would count it)
            { 1 - 10 * 0.1 * (0 + 1e-12), 0, 0 },         // exactly at the allowance: the comparison is strict
            { 0.995, 0.01, 0 },                           // inside the allowance 1/100
            { 0.95, 0.01, 1 },                            // beyond it (an allowance of 100·err would hide it)
        };

        [Fact]
        public void Per_step_counter_allows_ten_eta_times_the_quadrature_error_strictly() =>
            Table.Each(Gains, (double gain, double error, int shortSteps) =>
                Assert.Equal((shortSteps, 1, gain), Probe.Count(Norms([0, gain], error), [0], _ => 1, 0.1)));

        [Fact]
        public void Per_step_counter_reports_the_smallest_ratio_and_skips_steps_without_a_need()
        {
            // gains 1 and 2 against needs 2 and 1: ratios 1/2 and 2; step 2 has no successor on the horizon
            Assert.Equal((1, 2, 0.5), Probe.Count(Norms([0, 1, 3], 0), [0, 1, 2], i => i == 0 ? 2 : 1, 0.1));
            // a need of 0 or below is not a step of the bound
            Assert.Equal((0, 0, double.PositiveInfinity), Probe.Count(Norms([0, 1, 2], 0), [0, 1], i => i == 0 ? 0 : -1, 0.1));
        }

        private static void Same(Gd.Trajectory expected, Gd.Trajectory actual)
        {
            Assert.Equal(expected.Loss, actual.Loss);
            Assert.Equal(expected.Error, actual.Error);
            Assert.Equal(expected.PositiveNorm, actual.PositiveNorm);
        }

        /// <summary>Bias theorems integrate with tolerance 1e-7 (the others 1e-9; for b = 0 both give the same trajectory, the homogeneous
        /// cuts leave analytic panels) and split Σb equally over the journal's K neurons.
        /// Seeds unique to this test: the cache of <see cref="Lyx.Dyn.Run"/> holds what this test integrates.</summary>
        [Fact]
        public void Trajectories_are_integrated_with_the_tolerance_and_biases_of_their_case()
        {
            var dens = new Verification.Dynamics.Lyx.AnnulusDensity(1, 2, 0);
            var conf = Plain with { Seed = 4711, Theta = 0.5, BiasTotal = 0.04, Steps = 2 };
            var w = Lyx.Dyn.Initial(conf);
            var loose = Gd.Conference(dens, w[..3], w[3..], 0.04, 0.1, 2, 1e-7);
            Assert.NotEqual(loose.Error, Gd.Conference(dens, w[..3], w[3..], 0.04, 0.1, 2, 1e-9).Error);  // the tolerance is visible
            Same(loose, Lyx.Dyn.Run(conf));
            var free = Plain with { Seed = 4712, Steps = 2 };
            var wf = Lyx.Dyn.Initial(free);
            var tight = Gd.Conference(dens, wf[..3], wf[3..], 0, 0.1, 2, 1e-9);
            Same(tight, Lyx.Dyn.Run(free));
            // journal n = 2, K = 3 + 1 neurons, Σb = 1/5: b_j = 1/20 each
            var j = new Lyx.DynCase(true, 2, 3, 1, 0, "gaussian", 4713, 0.1, 0.5, 0.2, 0.5, 2, 1, 2, 0);
            Same(Gd.Journal(dens, Lyx.Dyn.Initial(j), [.. Enumerable.Repeat(0.2 / 4, 4)], Lyx.Dyn.OutputMatrix(j), 0.1, 2, 1e-7), Lyx.Dyn.Run(j));
        }
    }
}
