using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Geometry.Lyx;

/// <summary>The probability P_gc of Remark 3 at known values.</summary>
[Trait("Paper", "LYX")]
public class Remark3Tests
{
    [Fact]
    public void Remark3FormulaKnownValues()
    {
        Assert.Equal(new Rational(1, 4), Remark3.Pgc(3, 2));        // 1 − 3/4
        Assert.Equal(new Rational(1, 2), Remark3.Pgc(4, 2));        // 1 − 4/8
        Assert.Equal(new Rational(3, 4), Remark3.Pgc(3, 1));        // both signs present
        Assert.Equal(Rational.Zero, Remark3.Pgc(3, 3));             // k ≤ d: never
    }
}
