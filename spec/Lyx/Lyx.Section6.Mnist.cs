using System.Collections.Concurrent;
using System.Globalization;
using Verification.Data.Mnist;
using Verification.Experiments.Lyx;
using Verification.Harness;
using Verification.Harness.Statistics;
using Verification.Models.LeNet;

namespace Verification.Spec;

// Section 6.2 of both versions: the MNIST experiment (journal Fig. 6 left and Fig. 7, conference Fig. 5).
public static partial class Lyx
{
    // ───────────────────────────── LYX.MNIST ─────────────────────────────

    /// <summary>One training run of the claim's fixed experiment.</summary>
    public sealed record MnistSeed(int Seed)
    {
        public override string ToString() => $"seed {Seed}";
    }

    /// <summary>
    /// LYX Section 6.2: the slow-to-fast loss curve of the simplified LeNet-5 on MNIST, judged over a fixed number of seeds of one
    /// fixed experiment (the same at every budget, so the verdict cannot depend on it). The phases are read quantitatively by
    /// <see cref="SlowFastPhases"/>; the full figure (batch 1,000, 1,500 iterations) and journal Fig. 7 are
    /// <c>verification reproduce lyx-mnist</c>. Runs are cached per seed (one data source per process): the generic tests and wrong variants
    /// re-judge the same curves instead of training again.
    /// </summary>
    public sealed class MnistExperiment : PropertyClaim<MnistSeed>
    {
        /// <summary>Runs at every budget.</summary>
        public const int Runs = 8;
        public const int Iterations = 1000;
        public const int Batch = 100;
        public const int OnsetLow = 200;
        public const int OnsetHigh = 800;
        public const double MinRatio = 3;

        private static readonly PassRateTest Decision = new(0.5, Runs, Above: 0.95, Below: 0.1);

        public override string BelowFloorReason =>
            $"{Runs} training runs of LeNet-5 ({Iterations} iterations each), not the floor's {Budgets.SimulationRuns}: each run is a real-data "
            + "training of about 11 CPU-seconds, and 8 runs already separate the stated rates (holds from 7/8, fails up to 1/8 against p₀ = 1/2)";
        private static readonly ConcurrentDictionary<int, Lazy<PhaseAnalysis>> Curves = new();
        private static readonly Lazy<(MnistImages? Images, string? Reason)> Data = new(LoadData);

        /// <summary>The decision (exposed as the statistical claims' is, so the generic calibration tests cover its design).</summary>
        public static PassRateTest Test => Decision;

        public override string Id => "LYX.MNIST";
        public override string Where => "C Section 6.2, Fig. 5 [J Section 6.2, Figs. 6, 7]";
        public override string Statement => "LeNet-5 trained by SGD (lr 0.01, no momentum or regularisation; journal: batch 1000) on MNIST: " +
            "\"at the early " +
            "stage, the loss decays slowly, then the fast phase sets in after 400 iterations\" (J Fig. 6 left; C Fig. 5). (J Fig. 7, the trained fc-layer " +
            "weights satisfying GC on random 3-D projections, is measured by `reproduce lyx-mnist`.)";
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "float32";
        public override int CostPerCase => 1000;
        public override EvidenceLevel EvidenceBasis => EvidenceLevel.Statistical;
        public override CounterexampleClass WrongVariantClass => CounterexampleClass.SampleOnly;

        public override string Setting => "the simplified LeNet-5 of Models/LeNet (conv 6@5×5 pad 2, ReLU, 2×2 max pool, conv 16@5×5, ReLU, pool, " +
            "F6 = 84, 10 " +
            "outputs: LeNet-5's widths, the paper names none), PyTorch-default Kaiming-uniform init, float32, plain SGD at lr 0.01 on the 10,000 digits " +
            $"of the npm package (or the IDX training set); the claim's fixed experiment: {Runs} seeds × {Iterations} iterations at batch {Batch} (the " +
            "same learning rate, so the same expected step as batch 1,000 with ten times the gradient noise; batch 1,000 for 1,500 iterations is " +
            "`reproduce lyx-mnist`). Phases: " + PhaseDefinition;

        private const string PhaseDefinition = "the batch loss smoothed by a centred moving average over 51 iterations; its descent rate by a centred " +
            "difference over 50; the steepest iteration maximises the rate; the fast phase's onset is where the rate last rose to half that peak; the " +
            "slope ratio is the peak rate over the mean rate from iteration 25 to the onset.";

        public const string PaperWords = "J Sec. 6.2: \"At the early stage, the loss decays slowly, then the fast phase sets in after 400 iterations.\"";

        public const string RunCriterion = "the onset in [200, 800] (\"after about 400\": within a factor 2) and the peak descent rate at least 3 " +
            "times the mean rate before the onset (\"slowly, then fast\"); p₀ = 0.5: the paper shows one run of unstated seed, read as what a " +
            "typical run (at least every second one) does, since the onset depends on the seed and the initialisation";

