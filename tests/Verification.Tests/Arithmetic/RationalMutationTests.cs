using System.Numerics;
using Verification.Arithmetic;
using Xunit;

namespace Verification.Tests.Arithmetic;

/// <summary>
/// Pins what mutation testing found unpinned in Rational and Vec: the exception messages (they tell a user which
/// hypothesis was violated) and the refusal to convert a Rational to a type it does not support.
/// </summary>
public class RationalMutationTests
{
    [Fact]
    public void Exception_messages_name_the_problem()
    {
        Assert.Equal("Rational with zero denominator.", Assert.Throws<DivideByZeroException>(() => new Rational(1, 0)).Message);
        Assert.Equal("Rational values are finite: got NaN", Assert.Throws<ArgumentException>(() => Rational.FromFraction(Fractions.Fraction.NaN)).Message);
        Assert.StartsWith("Rational values are finite: got ∞.",
            Assert.Throws<ArgumentException>(() => Rational.FromDouble(double.PositiveInfinity)).Message.Replace("Infinity", "∞"));
        Assert.Equal("Exact division by zero.", Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero).Message);
        Assert.Equal("Exact remainder by zero.", Assert.Throws<DivideByZeroException>(() => Rational.One % Rational.Zero).Message);
        Assert.Equal("Not a Rational.", Assert.Throws<ArgumentException>(() => Rational.One.CompareTo((object)1)).Message);
        Assert.Equal("'1/x' is not a rational literal (expected p/q, an integer or a decimal).",
            Assert.Throws<FormatException>(() => Rational.Parse("1/x")).Message);
        Assert.Equal("Dimension mismatch: 2 vs 1.", Assert.Throws<ArgumentException>(() => Vec.Dot<Rational>([1, 2], [1])).Message);
        Assert.Equal("Dimension mismatch: 1 vs 3.", Assert.Throws<ArgumentException>(() => Vec.Sub<Rational>([1], [1, 2, 3])).Message);
        Assert.Equal("Mean of no vectors.", Assert.Throws<ArgumentException>(() => Vec.Mean<Rational>([])).Message);
    }

    [Fact]
    public void Conversion_to_an_unsupported_type_is_refused()
    {
        var quarter = new Rational(1, 4);
        Assert.Throws<NotSupportedException>(() => int.CreateChecked(quarter));
        Assert.Throws<NotSupportedException>(() => float.CreateSaturating(quarter));
        Assert.Throws<NotSupportedException>(() => long.CreateTruncating(quarter));
        Assert.Throws<NotSupportedException>(() => BigInteger.CreateChecked(quarter));
    }

    [Fact]
    public void Default_value_has_the_canonical_representation()
    {
        var z = default(Rational);
        Assert.Equal(BigInteger.Zero, z.Numerator);
        Assert.Equal(BigInteger.One, z.Denominator);
        Assert.Equal(0, z.CompareTo(Rational.Zero));
        Assert.Equal(Rational.Zero.GetHashCode(), z.GetHashCode());
    }
}
