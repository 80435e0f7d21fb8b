using Verification.Data.Mnist;
using Verification.Experiments.Sbg;
using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>The MNIST claims' run criteria on hand-made series, their runs and their argument checks (no training).</summary>
    public sealed class MnistJudges
    {
        private static MnistPoint Point(int epoch, double fracOutside, double linear = 1) =>
            new(epoch, 0.1, 0.1, 1, fracOutside, 0.1, 0.5, linear, 1, 1, 0, 0);

        private static MnistPoint[] Series(params double[] fractions) => fractions.Select((f, i) => Point(i, f)).ToArray();

        private static Sbg.Mnist NoData() => new(() => throw new MnistDataException("no data here"));

        [Fact]
        public void Printed_small_at_zero_large_at_least_half()
        {
            Assert.Equal(Status.Holds, Sbg.Mnist.Judge(Series(0.5, 0), Series(0.6, 0.5)).Status);
            Assert.Equal(Status.Holds, Sbg.Mnist.Judge(Series(0.5, 0), Series(0.6, 0.7)).Status);
            var e = Sbg.Mnist.Judge(Series(0.5, 0), Series(0.6, 0.4));
            Assert.Equal((Status.Fails, CounterexampleClass.SampleOnly), (e.Status, e.Class!.Value));
            Assert.Equal(0.1, e.Violation, 12);
            Assert.Equal(0.3, Sbg.Mnist.Judge(Series(0.5, 0.2), Series(0.6, 0.4)).Violation, 12);
            Assert.True(Sbg.Mnist.Judge(Series(0.5, 0.1), Series(0.6, 0.6)).IsFailure);
            Assert.Equal(Status.Holds, Sbg.Mnist.JudgeLargeLinear(Series(0.6, 0)).Status);
            Assert.Equal(0.1, Sbg.Mnist.JudgeLargeLinear(Series(0.6, 0.1)).Violation, 12);
        }

        [Fact]
        public void Summary_names_the_first_epoch_at_zero_or_never()
        {
            var e = Sbg.Mnist.Judge(Series(0.5, 0.2, 0, 0), Series(0.6, 0.7));
            Assert.Contains("small init: fraction outside 0.5 → 0 (first 0 at epoch 2)", e.Detail);
            Assert.Contains("large init: fraction outside 0.6 → 0.7 (first 0 at epoch never)", e.Detail);
        }

        [Fact]
        public void Corrected_linear_on_every_point_small_and_not_large()
        {
            Assert.Equal(Status.Holds, Sbg.MnistCorrected.Judge(1, 0.9).Status);
            Assert.True(Sbg.MnistCorrected.Judge(1, 1).IsFailure);
            var e = Sbg.MnistCorrected.Judge(0.9, 0.5);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.1, e.Violation, 12);
            Assert.Equal(Status.Holds, Sbg.MnistCorrected.JudgeLargeLinear(1).Status);
            Assert.Equal(0.1, Sbg.MnistCorrected.JudgeLargeLinear(0.9).Violation, 12);
        }

        [Fact]
        public void Runs_are_pair_and_initialisation_of_the_thirty()
        {
            var c = NoData();
            Assert.Equal(new Sbg.MnistRun(1, 2, 0), c.Generate(new Choices([7, 0]), Context.AsPrinted));
            Assert.Equal(new Sbg.MnistRun(0, 0, 5), c.Generate(new Choices([30, 5]), Context.AsPrinted)); // the 30 runs wrap
            Assert.Contains(", initialisation 1 (seed ", new Sbg.MnistRun(0, 0, 5).ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Null_arguments_are_rejected_even_without_data()
        {
            var c = NoData();
            var run = new Sbg.MnistRun(0, 0, 0);
            Assert.Throws<ArgumentNullException>(() => new Sbg.MnistCorrected(null!));
            Assert.Throws<ArgumentNullException>(() => c.Run(null!));
            Assert.Throws<ArgumentNullException>(() => c.Evaluate(run, null!));
            Assert.Throws<ArgumentNullException>(() => c.Evaluate(null!, Context.AsPrinted));
            Assert.Throws<ArgumentNullException>(() => ((Sbg.MnistCorrected)c.Corrected!).Evaluate(run, null!));
            Assert.Equal(Status.Inconclusive, c.Evaluate(run, Context.AsPrinted).Status);
        }
    }
}
