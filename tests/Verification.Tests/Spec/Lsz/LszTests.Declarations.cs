using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// What each LSZ claim declares about its domain: its coverage classes (in order) and its hypotheses with the fuzzer's expectation
    /// when each is weakened. These declarations are the claim's contract with its reader (the classes a holds verdict rests on, the
    /// hypotheses the fuzzer weakens); a change to any of them must show up here as a reviewed edit, never silently.
    /// </summary>
    public sealed class Declarations
    {
        public static TheoryData<string, string, string> Declared() => new()
        {
            { "Prop1", "gaussian non-symmetric d-at-least-3 beyond-S2 part-lipschitz part-smooth part-not-strongly-convex",
                "no-mass-on-hyperplane:None logistic-loss:Counterexample" },
            { "Prop2", "part-i part-iv beyond-S2 gaussian-d3 eta-small eta-large theta-near-pi norm-large",
                "not-all-mass-on-hyperplane:Counterexample spherical-symmetry:None" },
            { "Prop3", "part-i part-ii beyond-S2 gaussian-d3 norm-small norm-large a-zero a-negative a-small a-large",
                "spherical-symmetry:Counterexample" },
            { "Prop3#corrected", "part-i part-ii beyond-S2 gaussian-d3 norm-small norm-large a-zero a-negative a-small a-large",
                "spherical-symmetry:Counterexample" },
            { "Eq21", "beyond-S2 gaussian-d3 alpha-negative alpha-zero alpha-large",
                "spherical-symmetry:Counterexample" },
            { "Remark2", "beyond-S2 gaussian-d3 w-zero antiparallel a-large",
                "spherical-symmetry:Counterexample" },
            { "Eq2", "beyond-S2 gaussian-d3 theta-near-0 theta-near-pi norm-small norm-large",
                "spherical-symmetry:None logistic-loss:Counterexample" },
            { "Eq4", "beyond-S2 gaussian-d3 theta-near-0 theta-near-pi norm-small norm-large",
                "spherical-symmetry:None" },
            { "Eq7", "beyond-S2 gaussian-d3 theta-near-0 theta-near-pi norm-small norm-large",
                "spherical-symmetry:None" },
            { "Lemma2", "beyond-S2 gaussian-d3 theta-zero-or-pi theta-near-0 theta-near-pi norm-small norm-large",
                "spherical-symmetry:Counterexample logistic-loss:Counterexample" },
            { "Lemma2.Eq6", "genuine-3d d-at-least-4 near-parallel beyond-S2",
                "spherical-symmetry:Counterexample w-not-parallel-v:None" },
            { "Lemma3", "iii-theta-zero iii-theta-right-angle iv-at-bound ii-near-right-angle beyond-S2",
                "spherical-symmetry:Counterexample logistic-loss:Counterexample" },
            { "Lemma3#corrected", "iii-theta-zero iii-theta-right-angle iv-at-bound ii-near-right-angle beyond-S2 iii-theta-pi iii-obtuse",
                "spherical-symmetry:Counterexample logistic-loss:Counterexample" },
            { "Lemma1", "beyond-S2 gaussian-d3 theta0-obtuse theta0-near-0 theta0-near-pi norm-small theta0-zero theta0-pi T-zero T-positive",
                "spherical-symmetry:None" },
            { "Lemma10", "T-zero-positive root-at-zero T-infinite T-interior roots-before-zero double-root-before-zero",
                "bounce-condition:Counterexample" },
            { "Lemma11", "theta0-near-0 theta0-near-pi f-constant f-oscillating f-near-zero",
                "theta0-interior:Counterexample f-positive:Counterexample" },
            { "Thm1", "beyond-S2 gaussian-d3 theta0-obtuse theta0-near-0 theta0-near-pi norm-small",
                "spherical-symmetry:Counterexample" },
            { "Thm1#corrected", "beyond-S2 gaussian-d3 theta0-obtuse theta0-near-0 theta0-near-pi norm-small",
                "spherical-symmetry:Counterexample" },
            { "Eq8", "step-turns-back theta-obtuse norm-shrinks beyond-S2 gaussian-d3 theta-near-pi",
                "spherical-symmetry:Counterexample" },
            { "Lemma12", "beyond-S2 gaussian-d3 theta-zero-or-pi theta-near-0 theta-near-pi norm-small norm-large eta-small eta-large",
                "spherical-symmetry:Counterexample" },
            { "Lemma4", "beyond-S2 gaussian-d3 theta0-near-pi theta0-near-right norm-small eta-minus-zero growing-schedule eta-large",
                "spherical-symmetry:Counterexample wrong-half-space:Counterexample" },
            { "Remark6", "geometric power harmonic summable",
                "" },
            { "Lemma5", "condition-all-steps long-prefix wrong-half-space theta0-zero beyond-S2",
                "spherical-symmetry:Counterexample condition-11:Counterexample" },
            { "Remark7", "geometric power harmonic summable harmonic-large-offset",
                "" },
            { "Thm2", "wrong-half-space theta0-zero small-rates large-rates beyond-S2 d-at-least-3",
                "bounded-rates:None eta-minus-positive:Counterexample" },
            { "Remark3", "beyond-S2 gaussian-d3 theta0-obtuse eta-far",
                "spherical-symmetry:Counterexample" },
            { "Eq14", "gaussian-d3 mixture sphere-d3 N-2 N-large",
                "balanced-13:Counterexample" },
            { "Eq14#corrected", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi N-2 " +
                "N-large section5-init arora-init hidden-off-plane",
                "balanced:Counterexample" },
            { "Prop4", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-near-pi N-2 norm-small norm-large",
                "spherical-symmetry:Counterexample depth-2:Counterexample theta0-not-pi:None" },
            { "Lemma6", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-near-pi " +
                "N-2 N-large norm-small norm-large T-zero T-positive",
                "spherical-symmetry:None theta0-not-pi:Counterexample" },
            { "Thm3", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-near-pi N-large norm-small norm-large phase-2",
                "spherical-symmetry:Counterexample theta0-not-pi:None" },
            { "Thm3#corrected", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero " +
                "theta0-near-pi N-large norm-small norm-large phase-2",
                "spherical-symmetry:Counterexample theta0-not-pi:None" },
            { "Lemma7", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi " +
                "theta0-near-pi N-1 N-2 N-large norm-small norm-large hidden-off-plane",
                "spherical-symmetry:Counterexample balanced:Counterexample" },
            { "Lemma8", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi " +
                "theta0-near-pi N-1 N-2 N-large norm-small norm-large part-i part-ii",
                "spherical-symmetry:Counterexample" },
            { "Eq39", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi theta0-near-pi N-2 N-large norm-small",
                "spherical-symmetry:None" },
            { "Eq41", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi theta0-near-pi N-2 N-large norm-small",
                "spherical-symmetry:None" },
            { "Eq41#corrected", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi theta0-near-pi N-2 N-large norm-small",
                "spherical-symmetry:None" },
            { "Fig1a", "both-phases both-restarts",
                "" },
            { "Fig1a#corrected", "both-phases both-restarts",
                "" },
            { "Fig1b", "both-phases both-restarts",
                "" },
            { "Fig2", "obtuse-region lemma3-iv-region zero-set-band",
                "" },
        };

        [Fact]
        public void Every_LSZ_claim_and_correction_is_listed()
        {
            var listed = Declared().Select(r => "LSZ." + (string)r[0]).ToHashSet();
            var ids = Claims.Registry.Implemented.Where(c => c.Id.StartsWith("LSZ.", StringComparison.Ordinal))
                .SelectMany(c => c.Corrected is { } k ? new[] { c.Id, k.Id } : [c.Id]).ToHashSet();
            Assert.Equal(ids.Order(), listed.Order());
        }

        /// <summary>Rows name a claim without its "LSZ." prefix: the declarations are read in microseconds, and the mutation filter leaves
        /// out tests whose display name carries the id of a slow claim (their whole-claim runs).</summary>
        [Theory]
        [MemberData(nameof(Declared))]
        public void Claim_declares_its_coverage_classes_and_hypotheses(string claim, string coverage, string hypotheses)
        {
            var id = "LSZ." + claim;
            var c = id.EndsWith("#corrected", StringComparison.Ordinal) ? ClaimAssert.Get(id[..^"#corrected".Length]).Corrected! : ClaimAssert.Get(id);
            Assert.Equal(coverage, string.Join(" ", c.Coverage.Select(k => k.Name)));
            Assert.Equal(hypotheses, string.Join(" ", c.Hypotheses.Select(h => h.Name + ":" + h.Expected)));
        }

        /// <summary>The growth claims share their schedule classes; each class's source names its own remark (6: divergence of ‖w‖, 7: the
        /// √(ln n) rate of the correction).</summary>
        [Fact]
        public void Remarks_6_and_7_classes_name_their_own_remark()
        {
            foreach (var (claim, remark) in new[] { ("LSZ.Remark6", "Remark 6"), ("LSZ.Remark7", "Remark 7") })
                Assert.All(ClaimAssert.Get(claim).Coverage, k => Assert.StartsWith(remark, k.Source, StringComparison.Ordinal));
        }
    }
}
