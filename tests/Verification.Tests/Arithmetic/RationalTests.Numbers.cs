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

/// <summary>Rational against exact integer references: ordering, the INumber predicates, rounding to double and back.</summary>
public partial class RationalTests
{
    /// <summary>Reference order: a/b &lt; c/d ⇔ a·d &lt; c·b for positive denominators.</summary>
    [Property(MaxTest = 300)]
    public bool Ordering_agrees_with_cross_multiplication(long a, PositiveInt b, long c, PositiveInt d)
    {
        var (x, y) = (Q(a, b.Get), Q(c, d.Get));
        var reference = (new BigInteger(a) * d.Get).CompareTo(new BigInteger(c) * b.Get);
        return Math.Sign(x.CompareTo(y)) == reference
            && (x < y) == (reference < 0) && (x <= y) == (reference <= 0)
            && (x > y) == (reference > 0) && (x >= y) == (reference >= 0)
            && (x == y) == (reference == 0) && (x != y) == (reference != 0)
            && x.Equals((object)y) == (reference == 0)
            && (reference != 0 || x.GetHashCode() == y.GetHashCode());
    }

    [Property(MaxTest = 300)]
    public bool Predicates_agree_with_their_definitions(long a, PositiveInt b)
    {
        var x = Q(a, b.Get);
        var integer = x.Denominator.IsOne;
        return Rational.IsInteger(x) == integer
            && Rational.IsEvenInteger(x) == (integer && x.Numerator.IsEven)
            && Rational.IsOddInteger(x) == (integer && !x.Numerator.IsEven)
            && Rational.IsNegative(x) == (x.Sign < 0)
            && Rational.IsPositive(x) == (x.Sign >= 0)
            && Rational.IsZero(x) == (x.Sign == 0)
            && Rational.IsNormal(x) == (x.Sign != 0)
            && Rational.Abs(x) == (x.Sign < 0 ? -x : x)
            && Rational.Abs(x).Sign >= 0
            && Rational.MaxMagnitude(x, -2 * x) == -2 * x
            && Rational.MinMagnitude(x, -2 * x) == x
            && Rational.MaxMagnitudeNumber(x, Q(1, 3)) == (Rational.Abs(x) >= Q(1, 3) ? x : Q(1, 3))
            && Rational.MinMagnitudeNumber(x, Q(1, 3)) == (Rational.Abs(x) <= Q(1, 3) ? x : Q(1, 3))
            && (x + 1) - 1 == x && +x == x && -(-x) == x;
    }

    [Fact]
    public void Fixed_predicates_and_increments()
    {
        var x = Q(7, 2);
        var y = x;
        y++;
        Assert.Equal(Q(9, 2), y);
        y--;
        y--;
        Assert.Equal(Q(5, 2), y);
        Assert.Equal(Q(1, 2), Q(7, 2) % 3);
        Assert.Throws<DivideByZeroException>(() => x % Rational.Zero);
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
        Assert.True(Rational.IsFinite(x) && Rational.IsRealNumber(x) && Rational.IsCanonical(x));
        Assert.False(Rational.IsNaN(x) || Rational.IsInfinity(x) || Rational.IsPositiveInfinity(x) || Rational.IsNegativeInfinity(x)
                     || Rational.IsComplexNumber(x) || Rational.IsImaginaryNumber(x) || Rational.IsSubnormal(x));
        Assert.Equal(2, Rational.Radix);
        Assert.Equal(Rational.Zero, Rational.AdditiveIdentity);
        Assert.Equal(Rational.One, Rational.MultiplicativeIdentity);
        Assert.Equal(-Rational.One, Rational.NegativeOne);
        Assert.Equal(1, x.CompareTo((object)Q(1, 2)));
        Assert.Throws<ArgumentException>(() => x.CompareTo("7/2"));
        Assert.Throws<ArgumentException>(() => Rational.FromFraction(Fractions.Fraction.NaN));
        Assert.Equal(Q(3, 4), Rational.FromFraction(new Fractions.Fraction(6, 8)));
        Assert.True(Q(1, 4).IsExactlyRepresentableAsDouble);
        Assert.False(Q(1, 3).IsExactlyRepresentableAsDouble);
    }

    [Fact]
    public void Generic_conversions()
    {
        Assert.Equal(Q(5, 1), Checked<Rational>(5));
        Assert.Equal(Q(5, 1), Checked<Rational>(5L));
        Assert.Equal(Q(5, 1), Checked<Rational>(new BigInteger(5)));
        Assert.Equal(Q(1, 4), Checked<Rational>(0.25));
        Assert.Equal(Q(1, 10), Checked<Rational>(0.1m));
        Assert.Equal(Q(1, 4), Saturating<Rational>(0.25));
        Assert.Equal(Q(1, 4), Truncating<Rational>(0.25));
        Assert.Throws<NotSupportedException>(() => Checked<Rational>(1.5f));
        Assert.Equal(0.25, double.CreateChecked(Q(1, 4)));
        Assert.Equal(0.25m, decimal.CreateChecked(Q(1, 4)));
        Assert.Equal(0.5, (double)Q(1, 2));
    }

