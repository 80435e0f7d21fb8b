using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Dynamics.Sbg;
using Verification.Models.Sbg;

namespace Verification.Experiments.Sbg;

/// <summary>
/// A trained two-dimensional network as the paper draws it (Figs. 1 and 3): the data, the learned decision boundary, the
/// region where Theorem 5.1 guarantees a linear boundary, and the neurons normalised to unit length.
/// </summary>
/// <param name="BoundaryAngles">Directions θ at which N(cos θ, sin θ) changes sign: N has no bias and is 1-homogeneous, so
/// its decision boundary is a union of rays from the origin at these angles.</param>
/// <param name="NonLinearHalfAngle">Theorem 5.1 guarantees sign N(x) = sign((w̄ − ū)·x) where |(w̄ − ū)·x| ≥ 2r‖x‖: outside a
/// double cone of half-angle asin(2r/‖w̄ − ū‖) (π/2 when 2r ≥ ‖w̄ − ū‖: no guarantee) around the line orthogonal to w̄ − ū.</param>
public sealed record PlaneView(
    IReadOnlyList<double[]> X, IReadOnlyList<int> Y, IReadOnlyList<double[]> W, IReadOnlyList<double[]> U, double[] WBar, double[] UBar,
    double R, double[] BoundaryAngles, double NonLinearHalfAngle, double NonLinearGridFraction, int TrainingErrors)
{
    /// <summary>The direction of w̄ − ū (the normal of the linear boundary Theorem 5.1 predicts), in radians.</summary>
    public double NormalAngle => Math.Atan2(WBar[1] - UBar[1], WBar[0] - UBar[0]);
}

/// <summary>The plane pictures of SBG Figs. 1 and 3, from the same runs as the experiments sbg-fig1 and sbg-fig3 (reduced).</summary>
public static class Planes
{
    /// <summary>The view of a trained network on its data; the sign changes of N on the unit circle are located to 10⁻⁴ rad.</summary>
    public static PlaneView View(LeakyReluNetwork<double> net, Dataset<double> s)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentNullException.ThrowIfNull(s);
        if (net.Dimension != 2) throw new ArgumentException("A plane view needs d = 2.");
        const int steps = 4096;
        double F(double t) => net.Output([Math.Cos(t), Math.Sin(t)]);
        var angles = new List<double>();
        for (var i = 0; i < steps; i++)
        {
            double a = 2 * Math.PI * i / steps, b = 2 * Math.PI * (i + 1) / steps;
            if (Math.Sign(F(a)) == Math.Sign(F(b)) || Math.Sign(F(b)) == 0) continue;
            for (var it = 0; it < 20; it++)
            {
                var m = (a + b) / 2;
                if (Math.Sign(F(m)) == Math.Sign(F(a))) a = m; else b = m;
            }
            angles.Add((a + b) / 2);
        }
        var r = Measures.Radius(net);
        var dist = Measures.CentreDistance(net);
        var half = dist > 0 && 2 * r < dist ? Math.Asin(2 * r / dist) : Math.PI / 2;
        var errors = s.X.Where((x, i) => Math.Sign(net.Output(x)) != s.Y[i]).Count();
        return new PlaneView(s.X, s.Y, net.W, net.U, net.WBar, net.UBar, r, angles.ToArray(), half, Figures.NonLinearGridFraction(net), errors);
    }

    /// <summary>Fig. 1 (reduced, as sbg-fig1 at seed 1): the same data and permutations, initialisation std 0.001 and 30.</summary>
    public static (PlaneView Small, PlaneView Large) Fig1(int seed = 1)
    {
        const int n = 30;
        var small = new RunSpec(10, 1e-3, 0.1, 1, 0.05, 60);
        var s = Figures.Uniform2D(seed, n);
        var (_, ta) = Figures.Train(s, s.X, small, seed);
        var (_, tb) = Figures.Train(s, s.X, small with { InitStd = 30 }, seed);
        return (View(ta.Network, s), View(tb.Network, s));
    }

    /// <summary>Fig. 3 (reduced, as sbg-fig3 at seed 1): the learned network and the PAR prediction (w₇, u₇) of program (7).</summary>
    public static (PlaneView View, double[] W7, double[] U7) Fig3(int seed = 1, int steps = 3000, double eta = 0.02, int k = 10)
    {
        const double alpha = 0.1, v = 1, std = 1e-3;
        var s = SeparableData.Gaussians(seed, 40, 2, 2, 1, 0.5, antipodal: false);
        var (w0, u0) = SeparableData.GaussianInit(seed, k, 2, std);
        var t = new Trainer<double>(w0, u0, v, alpha, s, eta, Rationalisers.Identity);
        var (w7, u7) = Runs.Program7(s, alpha) ?? throw new InvalidOperationException("program (7) infeasible");
        for (var i = 0; i < steps; i++) t.RelativeGradientStep(eta);
        return (View(t.Network, s), w7, u7);
    }

    /// <summary>The unit vector of a (zero stays zero).</summary>
    public static double[] Unit(double[] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var n = Math.Sqrt(Vec.NormSquared<double>(a));
        return n == 0 ? a : a.Select(c => c / n).ToArray();
    }
}
