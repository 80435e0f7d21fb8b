using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Models.Sbg;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Models.Sbg;

/// <summary>The network of Eq. (1) written out: validation, σ, output, centres, radius and its text.</summary>
[Trait("Paper", "SBG")]
public class LeakyReluNetworkTests
{
    [Fact]
    public void Network_output_centres_and_radius()
    {
        Assert.Equal("Need k ≥ 1 w-neurons and as many u-neurons; got 0 and 0.",
            Assert.Throws<ArgumentException>(() => new LeakyReluNetwork<double>([], [], 1, 0.5)).Message);
        Assert.Equal("Need k ≥ 1 w-neurons and as many u-neurons; got 1 and 2.",
            Assert.Throws<ArgumentException>(() => new LeakyReluNetwork<double>([[1.0]], [[1.0], [2.0]], 1, 0.5)).Message);
        Assert.Equal("Neurons must have dimension d ≥ 1.", Assert.Throws<ArgumentException>(() => new LeakyReluNetwork<double>([[]], [[]], 1, 0.5)).Message);
        Assert.Equal("All neurons must have the same dimension.",
            Assert.Throws<ArgumentException>(() => new LeakyReluNetwork<double>([[1.0]], [[1.0, 2.0]], 1, 0.5)).Message);
        Assert.Equal(Q(3), LeakyReluNetwork<Rational>.Sigma(3, Q(1, 4)));
        Assert.Equal(Q(-3, 4), LeakyReluNetwork<Rational>.Sigma(-3, Q(1, 4)));
        Assert.Equal(Q(-3), LeakyReluNetwork<Rational>.Sigma(-3, 2)); // max{z, αz} as printed, also for α ∉ (0, 1)
        // N(x) = v Σ σ(w·x) − v Σ σ(u·x) written out: w·x = 3, −1; u·x = 2, −4; α = 1/2, v = 3.
        var net = new LeakyReluNetwork<Rational>([[1, 1], [1, -1]], [[2, 0], [-2, -1]], 3, Q(1, 2));
        Rational[] x = [1, 2];
        Assert.Equal(3 * ((3 + Q(-1, 2)) - (2 + Q(-4, 2))), net.Output(x));
        Assert.Equal((2, 2), (net.K, net.Dimension));
        Assert.Equal([1, 0], net.WBar);
        Assert.Equal([0, Q(-1, 2)], net.UBar);
        // ‖w − w̄‖² = 1, 1; ‖u − ū‖² = 4 + 1/4 each: the radius comes from U here and from W below.
        Assert.Equal(Q(17, 4), net.RadiusSquared);
        Assert.Equal(Q(5), new LeakyReluNetwork<Rational>([[2, 1], [-2, -1]], [[0, 1], [0, 1]], 1, Q(1, 2)).RadiusSquared);
        var d = net.ToDouble();
        Assert.Equal([[2.0, 0.0], [-2.0, -1.0]], d.U);
        Assert.Equal((3.0, 0.5), (d.V, d.Alpha));
        Assert.Equal(net.Output(x).ToDouble(), d.Output([1.0, 2.0]));
        Assert.Contains("k = 2, d = 2, α = 1/2, v = 3, W = [(1, 1); (1, -1)], U = [(2, 0); (-2, -1)]", SbgFormat.Network(net));
    }
}
