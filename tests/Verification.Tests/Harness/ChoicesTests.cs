using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Xunit;
using Interval = Verification.Harness.Interval;

namespace Verification.Tests.Harness;

public class ChoicesTests
{
    [Fact]
    public void Zero_choices_decode_to_the_simplest_values()
    {
        var c = new Choices([]);
        Assert.Equal(3, c.Int(3, 9));
        Assert.Equal(0, c.Signed(5));
        Assert.Equal(new Rational(1, 2), c.In(Interval.Open(0, 1)));
        Assert.Equal(Rational.Zero, c.Centred(3, 64));
        Assert.False(c.Bool());
    }

    [Property(MaxTest = 300)]
    public bool Decoded_values_respect_their_ranges(int[] raw)
    {
        var c = new Choices(raw ?? []);
        var i = c.Int(-2, 5);
        var s = c.Signed(4);
        var a = c.In(Interval.Open(0, 1), 32);
        var b = c.In(Interval.ClosedOpen(-1, 1), 8);
        var t = c.Centred(3, 64);
        return i is >= -2 and <= 5 && s is >= -4 and <= 4 && a > 0 && a < 1 && b >= -1 && b < 1 && Rational.Abs(t) <= 3;
    }

    [Property(MaxTest = 200)]
    public bool Deviations_have_mean_zero_and_lie_in_the_ball(int[] raw, PositiveInt k0, PositiveInt d0)
    {
        var (k, d) = (k0.Get % 8 + 1, d0.Get % 4 + 1);
        var c = new Choices(raw ?? []);
        var xHat = RationalSphere.UnitVector(c, d);
        Rational r = new(3, 2);
        var devs = ClusteredNetworks.Deviations(c, k, d, r, xHat);
        var sum = devs.Aggregate(new Rational[d].Select(_ => Rational.Zero).ToArray(), Vec.Add);
        return sum.All(x => x.Sign == 0) && devs.All(v => Vec.NormSquared<Rational>(v) <= r * r);
    }

    [Property(MaxTest = 100)]
    public bool Square_root_upper_bound_is_an_upper_bound(PositiveInt n, PositiveInt m)
    {
        var q = new Rational(n.Get, m.Get);
        var b = ClusteredNetworks.SquareRootUpperBound(q);
        return b * b >= q && b.ToDouble() <= Math.Sqrt(q.ToDouble()) * 1.02;
    }
}
