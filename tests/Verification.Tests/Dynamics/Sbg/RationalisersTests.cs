using Verification.Dynamics.Sbg;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Dynamics.Sbg;

/// <summary>The rationalisers of the exact trainer: dyadic rounding to the nearest multiple, and the identity.</summary>
[Trait("Paper", "SBG")]
public class RationalisersTests
{
    [Fact]
    public void Dyadic_rationaliser_rounds_to_the_nearest_multiple()
    {
        Assert.Equal(Q(5, 16), Rationalisers.Dyadic(4)(0.3)); // 0.3·16 = 4.8 → 5
        Assert.Equal(Q(1, 4), Rationalisers.Dyadic(2)(0.3)); // 1.2 → 1
        Assert.Equal(Q(3, 1024), Rationalisers.Dyadic(10)(0.0029));
        Assert.Equal(0.3, Rationalisers.Identity(0.3));
    }
}
