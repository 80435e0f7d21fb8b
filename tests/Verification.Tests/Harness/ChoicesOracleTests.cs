using System.Numerics;
using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Harness;
using Xunit;
using Interval = Verification.Harness.Interval;

namespace Verification.Tests.Harness;

/// <summary>
/// Every decoder of <see cref="Choices"/> against its specification written out independently: the exact value decoded
/// from a raw sequence (not only that it lies in range), the order 0, 1, −1, 2, −2, … of signed values, the denominator
/// search of <see cref="Choices.In"/> by brute force over numerators, and the number of raw values read.
/// </summary>
public class ChoicesOracleTests
{
    private static long Mag(int[] raw, int i) => i < raw.Length ? Math.Abs((long)raw[i]) : 0;

    /// <summary>The m-th integer in the order 0, 1, −1, 2, −2, …</summary>
    private static long SignedOracle(long m) => m == 0 ? 0 : m % 2 == 1 ? (m + 1) / 2 : -(m / 2);

    [Property(MaxTest = 300)]
    public void Int_Signed_Bool_and_Pick_decode_exactly(int[] raw, short lo0, byte width, byte maxAbs)
    {
        raw ??= [];
        var c = new Choices(raw);
        int lo = lo0, hi = lo0 + width;
        Assert.Equal(0, c.Used);
        Assert.Equal(lo + Mag(raw, 0) % (width + 1), c.Int(lo, hi));
        Assert.Equal(SignedOracle(Mag(raw, 1) % (2L * maxAbs + 1)), c.Signed(maxAbs));
        Assert.Equal(Mag(raw, 2) % 2 == 1, c.Bool());
        string[] items = ["a", "b", "c"];
        Assert.Equal(items[Mag(raw, 3) % 3], c.Pick(items));
        Assert.Equal(4, c.Used);
        Assert.Equal(raw.Length > 4 ? raw[4] : 0, c.Next());
        Assert.Equal(5, c.Used);
    }

    [Property(MaxTest = 300)]
    public void Rationals_decode_exactly(int[] raw, byte maxNum0, byte maxDen0)
    {
        raw ??= [];
        var (maxNum, maxDen) = (maxNum0 + 0, maxDen0 % 20 + 1);
        var c = new Choices(raw);
        var q = 1 + Mag(raw, 0) % maxDen;
        Assert.Equal(new Rational(SignedOracle(Mag(raw, 1) % (2L * maxNum + 1)), q), c.SmallRational(maxNum, maxDen));
        q = 1 + Mag(raw, 2) % maxDen;
        Assert.Equal(new Rational(Mag(raw, 3) % (maxNum + 1), q), c.NonNegativeRational(maxNum, maxDen));
        // Centred(maxAbs = maxNum/3): the numerator bound is ⌊maxAbs·q⌋.
        q = 1 + Mag(raw, 4) % maxDen;
        var bound = maxNum * q / 3;
        Assert.Equal(new Rational(SignedOracle(Mag(raw, 5) % (2 * bound + 1)), q), c.Centred(new Rational(maxNum, 3), maxDen));
        var v = c.SmallVector(3, maxNum, maxDen);
        for (var i = 0; i < 3; i++)
            Assert.Equal(new Rational(SignedOracle(Mag(raw, 7 + 2 * i) % (2L * maxNum + 1)), 1 + Mag(raw, 6 + 2 * i) % maxDen), v[i]);
        Assert.Equal(12, c.Used);
    }

    [Fact]
    public void Centred_caps_the_numerator_bound()
    {
        // ⌊maxAbs·q⌋ above int.MaxValue/2 is capped, so that 2·bound + 1 does not overflow.
        // raw magnitude 2^31 − 3 is odd, so it decodes to +(2^31 − 2)/2 = int.MaxValue/2, the capped bound itself.
        var c = new Choices([0, int.MaxValue - 2]);
        Assert.Equal(new Rational(int.MaxValue / 2, 1), c.Centred(new Rational(BigInteger.Pow(10, 12), 1), 1));
    }

    [Fact]
    public void Centred_uses_the_floor_of_maxAbs_times_q()
    {
        // Raw magnitudes above the bound, so that the modulus 2·bound + 1 shows: maxAbs = 5/3, q = 2: bound ⌊10/3⌋ = 3,
        // m = 100 mod 7 = 2 → −1, i.e. −1/2.
        Assert.Equal(new Rational(-1, 2), new Choices([1, 100]).Centred(new Rational(5, 3), 2));
        // maxAbs = 7/2, q = 3: bound ⌊21/2⌋ = 10, m = 1000 mod 21 = 13 → +7, i.e. 7/3.
        Assert.Equal(new Rational(7, 3), new Choices([2, 1000]).Centred(new Rational(7, 2), 3));
        // maxAbs = 4, q = 1: bound 4, m = 50 mod 9 = 5 → +3.
        Assert.Equal(new Rational(3, 1), new Choices([0, 50]).Centred(4, 5));
    }

    [Fact]
    public void In_offsets_over_spans_at_and_beyond_the_int_range()
    {
        // span = int.MaxValue exactly: the offset is |r| mod 2^31, so |int.MinValue| = 2^31 gives 0.
        Assert.Equal(Rational.Zero, new Choices([0, int.MinValue]).In(Interval.Closed(0, int.MaxValue), 1));
        Assert.Equal(new Rational(5, 1), new Choices([0, 5]).In(Interval.Closed(0, int.MaxValue), 1));
        // A span beyond long.MaxValue: the offset is the raw magnitude.
        var big = BigInteger.Pow(10, 20);
        Assert.Equal(new Rational(-big + 12345, 1), new Choices([0, 12345]).In(Interval.Closed(-big, big), 1));
    }

