using FsCheck.Xunit;
using System.Numerics;
using Verification.Arithmetic;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Arithmetic;

/// <summary>Edge cases of Rational: the exception messages (they tell a user which hypothesis was violated), conversion to
/// unsupported types, the default value, and rounding of wide integers to double with a sticky bit.</summary>
public partial class RationalTests
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

    /// <summary>
    /// Integers wider than 54 bits: the bits below the rounding bit must act as a sticky bit. 2^55 + 5 lies between the doubles
    /// 2^55 and 2^55 + 8 (spacing 8), nearer the upper one, which a lost sticky bit would turn into a tie rounded down.
    /// </summary>
    [Fact]
    public void Wide_integers_round_with_a_sticky_bit()
    {
        var two55 = BigInteger.Pow(2, 55);
        Assert.Equal(36028797018963976.0, new Rational(two55 + 5, 1).ToDouble());
        Assert.Equal(36028797018963968.0, new Rational(two55 + 4, 1).ToDouble()); // an exact tie: to even
        Assert.Equal(36028797018963984.0, new Rational(two55 + 12, 1).ToDouble()); // a tie, to even (upwards)
        Assert.Equal(-36028797018963976.0, new Rational(-two55 - 5, 1).ToDouble());
    }

    /// <summary>Integers of up to 127 bits round to the nearest double (no neighbour is closer).</summary>
    [Property(MaxTest = 300)]
    public bool Wide_integers_round_to_nearest(long hi, ulong lo, byte cut)
    {
        var n = ((new BigInteger(hi) << 64) + lo) >> (cut % 70);
        var x = new Rational(n, 1);
        var d = x.ToDouble();
        var error = Rational.Abs(x - Rational.FromDouble(d));
        return error <= Rational.Abs(x - Rational.FromDouble(Math.BitIncrement(d)))
            && error <= Rational.Abs(x - Rational.FromDouble(Math.BitDecrement(d)));
    }
}
