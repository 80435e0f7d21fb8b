using System.Diagnostics;
using Verification.Data.Mnist;
using Verification.Report;

namespace Verification.Experiments.Sbg;

/// <summary>One setting of the sweep over what the paper leaves unstated, at one initialisation scale.</summary>
public sealed record MnistSetting(int Positive, int Negative, MnistSpec Spec, string Scale)
{
    public string Id => $"p{Positive}{Negative}-{(Spec.Centred ? "centred" : "raw")}-k{Spec.K}-eta{Spec.Eta:G2}-std{Spec.Std:G2}";
}

/// <summary>A finished run of the sweep: its setting, initialisation, log-spaced series and wall time.</summary>
public sealed record MnistSweepRun(MnistSetting Setting, int Init, IReadOnlyList<MnistPoint> Series, double Seconds)
{
    /// <summary>The first epoch at which no point is outside the linear region (null: never within the horizon).</summary>
    public int? FirstZero => Series.FirstOrDefault(p => p.FracOutside == 0)?.Epoch;

    /// <summary>The first measured epoch at which all neurons of each type agree in sign on every training point (an NAR).</summary>
    public int? FirstAgreement => Series.FirstOrDefault(p => p.DisagreeW == 0 && p.DisagreeU == 0)?.Epoch;
}

/// <summary>The reproduction (<c>reproduce sbg-mnist</c>) and the sweep (<c>sweep sbg-mnist</c>) of Figs. 2 (MNIST part) and 6.</summary>
public static class MnistFigures
{
    /// <summary>Initialisations per pair and scale (Fig. 6's caption: "an average over 5 initializations").</summary>
    public const int Inits = 5;

    private static readonly bool[] Scales = [false, true];

    public static IReadOnlyList<Experiment> All { get; } =
    [
        new("sbg-mnist", "SBG.MNIST",
            "Figs. 2 (MNIST) and 6: fraction of points outside Theorem 5.1's linear region per epoch, 6 digit pairs, small and large init, 5 inits",
            Harness.Budgets.DefaultSeed, false, seed => Reproduce(MnistLoader.Load().All, MnistSpec.Reproduce, seed)),
    ];

    /// <summary>The data split of a seed (the same for every initialisation) and the seed of initialisation i.</summary>
    public static int SplitSeed(ulong seed) => (int)(seed % 100_000UL);

    public static int InitSeed(ulong seed, int init) => SplitSeed(seed) * 16 + init + 1;

