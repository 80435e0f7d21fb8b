using Verification.Harness;
using Verification.Spec;
using Xunit;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 1 (LYX.Text.PointwiseLoss): the wrong variant's generator, pinned to its stated range so that a changed
    /// length s of x_2 shows (the whole-claim wrong-variant test only needs one failing case).</summary>
    public sealed class Section1Mutants
    {
        private static readonly Lyx.TextPointwiseLoss Claim = (Lyx.TextPointwiseLoss)ClaimAssert.Get("LYX.Text.PointwiseLoss");

        [Fact]
        public void PointwiseLoss_x2_long_variant_draws_s_between_2_cos_and_2_cos_plus_a_half()
        {
            foreach (var x in GeneratedCases.Of(Claim, 40, ctx: new Context(Variant: "x2-long")))
            {
                var c = Dot(x.X1, x.X2) / 2;                                     // s cos φ (x_1 = 2e_1 rotated by an orthogonal Q)
                var s2 = Dot(x.X2, x.X2);                                        // s²
                // s ≥ 2|cos φ| ⇔ s² ≥ 2|s cos φ| (s > 0)
                Assert.True(s2 >= 2 * R.Abs(c), $"s < 2|cos φ|: {x}");
                // s ≤ 2·4/5 + 1/2 = 21/10, so s² ≤ 441/100 < 5 (s = 2/|cos φ| + … would be ≥ 5/2)
                Assert.True(s2 < 5, $"s² ≥ 5: {x}");
            }
        }

        private static R Dot(R[] a, R[] b) => a.Zip(b, (p, q) => p * q).Aggregate(R.Zero, (s, t) => s + t);
    }
}
