using Verification.Data.Mnist;
using Verification.Dynamics.Lyx;

namespace Verification.Models.LeNet;

/// <summary>One training run: the batch loss before each step, and the trained network.</summary>
public sealed record LeNet5Run(ulong Seed, float[] Losses, LeNet5<float> Network);

/// <summary>
/// LYX Section 6.2's training: plain SGD at constant learning rate 0.01, batch 1,000, no momentum or regularisation, softmax
/// cross-entropy, float32. Batches are drawn without replacement: each epoch is a fresh permutation of the data (a remainder
/// smaller than a batch is dropped), from a SplitMix64 stream of the seed; the initialisation (<see cref="LeNet5{T}.KaimingUniform"/>)
/// uses another stream of the same seed.
/// </summary>
public static class LeNet5Sgd
{
    public const int Batch = 1000;
    public const float LearningRate = 0.01f;

    public static ulong InitSeed(ulong seed) => SplitMix64.Derive(seed, 1, 0);

    public static LeNet5Run Train(MnistImages data, ulong seed, int iterations, int batch = Batch, float learningRate = LearningRate,
        Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        if (batch < 1 || batch > data.Count) throw new ArgumentOutOfRangeException(nameof(batch), $"batch {batch} with {data.Count} images");
        var net = LeNet5<float>.KaimingUniform(InitSeed(seed));
        var rng = new SplitMix64(SplitMix64.Derive(seed, 2, 0));
        var order = Enumerable.Range(0, data.Count).ToArray();
        var next = order.Length; // forces a shuffle before the first batch
        var images = new float[batch * MnistImages.PixelsPerImage];
        var labels = new byte[batch];
        var gradient = new float[LeNet5Layout.Count];
        var losses = new float[iterations];
        for (var t = 0; t < iterations; t++)
        {
            if (next + batch > order.Length)
            {
                Shuffle(order, ref rng);
                next = 0;
            }
            for (var j = 0; j < batch; j++)
            {
                var i = order[next + j];
                data.Image(i).CopyTo(images.AsSpan(j * MnistImages.PixelsPerImage));
                labels[j] = data.Label(i);
            }
            next += batch;
            losses[t] = (float)net.SgdStep(images, labels, learningRate, gradient);
            progress?.Invoke(t + 1);
        }
        return new LeNet5Run(seed, losses, net);
    }

    private static void Shuffle(int[] a, ref SplitMix64 rng)
    {
        for (var i = a.Length - 1; i > 0; i--)
        {
            var j = (int)(rng.Next() % (ulong)(i + 1));
            (a[i], a[j]) = (a[j], a[i]);
        }
    }
}
