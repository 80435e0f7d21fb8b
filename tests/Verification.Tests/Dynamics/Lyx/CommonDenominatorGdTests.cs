using FsCheck.Xunit;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Geometry.Lyx;
using Verification.Models.Lyx;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Dynamics.Lyx;

/// <summary>
/// Exact GD over common denominators (<see cref="CommonDenominatorGd{T}"/>): the same trajectory as the generic rational
/// network <see cref="ConferenceNet{T}"/> (data with both labels and a bias), a weight denominator that never grows, its
/// bookkeeping and step budget. The overflow contract is in CommonDenominatorGdTests.Overflow.cs.
/// </summary>
[Trait("Paper", "LYX")]
public partial class CommonDenominatorGdTests
{
    /// <summary>One-dimensional data: the point x with label y, repeated.</summary>
    private static (Rational[] X, int Y)[] Point(Rational x, int y, int copies = 1) =>
        [.. Enumerable.Range(0, copies).Select(_ => (new[] { x }, y))];

    private static Rational[][] One(Rational v) => [[v]];

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

    [Property(MaxTest = 60)]
    public void Common_denominator_gd_is_the_rational_gd(int[] raw)
    {
        raw ??= [];
        var i = 0;
        int Next(int lo, int hi) { var r = i < raw.Length ? raw[i] : 0; i++; return lo + (int)(Math.Abs((long)r) % (hi - lo + 1)); }
        var (k, d, n) = (Next(1, 2), Next(1, 2), Next(1, 4));
        Rational Small() => Q(Next(-4, 4), Next(1, 3));
        var data = Enumerable.Range(0, n).Select(_ => (Enumerable.Range(0, d).Select(_ => Small()).ToArray(), Next(0, 1) == 1 ? 1 : -1)).ToList();
        var w = Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, d).Select(_ => Small()).ToArray()).ToArray();
        var u = Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, d).Select(_ => Small()).ToArray()).ToArray();
        var b = Q(Next(-2, 2), Next(1, 2));
        var eta = Q(Next(1, 3), Next(1, 4));
        var fast = new CommonDenominatorGd<Int128>(data, w, u, b, eta);
        var big = new CommonDenominatorGd<System.Numerics.BigInteger>(data, w, u, b, eta);
        var slow = new ConferenceNet<Rational>(w, u, b);
        var labelled = data.Select(p => (p.Item1, (Rational)p.Item2)).ToList();
        for (var t = 0; t < 6; t++)
        {
            var (fw, fu) = fast.Weights();
            Assert.Equal(slow.W, fw);
            Assert.Equal(slow.U, fu);
            Assert.Equal(fw, big.Weights().W);
            Assert.Equal(t, fast.Steps);
            var positive = labelled.Count(p => slow.Loss(p.Item1, p.Item2).Sign > 0);
            Assert.Equal(positive, big.Step());
            Assert.Equal(positive, fast.Step());
            if (positive == 0) { Assert.Equal(t, fast.Steps); return; }
            slow = slow.GdStep(labelled, eta);
        }
    }

    [Fact]
    public void Common_denominator_gd_bookkeeping()
    {
        // w only ever active on x₁ and u only on x₂ (x₁·x₂ < 0 keeps them apart), so GD reaches zero loss.
        List<(Rational[] X, int Y)> data = [([Q(1, 2), Q(1, 3)], 1), ([Q(-1, 4), -1], -1)];
        Rational[][] w = [[Q(11, 5), 0]];
        Rational[][] u = [[Q(1, 7), -1]];
        var gd = new CommonDenominatorGd<Int128>(data, w, u, Q(1, 2), Q(1, 3));
        Assert.Equal(12, gd.DataDenominator); // lcm(2, 3, 4, 1)
        // Q = lcm(denominator of η/(N·D) = 1/72, 5, 7) = 2520.
        Assert.Equal(2520, gd.Denominator);
        Assert.Equal(new Int128[] { 5544, 0 }, gd.W[0]);
        Assert.Equal(new Int128[] { 360, -2520 }, gd.U[0]);
        // Reaches zero loss: the hinge is inactive for both points after enough steps.
        Assert.True(gd.RunToZeroLoss(500));
        var net = new ConferenceNet<Rational>(gd.Weights().W, gd.Weights().U, Q(1, 2));
        Assert.All(data, p => Assert.Equal(Rational.Zero, net.Loss(p.X, p.Y)));
        var steps = gd.Steps;
        Assert.True(gd.RunToZeroLoss(5));
        Assert.Equal(steps, gd.Steps); // stationary
        var slow = new CommonDenominatorGd<Int128>(data, w, u, Q(1, 2), Q(1, 3));
        Assert.False(slow.RunToZeroLoss(0));
        Assert.Equal(1, slow.Steps); // RunToZeroLoss(0) still takes one step
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>([], w, u, 0, 1)).Message);
        Assert.Equal("The learning rate must be positive.", Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>(data, w, u, 0, 0)).Message);
        Assert.Equal("Need k ≥ 1 neurons w_j and the same number of u_j.",
            Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>(data, [], [], 0, 1)).Message);
        Assert.Equal("Dimensions differ.", Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>(data, [[1]], [[1]], 0, 1)).Message);
        Assert.Equal("Dimensions differ.",
            Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>([([1, 1], 1), ([1], 1)], [[1, 1]], [[1, 1]], 0, 1)).Message);
        Assert.Equal("Labels must be ±1.",
            Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>([([1, 1], 0)], [[1, 1]], [[1, 1]], 0, 1)).Message);
    }

    /// <summary>
    /// One point x = 1, y = +1, w = 1/100, u = 0, b = 0, η = 1/100: w_t = (1 + t)/100 in closed form, so the loss is 0 first at
    /// t = 99. With a budget of 1 step GD stops after the budget plus the final check (2 steps) without reaching zero loss.
    /// </summary>
    [Fact]
    public void Run_to_zero_loss_respects_the_step_budget()
    {
        var gd = new CommonDenominatorGd<Int128>(Point(1, 1), One(Q(1, 100)), One(0), 0, Q(1, 100));
        Assert.False(gd.RunToZeroLoss(1));
        Assert.Equal(2, gd.Steps);
        Assert.Equal(Q(3, 100), gd.Weights().W[0][0]);
        Assert.True(gd.RunToZeroLoss(200));
        Assert.Equal(Q(100, 100), gd.Weights().W[0][0]);
    }
}
