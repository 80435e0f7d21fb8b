using Verification.Dynamics.Lsz;
using Verification.Harness;

namespace Verification.Spec;

/// <summary>The growth of the sums S_n⁻ and S_n⁺ (Remarks 6 and 7): schedule families, fitted and certified laws.</summary>
public static partial class Lsz
{
    /// <summary>A schedule family of Remark 6/7 and its predicted growth exponent.</summary>
    public sealed record GrowthCase(Schedule Schedule, double A, double C, string Family)
    {
        public override string ToString() => $"{Schedule}, A = {A:R}{(C > 0 ? $", C = {C:R}" : "")} ({Family})";
    }

    /// <summary>A schedule family of Remark 6 (S_n⁻) or, with <paramref name="plus"/>, Remark 7 (S_n⁺, with C).</summary>
    internal static GrowthCase RandomGrowth(Choices c, bool plus)
    {
        var a = c.In(Interval.OpenClosed(0, 10), 4).ToDouble();
        var cc = plus ? c.In(Interval.OpenClosed(0, 4), 4).ToDouble() : 0;
        var eta0 = c.In(Interval.OpenClosed(0, 4), 4).ToDouble();
        switch (c.Int(0, 3))
        {
            case 0: return new(new Schedule("geometric", eta0, 1 + c.Int(1, 20) / 20.0), a, cc, "geometric");
            case 1:
                {
                    // α ∈ (−1, 3), away from −1/2 and −1 by at least 0.15 (the Θ's constants blow up there)
                    var alpha = -0.85 + c.Int(0, 76) * 0.05;
                    if (Math.Abs(alpha + 0.5) < 0.15) alpha = -0.25;
                    return new(new Schedule("power", eta0, alpha), a, cc, "power");
                }
            case 2:
                // one harmonic case in four with a large offset (A + η₀²π²/6 + Cη₀)/(Cη₀) inside the root: √(ln n + offset) then looks linear
                // in ln n over any range a direct sum reaches, the regime where a fitted law cannot tell √ln n from ln n
                return c.Int(0, 3) == 0 ? new(new Schedule("power", 0.25, -1), 10, plus ? 0.25 : 0, "harmonic")
                    : new(new Schedule("power", eta0, -1), a, cc, "harmonic");
            default: return new(new Schedule("power", eta0, -1.5 - c.Int(0, 4) * 0.25), a, cc, "summable");
        }
    }

    /// <summary>Least-squares slope of ln S against ln n (or ln ln n for the harmonic family) over n = 10³ … 10⁶, with R².</summary>
    public static (double Slope, double R2, double[] S, int[] N) FitGrowth(GrowthCase x, bool plus)
    {
        var geometric = x.Family == "geometric";
        var ns = geometric ? new[] { 100, 200, 400, 800, 1600 } : Enumerable.Range(0, 13).Select(i =>
            (int)Math.Round(1000 * Math.Pow(10, i / 4.0))).ToArray();
        var s = plus ? Schedules.SPlus(x.Schedule.LogEta, x.A, x.C, ns) : Schedules.SMinus(x.Schedule.LogEta, x.A, ns);
        // harmonic: Θ(ln n) (S⁻) or Θ(√ln n) (S⁺) is read as S linear in ln n or in √ln n; otherwise log-log slope
        var harmonic = x.Family == "harmonic";
        var xs = ns.Select(n => harmonic ? (plus ? Math.Sqrt(Math.Log(n)) : Math.Log(n)) : Math.Log(n)).ToArray();
        var ys = s.Select(t => harmonic ? t : Math.Log(t)).ToArray();
        var (b0, b1) = MathNet.Numerics.Fit.Line(xs, ys);
        var r2 = MathNet.Numerics.GoodnessOfFit.RSquared(xs.Select(t => b0 + b1 * t), ys);
        return (b1, r2, s, ns);
    }

