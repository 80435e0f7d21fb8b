using System.Numerics;
using Verification.Arithmetic;

namespace Verification.Harness;

/// <summary>
/// The free parameters of one generated case: a sequence of raw integers that a parameterisation decodes into an instance
/// satisfying the claim's hypotheses. FsCheck (in <c>check</c> and <c>dotnet test</c>) and Hedgehog (in <c>fuzz</c>) both
/// generate and shrink this sequence, so a generator is written once, as a decoder, and every shrunk sequence still decodes
/// to a valid instance. Reads past the end return 0, and 0 always decodes to the simplest value of a range, so shrinking
/// towards short sequences of zeros means shrinking towards small integers and small denominators.
/// </summary>
public sealed class Choices
{
    private readonly int[] _raw;
    private int _position;

    public Choices(int[] raw) => _raw = raw;

    /// <summary>How many raw choices were read (the rest of the sequence is irrelevant to the case).</summary>
    public int Used => _position;

    public int Next()
    {
        var r = _position < _raw.Length ? _raw[_position] : 0;
        _position++;
        return r;
    }

    private long NextMagnitude() => Math.Abs((long)Next());

    /// <summary>An integer in [lo, hi]; raw 0 gives lo.</summary>
    public int Int(int lo, int hi)
    {
        if (lo > hi) throw new ArgumentException($"Empty range [{lo}, {hi}].");
        return (int)(lo + NextMagnitude() % ((long)hi - lo + 1));
    }

    /// <summary>An integer in [−maxAbs, maxAbs] in the order 0, 1, −1, 2, −2, … so that shrinking goes towards 0.</summary>
    public int Signed(int maxAbs)
    {
        var m = NextMagnitude() % (2L * maxAbs + 1);
        return (int)(m % 2 == 1 ? (m + 1) / 2 : -m / 2);
    }

    public bool Bool() => Int(0, 1) == 1;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count - 1)];

    /// <summary>A rational n/q with |n| ≤ maxAbsNumerator and 1 ≤ q ≤ maxDenominator (simplest first).</summary>
    public Rational SmallRational(int maxAbsNumerator, int maxDenominator)
    {
        var q = Int(1, maxDenominator);
        return new Rational(Signed(maxAbsNumerator), q);
    }

    /// <summary>A rational n/q in [−maxAbs, maxAbs] with 1 ≤ q ≤ maxDenominator, 0 first (n shrinks towards 0).</summary>
    public Rational Centred(Rational maxAbs, int maxDenominator)
    {
        var q = Int(1, maxDenominator);
        var bound = (int)BigInteger.Min(int.MaxValue / 2, BigInteger.Divide((maxAbs * q).Numerator, (maxAbs * q).Denominator));
        return new Rational(Signed(bound), q);
    }

    /// <summary>A non-negative rational n/q with n ≤ maxNumerator.</summary>
    public Rational NonNegativeRational(int maxNumerator, int maxDenominator)
    {
        var q = Int(1, maxDenominator);
        return new Rational(Int(0, maxNumerator), q);
    }

    /// <summary>
    /// A rational in the interval from lo to hi (each end open or closed) with denominator at most maxDenominator, simplest
    /// denominators first. Throws if no such rational exists.
    /// </summary>
    public Rational In(Interval interval, int maxDenominator = 64)
    {
        var first = Int(1, maxDenominator);
        for (var attempt = 0; attempt < maxDenominator; attempt++)
        {
            var q = (first - 1 + attempt) % maxDenominator + 1;
            if (interval.Grid(q) is var (pmin, pmax) && pmin <= pmax)
            {
                var span = pmax - pmin;
                var offset = span > int.MaxValue ? new BigInteger(NextMagnitude()) : new BigInteger(NextMagnitude() % ((long)span + 1));
                return new Rational(pmin + BigInteger.Min(offset, span), q);
            }
        }
        throw new ArgumentException($"No rational with denominator ≤ {maxDenominator} in {interval}.");
    }

    /// <summary>A vector of d small rationals.</summary>
    public Rational[] SmallVector(int d, int maxAbsNumerator, int maxDenominator)
    {
        var v = new Rational[d];
        for (var i = 0; i < d; i++) v[i] = SmallRational(maxAbsNumerator, maxDenominator);
        return v;
    }
}

/// <summary>An interval of rationals with open or closed ends, for parameterisations such as α ∈ (0, 1).</summary>
public sealed record Interval(Rational Low, bool LowOpen, Rational High, bool HighOpen)
{
    public static Interval Open(Rational lo, Rational hi) => new(lo, true, hi, true);
    public static Interval Closed(Rational lo, Rational hi) => new(lo, false, hi, false);
    public static Interval ClosedOpen(Rational lo, Rational hi) => new(lo, false, hi, true);
    public static Interval OpenClosed(Rational lo, Rational hi) => new(lo, true, hi, false);

    public bool Contains(Rational x) => (LowOpen ? x > Low : x >= Low) && (HighOpen ? x < High : x <= High);

    /// <summary>The numerators p with p/q inside, as an inclusive range.</summary>
    internal (BigInteger, BigInteger)? Grid(int q)
    {
        var lo = Low * q;
        var hi = High * q;
        var pmin = Ceiling(lo);
        if (LowOpen && pmin == lo) pmin += 1;
        var pmax = Floor(hi);
        if (HighOpen && pmax == hi) pmax -= 1;
        return (pmin.Numerator, pmax.Numerator);
    }

    private static Rational Floor(Rational x) => BigInteger.Divide(x.Numerator - (x.Numerator.Sign < 0 ? x.Denominator - 1 : 0), x.Denominator);
    private static Rational Ceiling(Rational x) => -Floor(-x);

    public override string ToString() => $"{(LowOpen ? "(" : "[")}{Low}, {High}{(HighOpen ? ")" : "]")}";
}
