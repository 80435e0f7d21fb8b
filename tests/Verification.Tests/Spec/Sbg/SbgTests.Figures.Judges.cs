using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Models.Sbg;
using Verification.Experiments.Sbg;
using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>The figures' run criteria on hand-made end-of-training measures: each conjunct at its edge, each variant, each violation.</summary>
    public sealed class FigureJudges
    {
        private static readonly Context Printed = Context.AsPrinted;
        private static Context Variant(string name) => new(Variant: name);
        private static bool Passes(Evaluation e) => e.Status == Status.Holds;

        [Fact]
        public void Fig1_small_must_beat_large_on_both_measures_strictly()
        {
            Assert.True(Passes(Sbg.Figure1.Judge(Printed, 10, 20, 0.1, 0.2)));
            Assert.False(Passes(Sbg.Figure1.Judge(Printed, 20, 20, 0.1, 0.2))); // equal angles
            Assert.False(Passes(Sbg.Figure1.Judge(Printed, 10, 20, 0.2, 0.2))); // equal ratios
            Assert.False(Passes(Sbg.Figure1.Judge(Printed, 10, 20, 0.3, 0.2)));
            var e = Sbg.Figure1.Judge(Printed, 30, 20, 0.1, 0.2);
            Assert.Equal((Status.Fails, 10.0, CounterexampleClass.SampleOnly), (e.Status, e.Violation, e.Class!.Value));
            Assert.True(Passes(Sbg.Figure1.Judge(Variant("large-clusters-better"), 30, 20, 0.3, 0.2)));
            Assert.False(Passes(Sbg.Figure1.Judge(Variant("large-clusters-better"), 20, 20, 0.3, 0.2)));
            Assert.False(Passes(Sbg.Figure1.Judge(Variant("large-clusters-better"), 10, 20, 0.1, 0.2)));
        }

        [Fact]
        public void Fig2_small_at_zero_and_large_at_least_half()
        {
            Assert.True(Passes(Sbg.Figure2.Judge(Printed, 0, 0.5)));
            Assert.Equal(0.1, Sbg.Figure2.Judge(Printed, 0, 0.4).Violation, 12);
            Assert.Equal(0.3, Sbg.Figure2.Judge(Printed, 0.2, 0.4).Violation, 12);
            var e = Sbg.Figure2.Judge(Printed, 0.1, 0.6);
            Assert.Equal((Status.Fails, 0.1), (e.Status, e.Violation));
            Assert.True(Passes(Sbg.Figure2.Judge(Variant("large-init-linear"), 0.3, 0)));
            Assert.False(Passes(Sbg.Figure2.Judge(Variant("large-init-linear"), 0, 0.1)));
        }

        [Fact]
        public void Fig3_every_cosine_at_least_0_99_and_every_neuron_in_the_PAR()
        {
            Assert.True(Passes(Sbg.Figure3.Judge(Printed, 0.99, 0.99, 0.99, 1, 1)));
            Assert.False(Passes(Sbg.Figure3.Judge(Printed, 0.98, 1, 1, 1, 1)));
            Assert.False(Passes(Sbg.Figure3.Judge(Printed, 1, 0.98, 1, 1, 1)));
            var e = Sbg.Figure3.Judge(Printed, 0.995, 0.995, 0.985, 1, 1);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.005, e.Violation, 12); // 0.99 − the smallest cosine
            Assert.False(Passes(Sbg.Figure3.Judge(Printed, 1, 1, 1, 1, 0.9)));
            Assert.False(Passes(Sbg.Figure3.Judge(Printed, 1, 1, 1, 0.9, 1)));
            Assert.True(Passes(Sbg.Figure3.Judge(Variant("align-with-teacher-only"), 0.999999, 0.999999, 0, 0, 0)));
            Assert.False(Passes(Sbg.Figure3.Judge(Variant("align-with-teacher-only"), 0.999998, 1, 1, 1, 1)));
            Assert.False(Passes(Sbg.Figure3.Judge(Variant("align-with-teacher-only"), 1, 0.999998, 1, 1, 1)));
        }

        [Fact]
        public void Fig7_both_measures_below_epoch_1_and_ratio_below_0_1()
        {
            Assert.True(Passes(Sbg.Figure7.Judge(Printed, [0.5, 0.3, 0.05], [10, 8, 2])));
            Assert.False(Passes(Sbg.Figure7.Judge(Printed, [0.5, 0.05, 0.05], [10, 8, 2]))); // ratio not below epoch 1
            Assert.False(Passes(Sbg.Figure7.Judge(Printed, [0.5, 0.3, 0.05], [10, 8, 8]))); // angle not below epoch 1
            var e = Sbg.Figure7.Judge(Printed, [0.5, 0.3, 0.1], [10, 8, 2]); // ratio at 0.1: not below
            Assert.Equal((Status.Fails, 0.1), (e.Status, e.Violation));
            Assert.False(Passes(Sbg.Figure7.Judge(Printed, [0.5, 0.03, 0.05], [10, 8, 2])));
            Assert.True(Passes(Sbg.Figure7.Judge(Variant("angle-zero"), [1, 1, 1], [10, 8, 0.0005])));
            Assert.False(Passes(Sbg.Figure7.Judge(Variant("angle-zero"), [0.5, 0.3, 0.05], [10, 8, 1e-3])));
        }

        [Fact]
        public void Fig8_every_neuron_in_the_PAR_at_the_end()
        {
            Assert.True(Passes(Sbg.Figure8.Judge(Printed, [0.5, 1], [0.5, 1])));
            var e = Sbg.Figure8.Judge(Printed, [0.5, 1], [0.5, 0.9]);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.1, e.Violation, 12); // 2 − 1 − 0.9
            Assert.False(Passes(Sbg.Figure8.Judge(Printed, [0.5, 0.9], [0.5, 1])));
            Assert.True(Passes(Sbg.Figure8.Judge(Variant("par-at-init"), [1, 0.5], [1, 0.5])));
            Assert.False(Passes(Sbg.Figure8.Judge(Variant("par-at-init"), [1, 1], [0.5, 1])));
            Assert.False(Passes(Sbg.Figure8.Judge(Variant("par-at-init"), [0.5, 1], [1, 1])));
        }

        private static Checkpoint Point(int epoch, int diffW, int diffU, double parW, double parU) =>
            new(epoch, epoch, 0.1, 0.1, 1, 1, 0, parW, parU, diffW, diffU, 0, 0, 1);

        [Fact]
        public void Fig9_needs_an_NAR_epoch_that_is_not_a_PAR_epoch()
        {
            var witnessW = new[] { Point(1, 0, 0, 1, 1), Point(2, 0, 0, 0.9, 1) };
            var e = Sbg.Figure9.Judge(Printed, witnessW);
            Assert.True(Passes(e));
            Assert.Contains("epoch 2:", e.Detail);
            Assert.True(Passes(Sbg.Figure9.Judge(Printed, [Point(1, 0, 0, 1, 0.9)])));
            // no NAR (one type disagrees), or NAR only together with PAR: a miss
            Assert.False(Passes(Sbg.Figure9.Judge(Printed, [Point(1, 0, 1, 0.5, 0.5), Point(2, 1, 0, 0.5, 0.5)])));
            var miss = Sbg.Figure9.Judge(Printed, [Point(1, 0, 0, 1, 1)]);
            Assert.Equal((Status.Fails, CounterexampleClass.SampleOnly), (miss.Status, miss.Class!.Value));
            // the variant "every NAR is a PAR"
            var nar = Sbg.Figure9.Judge(Variant("nar-is-par"), witnessW);
            Assert.True(nar.IsFailure);
            Assert.Contains("epoch 2 is in an NAR but not the PAR", nar.Detail);
            var par = Sbg.Figure9.Judge(Variant("nar-is-par"), [Point(1, 0, 0, 1, 1)]);
            Assert.Equal((Status.Holds, "every NAR epoch is a PAR epoch"), (par.Status, par.Detail));
        }

        [Fact]
        public void Seed_cases_and_runs_are_the_documented_seeds()
        {
            Assert.Equal(new Sbg.SeedCase(1), new Sbg.Figure1().Generate(new Choices([0]), Printed));
            Assert.Equal(new Sbg.SeedCase(30), new Sbg.Figure1().Generate(new Choices([29]), Printed));
            Assert.Equal(new Sbg.SeedCase(100_000), new Sbg.Figure1().Generate(new Choices([99_999]), Printed));
            var stub = new StubFigure(default);
            Assert.Equal((0, 1, 29), (stub.Choice(Budgets.DefaultSeed, 0), stub.Choice(Budgets.DefaultSeed, 1), stub.Choice(Budgets.DefaultSeed, 29)));
            Assert.Equal(30 + 7, stub.Choice(Budgets.DefaultSeed + 1, 7)); // another seed shifts by the 30 runs
            Assert.Equal(7, stub.Choice(Budgets.DefaultSeed + 3_333, 7)); // seeds are taken mod 3,333
            Assert.Equal(3_332 * 30 + 29, stub.Choice(Budgets.DefaultSeed + 3_332, 29));
        }

        [Fact]
        public void Only_fig1_declares_label_imbalance()
        {
            Assert.Contains(new Sbg.Figure1().Coverage, c => c.Name == "imbalanced");
            Assert.DoesNotContain(new Sbg.Figure2().Coverage, c => c.Name == "imbalanced");
        }

        /// <summary>Ten points on the line of w* = (2, 0) (unit ŵ* = (1, 0)), labels y and margins y ŵ*·x given.</summary>
        private static Dataset<double> Line(int positives, double smallestMargin)
        {
            var x = Enumerable.Range(0, 10).Select(i => new double[] { (i < positives ? 1 : -1) * (i == 0 ? smallestMargin : 3), 0 }).ToList();
            return new Dataset<double>(x, Enumerable.Range(0, 10).Select(i => i < positives ? 1 : -1).ToList(), [2, 0]);
        }

        private static HashSet<string> Classes(Dataset<double> s, double gap, double[][] w0, double[][] u0) =>
            new StubFigure((s, gap, w0, u0)).Classify(new Sbg.SeedCase(1)).ToHashSet();

        [Fact]
        public void Classify_each_class_at_its_edge()
        {
            double[][] toward = [[1, 0], [1, 5]], away = [[-1, 0], [-1, 5]];
            // balanced (5 of 10), margin 1 > 1.1 × 1/2, w̄·w* > 0 > ū·w*: no class
            Assert.Empty(Classes(Line(5, 1), 0.5, toward, away));
            Assert.Equal(["imbalanced"], Classes(Line(4, 1), 0.5, toward, away)); // 4 = 0.4·10
            Assert.Equal(["imbalanced"], Classes(Line(6, 1), 0.5, toward, away));
            Assert.Empty(Classes(Line(5, 0.55), 0.5, toward, away)); // at 1.1 × gap: not within
            Assert.Equal(["near-margin"], Classes(Line(5, 0.54), 0.5, toward, away));
            Assert.Equal(["mean-against-teacher"], Classes(Line(5, 1), 0.5, away, away));
            Assert.Equal(["mean-against-teacher"], Classes(Line(5, 1), 0.5, toward, toward));
            double[][] orthogonal = [[0, 1], [0, -3]];
            Assert.Empty(Classes(Line(5, 1), 0.5, orthogonal, orthogonal)); // w̄·w* = ū·w* = 0: neither side is wrong
        }

        private static HashSet<string> Trained(Dataset<double> s, double gap, RunSpec spec, int initSeed)
        {
            var (w0, u0) = SeparableData.GaussianInit(initSeed, spec.K, s.Dimension, spec.InitStd);
            return Classes(s, gap, w0, u0);
        }

        [Fact]
        public void Classified_settings_are_the_reduced_experiments()
        {
            // the runs' coverage is of the data and initialisation the run trains on (the reduced parameters, not the golden ones)
            for (var seed = 1; seed <= 30; seed++)
            {
                var x = new Sbg.SeedCase(seed);
                var (s1, spec1) = Verification.Experiments.Sbg.Figures.Fig1Setup(seed, full: false);
                Assert.Equal(Trained(s1, 0.1, spec1, seed), new Sbg.Figure1().Classify(x).ToHashSet());
                var (train, _, spec2) = Verification.Experiments.Sbg.Figures.Fig2Setup(seed, full: false, largeInit: false);
                Assert.Equal(Trained(train, 0.5, spec2, seed), new Sbg.Figure2().Classify(x).ToHashSet());
                Assert.Equal(Trained(train, 0.5, spec2, seed), new Sbg.Figure7().Classify(x).ToHashSet());
                var s3 = SeparableData.Gaussians(seed, 40, 2, 2, 1, 0.5, antipodal: false);
                Assert.Equal(Trained(s3, 0.5, new RunSpec(Sbg.Figure3.Neurons, 1e-3, 0, 0, 0, 0), seed), new Sbg.Figure3().Classify(x).ToHashSet());
                var (s8, spec8) = Verification.Experiments.Sbg.Figures.Fig8Setup(seed, full: false);
                Assert.Equal(Trained(s8, 0.5, spec8, seed), new Sbg.Figure8().Classify(x).ToHashSet());
                var (s9, spec9) = Verification.Experiments.Sbg.Figures.Fig9Setup(seed, full: false);
                Assert.Equal(Trained(s9, 0.5, spec9, seed * 1000), new Sbg.Figure9().Classify(x).ToHashSet());
            }
        }

        [Fact]
        public void Sbg_claims_with_a_LaTeX_form_agree_with_it()
        {
            Assert.Equal("typeset", Typesetting.Check(ClaimAssert.Get("SBG.Thm5.1")).Status);
            Assert.Equal("typeset", Typesetting.Check(ClaimAssert.Get("SBG.Thm4.1.Invariants")).Status);
        }

        /// <summary>A figure claim whose run setting is given, to test the shared classification and run seeds.</summary>
        private sealed class StubFigure((Dataset<double>, double, double[][], double[][]) setting) : Sbg.FigureClaim
        {
            public override string Id => "SBG.Stub";
            public override string Where => "";
            public override string Statement => "";
            public override string Setting => "";
            public override string PaperWords => "";
            public override string RunCriterion => "";
            protected override (Dataset<double> S, double Gap, double[][] W0, double[][] U0) RunSetting(Sbg.SeedCase x) => setting;
            public override Evaluation Evaluate(Sbg.SeedCase x, Context ctx) => Evaluation.Holds();
            public int Choice(ulong seed, int run) => RunChoices(seed, run).Single();
        }
    }
}
