using System.Diagnostics;
using System.Globalization;
using Verification.Harness;
using Verification.Spec;

namespace Verification.Cli.Bench;

/// <summary>A named workload: one run does <c>Run()</c> units of work (cases, steps, evaluations) in the stated unit.</summary>
/// <param name="Target">The target, as units per second (or seconds per run when <see cref="TargetSeconds"/>).</param>
public sealed record Workload(
    string Name, string Unit, string Description, Func<long> Run, double? Target = null, bool TargetSeconds = false, int Repetitions = 5);

public sealed record Measurement(
    string Name, string Unit, string Description, int Repetitions, double MedianSeconds, double MinSeconds, double MaxSeconds, long UnitsPerRun,
    double UnitsPerSecond, string? Target, bool? MeetsTarget);

/// <summary>
/// The benchmark workloads of <c>verification bench</c>. Timing is by wall clock over repeated runs (median and range), after
/// one warm-up run; the workloads are deterministic by seed, so runs do the same work.
/// </summary>
public static class Workloads
{
    public static List<Workload> All { get; } =
    [
        new("sbg-thm51-exact", "cases", "SBG Theorem 5.1 cases generated and decided in exact rational arithmetic", () => Thm51(exact: true, 2_000)),
        new("sbg-thm51-double", "cases", "the same cases decided in double precision", () => Thm51(exact: false, 2_000)),
        new("lyx-table1", "runs", "Table 1 reproduction: 2 initialisations × 10 network sizes × 100 runs of GD to zero loss on the 880-point set (double)",
            () => { Experiments.Lyx.LyxExperiments.Table1(Budgets.DefaultSeed, 100); return 2_000; }, Target: 10, TargetSeconds: true, Repetitions: 3),
        new("lyx-exact-gd", "steps",
            "exact rational GD on the rational 880-point set, k = 3, η = 1/10, until zero loss (integers over a fixed common denominator)",
            ExactGd, Target: 200),
        new("lsz-gradient", "evaluations",
            "population gradient of the logistic loss at relative accuracy 1e-12 (every call's error estimate checked ≤ 1e-12·‖∇L‖), " +
            "x uniform on S¹ and Gaussian in R⁵, one thread; evaluations = gradient calls",
            LszGradient, Target: 50_000),
        new("lsz-flow", "runs", "population gradient flow of LSZ Fig. 1(a) to t = 200 (Dormand–Prince 5(4), rtol 1e-10, atol 1e-12, max step 0.05)",
            LszFlow, Repetitions: 3),
        new("lenet-sgd-step", "steps",
            "LYX Sec. 6.2: one SGD step of the simplified LeNet-5, batch 1,000, float32 (forward, backward, update; synthetic pixels, " +
            "the cost does not depend on them); PyTorch 1.13 side by side: scripts/lenet-bench.py", LeNetStep, Repetitions: 10),
        new("check-quick", "claims", "the whole default 'verification check' (quick profile) without the MNIST claims (real-data training)", CheckQuick,
            Target: 120, TargetSeconds: true, Repetitions: 1),
    ];

    private static long Thm51(bool exact, int cases)
    {
        var claim = (PropertyClaim<Data.Sbg.ClusteredCase>)Claims.Registry.Find("SBG.Thm5.1")!;
        var rng = new Random(20211);
        var raw = new int[64];
        for (var i = 0; i < cases; i++)
        {
            for (var j = 0; j < raw.Length; j++) raw[j] = rng.Next(-1_000_000, 1_000_000);
            var (_, r) = claim.EvaluateChoices(raw, Context.AsPrinted, inDouble: !exact);
            if (r.IsFailure && exact) throw new InvalidOperationException("benchmark case failed: " + r.Detail);
        }
        return cases;
    }

    private static long ExactGd()
    {
        var (w, u) = Data.Lyx.Rational880.Initialise(3, Budgets.DefaultSeed);
        var gd = Dynamics.Lyx.CommonDenominatorGd.Create(Data.Lyx.Rational880.Points(), w, u, Arithmetic.Rational.Zero, new Arithmetic.Rational(1, 10),
            100_000);
        if (!gd.RunToZeroLoss(100_000)) throw new InvalidOperationException("exact GD did not reach zero loss");
        return gd.Steps;
    }

