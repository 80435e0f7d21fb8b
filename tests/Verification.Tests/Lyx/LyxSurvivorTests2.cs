using System.Numerics;
using Verification.Arithmetic;
using Verification.Dynamics.Lyx;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Lyx;

/// <summary>
/// Edge cases left unpinned by the quiet-machine LYX mutation run: the argument checks and the overflow contract of exact GD
/// over common denominators ("checked arithmetic: an overflow throws", which <see cref="CommonDenominatorGd.Create"/> relies on
/// to fall back to BigInteger), its step budget, the Box–Muller sampler's rejection of u₁ = 0, the GC entry bookkeeping of the
/// polar-grid run, the subgradient's factor y, and Assumption 1's "every class owns a neuron".
/// </summary>
[Trait("Paper", "LYX")]
public class LyxSurvivorTests2
{
    private static Rational R(BigInteger n, BigInteger d) => new(n, d);

    private static (Rational[] X, int Y)[] Point(Rational x, int y, int copies = 1) =>
        [.. Enumerable.Range(0, copies).Select(_ => (new[] { x }, y))];

    private static Rational[][] One(Rational v) => [[v]];

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
        var data = Point(R(1, BigInteger.One << 30), 1); // D = 2^30, η/(N·D) = 2^-30 so Q = 2^30
        Assert.Throws<OverflowException>(() =>
            new CommonDenominatorGd<long>(data, One(0), One(0), R(1, BigInteger.One << 40), 1));
    }

    /// <summary>Q·D·b_d = 2^60 fits but b_n·Q·D = 2^40·2^60 does not.</summary>
    [Fact]
    public void Constructor_throws_when_the_bias_term_overflows()
    {
        var data = Point(R(1, BigInteger.One << 30), 1);
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
        var gd = new CommonDenominatorGd<long>(Point(h, 1), One(h), One(0), R(1, BigInteger.One << 30), 1);
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

    /// <summary>
    /// One point x = 1, y = +1, w = 1/100, u = 0, b = 0, η = 1/100: w_t = (1 + t)/100 in closed form, so the loss is 0 first at
    /// t = 99. With a budget of 1 step GD stops after the budget plus the final check (2 steps) without reaching zero loss.
    /// </summary>
    [Fact]
    public void Run_to_zero_loss_respects_the_step_budget()
    {
        var gd = new CommonDenominatorGd<Int128>(Point(1, 1), One(R(1, 100)), One(0), 0, R(1, 100));
        Assert.False(gd.RunToZeroLoss(1));
        Assert.Equal(2, gd.Steps);
        Assert.Equal(R(3, 100), gd.Weights().W[0][0]);
        Assert.True(gd.RunToZeroLoss(200));
        Assert.Equal(R(100, 100), gd.Weights().W[0][0]);
    }

    /// <summary>From state 0 the SplitMix64 output is mix(0) = 0, so the first uniform is exactly 0: Box–Muller must reject it
    /// (log 0 = −∞) and use the next two uniforms.</summary>
    [Fact]
    public void Normal_rejects_a_zero_uniform()
    {
        var seed = unchecked(0UL - 0x9E3779B97F4A7C15); // the first Next() sees state 0
        var probe = new SplitMix64(seed);
        Assert.Equal(0.0, probe.Uniform());
        var rng = new SplitMix64(seed);
        var n = rng.Normal();
        Assert.True(double.IsFinite(n), $"Normal() = {n}");
        var u1 = probe.Uniform();
        var u2 = probe.Uniform();
        Assert.Equal(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), n);
    }

    /// <summary>Box–Muller written out: √(−2 ln u₁)·cos(2π u₂) on the next two uniforms (the struct copy replays the stream).
    /// The first output of SplitMix64 from seed 0 is the published 0xE220A8397B1DCDAF.</summary>
    [Fact]
    public void Normal_is_box_muller_on_consecutive_uniforms()
    {
        Assert.Equal(0xE220A8397B1DCDAFUL, new SplitMix64(0).Next());
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var rng = new SplitMix64(seed);
            var copy = rng;
            var n = rng.Normal();
            var u1 = copy.Uniform();
            var u2 = copy.Uniform();
            Assert.True(u1 > 0);
            Assert.Equal(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), n);
        }
    }

    /// <summary>
    /// w_j at angles 0, 2π/3, 4π/3 satisfy GC at t = 0 and keep their directions (only w_1 is active on the single point
    /// ω = (1, 0), r = 1, and moves along ω): GcEntry must stay 0, the first t at which GC holds.
    /// </summary>
    [Fact]
    public void Gc_entry_is_zero_when_gc_holds_at_the_start_and_stays_zero()
    {
        var gd = new PolarGridGd([1.0], [0.0]);
        var c = Math.Cos(2 * Math.PI / 3);
        var s = Math.Sin(2 * Math.PI / 3);
        var state = new PolarGridGd.State([0.1, c, c], [0, s, -s], [0, 0, 0], [0, 0, 0]);
        var run = gd.Run(state, 0.5, 10);
        Assert.True(run.GcAtStart);
        Assert.True(run.Converged);
        Assert.Equal(2, run.Iterations); // g = 0.1 → 0.6 → 1.1
        Assert.Equal(0, run.GcEntry);
    }

    /// <summary>
    /// The subgradient −y x of max{1 − y f, 0} holds for any real y, not only ±1 (where y = 1/y hides a wrong factor): with
    /// y = 1/2, w = 1, u = 1/2, b = 0, x = 1 the loss is 1 − (w − u)/2 near the point, so the exact difference quotients are
    /// ∂/∂w = −1/2 and ∂/∂u = +1/2.
    /// </summary>
    [Fact]
    public void Subgradient_carries_the_factor_y()
    {
        var y = R(1, 2);
        var h = R(1, 1000);
        Rational[] x = [1];
        var net = new ConferenceNet<Rational>([[1]], [[R(1, 2)]], 0);
        var gw = ConferenceNet<Rational>.Zeros(1, 1);
        var gu = ConferenceNet<Rational>.Zeros(1, 1);
        net.AddSubgradient(x, y, 1, gw, gu);
        var l0 = net.Loss(x, y);
        var dw = (new ConferenceNet<Rational>([[1 + h]], [[R(1, 2)]], 0).Loss(x, y) - l0) / h;
        var du = (new ConferenceNet<Rational>([[1]], [[R(1, 2) + h]], 0).Loss(x, y) - l0) / h;
        Assert.Equal(R(-1, 2), dw);
        Assert.Equal(R(1, 2), du);
        Assert.Equal(dw, gw[0][0]);
        Assert.Equal(du, gu[0][0]);
    }

    /// <summary>Assumption 1 (1): every class needs a neuron with v_{i,j} &gt; 0; class 1 of [[v, −v], [−v, −v]] has none.</summary>
    [Fact]
    public void Assumption1_requires_a_positive_entry_for_every_class()
    {
        Assert.False(JournalNet<double>.SatisfiesAssumption1([[1, -1], [-1, -1]]));
        Assert.True(JournalNet<double>.SatisfiesAssumption1([[1, -1], [-1, 1]]));
    }
}
