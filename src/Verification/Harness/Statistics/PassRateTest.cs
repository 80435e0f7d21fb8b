using MathNet.Numerics.Distributions;

namespace Verification.Harness.Statistics;

/// <summary>The probabilities of the three verdicts of a <see cref="PassRateTest"/> when every run passes with probability p.</summary>
public sealed record OperatingPoint(double PassProbability, double Holds, double Fails, double Inconclusive);

/// <summary>
/// The statistical verdict of a simulation claim: a fixed number of independent runs, each a pass or a fail against a per-run
/// criterion, judged by the pass fraction against a threshold p₀ taken from the paper's words.
/// <para>
/// Decision: with k passes out of n conclusive runs and the exact (Clopper–Pearson) interval [L, U] at confidence 1 − 2α
/// (each end one-sided at level α), the claim <b>holds</b> when L ≥ p₀, <b>fails</b> when U &lt; p₀, and is
/// <b>inconclusive</b> when the interval straddles p₀. Equivalently, two exact one-sided binomial tests at level α: so whatever
/// the true pass rate p, P(fails) ≤ α when p ≥ p₀ (the false-fail rate) and P(holds) ≤ α when p ≤ p₀ (the false-hold
/// rate); a claim whose rate sits at p₀ is inconclusive with probability ≥ 1 − 2α. The power is stated at two alternatives,
/// <see cref="Above"/> (P(holds)) and <see cref="Below"/> (P(fails)), computed exactly by <see cref="At"/>.
/// </para>
/// <para>
/// Budget independence: <see cref="Runs"/> is the same under every budget profile and the runs are a fixed function of the
/// seed, so ci, quick, standard and deep give the same verdict; a larger budget never adds runs that could flip it.
/// </para>
/// </summary>
/// <param name="Threshold">p₀: the smallest pass rate that still agrees with the paper's statement.</param>
/// <param name="Runs">n: independent runs per claim, the same at every budget.</param>
/// <param name="Alpha">α: the false-fail and false-hold rate bound.</param>
/// <param name="Above">A pass rate clearly above p₀ at which the power to hold is stated.</param>
/// <param name="Below">A pass rate clearly below p₀ at which the power to fail is stated.</param>
public sealed record PassRateTest(double Threshold, int Runs = 30, double Alpha = 0.05, double Above = 0.97, double Below = 0.5)
{
    /// <summary>The default design: "at least 4 runs in 5 show the behaviour" (see the README, "Statistical verdicts").</summary>
    public static readonly PassRateTest Default = new(0.8);

    /// <summary>
    /// The exact Clopper–Pearson bounds, each one-sided at level <paramref name="alpha"/>: L = Beta⁻¹(α; k, n − k + 1) (0 when
    /// k = 0) and U = Beta⁻¹(1 − α; k + 1, n − k) (1 when k = n), from MathNet's Beta quantiles.
    /// </summary>
    public static (double Lower, double Upper) ClopperPearson(int passes, int runs, double alpha)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(passes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(passes, runs);
        var lower = passes == 0 ? 0.0 : Beta.InvCDF(passes, runs - passes + 1, alpha);
        var upper = passes == runs ? 1.0 : Beta.InvCDF(passes + 1, runs - passes, 1 - alpha);
        return (lower, upper);
    }

    /// <summary>The verdict for k passes out of n conclusive runs (n = 0: inconclusive, nothing was observed).</summary>
    public Verdict Decide(int passes, int runs)
    {
        if (runs == 0) return Verdict.Inconclusive;
        var (lower, upper) = ClopperPearson(passes, runs, Alpha);
        return lower >= Threshold ? Verdict.Holds : upper < Threshold ? Verdict.Fails : Verdict.Inconclusive;
    }

    /// <summary>The exact probabilities of each verdict with <see cref="Runs"/> runs that pass independently with probability p.</summary>
    public OperatingPoint At(double p)
    {
        double holds = 0, fails = 0, inconclusive = 0;
        for (var k = 0; k <= Runs; k++)
        {
            var mass = Binomial.PMF(p, Runs, k);
            switch (Decide(k, Runs))
            {
                case Verdict.Holds: holds += mass; break;
                case Verdict.Fails: fails += mass; break;
                default: inconclusive += mass; break;
            }
        }
        return new OperatingPoint(p, holds, fails, inconclusive);
    }

    /// <summary>The smallest pass count that holds and the largest that fails, with <see cref="Runs"/> conclusive runs.</summary>
    public (int HoldsFrom, int FailsUpTo) Cutoffs()
    {
        var holdsFrom = Enumerable.Range(0, Runs + 1).FirstOrDefault(k => Decide(k, Runs) == Verdict.Holds, Runs + 1);
        var failsUpTo = Enumerable.Range(0, Runs + 1).LastOrDefault(k => Decide(k, Runs) == Verdict.Fails, -1);
        return (holdsFrom, failsUpTo);
    }

    /// <summary>The design in one line, with its exact error rates and power, for the claim's trust line and the README.</summary>
    public string Describe()
    {
        var (holdsFrom, failsUpTo) = Cutoffs();
        var atThreshold = At(Threshold);
        var above = At(Above);
        var below = At(Below);
        return FormattableString.Invariant(
            $"{Runs} independent runs at every budget; threshold p₀ = {Threshold:G3}; exact {100 * (1 - 2 * Alpha):G3}% Clopper–Pearson interval: ")
            + "holds if its lower end ≥ p₀ "
            + FormattableString.Invariant(
                $"(≥ {holdsFrom} passes), fails if its upper end < p₀ (≤ {failsUpTo} passes), inconclusive between; false-fail rate ≤ {Alpha:G2} ")
            + FormattableString.Invariant(
                $"({atThreshold.Fails:P1} at p = p₀), false-hold rate ≤ {Alpha:G2} ({atThreshold.Holds:P1} at p = p₀); power: holds with probability ")
            + FormattableString.Invariant($"{above.Holds:P1} at p = {Above:G3}, fails with probability {below.Fails:P1} at p = {Below:G3}");
    }
}

/// <summary>The outcome of a statistical verdict: pass, fail and excluded (vacuous) run counts, the interval and the verdict.</summary>
public sealed record PassRateResult(PassRateTest Test, int Passes, int Failures, int Excluded, double Lower, double Upper, Verdict Verdict)
{
    public static PassRateResult Of(PassRateTest test, int passes, int failures, int excluded)
    {
        var n = passes + failures;
        var (lower, upper) = n == 0 ? (0.0, 1.0) : PassRateTest.ClopperPearson(passes, n, test.Alpha);
        return new PassRateResult(test, passes, failures, excluded, lower, upper, test.Decide(passes, n));
    }

    /// <summary>The line the ledger shows: the pass fraction, its interval, the threshold and the verdict.</summary>
    public override string ToString()
    {
        var n = Passes + Failures;
        var fraction = n == 0 ? "—" : FormattableString.Invariant($"{(double)Passes / n:G3}");
        var excluded = Excluded > 0 ? $", {Excluded} excluded (hypotheses not met)" : "";
        var verdict = Verdict switch { Verdict.Holds => "holds", Verdict.Fails => "fails", _ => "inconclusive" };
        return FormattableString.Invariant(
            $"pass fraction {Passes}/{n} = {fraction}{excluded}, {100 * (1 - 2 * Test.Alpha):G3}% CI [{Lower:F3}, {Upper:F3}] vs p₀ = {Test.Threshold:G3}: ")
            + $"{verdict} ({Test.Runs} runs at every budget)";
    }
}
