using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 3: exact class sets and evaluation branches of Markov, the descent lemma (printed and corrected), Remarks 1-2,
    /// and the discard branches of the bias theorems (no trajectory is run).</summary>
    public sealed class Section3Oracles
    {
        private static readonly Lyx.DescentLemma Descent = (Lyx.DescentLemma)ClaimAssert.Get("LYX.DescentLemma");
        private static readonly Lyx.DescentLemmaCorrected DescentC = (Lyx.DescentLemmaCorrected)Descent.Corrected!;
        private static readonly Lyx.Remark1 Remark1 = (Lyx.Remark1)ClaimAssert.Get("LYX.Remark1");
        private static readonly Lyx.Remark1Corrected Remark1C = (Lyx.Remark1Corrected)Remark1.Corrected!;

        private static readonly R[][] V2 = [[1, -1], [-1, 1]];
        private static readonly R[][] Id2 = [[1, 0], [0, 1]];

        private static Lyx.MarkovCase Conf(R b, params (R[] X, int Y)[] data) => new(false, [[1, 0]], [[0, 0]], b, [], [], [.. data]);
        private static Lyx.MarkovCase Jour(R[][] v, R[] bias, params (R[] X, int Y)[] data) => new(true, Id2, [], 0, bias, v, [.. data]);

        public static TheoryData<Lyx.MarkovCase, string[]> MarkovClasses => new()
        {
            { Conf(0, (V(1, 0), 1)), [] },                                                  // f = 1
            { Conf(0, (V(1, 0), 1), (V(0, 1), -1)), ["output-zero"] },                     // f(0, 1) = 0
            { Conf(1, (V(1, 0), 1)), ["output-zero", "positive-bias"] },                   // f = σ(1 − 1) = 0
            { Conf(Q(1, 2), (V(1, 0), 1)), ["positive-bias"] },
            { Jour(V2, [0, 0], (V(1, 1), 0)), ["argmax-tie"] },                            // f = (0, 0)
            { Jour(V2, [0, 0], (V(1, 0), 0), (V(2, 1), 1)), [] },                         // f = (1, −1), (1, −1)
            { Jour(V2, [0, 0], (V(-1, -1), 1)), ["argmax-tie"] },                          // both inactive: f = 0
            { Jour(V2, [0, Q(1, 4)], (V(1, 0), 0)), ["positive-bias"] },
            { Jour([[1, -1], [-1, 1], [-1, -1]], [0, 0], (V(1, 0), 0)), ["n-3"] },          // f = (1, −1, −1): the others tie, not with y
            { Jour([[1, -1], [-1, 1], [-1, -1]], [0, 0], (V(1, 0), 1)), ["n-3", "argmax-tie"] }, // f_1 = f_2 = −1
        };

        [Fact]
        public void Markov_classifies_exactly() =>
            Table.Each(MarkovClasses, (Lyx.MarkovCase x, string[] expected) => Assert.Equal(Set(expected), Markov.Classify(x).ToHashSet()));

        [Fact]
        public void Markov_counts_misclassified_points_and_their_loss()
        {
            // f(1, 0) = 1 (correct, loss 0), f(0, 1) = 0 (misclassified, loss exactly 1), f(2, 0) = 2 with y = −1 (misclassified, loss 3)
            var x = Conf(0, (V(1, 0), 1), (V(0, 1), 1), (V(2, 0), -1));
            var e = Markov.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("P[ŷ ≠ y] = 2/3, l(W) = 4/3", e.Detail);
            // margin 1/2: losses 0, 1/2, 5/2 still cover the two errors; on the f = 0 point alone it does not: (1 − 1/2)/2 = 1/4
            Assert.Equal(Status.Holds, Markov.Evaluate(x, new Context(Variant: "margin-half")).Status);
            var half = Markov.Evaluate(Conf(0, (V(1, 0), 1), (V(0, 1), 1)), new Context(Variant: "margin-half"));
            Assert.Equal(Status.Fails, half.Status);
            Assert.Equal(0.25, half.Violation);
            Assert.Equal("P[ŷ ≠ y] = 1/2, l(W) = 1/4", half.Detail);
        }

        [Fact]
        public void Markov_journal_ties_go_to_the_smallest_index()
        {
            // f(1, 1) = (0, 0): predicted 0, so label 0 is correct (loss 1) and label 1 wrong (loss 1)
            var right = Markov.Evaluate(Jour(V2, [0, 0], (V(1, 1), 0)), Context.AsPrinted);
            Assert.Equal("P[ŷ ≠ y] = 0, l(W) = 1", right.Detail);
            var wrong = Markov.Evaluate(Jour(V2, [0, 0], (V(1, 1), 1)), new Context(Variant: "margin-half"));
            Assert.Equal(Status.Fails, wrong.Status);
            Assert.Equal(0.5, wrong.Violation);
            Assert.Equal("P[ŷ ≠ y] = 1, l(W) = 1/2", wrong.Detail);
            // n = 3, f(1, 0) = (1, −1, −1), label 1: loss (1 − (−1) + 1) + (1 − (−1) + (−1)) = 3 + 1
            Assert.Equal("P[ŷ ≠ y] = 1, l(W) = 4", Markov.Evaluate(Jour([[1, -1], [-1, 1], [-1, -1]], [0, 0], (V(1, 0), 1)), Context.AsPrinted).Detail);
        }

        private static Lyx.DescentCase D1(R l, R a, R x, R eta) => new(l, [a], [[1]], [x], eta);

        public static TheoryData<Lyx.DescentCase, string[], string[]> DescentClasses => new()
        {
            // (printed η < L/2, corrected η < 2/L): L = 4 gives tops 2 and 1/2
            { D1(4, 4, 1, Q(9, 5)), ["curvature-at-L", "eta-in-upper-tenth"], ["curvature-at-L", "eta-in-upper-tenth"] },
            { D1(4, 3, 1, Q(179, 100)), [], ["eta-in-upper-tenth"] },
            { D1(4, 3, 1, Q(9, 20)), [], ["eta-in-upper-tenth"] },
            { D1(4, 3, 1, Q(44, 100)), [], [] },
            { D1(4, 0, 1, Q(1, 10)), [], [] },                                              // a zero eigenvalue needs d ≥ 2
            { new(4, [0, 4], Id2, V(1, 1), Q(1, 10)), ["curvature-at-L", "flat-direction"], ["curvature-at-L", "flat-direction"] },
            { new(4, [1, 2, 3], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], V(1, 1, 1), Q(1, 10)), ["d-3"], ["d-3"] },
            { new(4, [0, 1, 5], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], V(1, 1, 1), Q(1, 10)), ["d-3", "flat-direction"], ["d-3", "flat-direction"] },
        };

        [Fact]
        public void DescentLemma_classifies_exactly_printed_and_corrected() =>
            Table.Each(DescentClasses, (Lyx.DescentCase x, string[] printed, string[] corrected) =>
            {
                Assert.Equal(Set(printed), Descent.Classify(x).ToHashSet());
                Assert.Equal(Set(corrected), DescentC.Classify(x).ToHashSet());
            });

        [Fact]
        public void DescentLemma_finding_fails_the_second_inequality_only()
        {
            // l = (3/2)x², x = 1, η = 1: x⁺ = −2, l(x⁺) = 6 = l(x) − (η − η²L/2)|∇l|² = 3/2 + 9/2, but 6 > 3/2 by 9/2
            var e = Descent.Evaluate(D1(3, 3, 1, 1), Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(4.5, e.Violation);
            Assert.Equal("l(x) = 3/2, l(x⁺) = 6, bound 6, η − η²L/2 = -1/2", e.Detail);
            Assert.Equal(e, DescentC.Evaluate(D1(3, 3, 1, 1), Context.AsPrinted));
        }

        [Fact]
        public void DescentLemma_first_inequality_fails_without_eta_squared_or_smoothness()
        {
            // drop-eta-squared: bound 3/2 − 9 = −15/2 < 6 by 27/2
            var drop = Descent.Evaluate(D1(3, 3, 1, 1), new Context(Variant: "drop-eta-squared"));
            Assert.Equal(Status.Fails, drop.Status);
            Assert.Equal(13.5, drop.Violation);
            Assert.Equal("(9) fails: l(x⁺) = 6 > l(x) − (η − η²L/2)|∇l|² = -15/2", drop.Detail);
            // eigenvalue 3 > L = 1, η = 1/4: l(x⁺) = 3/32 against 3/2 − (7/32)·9 = −15/32
            var rough = Descent.Evaluate(D1(1, 3, 1, Q(1, 4)), Context.AsPrinted);
            Assert.Equal(Status.Fails, rough.Status);
            Assert.Equal(0.5625, rough.Violation);
        }

        [Fact]
        public void DescentLemma_holds_at_equality_with_a_rotated_curvature()
        {
            // A = q qᵀ with q = (3/5, 4/5) (first column of Q), x = q, L = 1, η = 1/4: ∇l = x, x⁺ = 3x/4, l(x⁺) = 9/32 equals the bound
            var x = new Lyx.DescentCase(1, [1, 0], [[Q(3, 5), Q(-4, 5)], [Q(4, 5), Q(3, 5)]], [Q(3, 5), Q(4, 5)], Q(1, 4));
            var e = Descent.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("l(x) = 1/2, l(x⁺) = 9/32, bound 9/32, η − η²L/2 = 7/32", e.Detail);
            // the orthogonal direction is flat: nothing moves
            Assert.Equal("l(x) = 0, l(x⁺) = 0, bound 0, η − η²L/2 = 7/32",
                Descent.Evaluate(x with { X = [Q(-4, 5), Q(3, 5)] }, Context.AsPrinted).Detail);
        }

        [Fact]
        public void DescentLemma_generators_keep_eigenvalues_and_step_in_range()
        {
            foreach (var (ctx, corrected) in new[] { (Context.AsPrinted, false), (Context.AsPrinted, true), (new Context(Weakened: "l-smooth"), false) })
            {
                var cases = corrected ? GeneratedCases.Of(DescentC, 60) : GeneratedCases.Of(Descent, 60, ctx: ctx);
                var top = ctx.Weak("l-smooth") ? 3 : 1;
                foreach (var x in cases)
                {
                    Assert.True(x.Lc.Sign > 0 && x.Lc <= 8, $"L = {x.Lc}");
                    Assert.True(x.A.All(a => a.Sign >= 0 && a <= top * x.Lc), $"{x}");
                    Assert.True(8 * x.A[0] >= 7 * top * x.Lc, $"a_0 not near the top: {x}");
                    Assert.True(x.Eta.Sign > 0 && x.Eta < (corrected ? 2 / x.Lc : x.Lc / 2), $"{x}");
                    Assert.InRange(x.X.Length, 1, 3);
                }
            }
            Assert.Contains(GeneratedCases.Of(Descent, 60, ctx: new Context(Weakened: "l-smooth")), x => x.A.Any(a => a > x.Lc));
        }

        public static TheoryData<Lyx.Remark1Case, string[]> Remark1Classes => new()
        {
            { R1(0, [0, 0]), ["bias-zero", "w-zero"] },                                     // 4|w|² = b² = 0, but b = 0 is its own class
            { R1(0, [1, 0]), ["bias-zero"] },
            { R1(2, [1, 0], [0, 0]), ["condition-at-equality", "w-zero", "k-2"] },
            { R1(2, [Q(3, 5), Q(4, 5)]), ["condition-at-equality"] },
            { R1(2, [Q(1, 2), 0]), [] },
            { R1(2, [Q(1, 2), 0], [Q(1, 2), 0]), ["k-2"] },
            { R1(3, [0, 1]), [] },                                                          // a zero coordinate is not w = 0
            { R1(3, [0, 0]), ["w-zero"] },
        };

        private static Lyx.Remark1Case R1(R b, params R[][] w) =>
            new(b, w, w.Select(_ => new R[] { 0, 0 }).ToArray(), [V(1, 0)], 1);

        [Fact]
        public void Remark1_classifies_exactly() =>
            Table.Each(Remark1Classes, (Lyx.Remark1Case x, string[] expected) => Assert.Equal(Set(expected), Remark1.Classify(x).ToHashSet()));

        [Fact]
        public void Remark1_finding_moves_u_while_the_corrected_statement_holds()
        {
            // b = 0, w = 0, u = (0, −2), data {(0, −1)}: f = −2, ∇_u l = (0, −1); three steps take u to (0, −1), (0, 0): l = 3, 2, 1
            var x = new Lyx.Remark1Case(0, [[0, 0]], [[0, -2]], [V(0, -1)], 1);
            var printed = Remark1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, printed.Status);
            Assert.Equal(1, printed.Violation);
            Assert.Equal("gradient W: [(0, 0)], U: [(0, -1)]", printed.Detail);
            Assert.Equal(Status.Holds, Remark1C.Evaluate(x, Context.AsPrinted).Status);
            // nothing active: zero gradient, as printed
            Assert.Equal(Status.Holds, Remark1.Evaluate(x with { U = [[0, 0]] }, Context.AsPrinted).Status);
        }

        [Fact]
        public void Remark1_corrected_fails_on_an_active_w()
        {
            // w = (1/2, 0) active at x = (1, 0): l_1 = 1/2 < 1 at step 0
            var low = Remark1C.Evaluate(new Lyx.Remark1Case(0, [[Q(1, 2), 0]], [[0, 0]], [V(1, 0)], 1), Context.AsPrinted);
            Assert.Equal(Status.Fails, low.Status);
            Assert.Equal(0.5, low.Violation);
            Assert.Equal("step 0: l_1 = 1/2 < 1", low.Detail);
            // w = (1, 0), u = (2, 0): f = −1, l_1 = 2 ≥ 1 but ∇_w l_1 = −x ≠ 0
            var moving = Remark1C.Evaluate(new Lyx.Remark1Case(0, [[1, 0]], [[2, 0]], [V(1, 0)], 1), Context.AsPrinted);
            Assert.Equal(Status.Fails, moving.Status);
            Assert.Equal(1, moving.Violation);
            Assert.Equal("step 0: ∇_w l_1 = [(-1, 0)] ≠ 0", moving.Detail);
        }

        [Fact]
        public void Remark1_generator_keeps_the_condition_unmet()
        {
            foreach (var x in GeneratedCases.Of(Remark1, 60))
            {
                Assert.True(x.B.Sign >= 0 && x.W.All(w => 4 * Sq(w) <= x.B * x.B), $"{x}");
                Assert.True(x.Data.All(p => Sq(p) >= 1 && Sq(p) <= 4) && x.Eta.Sign > 0 && x.Eta <= 1, $"{x}");
                Assert.InRange(x.W.Length, 1, 2);
            }
            Assert.All(GeneratedCases.Of(Remark1, 30, ctx: new Context(Variant: "w-active")), x => Assert.True(x.W.All(w => Sq(w) == (1 + x.B) * (1 + x.B))));
        }

        private static R Sq(R[] v) => v.Aggregate(R.Zero, (s, t) => s + t * t);

        private static readonly Lyx.Remark2 Remark2 = (Lyx.Remark2)ClaimAssert.Get("LYX.Remark2");

        [Fact]
        public void Remark2_classifies_exactly()
        {
            Assert.Equal(Set("eta-smallest"), Remark2.Classify(new Lyx.ExpCase(0, 0, 0.05)).ToHashSet());
            Assert.Equal(Set("eta-largest"), Remark2.Classify(new Lyx.ExpCase(0, 1, 0.2)).ToHashSet());
            Assert.Empty(Remark2.Classify(new Lyx.ExpCase(0, 0, 0.1)));
        }

        private static Lyx.DynCase Dyn(bool journal, int kPos, double bias, double v, string init = "gaussian", double scale = 1) =>
            new(journal, 2, kPos, 1, 0, init, 0, 0.1, 0.5, bias, v, 12, 1, 2, 0, scale);

        [Fact]
        public void Bias_theorems_discard_cases_without_a_known_2_over_L()
        {
            // journal: 2vΣb = 2·1·(3/10) ≥ 1/2, so C ≤ 0 and the proof gives no L
            var j = (Lyx.JTheorem3_1)ClaimAssert.Get("LYX.J.Thm3.1");
            var e = j.Evaluate(Dyn(true, 2, 0.3, 1), Context.AsPrinted);
            Assert.Equal(Status.Discarded, e.Status);
            Assert.StartsWith("2vΣb_j ≥ 1/2", e.Detail, StringComparison.Ordinal);
            // conference, k = 1: C = 1/(2M) + b > 0, but b = 100 exceeds |w_1|M for any drawn w_1
            var c = (Lyx.Theorem1)ClaimAssert.Get("LYX.Thm1");
            var unmet = c.Evaluate(Dyn(false, 1, 100, 1), Context.AsPrinted);
            Assert.Equal(Status.Discarded, unmet.Status);
            Assert.StartsWith("the initialisation condition is unmet", unmet.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void JTheorem3_2_classifies_its_own_classes()
        {
            // canonical scale σ(2vM) = 1 with v = 1/2, M = 2: σ = 1/2; k-below-3 and the family's init-scale class are replaced
            var t = (Lyx.JTheorem3_2)ClaimAssert.Get("LYX.J.Thm3.2");
            Assert.Empty(t.Classify(Dyn(true, 2, 0, 0.5, "small", 0.5)));
            Assert.Equal(Set("k-3"), t.Classify(Dyn(true, 3, 0, 0.5, "large", 0.5)).ToHashSet());
            Assert.Equal(Set("init-scale-extreme"), t.Classify(Dyn(true, 2, 0, 0.5, "gaussian", 0.25)).ToHashSet());
            Assert.Equal(Set("init-scale-extreme", "k-3"), t.Classify(Dyn(true, 3, 0, 0.5, "gaussian", 1)).ToHashSet());
        }

        private static readonly double[] CanonicalSteps = [0.1, 0.2, 0.4];
        private static readonly double[] CanonicalScales = [0.5, 1, 2];

        [Fact]
        public void JTheorem3_2_generator_runs_in_canonical_units()
        {
            foreach (var x in GeneratedCases.Of((Lyx.JTheorem3_2)ClaimAssert.Get("LYX.J.Thm3.2"), 60))
            {
                var s = 2 * x.V * x.M2;
                Assert.InRange(x.KPos, 3, 8);
                Assert.True(x.Init is not ("small" or "large") && x.Journal && x.BiasTotal == 0, $"{x}");
                Assert.Contains(CanonicalSteps, e => Math.Abs(x.Eta * s * s - e) < 1e-12);
                Assert.Contains(CanonicalScales, e => Math.Abs(x.InitScale * s - e) < 1e-12);
            }
        }

        [Fact]
        public void Markov_generator_cases_are_valid_and_hold()
        {
            foreach (var x in GeneratedCases.Of(Markov, 60))
            {
                if (x.Journal) Assert.True(Verification.Models.Lyx.JournalNet<R>.SatisfiesAssumption1(x.Vm) && x.Data.All(p => p.Y >= 0 && p.Y < x.Vm.Length));
                else Assert.True(x.B.Sign >= 0 && x.W.Length == x.U.Length && x.Data.All(p => p.Y is 1 or -1), $"{x}");
                Assert.Equal(Status.Holds, Markov.Evaluate(x, Context.AsPrinted).Status);
            }
        }

        [Fact]
        public void Theorem2_bound_is_the_proofs_constant_and_its_variant_a_ten_thousandth()
        {
            // three steps, b = 0, k = 2: C = (2RC_p/(ηp_R))·RM + 2η⁻¹R²M(d + 1)C_p with R the largest |W| seen (d + 1 = 3 as printed)
            var x = new Lyx.DynCase(false, 2, 2, 2, 0, "gaussian", 1, 0.1, 0, 0, 1, 3, 1, 2, 0);
            var t2 = (Lyx.Theorem2)ClaimAssert.Get("LYX.Thm2");
            var e = t2.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            var run = Lyx.Dyn.Run(x);
            double r = run.MaxNorm, cp = Lyx.Dyn.Cp(x), pr = Lyx.Dyn.PR(1, 2, r);
            var bound = 2 * r * cp / (0.1 * pr) * r * 2 + 2 / 0.1 * r * r * 2 * 3 * cp;
            Assert.Equal(bound, e.Slack!.Value.Bound, bound * 1e-12);
            Assert.Equal(run.Loss.Sum(), e.Slack.Value.Observed);
            var small = t2.Evaluate(x, new Context(Variant: "bound-over-10000"));
            var expected = run.Loss.Sum() - bound * 1e-4;
            if (expected > 0) Assert.Equal(expected, small.Violation, Math.Abs(expected) * 1e-9);
            else Assert.Equal(bound * 1e-4, small.Slack!.Value.Bound, bound * 1e-15);
        }

        [Fact]
        public void JTheorem3_2_a_network_at_zero_is_stationary_at_loss_one()
        {
            // initial scale 0: every neuron is 0, inactive everywhere (⟨0, x⟩ = 0 is not > 0), so GD never moves and l_1 = 1 − f_1 + f_2 = 1
            var t = (Lyx.JTheorem3_2)ClaimAssert.Get("LYX.J.Thm3.2");
            var x = new Lyx.DynCase(true, 2, 3, 1, 0, "gaussian", 0, 0.1, 0, 0, 0.5, 3, 1, 2, 0, 0);
            var e = t.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(CounterexampleClass.Genuine, e.Class);
            Assert.Equal(1, e.Violation, 1e-9);                                 // the quadrature of the constant 1 over a unit mass
            Assert.StartsWith("GD is stationary at step 0", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, t.Evaluate(x, new Context(Variant: "weights-vanish")).Status);   // |W| = 0 → 0 is not < 0
        }

        [Fact]
        public void Theorem1_descends_below_2_over_L_while_the_positive_norm_grows()
        {
            // k = 2, b = 1/100 < 1/(2kM) = 1/8, η = θ·2/L with θ = 1/2: the proof's descent; Lemma 3: Σ|w_j| grows while w_j is active on Ω
            var x = new Lyx.DynCase(false, 2, 2, 2, 0, "gaussian", 3, 0, 0.5, 0.01, 1, 3, 1, 2, 0);
            x = x with { Eta = 0.5 * 2 / Lyx.Dyn.ProofLipschitz(x)!.Value };
            var t1 = (Lyx.Theorem1)ClaimAssert.Get("LYX.Thm1");
            Assert.True(Lyx.Dyn.InitialisationCondition(x));
            var e = t1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.StartsWith("loss non-increasing on the horizon", e.Detail, StringComparison.Ordinal);
            var norm = t1.Evaluate(x, new Context(Variant: "norm-nonincreasing"));
            Assert.Equal(Status.Fails, norm.Status);
            Assert.True(norm.Violation > 0);
        }
    }
}
