using System.Text.Json;
using Verification.Data.Mnist;
using Verification.Dynamics.Lyx;
using Verification.Models.LeNet;
using Verification.Tests.Data.Mnist;
using Xunit;

namespace Verification.Tests.Models.LeNet;

/// <summary>
/// The hand-written LeNet-5 pinned two ways: its gradient against central finite differences of its own loss in double, and one
/// float32 SGD step against a committed reference computed by PyTorch 1.13 (scripts/lenet-reference.py), each also shown to
/// reject a deliberately wrong variant.
/// </summary>
public sealed class LeNet5Tests
{
    private const ulong Seed = 20211;

    private static (double[] Images, byte[] Labels) SyntheticBatch(int n)
    {
        var rng = new SplitMix64(Seed);
        var images = new double[n * LeNet5Layout.Pixels];
        for (var i = 0; i < images.Length; i++) images[i] = rng.Uniform();
        return (images, Enumerable.Range(0, n).Select(i => (byte)(3 * i % 10)).ToArray());
    }

    /// <summary>
    /// The largest |FD − g|/(1e-6 + 1e-4·|g|) over a few coordinates of every tensor, FD the central difference with h = 1e-6.
    /// Error estimate of FD in double: truncation h²|f'''|/6 ≈ 1e-12 plus rounding ≈ 2u·|f|/h ≈ 1e-9·|f| with |f| ≈ 2.3, so a
    /// correct gradient gives well under 1 unless a step crosses a ReLU or max-pool kink (h = 1e-6 makes that unlikely; the
    /// coordinates are fixed by the seed).
    /// </summary>
    private static double WorstGradientError(LeNet5<double> net, double[] images, byte[] labels, double[] gradient)
    {
        var worst = 0.0;
        var rng = new SplitMix64(Seed + 1);
        var scratch = new double[LeNet5Layout.Count];
        foreach (var t in LeNet5Layout.Tensors)
            for (var s = 0; s < 3; s++)
            {
                var i = t.Offset + (int)(rng.Next() % (ulong)t.Length);
                const double h = 1e-6;
                var saved = net.Parameters[i];
                net.Parameters[i] = saved + h;
                var up = net.LossAndGradient(images, labels, scratch);
                net.Parameters[i] = saved - h;
                var down = net.LossAndGradient(images, labels, scratch);
                net.Parameters[i] = saved;
                var fd = (up - down) / (2 * h);
                worst = Math.Max(worst, Math.Abs(fd - gradient[i]) / (1e-6 + 1e-4 * Math.Abs(gradient[i])));
            }
        return worst;
    }

    [Fact]
    public void Gradient_matches_central_finite_differences_in_double()
    {
        var (images, labels) = SyntheticBatch(2);
        var net = LeNet5<double>.KaimingUniform(Seed);
        var gradient = new double[LeNet5Layout.Count];
        net.LossAndGradient(images, labels, gradient);
        var worst = WorstGradientError(net, images, labels, gradient);
        Assert.True(worst < 1, $"finite differences disagree with the gradient: worst scaled error {worst:G3} (seed {Seed}, batch 2)");
    }

    [Fact]
    public void Finite_difference_check_rejects_the_gradient_of_other_labels()
    {
        var (images, labels) = SyntheticBatch(2);
        var net = LeNet5<double>.KaimingUniform(Seed);
        var wrong = new double[LeNet5Layout.Count];
        net.LossAndGradient(images, labels.Select(l => (byte)((l + 1) % 10)).ToArray(), wrong);
        Assert.True(WorstGradientError(net, images, labels, wrong) > 1);
    }

    [Fact]
    public void Float_and_double_networks_agree_and_the_result_does_not_depend_on_the_lanes()
    {
        var (images, labels) = SyntheticBatch(25); // 3 chunks: lanes 0..2 busy, lane 3 idle
        var d = LeNet5<double>.KaimingUniform(Seed);
        var f = new LeNet5<float>(d.Parameters.Select(v => (float)v).ToArray());
        var gd = new double[LeNet5Layout.Count];
        var gf = new float[LeNet5Layout.Count];
        var lossD = d.LossAndGradient(images, labels, gd);
        var lossF = f.LossAndGradient(images.Select(v => (float)v).ToArray(), labels, gf);
        // float32: the longest sums have 784·25 terms of size ≤ 1; relative error ≈ 1e-4 is a generous γ_n bound on the logits
        Assert.InRange(Math.Abs(lossF - lossD), 0, 1e-4 * lossD);
        var scale = gd.Sum(Math.Abs) / gd.Length;
        Assert.InRange(gd.Zip(gf, (a, b) => Math.Abs(a - b)).Max(), 0, 1e-3 * scale + 1e-6);
        var again = new float[LeNet5Layout.Count];
        f.LossAndGradient(images.Select(v => (float)v).ToArray(), labels, again);
        Assert.Equal(gf, again);
    }

