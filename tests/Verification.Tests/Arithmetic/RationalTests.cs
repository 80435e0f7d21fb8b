using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using Verification.Arithmetic;
using Verification.Geometry;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Arithmetic;

public partial class RationalTests
{
    [Fact]
    public void Default_value_is_zero_and_behaves_as_zero()
    {
        var z = default(Rational);
        Assert.Equal(Rational.Zero, z);
        Assert.Equal(Rational.One, z + 1);
        Assert.Equal("0", z.ToString());
        Assert.Equal(0, (new Rational[3])[2].Sign);
    }

    [Fact]
    public void Literals_round_trip_and_are_normalised()
    {
        Assert.Equal("3/2", new Rational(6, 4).ToString());
        Assert.Equal("-3/2", new Rational(3, -2).ToString());
        Assert.Equal(new Rational(1, 4), Rational.Parse("0.25"));
        Assert.Equal(new Rational(-7, 3), Rational.Parse("-7/3"));
        Assert.False(Rational.TryParse("1/0", null, out _));
        Assert.False(Rational.TryParse("abc", null, out _));
        Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);
        Assert.Throws<ArgumentException>(() => Rational.FromDouble(double.NaN));
    }

    [Property(MaxTest = 200)]
    public bool Field_operations_agree_with_double_on_small_integers(int a, int b, int c, int d)
    {
        if (b == 0 || d == 0) return true;
        var x = new Rational(a, b);
        var y = new Rational(c, d);
        var exact = ((x + y) * (x - y)).ToDouble();
        var approx = ((double)a / b + (double)c / d) * ((double)a / b - (double)c / d);
        return Math.Abs(exact - approx) <= 1e-12 * Math.Max(1, Math.Abs(approx));
    }

    [Property(MaxTest = 200)]
    public bool Doubles_convert_exactly(double v) => !double.IsFinite(v) || Rational.FromDouble(v).ToDouble() == v;

    [Fact]
    public void Generic_math_runs_the_same_code_in_both_arithmetics()
    {
        Rational[] x = [new(1, 3), new(-2, 7)];
        double[] y = [1.0 / 3, -2.0 / 7];
        Assert.Equal(Vec.Dot<Rational>(x, x).ToDouble(), Vec.Dot<double>(y, y), 15);
    }
}