        public override string Trust => $"finite float32 training runs; {PaperWords} Per run: {RunCriterion}. Decision: {Decision.Describe()}. " +
            "A shortfall is " +
            "sample-only (a horizon and thresholds the suite chose), and a failure to reproduce is a not-reproduced finding";

        public override string EvidenceCaveat =>
            $"batch {Batch} stands in for the paper's 1,000 in the verdict (cost); the 1,000 curves are in reproduce lyx-mnist";

        public override IReadOnlyList<string> WrongVariants => ["fast-from-the-start"];

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "J Section 6.2 (Fig. 6 left) [C Section 6.2, Fig. 5]", "\"the fast phase sets in after 400 iterations\"",
                $"the onset (defined in the setting) in [{OnsetLow}, {OnsetHigh}], i.e. about 400 within a factor 2",
                "the paper shows one run of unstated seed and defines no onset; the onset of a run varies with its seed and initialisation"),
        ];

        public override MnistSeed Generate(Choices c, Context ctx) => new(1 + c.Int(0, 99_999));

        public override string Describe(MnistSeed x) => x.ToString();

        private static (MnistImages?, string?) LoadData() =>
            MnistLoader.TryLoad(LyxMnistExperiment.DataOptions(), out var data, out var reason)
                ? (LyxMnistExperiment.TrainingImages(data!), null)
                : (null, reason);

        private static PhaseAnalysis Curve(MnistImages images, int seed) =>
            Curves.GetOrAdd(seed, s => new Lazy<PhaseAnalysis>(() =>
                SlowFastPhases.Analyse(LeNet5Sgd.Train(images, (ulong)s, Iterations, Batch).Losses))).Value;

        /// <summary>The per-run criterion on an analysed curve (the wrong variant claims the opposite: a fast phase from the first 100 iterations).</summary>
        public static bool Passes(PhaseAnalysis p, Context ctx) =>
            ctx.Is("fast-from-the-start") ? p.Onset < 100 : p.Onset is >= OnsetLow and <= OnsetHigh && p.SlopeRatio >= MinRatio;

        public override Evaluation Evaluate(MnistSeed x, Context ctx)
        {
            var (images, reason) = Data.Value;
            if (images is null) return Evaluation.Inconclusive(reason!);
            var p = Curve(images, x.Seed);
            return Passes(p, ctx)
                ? Evaluation.Holds(p.ToString())
                : Evaluation.Fails(Math.Abs(p.Onset - 400) / 400.0, p.ToString(), CounterexampleClass.SampleOnly);
        }

        /// <summary>Run i is seed i + 1 under the default seed; another seed shifts them.</summary>
        private static int RunSeed(ulong seed, int run) => (int)((seed - Budgets.DefaultSeed) % 9_999UL * Runs + (ulong)run) + 1;

        public override ClaimRun Run(RunRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.ReplayChoices is not null || request.Engine != Engine.FsCheck || request.FloatSearch) return base.Run(request);
            var (images, reason) = Data.Value;
            if (images is null)
                return new ClaimRun(Verdict.Inconclusive, 0, Runs, null, 0, null, "no MNIST data: " + reason,
                    new Evidence(EvidenceLevel.None, "no MNIST data: " + reason, [], 0, null, null, null), MissingData: reason);
            var seeds = Enumerable.Range(0, Runs).Select(r => RunSeed(request.Seed, r)).ToArray();
            var curves = seeds.Select(s => Curve(images, s)).ToArray();
            var passed = curves.Select(p => Passes(p, request.Context)).ToArray();
            var passes = passed.Count(b => b);
            var result = PassRateResult.Of(Decision, passes, Runs - passes, 0);
            var onsets = curves.Select(p => p.Onset).Order().ToArray();
            var median = ((onsets[(Runs - 1) / 2] + onsets[Runs / 2]) / 2.0).ToString("G4", CultureInfo.InvariantCulture);
            var note = $"{result}; onsets {string.Join(", ", onsets)} (median {median}), slope ratios " +
                string.Join(", ", curves.Select(p => p.SlopeRatio.ToString("G3", CultureInfo.InvariantCulture)));
            Counterexample? cx = null;
            var largest = 0.0;
            string? largestCase = null;
            for (var r = 0; r < Runs; r++)
            {
                if (passed[r]) continue;
                var v = Math.Abs(curves[r].Onset - 400) / 400.0;
                if (v >= largest) (largest, largestCase) = (v, $"seed {seeds[r]} — {curves[r]}");
                if (result.Verdict == Verdict.Fails)
                    cx ??= new Counterexample($"seed {seeds[r]}", $"{result}; first failing run: {curves[r]}", v, CounterexampleClass.SampleOnly,
                        request.Seed, 0, 0, 0, [seeds[r] - 1]);
            }
            return new ClaimRun(result.Verdict, Runs, 0, cx, largest, largestCase, note,
                new Evidence(EvidenceLevel.Statistical, $"{Runs} independent runs, the same at every budget: {result}", [], 0, null, null, null));
        }
    }
}
