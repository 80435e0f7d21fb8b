using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 4.2 (Lemma 2, J Lemma 4.2, the no-bias text): exact class sets at each threshold, the hypothesis checks just inside
    /// and just outside each bound, the evaluation branches decided without quadrature, and the exact flatness certificate.</summary>
    public sealed class Section4Lemma2Oracles
    {

        private static double[][] Neurons(int k) => Enumerable.Range(0, k).Select(_ => new[] { 1.0, 0 }).ToArray();

        /// <summary>A conference case: k neurons of each kind, annulus [m, M], bias b, perturbation ε.</summary>
        private static Lyx.PopCase Conf(int k, double m, double bigM, double b, double eps = 0.1, double alpha = 0) =>
            new(m, bigM, alpha, Neurons(k), Neurons(k), b, [1, 0], eps, 0, 0, false, 0, [], []);

        private static readonly double[][] VTwo = [[1, -1], [-1, 1]];

        private static Lyx.PopCase Jour(double[] bias, double v = 1, double[][]? vm = null, int k = 2, double bigM = 2, double eps = 0.1) =>
            new(1, bigM, 0, Neurons(k), [], 0, [1, 0], eps, 0, 0, true, v, vm ?? VTwo, bias);

        public static TheoryData<Lyx.PopCase, string[], string[]> ConferenceClasses => new()
        {
            // (printed b < 1/(2kM), corrected b < min{1/(2kM), 1/(2k)}); k = 1, M = 2: both bounds 1/4, near from 31/128
            { Conf(1, 1, 2, 31.0 / 128), ["bias-near-bound"], ["bias-near-bound"] },
            { Conf(1, 1, 2, 0.24), [], [] },
            { Conf(1, 0.1, 0.25, 0.49), ["M-below-half"], ["M-below-half", "bias-near-bound"] },   // bounds 2 and 1/2
            { Conf(1, 0.1, 0.25, 1.94), ["M-below-half", "bias-near-bound"], ["M-below-half", "bias-near-bound"] },
            { Conf(1, 0.1, 0.5, 0.01), [], [] },
            { Conf(1, 1, 4, 0.01), ["M-large"], ["M-large"] },
            { Conf(1, 1, 3.99, 0.01), [], [] },
            { Conf(4, 1, 2, 0.01), ["k-large"], ["k-large"] },
            { Conf(3, 1, 2, 0.01), [], [] },
            { Conf(1, 1, 2, 0.01, 1e-3), ["small-step"], ["small-step"] },
            { Conf(1, 1, 2, 0.01, 1.001e-3), [], [] },
        };

        [Fact]
        public void Lemma2_classifies_exactly_printed_and_corrected() =>
            Table.Each(ConferenceClasses, (Lyx.PopCase x, string[] printed, string[] corrected) =>
            {
                Assert.Equal(Set(printed), Lemma2.Classify(x).ToHashSet());
                Assert.Equal(Set(corrected), Lemma2C.Classify(x).ToHashSet());
            });

        public static TheoryData<Lyx.PopCase, string[], string[]> JournalClasses => new()
        {
            // (printed Σb < 1, corrected Σb < min{1, 1/(2v)}); near from 31/32 of the bound
            { Jour([0.5, 0.47], v: 0.25), ["bias-near-bound"], ["bias-near-bound"] },       // 1/(2v) = 2 > 1
            { Jour([0.5, 0.46], v: 0.25), [], [] },
            { Jour([0.25, 0.24]), [], ["bias-near-bound"] },                                // v = 1: corrected bound 1/2
            { Jour([0.25, 0.23]), [], [] },
            { Jour([0.5, 0.47]), ["bias-near-bound"], ["bias-near-bound"] },                // above the corrected bound too
            { Jour([0.1, 0.1, 0.1, 0.1], k: 4), ["k-large"], ["k-large"] },                // k ≥ n + 2
            { Jour([0.1, 0.1, 0.1], k: 3), [], [] },
            { Jour([0.1, 0.1], bigM: 0.4), ["M-below-half"], ["M-below-half"] },
        };

        [Fact]
        public void JLemma4_2_classifies_exactly_printed_and_corrected() =>
            Table.Each(JournalClasses, (Lyx.PopCase x, string[] printed, string[] corrected) =>
            {
                Assert.Equal(Set(printed), J42.Classify(x).ToHashSet());
                Assert.Equal(Set(corrected), J42C.Classify(x).ToHashSet());
            });

        /// <summary>The Lemma 2 reproducer: k = 2, b = 1, m = 1/10, M = 1/5, w_1 = (20, 0), u_1 = u_2 = (10, 0), f ≡ 1 near (3/20, 0).</summary>
        private static readonly Lyx.FlatWitness Reproducer = new(Q(1, 10), Q(1, 5), [[20, 0], [0, 0], [10, 0], [10, 0]], [1, 1, 1, 1], [[1, 1, -1, -1]],
            [Q(3, 20), 0]);

        private static Lyx.PopCase Flat(Lyx.FlatWitness f) => Conf(2, 0.1, 0.2, f.Bias[0].ToDouble()) with { Flat = f };

        [Fact]
        public void Lemma2_flat_margin_class_needs_a_constant_margin_not_the_value_one()
        {
            // b = 1 is below 31/32 of 1/(2kM) = 5/4: not near the bound
            Assert.Equal(Set("flat-margin", "M-below-half"), Lemma2.Classify(Flat(Reproducer)).ToHashSet());
            Assert.Equal(Set("flat-margin", "M-below-half", "bias-near-bound"), Lemma2C.Classify(Flat(Reproducer)).ToHashSet());
            // constant 1/2 is still a flat margin; a witness on the annulus boundary is none
            var half = Reproducer with { Bias = [Q(1, 2), Q(1, 2), Q(1, 2), Q(1, 2)] };
            Assert.Equal(Set("flat-margin", "M-below-half"), Lemma2.Classify(Flat(half)).ToHashSet());
            Assert.Equal(Set("M-below-half"), Lemma2.Classify(Flat(Reproducer with { X0 = [Q(1, 5), 0] })).ToHashSet());
        }

        [Fact]
        public void Lemma2_hypotheses_reject_each_bound_and_accept_just_inside()
        {
            Assert.True(Lemma2.HypothesesHold(Conf(1, 1, 2, 0.2)));
            Assert.False(Lemma2.HypothesesHold(Conf(1, 1, 2, 0.25)));                      // b = 1/(2kM)
            Assert.False(Lemma2.HypothesesHold(Conf(1, 1, 2, 0)));
            Assert.False(Lemma2.HypothesesHold(Conf(1, 0, 2, 0.2)));                       // m = 0
            Assert.False(Lemma2.HypothesesHold(Conf(1, 2, 2, 0.2)));                       // M = m
            Assert.False(Lemma2.HypothesesHold(Conf(2, 1, 2, 0.2)));                       // k = 2: bound 1/8
            // M = 1/4: printed bound 2, corrected min{2, 1/2}
            Assert.True(Lemma2.HypothesesHold(Conf(1, 0.1, 0.25, 0.6)));
            Assert.False(Lemma2C.HypothesesHold(Conf(1, 0.1, 0.25, 0.5)));
            Assert.True(Lemma2C.HypothesesHold(Conf(1, 0.1, 0.25, 0.49)));
            // exact witness: b = 1 < 5/4 = 1/(2kM) as printed, above 1/(2k) = 1/4 corrected; the biases must be equal
            Assert.True(Lemma2.HypothesesHold(Flat(Reproducer)));
            Assert.False(Lemma2C.HypothesesHold(Flat(Reproducer)));
            Assert.True(Lemma2C.HypothesesHold(Flat(Reproducer with { Bias = [Q(1, 5), Q(1, 5), Q(1, 5), Q(1, 5)] })));
            Assert.False(Lemma2C.HypothesesHold(Flat(Reproducer with { Bias = [Q(1, 4), Q(1, 4), Q(1, 4), Q(1, 4)] })));
            Assert.False(Lemma2.HypothesesHold(Flat(Reproducer with { Bias = [1, 1, 1, Q(1, 2)] })));
            Assert.False(Lemma2.HypothesesHold(Flat(Reproducer with { Bias = [Q(5, 4), Q(5, 4), Q(5, 4), Q(5, 4)] })));
            Assert.False(Lemma2.HypothesesHold(Flat(Reproducer with { Bias = [0, 0, 0, 0] })));
        }

        [Fact]
        public void JLemma4_2_hypotheses_reject_each_bound_and_accept_just_inside()
        {
            Assert.True(J42.HypothesesHold(Jour([0.2, 0.3])));
            Assert.False(J42C.HypothesesHold(Jour([0.2, 0.3])));                            // 2vΣb = 1
            Assert.True(J42C.HypothesesHold(Jour([0.2, 0.2])));
            Assert.False(J42.HypothesesHold(Jour([0.5, 0.5])));                             // Σb = 1
            Assert.True(J42.HypothesesHold(Jour([0, 0.5])));                                // b_j = 0 allowed, Σb > 0
            Assert.False(J42.HypothesesHold(Jour([0, 0])));
            Assert.False(J42.HypothesesHold(Jour([-0.1, 0.5])));
            Assert.False(J42.HypothesesHold(Jour([0.2, 0.2], vm: [[1, 1], [-1, 1]])));      // column 2 positive for both classes
            Assert.False(J42.HypothesesHold(Jour([0.2, 0.2], bigM: 1)));                    // M = m
            // exact witness (J reproducer, v = 2): Σb = 3/8 < 1, but 2vΣb = 3/2
            var f = new Lyx.FlatWitness(1, 2, [[1, 0], [1, 0]], [Q(1, 16), Q(5, 16)], [[4, -4]], [Q(3, 2), 0]);
            var x = Jour([1.0 / 16, 5.0 / 16], v: 2, vm: [[2, -2], [-2, 2]]) with { Flat = f };
            Assert.True(J42.HypothesesHold(x));
            Assert.False(J42C.HypothesesHold(x));
            Assert.True(J42C.HypothesesHold(x with { Flat = f with { Bias = [Q(1, 16), Q(1, 8)] } }));        // 2·2·3/16 = 3/4
            Assert.False(J42.HypothesesHold(x with { Flat = f with { Bias = [Q(-1, 16), Q(5, 16)] } }));
            Assert.False(J42.HypothesesHold(x with { Flat = f with { Bias = [Q(1, 2), Q(1, 2)] } }));
            Assert.False(J42.HypothesesHold(x with { Flat = f with { Bias = [0, 0] } }));
        }

        [Fact]
        public void Lipschitz_evaluation_fails_exactly_on_a_margin_one_and_discards_a_nonpositive_constant()
        {
            var e = Lemma2.Evaluate(Flat(Reproducer), Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1, e.Violation);
            Assert.StartsWith("not differentiable (exact): margin 1 ≡ 1 on an open neighbourhood of x0 = (3/20, 0)", e.Detail, StringComparison.Ordinal);
            // C = (1 − εM − kb)/M = (1 − 1/2 − 1/2)/2 = 0 exactly: discarded, before any quadrature
            var zero = Lemma2.Evaluate(Conf(1, 1, 2, 0.5, 0.25), Context.AsPrinted);
            Assert.Equal(Status.Discarded, zero.Status);
            Assert.Equal("the re-derived constant C = 0 is not positive at ε = 0.25", zero.Detail);
            // journal: C = (1 − 2vεM − 2vΣb)/M = (1 − 0.4 − 1.2)/2 < 0
            var j = J42.Evaluate(Jour([0.3, 0.3]), Context.AsPrinted);
            Assert.Equal(Status.Discarded, j.Status);
            Assert.StartsWith("Σb_j = 0.6: the re-derived constant C = -0.3", j.Detail, StringComparison.Ordinal);
        }

        public static TheoryData<Lyx.PopCase, string[]> NoBiasClasses => new()
        {
            { Conf(1, 0.6, 1, 0, 0.02), ["eps-near-zero"] },                              // εM = 1/50
            { Conf(1, 0.6, 1, 0, 0.0201), [] },
            { Conf(1, 0.6, 1, 0, 0.25), ["eps-large"] },
            { Conf(1, 0.6, 1, 0, 0.2499), [] },
            { Conf(1, 0.5, 1, 0, 0.1), ["wide-annulus"] },
            { Conf(1, 1, 2, 0, 0.01), ["eps-near-zero", "wide-annulus"] },                // M = 2m
            { Conf(1, 1.01, 2, 0, 0.1), [] },
            { Conf(1, 0.6, 1, 0, 0.1, alpha: 1), ["non-uniform-density"] },
            { Conf(1, 0.6, 1, 0, 0.1, alpha: -1), ["non-uniform-density"] },
        };

        [Fact]
        public void NoBiasNotLipschitz_classifies_exactly() =>
            Table.Each(NoBiasClasses, (Lyx.PopCase x, string[] expected) => Assert.Equal(Set(expected), NoBias.Classify(x).ToHashSet()));

        private static Lyx.FlatWitness Two(R[][] coef, params R[] x0) =>
            new(1, 2, [[1, 0], [1, 0], [-1, 0]], [0, Q(1, 2), 0], coef, x0);

        [Fact]
        public void Flatness_finds_the_constant_margin_and_prefers_the_value_one()
        {
            // neurons (1, 0) with b = 0 and b = 1/2, both active at x0 = (3/2, 0): margin c(σ_1 − σ_2) ≡ c/2
            Assert.Equal(Q(1, 2), Lyx.Flatness.ConstantOnOpenSet(Two([[1, -1, 0]], Q(3, 2), 0))!.Value.Value);
            Assert.Null(Lyx.Flatness.MarginOneOnOpenSet(Two([[1, -1, 0]], Q(3, 2), 0)));
            var later = Lyx.Flatness.ConstantOnOpenSet(Two([[1, -1, 0], [2, -2, 0]], Q(3, 2), 0))!.Value;
            Assert.Equal(R.One, later.Value);
            Assert.StartsWith("margin 2 ≡ 1 on an open neighbourhood of x0 = (3/2, 0) (|x0|² = 9/4 strictly inside the annulus, active neurons 1,2)",
                later.Detail, StringComparison.Ordinal);
            Assert.StartsWith("margin 1 ≡ 1", Lyx.Flatness.MarginOneOnOpenSet(Two([[2, -2, 0], [1, -1, 0]], Q(3, 2), 0)), StringComparison.Ordinal);
            // the inactive third neuron (−1, 0) does not enter, whatever its coefficient
            Assert.NotNull(Lyx.Flatness.MarginOneOnOpenSet(Two([[2, -2, 5]], Q(3, 2), 0)));
        }

        [Fact]
        public void Flatness_rejects_non_constant_margins_kinks_and_the_boundary()
        {
            Assert.Null(Lyx.Flatness.ConstantOnOpenSet(Two([[1, 0, 0]], Q(3, 2), 0)));        // slope (1, 0) ≠ 0
            Assert.Null(Lyx.Flatness.ConstantOnOpenSet(Two([[0, 0, 0]], Q(3, 2), 0)));        // no active neuron enters
            Assert.Null(Lyx.Flatness.ConstantOnOpenSet(Two([[0, 0, 1]], Q(3, 2), 0)));        // only an inactive one does
            Assert.Null(Lyx.Flatness.ConstantOnOpenSet(Two([[2, -2, 0]], Q(1, 2), 1)));       // ⟨w_2, x0⟩ = b_2: a kink
            Assert.Null(Lyx.Flatness.ConstantOnOpenSet(Two([[2, -2, 0]], 2, 0)));             // |x0| = M
            Assert.Null(Lyx.Flatness.ConstantOnOpenSet(Two([[2, -2, 0]], 1, 0)));             // |x0| = m
            Assert.Null(Lyx.Flatness.ConstantOnOpenSet(Two([[2, -2, 0]], Q(1, 2), 0)));       // inside the hole
            Assert.NotNull(Lyx.Flatness.ConstantOnOpenSet(Two([[2, -2, 0]], Q(199, 100), 0)));
            Assert.NotNull(Lyx.Flatness.ConstantOnOpenSet(Two([[2, -2, 0]], Q(101, 100), 0)));
        }

        [Fact]
        public void NoBiasNotLipschitz_quotient_against_c0_over_eps()
        {
            // uniform on 1 ≤ |x| ≤ 2: C = 1/(3π), c_0 = 2C(M³ − m³)/3 = 14/(9π); ε = 1/10, εM = 1/5 < 1
            var x = Conf(1, 1, 2, 0, 0.1);
            var ok = NoBias.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, ok.Status);
            // |∇l(W₊) − ∇l(W₋)| = 2c_0 over |W₊ − W₋| = 2ε: the quotient is c_0/ε up to the quadrature tolerance 1e-12
            var (quotient, bound) = Quotients(ok.Detail);
            Assert.Equal(14 / (0.9 * Math.PI), bound, 1e-8);
            Assert.Equal(bound, quotient, 1e-8);
            // p ∝ |x|: C = 3/(14π), c_0 = 2C(2⁴ − 1)/4 = 45/(28π)
            var (q1, b1) = Quotients(NoBias.Evaluate(x with { Alpha = 1 }, Context.AsPrinted).Detail);
            Assert.Equal(45 / (28 * Math.PI) / 0.1, b1, 1e-8);
            Assert.Equal(b1, q1, 1e-8);
            // same direction: identical gradients, quotient 0, so the violation is c_0/ε itself (a handful of roundings: 1e-9 is ample)
            var same = NoBias.Evaluate(x, new Context(Variant: "same-direction"));
            Assert.Equal(Status.Fails, same.Status);
            Assert.Equal(14 / (0.9 * Math.PI), same.Violation, 1e-9);
            // a bias b = 1/2 ≥ εM leaves both neurons inactive on the support: both gradients are 0
            var biased = NoBias.Evaluate(x with { B = 0.5 }, Context.AsPrinted);
            Assert.Equal(Status.Fails, biased.Status);
            Assert.Equal(14 / (0.9 * Math.PI), biased.Violation, 1e-9);
        }

        /// <summary>The two numbers of "… = {quotient:G10}, c_0/ε = {c_0/ε:G10}".</summary>
        private static (double Quotient, double Bound) Quotients(string detail)
        {
            var parts = detail.Split(", c_0/ε = ");
            var q = parts[0][(parts[0].LastIndexOf("= ", StringComparison.Ordinal) + 2)..];
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            return (double.Parse(q, inv), double.Parse(parts[1], inv));
        }

        [Fact]
        public void Lipschitz_quotients_hold_against_the_rederived_constant()
        {
            // conference, k = 1, b = 1/10, ε = 1/10, M = 2, uniform (p_max = 1/(3π)): C = (1 − 1/5 − 1/10)/2 = 7/20,
            // L = 2[2·2π·8·p_max/C + 4p_max·16/b]; the recorded bound adds 10× the quadrature error (≤ 1e-7 here), so 1e-3 is ample
            var conf = Lemma2.Evaluate(Conf(1, 1, 2, 0.1), Context.AsPrinted);
            Assert.Equal(Status.Holds, conf.Status);
            var pmax = 1 / (3 * Math.PI);
            Assert.Equal(2 * (32 * Math.PI * pmax / 0.35 + 64 * pmax / 0.1), conf.Slack!.Value.Bound, 1e-3);
            Assert.True(conf.Slack.Value.Observed <= conf.Slack.Value.Bound);
            // journal, v = 1, b = (1/10, 1/10): C = (1 − 2/5 − 2/5)/2 = 1/10; two columns with |v_{1,j} − v_{2,j}| = 2
            // moving a u-column (R0 = k) instead of a w-column changes the gradient too, against the same bound
            var u = Lemma2.Evaluate(Conf(1, 1, 2, 0.1) with { R0 = 1 }, Context.AsPrinted);
            Assert.Equal(conf.Slack.Value.Bound, u.Slack!.Value.Bound);
            Assert.True(conf.Slack.Value.Observed > 0 && u.Slack.Value.Observed > 0);
            var jour = J42.Evaluate(Jour([0.1, 0.1]), Context.AsPrinted);
            Assert.Equal(Status.Holds, jour.Status);
            Assert.Equal(2 * 2 * (4 * 2 * Math.PI * 8 * pmax / 0.1 + 64 * pmax / 0.1), jour.Slack!.Value.Bound, 1e-3);
        }

        [Fact]
        public void Lipschitz_generators_build_flat_families_with_the_stated_constant()
        {
            foreach (var (cases, corrected) in new[] { (GeneratedCases.Of(Lemma2, 60), false), (GeneratedCases.Of(Lemma2C, 60), true),
                (GeneratedCases.Of(J42, 60), false), (GeneratedCases.Of(J42C, 60), true) })
            {
                var flat = cases.Where(x => x.Flat is not null).ToList();
                Assert.NotEmpty(flat);
                foreach (var x in flat)
                {
                    var hit = Lyx.Flatness.ConstantOnOpenSet(x.Flat!);
                    Assert.True(hit is not null, $"no constant margin: {x}");
                    Assert.True(corrected ? hit!.Value.Value != 1 : Lyx.Flatness.MarginOneOnOpenSet(x.Flat!) is not null, $"{hit!.Value.Value}: {x}");
                }
            }
            var noBias = GeneratedCases.Of(NoBias, 40).ToList();
            Assert.All(noBias, x => Assert.True(x.B == 0 && x.Eps * x.M2 > 0.999e-3 && x.Eps * x.M2 <= 0.5 + 1e-12, $"{x}"));
            Assert.All(GeneratedCases.Of(NoBias, 20, ctx: new Context(Weakened: "bias-zero")), x => Assert.InRange(x.B, 1e-9, 0.5));
        }
    }
}
