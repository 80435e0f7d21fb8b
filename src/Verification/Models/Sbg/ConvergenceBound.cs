namespace Verification.Models.Sbg;

/// <summary>
/// M(n, ε) of Theorem 4.1 with the constants of the supplement (Section 9, Eq. 26):
/// C₁ = R_x²/α² + 1/(kηv²α²), C₂ = √(R₀(8k²η²v²R_x² + 8kη)) / (2k(ηvα)^1.5), C₃ = 2R₀/(ηvα), and with
/// A = 1 + (1 + 2v²R_x²ηkn)/ε: M = C₁‖w*‖²n²A² + C₂‖w*‖^1.5 n^1.5 A^1.5 + C₃‖w*‖nA + n. Computed in log space (log-sum-exp),
/// since M is astronomically large for small α, η or ε.
/// </summary>
public sealed record ConvergenceBound(double Rx, double Alpha, double R0, int K, double Eta, double V, double WStarNorm)
{
    public double C1 => Rx * Rx / (Alpha * Alpha) + 1 / (K * Eta * V * V * Alpha * Alpha);
    public double LogC1 => Math.Log(C1);
    public double LogC2 => 0.5 * (Math.Log(R0) + Math.Log(8 * K * K * Eta * Eta * V * V * Rx * Rx + 8 * K * Eta)) - Math.Log(2 * K) - 1.5 * Math.Log(Eta * V * Alpha);
    public double LogC3 => Math.Log(2 * R0) - Math.Log(Eta * V * Alpha);

    /// <summary>log A with A = 1 + (1 + 2v²R_x²ηkn)/ε.</summary>
    public double LogA(int n, double epsilon) => Math.Log(1 + (1 + 2 * V * V * Rx * Rx * Eta * K * n) / epsilon);

    /// <summary>log M(n, ε). Terms with R₀ = 0 vanish (log 0 = −∞ drops out of the log-sum-exp).</summary>
    public double LogM(int n, double epsilon)
    {
        var la = LogA(n, epsilon);
        var lw = Math.Log(WStarNorm);
        var ln = Math.Log(n);
        double[] terms =
        [
            LogC1 + 2 * lw + 2 * ln + 2 * la,
            LogC2 + 1.5 * lw + 1.5 * ln + 1.5 * la,
            LogC3 + lw + ln + la,
            ln,
        ];
        var max = terms.Where(double.IsFinite).Max();
        return max + Math.Log(terms.Where(double.IsFinite).Sum(t => Math.Exp(t - max)));
    }

    /// <summary>M(n, ε) itself (may be +∞ in double; use <see cref="LogM"/> to compare).</summary>
    public double M(int n, double epsilon) => Math.Exp(LogM(n, epsilon));

    /// <summary>The per-epoch increment of F guaranteed by Eq. (17) in an epoch with a loss violation above ε₀: 2kηvα(1 − e^(−ε₀)).</summary>
    public double EpochIncrement(double epsilon0) => 2 * K * Eta * V * Alpha * (1 - Math.Exp(-epsilon0));

    /// <summary>ε₀ = ε/(1 + 2v²R_x²ηkn) of Section 9.</summary>
    public double Epsilon0(int n, double epsilon) => epsilon / (1 + 2 * V * V * Rx * Rx * Eta * K * n);
}
