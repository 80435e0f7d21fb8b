using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// The trajectory claims' generators and the proof steps they check: every generated case inside the stated hypotheses (the
    /// bias and learning-rate ranges of Thms 1 [3.1], Assumption 1's V, Assumption 2's density), and the per-step inequality of the
    /// conference's Prop 3 failing as printed where its corrected (squared) form holds.
    /// </summary>
    public sealed class Dynamics
    {
        /// <summary>Assumption 1: each class has a positive column; a positive entry makes the rest of its column negative; |v_{i,j}| = v.</summary>
        private static bool Assumption1(Lyx.DynCase x)
        {
            var v = Lyx.Dyn.OutputMatrix(x);
            var everyClass = Enumerable.Range(0, x.N).All(i => v[i].Any(e => e > 0));
            var columns = Enumerable.Range(0, x.Neurons).All(j =>
                Enumerable.Range(0, x.N).All(i => !(v[i][j] > 0) || Enumerable.Range(0, x.N).All(r => r == i || v[r][j] < 0)));
            return everyClass && columns && v.All(row => row.All(e => Math.Abs(e) == x.V));
        }

        [Fact, Trait("Paper", "LYX")]
        public void Bias_theorem_cases_meet_the_hypotheses_and_eta_is_below_the_proofs_2_over_L()
        {
            foreach (var id in new[] { "LYX.Thm1", "LYX.J.Thm3.1" })
            {
                var claim = (PropertyClaim<Lyx.DynCase>)ClaimAssert.Get(id);
                GeneratedCases.SatisfyHypotheses(claim, x =>
                {
                    var biasOk = x.Journal ? x.BiasTotal > 0 && x.BiasTotal < 1 : x.BiasTotal > 0 && x.BiasTotal < 1 / (2 * x.KPos * x.M2);
                    var etaOk = Lyx.Dyn.ProofLipschitz(x) is not { } l || (x.Eta > 0 && x.Eta < 2 / l);
                    return biasOk && etaOk && x.M1 > 0 && x.M2 > x.M1 && x.Alpha > -2 && (!x.Journal || Assumption1(x));
                }, 300);
            }
        }

        [Fact, Trait("Paper", "LYX")]
        public void No_bias_cases_meet_the_hypotheses()
        {
            foreach (var id in new[] { "LYX.Thm2", "LYX.Prop3", "LYX.J.Prop3", "LYX.Prop4", "LYX.J.Prop4", "LYX.J.Thm3.2" })
            {
                var claim = (PropertyClaim<Lyx.DynCase>)ClaimAssert.Get(id);
                GeneratedCases.SatisfyHypotheses(claim, x => x.BiasTotal == 0 && x.Eta > 0 && x.M2 > x.M1 && x.M1 > 0 && x.KPos >= 1 &&
                    (!x.Journal || (x.N >= 2 && Assumption1(x))) && (id != "LYX.J.Thm3.2" || x.KPos >= 3), 300);
            }
        }

        /// <summary>
        /// C proof of Prop 3: the printed gain |w_1^(t+1)| − |w_1^(t)| ≥ ηp_R/(2C_p) comes from the unsquared key inequality; on a
        /// one-neuron run (GC never holds, so every step is in T_1) it fails on most steps while ηp_R²/(2C_p) holds on all of them.
        /// </summary>
        [Fact, Trait("Paper", "LYX")]
        public void Prop3_printed_per_step_gain_fails_where_the_squared_one_holds()
        {
            var x = new Lyx.DynCase(false, 2, 1, 1, 0, "gaussian", 802570, 0.2, 0, 0, 1, 150, 1, 2, -1);
            var (printed, corrected) = Lyx.Proposition3.PerStepGains(x);
            Assert.True(printed.Violations > 0, $"printed per-step gain held at all {printed.Of} steps (min ratio {printed.MinRatio})");
            Assert.True(corrected.Of > 100 && corrected.Violations == 0, $"corrected per-step gain failed at {corrected.Violations} of {corrected.Of}");
        }

        /// <summary>Table 1's bootstrap interval for a standard deviation covers the sample's own std and is ordered.</summary>
        [Fact, Trait("Paper", "LYX")]
        public void Bootstrap_interval_for_the_std_is_ordered_and_covers_the_sample_std()
        {
            var rng = new Verification.Dynamics.Lyx.SplitMix64(5);
            var xs = Enumerable.Range(0, 100).Select(_ => Math.Exp(rng.Normal())).ToArray();
            var (lo, hi) = Lyx.Table1.BootstrapStd(xs, 2000, 0.01, 9);
            var sd = Verification.Experiments.Lyx.LyxExperiments.MeanStd(xs).Std;
            Assert.True(lo < sd && sd < hi, $"[{lo}, {hi}] does not contain {sd}");
        }
    }
}
