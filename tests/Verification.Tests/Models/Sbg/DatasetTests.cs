using Verification.Arithmetic;
using Verification.Models.Sbg;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Models.Sbg;

/// <summary>The training set: validation messages, shape and the conversion to double.</summary>
[Trait("Paper", "SBG")]
public class DatasetTests
{
    [Fact]
    public void Dataset_validates_and_reports_its_shape()
    {
        Assert.Equal("The training set is empty.", Assert.Throws<ArgumentException>(() => new Dataset<double>([], [])).Message);
        Assert.Equal("2 points but 1 labels.", Assert.Throws<ArgumentException>(() => new Dataset<double>([[1.0], [2.0]], [1])).Message);
        Assert.Equal("Labels must be ±1.", Assert.Throws<ArgumentException>(() => new Dataset<double>([[1.0], [2.0]], [1, 0])).Message);
        Assert.Equal("All points need the same dimension d ≥ 1.", Assert.Throws<ArgumentException>(() => new Dataset<double>([[]], [1])).Message);
        Assert.Equal("All points need the same dimension d ≥ 1.",
            Assert.Throws<ArgumentException>(() => new Dataset<double>([[1.0], [1.0, 2.0]], [1, -1])).Message);
        var s = new Dataset<Rational>([[1, 2], [-3, 1], [0, 1]], [1, -1, 1], [Q(1, 2), 0]);
        Assert.Equal((3, 2), (s.N, s.Dimension));
        Assert.Equal(Q(10), s.MaxNormSquared);
        var d = s.ToDouble();
        Assert.Equal([-3.0, 1.0], d.X[1]);
        Assert.Equal(s.Y, d.Y);
        Assert.Equal([0.5, 0.0], d.Teacher!);
        Assert.Null(new Dataset<Rational>([[1]], [1]).ToDouble().Teacher);
    }
}
