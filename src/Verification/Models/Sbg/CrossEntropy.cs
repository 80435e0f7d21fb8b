using System.Numerics;
using Verification.Arithmetic;

namespace Verification.Models.Sbg;

/// <summary>
/// The binary cross-entropy of Eq. (2), ℓ(z) = log(1 + e^(−z)) at the margin z = yN(x), and its derivative
/// |ℓ'(z)| = 1/(1 + e^z) = 1 − e^(−ℓ(z)). Both are transcendental, so they are evaluated in double, in forms that neither
/// overflow nor cancel.
/// </summary>
public static class CrossEntropy
{
    /// <summary>ℓ(z) = log(1 + e^(−z)), stable for all z.</summary>
    public static double Loss(double z) => z > 0 ? Log1p(Math.Exp(-z)) : -z + Log1p(Math.Exp(z));

    /// <summary>log(1 + x), accurate for small x (Kahan's trick; MathNet's Log1p and Expm1 lose digits for moderate arguments).</summary>
    public static double Log1p(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>e^x − 1, accurate for small x (Kahan's trick).</summary>
    public static double Expm1(double x)
    {
        if (Math.Abs(x) > 0.5) return Math.Exp(x) - 1;
        var u = Math.Exp(x);
        if (u == 1) return x;
        var um1 = u - 1;
        return um1 == -1 ? -1 : um1 * x / Math.Log(u);
    }

    /// <summary>|ℓ'(z)| = 1/(1 + e^z), stable for all z.</summary>
    public static double AbsDerivative(double z)
    {
        if (z >= 0) { var e = Math.Exp(-z); return e / (1 + e); }
        return 1 / (1 + Math.Exp(z));
    }

    /// <summary>log ℓ(z), finite even where ℓ(z) underflows (z ≳ 745): log log(1 + e^(−z)) = −z + log(log1p(e^(−z))/e^(−z)).</summary>
    public static double LogLoss(double z) => z > 30 ? -z + Log1p(-0.5 * Math.Exp(-z)) : Math.Log(Loss(z));

    /// <summary>log |ℓ'(z)| = −log(1 + e^z).</summary>
    public static double LogAbsDerivative(double z) => z > 0 ? -z - Log1p(Math.Exp(-z)) : -Log1p(Math.Exp(z));

    /// <summary>log Σ e^(aᵢ).</summary>
    public static double LogSumExp(IEnumerable<double> a)
    {
        var list = a.ToList();
        var max = list.Max();
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(list.Sum(x => Math.Exp(x - max)));
    }

    /// <summary>
    /// The smoothed margin (5) from log Σℓᵢ: −log(expm1(Σℓᵢ))/‖θ‖, equal to −log Σℓᵢ/‖θ‖ up to O(Σℓᵢ) when the sum is tiny.
    /// </summary>
    public static double SmoothedMarginFromLogSum(double logSum, double thetaNorm) =>
        (logSum < -30 ? -logSum - Log1p(0.5 * Math.Exp(logSum)) : -Math.Log(Expm1(Math.Exp(logSum)))) / thetaNorm;

    /// <summary>L_S of Eq. (2): the mean of ℓ(yᵢN(xᵢ)).</summary>
    public static double EmpiricalLoss<T>(LeakyReluNetwork<T> net, Dataset<T> data) where T : INumber<T>
    {
        var s = 0.0;
        for (var i = 0; i < data.N; i++) s += Loss(double.CreateChecked(T.CreateChecked(data.Y[i]) * net.Output(data.X[i])));
        return s / data.N;
    }

    /// <summary>
    /// The smoothed margin of Eq. (5), log(1/(exp(n·L_S) − 1))/‖θ‖, computed as −log(expm1(Σℓᵢ))/‖θ‖ so that it stays finite
    /// when the loss is tiny (Σℓᵢ below 1e−300 would underflow; then it returns +∞).
    /// </summary>
    public static double SmoothedMargin(double sumLoss, double thetaNorm) =>
        -Math.Log(Expm1(sumLoss)) / thetaNorm;
}

/// <summary>A labelled training set S = {(xᵢ, yᵢ)} with yᵢ ∈ {±1}, and the teacher w* it was generated for (if known).</summary>
public sealed class Dataset<T> where T : INumber<T>
{
    public Dataset(IReadOnlyList<T[]> x, IReadOnlyList<int> y, T[]? teacher = null)
    {
        if (x.Count == 0) throw new ArgumentException("The training set is empty.");
        if (x.Count != y.Count) throw new ArgumentException($"{x.Count} points but {y.Count} labels.");
        if (y.Any(l => l != 1 && l != -1)) throw new ArgumentException("Labels must be ±1.");
        var d = x[0].Length;
        if (d == 0 || x.Any(p => p.Length != d)) throw new ArgumentException("All points need the same dimension d ≥ 1.");
        X = x;
        Y = y;
        Teacher = teacher;
    }

    public IReadOnlyList<T[]> X { get; }
    public IReadOnlyList<int> Y { get; }
    public T[]? Teacher { get; }
    public int N => X.Count;
    public int Dimension => X[0].Length;

    /// <summary>max ‖xᵢ‖² (R_x² of Section 3 is any bound at least this).</summary>
    public T MaxNormSquared => X.Select(p => Vec.NormSquared<T>(p)).Max()!;

    public Dataset<double> ToDouble() => new(X.Select(p => p.Select(double.CreateChecked).ToArray()).ToList(), Y,
        Teacher?.Select(double.CreateChecked).ToArray());
}
