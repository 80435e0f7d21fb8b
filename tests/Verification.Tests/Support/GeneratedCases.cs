using Verification.Harness;

namespace Verification.Tests;

/// <summary>Cases a claim's parameterisation decodes from random choice sequences (a quarter of the raw choices 0, the
/// simplest value, as after shrinking), for tests that every generated instance satisfies the claim's hypotheses.</summary>
public static class GeneratedCases
{
    public static IEnumerable<TCase> Of<TCase>(PropertyClaim<TCase> claim, int count, int seed = 1, Context? ctx = null)
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var raw = Enumerable.Range(0, 600).Select(_ => rng.Next(4) == 0 ? 0 : rng.Next(1 << 20)).ToArray();
            yield return claim.Generate(new Choices(raw), ctx ?? Context.AsPrinted);
        }
    }

    /// <summary>Asserts the hypotheses on <paramref name="count"/> generated cases, naming the first case that breaks them.</summary>
    public static void SatisfyHypotheses<TCase>(PropertyClaim<TCase> claim, Func<TCase, bool> hypothesesHold, int count = 500)
    {
        var i = 0;
        foreach (var x in Of(claim, count))
        {
            Xunit.Assert.True(hypothesesHold(x), $"{claim.Id}: generated case {i} (seed 1) breaks a hypothesis: {claim.Describe(x)}");
            i++;
        }
    }

    /// <summary>Runs the corrected statement of a claim at the ci budget and asserts every coverage class it declares was met.</summary>
    public static void CorrectedCoverageMet(string id)
    {
        var check = ClaimChecker.Check(ClaimAssert.Get(id), Profile.Ci);
        var run = check.CorrectedRun ?? throw new Xunit.Sdk.XunitException($"{id} has no corrected run.");
        Xunit.Assert.Equal(Verdict.Holds, run.Verdict);
        var missed = run.Evidence?.Coverage.Where(c => !c.Met).ToList() ?? [];
        Xunit.Assert.True(missed.Count == 0,
            $"{id}#corrected: coverage classes below their required share at ci: "
            + string.Join(", ", missed.Select(c => $"{c.Class.Name} {c.Cases}/{c.Of} (required {c.Class.RequiredShare:P1})")));
        Xunit.Assert.NotEmpty(run.Evidence!.Coverage);
    }
}
