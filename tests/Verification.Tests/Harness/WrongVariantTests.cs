using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>
/// Every property can fail: each claim's deliberately wrong variants (a wrong constant, a dropped factor, a flipped inequality, a
/// broken model) must be reported as fails under the ci profile, with the counterexample class the claim records.
/// </summary>
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
        Assert.True(run.Verdict == Verdict.Fails,
            $"{claim}: the wrong variant '{variant}' was not rejected ({run.Verdict} after {run.Cases} cases): the property cannot fail.");
        Assert.True(run.Counterexample!.Class == c.WrongVariantClass,
            $"{claim}: the wrong variant '{variant}' gave a {run.Counterexample.Class} counterexample, expected {c.WrongVariantClass}");
    }
}
