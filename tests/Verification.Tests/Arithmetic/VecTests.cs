using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using System.Globalization;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Geometry;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Arithmetic;

/// <summary>Vector operations in exact arithmetic: values, dimension checks, formatting.</summary>
public partial class VecTests
{
    [Fact]
    public void Vector_operations()
    {
        Rational[] a = [1, 2];
        Rational[] b = [3, -1];
        Assert.Equal([4, 1], Vec.Add(a, b));
        Assert.Equal([-2, 3], Vec.Sub(a, b));
        Assert.Equal([2, 4], Vec.Scale((Rational)2, a));
        Assert.Equal(Rational.One, Vec.Dot<Rational>(a, b));
        Assert.Equal((Rational)5, Vec.NormSquared<Rational>(a));
        Assert.Equal([2, Q(1, 2)], Vec.Mean<Rational>([a, b]));
        Assert.Equal([1.0, 2.0], Vec.ToDouble(a));
        Assert.Equal("(1, 2)", Vec.Format(a));
        Assert.Throws<ArgumentException>(() => Vec.Dot<Rational>(a, (Rational[])[Rational.One]));
        Assert.Throws<ArgumentException>(() => Vec.Add(a, [Rational.One]));
        Assert.Throws<ArgumentException>(() => Vec.Mean<Rational>([]));
    }
}
