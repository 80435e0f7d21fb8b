namespace Verification.Experiments.Lyx;

/// <summary>The slow and fast phases of one loss curve (<see cref="SlowFastPhases.Analyse"/>).</summary>
/// <param name="Onset">First iteration of the fast phase (the descent rate at least half its peak from here to the peak).</param>
/// <param name="Steepest">Iteration of steepest descent of the smoothed loss.</param>
/// <param name="PeakRate">The descent rate there (loss per iteration).</param>
/// <param name="SlowRate">The mean descent rate before the onset (from the first smoothed iteration); NaN when there is none.</param>
/// <param name="SlopeRatio">PeakRate / SlowRate (+∞ when the loss did not decrease before the onset, 1 with no slow phase).</param>
public sealed record PhaseAnalysis(int Onset, int Steepest, double PeakRate, double SlowRate, double SlopeRatio, double[] Smoothed)
{
    public override string ToString() =>
        FormattableString.Invariant($"onset {Onset}, steepest {Steepest}, peak rate {PeakRate:G3}/it, slow rate {SlowRate:G3}/it, ratio {SlopeRatio:G3}");
}

/// <summary>
/// The quantitative reading of LYX Sec. 6.2's "at the early stage, the loss decays slowly, then the fast phase sets in after
/// 400 iterations" used by the claim and the reproduction. The batch losses are smoothed by a centred moving average over
/// 2h + 1 iterations (h = <see cref="HalfWindow"/>, truncated at the ends); the descent rate at t is the centred difference
/// (S(t − h) − S(t + h))/(2h). The <b>steepest</b> iteration maximises it; the fast phase's <b>onset</b> is where the rate
/// last rose to half that peak before it; the <b>slow rate</b> is the mean rate from iteration h to the onset, and the
/// <b>slope ratio</b> peak/slow says how much faster the fast phase is.
/// </summary>
public static class SlowFastPhases
{
    public const int HalfWindow = 25;

    public static double[] Smooth(IReadOnlyList<float> losses, int h = HalfWindow)
    {
        ArgumentNullException.ThrowIfNull(losses);
        var n = losses.Count;
        var prefix = new double[n + 1];
        for (var i = 0; i < n; i++) prefix[i + 1] = prefix[i] + losses[i];
        var s = new double[n];
        for (var t = 0; t < n; t++)
        {
            int a = Math.Max(0, t - h), b = Math.Min(n - 1, t + h);
            s[t] = (prefix[b + 1] - prefix[a]) / (b - a + 1);
        }
        return s;
    }

    public static PhaseAnalysis Analyse(IReadOnlyList<float> losses, int h = HalfWindow)
    {
        ArgumentNullException.ThrowIfNull(losses);
        if (losses.Count < 4 * h + 2) throw new ArgumentException($"{losses.Count} iterations: the analysis needs at least {4 * h + 2}");
        var s = Smooth(losses, h);
        double Rate(int t) => (s[t - h] - s[t + h]) / (2 * h);
        var steepest = h;
        for (var t = h; t < s.Length - h; t++)
            if (Rate(t) > Rate(steepest)) steepest = t;
        var peak = Rate(steepest);
        var onset = steepest;
        while (onset > h && Rate(onset - 1) >= peak / 2) onset--;
        var slow = onset > h ? (s[h] - s[onset]) / (onset - h) : double.NaN;
        var ratio = double.IsNaN(slow) ? 1 : slow <= 0 ? double.PositiveInfinity : peak / slow;
        return new PhaseAnalysis(onset, steepest, peak, slow, ratio, s);
    }
}