    [Fact]
    public void Kaiming_uniform_stays_within_one_over_root_fan_in_and_fills_it()
    {
        var net = LeNet5<float>.KaimingUniform(Seed);
        foreach (var t in LeNet5Layout.Tensors)
        {
            var bound = 1 / Math.Sqrt(t.FanIn);
            var values = net.Parameters.AsSpan(t.Offset, t.Length).ToArray();
            Assert.All(values, v => Assert.InRange(Math.Abs(v), 0, bound));
            if (t.Length >= 84) Assert.True(values.Max(Math.Abs) > 0.9 * bound, t.Name);
        }
        Assert.Equal(37_106, LeNet5Layout.Count);
    }

    // ─── the PyTorch reference ───

    private sealed record Reference(double Loss, double LearningRate, int Batch, List<TensorReference> Tensors);

    private sealed record TensorReference(string Name, double InitialSum, double GradientSum, double GradientAbsSum, double UpdatedSum,
        List<double> UpdatedHead);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static Reference LoadReference()
    {
        var path = Path.Combine(Directory.GetParent(MnistFixture.Folder)!.FullName, "LeNet", "sgd-step-reference.json");
        return JsonSerializer.Deserialize<Reference>(File.ReadAllText(path), JsonOptions)!;
    }

    /// <summary>The closed-form weights of scripts/lenet-reference.py: bound·sin(0.37(j + 1) + 1.1t), rounded to float32.</summary>
    private static LeNet5<float> ClosedFormNetwork()
    {
        var p = new float[LeNet5Layout.Count];
        for (var t = 0; t < LeNet5Layout.Tensors.Count; t++)
        {
            var tensor = LeNet5Layout.Tensors[t];
            var bound = 1 / Math.Sqrt(tensor.FanIn);
            for (var j = 0; j < tensor.Length; j++) p[tensor.Offset + j] = (float)(bound * Math.Sin(0.37 * (j + 1) + 1.1 * t));
        }
        return new LeNet5<float>(p);
    }

    /// <summary>
    /// Differences from PyTorch beyond these bounds fail. Both sides compute in float32 with different summation orders; the
    /// longest float sums (conv1's weight gradient over 8 images · 784 positions = 6,272 terms) have relative error at most
    /// γ_n ≈ n·u = 3.7e-4 of the sum of the terms' magnitudes, so gradient sums are compared within 1e-3 of the tensor's
    /// gradient magnitude sum, updated weights within lr·1e-4 + 2 ulp (1e-6 absolute), the loss within 1e-5 relative.
    /// </summary>
    private static List<string> CompareWithReference(float learningRate)
    {
        var reference = LoadReference();
        var digits = IdxReader.Load(Path.Combine(MnistFixture.IdxFolder, "train-images-idx3-ubyte.gz"),
            Path.Combine(MnistFixture.IdxFolder, "train-labels-idx1-ubyte.gz")).Select(Enumerable.Range(0, reference.Batch).ToList());
        var net = ClosedFormNetwork();
        var errors = new List<string>();
        foreach (var t in reference.Tensors)
        {
            var initial = net.Tensor(t.Name).ToArray().Sum(v => (double)v);
            if (Math.Abs(initial - t.InitialSum) > 1e-9 * (1 + Math.Abs(t.InitialSum))) errors.Add($"{t.Name}: initial sum {initial} vs {t.InitialSum}");
        }
        var gradient = new float[LeNet5Layout.Count];
        var loss = net.SgdStep(digits.Pixels.ToArray(), digits.Labels.ToArray(), learningRate, gradient);
        if (Math.Abs(loss - reference.Loss) > 1e-5 * reference.Loss) errors.Add($"loss {loss} vs {reference.Loss}");
        foreach (var t in reference.Tensors)
        {
            var tensor = LeNet5Layout.Tensor(t.Name);
            var g = gradient.AsSpan(tensor.Offset, tensor.Length).ToArray().Sum(v => (double)v);
            if (Math.Abs(g - t.GradientSum) > 1e-3 * t.GradientAbsSum) errors.Add($"{t.Name}: gradient sum {g} vs {t.GradientSum}");
            var updated = net.Tensor(t.Name).ToArray();
            if (Math.Abs(updated.Sum(v => (double)v) - t.UpdatedSum) > 1e-6 * tensor.Length) errors.Add($"{t.Name}: updated sum differs");
            for (var j = 0; j < t.UpdatedHead.Count; j++)
                if (Math.Abs(updated[j] - t.UpdatedHead[j]) > 1e-6) errors.Add($"{t.Name}[{j}]: {updated[j]} vs {t.UpdatedHead[j]}");
        }
        return errors;
    }

    [Fact]
    public void One_sgd_step_matches_the_pytorch_reference()
    {
        var errors = CompareWithReference(LeNet5Sgd.LearningRate);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    [Fact]
    public void The_reference_comparison_rejects_a_step_with_twice_the_learning_rate()
    {
        Assert.NotEmpty(CompareWithReference(2 * LeNet5Sgd.LearningRate));
    }
}
