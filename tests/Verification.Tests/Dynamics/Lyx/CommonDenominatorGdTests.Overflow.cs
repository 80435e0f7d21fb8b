using FsCheck.Xunit;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Dynamics.Lyx;

/// <summary>
/// The argument checks and the overflow contract of <see cref="CommonDenominatorGd{T}"/> ("checked arithmetic: an overflow
/// throws", which <see cref="CommonDenominatorGd.Create"/> relies on to fall back to BigInteger), and the Int128/BigInteger
/// choice of Create.
/// </summary>
public partial class CommonDenominatorGdTests
{
    [Fact]
    public void Create_falls_back_to_big_integers_when_int128_would_overflow()
    {
        List<(Rational[] X, int Y)> data = [([Q(1, 2), Q(1, 3)], 1), ([Q(-1, 4), 1], -1)];
        Assert.IsType<CommonDenominatorGd<Int128>>(CommonDenominatorGd.Create(data, [[Q(1, 5), 0]], [[0, Q(1, 7)]], 0, Q(1, 3), 100));
        var huge = System.Numerics.BigInteger.Pow(10, 30);
        List<(Rational[] X, int Y)> wide = [([new Rational(1, huge + 1), 1], 1)];
        Assert.IsType<CommonDenominatorGd<System.Numerics.BigInteger>>(CommonDenominatorGd.Create(wide, [[1, 0]], [[0, 1]], 0, Q(1, 3), 100));
        // Fits at first, but not for the requested number of steps.
        var big = System.Numerics.BigInteger.Pow(10, 15);
        List<(Rational[] X, int Y)> mid = [([new Rational(1, big), 1], 1)];
        Assert.IsType<CommonDenominatorGd<Int128>>(CommonDenominatorGd.Create(mid, [[1, 0]], [[0, 1]], 0, Q(1, 3), 1));
        Assert.IsType<CommonDenominatorGd<System.Numerics.BigInteger>>(CommonDenominatorGd.Create(mid, [[1, 0]], [[0, 1]], 0, Q(1, 3), 1_000_000_000));
    }

    /// <summary>
    /// Create picks Int128 only when the worst case after maxSteps fits with a factor 8 of room: max|weight numerator| after
    /// one step × maxSteps × max|data numerator| × 8 ≤ Int128.MaxValue (2¹²⁷ − 1). With integer data, η = 1, N = 1, b = −1
    /// (every neuron active) and zero weights, one step moves w and u by ±x, so the bound is |x|²·maxSteps·8.
    /// </summary>
    [Fact]
    public void Create_chooses_big_integers_when_the_bound_after_one_step_overflows()
    {
        var maxSteps = int.MaxValue; // 2³¹ − 1
        Rational[][] Zero() => [[Rational.Zero, Rational.Zero]];
        // |x| = 2⁴⁷: before the step the bound is 2⁴⁷·2³¹·8 = 2⁸¹ (fits), after it 2⁹⁴·(2³¹ − 1)·8 ≈ 2¹²⁸ (overflows), and
        // without the factor 8 ≈ 2¹²⁵ (fits): only the bound after the step with its room decides BigInteger.
        (Rational[] X, int Y)[] data = [([Q(BigInteger.Pow(2, 47), 1), Rational.Zero], 1)];
        Assert.IsType<CommonDenominatorGd<BigInteger>>(CommonDenominatorGd.Create(data, Zero(), Zero(), -Rational.One, Rational.One, maxSteps));
        // With a few steps the same data fits in Int128 (2⁹⁴·10·8 < 2¹²⁷).
        Assert.IsType<CommonDenominatorGd<Int128>>(CommonDenominatorGd.Create(data, Zero(), Zero(), -Rational.One, Rational.One, 10));
        // The largest weight sits in U: |u| = 2⁹⁵ with |x| = 1 gives ≈ 2⁹⁵·2³¹·8 = 2¹²⁹ (overflows); W alone would fit.
        (Rational[] X, int Y)[] unit = [([Rational.One, Rational.Zero], 1)];
        Rational[][] bigU = [[Q(BigInteger.Pow(2, 95), 1), Rational.Zero]];
        Assert.IsType<CommonDenominatorGd<BigInteger>>(CommonDenominatorGd.Create(unit, Zero(), bigU, -Rational.One, Rational.One, maxSteps));
        Assert.IsType<CommonDenominatorGd<BigInteger>>(CommonDenominatorGd.Create(unit, bigU, Zero(), -Rational.One, Rational.One, maxSteps));
        Assert.IsType<CommonDenominatorGd<Int128>>(CommonDenominatorGd.Create(unit, Zero(), Zero(), -Rational.One, Rational.One, maxSteps));
    }

