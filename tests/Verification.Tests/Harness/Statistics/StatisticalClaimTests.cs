using Verification.Harness;
using Verification.Harness.Statistics;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Harness.Statistics;

/// <summary>
/// How a statistical claim turns runs into a verdict (on a synthetic claim whose runs are coin flips with a known rate), and
/// that every registered statistical claim gives the same verdict under the ci and deep budgets.
/// </summary>
public class StatisticalClaimTests
{
    /// <summary>Run i passes when i mod 10 is below <paramref name="passesPerTen"/>; run 0 can be excluded or a genuine violation.</summary>
    private sealed class CoinClaim(int passesPerTen, Status? first = null, bool horizonIsTheClaims = false) : StatisticalClaim<int>
    {
        public override string Id => "TEST.Coin";
        public override string Where => "synthetic";
        public override string Statement => "coin flips";
        public override string Arithmetic => "double";
        public override string PaperWords => "\"usually\"";
        public override string RunCriterion => "heads";
        public override bool HorizonIsTheClaims => horizonIsTheClaims;
        public override int Generate(Choices c, Context ctx) => c.Int(0, 1_000);
        public override IReadOnlyList<CoverageClass> Coverage =>
            [new("even", "Section 1", 0.4, "an even run"), new("tens", "Section 1", 0.2, "run ≡ 0 mod 10")];
        public override IEnumerable<string> Classify(int x)
        {
            if (x % 2 == 0) yield return "even";
            if (x % 10 == 0) yield return "tens";
        }
        protected override int[] RunChoices(ulong seed, int run) => [run];
        public override Evaluation Evaluate(int x, Context ctx) =>
            x == 0 && first == Status.Inconclusive ? Evaluation.Inconclusive("hypotheses not met")
            : x == 0 && first == Status.Fails ? Evaluation.Fails(1, "violated at every horizon", CounterexampleClass.Genuine)
            : x % 10 < passesPerTen ? Evaluation.Holds() : Evaluation.Fails(0.5, "tails", CounterexampleClass.SampleOnly);
    }

    private static ClaimRun Run(Claim c, int cases) => c.Run(new RunRequest(cases, Budgets.DefaultSeed, Context.AsPrinted));

    [Fact]
    public void Thirty_runs_whatever_the_budget_and_the_fraction_decides()
    {
        var high = new CoinClaim(10);
        foreach (var cases in new[] { 5, 300, 10_000 })
        {
            var run = Run(high, cases);
            Assert.Equal(Verdict.Holds, run.Verdict);
            Assert.Equal(30, run.Cases);
            Assert.Contains("30/30", run.Note, StringComparison.Ordinal);
        }
        Assert.Equal(Verdict.Holds, Run(new CoinClaim(10) { }, 1).Verdict);
        // 27/30: the interval straddles 0.8; 15/30: below it
        Assert.Equal(Verdict.Inconclusive, Run(new CoinClaim(9), 5).Verdict);
        var low = Run(new CoinClaim(5), 5);
        Assert.Equal(Verdict.Fails, low.Verdict);
        Assert.Equal(CounterexampleClass.SampleOnly, low.Counterexample!.Class);
        Assert.Contains("15/30", low.Counterexample.Detail, StringComparison.Ordinal);
        Assert.Equal("5", low.Counterexample.ChoicesLiteral);
        Assert.Equal(CounterexampleClass.Genuine, Run(new CoinClaim(5, horizonIsTheClaims: true), 5).Counterexample!.Class);
    }

    [Fact]
    public void Coverage_counts_every_run_failing_ones_included()
    {
        // runs 0..29, those with run mod 10 ≥ 5 fail: a failure is a member of the sample, so counting does not stop at it
        var run = Run(new CoinClaim(5), 5);
        Assert.Equal(Verdict.Fails, run.Verdict);
        var even = run.Evidence!.Coverage.Single(c => c.Class.Name == "even");
        Assert.Equal((15, 30), (even.Cases, even.Of));
        Assert.True(even.Met);
        var tens = run.Evidence.Coverage.Single(c => c.Class.Name == "tens");
        Assert.Equal((3, 30), (tens.Cases, tens.Of));
        Assert.False(tens.Met);
        // the same shares at every budget (the runs do not depend on it)
        Assert.Equal(15, Run(new CoinClaim(5), 10_000).Evidence!.Coverage.Single(c => c.Class.Name == "even").Cases);
    }

    [Fact]
    public void Excluded_runs_are_counted_and_a_genuine_violation_is_decisive()
    {
        var excluded = Run(new CoinClaim(10, Status.Inconclusive), 5);
        Assert.Equal(Verdict.Holds, excluded.Verdict);
        Assert.Equal(1, excluded.Inconclusive);
        Assert.Contains("29/29", excluded.Note, StringComparison.Ordinal);
        Assert.Contains("1 excluded", excluded.Note, StringComparison.Ordinal);
        var genuine = Run(new CoinClaim(10, Status.Fails), 5);
        Assert.Equal(Verdict.Fails, genuine.Verdict);
        Assert.Equal(CounterexampleClass.Genuine, genuine.Counterexample!.Class);
    }

    [Fact]
    public void Replay_evaluates_one_run()
    {
        var replay = new CoinClaim(5).Run(new RunRequest(1, 0, Context.AsPrinted, ReplayChoices: [7]));
        Assert.Equal(Verdict.Fails, replay.Verdict);
        Assert.Equal(CounterexampleClass.SampleOnly, replay.Counterexample!.Class);
    }

    public static TheoryData<string> StatisticalClaims()
    {
        var data = new TheoryData<string>();
        foreach (var c in Claims.Registry.Implemented.Where(IsStatistical)) data.Add(c.Id);
        return data;
    }

    private static bool IsStatistical(Claim c)
    {
        for (var t = c.GetType(); t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(StatisticalClaim<>)) return true;
        return false;
    }

    [Fact]
    public void Every_SBG_simulation_figure_and_Theorem_6_2_is_statistical()
    {
        var ids = Claims.Registry.Implemented.Where(IsStatistical).Select(c => c.Id).ToHashSet();
        foreach (var id in new[] { "SBG.Fig1", "SBG.Fig2", "SBG.Fig3", "SBG.Fig7", "SBG.Fig8", "SBG.Fig9", "SBG.Thm6.2" })
            Assert.Contains(id, ids);
    }

    /// <summary>The runs do not depend on the budget, so ci and deep agree (the command-line comparison over all four budgets is in the README).</summary>
    [Theory]
    [MemberData(nameof(StatisticalClaims))]
    public void Verdict_is_the_same_under_ci_and_deep(string id)
    {
        var c = ClaimAssert.Get(id);
        var ci = c.Run(RunRequest.For(c, Profile.Ci));
        var deep = c.Run(RunRequest.For(c, Profile.Deep));
        Assert.Equal(ci.Verdict, deep.Verdict);
        Assert.Equal(ci.Note, deep.Note);
        if (ci.MissingData is not null) return; // a real-data claim on a machine without its data: nothing ran (the gate reports it)
        Assert.True(ci.Cases >= 30, $"{id}: {ci.Cases} runs");
        Assert.Matches("pass fraction \\d+/\\d+", ci.Note);
        var words = c.GetType().GetProperty("PaperWords")!.GetValue(c) as string;
        Assert.Contains("\"", words, StringComparison.Ordinal);
    }
}
