using System.Numerics;
using System.Numerics.Tensors;
using static Verification.Models.LeNet.LeNet5Layout;

namespace Verification.Models.LeNet;

/// <summary>
/// The buffers of one lane of <see cref="LeNet5{T}"/> and the forward and backward pass of one chunk of images. Convolutions
/// are im2col: a [kernel area × (images · output positions)] matrix whose product with the [channels × kernel area] weights is
/// computed row by row (each output row a sum of scaled im2col rows, each weight-gradient entry a dot product of two rows).
/// Activations are channel-major across the chunk's images, so those rows are long (images · positions).
/// </summary>
internal sealed class LeNet5Workspace<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private const int P1 = Conv1Side * Conv1Side;   // 784 conv1 outputs per channel and image
    private const int Q1 = Pool1Side * Pool1Side;   // 196
    private const int P2 = Conv2Side * Conv2Side;   // 100
    private const int Q2 = Pool2Side * Pool2Side;   // 25
    private const int K2 = Conv1Channels * KernelArea; // 150

    private readonly int capacity;
    private readonly T[] col1, c1, p1, col2, c2, p2, h, z, dh, dp2, dc2, dcol2, dp1, dc1;
    private readonly int[] idx1, idx2;

    public LeNet5Workspace(int images)
    {
        capacity = images;
        col1 = new T[KernelArea * images * P1];
        c1 = new T[Conv1Channels * images * P1];
        p1 = new T[images * Conv1Channels * Q1];
        idx1 = new int[p1.Length];
        col2 = new T[K2 * images * P2];
        c2 = new T[Conv2Channels * images * P2];
        p2 = new T[images * Features];
        idx2 = new int[p2.Length];
        h = new T[images * Hidden];
        z = new T[images * Classes];
        dh = new T[Hidden];
        dp2 = new T[Features];
        dc2 = new T[c2.Length];
        dcol2 = new T[col2.Length];
        dp1 = new T[p1.Length];
        dc1 = new T[c1.Length];
        Gradient = new T[Count];
    }

    /// <summary>The sum over the chunks accumulated so far of the per-image loss gradients (not divided by the batch size).</summary>
    public T[] Gradient { get; }

    /// <summary>Forward and backward over <paramref name="labels"/>.Length ≤ capacity images; returns the summed loss.</summary>
    public double Accumulate(T[] theta, ReadOnlySpan<T> images, ReadOnlySpan<byte> labels)
    {
        var n = labels.Length;
        if (n > capacity) throw new ArgumentException("chunk larger than the workspace");
        var w = new Weights(theta);
        var g = new Weights(Gradient);
        var m1 = n * P1;
        var m2 = n * P2;
        Im2ColConv1(images, n);
        Convolve(w.Conv1, w.Bias1, col1, c1, Conv1Channels, KernelArea, m1);
        Pool(c1, p1, idx1, n, Conv1Channels, Conv1Side);
        Im2ColConv2(n);
        Convolve(w.Conv2, w.Bias2, col2, c2, Conv2Channels, K2, m2);
        Pool(c2, p2, idx2, n, Conv2Channels, Conv2Side);

        var loss = 0.0;
        dc2.AsSpan(0, Conv2Channels * capacity * P2).Clear();
        for (var b = 0; b < n; b++)
        {
            var x = p2.AsSpan(b * Features, Features);
            var hb = h.AsSpan(b * Hidden, Hidden);
            var zb = z.AsSpan(b * Classes, Classes);
            for (var i = 0; i < Hidden; i++) hb[i] = T.Max(T.Zero, w.Bias3[i] + TensorPrimitives.Dot(w.Fc1.Slice(i * Features, Features), x));
            for (var c = 0; c < Classes; c++) zb[c] = w.Bias4[c] + TensorPrimitives.Dot(w.Fc2.Slice(c * Hidden, Hidden), hb);
            loss += SoftmaxCrossEntropy(zb, labels[b]); // zb now holds ∂loss/∂z
            dh.AsSpan().Clear();
            for (var c = 0; c < Classes; c++)
            {
                TensorPrimitives.MultiplyAdd(hb, zb[c], g.Fc2.Slice(c * Hidden, Hidden), g.Fc2.Slice(c * Hidden, Hidden));
                g.Bias4[c] += zb[c];
                TensorPrimitives.MultiplyAdd(w.Fc2.Slice(c * Hidden, Hidden), zb[c], dh, dh);
            }
            dp2.AsSpan().Clear();
            for (var i = 0; i < Hidden; i++)
            {
                if (hb[i] <= T.Zero || dh[i] == T.Zero) continue; // ReLU: no gradient where the unit is off
                TensorPrimitives.MultiplyAdd(x, dh[i], g.Fc1.Slice(i * Features, Features), g.Fc1.Slice(i * Features, Features));
                g.Bias3[i] += dh[i];
                TensorPrimitives.MultiplyAdd(w.Fc1.Slice(i * Features, Features), dh[i], dp2, dp2);
            }
            // max pool and ReLU backward: the gradient goes to the window's first maximum, if it is positive
            for (var q = 0; q < Features; q++)
            {
                var at = idx2[b * Features + q];
                if (c2[at] > T.Zero) dc2[at] = dp2[q];
            }
        }

        // conv2 backward: weight gradient, then the gradient of the im2col matrix folded back onto the pooled conv1 output
        ConvolveBackward(w.Conv2, g.Conv2, g.Bias2, col2, dc2, dcol2, Conv2Channels, K2, m2, needInput: true);
        Col2ImConv2(n);
        var dc1Span = dc1.AsSpan(0, Conv1Channels * capacity * P1);
        dc1Span.Clear();
        for (var q = 0; q < n * Conv1Channels * Q1; q++)
        {
            var at = idx1[q];
            if (c1[at] > T.Zero) dc1[at] = dp1[q];
        }
        ConvolveBackward(w.Conv1, g.Conv1, g.Bias1, col1, dc1, null, Conv1Channels, KernelArea, m1, needInput: false);
        return loss;
    }

    /// <summary>ln Σ exp z − z_label, computed stably; z is overwritten with softmax(z) − onehot(label).</summary>
    private static double SoftmaxCrossEntropy(Span<T> z, int label)
    {
        var max = TensorPrimitives.Max<T>(z);
        var shifted = z[label] - max;
        var sum = T.Zero;
        for (var c = 0; c < z.Length; c++)
        {
            z[c] = T.Exp(z[c] - max);
            sum += z[c];
        }
        var loss = double.CreateChecked(T.Log(sum) - shifted);
        for (var c = 0; c < z.Length; c++) z[c] /= sum;
        z[label] -= T.One;
        return loss;
    }

    /// <summary>col1[k, b·784 + y·28 + x] = padded image b at (y + ky, x + kx), k = 5ky + kx.</summary>
    private void Im2ColConv1(ReadOnlySpan<T> images, int n)
    {
        var m = n * P1;
        for (var ky = 0; ky < Kernel; ky++)
            for (var kx = 0; kx < Kernel; kx++)
            {
                var row = col1.AsSpan((ky * Kernel + kx) * m, m);
                row.Clear();
                var x0 = Math.Max(0, Padding - kx);
                var x1 = Math.Min(Conv1Side, Side + Padding - kx);
                for (var b = 0; b < n; b++)
                    for (var y = 0; y < Conv1Side; y++)
                    {
                        var sy = y + ky - Padding;
                        if (sy < 0 || sy >= Side) continue;
                        images.Slice(b * Pixels + sy * Side + x0 + kx - Padding, x1 - x0).CopyTo(row.Slice(b * P1 + y * Conv1Side + x0));
                    }
            }
    }

    /// <summary>col2[c·25 + 5ky + kx, b·100 + y·10 + x] = pooled conv1 output of image b, channel c, at (y + ky, x + kx).</summary>
    private void Im2ColConv2(int n)
    {
        var m = n * P2;
        for (var c = 0; c < Conv1Channels; c++)
            for (var ky = 0; ky < Kernel; ky++)
                for (var kx = 0; kx < Kernel; kx++)
                {
                    var row = col2.AsSpan((c * KernelArea + ky * Kernel + kx) * m, m);
                    for (var b = 0; b < n; b++)
                        for (var y = 0; y < Conv2Side; y++)
                            p1.AsSpan((b * Conv1Channels + c) * Q1 + (y + ky) * Pool1Side + kx, Conv2Side).CopyTo(row.Slice(b * P2 + y * Conv2Side));
                }
    }

    /// <summary>The adjoint of <see cref="Im2ColConv2"/>: dp1 = Σ over the im2col entries that copied each value.</summary>
    private void Col2ImConv2(int n)
    {
        var m = n * P2;
        dp1.AsSpan(0, n * Conv1Channels * Q1).Clear();
        for (var c = 0; c < Conv1Channels; c++)
            for (var ky = 0; ky < Kernel; ky++)
                for (var kx = 0; kx < Kernel; kx++)
                {
                    var row = dcol2.AsSpan((c * KernelArea + ky * Kernel + kx) * m, m);
                    for (var b = 0; b < n; b++)
                        for (var y = 0; y < Conv2Side; y++)
                        {
                            var target = dp1.AsSpan((b * Conv1Channels + c) * Q1 + (y + ky) * Pool1Side + kx, Conv2Side);
                            TensorPrimitives.Add(target, row.Slice(b * P2 + y * Conv2Side, Conv2Side), target);
                        }
                }
    }

    /// <summary>out[o, :] = ReLU(bias[o] + Σ_k weight[o, k]·col[k, :]) over m columns.</summary>
    private static void Convolve(ReadOnlySpan<T> weight, ReadOnlySpan<T> bias, T[] col, T[] output, int channels, int k, int m)
    {
        for (var o = 0; o < channels; o++)
        {
            var row = output.AsSpan(o * m, m);
            row.Fill(bias[o]);
            for (var j = 0; j < k; j++) TensorPrimitives.MultiplyAdd(col.AsSpan(j * m, m), weight[o * k + j], row, row);
            TensorPrimitives.Max(row, T.Zero, row);
        }
    }

    /// <summary>gW[o, j] += dout[o, :]·col[j, :], gb[o] += Σ dout[o, :]; and, if asked, dcol[j, :] = Σ_o W[o, j]·dout[o, :].</summary>
    private static void ConvolveBackward(ReadOnlySpan<T> weight, Span<T> gWeight, Span<T> gBias, T[] col, T[] dout, T[]? dcol, int channels, int k,
        int m, bool needInput)
    {
        for (var o = 0; o < channels; o++)
        {
            var d = dout.AsSpan(o * m, m);
            gBias[o] += TensorPrimitives.Sum<T>(d);
            for (var j = 0; j < k; j++) gWeight[o * k + j] += TensorPrimitives.Dot<T>(d, col.AsSpan(j * m, m));
        }
        if (!needInput) return;
        for (var j = 0; j < k; j++)
        {
            var row = dcol!.AsSpan(j * m, m);
            TensorPrimitives.Multiply(dout.AsSpan(0, m), weight[j], row);
            for (var o = 1; o < channels; o++) TensorPrimitives.MultiplyAdd(dout.AsSpan(o * m, m), weight[o * k + j], row, row);
        }
    }

    /// <summary>2×2 max pool of channel-major [channels × (n · side²)] input into image-major [n × channels × (side/2)²] output.</summary>
    private static void Pool(T[] input, T[] output, int[] index, int n, int channels, int side)
    {
        var half = side / 2;
        var area = side * side;
        var m = n * area;
        for (var b = 0; b < n; b++)
            for (var c = 0; c < channels; c++)
            {
                var source = c * m + b * area;
                var target = (b * channels + c) * half * half;
                for (var py = 0; py < half; py++)
                    for (var px = 0; px < half; px++)
                    {
                        var best = source + 2 * py * side + 2 * px;
                        // scan order as PyTorch's CPU kernel: the first maximum in row-major order wins
                        foreach (var at in (ReadOnlySpan<int>)[best + 1, best + side, best + side + 1])
                            if (input[at] > input[best]) best = at;
                        output[target + py * half + px] = input[best];
                        index[target + py * half + px] = best;
                    }
            }
    }

    /// <summary>Views of the parameter tensors in a flat vector (the parameters or a gradient).</summary>
    private readonly ref struct Weights(T[] flat)
    {
        public Span<T> Conv1 => View(0);
        public Span<T> Bias1 => View(1);
        public Span<T> Conv2 => View(2);
        public Span<T> Bias2 => View(3);
        public Span<T> Fc1 => View(4);
        public Span<T> Bias3 => View(5);
        public Span<T> Fc2 => View(6);
        public Span<T> Bias4 => View(7);

        private Span<T> View(int i) => flat.AsSpan(Tensors[i].Offset, Tensors[i].Length);
    }
}