    /// <summary>
    /// The growth of S_n (Remarks 6 and 7) against a predicted law, decided from certified bounds, never from a fit: the direct
    /// sums at the sampled n must lie within the bounds (a check of the bounds), and the law g is accepted when the certified S/g
    /// at two far-apart points (geometric n = 10⁴ and 10⁸; harmonic ln n = 10⁴ and 10⁸; power ln n = 100 and 400) stays within a
    /// factor <see cref="LawFactor"/> of itself. Over the generated families the right law stays within 1.3 and the laws these
    /// remarks tell apart (√ln n vs ln n vs 1; n vs n^½; powers of n whose exponents differ by 0.05 or more) drift by a factor ≥ 85
    /// between the two points (LszTests.Section3_4: exhaustively for geometric and harmonic, on a grid of the power family), so
    /// the decision separates them, the same at every budget. The fitted slope is printed for the reader only.
    /// </summary>
    internal static Evaluation CheckGrowth(GrowthCase x, double predicted, bool plus)
    {
        var (slope, r2, s, ns) = FitGrowth(x, plus);
        var bounded = s.Zip(ns, (v, n) => v < n).All(b => b);
        var ends = $"S at the ends {s[0]:G4} … {s[^1]:G4} (n = {ns[0]} … {ns[^1]}); S_n < n: {bounded}";
        var c = plus ? x.C : 0;
        var eta0 = x.Schedule.Eta0;
        // the bounds at the sampled n (a check of the certificate against the direct sums) and at the two far points
        var sampled = x.Family == "power" ? PowerLogBounds(x, c, ns.Select(n => Math.Log(n)).ToArray()).Select(b => (Math.Exp(b.LogLo),
            Math.Exp(b.LogHi))).ToArray() : ns.Select(n => Bounds(x, c, eta0, n, Math.Log(n))).ToArray();
        var inside = sampled.Select((b, i) => s[i] >= b.Item1 * (1 - 1e-9) && s[i] <= b.Item2 * (1 + 1e-9)).All(b => b);
        var (ratios, spread) = LawRatios(x, predicted, plus);
        var name = x.Family is "geometric" or "power" ? $"n^{predicted:R}" : predicted == 0 || x.Family == "summable" ? "1" : predicted == 0.5 ? "√ln n"
            : "ln n";
        var at = x.Family switch { "geometric" => "n = 10⁴, 10⁸", "power" => "ln n = 100, 400", _ => "ln n = 10⁴, 10⁸" };
        var fit = x.Family == "power" ? $"; fitted slope {slope:F4} (R² = {r2:F5}, for the reader only)" : "";
        var text = $"certified S/{name} ∈ [{ratios[0].Lo:G4}, {ratios[0].Hi:G4}] and [{ratios[1].Lo:G4}, {ratios[1].Hi:G4}] at {at}: spread {spread:G4} " +
            $"(accepted ≤ {LawFactor}); direct sums within the bounds: {inside}; {ends}{fit}";
        var holds = inside && bounded && ratios.Min(r => r.Lo) > 0 && spread <= LawFactor;
        return holds ? Evaluation.Holds(text) : Evaluation.Fails(inside ? spread : double.PositiveInfinity, text);
    }

    /// <summary>
    /// The certified S/g (lower and upper bound) at the two far points (geometric n = 10⁴, 10⁸; power ln n = 100, 400; otherwise ln n = 10⁴, 10⁸) for the law g
    /// of exponent <paramref name="predicted"/>, and their spread max upper / min lower (1 for the summable family, whose "&lt; ∞" is decided
    /// by the finite upper bound itself, not by a drift).
    /// </summary>
    internal static (List<(double Lo, double Hi)> Ratios, double Spread) LawRatios(GrowthCase x, double predicted, bool plus)
    {
        var c = plus ? x.C : 0;
        if (x.Family == "power") return PowerLawRatios(PowerFarLogBounds(x, plus), predicted);
        var far = x.Family == "geometric" ? new[] { (1e4, Math.Log(1e4)), (1e8, Math.Log(1e8)) }
            : [(double.PositiveInfinity, 1e4), (double.PositiveInfinity, 1e8)];
        var law = x.Family switch
        {
            "geometric" => (Func<double, double, double>)((n, _) => Math.Pow(n, predicted)),
            "summable" => (_, _) => 1,
            _ => predicted == 0 ? (_, _) => 1 : predicted == 0.5 ? (_, u) => Math.Sqrt(u) : (_, u) => u,
        };
        var ratios = far.Select(f =>
            {
                var (lo, hi) = Bounds(x, c, x.Schedule.Eta0, f.Item1, f.Item2);
                return (Lo: lo / law(f.Item1, f.Item2), Hi: hi / law(f.Item1, f.Item2));
            })
            .ToList();
        return (ratios, x.Family == "summable" ? 1 : ratios.Max(r => r.Hi) / ratios.Min(r => r.Lo));
    }

