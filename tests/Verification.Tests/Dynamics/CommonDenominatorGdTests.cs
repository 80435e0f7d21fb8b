using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Dynamics;

/// <summary>The invariants that make exact GD fast: the same trajectory as the generic rational implementation, and a
/// weight denominator that never grows.</summary>
public class CommonDenominatorGdTests
{
    [Theory]
    [InlineData(0, 1, 3, 1, 10)]
    [InlineData(1, 3, 2, 1, 4)]
    [InlineData(-1, 5, 4, 3, 7)]
    public void Same_trajectory_as_the_generic_rational_network(int bn, int bd, int k, int en, int ed)
    {
        var data = Rational880.Points().Where((_, i) => i % 22 == 0).ToList();
        var (w, u) = Rational880.Initialise(k, 7);
        var b = new Rational(bn, bd);
        var eta = new Rational(en, ed);
        var fast = new CommonDenominatorGd<Int128>(data, w, u, b, eta);
        var big = new CommonDenominatorGd<System.Numerics.BigInteger>(data, w, u, b, eta);
        var slow = new ConferenceNet<Rational>(w, u, b);
        var labelled = data.Select(p => (p.X, (Rational)p.Y)).ToList();
        for (var t = 0; t < 25; t++)
        {
            var (fw, fu) = fast.Weights();
            Assert.Equal(slow.W.SelectMany(v => v), fw.SelectMany(v => v));
            Assert.Equal(slow.U.SelectMany(v => v), fu.SelectMany(v => v));
            Assert.Equal(fw.SelectMany(v => v), big.Weights().W.SelectMany(v => v));
            var zero = slow.MeanLoss(labelled).Sign == 0;
            Assert.Equal(zero, fast.Step() == 0);
            Assert.Equal(zero, big.Step() == 0);
            if (zero) break;
            slow = slow.GdStep(labelled, eta);
        }
    }

    [Fact]
    public void Denominators_stay_bounded_over_a_long_run()
    {
        var (w, u) = Rational880.Initialise(3, 11);
        var fast = CommonDenominatorGd.Create(Rational880.Points(), w, u, Rational.Zero, new Rational(1, 10), 300);
        Assert.IsType<CommonDenominatorGd<Int128>>(fast);
        var q = fast.Denominator;
        fast.RunToZeroLoss(300);
        var (fw, fu) = fast.Weights();
        Assert.Equal(q, fast.Denominator);
        Assert.All(fw.Concat(fu).SelectMany(v => v), r => Assert.True((q % r.Denominator).IsZero));
    }

    [Fact]
    public void Bad_parameters_are_rejected_at_construction()
    {
        var (w, u) = Rational880.Initialise(2, 1);
        var data = Rational880.Points().Take(5).ToList();
        Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>(data, w, u, 0, new Rational(-1, 10)));
        Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>([], w, u, 0, 1));
        Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>(data, w, u.Take(1).ToArray(), 0, 1));
    }

    [Fact]
    public void Rational_880_points_lie_on_their_circles()
    {
        var points = Rational880.Points();
        Assert.Equal(880, points.Count);
        Assert.Equal(540, Rational880.LatticePointCount);
        for (var a = 10; a <= 20; a++)
        {
            var r2 = new Rational(400, a * a);
            Assert.All(points.Skip((a - 10) * 80).Take(80), p => Assert.Equal(r2, Vec.NormSquared<Rational>(p.X)));
        }
    }
}
