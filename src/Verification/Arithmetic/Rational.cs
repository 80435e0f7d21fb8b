using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Fractions;

namespace Verification.Arithmetic;

/// <summary>
/// An exact rational number p/q (q &gt; 0, gcd(p, q) = 1) over <see cref="Fraction"/>, implementing the
/// <see cref="INumber{TSelf}"/> operator interfaces so that one generic model runs over it and over <see cref="double"/>.
/// </summary>
/// <remarks>
/// Only the field operations and comparisons are exact. There is deliberately no square root, exponential or logarithm:
/// a claim about norms is decided by comparing squares (‖x‖ ≥ r ⇔ ‖x‖² ≥ r² for r ≥ 0), and points with rational norm are
/// built as rational points on spheres (<see cref="Geometry.RationalSphere"/>). NaN and infinities do not exist here: constructing
/// one (for example dividing by zero) throws <see cref="DivideByZeroException"/>.
/// </remarks>
public readonly struct Rational : INumber<Rational>, ISignedNumber<Rational>
{
    private readonly Fraction _raw; // normalised and finite; default(Fraction) has denominator 0 and stands for zero

    private Fraction _value => _raw.Denominator.IsZero ? Fraction.Zero : _raw;

    private Rational(Fraction value) => _raw = value;

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("Rational with zero denominator.");
        _raw = new Fraction(numerator, denominator, normalize: true);
    }

    public BigInteger Numerator => _value.Numerator;
    public BigInteger Denominator => _value.Denominator;

    public static Rational FromFraction(Fraction f)
    {
        if (f.IsNaN || f.IsInfinity) throw new ArgumentException("Rational values are finite: got " + f);
        return new Rational(f.Reduce());
    }

    /// <summary>The exact value of a finite double (every double is a dyadic rational).</summary>
    public static Rational FromDouble(double d)
    {
        if (!double.IsFinite(d)) throw new ArgumentException($"Rational values are finite: got {d}.", nameof(d));
        // Decoded from the bits by hand: Fraction.FromDouble loses subnormal values.
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        var shift = exponent - 1075; // value = mantissa · 2^shift
        BigInteger num = mantissa;
        if (bits < 0) num = -num;
        return shift >= 0 ? new Rational(num * BigInteger.Pow(2, shift), BigInteger.One) : new Rational(num, BigInteger.Pow(2, -shift));
    }

    /// <summary>
    /// The nearest double, ties to even (for results in the subnormal range the final scaling may round a second time).
    /// By hand because Fraction.ToDouble divides two rounded doubles, and a BigInteger-to-double cast truncates.
    /// </summary>
    public double ToDouble()
    {
        var n = Numerator;
        if (n.IsZero) return 0;
        var d = Denominator;
        var negative = n.Sign < 0;
        if (negative) n = -n;
        if (n.GetBitLength() <= 53 && d.GetBitLength() <= 53) return (negative ? -1 : 1) * ((double)n / (double)d); // IEEE division rounds once
        // q = ⌊n·2^shift / d⌋ with 54 bits: 53 for the significand and one rounding bit; the rest goes into a sticky bit.
        var shift = 54 - (int)(n.GetBitLength() - d.GetBitLength());
        var q = shift >= 0 ? BigInteger.DivRem(n << shift, d, out var rem) : BigInteger.DivRem(n, d << -shift, out rem);
        var sticky = !rem.IsZero;
        while (q.GetBitLength() > 54)
        {
            sticky |= !q.IsEven;
            q >>= 1;
            shift--;
        }
        var roundBit = !q.IsEven;
        var m = q >> 1;
        if (roundBit && (sticky || !m.IsEven)) m += 1;
        var result = Math.ScaleB((double)m, 1 - shift);
        return negative ? -result : result;
    }

    /// <summary>Whether this value converts to double without rounding (small numerator and power-of-two denominator).</summary>
    public bool IsExactlyRepresentableAsDouble => FromDouble(ToDouble()) == this;

    public static Rational Zero => new(Fraction.Zero);
    public static Rational One => new(Fraction.One);
    public static Rational NegativeOne => new(Fraction.MinusOne);
    public static int Radix => 2;
    public static Rational AdditiveIdentity => Zero;
    public static Rational MultiplicativeIdentity => One;

    public static implicit operator Rational(int value) => new(new Fraction(value));
    public static implicit operator Rational(long value) => new(new Fraction(value));
    public static implicit operator Rational(BigInteger value) => new(new Fraction(value));
    public static explicit operator double(Rational value) => value.ToDouble();

    public static Rational operator +(Rational a, Rational b) => new(a._value.Add(b._value));
    public static Rational operator -(Rational a, Rational b) => new(a._value.Subtract(b._value));
    public static Rational operator *(Rational a, Rational b) => new(a._value.Multiply(b._value));
    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZeroValue) throw new DivideByZeroException("Exact division by zero.");
        return new(a._value.Divide(b._value));
    }
    public static Rational operator %(Rational a, Rational b)
    {
        if (b.IsZeroValue) throw new DivideByZeroException("Exact remainder by zero.");
        return new(a._value.Remainder(b._value));
    }
    public static Rational operator -(Rational a) => new(a._value.Negate());
    public static Rational operator +(Rational a) => a;
    public static Rational operator ++(Rational a) => a + One;
    public static Rational operator --(Rational a) => a - One;

    public int CompareTo(Rational other) => _value.CompareTo(other._value);
    public int CompareTo(object? obj) => obj is Rational r ? CompareTo(r) : throw new ArgumentException("Not a Rational.");
    public bool Equals(Rational other) => CompareTo(other) == 0;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    private bool IsZeroValue => _value.Numerator.IsZero;

    /// <summary>The sign as −1, 0 or +1.</summary>
    public int Sign => _value.Numerator.Sign;

    /// <summary>The literal p/q (or p when q = 1) that <see cref="Parse(string, IFormatProvider?)"/> reads back.</summary>
    public override string ToString() => Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture)
        : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var s = ToString();
        if (s.Length > destination.Length) { charsWritten = 0; return false; }
        s.AsSpan().CopyTo(destination);
        charsWritten = s.Length;
        return true;
    }

    /// <summary>Parses "p/q", "p" or a plain decimal like "0.25" (read exactly, not through double).</summary>
    public static Rational Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var r) ? r : throw new FormatException($"'{s}' is not a rational literal (expected p/q, an integer or a decimal).");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Rational result)
    {
        result = Zero;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (!BigInteger.TryParse(s[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)) return false;
            if (!BigInteger.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q.IsZero) return false;
            result = new Rational(p, q);
            return true;
        }
        if (decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            result = new Rational(Fraction.FromDecimal(d));
            return true;
        }
        return false;
    }

    public static Rational Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Rational result) => TryParse(s.ToString(), provider, out result);
    public static Rational Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider) => Parse(s.ToString(), provider);
    public static Rational Parse(string s, NumberStyles style, IFormatProvider? provider) => Parse(s, provider);
    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out Rational result) =>
        TryParse(s.ToString(), provider, out result);
    public static bool TryParse([NotNullWhen(true)] string? s, NumberStyles style, IFormatProvider? provider, out Rational result) =>
        TryParse(s, provider, out result);

    public static Rational Abs(Rational value) => value.Sign < 0 ? -value : value;
    public static bool IsCanonical(Rational value) => true;
    public static bool IsComplexNumber(Rational value) => false;
    public static bool IsEvenInteger(Rational value) => value.Denominator.IsOne && value.Numerator.IsEven;
    public static bool IsFinite(Rational value) => true;
    public static bool IsImaginaryNumber(Rational value) => false;
    public static bool IsInfinity(Rational value) => false;
    public static bool IsInteger(Rational value) => value.Denominator.IsOne;
    public static bool IsNaN(Rational value) => false;
    public static bool IsNegative(Rational value) => value.Sign < 0;
    public static bool IsNegativeInfinity(Rational value) => false;
    public static bool IsNormal(Rational value) => value.Sign != 0;
    public static bool IsOddInteger(Rational value) => value.Denominator.IsOne && !value.Numerator.IsEven;
    public static bool IsPositive(Rational value) => value.Sign >= 0;
    public static bool IsPositiveInfinity(Rational value) => false;
    public static bool IsRealNumber(Rational value) => true;
    public static bool IsSubnormal(Rational value) => false;
    public static bool IsZero(Rational value) => value.Sign == 0;
    public static Rational MaxMagnitude(Rational x, Rational y) => Abs(x) >= Abs(y) ? x : y;
    public static Rational MaxMagnitudeNumber(Rational x, Rational y) => MaxMagnitude(x, y);
    public static Rational MinMagnitude(Rational x, Rational y) => Abs(x) <= Abs(y) ? x : y;
    public static Rational MinMagnitudeNumber(Rational x, Rational y) => MinMagnitude(x, y);

    static bool INumberBase<Rational>.TryConvertFromChecked<TOther>(TOther value, out Rational result) => TryConvertFrom(value, out result);
    static bool INumberBase<Rational>.TryConvertFromSaturating<TOther>(TOther value, out Rational result) => TryConvertFrom(value, out result);
    static bool INumberBase<Rational>.TryConvertFromTruncating<TOther>(TOther value, out Rational result) => TryConvertFrom(value, out result);
    static bool INumberBase<Rational>.TryConvertToChecked<TOther>(Rational value, [MaybeNullWhen(false)] out TOther result) => TryConvertTo(value, out result);
    static bool INumberBase<Rational>.TryConvertToSaturating<TOther>(Rational value, [MaybeNullWhen(false)] out TOther result) =>
        TryConvertTo(value, out result);
    static bool INumberBase<Rational>.TryConvertToTruncating<TOther>(Rational value, [MaybeNullWhen(false)] out TOther result) =>
        TryConvertTo(value, out result);

    private static bool TryConvertFrom<TOther>(TOther value, out Rational result) where TOther : INumberBase<TOther>
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case BigInteger b: result = b; return true;
            case double d when double.IsFinite(d): result = FromDouble(d); return true;
            case decimal m: result = new Rational(Fraction.FromDecimal(m)); return true;
            default: result = Zero; return false;
        }
    }

    private static bool TryConvertTo<TOther>(Rational value, [MaybeNullWhen(false)] out TOther result) where TOther : INumberBase<TOther>
    {
        if (typeof(TOther) == typeof(double)) { result = (TOther)(object)value.ToDouble(); return true; }
        if (typeof(TOther) == typeof(decimal)) { result = (TOther)(object)value._value.ToDecimal(); return true; }
        result = default;
        return false;
    }
}
