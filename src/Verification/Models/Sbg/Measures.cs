using System.Numerics;
using Verification.Arithmetic;

namespace Verification.Models.Sbg;

/// <summary>
/// The quantities the experiments of Sections 5.1, 6.3, 11.4, 16 and 17 report, in double: the clustering radius r of
/// Section 5, ‖w̄ − ū‖, the maximal angle between neurons of the same type, the fraction of points outside the linear
/// region of Theorem 5.1, PAR fractions and the NAR disagreement count.
/// </summary>
public static class Measures
{
    /// <summary>r = max over both types of ‖neuron − mean‖.</summary>
    public static double Radius(LeakyReluNetwork<double> net) => Math.Sqrt(net.RadiusSquared);

    public static double CentreDistance(LeakyReluNetwork<double> net) => Math.Sqrt(Vec.NormSquared<double>(Vec.Sub(net.WBar, net.UBar)));

    /// <summary>The largest angle (radians) between two neurons of the same type (zero neurons are skipped).</summary>
    public static double MaxIntraTypeAngle(LeakyReluNetwork<double> net) => Math.Max(MaxAngle(net.W), MaxAngle(net.U));

    public static double MaxAngle(IReadOnlyList<double[]> neurons)
    {
        var max = 0.0;
        for (var a = 0; a < neurons.Count; a++)
            for (var b = a + 1; b < neurons.Count; b++)
            {
                var na = Math.Sqrt(Vec.NormSquared<double>(neurons[a]));
                var nb = Math.Sqrt(Vec.NormSquared<double>(neurons[b]));
                if (na == 0 || nb == 0) continue;
                var cos = Math.Clamp(Vec.Dot<double>(neurons[a], neurons[b]) / (na * nb), -1, 1);
                max = Math.Max(max, Math.Acos(cos));
            }
        return max;
    }

    /// <summary>The fraction of points with |(w̄ − ū)·x| &lt; 2r‖x‖: outside the region where Theorem 5.1 guarantees a linear boundary.</summary>
    public static double FractionOutsideLinearRegion(LeakyReluNetwork<double> net, IReadOnlyList<double[]> points)
    {
        var a = Vec.Sub(net.WBar, net.UBar);
        var r = Radius(net);
        return points.Count(x => Math.Abs(Vec.Dot<double>(a, x)) < 2 * r * Math.Sqrt(Vec.NormSquared<double>(x))) / (double)points.Count;
    }

    /// <summary>Fraction of w-neurons that classify every training point like the teacher (sign w·xᵢ = yᵢ), Section 16.</summary>
    public static double ParFractionW(LeakyReluNetwork<double> net, Dataset<double> s) =>
        net.W.Count(w => Enumerable.Range(0, s.N).All(i => Math.Sign(Vec.Dot<double>(w, s.X[i])) == s.Y[i])) / (double)net.K;

    /// <summary>Fraction of u-neurons that classify every training point like −w* (sign u·xᵢ = −yᵢ).</summary>
    public static double ParFractionU(LeakyReluNetwork<double> net, Dataset<double> s) =>
        net.U.Count(u => Enumerable.Range(0, s.N).All(i => Math.Sign(Vec.Dot<double>(u, s.X[i])) == -s.Y[i])) / (double)net.K;

    /// <summary>max(n_diff) of Section 17: the largest number of training points on which two neurons of the same type disagree in sign.</summary>
    public static int MaxDisagreement(IReadOnlyList<double[]> neurons, Dataset<double> s)
    {
        var signs = neurons.Select(w => s.X.Select(x => Vec.Dot<double>(w, x) > 0).ToArray()).ToArray();
        var max = 0;
        for (var a = 0; a < signs.Length; a++)
            for (var b = a + 1; b < signs.Length; b++)
            {
                var diff = 0;
                for (var i = 0; i < s.N; i++) if (signs[a][i] != signs[b][i]) diff++;
                max = Math.Max(max, diff);
            }
        return max;
    }

    /// <summary>‖θ‖ = ‖W‖ (Frobenius norm of the first layer; the second layer is fixed).</summary>
    public static double ThetaNorm(LeakyReluNetwork<double> net) =>
        Math.Sqrt(net.W.Concat(net.U).Sum(r => Vec.NormSquared<double>(r)));

    /// <summary>log Σᵢ ℓ(yᵢN(xᵢ)) (finite where the sum underflows) and minᵢ yᵢN(xᵢ).</summary>
    public static (double LogSumLoss, double MinMargin) Margins(LeakyReluNetwork<double> net, Dataset<double> s)
    {
        var q = Enumerable.Range(0, s.N).Select(i => s.Y[i] * net.Output(s.X[i])).ToArray();
        return (CrossEntropy.LogSumExp(q.Select(CrossEntropy.LogLoss)), q.Min());
    }
}