    /// <summary>
    /// Certified bounds on ln S_n for the power schedule η_k = η₀(k + 1)^α, α &gt; −1, at n = ⌊e^u⌋ for each u of <paramref name="us"/>
    /// (ascending). With j = k + 1: S_n = Σ_{j≤n} η₀j^α/√D(j), D(j) = A + η₀²Q_{2α}(j) + Cη₀Q_α(j), Q_β(j) = Σ_{i≤j} i^β. The first
    /// 1000 terms are summed directly; beyond, on segments (a, b] with b = e^0.02·a, D(a) ≤ D(j) ≤ D(b) (D increases), and the sum of
    /// i^β over the integers of (a, b] lies between the integrals of t^β over [a + 1, b − 1] and [a − 1, b + 1] (a monotone
    /// integrand), so the bounds lose at most a factor e^{0.02(α+1/2)} per segment against the terms. All in logarithms: Q_{2α} reaches
    /// e^{2400}. Hand-written: no library here sums a series with certified bounds.
    /// </summary>
    internal static (double LogLo, double LogHi)[] PowerLogBounds(GrowthCase x, double c, IReadOnlyList<double> us)
    {
        const int head = 1000;
        var (alpha, eta0, a) = (x.Schedule.Param, x.Schedule.Eta0, x.A);
        var result = new (double LogLo, double LogHi)[us.Count];
        var next = 0;
        double q1 = 0, q2 = 0, s = 0;
        for (var j = 1; j <= head && next < us.Count; j++)
        {
            q1 += Math.Pow(j, alpha);
            q2 += Math.Pow(j, 2 * alpha);
            s += eta0 * Math.Pow(j, alpha) / Math.Sqrt(a + eta0 * eta0 * q2 + c * eta0 * q1);
            // a direct sum of at most 1000 positive terms: rounding far below 10⁻¹⁰ relative
            while (next < us.Count && Math.Floor(Math.Exp(us[next]) * (1 + 1e-12)) <= j) result[next++] = (Math.Log(s) - 1e-10, Math.Log(s) + 1e-10);
        }
        double la = Math.Log(head), lq1Lo = Math.Log(q1), lq1Hi = lq1Lo, lq2Lo = Math.Log(q2), lq2Hi = lq2Lo;
        double lsLo = Math.Log(s) - 1e-10, lsHi = Math.Log(s) + 1e-10;
        var (lnA, lnE2, lnCe, lnE) = (Math.Log(a), 2 * Math.Log(eta0), c > 0 ? Math.Log(c * eta0) : double.NegativeInfinity, Math.Log(eta0));
        while (next < us.Count)
        {
            var lb = Math.Min(la + 0.02, us[next]);
            var lDa = LogAdd(LogAdd(lnA, lnE2 + lq2Lo), lnCe + lq1Lo);
            var (inLo, inHi) = (LogIntegral(alpha, LogShift(la, 1), LogShift(lb, -1)), LogIntegral(alpha, LogShift(la, -1), LogShift(lb, 1)));
            lq1Lo = LogAdd(lq1Lo, inLo);
            lq1Hi = LogAdd(lq1Hi, inHi);
            lq2Lo = LogAdd(lq2Lo, LogIntegral(2 * alpha, LogShift(la, 1), LogShift(lb, -1)));
            lq2Hi = LogAdd(lq2Hi, LogIntegral(2 * alpha, LogShift(la, -1), LogShift(lb, 1)));
            var lDb = LogAdd(LogAdd(lnA, lnE2 + lq2Hi), lnCe + lq1Hi);
            lsLo = LogAdd(lsLo, lnE + inLo - lDb / 2);
            lsHi = LogAdd(lsHi, lnE + inHi - lDa / 2);
            la = lb;
            while (next < us.Count && us[next] <= la) result[next++] = (lsLo, lsHi);
        }
        return result;
    }

    /// <summary>The far points of the power family, ln n = 100 and 400: an exponent off by 0.05 drifts by e^15 between them.</summary>
    private static readonly double[] PowerFar = [100, 400];

    /// <summary>Certified bounds on ln S_n at the power family's far points (public for the test over a grid of the family).</summary>
    public static (double LogLo, double LogHi)[] PowerFarLogBounds(GrowthCase x, bool plus) => PowerLogBounds(x, plus ? x.C : 0, PowerFar);

    /// <summary>S/n^p at the far points from their certified bounds (n^p = e^{pu}: in logarithms, S reaches e^{200}), and the spread.</summary>
    public static (List<(double Lo, double Hi)> Ratios, double Spread) PowerLawRatios((double LogLo, double LogHi)[] far, double p)
    {
        var r = far.Select((t, i) => (Lo: Math.Exp(t.LogLo - p * PowerFar[i]), Hi: Math.Exp(t.LogHi - p * PowerFar[i]))).ToList();
        return (r, r.Max(t => t.Hi) / r.Min(t => t.Lo));
    }

    /// <summary>ln(e^x + e^y), −∞ allowed.</summary>
    private static double LogAdd(double x, double y) =>
        double.IsNegativeInfinity(x) ? y : double.IsNegativeInfinity(y) ? x : Math.Max(x, y) + Math.Log(1 + Math.Exp(-Math.Abs(x - y)));

    /// <summary>ln(e^l + d) for e^l &gt; |d|.</summary>
    private static double LogShift(double l, double d) => l + Math.Log(1 + d * Math.Exp(-l));

