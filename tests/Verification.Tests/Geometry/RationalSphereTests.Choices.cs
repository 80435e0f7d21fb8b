using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Harness;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry;

/// <summary>Rational unit and orthogonal vectors decoded from fixed choices.</summary>
public partial class RationalSphereTests
{
    [Fact]
    public void Unit_and_orthogonal_vectors_from_choices()
    {
        Assert.Equal([Rational.One], RationalSphere.UnitVector(new Choices([]), 1));
        Assert.Equal([Rational.NegativeOne], RationalSphere.UnitVector(new Choices([1]), 1));
        // d = 2: t = SmallRational(6, 6) with raw (q = 1 + 1, n = +1) = 1/2 → (4/5, −3/5).
        Assert.Equal([Q(4, 5), Q(-3, 5)], RationalSphere.UnitVector(new Choices([1, 1]), 2));
        Rational[] xHat = [Q(3, 5), Q(4, 5)];
        var o = RationalSphere.Orthogonal(new Choices([0, 1, 0, 4]), xHat); // y = (1, −2) → y − (y·x̂)x̂
        Rational[] y = [1, -2];
        Assert.Equal(Vec.Sub(y, Vec.Scale(Vec.Dot<Rational>(y, xHat), xHat)), o);
        Assert.Equal(Rational.Zero, Vec.Dot<Rational>(o, xHat));
    }
}
