using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Models.Sbg;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Data.Sbg;

/// <summary>The types of SbgCases.cs: the exact norm comparisons (<see cref="Norms"/>) and the text of a <see cref="ClusteredCase"/>.</summary>
[Trait("Paper", "SBG")]
public class SbgCasesTests
{
    /// <summary>|t| ≥ m‖x‖ and |t| &gt; m‖x‖ with ‖x‖ = s rational (x2 = s²), decided directly.</summary>
    [Property(MaxTest = 300)]
    public bool Norm_comparisons_agree_with_rational_roots(sbyte t, sbyte m, byte s, byte den)
    {
        var (tq, mq, sq) = (Q(t, den % 3 + 1), Q(m, 2), Q(s % 5, 1));
        var rhs = mq * sq;
        return Norms.AbsAtLeast(tq, mq, sq * sq) == (Rational.Abs(tq) >= rhs)
            && Norms.AbsGreater(tq, mq, sq * sq) == (Rational.Abs(tq) > rhs);
    }

    [Fact]
    public void Norm_comparisons_at_their_boundaries_and_the_case_text()
    {
        // |t| > m‖x‖ at its boundaries: m = 0 with t = 0, x = 0 with m < 0 and t = 0, and equality t² = m²‖x‖².
        Assert.False(Norms.AbsGreater(0, 0, 4));
        Assert.False(Norms.AbsGreater(0, -1, 0));
        Assert.False(Norms.AbsGreater(2, 1, 4));
        Assert.True(Norms.AbsGreater(3, 1, 4));
        Assert.True(Norms.AbsAtLeast(2, 1, 4));
        var net = new LeakyReluNetwork<Rational>([[1, 0]], [[0, 1]], 1, Q(1, 2));
        Assert.EndsWith(", r = 1/2, w̄ = (1, 0), ū = (0, 1), x = (2, 3)", new ClusteredCase(net, [1, 0], [0, 1], Q(1, 2), [2, 3]).ToString());
    }
}
