using Verification.Harness;
using Verification.Spec;
using Xunit;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// The re-audit of Section 4 (issue 16, part A): the exact reproducers of the findings, the hypotheses of generated cases,
    /// the coverage of the corrected statements, and the exact certificates able to fail.
    /// </summary>
    public sealed class Section4Findings
    {
        private static R Q(int p, int q = 1) => new(p, q);

        [Fact]
        public void Lemma2_reproducer_has_a_margin_constant_one_on_an_open_set()
        {
            // k = 2, b = 1 < 1/(2kM) = 5/4, m = 1/10, M = 1/5: w_1 = (20, 0), w_2 = 0, u_1 = u_2 = (10, 0)
            R[][] w = [[20, 0], [0, 0], [10, 0], [10, 0]];
            var f = new Lyx.FlatWitness(Q(1, 10), Q(1, 5), w, [1, 1, 1, 1], [[1, 1, -1, -1]], [Q(3, 20), 0]);
            Assert.NotNull(Lyx.Flatness.MarginOneOnOpenSet(f));
            Assert.True(Q(1) < 1 / (2 * 2 * Q(1, 5)));
            // the certificate can fail: at b = 1/2 (the corrected range b < 1/(2k) = 1/4 excludes even that) the constant is 1/2
            var half = f with { Bias = [Q(1, 2), Q(1, 2), Q(1, 2), Q(1, 2)] };
            Assert.Null(Lyx.Flatness.MarginOneOnOpenSet(half));
            Assert.Equal(Q(1, 2), Lyx.Flatness.ConstantOnOpenSet(half)!.Value.Value);
            // a witness on the annulus' boundary or on a neuron's kink is no certificate
            Assert.Null(Lyx.Flatness.MarginOneOnOpenSet(f with { X0 = [Q(1, 5), 0] }));
            Assert.Null(Lyx.Flatness.MarginOneOnOpenSet(f with { X0 = [Q(1, 10), Q(1, 10)] }));
        }

        [Fact]
        public void JLemma4_2_reproducer_has_a_margin_constant_one_on_an_open_set()
        {
            // n = 2, k = 2, v = 2, b = (1/16, 5/16), w_1 = w_2 = (1, 0), uniform on 1 ≤ |x| ≤ 2; coefficients v_{1,j} − v_{2,j} = (4, −4)
            var f = new Lyx.FlatWitness(1, 2, [[1, 0], [1, 0]], [Q(1, 16), Q(5, 16)], [[4, -4]], [Q(3, 2), 0]);
            Assert.NotNull(Lyx.Flatness.MarginOneOnOpenSet(f));
            Assert.True(Q(1, 16) + Q(5, 16) < Q(1, 2));
            Assert.Null(Lyx.Flatness.MarginOneOnOpenSet(f with { Bias = [Q(1, 16), Q(1, 4)] })); // 2v(b_a − b_p) = 3/4
        }

        [Fact]
        public void JProp1_earlier_correction_fails_on_a_one_sign_column()
        {
            // n = 2, k = 3, V = [[1, −1, −1], [−1, 1, −1]], b = (1, 1, 0), w_1 = w_2 = 0, w_3 = (1, 0), x = (3/2, 0) in the support
            var x = new Lyx.JProp1Case(2, 2, 1, [[1, -1, -1], [-1, 1, -1]], [1, 1, 0], 1, 2, [[0, 0], [0, 0], [1, 0]], [Q(3, 2), 0]);
            Assert.True(Lyx.JProposition1.HypothesesHold(x));
            var printed = (Lyx.JProposition1)ClaimAssert.Get("LYX.J.Prop1");
            var corrected = (Lyx.JProposition1Corrected)printed.Corrected!;
            Assert.Equal(Status.Fails, corrected.Evaluate(x, new Context(Variant: "output-not-margin")).Status);
            Assert.Equal(Status.Discarded, corrected.Evaluate(x, Context.AsPrinted).Status); // every margin is 0: the new hypothesis is unmet
        }

        [Fact]
        public void Generated_cases_satisfy_the_hypotheses()
        {
            var lemma2 = (Lyx.Lemma2)ClaimAssert.Get("LYX.Lemma2");
            GeneratedCases.SatisfyHypotheses(lemma2, lemma2.HypothesesHold, 300);
            var lemma2C = (Lyx.Lemma2Corrected)lemma2.Corrected!;
            GeneratedCases.SatisfyHypotheses(lemma2C, lemma2C.HypothesesHold, 300);
            var j42 = (Lyx.JLemma4_2)ClaimAssert.Get("LYX.J.Lemma4.2");
            GeneratedCases.SatisfyHypotheses(j42, j42.HypothesesHold, 300);
            var j42C = (Lyx.JLemma4_2Corrected)j42.Corrected!;
            GeneratedCases.SatisfyHypotheses(j42C, j42C.HypothesesHold, 300);
            var jp1 = (Lyx.JProposition1)ClaimAssert.Get("LYX.J.Prop1");
            GeneratedCases.SatisfyHypotheses(jp1, Lyx.JProposition1.HypothesesHold);
            GeneratedCases.SatisfyHypotheses((Lyx.JProposition1Corrected)jp1.Corrected!, Lyx.JProposition1.HypothesesHold);
        }

        [Fact]
        public void Hypothesis_checks_reject_instances_outside_the_hypotheses()
        {
            var lemma2 = (Lyx.Lemma2)ClaimAssert.Get("LYX.Lemma2");
            var x = GeneratedCases.Of(lemma2, 40).First(c => c.Flat is null);
            Assert.True(lemma2.HypothesesHold(x));
            Assert.False(lemma2.HypothesesHold(x with { B = 1 / (2 * x.W.Length * x.M2) }));
            var jp = new Lyx.JProp1Case(2, 2, 1, [[1, 1], [-1, 1]], [1, 1], 1, 2, [[0, 0], [0, 0]], [1, 0]);
            Assert.False(Lyx.JProposition1.HypothesesHold(jp)); // column 2 positive for both classes
        }

        [Fact] public void Lemma2_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.Lemma2");
        [Fact] public void JLemma4_2_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.J.Lemma4.2");
        [Fact] public void JProp1_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.J.Prop1");
        [Fact] public void JLemma5_1b_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.J.Lemma5.1b");
        [Fact] public void Prop1_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.Prop1");
        [Fact] public void JProp2_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.J.Prop2");
        [Fact] public void Lemma3Cp_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.Lemma3.Cp");
        [Fact] public void KeyInequality_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.KeyIneq");
        [Fact] public void DescentLemma_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.DescentLemma");
        [Fact] public void Remark1_corrected_meets_its_coverage() => GeneratedCases.CorrectedCoverageMet("LYX.Remark1");

        [Fact]
        public void JLemma5_1b_reproducer_grows_the_norm()
        {
            var x = new Lyx.PopCase(1, 2, 0, [[0, 0], [1, 0]], [], 0, [], 0, 7.0 / 2000, 0.99, true, 4, [[4, -4], [-4, 4]], [0, 0],
                [0.01, 0, 1.98, 0.01]);
            Assert.True(Lyx.JLemma5_1b.HypothesesHold(x));
            var printed = ClaimAssert.Get("LYX.J.Lemma5.1b") as Lyx.JLemma5_1b;
            Assert.Equal(Status.Fails, printed!.Evaluate(x, Context.AsPrinted).Status);
            // the conference's bound (no factor v) holds on the same density: one u = (1, 0), w = 0
            var conf = x with { Journal = false, W = [[0, 0]], U = [[1, 0]], Vm = [], Bias = [], V = 0 };
            conf = conf with { Eta = 0.99 * Lyx.ShrinkingNorms.Bound(conf, false) };
            Assert.True(Lyx.Lemma3b.HypothesesHold(conf));
            Assert.Equal(Status.Holds, ((Lyx.Lemma3b)ClaimAssert.Get("LYX.Lemma3b")).Evaluate(conf, Context.AsPrinted).Status);
            GeneratedCases.SatisfyHypotheses((Lyx.Lemma3b)ClaimAssert.Get("LYX.Lemma3b"), Lyx.Lemma3b.HypothesesHold, 200);
            GeneratedCases.SatisfyHypotheses(printed, Lyx.JLemma5_1b.HypothesesHold, 200);
        }
    }
}
