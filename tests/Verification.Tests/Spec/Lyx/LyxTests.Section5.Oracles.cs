using Verification.Arithmetic;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 5 (exact claims): Lemma 4, Remark 3 and its count, Lemma 3a and C_p — exact class sets at each class's edge,
    /// each branch of the evaluations with its exact violation, and the closed forms the evaluations compare with.</summary>
    public sealed class Section5Oracles
    {

        private static HashSet<string> Set(params string[] names) => [.. names];

        private static Lyx.Lemma4Case L4(int d, params int[][] w) => new(d, [.. w.Select(v => V(v))]);

        public static TheoryData<Lyx.Lemma4Case, string[]> Lemma4Classes => new()
        {
            { L4(1, [1], [-1]), ["gc-holds"] },
            { L4(1, [1]), ["gc-fails", "k-at-most-d"] },
            { L4(2, [1, 0], [0, 1]), ["gc-fails", "k-at-most-d"] },                  // k = d
            { L4(2, [1, 0], [-1, 0], [0, 1]), ["gc-fails"] },                         // k = d + 1, 0 on the hull's boundary
            { L4(2, [1, 0], [0, 1], [-1, -1]), ["gc-holds"] },
            { L4(3, [1, 0, 0], [0, 1, 0], [0, 0, 1]), ["gc-fails", "k-at-most-d"] },
            { L4(4, [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]), ["gc-fails", "k-at-most-d", "d-4"] },
            { L4(4, [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [-1, -1, -1, -1]), ["gc-holds", "d-4"] },
        };

        [Fact]
        public void Lemma4_classifies_exactly() =>
            Table.Each(Lemma4Classes, (Lyx.Lemma4Case x, string[] expected) => Assert.Equal(Set(expected), Lemma4.Classify(x).ToHashSet()));

        [Fact]
        public void Lemma4_evaluation_compares_the_four_forms()
        {
            var holds = Lemma4.Evaluate(L4(2, [1, 0], [0, 1], [-1, -1]), Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.Equal("(1) True, (2) True, (3) True, (4) True", holds.Detail);
            var fails = Lemma4.Evaluate(L4(2, [1, 0], [0, 1]), Context.AsPrinted);
            Assert.Equal(Status.Holds, fails.Status);
            Assert.Equal("(1) False, (2) False, (3) False, (4) False", fails.Detail);
            // the wrong sign test (null spaces of d vectors) finds no separating direction, so it reports GC for any set
            foreach (var x in new[] { L4(2, [1, 0], [0, 1]), L4(1, [1]) })
            {
                var wrong = Lemma4.Evaluate(x, new Context(Variant: "sign-test-d-subsets"));
                Assert.Equal(Status.Fails, wrong.Status);
                Assert.Equal(1, wrong.Violation);
                Assert.Equal("(1) True, (2) False, (3) False, (4) False", wrong.Detail);
            }
            // a dependent pair (1, 0), (2, 0) has the normal (0, 1), and every point lies on its closed side: the wrong test agrees there
            var dependent = Lemma4.Evaluate(L4(2, [1, 0], [2, 0], [0, 1]), new Context(Variant: "sign-test-d-subsets"));
            Assert.Equal(Status.Holds, dependent.Status);
            Assert.Equal("(1) False, (2) False, (3) False, (4) False", dependent.Detail);
        }

        [Fact]
        public void Exact_generators_stay_inside_or_just_outside_their_hypotheses()
        {
            Assert.All(GeneratedCases.Of(Lemma4, 100), x => Assert.True(x.D is >= 1 and <= 4 && x.W.Count is >= 1 and <= 7 && x.W.All(v => v.Length == x.D)));
            // weakened: an antipodal and a repeated point are added
            Assert.All(GeneratedCases.Of(Lemma4, 100, ctx: new Context(Weakened: "general-position")), x =>
            {
                Assert.Contains(x.W, v => v.Zip(x.W[0]).All(z => z.First == -z.Second));
                Assert.True(x.W.Count >= 3);
            });
            Assert.All(GeneratedCases.Of(Remark3, 100), x => Assert.True(x.Shift.Sign == 0 && x.D is >= 1 and <= 3 && x.K is >= 1 and <= 8));
            Assert.All(GeneratedCases.Of(Remark3, 50, ctx: new Context(Weakened: "uniform")), x => Assert.True(x.Shift >= Q(3, 2)));
            Assert.All(GeneratedCases.Of(Count, 100), x => Assert.Equal("general position", x.Kind));
            Assert.All(GeneratedCases.Of(Count, 100, ctx: new Context(Weakened: "general-position")),
                x => Assert.True(x.K < 2 ? x.Kind == "general position" : x.Kind is "repeated direction" or "d points in a hyperplane"));
            Assert.All(GeneratedCases.Of(Lemma3a, 100), x => Assert.True(x.B.Sign >= 0 && x.Bias.All(b => b.Sign >= 0) && x.Eta.Sign > 0));
            Assert.All(GeneratedCases.Of(Lemma3a, 100, ctx: new Context(Weakened: "bias-nonnegative")),
                x => Assert.True(x.Journal ? x.Bias.All(b => b.Sign < 0) : x.B.Sign < 0));
            Assert.All(GeneratedCases.Of(Cp, 100), x => Assert.True(x.D is 2 or 3 && x.Mmin >= Q(1, 4) && x.Mmax > x.Mmin && x.Alpha == 0));
        }

        public static TheoryData<int, int, string[]> Remark3Classes => new()
        {
            { 1, 1, ["k-at-most-d"] },
            { 2, 1, ["k-eq-d-plus-1"] },
            { 3, 1, [] },
            { 3, 3, ["k-at-most-d", "d-3"] },
            { 4, 3, ["k-eq-d-plus-1", "d-3"] },
            { 6, 2, [] },
            { 7, 2, ["k-ge-7"] },
            { 8, 3, ["d-3", "k-ge-7"] },
        };

        [Fact]
        public void Remark3_classifies_exactly() =>
            Table.Each(Remark3Classes, (int k, int d, string[] expected) =>
                Assert.Equal(Set(expected), Remark3.Classify(new Lyx.Remark3Case(k, d, Rational.Zero)).ToHashSet()));

        /// <summary>P_gc = 2^{1−k} Σ_{j=d}^{k−1} C(k−1, j) by hand, the wrong sum from d − 1, and the independent closed forms.</summary>
        public static TheoryData<int, int, Rational, Rational> Remark3Formulas => new()
        {
            { 1, 1, Q(0), Q(1) },                 // empty sum; from j = 0: C(0, 0) = 1
            { 3, 1, Q(3, 4), Q(1) },
            { 3, 2, Q(1, 4), Q(3, 4) },
            { 4, 3, Q(1, 8), Q(1, 2) },
            { 3, 3, Q(0), Q(1, 4) },
            { 5, 2, Q(11, 16), Q(15, 16) },
        };

        [Fact]
        public void Remark3_formula_matches_the_sum_by_hand() =>
            Table.Each(Remark3Formulas, (int k, int d, Rational printed, Rational wrong) =>
            {
                Assert.Equal(printed, Lyx.Remark3.Formula(k, d, false));
                Assert.Equal(wrong, Lyx.Remark3.Formula(k, d, true));
            });

        [Fact]
        public void Remark3_closed_forms_and_counts()
        {
            Assert.Equal(Q(3, 4), Lyx.Remark3.ClosedForm(3, 1));       // 1 − 2^{1−k}
            Assert.Equal(Q(0), Lyx.Remark3.ClosedForm(1, 1));
            Assert.Equal(Q(1, 4), Lyx.Remark3.ClosedForm(3, 2));       // 1 − k/2^{k−1}
            Assert.Equal(Q(0), Lyx.Remark3.ClosedForm(2, 2));
            Assert.Equal(Q(0), Lyx.Remark3.ClosedForm(1, 2));          // k = 1: the formula k/2^{k−1} would give 0 as well, special-cased
            Assert.Equal(Q(11, 16), Lyx.Remark3.ClosedForm(5, 2));
            Assert.Null(Lyx.Remark3.ClosedForm(4, 3));
            // count/2^k = P_gc on the moment curve
            Assert.Equal(2, Lyx.Remark3.Count(4, 3));
            Assert.Equal(2, Lyx.Remark3.Count(3, 2));
            Assert.Equal(0, Lyx.Remark3.Count(2, 2));
            Assert.Equal(6, Lyx.Remark3.Count(3, 1));
        }

        [Fact]
        public void Remark3_wrong_sum_fails_against_the_count_with_its_exact_gap()
        {
            // sum from d − 1: P = 1/2 against 2/2^4 = 1/8 at k = 4, d = 3; P = 1 against 0 at k = d = 1 (before any Monte Carlo)
            var a = Remark3.Evaluate(new Lyx.Remark3Case(4, 3, Rational.Zero), new Context(Variant: "sum-from-d-minus-1"));
            Assert.Equal(Status.Fails, a.Status);
            Assert.Equal(0.375, a.Violation);
            Assert.Equal("P_gc = 1/2 but the sign-pattern count gives 2/2^4", a.Detail);
            var b = Remark3.Evaluate(new Lyx.Remark3Case(1, 1, Rational.Zero), new Context(Variant: "sum-from-d-minus-1"));
            Assert.Equal(Status.Fails, b.Status);
            Assert.Equal(1, b.Violation);
        }

        [Fact]
        public void Remark3_clopper_pearson_at_the_extremes()
        {
            // n = 1: Beta(1, 1) is uniform, so the bounds are α/2 and 1 − α/2
            Assert.Equal((0.0, 0.95), Round(Lyx.Remark3.ClopperPearson(0, 1, 0.1)));
            Assert.Equal((0.05, 1.0), Round(Lyx.Remark3.ClopperPearson(1, 1, 0.1)));
            var (lo, hi) = Lyx.Remark3.ClopperPearson(5, 10, 0.05);
            Assert.True(lo is > 0.18 and < 0.19 && hi is > 0.81 and < 0.82, $"[{lo}, {hi}]");   // the textbook [0.187, 0.813]
            Assert.Equal(1 - hi, lo, 1e-12);                                                     // symmetric at x = n/2
        }

        private static (double, double) Round((double Lo, double Hi) p) => (Math.Round(p.Lo, 12), Math.Round(p.Hi, 12));

        private static Lyx.CountCase Cnt(int d, string kind, params int[][] w) => new(w.Length, d, [.. w.Select(v => V(v))], kind);

        public static TheoryData<Lyx.CountCase, string[]> CountClasses => new()
        {
            { Cnt(2, "g", [1, 1], [1, 2]), ["k-at-most-d"] },
            { Cnt(2, "g", [1, 1], [1, 2], [1, 3]), [] },
            { Cnt(3, "g", [1, 1, 1], [1, 2, 4], [1, 3, 9]), ["k-at-most-d", "d-3"] },
            { Cnt(1, "g", [1], [2], [3], [4], [5]), [] },
            { Cnt(1, "g", [1], [2], [3], [4], [5], [6]), ["k-ge-6"] },
            { Cnt(2, "g", [0, 1], [1, 2], [1, 3]), [] },                             // a first coordinate 0 is not negated
            { Cnt(2, "g", [1, 1], [-1, -2], [1, 3]), ["negated-points"] },
            { Cnt(2, "g", [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [-1, -6]), ["k-ge-6", "negated-points"] },
        };

        [Fact]
        public void Remark3_count_classifies_exactly() =>
            Table.Each(CountClasses, (Lyx.CountCase x, string[] expected) => Assert.Equal(Set(expected), Count.Classify(x).ToHashSet()));

        [Fact]
        public void Remark3_count_general_position_is_the_moment_curve()
        {
            var w = Lyx.Remark3Count.GeneralPosition(3, 3, null);
            Assert.Equal([V(1, 1, 1), V(1, 2, 4), V(1, 3, 9)], w);
            Assert.Equal([V(1), V(1)], Lyx.Remark3Count.GeneralPosition(2, 1, null));
        }

        [Fact]
        public void Remark3_count_evaluation_counts_and_detects_degenerate_sets()
        {
            var general = Count.Evaluate(Cnt(2, "general position", [1, 1], [1, 2], [1, 3]), Context.AsPrinted);
            Assert.Equal(Status.Holds, general.Status);
            Assert.Equal("general position: counted 2, printed 2", general.Detail);
            // a repeated direction: S_J is two points or an antipodal pair with a third, 0 never strictly inside
            var repeated = Count.Evaluate(Cnt(2, "repeated direction", [1, 1], [1, 1], [1, 3]), Context.AsPrinted);
            Assert.Equal(Status.Fails, repeated.Status);
            Assert.Equal(2, repeated.Violation);
            Assert.Equal("repeated direction: counted 0, printed 2", repeated.Detail);
            // counting the patterns without GC: 2^3 − 2 = 6 against 2
            var wrong = Count.Evaluate(Cnt(2, "general position", [1, 1], [1, 2], [1, 3]), new Context(Variant: "closed-hemisphere-counted"));
            Assert.Equal(Status.Fails, wrong.Status);
            Assert.Equal(4, wrong.Violation);
            Assert.Equal("general position: counted 6, printed 2", wrong.Detail);
            // k ≤ d: nothing to count, printed 0
            Assert.Equal("g: counted 0, printed 0", Count.Evaluate(Cnt(2, "g", [1, 1], [1, 2]), Context.AsPrinted).Detail);
        }

        private static Lyx.Lemma3aCase Conf(int d, Rational b, int[] w, int[] u, Rational eta, params int[][] data) =>
            new(false, d, b, [V(w)], [V(u)], [], [], [.. data.Select(p => V(p))], eta);

        private static Lyx.Lemma3aCase Jour(int d, Rational[] bias, int[][] vm, Rational b, params int[][] w) =>
            new(true, d, b, [.. w.Select(v => V(v))], [], bias, [.. vm.Select(r => V(r))], [V(Enumerable.Repeat(1, d).ToArray())], Q(1, 2));

        public static TheoryData<Lyx.Lemma3aCase, string[]> Lemma3aClasses => new()
        {
            { Conf(1, 0, [1], [1], Q(1, 2), [1]), ["conference", "bias-zero", "d-1"] },
            { Conf(2, Q(1, 4), [1, 0], [1, 0], Q(1, 2), [1, 0]), ["conference"] },
            // a conference case reads b only, never the journal's b_j or V
            { new(false, 2, Q(1, 4), [V(1, 0)], [V(1, 0)], [Q(0)], [V(-1), V(-1)], [V(1, 0)], Q(1, 2)), ["conference"] },
            { Jour(2, [0, 0], [[1, -1], [-1, 1]], 0, [1, 0], [0, 1]), ["journal", "bias-zero"] },
            { Jour(2, [0, Q(1, 4)], [[1, -1], [-1, 1]], 0, [1, 0], [0, 1]), ["journal"] },
            { Jour(1, [0, 0], [[1, -1], [-1, 1]], 1, [1], [1]), ["journal", "bias-zero", "d-1"] },   // the journal reads b_j, not b
            { Jour(3, [Q(1, 2), 0, 0], [[1, -1, -1], [-1, 1, -1]], 0, [1, 0, 0], [0, 1, 0], [0, 0, 1]), ["journal", "one-sign-column"] },
        };

        [Fact]
        public void Lemma3a_classifies_exactly() =>
            Table.Each(Lemma3aClasses, (Lyx.Lemma3aCase x, string[] expected) => Assert.Equal(Set(expected), Lemma3a.Classify(x).ToHashSet()));

        [Fact]
        public void Lemma3a_conference_evaluation_steps_exactly()
        {
            // w = u = 1, x = 1, η = 1/2: f = 0 < 1, so w → 3/2 and u → 1/2; then f = 1 and the steps stop
            var x = Conf(1, 0, [1], [1], Q(1, 2), [1]);
            var holds = Lemma3a.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.Equal("|w_j| non-decreasing over three steps", holds.Detail);
            var ascent = Lemma3a.Evaluate(x, new Context(Variant: "ascent"));
            Assert.Equal(Status.Fails, ascent.Status);
            Assert.Equal(0.75, ascent.Violation);
            Assert.Equal("step 0: |w_1|² 1 → 1/4", ascent.Detail);
            // outside the hypothesis b ≥ 0: w = −1 is active at x = 1 for b = −2 (f = 1 − 2 < 1) and its step shortens it
            var negative = Lemma3a.Evaluate(Conf(1, -2, [-1], [0], Q(1, 2), [1]), Context.AsPrinted);
            Assert.Equal(Status.Fails, negative.Status);
            Assert.Equal(0.75, negative.Violation);
            Assert.Equal("step 0: |w_1|² 1 → 1/4", negative.Detail);
        }

        [Fact]
        public void Lemma3a_journal_evaluation_checks_only_positive_columns()
        {
            // w_1 = w_2 = 1, V = [[1, −1], [−1, 1]], x = 1 of class 1, η = 1/2: f_1 = f_2 = 0, so w_1 → 2 and w_2 → 0 (v_{1,2} < 0: not checked)
            var x = Jour(1, [0, 0], [[1, -1], [-1, 1]], 0, [1], [1]);
            var holds = Lemma3a.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.Equal("|w_j| (v_{1,j} > 0) non-decreasing over three steps", holds.Detail);
            var ascent = Lemma3a.Evaluate(x, new Context(Variant: "ascent"));
            Assert.Equal(Status.Fails, ascent.Status);
            Assert.Equal(1, ascent.Violation);
            Assert.Equal("step 0: |w_1|² 1 → 0", ascent.Detail);
        }

        public static TheoryData<int, Rational, Rational, string[]> CpClasses => new()
        {
            { 2, 4, 5, ["thin-annulus"] },                 // M = 5m/4
            { 2, 4, Q(501, 100), [] },
            { 3, 1, 2, ["d-3", "wide-annulus"] },          // M = 2m
            { 2, 1, Q(199, 100), [] },
            { 3, 1, Q(3, 2), ["d-3"] },
        };

        [Fact]
        public void Cp_classifies_exactly() =>
            Table.Each(CpClasses, (int d, Rational m, Rational bigM, string[] expected) =>
            {
                Assert.Equal(Set(expected), Cp.Classify(new Lyx.CpCase(d, m, bigM, 0)).ToHashSet());
                Assert.Equal(Set(expected), CpCorrected.Classify(new Lyx.CpCase(d, m, bigM, 0)).ToHashSet());
            });

        [Fact]
        public void Cp_evaluation_in_the_plane_compares_squares_exactly()
        {
            // m = 1, M = 2: (C_p/p)² = 4(M² − m²) = 12 against M² = 4 (the finding's witness)
            var fails = Cp.Evaluate(new Lyx.CpCase(2, 1, 2, 0), Context.AsPrinted);
            Assert.Equal(Status.Fails, fails.Status);
            Assert.Equal(8, fails.Violation);
            Assert.Equal("(C_p/p)² = 12, (bound/p)² = 4", fails.Detail);
            // a thin annulus, 3M² ≤ 4m²: 4(64/49 − 1) = 60/49 ≤ 64/49
            var thin = Cp.Evaluate(new Lyx.CpCase(2, 1, Q(8, 7), 0), Context.AsPrinted);
            Assert.Equal(Status.Holds, thin.Status);
            Assert.Equal("(C_p/p)² = 60/49, (bound/p)² = 64/49", thin.Detail);
            // the section through the centre, 4(M − m)² = 4 = M²: equality holds
            var origin = Cp.Evaluate(new Lyx.CpCase(2, 1, 2, 0), new Context(Variant: "section-at-origin"));
            Assert.Equal(Status.Holds, origin.Status);
            Assert.Equal("(C_p/p)² = 4, (bound/p)² = 4", origin.Detail);
            // corrected: bound 2M, squared 16 ≥ 12; without the ball volume it fails again
            var corrected = CpCorrected.Evaluate(new Lyx.CpCase(2, 1, 2, 0), Context.AsPrinted);
            Assert.Equal(Status.Holds, corrected.Status);
            Assert.Equal("(C_p/p)² = 12, (bound/p)² = 16", corrected.Detail);
            var noBall = CpCorrected.Evaluate(new Lyx.CpCase(2, 1, 2, 0), new Context(Variant: "no-ball-volume"));
            Assert.Equal(Status.Fails, noBall.Status);
            Assert.Equal(8, noBall.Violation);
        }

        [Fact]
        public void Cp_evaluation_of_a_radial_density_uses_the_numeric_maximum()
        {
            // p ∝ |x| on 1 ≤ |x| ≤ 2: the numeric C_p against M p_max (printed) and 2M p_max (corrected); the comparison allows 1e-9
            var dens = new Verification.Dynamics.Lyx.AnnulusDensity(1, 2, 1);
            double cp = dens.Cp(), pmax = dens.PMax;
            var x = new Lyx.CpCase(2, 1, 2, 1);
            var printed = Cp.Evaluate(x, Context.AsPrinted);
            Assert.Equal(cp <= 2 * pmax * (1 + 1e-9) ? Status.Holds : Status.Fails, printed.Status);
            Assert.StartsWith("α = 1: C_p = ", printed.Detail, StringComparison.Ordinal);
            Assert.EndsWith("bound M p_max = " + (2 * pmax).ToString("G10"), printed.Detail, StringComparison.Ordinal);
            Assert.Equal(printed.Status == Status.Fails ? cp / (2 * pmax) - 1 : 0, printed.Violation, 1e-12);
            var corrected = CpCorrected.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, corrected.Status);
            Assert.EndsWith("bound 2M p_max = " + (4 * pmax).ToString("G10"), corrected.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Cp_evaluation_in_space_brackets_pi()
        {
            // M²/(M² − m²) = 4/3 ≤ 333/106: fails by (π − 4/3)(M² − m²) = 3π − 4
            var fails = Cp.Evaluate(new Lyx.CpCase(3, 1, 2, 0), Context.AsPrinted);
            Assert.Equal(Status.Fails, fails.Status);
            Assert.Equal(3 * Math.PI - 4, fails.Violation, 1e-12);
            Assert.Equal("C_p/p = π(M² − m²) > M² since M²/(M² − m²) = 4/3 ≤ 333/106 < π", fails.Detail);
            // 121/21 ≥ 355/113
            var holds = Cp.Evaluate(new Lyx.CpCase(3, 10, 11, 0), Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.Equal("M²/(M² − m²) = 121/21 ≥ 355/113 > π", holds.Detail);
            // 195²/(195² − 161²) = 38025/12104 ≈ 3.141523 lies strictly between 333/106 and 355/113
            var between = Cp.Evaluate(new Lyx.CpCase(3, 161, 195, 0), Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, between.Status);
            Assert.Equal("M²/(M² − m²) = 38025/12104 within the rational bracket of π", between.Detail);
            var corrected = CpCorrected.Evaluate(new Lyx.CpCase(3, 1, 2, 0), Context.AsPrinted);
            Assert.Equal(Status.Holds, corrected.Status);
            Assert.Equal("π(M² − m²) ≤ πM²", corrected.Detail);
        }
    }
}