    [Fact]
    public void Constructor_rejects_a_single_weight_of_the_wrong_dimension()
    {
        (Rational[] X, int Y)[] data = [([1, 1], 1)];
        Assert.Throws<ArgumentException>(() =>
            new CommonDenominatorGd<Int128>(data, [[1, 1]], [[1]], 0, 1)); // only u_1 is wrong
    }

    [Fact]
    public void Constructor_rejects_a_single_label_that_is_not_plus_or_minus_one()
    {
        (Rational[] X, int Y)[] data = [([1], 1), ([1], 2)]; // only the second label is wrong
        Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>(data, One(1), One(0), 0, 1));
    }

    /// <summary>Q·D·b_d = 2^30·2^30·2^40 = 2^100 does not fit in a long: the constructor must throw, not wrap.</summary>
    [Fact]
    public void Constructor_throws_when_the_common_denominator_overflows()
    {
        var data = Point(Q(1, BigInteger.One << 30), 1); // D = 2^30, η/(N·D) = 2^-30 so Q = 2^30
        Assert.Throws<OverflowException>(() =>
            new CommonDenominatorGd<long>(data, One(0), One(0), Q(1, BigInteger.One << 40), 1));
    }

    /// <summary>Q·D·b_d = 2^60 fits but b_n·Q·D = 2^40·2^60 does not.</summary>
    [Fact]
    public void Constructor_throws_when_the_bias_term_overflows()
    {
        var data = Point(Q(1, BigInteger.One << 30), 1);
        Assert.Throws<OverflowException>(() =>
            new CommonDenominatorGd<long>(data, One(0), One(0), BigInteger.One << 40, 1));
    }

    /// <summary>⟨w, x⟩ = (3·2^40)² ≈ 2^83: the dot product overflows in the first step.</summary>
    [Fact]
    public void Step_throws_when_the_dot_product_overflows()
    {
        var big = 3 * (BigInteger.One << 40);
        var gd = new CommonDenominatorGd<long>(Point(big, 1), One(big), One(0), 0, 1);
        Assert.Throws<OverflowException>(() => gd.Step());
    }

    /// <summary>⟨w, x⟩ = 2^40 fits, times b_d = 2^30 does not.</summary>
    [Fact]
    public void Step_throws_when_the_scaled_preactivation_overflows()
    {
        var h = BigInteger.One << 20;
        var gd = new CommonDenominatorGd<long>(Point(h, 1), One(h), One(0), Q(1, BigInteger.One << 30), 1);
        Assert.Throws<OverflowException>(() => gd.Step());
    }

    /// <summary>Two points x = 3·2^61 with y = −1 and w active: Σ y x = −3·2^62 &lt; long.MinValue.</summary>
    [Fact]
    public void Step_throws_when_the_w_gradient_sum_overflows()
    {
        var x = 3 * (BigInteger.One << 61);
        var gd = new CommonDenominatorGd<long>(Point(x, -1, 2), One(1), One(0), 0, 2); // η/(N·D) = 1
        Assert.Throws<OverflowException>(() => gd.Step());
    }

    [Fact]
    public void Step_throws_when_the_u_gradient_sum_overflows()
    {
        var x = 3 * (BigInteger.One << 61);
        var gd = new CommonDenominatorGd<long>(Point(x, 1, 2), One(0), One(1), 0, 2);
        Assert.Throws<OverflowException>(() => gd.Step());
    }

    /// <summary>Step numerator η/(N·D)·Q = 2^62 times the gradient numerator −3 does not fit.</summary>
    [Fact]
    public void Step_throws_when_the_w_update_overflows()
    {
        var gd = new CommonDenominatorGd<long>(Point(3, -1), One(1), One(0), 0, BigInteger.One << 62);
        Assert.Throws<OverflowException>(() => gd.Step());
    }

    [Fact]
    public void Step_throws_when_the_u_update_overflows()
    {
        var gd = new CommonDenominatorGd<long>(Point(3, 1), One(0), One(1), 0, BigInteger.One << 62);
        Assert.Throws<OverflowException>(() => gd.Step());
    }
}