    /// <summary>ln ∫_x^y t^β dt for x = e^lx, y = e^ly (−∞ when y ≤ x).</summary>
    private static double LogIntegral(double beta, double lx, double ly)
    {
        if (ly <= lx) return double.NegativeInfinity;
        var g = beta + 1;
        if (Math.Abs(g) < 1e-12) return Math.Log(ly - lx);
        return g > 0 ? g * ly + Math.Log(-ExpM1(g * (lx - ly))) - Math.Log(g) : g * lx + Math.Log(-ExpM1(g * (ly - lx))) - Math.Log(-g);
    }

    /// <summary>e^z − 1 to ~10⁻¹¹ relative (a Taylor polynomial below 10⁻⁵, where Exp(z) − 1 would cancel).</summary>
    private static double ExpM1(double z) => Math.Abs(z) < 1e-5 ? z * (1 + z / 2 * (1 + z / 3)) : Math.Exp(z) - 1;

    /// <summary>The spread of <see cref="LawRatios"/> (public for the test that bounds it over the whole generated family).</summary>
    public static double GrowthLawSpread(GrowthCase x, double predicted, bool plus) => LawRatios(x, predicted, plus).Spread;

    /// <summary>The largest drift of S/g between the two far points that still accepts the law g.</summary>
    internal const double LawFactor = 2;

    /// <summary>
    /// Certified bounds on S_n = Σ_{k&lt;n} η_k/√(A + Σ_{i≤k}(η_i² + Cη_i)) (C = 0 for S_n⁻), for n given as a number or, when infinite,
    /// through u = ln n. Geometric η_k = η₀q^k: each term lies in [ℓ(k), u(k)], ℓ increasing and u(k) = √((q² − 1)/(q² − q^(−2k))) ≤ 1
    /// decreasing (the partial sums bounded by their geometric closed forms), so S_n ∈ [(n − k₀)ℓ(k₀), k₀ + (n − k₀)u(k₀)], k₀ = ⌊n/100⌋.
    /// Harmonic η_k = η₀/(k + 1): with
    /// ln(m + 1) ≤ H_m ≤ 1 + ln m and η₀² ≤ Σ η_i² ≤ η₀²π²/6, integral comparison of the monotone terms gives, for C &gt; 0,
    /// (2/C)(√(B + Cη₀u) − √B) ≤ S_n ≤ f(1) + (2/C)(√(A' + Cη₀u) − √A'), B = A + η₀²π²/6 + Cη₀, A' = A + η₀², and for C = 0,
    /// η₀u/√(A + η₀²π²/6) ≤ S_n ≤ η₀(1 + u)/√(A + η₀²). Summable η_k = η₀(k + 1)^α, α &lt; −1: 0 &lt; S_n ≤ η₀(1 + 1/(−α − 1))/√A.
    /// </summary>
    internal static (double Lo, double Hi) Bounds(GrowthCase x, double c, double eta0, double n, double u)
    {
        var a = x.A;
        switch (x.Family)
        {
            case "geometric":
                {
                    var q = x.Schedule.Param;
                    var k0 = Math.Floor(n / 100);
                    var le = Math.Log(eta0) + k0 * Math.Log(q);
                    var ell = 1 / Math.Sqrt(a * Math.Exp(-2 * le) + q * q / (q * q - 1) + c * q * Math.Exp(-le) / (q - 1));
                    // each term ≤ u(k) = √((q² − 1)/(q² − q^(−2k))) (A and C dropped), decreasing; ≤ 1 before k₀
                    var upper = Math.Sqrt((q * q - 1) / (q * q - Math.Exp(-2 * k0 * Math.Log(q))));
                    return ((n - k0) * ell, k0 + (n - k0) * upper);
                }
            case "harmonic" when c > 0:
                {
                    var b = a + eta0 * eta0 * Math.PI * Math.PI / 6 + c * eta0;
                    var a1 = a + eta0 * eta0;
                    var f1 = eta0 / Math.Sqrt(a1 + c * eta0 * Math.Log(2));
                    return (2 / c * (Math.Sqrt(b + c * eta0 * u) - Math.Sqrt(b)), f1 + 2 / c * (Math.Sqrt(a1 + c * eta0 * u) - Math.Sqrt(a1)));
                }
            case "harmonic":
                return (eta0 * u / Math.Sqrt(a + eta0 * eta0 * Math.PI * Math.PI / 6), eta0 * (1 + u) / Math.Sqrt(a + eta0 * eta0));
            default:
                {
                    var first = eta0 / Math.Sqrt(a + eta0 * eta0 + c * eta0);
                    return (first, eta0 * (1 + 1 / (-x.Schedule.Param - 1)) / Math.Sqrt(a));
                }
        }
    }
}
