using Verification.Experiments.Sbg;
using Verification.Models.Sbg;
using Xunit;

namespace Verification.Tests.Experiments.Sbg;

/// <summary>The plane view of SBG Figs. 1 and 3: boundary rays, Theorem 5.1's cone, training errors.</summary>
public class PlanesTests
{
    private static Dataset<double> Data() => new([[1.0, 0.0], [0.0, 1.0], [2.0, -1.0]], [1, -1, 1]);

    [Fact]
    public void The_boundary_of_the_two_neuron_leaky_network_is_the_line_x1_equals_x2()
    {
        // N(x) = σ(x₁) − σ(x₂) with α = 1/10 (SBG Fig. 4a): zero exactly on x₁ = x₂, i.e. at θ = π/4 and 5π/4.
        var net = new LeakyReluNetwork<double>([[1.0, 0.0]], [[0.0, 1.0]], 1, 0.1);
        var v = Planes.View(net, Data());
        Assert.Equal(2, v.BoundaryAngles.Length);
        Assert.Equal(Math.PI / 4, v.BoundaryAngles[0], 1e-4);
        Assert.Equal(5 * Math.PI / 4, v.BoundaryAngles[1], 1e-4);
        Assert.Equal(0, v.TrainingErrors);
        Assert.Equal(0, v.R);                      // one neuron per type: perfectly clustered
        Assert.Equal(0, v.NonLinearHalfAngle);     // so Theorem 5.1 guarantees the whole plane
    }

    [Fact]
    public void A_network_that_misclassifies_is_counted_and_a_wide_radius_leaves_no_guarantee()
    {
        // The sign-flipped network (a wrong variant of the one above) misclassifies every point of the data.
        var flipped = new LeakyReluNetwork<double>([[0.0, 1.0]], [[1.0, 0.0]], 1, 0.1);
        Assert.Equal(3, Planes.View(flipped, Data()).TrainingErrors);
        // Two w-neurons far from their mean: 2r ≥ ‖w̄ − ū‖, so Theorem 5.1 guarantees nothing (half-angle π/2).
        var spread = new LeakyReluNetwork<double>([[3.0, 0.0], [-1.0, 0.0]], [[0.0, 0.5], [0.0, 0.5]], 1, 0.1);
        Assert.Equal(Math.PI / 2, Planes.View(spread, Data()).NonLinearHalfAngle);
        // A small radius leaves the cone asin(2r/‖w̄ − ū‖) around the orthogonal line.
        var tight = new LeakyReluNetwork<double>([[1.1, 0.0], [0.9, 0.0]], [[0.0, 1.0], [0.0, 1.0]], 1, 0.1);
        Assert.Equal(Math.Asin(2 * 0.1 / Math.Sqrt(2)), Planes.View(tight, Data()).NonLinearHalfAngle, 1e-12);
    }
}
