using Verification.Arithmetic;
using Verification.Dynamics.Sbg;
using Verification.Models.Sbg;
using Verification.Numerics;

namespace Verification.Experiments.Sbg;

/// <summary>The measurements of one checkpoint of a training run (Sections 5.1, 6.3, 11.4, 16, 17).</summary>
public sealed record Checkpoint(
    long Step, int Epoch, double Loss, double R, double CentreDistance, double MaxAngle, double FractionOutside,
    double ParW, double ParU, int MaxDiffW, int MaxDiffU, double SmoothedMargin, double NormalisedMargin, double ThetaNorm)
{
    /// <summary>r/‖w̄ − ū‖, the first clustering measure of Fig. 7.</summary>
    public double Ratio => R / CentreDistance;
}

/// <summary>Measurement and program (7) helpers shared by the claims of Section 6 and the experiments.</summary>
public static class Runs
{
    public static Checkpoint Measure(Trainer<double> t, IReadOnlyList<double[]> evalPoints, long step, int epoch)
    {
        var net = t.Network;
        var (logSum, min) = Measures.Margins(net, t.Data);
        var norm = Measures.ThetaNorm(net);
        return new Checkpoint(step, epoch, Math.Exp(logSum) / t.Data.N, Measures.Radius(net), Measures.CentreDistance(net), Measures.MaxIntraTypeAngle(net),
            Measures.FractionOutsideLinearRegion(net, evalPoints), Measures.ParFractionW(net, t.Data), Measures.ParFractionU(net, t.Data),
            Measures.MaxDisagreement(net.W, t.Data), Measures.MaxDisagreement(net.U, t.Data), CrossEntropy.SmoothedMarginFromLogSum(logSum, norm),
            min / norm, norm);
    }

    /// <summary>φ(x) = [σ'(w*·x)x, −σ'(−w*·x)x] in double.</summary>
    public static double[] Phi(double[] wStar, double alpha, double[] x)
    {
        var t = Vec.Dot<double>(wStar, x);
        var a = t > 0 ? 1 : alpha;
        var b = -t > 0 ? 1 : alpha;
        return [.. x.Select(c => a * c), .. x.Select(c => -b * c)];
    }

    /// <summary>Program (7) solved by dual coordinate ascent: min ‖w‖² + ‖u‖² s.t. yᵢ⟨(w, u), φ(xᵢ)⟩ ≥ 1.</summary>
    public static (double[] W, double[] U)? Program7(Dataset<double> s, double alpha)
    {
        var ws = s.Teacher ?? throw new ArgumentException("Program (7) needs the teacher w* (φ is defined through it).");
        var z = s.X.Select((x, i) => Phi(ws, alpha, x).Select(c => s.Y[i] * c).ToArray()).ToList();
        var sol = MinNormSeparator.SolveDual(z, 1e-10, 20_000);
        if (sol is null) return null;
        var d = s.Dimension;
        return (sol.Theta[..d], sol.Theta[d..]);
    }

    /// <summary>The cosine of the angle between a and b (0 if either is zero).</summary>
    public static double Cosine(double[] a, double[] b)
    {
        var na = Math.Sqrt(Vec.NormSquared<double>(a));
        var nb = Math.Sqrt(Vec.NormSquared<double>(b));
        return na == 0 || nb == 0 ? 0 : Vec.Dot<double>(a, b) / (na * nb);
    }

    /// <summary>Whether all neurons of each type agree in strict sign on every training point (membership in some NAR with β &gt; 0).</summary>
    public static bool InSomeNar<T>(Trainer<T> t, out int[] cw, out int[] cu) where T : System.Numerics.INumber<T>
    {
        var n = t.Data.N;
        cw = new int[n];
        cu = new int[n];
        for (var i = 0; i < n; i++)
        {
            var x = t.Data.X[i];
            var sw = t.W.Select(w => Vec.Dot<T>(w, x).CompareTo(T.Zero)).Distinct().ToList();
            var su = t.U.Select(u => Vec.Dot<T>(u, x).CompareTo(T.Zero)).Distinct().ToList();
            if (sw.Count != 1 || su.Count != 1 || sw[0] == 0 || su[0] == 0) return false;
            cw[i] = sw[0];
            cu[i] = su[0];
        }
        return true;
    }
}
