using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Models.Sbg;
using Verification.Spec;

namespace Verification.Tests;

/// <summary>Hand-made clustered networks for the oracle tests of SBG Section 10 (helper of the sbga tests).</summary>
internal static class SbgsbgaCases
{
    public static readonly Rational OneHalf = new(1, 2);

    /// <summary>A one-dimensional clustered case: w- and u-neurons given, v and α given (α = 1/2, v = 1 by default).</summary>
    public static ClusteredCase Clustered(Rational[] w, Rational[] u, Rational wc, Rational uc, Rational r, Rational x,
        Rational? alpha = null, Rational? v = null) =>
        new(new LeakyReluNetwork<Rational>(w.Select(t => new[] { t }).ToList(), u.Select(t => new[] { t }).ToList(), v ?? 1, alpha ?? OneHalf),
            [wc], [uc], r, [x]);

    /// <summary>Collapsed clusters (k neurons at their centre), d = 1.</summary>
    public static ClusteredCase Collapsed(Rational wc, Rational uc, Rational r, Rational x, int k = 2, Rational? alpha = null) =>
        Clustered(Enumerable.Repeat(wc, k).ToArray(), Enumerable.Repeat(uc, k).ToArray(), wc, uc, r, x, alpha);

    public static Sbg.RegionCase Region(ClusteredCase y, string label = "C++ (w-sign, u-sign)") => new(y, label);

    public static HashSet<string> Set(params string[] names) => [.. names];
}
