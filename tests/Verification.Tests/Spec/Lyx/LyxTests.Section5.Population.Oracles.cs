using Verification.Harness;
using Verification.Models.Lyx;
using Verification.Spec;
using Xunit;
using Density = Verification.Dynamics.Lyx.AnnulusDensity;
using Mixture = Verification.Dynamics.Lyx.SquareBumpMixture;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 5 (population claims): the key inequality and the shrinking norms of Lemma 3b / J Lemma 5.1b — exact class sets,
    /// the hypothesis checks just outside each hypothesis, the learning-rate bounds and each branch of the evaluations.</summary>
    public sealed class Section5PopulationOracles
    {
        private static readonly Lyx.JLemma5_1bCorrected JCorrected = (Lyx.JLemma5_1bCorrected)JLemma.Corrected!;

        /// <summary>E[1_{x_1 > 0} x_1] for the uniform density on 1 ≤ |x| ≤ 2: (1/(3π))·2·(2³ − 1)/3 = 14/(9π).</summary>
        private static readonly double HalfMoment = 14 / (9 * Math.PI);

        /// <summary>C_p of the uniform density on 1 ≤ |x| ≤ 2: 2p√3 with p = 1/(3π).</summary>
        private static readonly double UniformCp = 2 * Math.Sqrt(3) / (3 * Math.PI);

        private static HashSet<string> Set(params string[] names) => [.. names];

        private static Lyx.PopCase Conf(double[][] w, double[][] u, double m = 1, double bigM = 2, double alpha = 0, double r0 = 0.5, double eta = 0,
            double b = 0, double[]? bump = null) => new(m, bigM, alpha, w, u, b, [], 0, eta, r0, false, 0, [], [], bump);

        private static Lyx.PopCase Jour(double[][] w, double[][] vm, double v, double m = 1, double bigM = 2, double alpha = 0, double r0 = 0.5,
            double eta = 0, double[]? bump = null) => new(m, bigM, alpha, w, [], 0, [], 0, eta, r0, true, v, vm, new double[w.Length], bump);

        private static readonly double[][] V2 = [[1, -1], [-1, 1]];
        private static readonly double[][] V3OneSign = [[1, -1, -1], [-1, 1, -1], [-1, -1, -1]];

        public static TheoryData<Lyx.PopCase, string[]> KeyClasses => new()
        {
            { Conf([[10, 0]], [[0, 0]]), ["conference", "thin-slab"] },
            { Conf([[6, 8]], [[0, 0]]), ["conference", "thin-slab"] },                    // |w| = 10 exactly
            { Conf([[9.99, 0]], [[0, 0]], alpha: 1), ["conference", "non-uniform-density"] },
            { Conf([[1, 0], [0, 12]], [[0, 0], [0, 0]]), ["conference", "thin-slab"] },   // any neuron
            { Conf([[0, 0]], [[20, 0]]), ["conference"] },                                 // the u's do not make a slab
            // a conference case does not read V
            { new(1, 2, 0, [[1, 0]], [[0, 0]], 0, [], 0, 0, 0, false, 1, V3OneSign, []), ["conference"] },
            { Jour([[1, 0], [0, 1]], V2, 1), ["journal"] },
            { Jour([[1, 0], [0, 1], [1, 1]], V3OneSign, 1, alpha: 2), ["journal", "n-3", "one-sign-column", "non-uniform-density"] },
            { Jour([[1, 0], [0, 1], [1, 1]], [[1, -1, -1], [-1, 1, 1]], 1), ["journal"] },   // n = 2 columns of both signs
        };

        [Fact]
        public void KeyInequality_classifies_exactly() =>
            Table.Each(KeyClasses, (Lyx.PopCase x, string[] expected) =>
            {
                Assert.Equal(Set(expected), Key.Classify(x).ToHashSet());
                Assert.Equal(Set(expected), KeyCorrected.Classify(x).ToHashSet());
            });

        [Fact]
        public void KeyInequality_unsquared_form_fails_on_the_half_annulus()
        {
            // the finding (a): w = (1/1000, 0), Ω the half annulus: E = 14/(9π), P = 1/2, so P/(2C_p) − E = 1/(4C_p) − 14/(9π);
            // the quadrature runs at tolerance 1e-10, so 1e-7 is ample
            var x = Conf([[0.001, 0]], [[0, 0]]);
            var printed = Key.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, printed.Status);
            Assert.Equal(1 / (4 * UniformCp) - HalfMoment, printed.Violation, 1e-7);
            Assert.Equal(Status.Holds, KeyCorrected.Evaluate(x, Context.AsPrinted).Status);
            // C_p/4 makes the squared form fail as well: P²/(2C_p/4) − E = 1/(2C_p) − E
            var wrong = KeyCorrected.Evaluate(x, new Context(Variant: "cp-times-4"));
            Assert.Equal(Status.Fails, wrong.Status);
            Assert.Equal(1 / (2 * UniformCp) - HalfMoment, wrong.Violation, 1e-7);
        }

        [Fact]
        public void KeyInequality_journal_form_sums_over_inactive_classes()
        {
            // the finding (b): n = 3, w_2 = (1, 0) owned by class 2, class 1: |⟨∇, w̃⟩| = 2·14/(9π); printed (v/C_p)(1/4 + 1/4), corrected 1/4
            var x = Jour([[0, 0], [1, 0], [0, 0]], [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]], 1);
            var printed = Key.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, printed.Status);
            Assert.Equal(0.5 / UniformCp - 2 * HalfMoment, printed.Violation, 1e-7);
            Assert.Equal(Status.Holds, KeyCorrected.Evaluate(x, Context.AsPrinted).Status);
        }

        [Fact]
        public void KeyInequality_outside_the_half_space_hypothesis()
        {
            Assert.Equal("w_1 = 0", Key.Evaluate(Conf([[0, 0]], [[1, 0]], b: -0.5), Context.AsPrinted).Detail);
            // w = (1, 0), b = −1: Ω = {f < 1} ∩ {x_1 > −1} = {|x_1| < 1}, so E[1_Ω x_1] = 0 by symmetry while P[Ω] = (2√3 + π/3)/(3π);
            // the 800 × 80 midpoint grid errs by the cells its two lines cut, well below 0.01
            var p = (2 * Math.Sqrt(3) + Math.PI / 3) / (3 * Math.PI);
            var e = Key.Evaluate(Conf([[1, 0]], [[0, 0]], b: -1), Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(p * p / (2 * UniformCp), e.Violation, 0.01);
        }

        private static readonly double[] Square = [0.01, 2, 0, 0.02];           // λ = 1/100, centre (2, 0), ε = 1/50, inside 1 ≤ |x| ≤ 3
        private static readonly double[] WideSquare = [0.5, 2, 0, 0.5];         // corners (3/2 or 5/2, ±1/2)

        public static TheoryData<Lyx.PopCase, string[]> ShrinkingClasses => new()
        {
            { Conf([[0, 0]], [[1, 0]]), ["radial-any-alpha"] },
            { Conf([[0, 0]], [[1, 0], [0, 2]], r0: 0.9375), ["radial-any-alpha", "r-near-norm"] },             // r = 15/16 · min |u_j|
            { Conf([[0, 0]], [[1, 0], [0, 2]], r0: Math.BitDecrement(0.9375)), ["radial-any-alpha"] },
            { Conf([[0, 0]], [[0, 0], [2, 0]], r0: 0.9375), ["radial-any-alpha"] },                            // a zero u_j is not the minimum
            { Conf([[5, 0]], [[2, 0]], r0: 1.875), ["radial-any-alpha", "r-near-norm"] },                      // the w's do not count
            { Conf([[0, 0]], [[0, 0]], r0: 1), ["radial-any-alpha"] },                                         // no non-zero norm
            { Conf([[0, 0]], [[1, 0]], m: 8, bigM: 9), ["radial-any-alpha", "thin-annulus"] },                 // M = 9m/8
            { Conf([[0, 0]], [[1, 0]], m: 8, bigM: 9.001), ["radial-any-alpha"] },
            { Conf([[0, 0]], [[1, 0]], bigM: 3, bump: Square), ["concentrated-near-line"] },
            { Conf([[0, 0]], [[0, 1]], bigM: 3, bump: Square), ["concentrated-near-line", "bump-cut-by-neuron"] },
            { Conf([[0, 1]], [[1, 0]], bigM: 3, bump: Square), ["concentrated-near-line"] },                   // only u_j's lines count
            { Conf([[0, 0]], [[1, 3]], bigM: 3, bump: WideSquare), [] },                                       // λ = 1/2; the line touches a corner
            { Conf([[0, 0]], [[1, 3.0001]], bigM: 3, bump: WideSquare), ["bump-cut-by-neuron"] },
            { Conf([[0, 0]], [[1, 0]], bigM: 3, bump: [0.1, 2, 0, 0.02]), ["concentrated-near-line"] },        // λ = 1/10
            { Conf([[0, 0]], [[1, 0]], bigM: 3, bump: [0.1000001, 2, 0, 0.02]), [] },
        };

        [Fact]
        public void Lemma3b_classifies_exactly() =>
            Table.Each(ShrinkingClasses, (Lyx.PopCase x, string[] expected) => Assert.Equal(Set(expected), Lemma3b.Classify(x).ToHashSet()));

        public static TheoryData<Lyx.PopCase, string[]> JournalShrinkingClasses => new()
        {
            // V2: w_2 shrinks (v_{1,2} < 0), w_1 does not
            { Jour([[3, 0], [1, 0]], V2, 0.5, r0: 0.9375), ["radial-any-alpha", "r-near-norm"] },
            { Jour([[1, 0], [3, 0]], V2, 0.5, r0: 0.9375), ["radial-any-alpha"] },
            { Jour([[1, 0], [1, 0]], V2, Math.BitIncrement(0.5)), ["radial-any-alpha", "v-above-half"] },
            { Jour([[1, 0], [1, 0], [1, 0]], V3OneSign, 1), ["radial-any-alpha", "v-above-half", "n-at-least-3", "one-sign-column"] },
            { Jour([[1, 0], [1, 0], [1, 0]], [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]], 0.25), ["radial-any-alpha", "n-at-least-3"] },
            { Jour([[0, 0], [0, 1]], V2, 0.25, bigM: 3, bump: Square), ["concentrated-near-line", "bump-cut-by-neuron"] },
            { Jour([[0, 1], [0, 0]], V2, 0.25, bigM: 3, bump: Square), ["concentrated-near-line"] },         // w_1 is not shrinking
        };

        [Fact]
        public void JLemma5_1b_classifies_exactly() =>
            Table.Each(JournalShrinkingClasses, (Lyx.PopCase x, string[] expected) => Assert.Equal(Set(expected), JLemma.Classify(x).ToHashSet()));

        [Fact]
        public void Shrinking_claims_declare_their_coverage_classes()
        {
            string[] common = ["concentrated-near-line", "bump-cut-by-neuron", "radial-any-alpha", "r-near-norm", "eta-near-bound", "thin-annulus"];
            Assert.Equal(common, Lemma3b.Coverage.Select(c => c.Name));
            Assert.Equal([.. common, "v-above-half", "n-at-least-3", "one-sign-column"], JLemma.Coverage.Select(c => c.Name));
            Assert.Equal(JLemma.Coverage.Select(c => c.Name), JCorrected.Coverage.Select(c => c.Name));
        }

        [Fact]
        public void Learning_rate_bounds_match_the_printed_formulas()
        {
            // uniform on 1 ≤ |x| ≤ 2: C_p = 2√3/(3π), C_pM² ≈ 1.47 < M = 2, so r/M = 1/4 binds
            var c = Conf([[0, 0]], [[1, 0]], r0: 0.5);
            Assert.Equal(UniformCp, Lyx.ShrinkingNorms.Cp(c), 1e-14);
            Assert.Equal(0.25, Lyx.ShrinkingNorms.Bound(c, false), 1e-15);
            // m = 8, M = 9: C_p = 2/(π√17), C_pM² ≈ 12.5 > M, so r/(C_pM²) binds
            var thin = Conf([[0, 0]], [[1, 0]], m: 8, bigM: 9, r0: 0.5);
            Assert.Equal(2 / (Math.PI * Math.Sqrt(17)), Lyx.ShrinkingNorms.Cp(thin), 1e-14);
            Assert.Equal(0.5 / (Lyx.ShrinkingNorms.Cp(thin) * 81), Lyx.ShrinkingNorms.Bound(thin, false), 1e-15);
            // journal, n = 2, v = 2 on 1 ≤ |x| ≤ 2: r/(2vnM) = 1/32 binds both
            var j = Jour([[1, 0], [1, 0]], V2, 2, r0: 0.5);
            Assert.Equal(0.5 / 16, Lyx.ShrinkingNorms.Bound(j, true), 1e-15);
            Assert.Equal(0.5 / 16, Lyx.JLemma5_1bCorrected.Bound(j), 1e-15);
            // on 20 ≤ |x| ≤ 20.5 (C_pM > n) the corrected first term r/(2vC_pM²) binds, below the printed r/(2vnM)
            var jt = Jour([[1, 0], [1, 0]], V2, 2, m: 20, bigM: 20.5, r0: 0.5);
            var cp = Lyx.ShrinkingNorms.Cp(jt);
            Assert.Equal(Math.Min(0.5 / (cp * 420.25), 0.5 / 164), Lyx.ShrinkingNorms.Bound(jt, true), 1e-15);
            Assert.Equal(0.5 / (4 * cp * 420.25), Lyx.JLemma5_1bCorrected.Bound(jt), 1e-15);
            // the bump's C_p upper bound: λ·C_p(radial) + (1 − λ)·2√2ε/(4ε²)
            var b = Conf([[0, 0]], [[1, 0]], bigM: 3, bump: Square);
            Assert.Equal(0.01 * new Density(1, 3).Cp() + 0.99 * 2 * Math.Sqrt(2) / (4 * 0.02), Lyx.ShrinkingNorms.Cp(b), 1e-12);
        }

        [Fact]
        public void Eta_near_bound_class_edges()
        {
            var c = Conf([[0, 0]], [[1, 0]], r0: 0.5);
            var at = 15.0 / 16 * Lyx.ShrinkingNorms.Bound(c, false);
            Assert.Contains("eta-near-bound", Lemma3b.Classify(c with { Eta = at }));
            Assert.DoesNotContain("eta-near-bound", Lemma3b.Classify(c with { Eta = Math.BitDecrement(at) }));
            // the corrected journal statement measures the edge against its own bound, here below the printed one
            var j = Jour([[1, 0], [1, 0]], V2, 2, m: 20, bigM: 20.5, r0: 0.5);
            var atCorrected = 15.0 / 16 * Lyx.JLemma5_1bCorrected.Bound(j);
            Assert.Contains("eta-near-bound", JCorrected.Classify(j with { Eta = atCorrected }));
            Assert.DoesNotContain("eta-near-bound", JCorrected.Classify(j with { Eta = Math.BitDecrement(atCorrected) }));
            Assert.DoesNotContain("eta-near-bound", JLemma.Classify(j with { Eta = atCorrected }));
            Assert.Contains("eta-near-bound", JLemma.Classify(j with { Eta = 15.0 / 16 * Lyx.ShrinkingNorms.Bound(j, true) }));
            Assert.Single(JCorrected.Classify(j with { Eta = 1 }), "eta-near-bound");
        }

        [Fact]
        public void Lemma3b_hypothesis_check_rejects_each_violation()
        {
            var ok = Conf([[0, 0]], [[1, 0]], r0: 0.5);
            ok = ok with { Eta = Lyx.ShrinkingNorms.Bound(ok, false) / 2 };
            Assert.True(Lyx.Lemma3b.HypothesesHold(ok));
            Assert.False(Lyx.Lemma3b.HypothesesHold(ok with { R0 = 0 }));
            Assert.False(Lyx.Lemma3b.HypothesesHold(ok with { Eta = 0 }));
            Assert.False(Lyx.Lemma3b.HypothesesHold(ok with { Eta = Lyx.ShrinkingNorms.Bound(ok, false) }));   // η < bound is strict
            Assert.True(Lyx.Lemma3b.HypothesesHold(ok with { Eta = Math.BitDecrement(Lyx.ShrinkingNorms.Bound(ok, false)) }));
            Assert.False(Lyx.Lemma3b.HypothesesHold(ok with { B = 0.01 }));
            Assert.False(Lyx.Lemma3b.HypothesesHold(ok with { U = [[0.5, 0]] }));                              // |u| = r: nothing to shrink
        }

        [Fact]
        public void JLemma5_1b_hypothesis_checks_reject_each_violation()
        {
            var ok = Jour([[1, 0], [1, 0]], V2, 1, r0: 0.5);
            ok = ok with { Eta = Lyx.JLemma5_1bCorrected.Bound(ok) / 2 };
            Assert.True(Lyx.JLemma5_1b.HypothesesHold(ok));
            Assert.True(Lyx.JLemma5_1bCorrected.HypothesesHold(ok));
            Assert.False(Lyx.JLemma5_1b.HypothesesHold(ok with { R0 = 0 }));
            Assert.False(Lyx.JLemma5_1b.HypothesesHold(ok with { Eta = 0 }));
            Assert.False(Lyx.JLemma5_1b.HypothesesHold(ok with { Eta = Lyx.ShrinkingNorms.Bound(ok, true) }));
            Assert.False(Lyx.JLemma5_1b.HypothesesHold(ok with { Bias = [0, 0.01] }));
            Assert.False(Lyx.JLemma5_1b.HypothesesHold(ok with { Vm = [[1, -1], [1, 1]] }));                   // column 1 positive twice
            Assert.False(Lyx.JLemma5_1b.HypothesesHold(ok with { Vm = [[1, -1], [-1, 2]] }));                  // |v_{i,j}| not constant
            Assert.False(Lyx.JLemma5_1b.HypothesesHold(ok with { W = [[1, 0], [0.5, 0]] }));                   // the shrinking w_2 has |w_2| = r
            Assert.False(Lyx.JLemma5_1bCorrected.HypothesesHold(ok with { R0 = 0 }));
            Assert.False(Lyx.JLemma5_1bCorrected.HypothesesHold(ok with { Eta = 0 }));
            Assert.False(Lyx.JLemma5_1bCorrected.HypothesesHold(ok with { Eta = Lyx.JLemma5_1bCorrected.Bound(ok) }));
            Assert.False(Lyx.JLemma5_1bCorrected.HypothesesHold(ok with { Bias = [0.01, 0] }));
        }

        [Fact]
        public void Generated_cases_meet_the_hypotheses_and_weakened_ones_break_them()
        {
            GeneratedCases.SatisfyHypotheses(Lemma3b, Lyx.Lemma3b.HypothesesHold, 30);
            GeneratedCases.SatisfyHypotheses(JLemma, Lyx.JLemma5_1b.HypothesesHold, 30);
            GeneratedCases.SatisfyHypotheses(JCorrected, Lyx.JLemma5_1bCorrected.HypothesesHold, 30);
            // the weakened learning rate is at least the printed bound
            var weak = new Context(Weakened: "learning-rate");
            Assert.All(GeneratedCases.Of(Lemma3b, 20, ctx: weak), x => Assert.True(x.Eta >= Lyx.ShrinkingNorms.Bound(x, false) * (1 - 1e-15)));
            Assert.All(GeneratedCases.Of(JLemma, 20, ctx: weak), x => Assert.True(x.Eta >= Lyx.ShrinkingNorms.Bound(x, true) * (1 - 1e-15)));
            GeneratedCases.SatisfyHypotheses(Key, x => x.B == 0 && (!x.Journal || JournalNet<double>.SatisfiesAssumption1(x.Vm) && x.Bias.All(b => b == 0)),
                100);
            Assert.All(GeneratedCases.Of(Key, 60, ctx: new Context(Weakened: "omega-in-halfspace")), x => Assert.True(!x.Journal && x.B < 0));
        }

        [Fact]
        public void Shrinking_radial_evaluation_steps_one_neuron()
        {
            // u = (1, 0), w = 0, uniform on 1 ≤ |x| ≤ 2: f ≤ 0, so ∇_u = E[1_{x_1 > 0} x] = (14/(9π), 0); quadrature error ≤ 1e-10
            var x = Conf([[0, 0]], [[1, 0]], r0: 0.5, eta: 0.25);
            Assert.Equal(Status.Holds, Lemma3b.Evaluate(x, Context.AsPrinted).Status);
            var up = Lemma3b.Evaluate(x, new Context(Variant: "step-sign"));
            Assert.Equal(Status.Fails, up.Status);
            Assert.Equal(Math.Pow(1 + 0.25 * HalfMoment, 2) - 1, up.Violation, 1e-8);
            // the Constants' example: η = 4.25 overshoots through the origin
            var far = Lemma3b.Evaluate(x with { Eta = 4.25 }, Context.AsPrinted);
            Assert.Equal(Status.Fails, far.Status);
            Assert.Equal(Math.Pow(1 - 4.25 * HalfMoment, 2) - 1, far.Violation, 1e-7);
            // |u| ≤ r: not checked, even stepping uphill
            Assert.Equal(Status.Holds, Lemma3b.Evaluate(x with { R0 = 1 }, new Context(Variant: "step-sign")).Status);
            // journal, V = [[1, −1], [−1, 1]], w_1 = 0, w_2 = (1, 0): Ω_{1,2} is everything, so
            // ∇_{w_2} l_1 = (v_{2,2} − v_{1,2}) E[1_{x_1 > 0} x] = 2·(14/(9π), 0)
            var j = Jour([[0, 0], [1, 0]], V2, 1, eta: 0.1);
            Assert.Equal(Status.Holds, JLemma.Evaluate(j, Context.AsPrinted).Status);
            var jUp = JLemma.Evaluate(j, new Context(Variant: "step-sign"));
            Assert.Equal(Status.Fails, jUp.Status);
            Assert.Equal(Math.Pow(1 + 0.1 * 2 * HalfMoment, 2) - 1, jUp.Violation, 1e-8);
        }

        [Fact]
        public void Shrinking_bump_evaluation_uses_the_closed_form_gradient()
        {
            // conference: ∇_u = E[1_{⟨u, x⟩ > 0} x]; journal: the coefficient Σ_r (v_{r,j} − v_{1,j}) = 4 − (−4) = 8 times it
            var u = new double[] { 0, 1 };
            var e = new Mixture(new Density(1, 3), Square[0], Square[1], Square[2], Square[3]).HalfPlane(u).E;
            const double eta = 0.01;
            double Grown(double coef) => Math.Pow(u[0] + eta * coef * e[0], 2) + Math.Pow(u[1] + eta * coef * e[1], 2) - 1;
            var c = Conf([[0, 0]], [u], bigM: 3, r0: 0.5, eta: eta, bump: Square);
            Assert.Equal(Status.Holds, Lemma3b.Evaluate(c, Context.AsPrinted).Status);
            var cUp = Lemma3b.Evaluate(c, new Context(Variant: "step-sign"));
            Assert.Equal(Status.Fails, cUp.Status);
            Assert.Equal(Grown(1), cUp.Violation, 1e-12);
            var j = Jour([[0, 0], u], [[4, -4], [-4, 4]], 4, bigM: 3, r0: 0.5, eta: eta, bump: Square);
            var jUp = JLemma.Evaluate(j, new Context(Variant: "step-sign"));
            Assert.Equal(Status.Fails, jUp.Status);
            Assert.Equal(Grown(8), jUp.Violation, 1e-12);
            Assert.StartsWith("square-bump density, C_p ≤ ", jUp.Detail, StringComparison.Ordinal);
            Assert.Contains("w_2: |·|² 1 → ", jUp.Detail, StringComparison.Ordinal);
        }
    }
}
