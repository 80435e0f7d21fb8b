namespace Verification.Models.Sbg;

/// <summary>
/// M(n, ε) of Theorem 4.1 with the constants of the supplement (Section 9, Eq. 26):
/// C₁ = R_x²/α² + 1/(kηv²α²), C₂ = √(R₀(8k²η²v²R_x² + 8kη)) / (2k(ηvα)^1.5), C₃ = 2R₀/(ηvα), and with
/// A = 1 + (1 + 2v²R_x²ηkn)/ε: M = C₁‖w*‖²n²A² + C₂‖w*‖^1.5 n^1.5 A^1.5 + C₃‖w*‖nA + n. Computed in log space (log-sum-exp),
/// since M is astronomically large for small α, η or ε.
/// </summary>
public sealed record ConvergenceBound(double Rx, double Alpha, double R0, int K, double Eta, double V, double WStarNorm)
{
    // The theorem's domain, checked at construction: α, η, v > 0 and k ≥ 1 make every log-sum-exp below have a finite term.
    public double Rx { get; init; } = NonNegative(Rx, "R_x");
    public double Alpha { get; init; } = Positive(Alpha, "α");
    public double R0 { get; init; } = NonNegative(R0, "R₀");
    public int K { get; init; } = K >= 1 ? K : throw new ArgumentException($"k must be at least 1, got {K}.");
    public double Eta { get; init; } = Positive(Eta, "η");
    public double V { get; init; } = Positive(V, "v");
    public double WStarNorm { get; init; } = NonNegative(WStarNorm, "‖w*‖");

    private static double Positive(double x, string name) =>
        x > 0 && double.IsFinite(x) ? x : throw new ArgumentException($"{name} must be positive and finite, got {x}.");
    private static double NonNegative(double x, string name) =>
        x >= 0 && double.IsFinite(x) ? x : throw new ArgumentException($"{name} must be non-negative and finite, got {x}.");

    public double C1 => Rx * Rx / (Alpha * Alpha) + 1 / (K * Eta * V * V * Alpha * Alpha);
    // The constants in log space from the logs of the parameters: C₁ itself overflows (and ηvα underflows) for tiny α, η,
    // which made log C₁, log C₂, log C₃ infinite and LogM silently drop those terms.
    private double LogEtaVAlpha => Math.Log(Eta) + Math.Log(V) + Math.Log(Alpha);

    /// <summary>log C₁ = log(R_x²/α² + 1/(kηv²α²)), as a log-sum-exp of the two terms' logs.</summary>
    public double LogC1 => LogAddExp(2 * Math.Log(Rx) - 2 * Math.Log(Alpha), -(Math.Log(K) + Math.Log(Eta) + 2 * Math.Log(V) + 2 * Math.Log(Alpha)));

    /// <summary>log C₂ = ½(log R₀ + log(8k²η²v²R_x² + 8kη)) − log 2k − 1.5 log(ηvα).</summary>
    public double LogC2 => 0.5 * (Math.Log(R0) + LogAddExp(Math.Log(8) + 2 * (Math.Log(K) + Math.Log(Eta) + Math.Log(V) + Math.Log(Rx)),
                                                           Math.Log(8) + Math.Log(K) + Math.Log(Eta)))
        - Math.Log(2 * K) - 1.5 * LogEtaVAlpha;

    /// <summary>log C₃ = log 2R₀ − log(ηvα).</summary>
    public double LogC3 => Math.Log(2 * R0) - LogEtaVAlpha;

    /// <summary>log(e^a + e^b) for b finite (a may be −∞: R_x = 0).</summary>
    private static double LogAddExp(double a, double b)
    {
        var max = Math.Max(a, b);
        return max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max));
    }

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
