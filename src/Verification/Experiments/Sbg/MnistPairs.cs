using System.Numerics.Tensors;
using Verification.Data.Mnist;
using Verification.Data.Sbg;
using Verification.Dynamics.Sbg;
using Verification.Models.Sbg;

namespace Verification.Experiments.Sbg;

/// <summary>
/// The settings of one MNIST run of Figs. 2 and 6; the paper states only the network (Eq. (1): leaky ReLU, fixed output
/// weights ±v), SGD (epochs, batch 1, without replacement), "small" vs "large" initialisation and 5 initialisations per
/// pair: everything else here is chosen and written into every output.
/// </summary>
/// <param name="K">Neurons per type (2k in all).</param>
/// <param name="PerDigit">Images per digit taken from the 10,000 of the npm package (0: all, 863 to 1,135 per digit).</param>
/// <param name="TrainFraction">Share of a pair's images used for training; the rest are the test points.</param>
/// <param name="Centred">Inputs minus the mean training image of the pair (a preprocessing the paper does not mention; sweep only).</param>
public sealed record MnistSpec(int K, double Alpha, double V, double Eta, double Std, int Epochs, int PerDigit, double TrainFraction, bool Centred)
{
    /// <summary>The claim's fixed configuration (small scale; <see cref="LargeStd"/> for the large one).</summary>
    public static MnistSpec Claim { get; } = new(K: 10, Alpha: 0.1, V: 1, Eta: 1e-4, Std: 1e-6, Epochs: 100, PerDigit: 100, TrainFraction: 0.8, Centred: false);

    /// <summary>The reproduction of Figs. 2 and 6: all images of each pair.</summary>
    public static MnistSpec Reproduce { get; } = Claim with { PerDigit = 0, Epochs = 60 };

    /// <summary>The large initialisation scale: the standard deviation of Fig. 1's large initialisation (30) is on 2-D inputs; on
    /// 784 pixels a row of std 1 already gives pre-activations of size ‖x‖ ≈ 9.</summary>
    public const double LargeStd = 1;

    public string Describe() =>
        $"k = {K} (2k = {2 * K} neurons), α = {Alpha}, v = {V}, SGD in epochs, batch 1, without replacement, η = {Eta}, initialisation N(0, σ²) per "
        + $"weight, {Epochs} epochs; {(PerDigit == 0 ? "all images" : $"the first {PerDigit} images")} of each digit of the npm package, "
        + $"{TrainFraction:P0} for training (shuffled by the seed), the rest test; inputs = pixel values in [0, 1]"
        + (Centred ? " minus the mean training image" : "");
}

/// <summary>One epoch's measurements. Cosines are |cos(x, w̄ − ū)| over all (train and test) points.</summary>
public sealed record MnistPoint(
    int Epoch, double Loss, double R, double WuNorm, double FracOutside, double CosMin, double CosMedian, double LinearAgreement,
    double TrainAccuracy, double TestAccuracy, double DisagreeW, double DisagreeU)
{
    /// <summary>r/‖w̄ − ū‖: a point is in Theorem 5.1's linear region exactly when its |cos| ≥ 2r/‖w̄ − ū‖.</summary>
    public double Ratio => WuNorm == 0 ? double.PositiveInfinity : R / WuNorm;
}

/// <summary>A binary digit problem: the first digit labelled +1, the second −1, split into train and test.</summary>
public sealed record MnistPair(int Positive, int Negative, int D, double[] Train, int[] TrainLabels, double[] Test, int[] TestLabels)
{
    public int TrainCount => TrainLabels.Length;
    public int TestCount => TestLabels.Length;
    public string Name => $"({Positive},{Negative})";
    public string Key => $"p{Positive}{Negative}";
}

/// <summary>
/// Figs. 2 (MNIST part) and 6 of Sarussi, Brutzkus and Globerson: the network of Eq. (1) trained by SGD on binary MNIST
/// problems; after every epoch the clustering radius r of Section 5, the linear region |(w̄ − ū)·x| ≥ 2r‖x‖ of Theorem 5.1
/// and the fraction of all points outside it, with r/‖w̄ − ū‖, the cosines the region needs, and how far the network is
/// linear on the data in fact (sign N(x) = sign((w̄ − ū)·x)).
/// </summary>
public static class MnistPairs
{
    /// <summary>Fig. 2's pairs.</summary>
    public static IReadOnlyList<(int, int)> Figure2 { get; } = [(0, 1), (3, 5)];