    [Fact]
    public void Formatting_and_parsing()
    {
        Assert.Equal("-7/2", Q(-7, 2).ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal("3", Q(6, 2).ToString());
        var buffer = new char[4];
        Assert.True(Q(-7, 2).TryFormat(buffer, out var written, default, null));
        Assert.Equal("-7/2", new string(buffer, 0, written));
        Assert.False(Q(-17, 2).TryFormat(buffer, out written, default, null));
        Assert.Equal(0, written);
        Assert.Equal(Q(-7, 2), Rational.Parse("-7/2".AsSpan(), null));
        Assert.Equal(Q(-7, 2), Rational.Parse("-7/2", NumberStyles.Any, null));
        Assert.Equal(Q(-7, 2), Rational.Parse("-7/2".AsSpan(), NumberStyles.Any, null));
        Assert.True(Rational.TryParse(" -3.5 ".AsSpan(), null, out var p) && p == Q(-7, 2));
        Assert.True(Rational.TryParse("12", NumberStyles.Any, null, out p) && p == 12);
        Assert.True(Rational.TryParse("12".AsSpan(), NumberStyles.Any, null, out p) && p == 12);
        foreach (var bad in new[] { "", " ", "1/", "/2", "1/-2", "1/0", "x", "1/2/3", "1e5" })
            Assert.False(Rational.TryParse(bad, null, out _), bad);
        Assert.Throws<FormatException>(() => Rational.Parse("1/0"));
        Assert.Equal(Q(1, 2), Rational.Parse("2/4"));
    }

    /// <summary>ToDouble rounds to nearest: no neighbouring double is closer to the exact value.</summary>
    [Property(MaxTest = 300)]
    public bool ToDouble_rounds_to_the_nearest_double(long a, long b, byte shiftA, byte shiftB)
    {
        if (b == 0) return true;
        var x = new Rational(new BigInteger(a) << (shiftA % 200), new BigInteger(b) << (shiftB % 200));
        var d = x.ToDouble();
        if (!double.IsFinite(d)) return false;
        var error = Rational.Abs(x - Rational.FromDouble(d));
        var up = Math.BitIncrement(d);
        var down = Math.BitDecrement(d);
        return (!double.IsFinite(up) || error <= Rational.Abs(x - Rational.FromDouble(up)))
            && (!double.IsFinite(down) || error <= Rational.Abs(x - Rational.FromDouble(down)));
    }

    [Fact]
    public void ToDouble_of_extreme_values()
    {
        var tenTo400 = BigInteger.Pow(10, 400);
        Assert.Equal(10.0, new Rational(tenTo400 * 10 + 1, tenTo400).ToDouble());
        Assert.Equal(-10.0, new Rational(-tenTo400 * 10 - 1, tenTo400).ToDouble());
        Assert.Equal(double.Epsilon, new Rational(1, BigInteger.Pow(2, 1074)).ToDouble());
        Assert.Equal(9007199254740992.0, new Rational(BigInteger.Pow(2, 53) + 1, 1).ToDouble()); // a tie rounds to even
        Assert.Equal(9007199254740996.0, new Rational(BigInteger.Pow(2, 53) + 3, 1).ToDouble());
        Assert.Equal(1.0 / 3, Q(1, 3).ToDouble());
        Assert.Equal(0.0, Rational.Zero.ToDouble());
    }

    /// <summary>FromDouble is exact: every finite double, subnormals included, comes back unchanged, with the right sign.</summary>
    [Property(MaxTest = 500)]
    public bool FromDouble_is_exact(long bits)
    {
        var d = BitConverter.Int64BitsToDouble(bits);
        if (!double.IsFinite(d)) return Throws(() => Rational.FromDouble(d));
        var r = Rational.FromDouble(d);
        return r.ToDouble() == d && r.Sign == Math.Sign(d) && (d == 0 || Rational.IsInteger(r) == (Math.Floor(d) == d));
    }

    [Fact]
    public void FromDouble_of_known_values()
    {
        Assert.Equal(new Rational(3602879701896397, 36028797018963968), Rational.FromDouble(0.1));
        Assert.Equal(new Rational(BigInteger.One, BigInteger.Pow(2, 1074)), Rational.FromDouble(double.Epsilon));
        Assert.Equal(new Rational(-3, 2), Rational.FromDouble(-1.5));
        Assert.Equal(new Rational(BigInteger.Pow(2, 60), 1), Rational.FromDouble(Math.Pow(2, 60)));
    }

    private static T Checked<T>(object v) where T : INumberBase<T> => v switch
    {
        int i => T.CreateChecked(i), long l => T.CreateChecked(l), BigInteger b => T.CreateChecked(b), double d => T.CreateChecked(d),
        decimal m => T.CreateChecked(m), float f => T.CreateChecked(f), _ => throw new ArgumentException("type"),
    };

    private static T Saturating<T>(double v) where T : INumberBase<T> => T.CreateSaturating(v);

    private static T Truncating<T>(double v) where T : INumberBase<T> => T.CreateTruncating(v);

    private static bool Throws(Action a)
    {
        try { a(); return false; } catch (ArgumentException) { return true; }
    }
}
