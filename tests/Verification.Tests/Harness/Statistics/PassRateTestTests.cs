using MathNet.Numerics.Distributions;
using Verification.Harness;
using Verification.Harness.Statistics;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Harness.Statistics;

/// <summary>
/// The statistical decision: its interval, its equivalence with exact binomial tests, and a calibration on synthetic runs with
/// known pass rates (coin flips with fixed seeds) that measures the false-fail rate and the power and compares them with the
/// stated, exactly computed ones.
/// </summary>
public class PassRateTestTests
{
    /// <summary>Every design in use: the default and each registered statistical claim's own.</summary>
    public static TheoryData<double, int, double, double, double> Designs()
    {
        var designs = Claims.Registry.Implemented.Select(StatisticalDesign).OfType<PassRateTest>().Append(PassRateTest.Default).Distinct();
        var data = new TheoryData<double, int, double, double, double>();
        foreach (var d in designs) data.Add(d.Threshold, d.Runs, d.Alpha, d.Above, d.Below);
        return data;
    }

    private static PassRateTest? StatisticalDesign(Claim c) =>
        c.GetType().GetProperty(nameof(StatisticalClaim<int>.Test))?.GetValue(c) as PassRateTest;

    [Fact]
    public void Clopper_Pearson_matches_the_closed_forms_at_the_ends()
    {
        // k = n: L = α^(1/n); k = 0: U = 1 − α^(1/n)
        var (lower, upper) = PassRateTest.ClopperPearson(30, 30, 0.05);
        Assert.Equal(Math.Pow(0.05, 1.0 / 30), lower, 1e-9);
        Assert.Equal(1.0, upper);
        (lower, upper) = PassRateTest.ClopperPearson(0, 30, 0.05);
        Assert.Equal(0.0, lower);
        Assert.Equal(1 - Math.Pow(0.05, 1.0 / 30), upper, 1e-9);
        Assert.Throws<ArgumentOutOfRangeException>(() => PassRateTest.ClopperPearson(31, 30, 0.05));
        Assert.Throws<ArgumentOutOfRangeException>(() => PassRateTest.ClopperPearson(-1, 30, 0.05));
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Decision_is_the_pair_of_exact_one_sided_binomial_tests(double threshold)
    {
        var test = new PassRateTest(threshold);
        for (var n = 1; n <= 60; n++)
            for (var k = 0; k <= n; k++)
            {
                // holds ⇔ P(X ≥ k | p₀) ≤ α; fails ⇔ P(X ≤ k | p₀) ≤ α
                var upperTail = k == 0 ? 1 : 1 - Binomial.CDF(threshold, n, k - 1);
                var lowerTail = Binomial.CDF(threshold, n, k);
                var expected = upperTail <= test.Alpha ? Verdict.Holds : lowerTail <= test.Alpha ? Verdict.Fails : Verdict.Inconclusive;
                Assert.True(expected == test.Decide(k, n), $"p₀ = {threshold}, k = {k}, n = {n}: {test.Decide(k, n)}, tails {upperTail}, {lowerTail}");
            }
        Assert.Equal(Verdict.Inconclusive, test.Decide(0, 0));
    }

    [Fact]
    public void Default_design_has_the_stated_cutoffs_and_rates()
    {
        var d = PassRateTest.Default;
        Assert.Equal((28, 19), d.Cutoffs());
        var at = d.At(d.Threshold);
        Assert.Equal(0.0442, at.Holds, 3e-4);
        Assert.Equal(0.0256, at.Fails, 3e-4);
        Assert.True(d.At(d.Above).Holds >= 0.93, "power to hold at p = 0.97");
        Assert.True(d.At(d.Below).Fails >= 0.95, "power to fail at p = 0.5");
        Assert.Contains("≥ 28 passes", d.Describe(), StringComparison.Ordinal);
        Assert.Contains("≤ 19 passes", d.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Designs))]
    public void Error_rates_are_bounded_by_alpha_on_either_side_of_the_threshold(double threshold, int runs, double alpha, double above, double below)
    {
        var d = new PassRateTest(threshold, runs, alpha, above, below);
        for (var i = 0; i <= 200; i++)
        {
            var p = i / 200.0;
            var at = d.At(p);
            Assert.Equal(1.0, at.Holds + at.Fails + at.Inconclusive, 1e-9);
            if (p >= threshold) Assert.True(at.Fails <= alpha + 1e-12, $"false-fail rate {at.Fails} at p = {p} (p₀ = {threshold})");
            if (p <= threshold) Assert.True(at.Holds <= alpha + 1e-12, $"false-hold rate {at.Holds} at p = {p} (p₀ = {threshold})");
        }
        // a rate at the threshold is inconclusive at every budget (the runs are fixed) with probability ≥ 1 − 2α
        Assert.True(d.At(threshold).Inconclusive >= 1 - 2 * alpha);
    }

    /// <summary>
    /// Calibration on synthetic runs: 4000 replications of the design's runs as Bernoulli(p) coin flips at p well above, at and
    /// well below the threshold (fixed seeds); the measured rates of each verdict agree with the exact ones within 4.5 standard
    /// errors, and the measured false-fail and false-hold rates at p₀ are within that tolerance of at most α.
    /// </summary>
    [Theory]
    [MemberData(nameof(Designs))]
    public void Calibration_on_synthetic_runs_matches_the_stated_rates(double threshold, int runs, double alpha, double above, double below)
    {
        var d = new PassRateTest(threshold, runs, alpha, above, below);
        const int replications = 4000;
        foreach (var (p, seed) in new[] { (above, 1), (threshold, 2), (below, 3) })
        {
            var rng = new Random(seed);
            int holds = 0, fails = 0;
            for (var r = 0; r < replications; r++)
            {
                var passes = 0;
                for (var i = 0; i < runs; i++) if (rng.NextDouble() < p) passes++;
                var v = d.Decide(passes, runs);
                if (v == Verdict.Holds) holds++;
                if (v == Verdict.Fails) fails++;
            }
            var exact = d.At(p);
            var rates = new[] { (holds / (double)replications, exact.Holds, "holds"), (fails / (double)replications, exact.Fails, "fails") };
            foreach (var (measured, expected, what) in rates)
            {
                var tolerance = 4.5 * Math.Sqrt(Math.Max(expected * (1 - expected), 1e-4) / replications);
                Assert.True(Math.Abs(measured - expected) <= tolerance,
                    $"p₀ = {threshold}, p = {p} (seed {seed}, {replications} × {runs} runs): measured P({what}) = {measured}, exact {expected}");
                if (p == threshold) Assert.True(measured <= alpha + tolerance, $"p = p₀: measured P({what}) = {measured} > α = {alpha}");
            }
        }
    }
}
