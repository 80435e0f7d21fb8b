using Verification.Harness;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>
/// The evidence printed with a verdict can fail: a coverage class the generator never reaches makes a holds
/// "coverage incomplete", cases with an unmet premise are discarded and counted (never passed; all discarded is
/// inconclusive), and a bound far above every observed value is reported as loose.
/// </summary>
public sealed class EvidenceTests
{
    /// <summary>x ∈ [0, 9]; "x ≤ bound" with slack recorded; the class "x = 10" is declared but unreachable unless asked.</summary>
    [NotRegistered]
    private sealed class CountingClaim(double bound, bool reachTen = false, bool discardOdd = false, bool discardAll = false) : PropertyClaim<int>
    {
        public override string Id => "TEST.Evidence";
        public override string Where => "test";
        public override string Statement => "x ≤ bound";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("zero", "test: the lower end of the range", 0.05, "x = 0"),
            new("ten", "test: the upper end of the range", 0.01, "x = 10"),
        ];

        public override int Generate(Choices c, Context ctx) => c.Int(0, reachTen ? 10 : 9);

        public override IEnumerable<string> Classify(int x) => x switch { 0 => ["zero"], 10 => ["ten"], _ => [] };

        public override Evaluation Evaluate(int x, Context ctx) =>
            discardAll || (discardOdd && x % 2 == 1) ? Evaluation.Discarded("premise unmet") : Evaluation.RequireAtMost(x, bound, $"x = {x}");
    }

    private static ClaimRun Run(CountingClaim c) => c.Run(new RunRequest(400, 7, Context.AsPrinted));

    [Fact]
    public void An_unreached_coverage_class_makes_a_holds_coverage_incomplete()
    {
        var run = Run(new CountingClaim(bound: 10));
        Assert.Equal(Verdict.Holds, run.Verdict);
        Assert.Equal(EvidenceLevel.CoverageIncomplete, run.Evidence!.Level);
        var ten = run.Evidence.Coverage.Single(c => c.Class.Name == "ten");
        Assert.False(ten.Met);
        Assert.Equal(0, ten.Cases);
        Assert.True(run.Evidence.Coverage.Single(c => c.Class.Name == "zero").Met);
    }

    [Fact]
    public void Every_class_reached_with_a_tight_bound_is_checked_with_its_slack()
    {
        var run = Run(new CountingClaim(bound: 10, reachTen: true));
        Assert.Equal(Verdict.Holds, run.Verdict);
        Assert.Equal(EvidenceLevel.Checked, run.Evidence!.Level);
        Assert.All(run.Evidence.Coverage, c => Assert.True(c.Met));
        Assert.Equal(0, run.Evidence.SmallestSlack); // x = 10 meets the bound with equality
        Assert.Equal(400, run.Evidence.Coverage[0].Of);
    }

    [Fact]
    public void A_bound_far_above_every_observation_is_loose()
    {
        var run = Run(new CountingClaim(bound: 1000, reachTen: true));
        Assert.Equal(EvidenceLevel.Loose, run.Evidence!.Level);
        Assert.Equal(100, run.Evidence.LooseFactor); // 1000 / 10 at the largest x
    }

    [Fact]
    public void Discarded_cases_are_counted_and_never_passed()
    {
        var some = Run(new CountingClaim(bound: 10, reachTen: true, discardOdd: true));
        Assert.Equal(Verdict.Holds, some.Verdict);
        Assert.True(some.Evidence!.Discarded > 100);
        Assert.Equal(400 - some.Evidence.Discarded, some.Evidence.Coverage[0].Of);
        Assert.Contains("discarded", some.Note);

        var all = Run(new CountingClaim(bound: 10, discardAll: true));
        Assert.Equal(Verdict.Inconclusive, all.Verdict);
        Assert.Equal(EvidenceLevel.None, all.Evidence!.Level);
        Assert.Equal(400, all.Evidence.Discarded);
    }

    [Fact]
    public void A_failure_stops_the_count_so_shrinking_attempts_are_not_cases()
    {
        var run = Run(new CountingClaim(bound: 5, reachTen: true));
        Assert.Equal(Verdict.Fails, run.Verdict);
        Assert.True(run.Evidence!.Coverage[0].Of <= run.Cases);
    }

    [NotRegistered]
    private sealed class GuardedClaim : PropertyClaim<string>
    {
        public override string Id => "TEST.Guard";
        public override string Where => "test";
        public override string Statement => "a case of any length is fine";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override int? SizeGuard => 5;
        public override string Generate(Choices c, Context ctx) => new('x', c.Int(1, 9));
        public override Evaluation Evaluate(string x, Context ctx) => Evaluation.Holds();
    }

    [Fact]
    public void Cases_beyond_the_size_guard_are_discarded_and_reported()
    {
        var run = new GuardedClaim().Run(new RunRequest(300, 3, Context.AsPrinted));
        Assert.Equal(Verdict.Holds, run.Verdict);
        Assert.True(run.Evidence!.Discarded > 50);
        Assert.Contains("by the size guard", run.Evidence.Basis);
    }

    [Fact]
    public void Slack_is_relative_and_the_factor_needs_positive_sides()
    {
        Assert.Equal(0.5, new Slack(1, 2).Relative);
        Assert.Equal(2, new Slack(1, 2).Factor);
        Assert.Null(new Slack(-1, 2).Factor);
        Assert.Equal(0, new Slack(0, 0).Relative);
    }
}
