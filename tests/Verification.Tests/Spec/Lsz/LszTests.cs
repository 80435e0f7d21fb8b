using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

/// <summary>One test per LSZ claim (recorded verdict under the ci seed; recorded failures also run the corrected statement)
/// and one per deliberately wrong variant, in one nested class per section of the paper (each its own xunit collection).</summary>
public static partial class LszTests
{
    /// <summary>For a claim that fails as printed, the wrong variant must also be rejected by the corrected statement.</summary>
    private static void AssertCorrectedRejects(string id, string variant)
    {
        var corrected = ClaimAssert.Get(id).Corrected!;
        var run = corrected.Run(RunRequest.For(corrected, Profile.Ci, context: new Context(Variant: variant)));
        Assert.True(run.Verdict == Verdict.Fails, $"{corrected.Id}: variant {variant} not rejected ({run.Verdict})");
    }

    /// <summary>A spherically symmetric law with v = e₂ in its own dimension.</summary>
    private static SphericalPopulation Sym(RadialLaw law) => new(law, V(law.Dimension));

    /// <summary>U(S¹) (or the circle of radius r) with v = (0, 1): the law of most hand-made cases (c₀ = r).</summary>
    private static SphericalPopulation Circle(double r = 1) => Sym(new CircleRadius(r));

    /// <summary>v = (0, 1) of the planar cases.</summary>
    private static readonly double[] Axis = [0, 1];

    /// <summary>A choice sequence decoded by hand (raw 0 gives each range's low end).</summary>
    private static Choices Raw(params int[] raw) => new(raw);

    /// <summary>The number an evaluation's detail prints between two markers (to the end without the second).</summary>
    private static double Number(string s, string before, string? after = null)
    {
        var i = s.IndexOf(before, StringComparison.Ordinal) + before.Length;
        var j = after is null ? s.Length : s.IndexOf(after, i, StringComparison.Ordinal);
        return double.Parse(s[i..j], System.Globalization.CultureInfo.InvariantCulture);
    }
}
