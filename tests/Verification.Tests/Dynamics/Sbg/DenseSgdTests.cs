using Verification.Dynamics.Sbg;
using Verification.Models.Sbg;
using Xunit;

namespace Verification.Tests.Dynamics.Sbg;

/// <summary>The fast double trainer against the generic one (the reference implementation of Section 3's SGD).</summary>
[Trait("Paper", "SBG")]
public class DenseSgdTests
{
    private static (double[][] X, int[] Y, double[][] W, double[][] U) Instance(int seed, int n, int d, int k)
    {
        var rng = new Random(seed);
        double[] Row() => Enumerable.Range(0, d).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        var x = Enumerable.Range(0, n).Select(_ => Row()).ToArray();
        var y = Enumerable.Range(0, n).Select(i => i % 2 == 0 ? 1 : -1).ToArray();
        return (x, y, Enumerable.Range(0, k).Select(_ => Row()).ToArray(), Enumerable.Range(0, k).Select(_ => Row()).ToArray());
    }

    [Theory]
    [InlineData(1, 7, 5, 3)]
    [InlineData(2, 11, 17, 1)]
    [InlineData(3, 4, 33, 4)]
    public void Three_epochs_follow_the_generic_trainer(int seed, int n, int d, int k)
    {
        var (x, y, w, u) = Instance(seed, n, d, k);
        var reference = new Trainer<double>(w, u, 1.5, 0.2, new Dataset<double>(x, y, null), 0.3, Rationalisers.Identity);
        var fast = new DenseSgd([.. x.SelectMany(r => r)], y, d, [.. w.SelectMany(r => r)], [.. u.SelectMany(r => r)], 1.5, 0.2, 0.3);
        var (r1, r2) = (new Random(seed), new Random(seed));
        for (var e = 0; e < 3; e++)
        {
            reference.Epoch(r1, recordProofQuantities: false);
            fast.Epoch(r2);
        }
        // the same operations in a different order (vectorised sums): agreement to a few ulps of the weights' size (≤ 10)
        for (var j = 0; j < k; j++)
            for (var c = 0; c < d; c++)
            {
                Assert.Equal(reference.W[j][c], fast.Row(j)[c], 1e-9);
                Assert.Equal(reference.U[j][c], fast.Row(k + j)[c], 1e-9);
            }
        var pre = new double[2 * k];
        Assert.Equal(reference.Output(x[0]), fast.Output(x[0], pre), 1e-9);
        Assert.Equal(3 * n, fast.Steps);
    }

    [Fact]
    public void A_step_moves_u_neurons_against_w_neurons_with_the_leaky_slope_on_inactive_ones()
    {
        // x = (1), y = +1, w = (1) active, u = (−1) inactive (σ'(u·x) = α): N = 1 − σ(−1) = 1.25; the rule written out by hand
        var t = new DenseSgd([1.0], [1], 1, [1.0], [-1.0], v: 1, alpha: 0.25, eta: 0.5);
        var g = CrossEntropy.AbsDerivative(1 + 0.25);
        t.Step(0);
        Assert.Equal(1 + 0.5 * g, t.Row(0)[0], 1e-15);
        Assert.Equal(-1 - 0.5 * g * 0.25, t.Row(1)[0], 1e-15);
    }

    [Fact]
    public void Bad_shapes_and_labels_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new DenseSgd([1.0, 2.0, 3.0], [1], 2, [1.0, 0], [0, 1.0], 1, 0.1, 0.1));
        Assert.Throws<ArgumentException>(() => new DenseSgd([1.0, 2.0], [1], 2, [1.0, 0], [0, 1.0, 0, 0], 1, 0.1, 0.1));
        Assert.Throws<ArgumentException>(() => new DenseSgd([1.0, 2.0], [0], 2, [1.0, 0], [0, 1.0], 1, 0.1, 0.1));
    }
}