    private static long LszGradient()
    {
        var circle = new Models.Lsz.SphericalPopulation(new Data.Lsz.CircleRadius(), [0, 1]);
        var gauss = new Models.Lsz.SphericalPopulation(new Data.Lsz.GaussianRadius(5), [1, 0, 0, 0, 0]);
        var rng = new Random(20211);
        const int n = 20_000;
        const double tol = 1e-12;
        for (var i = 0; i < n; i++)
        {
            var a = rng.NextDouble() * 2 * Math.PI;
            var r = Math.Exp(rng.NextDouble() * 6 - 3);
            Check(circle.Gradient([r * Math.Cos(a), r * Math.Sin(a)], tol));
            Check(gauss.Gradient([r * Math.Cos(a), r * Math.Sin(a), 0.3 * r, 0, -0.2 * r], tol));
        }
        return 2 * n;

        static void Check(Models.Lsz.VectorEstimate g)
        {
            if (!(g.Error <= tol * Arithmetic.Vec.Norm(g.Value)))
                throw new InvalidOperationException($"gradient error {g.Error:G3} above the relative tolerance {tol}");
        }
    }

    private static long LszFlow()
    {
        var pop = new Models.Lsz.SphericalPopulation(new Data.Lsz.CircleRadius(), [0, 1]);
        Dynamics.Lsz.Flows.GradientFlow(pop, [0.6, -0.8], 200, new Numerics.OdeOptions(1e-10, 1e-12, MaxStep: 0.05));
        return 1;
    }

    private static readonly Lazy<(Models.LeNet.LeNet5<float> Net, float[] Images, byte[] Labels, float[] Gradient)> LeNetBatch = new(() =>
    {
        var rng = new Dynamics.Lyx.SplitMix64(Budgets.DefaultSeed);
        var images = new float[Models.LeNet.LeNet5Sgd.Batch * Models.LeNet.LeNet5Layout.Pixels];
        for (var i = 0; i < images.Length; i++) images[i] = (float)rng.Uniform();
        var labels = Enumerable.Range(0, Models.LeNet.LeNet5Sgd.Batch).Select(i => (byte)(i % 10)).ToArray();
        return (Models.LeNet.LeNet5<float>.KaimingUniform(Budgets.DefaultSeed), images, labels, new float[Models.LeNet.LeNet5Layout.Count]);
    });

    private static long LeNetStep()
    {
        var (net, images, labels, gradient) = LeNetBatch.Value;
        net.SgdStep(images, labels, Models.LeNet.LeNet5Sgd.LearningRate, gradient);
        return 1;
    }

    private static long CheckQuick()
    {
        var entries = Claims.Registry.Ledger.Where(e => !e.Id.EndsWith(".MNIST", StringComparison.Ordinal)).ToList();
        Parallel.For(0, entries.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => Checking.Run(entries[i], Profile.Quick, Budgets.DefaultSeed));
        return entries.Count;
    }

    public static Measurement Measure(Workload w, Action<string>? progress = null)
    {
        progress?.Invoke($"{w.Name}: warm-up");
        var units = w.Run();
        var times = new List<double>();
        for (var i = 0; i < w.Repetitions; i++)
        {
            progress?.Invoke($"{w.Name}: run {i + 1}/{w.Repetitions}");
            var sw = Stopwatch.StartNew();
            units = w.Run();
            times.Add(sw.Elapsed.TotalSeconds);
        }
        times.Sort();
        var median = times[times.Count / 2];
        var rate = units / median;
        string? target = w.Target is { } t
            ? (w.TargetSeconds ? $"≤ {t.ToString(CultureInfo.InvariantCulture)} s" : $"≥ {t.ToString(CultureInfo.InvariantCulture)} {w.Unit}/s")
            : null;
        bool? meets = w.Target is { } tt ? (w.TargetSeconds ? median <= tt : rate >= tt) : null;
        return new Measurement(w.Name, w.Unit, w.Description, w.Repetitions, median, times[0], times[^1], units, rate, target, meets);
    }
}
