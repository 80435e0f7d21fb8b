using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>
    /// Section 5: the coverage classifiers of Theorem 5.1, Eq. (6) and Fig. 4 on hand-made cases with their exact class sets, each
    /// class met at its boundary (equality, just inside, just outside), so a classifier reporting a class too often, too rarely
    /// or a neighbour's class fails.
    /// </summary>
    public sealed class Section5Classes
    {
        private static Rational Q(int p, int q) => new(p, q);

        private static ClusteredCase Clustered(Rational alpha, Rational[][] w, Rational[][] u, Rational[] wc, Rational[] uc, Rational r, Rational[] x) =>
            new(new LeakyReluNetwork<Rational>(w, u, 1, alpha), wc, uc, r, x);

        private static Rational[] Axis(int d, Rational value) => Enumerable.Range(0, d).Select(i => i == 0 ? value : Rational.Zero).ToArray();

        private static Rational[][] Repeat(int k, Rational[] row) => Enumerable.Range(0, k).Select(_ => row).ToArray();

        private static void AssertClasses(IEnumerable<string> actual, params string[] expected) =>
            Assert.Equal(expected.ToHashSet(), actual.ToHashSet());

        private static readonly Sbg.Theorem5_1 Thm = new();

        public static TheoryData<string, ClusteredCase, string[]> ClusteredCases() => new()
        {
            // both centres strictly beyond r‖x‖ (16 > 4), inside the region (64 > 16), no neuron at distance r, all on one side
            { "generic", Clustered(Q(1, 2), [[3], [5]], [[-3], [-5]], [4], [-4], 2, [1]), ["both-conditions", "positive-side"] },
            { "r = 0, k = 1", Clustered(Q(1, 2), [[1]], [[-1]], [1], [-1], 0, [1]), ["r-zero", "positive-side", "k-1"] },
            { "r = 0, collapsed clusters", Clustered(Q(1, 2), [[1], [1]], [[-1], [-1]], [1], [-1], 0, [1]), ["r-zero", "positive-side"] },
            // x = 0: no side, no kink class (x ≠ 0 needed), but a neuron at distance exactly r
            { "x = 0", Clustered(Q(1, 2), [[1], [3]], [[-1], [-3]], [2], [-2], 1, [0]), ["x-zero", "radius-attained"] },
            // (w̄ − ū)·x = 2 = 2r‖x‖, w̄·x = r‖x‖ = −ū·x, w⁽¹⁾ on its kink, u⁽²⁾ on its kink, every neuron at distance r
            { "region and lemma boundary", Clustered(Q(1, 2), [[0], [2]], [[-2], [0]], [1], [-1], 1, [1]),
                ["region-boundary", "both-conditions", "centre-on-lemma-boundary", "radius-attained", "neuron-on-kink", "positive-side"] },
            // |w̄·x| = 1/2 < r‖x‖ = 1 ≤ |ū·x| = 2; the w-cluster straddles x's hyperplane
            { "only u", Clustered(Q(1, 2), [[Q(-1, 4)], [Q(5, 4)]], [[Q(-5, 2)], [Q(-3, 2)]], [Q(1, 2)], [-2], 1, [1]),
                ["only-u-condition", "mixed-cluster", "positive-side"] },
            // mirrored: the u-cluster all positive (not mixed), negative side
            { "only w", Clustered(Q(1, 2), [[Q(-5, 2)], [Q(-3, 2)]], [[Q(1, 4)], [Q(3, 4)]], [-2], [Q(1, 2)], 1, [1]),
                ["only-w-condition", "negative-side"] },
            // the u-cluster straddles the hyperplane (mixed through u alone)
            { "mixed u", Clustered(Q(1, 2), [[Q(5, 2)], [Q(7, 2)]], [[Q(-5, 4)], [Q(1, 4)]], [3], [Q(-1, 2)], 1, [1]),
                ["only-w-condition", "mixed-cluster", "positive-side"] },
            // w collapsed (u not), w̄·x = r‖x‖ exactly
            { "w collapsed", Clustered(Q(1, 2), [[2], [2]], [[-3], [-5]], [2], [-4], 2, [1]),
                ["both-conditions", "centre-on-lemma-boundary", "collapsed-cluster", "positive-side"] },
            // u collapsed (w not): either cluster counts
            { "u collapsed", Clustered(Q(1, 2), [[3], [5]], [[-4], [-4]], [4], [-4], 2, [1]),
                ["both-conditions", "collapsed-cluster", "positive-side"] },
            { "k = 1, r > 0: not collapsed", Clustered(Q(1, 2), [[2]], [[-2]], [2], [-2], 1, [1]), ["both-conditions", "positive-side", "k-1"] },
            // the radius attained by some (not all) u-neurons only, then by some w-neurons only
            { "radius by some u", Clustered(Q(1, 2), [[Q(5, 2)], [Q(7, 2)], [3]], [[-4], [-2], [-3]], [3], [-3], 1, [1]),
                ["both-conditions", "radius-attained", "positive-side"] },
            { "radius by some w", Clustered(Q(1, 2), [[2], [4], [3]], [[Q(-5, 2)], [Q(-7, 2)], [-3]], [3], [-3], 1, [1]),
                ["both-conditions", "radius-attained", "positive-side"] },
            // the lower edges: k = 9, d = 5, α = 1/20, r = 1/1024
            { "edges low", Clustered(Q(1, 20), Repeat(9, Axis(5, 1)), Repeat(9, Axis(5, -1)), Axis(5, 1), Axis(5, -1), Q(1, 1024), Axis(5, 1)),
                ["both-conditions", "collapsed-cluster", "positive-side", "k-large", "d-large", "alpha-near-0", "scale-tiny"] },
            // just outside them: k = 8, d = 4, α = 19/20 (near 1), r = 1024 (huge); no centre condition, outside the region
            { "edges high", Clustered(Q(19, 20), Repeat(8, Axis(4, 1)), Repeat(8, Axis(4, -1)), Axis(4, 1), Axis(4, -1), 1024, Axis(4, 1)),
                ["collapsed-cluster", "positive-side", "alpha-near-1", "scale-huge"] },
            // just inside the middle: α = 21/400 (> 1/20), 37/40 (< 19/20), r = 1/1023 (> 1/1024), 1023 (< 1024)
            { "alpha above 1/20", Clustered(Q(21, 400), [[3], [5]], [[-3], [-5]], [4], [-4], Q(1, 1023), [1]), ["both-conditions", "positive-side"] },
            { "alpha below 19/20", Clustered(Q(37, 40), [[3], [5]], [[-3], [-5]], [4], [-4], 1023, [1]), ["positive-side"] },
        };

        [Fact]
        public void Theorem5_1_classifies_each_case_into_exactly_its_classes() =>
            Table.Each(ClusteredCases(),
                (string name, ClusteredCase x, string[] expected) =>
                {
                    AssertClasses(Thm.Classify(x), expected);
                });

        [Fact]
        public void Theorem5_1_evaluation_holds_and_its_wrong_variant_fails_with_the_violation_per_unit_norm()
        {
            // N((2)) = (3 + 5)·2 − σ(−6) − σ(−10) = 16 + 8 = 24; (w̄ − ū)·x = 16; ‖x‖ = 2
            var x = Clustered(Q(1, 2), [[3], [5]], [[-3], [-5]], [4], [-4], 2, [2]);
            Assert.Equal(Status.Holds, Thm.Evaluate(x, Context.AsPrinted).Status);
            var flipped = Thm.Evaluate(x, new Context(Variant: "sign-flip"));
            Assert.Equal(Status.Fails, flipped.Status);
            Assert.Equal(20, flipped.Violation, 12); // (|16| + |24|)/2
            Assert.Equal(Status.Holds, Thm.EvaluateInDouble(x, Context.AsPrinted)!.Status);
        }

        [Fact]
        public void Theorem5_1_double_evaluation_fails_off_its_hypotheses_with_both_magnitudes()
        {
            // w̄ = 0, ū = −1 (x = 1: (w̄ − ū)·x = 1), α = 1/8: N = σ(1) + σ(−1) − σ(4) − σ(−6) = 7/8 − 13/4 = −19/8 (all exact in double)
            var x = Clustered(Q(1, 8), [[1], [-1]], [[4], [-6]], [0], [-1], 5, [1]);
            var e = Thm.EvaluateInDouble(x, Context.AsPrinted)!;
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(27.0 / 8, e.Violation, 12);
        }

        public static TheoryData<string, Sbg.ConditionCase, string[]> ConditionCases() => new()
        {
            { "theorem boundary", new([2], 1, [1]), ["theorem-boundary", "parallel"] },
            { "printed boundary", new([1], 1, [1]), ["printed-boundary", "between-forms", "parallel"] },
            { "printed boundary, not parallel", new([1, 1], 1, [1, 0]), ["printed-boundary", "between-forms"] },
            { "between, strictly", new([Q(3, 2)], 1, [1]), ["between-forms", "parallel"] },
            { "inside", new([3], 1, [1]), ["inside-both", "parallel"] },
            { "outside", new([1, 2], 2, [1, 0]), ["outside-both"] },
            { "r = 0", new([1], 0, [1]), ["inside-both", "r-zero", "parallel"] },
            { "r = 0, orthogonal", new([1, 0], 0, [0, 1]), ["r-zero", "orthogonal"] },
            { "x = 0", new([1], 1, [0]), ["parallel", "orthogonal"] },
            { "a = 0", new([0], 1, [1]), ["outside-both", "parallel", "orthogonal"] },
            { "x tiny, d = 5", new(Axis(5, 1), 0, Axis(5, Q(1, 1024))), ["inside-both", "r-zero", "parallel", "d-large", "scale-tiny"] },
            { "a tiny, d = 4", new(Axis(4, Q(1, 1024)), 0, Axis(4, 1)), ["inside-both", "r-zero", "parallel", "scale-tiny"] },
            { "x just above tiny", new([1], 0, [Q(1, 1023)]), ["inside-both", "r-zero", "parallel"] },
            { "a just above tiny", new([Q(1, 1023)], 0, [1]), ["inside-both", "r-zero", "parallel"] },
            { "x huge", new([1], 0, [1024]), ["inside-both", "r-zero", "parallel", "scale-huge"] },
            { "a huge", new([1024], 0, [1]), ["inside-both", "r-zero", "parallel", "scale-huge"] },
            { "x, a just below huge", new([1023], 0, [1023]), ["inside-both", "r-zero", "parallel"] },
        };

        [Fact]
        public void Equation6_classifies_each_case_into_exactly_its_classes() =>
            Table.Each(ConditionCases(),
                (string name, Sbg.ConditionCase x, string[] expected) =>
                {
                    AssertClasses(new Sbg.Equation6().Classify(x), expected);
                    AssertClasses(new Sbg.Equation6Corrected(new Sbg.Equation6()).Classify(x), expected);
                });

        [Fact]
        public void Equation6_reports_both_sides_and_the_cosine_gap()
        {
            var eq6 = new Sbg.Equation6();
            // a = (2), r = 3/2, x = (1): |a·x| = 2 < 2r‖x‖ = 3, but cos = 1 ≥ r/‖a‖ = 3/4; gap |cos − 2r/‖a‖| = |1 − 3/2|
            var e = eq6.Evaluate(new Sbg.ConditionCase([2], Q(3, 2), [1]), Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.5, e.Violation, 12);
            Assert.Equal(Status.Holds, eq6.Evaluate(new Sbg.ConditionCase([2], Q(3, 2), [1]), new Context(Variant: "factor-2")).Status);
            // the corrected form on a = (2), r = 1, x = (2): (a·x)² = 16 = 4r²‖x‖², cos² = 1, (2r/‖a‖)² = 1
            var corrected = new Sbg.Equation6Corrected(eq6).Evaluate(new Sbg.ConditionCase([2], 1, [2]), Context.AsPrinted);
            Assert.Equal(Status.Holds, corrected.Status);
            Assert.Contains("(a·x)² = 16, 4r²‖x‖² = 16, cos² = 1, (2r/‖a‖)² = 1;", corrected.Detail, StringComparison.Ordinal);
        }

        public static TheoryData<string, Rational, Rational[], string[]> TwoNeuronCases() => new()
        {
            { "diagonal, both active", Q(1, 2), [1, 1], ["diagonal", "both-active"] },
            { "diagonal, negative", Q(1, 2), [-2, -2], ["diagonal", "relu-zero-quadrant"] },
            { "origin", Q(1, 2), [0, 0], ["origin"] },
            { "quadrant", Q(1, 2), [-1, -2], ["relu-zero-quadrant"] },
            { "x₁ axis", Q(1, 2), [0, 2], ["axis"] },
            { "x₂ axis", Q(1, 2), [-3, 0], ["axis"] },
            { "mixed", Q(1, 2), [1, -1], ["mixed"] },
            { "mixed, mirrored", Q(1, 2), [-1, 2], ["mixed"] },
            { "both active", Q(1, 2), [2, 1], ["both-active"] },
            { "α = 1/20", Q(1, 20), [2, 1], ["both-active", "alpha-near-0"] },
            { "α = 21/400", Q(21, 400), [2, 1], ["both-active"] },
            { "α = 19/20", Q(19, 20), [2, 1], ["both-active", "alpha-near-1"] },
            { "α = 37/40", Q(37, 40), [2, 1], ["both-active"] },
            { "tiny", Q(1, 2), [Q(1, 1024), 0], ["axis", "scale-tiny"] },
            { "tiny, negative", Q(1, 2), [0, Q(-1, 1024)], ["axis", "scale-tiny"] },
            { "just above tiny", Q(1, 2), [Q(1, 1023), 0], ["axis"] },
            { "huge", Q(1, 2), [-1024, 3], ["mixed", "scale-huge"] },
            { "just below huge", Q(1, 2), [-1023, 3], ["mixed"] },
        };

        [Fact]
        public void Figure4_classifies_each_case_into_exactly_its_classes() =>
            Table.Each(TwoNeuronCases(),
                (string name, Rational alpha, Rational[] x, string[] expected) =>
                {
                    AssertClasses(new Sbg.Figure4().Classify(new Sbg.TwoNeuronCase(alpha, x)), expected);
                });

        [Fact]
        public void Figure4_wrong_variant_fails_with_the_gap_between_N_and_x1_minus_x2()
        {
            // α = 1/2, x = (−1, 1): N = σ(−1) − σ(1) = −3/2, x₁ − x₂ = −2; the output is not linear there
            var fig4 = new Sbg.Figure4();
            var x = new Sbg.TwoNeuronCase(Q(1, 2), [-1, 1]);
            Assert.Equal(Status.Holds, fig4.Evaluate(x, Context.AsPrinted).Status);
            var e = fig4.Evaluate(x, new Context(Variant: "leaky-output-linear"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.5, e.Violation, 12);
            Assert.Contains("N_leaky(x) = -3/2, N_relu(x) = -1, x₁ − x₂ = -2", e.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Figure4_hypothesis_check_rejects_alpha_zero_and_one_and_accepts_inside()
        {
            Assert.True(Sbg.Figure4.HypothesesHold(new Sbg.TwoNeuronCase(Q(1, 2), [1, 1])));
            Assert.False(Sbg.Figure4.HypothesesHold(new Sbg.TwoNeuronCase(0, [1, 1])));
            Assert.False(Sbg.Figure4.HypothesesHold(new Sbg.TwoNeuronCase(1, [1, 1])));
            Assert.False(Sbg.Figure4.HypothesesHold(new Sbg.TwoNeuronCase(Q(1, 2), [1, 1, 1])));
        }
    }
}
