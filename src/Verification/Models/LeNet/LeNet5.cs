using System.Numerics;
using System.Numerics.Tensors;
using Verification.Dynamics.Lyx;

namespace Verification.Models.LeNet;

/// <summary>
/// The simplified LeNet-5 (<see cref="LeNet5Layout"/>) with its forward and backward pass written by hand, generic over the
/// floating-point type: float32 for training (the paper's setting), double for the finite-difference check of the gradients.
/// Hand-written because no deep-learning library loads on this machine (TorchSharp's native library needs GLIBCXX_3.4.32,
/// Debian 12's libstdc++ has 3.4.30); the convolutions are im2col followed by row-wise products on
/// <see cref="TensorPrimitives"/> (vectorised for float and double), the rest is a few loops.
/// <para>
/// Determinism: a batch is cut into chunks of <see cref="ChunkImages"/> images dealt round-robin to <see cref="Lanes"/> lanes,
/// each lane summing its chunks' gradients in order into its own buffer, the lanes then summed in order. The result is
/// therefore the same bits whatever the number of cores (the lanes only run in parallel).
/// </para>
/// </summary>
public sealed class LeNet5<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Images per chunk: columns of im2col matrices long enough for the vectorised row products, small enough for cache.</summary>
    public const int ChunkImages = 10;

    /// <summary>Gradient accumulators: fixed, so the summation order (and the float result) does not depend on the cores.</summary>
    public const int Lanes = 4;

    private readonly LeNet5Workspace<T>[] lanes = new LeNet5Workspace<T>[Lanes];

    public LeNet5(T[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Length != LeNet5Layout.Count)
            throw new ArgumentException($"{parameters.Length} parameters, LeNet-5 has {LeNet5Layout.Count}", nameof(parameters));
        Parameters = parameters;
    }

    /// <summary>The flat parameter vector (<see cref="LeNet5Layout"/>), updated in place by <see cref="SgdStep"/>.</summary>
    public T[] Parameters { get; }

    /// <summary>
    /// PyTorch's default initialisation of Conv2d and Linear, stated here since the paper states none: Kaiming-uniform with
    /// a = √5 for the weights, which is U(−1/√fan_in, 1/√fan_in), and the same interval for the biases; drawn in double from
    /// SplitMix64 (portable across framework versions) and rounded to T.
    /// </summary>
    public static LeNet5<T> KaimingUniform(ulong seed)
    {
        var rng = new SplitMix64(seed);
        var p = new T[LeNet5Layout.Count];
        foreach (var t in LeNet5Layout.Tensors)
        {
            var bound = 1 / Math.Sqrt(t.FanIn);
            for (var i = 0; i < t.Length; i++) p[t.Offset + i] = T.CreateChecked((2 * rng.Uniform() - 1) * bound);
        }
        return new LeNet5<T>(p);
    }

    public LeNet5<T> Clone() => new((T[])Parameters.Clone());

    /// <summary>The parameters of one tensor (a view).</summary>
    public Span<T> Tensor(string name)
    {
        var t = LeNet5Layout.Tensor(name);
        return Parameters.AsSpan(t.Offset, t.Length);
    }

    /// <summary>
    /// The mean softmax cross-entropy over the batch and its gradient (written to <paramref name="gradient"/>).
    /// </summary>
    /// <param name="images">Batch × 784 pixel values, image after image.</param>
    /// <param name="labels">Batch labels in 0 … 9.</param>
    public double LossAndGradient(ReadOnlyMemory<T> images, ReadOnlyMemory<byte> labels, T[] gradient)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        var n = labels.Length;
        if (n == 0) throw new ArgumentException("an empty batch");
        if (images.Length != n * LeNet5Layout.Pixels) throw new ArgumentException($"{images.Length} pixel values for {n} labels");
        if (gradient.Length != LeNet5Layout.Count) throw new ArgumentException("gradient has the wrong length");
        var chunks = (n + ChunkImages - 1) / ChunkImages;
        var losses = new double[Lanes];
        Parallel.For(0, Lanes, lane =>
        {
            var ws = lanes[lane] ??= new LeNet5Workspace<T>(ChunkImages);
            ws.Gradient.AsSpan().Clear();
            var loss = 0.0;
            for (var c = lane; c < chunks; c += Lanes)
            {
                var start = c * ChunkImages;
                var count = Math.Min(ChunkImages, n - start);
                loss += ws.Accumulate(Parameters, images.Span.Slice(start * LeNet5Layout.Pixels, count * LeNet5Layout.Pixels),
                    labels.Span.Slice(start, count));
            }
            losses[lane] = loss;
        });
        gradient.AsSpan().Clear();
        var total = 0.0;
        for (var lane = 0; lane < Lanes; lane++)
        {
            total += losses[lane];
            if (lane < chunks) TensorPrimitives.Add(gradient, lanes[lane].Gradient, gradient);
        }
        TensorPrimitives.Multiply(gradient, T.One / T.CreateChecked(n), gradient);
        return total / n;
    }

    /// <summary>One step of plain SGD (no momentum, no weight decay): θ ← θ − lr·∇L(θ). Returns the batch loss before the step.</summary>
    public double SgdStep(ReadOnlyMemory<T> images, ReadOnlyMemory<byte> labels, T learningRate, T[] gradient)
    {
        var loss = LossAndGradient(images, labels, gradient);
        TensorPrimitives.MultiplyAdd(gradient, -learningRate, Parameters, Parameters);
        return loss;
    }
}
