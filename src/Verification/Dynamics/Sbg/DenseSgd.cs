using System.Numerics.Tensors;
using Verification.Models.Sbg;

namespace Verification.Dynamics.Sbg;

/// <summary>
/// SGD of Section 3 (epochs, batch 1, without replacement, σ'(0) = α) for the network of Eq. (1) in double, for
/// high-dimensional data such as MNIST pairs (d = 784): the same update as <see cref="Trainer{T}"/>, on one flat row-major
/// weight array with <see cref="TensorPrimitives"/> dot products and fused multiply-adds and no allocation per step.
/// Hand-written beside the generic trainer because that one allocates per element through <c>INumber&lt;T&gt;</c> and is
/// about 50 times slower at d = 784; a unit test pins the two to the same trajectory.
/// </summary>
public sealed class DenseSgd
{
    private readonly double[] x;
    private readonly int[] y;
    private readonly double[] z;

    /// <param name="points">n × d training points, row-major.</param>
    /// <param name="labels">n labels ±1.</param>
    /// <param name="w0">k × d initial w-neurons, row-major.</param>
    /// <param name="u0">k × d initial u-neurons, row-major.</param>
    public DenseSgd(double[] points, int[] labels, int d, double[] w0, double[] u0, double v, double alpha, double eta)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(w0);
        ArgumentNullException.ThrowIfNull(u0);
        if (d <= 0 || points.Length != labels.Length * d) throw new ArgumentException($"{points.Length} values for {labels.Length} points of dimension {d}");
        if (w0.Length == 0 || w0.Length != u0.Length || w0.Length % d != 0) throw new ArgumentException("need k ≥ 1 w- and as many u-neurons of dimension d");
        if (labels.Any(l => l is not (1 or -1))) throw new ArgumentException("labels must be ±1");
        (x, y, D, K, V, Alpha, Eta) = (points, labels, d, w0.Length / d, v, alpha, eta);
        Weights = [.. w0, .. u0];
        z = new double[2 * K];
    }

    public int D { get; }
    public int K { get; }
    public int N => y.Length;
    public double V { get; }
    public double Alpha { get; }
    public double Eta { get; }
    public long Steps { get; private set; }

    /// <summary>2k × d: rows 0 … k−1 the w-neurons (output weight +v), rows k … 2k−1 the u-neurons (−v).</summary>
    public double[] Weights { get; }

    public ReadOnlySpan<double> Row(int j) => Weights.AsSpan(j * D, D);

    public ReadOnlySpan<double> Point(int i) => x.AsSpan(i * D, D);

    public int Label(int i) => y[i];

    /// <summary>N(x) of Eq. (1); the pre-activations w⁽ʲ⁾·x (then u⁽ʲ⁾·x) are left in <paramref name="pre"/> (length 2k).</summary>
    public double Output(ReadOnlySpan<double> point, Span<double> pre)
    {
        var s = 0.0;
        for (var j = 0; j < 2 * K; j++)
        {
            var p = TensorPrimitives.Dot(Row(j), point);
            pre[j] = p;
            var a = p > 0 ? p : Alpha * p;
            s += j < K ? a : -a;
        }
        return V * s;
    }

    /// <summary>One SGD update on training point i: w⁽ʲ⁾ += η v y |ℓ'(yN)| σ'(w⁽ʲ⁾·x) x, u⁽ʲ⁾ −= the same with σ'(u⁽ʲ⁾·x).</summary>
    public void Step(int i)
    {
        var point = Point(i);
        var margin = y[i] * Output(point, z);
        var scale = Eta * V * y[i] * CrossEntropy.AbsDerivative(margin);
        for (var j = 0; j < 2 * K; j++)
        {
            var c = (j < K ? scale : -scale) * (z[j] > 0 ? 1 : Alpha);
            var row = Weights.AsSpan(j * D, D);
            TensorPrimitives.MultiplyAdd(point, c, row, row);
        }
        Steps++;
    }

    /// <summary>One epoch in the order of a fresh permutation (the same permutation as <see cref="Trainer{T}.Permutation"/>).</summary>
    public void Epoch(Random rng)
    {
        foreach (var i in Trainer<double>.Permutation(N, rng)) Step(i);
    }
}
