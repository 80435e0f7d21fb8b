using Verification.Experiments.Lyx;
using Verification.Harness;
using LyxClaims = Verification.Spec.Lyx;
using Xunit;

namespace Verification.Tests.Experiments.Lyx;

/// <summary>
/// The quantitative reading of "slowly at first, then a fast phase after about 400 iterations" (<see cref="SlowFastPhases"/>) on
/// synthetic loss curves whose phases are known, and LYX.MNIST's per-run criterion on them: a plateau followed by a drop passes,
/// a curve that is fastest at the start (plain exponential decay) and a drop that comes too early both fail.
/// </summary>
public sealed class SlowFastPhasesTests
{
    /// <summary>2.3 with a slight slope, then a logistic drop of 1.8 centred at <paramref name="centre"/>, plus a bounded ripple.</summary>
    private static float[] PlateauThenDrop(int centre, int n = 1000) =>
        Enumerable.Range(0, n).Select(t => (float)(2.3 - 1e-4 * t - 1.8 / (1 + Math.Exp(-(t - centre) / 30.0)) + 0.02 * Math.Sin(1.7 * t))).ToArray();

    private static float[] Exponential(int n = 1000) => Enumerable.Range(0, n).Select(t => (float)(2.3 * Math.Exp(-t / 200.0))).ToArray();

    [Fact]
    public void Smoothing_is_a_centred_mean_truncated_at_the_ends()
    {
        var s = SlowFastPhases.Smooth([1, 2, 3, 4, 5, 6, 7], h: 2);
        Assert.Equal([2, 2.5, 3, 4, 5, 5.5, 6], s);
    }

    [Fact]
    public void A_plateau_then_a_drop_has_its_onset_before_the_drop_centre_and_a_large_ratio()
    {
        var p = SlowFastPhases.Analyse(PlateauThenDrop(450));
        // the logistic's rate is half its peak where σ(1 − σ) = 1/8, i.e. 30·ln(3 + 2√2) ≈ 53 before the centre (smoothing widens it a little)
        Assert.InRange(p.Steepest, 440, 460);
        Assert.InRange(p.Onset, 380, 405);
        Assert.True(p.SlopeRatio > 10, p.ToString());
        Assert.True(LyxClaims.MnistExperiment.Passes(p, Context.AsPrinted), p.ToString());
        Assert.False(LyxClaims.MnistExperiment.Passes(p, new Context(Variant: "fast-from-the-start")));
    }

    [Fact]
    public void Decay_that_is_fastest_at_the_start_has_no_slow_phase_and_fails_the_criterion()
    {
        var p = SlowFastPhases.Analyse(Exponential());
        Assert.Equal(SlowFastPhases.HalfWindow, p.Onset);
        Assert.Equal(1, p.SlopeRatio);
        Assert.False(LyxClaims.MnistExperiment.Passes(p, Context.AsPrinted), p.ToString());
        Assert.True(LyxClaims.MnistExperiment.Passes(p, new Context(Variant: "fast-from-the-start")));
    }

    [Fact]
    public void A_drop_long_before_400_fails_the_onset_window()
    {
        var p = SlowFastPhases.Analyse(PlateauThenDrop(150));
        Assert.InRange(p.Onset, 80, 120);
        Assert.False(LyxClaims.MnistExperiment.Passes(p, Context.AsPrinted), p.ToString());
    }

    [Fact]
    public void Too_short_a_curve_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => SlowFastPhases.Analyse(new float[50]));
    }
}