    /// <summary>Fig. 6 "more pairs" (unlisted in the paper): with Fig. 2's they cover every digit, with the hard (4, 9) and (3, 8).</summary>
    public static IReadOnlyList<(int, int)> Figure6 { get; } = [(4, 9), (3, 8), (2, 7), (6, 8)];

    public static IReadOnlyList<(int, int)> AllPairs { get; } = [.. Figure2, .. Figure6];

    /// <summary>The images of digits a (label +1) and b (−1), at most <see cref="MnistSpec.PerDigit"/> each, shuffled by the seed and split.</summary>
    public static MnistPair Pair(MnistImages images, int a, int b, MnistSpec spec, int seed)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(spec);
        if (a == b || a is < 0 or > 9 || b is < 0 or > 9) throw new ArgumentException($"a digit pair needs two different digits 0 … 9, got ({a}, {b})");
        List<int> Of(int digit)
        {
            var idx = Enumerable.Range(0, images.Count).Where(i => images.Label(i) == digit).ToList();
            return spec.PerDigit > 0 ? idx.Take(spec.PerDigit).ToList() : idx;
        }
        var chosen = Of(a).Select(i => (i, 1)).Concat(Of(b).Select(i => (i, -1))).ToArray();
        if (chosen.Length < 2) throw new ArgumentException($"digits {a} and {b} have {chosen.Length} images");
        new Random(seed).Shuffle(chosen);
        var nTrain = Math.Clamp((int)Math.Round(spec.TrainFraction * chosen.Length), 1, chosen.Length);
        const int d = MnistImages.PixelsPerImage;
        double[] Flat(IEnumerable<(int I, int Y)> part) => part.SelectMany(p => images.Image(p.I).ToArray().Select(v => (double)v)).ToArray();
        var train = Flat(chosen.Take(nTrain));
        var test = Flat(chosen.Skip(nTrain));
        if (spec.Centred)
        {
            var mean = new double[d];
            for (var i = 0; i < nTrain; i++) TensorPrimitives.Add(mean, train.AsSpan(i * d, d), mean);
            TensorPrimitives.Divide(mean, nTrain, mean);
            foreach (var m in new[] { train, test })
                for (var i = 0; i < m.Length / d; i++) TensorPrimitives.Subtract(m.AsSpan(i * d, d), mean, m.AsSpan(i * d, d));
        }
        return new MnistPair(a, b, d, train, chosen.Take(nTrain).Select(p => p.Item2).ToArray(), test, chosen.Skip(nTrain).Select(p => p.Item2).ToArray());
    }

    /// <summary>A trainer at the initialisation N(0, std²) of the given seed (the generator of the other SBG experiments).</summary>
    public static DenseSgd Start(MnistPair pair, MnistSpec spec, double std, int seed)
    {
        ArgumentNullException.ThrowIfNull(pair);
        ArgumentNullException.ThrowIfNull(spec);
        var (w, u) = SeparableData.GaussianInit(seed, spec.K, pair.D, std);
        return new DenseSgd(pair.Train, pair.TrainLabels, pair.D, [.. w.SelectMany(r => r)], [.. u.SelectMany(r => r)], spec.V, spec.Alpha, spec.Eta);
    }

    /// <summary>
    /// One run: epoch 0 (the initialisation) and every epoch up to the horizon at which <paramref name="measureAt"/> is true
    /// (default: every epoch), plus the last. <paramref name="stop"/> may end the run early (it sees each measurement). Without
    /// <paramref name="network"/> only the region is measured (r, w̄ − ū, cosines), not the network's outputs, except at the horizon.
    /// </summary>
    public static List<MnistPoint> Run(MnistPair pair, MnistSpec spec, double std, int seed, Func<int, bool>? measureAt = null,
        Func<MnistPoint, bool>? stop = null, bool network = true)
    {
        var t = Start(pair, spec, std, seed);
        var rng = new Random(seed);
        var series = new List<MnistPoint> { Measure(t, pair, 0, network) };
        for (var e = 1; e <= spec.Epochs; e++)
        {
            t.Epoch(rng);
            if (e < spec.Epochs && measureAt is not null && !measureAt(e)) continue;
            series.Add(Measure(t, pair, e, network || e == spec.Epochs));
            if (stop is not null && stop(series[^1])) break;
        }
        return series;
    }

    /// <summary>Epochs 1 … 20, then every epoch about 5% after the last one measured: a log-spaced series for long horizons.</summary>
    public static Func<int, bool> LogSpaced() => e => e <= 20 || Math.Floor(Math.Log(e) / Math.Log(1.05)) != Math.Floor(Math.Log(e - 1) / Math.Log(1.05));

    /// <summary>The measurements after an epoch; without <paramref name="network"/>, loss, accuracies, linearity and agreement are NaN.</summary>
    public static MnistPoint Measure(DenseSgd t, MnistPair pair, int epoch, bool network = true)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(pair);
        var (d, k) = (t.D, t.K);
        var wBar = new double[d];
        var uBar = new double[d];
        for (var j = 0; j < k; j++)
        {
            TensorPrimitives.Add(wBar, t.Row(j), wBar);
            TensorPrimitives.Add(uBar, t.Row(k + j), uBar);
        }
        TensorPrimitives.Divide(wBar, k, wBar);
        TensorPrimitives.Divide(uBar, k, uBar);
        var r = 0.0;
        for (var j = 0; j < 2 * k; j++) r = Math.Max(r, TensorPrimitives.Distance(t.Row(j), j < k ? wBar : uBar));
        var a = new double[d];
        TensorPrimitives.Subtract(wBar, uBar, a);
        var aNorm = TensorPrimitives.Norm(a);
        var pre = new double[2 * k];
        var n = pair.TrainCount + pair.TestCount;
        var cosines = new double[n];
        int outside = 0, agree = 0, trainRight = 0, testRight = 0, disagreeW = 0, disagreeU = 0;
        var loss = 0.0;
        for (var i = 0; i < n; i++)
        {
            var isTrain = i < pair.TrainCount;
            var x = isTrain ? pair.Train.AsSpan(i * d, d) : pair.Test.AsSpan((i - pair.TrainCount) * d, d);
            var y = isTrain ? pair.TrainLabels[i] : pair.TestLabels[i - pair.TrainCount];
            var dot = TensorPrimitives.Dot(a, x);
            var xNorm = TensorPrimitives.Norm(x);
            cosines[i] = aNorm == 0 || xNorm == 0 ? 0 : Math.Abs(dot) / (aNorm * xNorm);
            if (Math.Abs(dot) < 2 * r * xNorm) outside++;
            if (!network) continue;
            var output = t.Output(x, pre);
            if (Math.Sign(output) == Math.Sign(dot)) agree++;
            var right = Math.Sign(output) == y;
            if (!isTrain)
            {
                if (right) testRight++;
                continue;
            }
            if (right) trainRight++;
            loss += CrossEntropy.Loss(y * output);
            var (onW, onU) = (0, 0);
            for (var j = 0; j < k; j++)
            {
                if (pre[j] > 0) onW++;
                if (pre[k + j] > 0) onU++;
            }
            if (onW > 0 && onW < k) disagreeW++;
            if (onU > 0 && onU < k) disagreeU++;
        }
        Array.Sort(cosines);
        double Share(int c, int of) => of == 0 ? 0 : network ? c / (double)of : double.NaN;
        return new MnistPoint(epoch, network ? loss / pair.TrainCount : double.NaN, r, aNorm, outside / (double)n, cosines[0], cosines[n / 2], Share(agree, n),
            Share(trainRight, pair.TrainCount), Share(testRight, pair.TestCount), Share(disagreeW, pair.TrainCount), Share(disagreeU, pair.TrainCount));
    }
}