    [Fact]
    public void Contains_at_the_ends()
    {
        foreach (var (loOpen, hiOpen) in new[] { (false, false), (false, true), (true, false), (true, true) })
        {
            var i = new Interval(-1, loOpen, 2, hiOpen);
            Assert.Equal(!loOpen, i.Contains(-1));
            Assert.Equal(!hiOpen, i.Contains(2));
            Assert.True(i.Contains(0));
            Assert.False(i.Contains(new Rational(-3, 2)));
            Assert.False(i.Contains(new Rational(5, 2)));
        }
    }

    /// <summary>Whether lo ⋖ x ⋖ hi with the interval's open/closed ends, written out without Interval.Contains.</summary>
    private static bool Inside(Rational x, Rational lo, bool loOpen, Rational hi, bool hiOpen) =>
        (loOpen ? x.CompareTo(lo) > 0 : x.CompareTo(lo) >= 0) && (hiOpen ? x.CompareTo(hi) < 0 : x.CompareTo(hi) <= 0);

    [Property(MaxTest = 300)]
    public void In_decodes_the_first_denominator_with_a_point_then_the_numerator(int[] raw, sbyte a, sbyte b, byte den, bool loOpen, bool hiOpen)
    {
        raw ??= [];
        var (lo, hi) = (new Rational(Math.Min(a, b), den % 7 + 1), new Rational(Math.Max(a, b), den % 5 + 1));
        var maxDen = den % 9 + 1;
        var interval = new Interval(lo, loOpen, hi, hiOpen);
        var c = new Choices(raw);
        var first = 1 + Mag(raw, 0) % maxDen;
        // Brute force: the first denominator (cyclically from `first`) with numerators inside, and their range.
        for (var attempt = 0; attempt < maxDen; attempt++)
        {
            var q = (first - 1 + attempt) % maxDen + 1;
            var ps = Enumerable.Range(-200 * (int)q, 400 * (int)q + 1).Where(p => Inside(new Rational(p, q), lo, loOpen, hi, hiOpen)).ToList();
            if (ps.Count == 0) continue;
            var expected = new Rational(ps[0] + Mag(raw, 1) % ps.Count, q);
            Assert.Equal(expected, c.In(interval, maxDen));
            Assert.True(interval.Contains(expected));
            Assert.Equal(2, c.Used);
            return;
        }
        var e = Assert.Throws<ArgumentException>(() => c.In(interval, maxDen));
        Assert.Equal($"No rational with denominator ≤ {maxDen} in {interval}.", e.Message);
    }

    [Property(MaxTest = 300)]
    public void Contains_and_ToString_follow_the_ends(sbyte a, sbyte b, sbyte x, bool loOpen, bool hiOpen)
    {
        var interval = new Interval(new Rational(a, 2), loOpen, new Rational(b, 2), hiOpen);
        var point = new Rational(x, 2);
        Assert.Equal(Inside(point, interval.Low, loOpen, interval.High, hiOpen), interval.Contains(point));
        Assert.Equal((loOpen ? "(" : "[") + interval.Low + ", " + interval.High + (hiOpen ? ")" : "]"), interval.ToString());
    }

    [Fact]
    public void Interval_factories_and_huge_spans()
    {
        Assert.Equal(new Interval(0, true, 1, true), Interval.Open(0, 1));
        Assert.Equal(new Interval(0, false, 1, false), Interval.Closed(0, 1));
        Assert.Equal(new Interval(0, false, 1, true), Interval.ClosedOpen(0, 1));
        Assert.Equal(new Interval(0, true, 1, false), Interval.OpenClosed(0, 1));
        // A span of numerators beyond int.MaxValue: the offset is the raw magnitude itself.
        var huge = Interval.Closed(-BigInteger.Pow(10, 12), BigInteger.Pow(10, 12));
        Assert.Equal(new Rational(-BigInteger.Pow(10, 12) + int.MaxValue, 1), new Choices([0, int.MaxValue]).In(huge, 1));
        Assert.Equal(new Rational(-BigInteger.Pow(10, 12) + 5, 1), new Choices([0, -5]).In(huge, 1));
        // Single points and endpoints: [1/2, 1/2] has exactly one rational, and (0, 1] with denominator 1 only 1.
        Assert.Equal(new Rational(1, 2), new Choices([0, 7]).In(Interval.Closed(new Rational(1, 2), new Rational(1, 2)), 2));
        Assert.Equal(Rational.One, new Choices([0, 9]).In(Interval.OpenClosed(0, 1), 1));
        Assert.Equal(Rational.Zero, new Choices([0, 9]).In(Interval.ClosedOpen(0, 1), 1));
        Assert.Equal(new Rational(-3, 2), new Choices([1]).In(Interval.Open(-2, -1), 2)); // q = 2 first, then p ∈ {−3}
        Assert.Equal("Empty range [3, 2].", Assert.Throws<ArgumentException>(() => new Choices([]).Int(3, 2)).Message);
        Assert.Equal(3, new Choices([5]).Int(3, 3));
        Assert.Equal(0, new Choices([5]).Signed(0));
    }
}
