using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>Every property can fail: each claim's deliberately wrong variants must be rejected under the ci profile.</summary>
public class WrongVariantTests
{
    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Claims.Registry.Implemented.Where(c => c.Kind != ClaimKind.NotExecutable))
        {
            foreach (var v in c.WrongVariants) data.Add(c.Id, v);
            if (c.Corrected is { } k) foreach (var v in k.WrongVariants) data.Add(k.Id, v);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Wrong_variant_is_rejected(string claim, string variant)
    {
        var c = claim.EndsWith("#corrected", StringComparison.Ordinal) ? ClaimAssert.Get(claim.Split('#')[0]).Corrected! : ClaimAssert.Get(claim);
        var run = c.Run(RunRequest.For(c, Profile.Ci, context: new Context(Variant: variant)));
        Assert.True(run.Verdict == Verdict.Fails, $"{claim}: the wrong variant '{variant}' was not rejected ({run.Verdict} after {run.Cases} cases): the property cannot fail.");
        Assert.NotEqual(CounterexampleClass.FloatOnly, run.Counterexample!.Class); // the check is decided in the claim's own arithmetic
    }
}