    /// <summary>
    /// Every pair of <see cref="MnistPairs.AllPairs"/> at the small (<paramref name="spec"/>'s σ) and the large
    /// (<see cref="MnistSpec.LargeStd"/>) scale, <see cref="Inits"/> initialisations each, every epoch; columns are means over
    /// the initialisations, named p{a}{b}_{small|large}_{measure}. Runs in parallel on all cores.
    /// </summary>
    public static Snapshot Reproduce(MnistImages images, MnistSpec spec, ulong seed, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var pairs = MnistPairs.AllPairs.Select(p => MnistPairs.Pair(images, p.Item1, p.Item2, spec, SplitSeed(seed))).ToList();
        var jobs = (from p in pairs from large in Scales from i in Enumerable.Range(0, Inits) select (p, large, i)).ToList();
        var results = new List<MnistPoint>[jobs.Count];
        var done = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, j =>
        {
            var (p, large, i) = jobs[j];
            results[j] = MnistPairs.Run(p, spec, large ? MnistSpec.LargeStd : spec.Std, InitSeed(seed, i));
            progress?.Invoke(Interlocked.Increment(ref done), jobs.Count);
        });
        var snap = new Snapshot("sbg-mnist", "double", significantDigits: 6)
            .With("claim", "SBG.MNIST")
            .With("seed", seed)
            .With("network and dynamics", spec.Describe())
            .With("scales", $"small: σ = {spec.Std:G3}; large: σ = {MnistSpec.LargeStd:G3}")
            .With("pairs", "Fig. 2: " + string.Join(", ", MnistPairs.Figure2) + "; Fig. 6 (chosen: the paper does not list its pairs): "
                + string.Join(", ", MnistPairs.Figure6) + "; the first digit is labelled +1")
            .With("sizes", string.Join("; ", pairs.Select(p => $"{p.Name}: {p.TrainCount} train, {p.TestCount} test")))
            .With("averaging", $"every column is the mean over {Inits} initialisations (seeds {InitSeed(seed, 0)}..{InitSeed(seed, Inits - 1)})")
            .With("columns", "frac_outside: share of train and test points with |(w̄ − ū)·x| < 2r‖x‖; r_over_wu: r/‖w̄ − ū‖; cos_median, cos_min: "
                + "|cos(x, w̄ − ū)| over the points (a point is inside the region iff its |cos| ≥ 2r/‖w̄ − ū‖); linear_agreement: share with "
                + "sign N(x) = sign((w̄ − ū)·x); disagree_w: share of training points on which the w-neurons differ in sign")
            .Column("epoch", Enumerable.Range(0, spec.Epochs + 1));
        for (var pi = 0; pi < pairs.Count; pi++)
            foreach (var large in Scales)
            {
                var runs = Enumerable.Range(0, jobs.Count).Where(j => jobs[j].p == pairs[pi] && jobs[j].large == large).Select(j => results[j]).ToList();
                var prefix = $"{pairs[pi].Key}_{(large ? "large" : "small")}_";
                IEnumerable<double> Mean(Func<MnistPoint, double> f) => Enumerable.Range(0, spec.Epochs + 1).Select(e => runs.Average(r => f(r[e])));
                snap.Column(prefix + "frac_outside", Mean(p => p.FracOutside))
                    .Column(prefix + "r_over_wu", Mean(p => p.Ratio))
                    .Column(prefix + "cos_median", Mean(p => p.CosMedian))
                    .Column(prefix + "cos_min", Mean(p => p.CosMin))
                    .Column(prefix + "linear_agreement", Mean(p => p.LinearAgreement))
                    .Column(prefix + "loss", Mean(p => p.Loss))
                    .Column(prefix + "disagree_w", Mean(p => p.DisagreeW));
            }
        return snap;
    }

    /// <summary>
    /// The sweep's grid: Fig. 2's pairs and (4, 9); raw and centred inputs; η ∈ {10⁻⁴, 10⁻³, 10⁻², 10⁻¹}; small σ ∈ {10⁻⁶, 10⁻³} and
    /// the large σ = 1; k = 10, and k = 50 at σ = 10⁻⁶ and η ∈ {10⁻⁴, 10⁻³, 10⁻²} on (0, 1) and (4, 9) with raw inputs.
    /// </summary>
    public static IReadOnlyList<MnistSetting> SweepGrid(int epochs, int perDigit)
    {
        var basis = MnistSpec.Claim with { Epochs = epochs, PerDigit = perDigit };
        var grid = new List<MnistSetting>();
        foreach (var (a, b) in new[] { (0, 1), (3, 5), (4, 9) })
            foreach (var centred in new[] { false, true })
                foreach (var eta in new[] { 1e-4, 1e-3, 1e-2, 1e-1 })
                    foreach (var std in new[] { 1e-6, 1e-3, MnistSpec.LargeStd })
                        grid.Add(new(a, b, basis with { Centred = centred, Eta = eta, Std = std }, std == MnistSpec.LargeStd ? "large" : "small"));
        foreach (var (a, b) in new[] { (0, 1), (4, 9) })
            foreach (var eta in new[] { 1e-4, 1e-3, 1e-2 })
                grid.Add(new(a, b, basis with { K = 50, Eta = eta, Std = 1e-6 }, "small"));
        return grid;
    }

    /// <summary>Runs the settings (each with <paramref name="inits"/> initialisations) in parallel, log-spaced measurements.</summary>
    public static List<MnistSweepRun> Sweep(MnistImages images, IReadOnlyList<MnistSetting> settings, int inits, ulong seed,
        Action<int, int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var jobs = (from s in settings from i in Enumerable.Range(0, inits) select (s, i)).ToList();
        var pairs = settings.Select(s => (s.Positive, s.Negative, s.Spec.PerDigit, s.Spec.TrainFraction, s.Spec.Centred)).Distinct()
            .ToDictionary(k => k, k => MnistPairs.Pair(images, k.Positive, k.Negative, settings.First(s =>
                (s.Positive, s.Negative, s.Spec.PerDigit, s.Spec.TrainFraction, s.Spec.Centred) == k).Spec, SplitSeed(seed)));
        var results = new MnistSweepRun?[jobs.Count];
        var done = 0;
        var clock = Stopwatch.StartNew();
        // the expensive settings first, so that the last minutes are not one long run on one core
        var order = Enumerable.Range(0, jobs.Count).OrderByDescending(j => jobs[j].s.Spec.K).ToList();
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, j =>
        {
            var (s, i) = jobs[j];
            var pair = pairs[(s.Positive, s.Negative, s.Spec.PerDigit, s.Spec.TrainFraction, s.Spec.Centred)];
            var start = clock.Elapsed.TotalSeconds;
            var series = MnistPairs.Run(pair, s.Spec, s.Spec.Std, InitSeed(seed, i), MnistPairs.LogSpaced());
            results[j] = new MnistSweepRun(s, i, series, clock.Elapsed.TotalSeconds - start);
            progress?.Invoke(Interlocked.Increment(ref done), jobs.Count, clock.Elapsed.TotalSeconds);
        });
        return [.. results.Select(r => r!)];
    }
}
