using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Xunit;

namespace Verification.Tests.Models.Lsz;

/// <summary>The genuinely three-dimensional quadrature of <see cref="SpherePushforwardPopulation"/> against the reduced one, and its
/// off-plane component: zero for spheres (computed), non-zero for a tilted ellipsoid.</summary>
public class SpherePushforwardPopulationTests
{
    private static readonly double[] V = [0, 1, 0];
    private static readonly double[] W = [0.9, -0.7, 1.3];

    [Fact]
    public void Sphere_gradient_agrees_with_the_reduced_quadrature()
    {
        var genuine = SpherePushforwardPopulation.Spheres([(1, 1)], V).Gradient(W);
        var reduced = new SphericalPopulation(new SphereProjectionRadius(3), V).Gradient(W);
        var diff = Vec.Norm(Vec.Sub(genuine.Value, reduced.Value));
        Assert.True(diff <= 10 * (genuine.Error + reduced.Error) + 1e-14, $"difference {diff:G3}, errors {genuine.Error:G3}, {reduced.Error:G3}");
        Assert.True(genuine.Error < 1e-10, $"error estimate {genuine.Error:G3}");
    }

    [Fact]
    public void Off_plane_component_is_computed_zero_for_spheres_and_not_for_a_tilted_ellipsoid()
    {
        var n = Normal();
        var sphere = SpherePushforwardPopulation.Spheres([(1, 0.5), (1, 3)], V).Gradient(W);
        Assert.True(Math.Abs(Vec.Dot(n, sphere.Value)) <= 10 * sphere.Error + 1e-14, $"off-plane {Vec.Dot(n, sphere.Value):G3}");
        double c = Math.Cos(0.5), s = Math.Sin(0.5);
        var ellipsoid = new SpherePushforwardPopulation([(1, new[,] { { 2, 0, 0 }, { 0, c, -s / 2 }, { 0, s, c / 2 } })], V).Gradient(W);
        Assert.True(Math.Abs(Vec.Dot(n, ellipsoid.Value)) > 1e-3, $"off-plane {Vec.Dot(n, ellipsoid.Value):G3}");
    }

    [Fact]
    public void Marginal_mean_norm_of_a_sphere_is_pi_over_4_times_the_radius() =>
        Assert.Equal(Math.PI / 2, SpherePushforwardPopulation.Spheres([(1, 2)], V).MarginalMeanNorm().Value, 14);

    /// <summary>The unit normal of span{W, V}.</summary>
    private static double[] Normal()
    {
        var x = new[] { W[1] * V[2] - W[2] * V[1], W[2] * V[0] - W[0] * V[2], W[0] * V[1] - W[1] * V[0] };
        return Vec.Scale(1 / Vec.Norm(x), x);
    }
}
