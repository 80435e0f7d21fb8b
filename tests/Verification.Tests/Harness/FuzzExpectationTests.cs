using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>
/// The assumption analysis as a regression test: for every claim and hypothesis, weakening it gives a counterexample exactly
/// when the team recorded one (genuine or sample-only; float-only counterexamples do not refute the mathematics).
/// </summary>
public class FuzzExpectationTests
{
    public const ulong Seed = Budgets.DefaultSeed;

    /// <summary>Cases per search: 300 for cheap claims, fewer for expensive ones (at least 20).</summary>
    public static int Budget(Claim c) => Math.Max(20, 300 / Math.Max(1, c.CostPerCase));

    public static TheoryData<string, string> Hypotheses()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Claims.Registry.Implemented.Where(c => c.Kind != ClaimKind.NotExecutable))
            foreach (var h in Fuzzer.Target(c).Hypotheses) data.Add(c.Id, h.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Hypotheses))]
    public void Weakened_hypothesis_behaves_as_recorded(string claim, string hypothesis)
    {
        var target = Fuzzer.Target(ClaimAssert.Get(claim));
        var h = target.Hypotheses.Single(x => x.Name == hypothesis);
        var f = Fuzzer.Search(target, h, Budget(target), Seed);
        Assert.True(f.MatchesExpectation,
            $"{target.Id} without '{h.Name}' ({h.Weakened}): recorded {h.Expected}, found {(f.Refuted ? "a counterexample" : "none")} in {f.Cases} cases." +
            (f.Minimal is { } m ? $"\nseed {m.Seed}, choices {m.ChoicesLiteral}\n{m.Case}\n{m.Detail}" : ""));
    }
}
