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
            { "LSZ.Prop1", "gaussian non-symmetric d-at-least-3 beyond-S2 part-lipschitz part-smooth part-not-strongly-convex",
                "no-mass-on-hyperplane:None logistic-loss:Counterexample" },
            { "LSZ.Prop2", "part-i part-iv beyond-S2 gaussian-d3 eta-small eta-large theta-near-pi norm-large",
                "not-all-mass-on-hyperplane:Counterexample spherical-symmetry:None" },
            { "LSZ.Prop3", "part-i part-ii beyond-S2 gaussian-d3 norm-small norm-large a-zero a-negative a-small a-large",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Prop3#corrected", "part-i part-ii beyond-S2 gaussian-d3 norm-small norm-large a-zero a-negative a-small a-large",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Eq21", "beyond-S2 gaussian-d3 alpha-negative alpha-zero alpha-large",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Remark2", "beyond-S2 gaussian-d3 w-zero antiparallel a-large",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Eq2", "beyond-S2 gaussian-d3 theta-near-0 theta-near-pi norm-small norm-large",
                "spherical-symmetry:None logistic-loss:Counterexample" },
            { "LSZ.Eq4", "beyond-S2 gaussian-d3 theta-near-0 theta-near-pi norm-small norm-large",
                "spherical-symmetry:None" },
            { "LSZ.Eq7", "beyond-S2 gaussian-d3 theta-near-0 theta-near-pi norm-small norm-large",
                "spherical-symmetry:None" },
            { "LSZ.Lemma2", "beyond-S2 gaussian-d3 theta-zero-or-pi theta-near-0 theta-near-pi norm-small norm-large",
                "spherical-symmetry:Counterexample logistic-loss:Counterexample" },
            { "LSZ.Lemma2.Eq6", "genuine-3d d-at-least-4 near-parallel beyond-S2",
                "spherical-symmetry:Counterexample w-not-parallel-v:None" },
            { "LSZ.Lemma3", "iii-theta-zero iii-theta-right-angle iv-at-bound ii-near-right-angle beyond-S2",
                "spherical-symmetry:Counterexample logistic-loss:Counterexample" },
            { "LSZ.Lemma3#corrected", "iii-theta-zero iii-theta-right-angle iv-at-bound ii-near-right-angle beyond-S2 iii-theta-pi iii-obtuse",
                "spherical-symmetry:Counterexample logistic-loss:Counterexample" },
            { "LSZ.Lemma1", "beyond-S2 gaussian-d3 theta0-obtuse theta0-near-0 theta0-near-pi norm-small theta0-zero theta0-pi T-zero T-positive",
                "spherical-symmetry:None" },
            { "LSZ.Lemma10", "T-zero-positive root-at-zero T-infinite T-interior roots-before-zero double-root-before-zero",
                "bounce-condition:Counterexample" },
            { "LSZ.Lemma11", "theta0-near-0 theta0-near-pi f-constant f-oscillating f-near-zero",
                "theta0-interior:Counterexample f-positive:Counterexample" },
            { "LSZ.Thm1", "beyond-S2 gaussian-d3 theta0-obtuse theta0-near-0 theta0-near-pi norm-small",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Thm1#corrected", "beyond-S2 gaussian-d3 theta0-obtuse theta0-near-0 theta0-near-pi norm-small",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Eq8", "step-turns-back theta-obtuse norm-shrinks beyond-S2 gaussian-d3 theta-near-pi",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Lemma12", "beyond-S2 gaussian-d3 theta-zero-or-pi theta-near-0 theta-near-pi norm-small norm-large eta-small eta-large",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Lemma4", "beyond-S2 gaussian-d3 theta0-near-pi theta0-near-right norm-small eta-minus-zero growing-schedule eta-large",
                "spherical-symmetry:Counterexample wrong-half-space:Counterexample" },
            { "LSZ.Remark6", "geometric power harmonic summable",
                "" },
            { "LSZ.Lemma5", "condition-all-steps long-prefix wrong-half-space theta0-zero beyond-S2",
                "spherical-symmetry:Counterexample condition-11:Counterexample" },
            { "LSZ.Remark7", "geometric power harmonic summable harmonic-large-offset",
                "" },
            { "LSZ.Thm2", "wrong-half-space theta0-zero small-rates large-rates beyond-S2 d-at-least-3",
                "bounded-rates:None eta-minus-positive:Counterexample" },
            { "LSZ.Remark3", "beyond-S2 gaussian-d3 theta0-obtuse eta-far",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Eq14", "gaussian-d3 mixture sphere-d3 N-2 N-large",
                "balanced-13:Counterexample" },
            { "LSZ.Eq14#corrected", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi N-2 " +
                "N-large section5-init arora-init hidden-off-plane",
                "balanced:Counterexample" },
            { "LSZ.Prop4", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-near-pi N-2 norm-small norm-large",
                "spherical-symmetry:Counterexample depth-2:Counterexample theta0-not-pi:None" },
            { "LSZ.Lemma6", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-near-pi " +
                "N-2 N-large norm-small norm-large T-zero T-positive",
                "spherical-symmetry:None theta0-not-pi:Counterexample" },
            { "LSZ.Thm3", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-near-pi N-large norm-small norm-large phase-2",
                "spherical-symmetry:Counterexample theta0-not-pi:None" },
            { "LSZ.Thm3#corrected", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero " +
                "theta0-near-pi N-large norm-small norm-large phase-2",
                "spherical-symmetry:Counterexample theta0-not-pi:None" },
            { "LSZ.Lemma7", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi " +
                "theta0-near-pi N-1 N-2 N-large norm-small norm-large hidden-off-plane",
                "spherical-symmetry:Counterexample balanced:Counterexample" },
            { "LSZ.Lemma8", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi " +
                "theta0-near-pi N-1 N-2 N-large norm-small norm-large part-i part-ii",
                "spherical-symmetry:Counterexample" },
            { "LSZ.Eq39", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi theta0-near-pi N-2 N-large norm-small",
                "spherical-symmetry:None" },
            { "LSZ.Eq41", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi theta0-near-pi N-2 N-large norm-small",
                "spherical-symmetry:None" },
            { "LSZ.Eq41#corrected", "gaussian-d3 mixture sphere-d3 theta0-near-0 theta0-obtuse theta0-zero theta0-pi theta0-near-pi N-2 N-large norm-small",
                "spherical-symmetry:None" },
            { "LSZ.Fig1a", "both-phases both-restarts",
                "" },
            { "LSZ.Fig1a#corrected", "both-phases both-restarts",
                "" },
            { "LSZ.Fig1b", "both-phases both-restarts",
                "" },
            { "LSZ.Fig2", "obtuse-region lemma3-iv-region zero-set-band",
                "" },
        };

        [Fact]
        public void Every_LSZ_claim_and_correction_is_listed()
        {
            var listed = Declared().Select(r => (string)r[0]).ToHashSet();
            var ids = Claims.Registry.Implemented.Where(c => c.Id.StartsWith("LSZ.", StringComparison.Ordinal))
                .SelectMany(c => c.Corrected is { } k ? new[] { c.Id, k.Id } : [c.Id]).ToHashSet();
            Assert.Equal(ids.Order(), listed.Order());
        }

        [Theory]
        [MemberData(nameof(Declared))]
        public void Claim_declares_its_coverage_classes_and_hypotheses(string id, string coverage, string hypotheses)
        {
            var c = id.EndsWith("#corrected", StringComparison.Ordinal) ? ClaimAssert.Get(id[..^"#corrected".Length]).Corrected! : ClaimAssert.Get(id);
            Assert.Equal(coverage, string.Join(" ", c.Coverage.Select(k => k.Name)));
            Assert.Equal(hypotheses, string.Join(" ", c.Hypotheses.Select(h => h.Name + ":" + h.Expected)));
        }
    }
}
