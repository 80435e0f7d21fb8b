using Verification.Models.Lsz;
using Xunit;
using Xunit.Abstractions;

namespace Verification.Tests.Models.Lsz;

/// <summary>
/// The population models of Models/Lsz (<see cref="SphericalPopulation"/>, <see cref="PlanarPopulation"/>,
/// <see cref="PointsPopulation"/>, <see cref="MixturePopulation"/>): loss, gradient and Hessian against independent oracles,
/// the frame of span{w, v}, names, symmetry flags and invalid parameters, finite point sets and mixtures, and the tolerances
/// and error estimates. Every case takes milliseconds.
/// </summary>
[Trait("Paper", "LSZ")]
public partial class PopulationTests(ITestOutputHelper output)
{
    private static readonly MarginLoss Exp = MarginLoss.Exponential;
    private static readonly MarginLoss Log = MarginLoss.Logistic;

    private static double[] E(int d, int i) { var e = new double[d]; e[i] = 1; return e; }
    private static double[] V3(double th) => [Math.Cos(th), Math.Sin(th), 0];

    /// <summary>The frame vectors in R^d for w = a e₁, v = cos θ e₁ + sin θ e₂ (frame = coordinates).</summary>
    private static double[] W(int d, double a) { var w = new double[d]; w[0] = a; return w; }
    private static double[] Vd(int d, double th)
    {
        var v = new double[d];
        v[0] = th == Math.PI ? -1 : Math.Cos(th);
        v[1] = th == Math.PI ? 0 : Math.Sin(th);
        return v;
    }

    private static void Close(double want, double got, double rel, string what) =>
        Assert.True(Math.Abs(got - want) <= rel * Math.Abs(want), $"{what}: {got:R} vs {want:R}");

    private static double[] Normalise(params double[] x) { var n = Math.Sqrt(x.Sum(t => t * t)); return x.Select(t => t / n).ToArray(); }
}
