using System.Numerics;
using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Lyx;

/// <summary>
/// Edge cases left unpinned by the first LYX mutation run: the choices an orthogonal matrix consumes, the ReLU subgradient on
/// the activation boundary, the Int128/BigInteger choice of exact GD, and the population GD trajectory's bookkeeping.
/// </summary>
[Trait("Paper", "LYX")]
public class LyxSurvivorTests
{
    /// <summary>A D×D skew matrix has D(D − 1)/2 free entries, so Orthogonal draws exactly that many small rationals.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Orthogonal_consumes_one_small_rational_per_upper_entry(int dim)
    {
        int[] raw = [.. Enumerable.Range(1, 24)]; // distinct raws: the reads after the matrix show how many were consumed
        var c = new Choices(raw);
        _ = RationalSphere.OrthogonalMatrix(c, dim);
        var expected = new Choices(raw);
        for (var i = 0; i < dim * (dim - 1) / 2; i++) _ = expected.SmallRational(3, 4);
        Assert.Equal(expected.Int(0, 1_000_000), c.Int(0, 1_000_000));
        Assert.Equal(expected.Int(0, 1_000_000), c.Int(0, 1_000_000));
    }

    /// <summary>
    /// On the boundary ⟨w_j, x⟩ = b_j the neuron is inactive (Ω_{w_j} is the strict set {⟨w_j, x⟩ &gt; b_j}, proof of
    /// Lemma 4.1): the subgradient is 0 there, while the loss is positive (f = 0, so 1 − f_y + f_i = 1).
    /// </summary>
    [Fact]
    public void Journal_subgradient_is_zero_on_the_activation_boundary()
    {
        Rational[][] w = [[Rational.One, Rational.Zero]];
        var net = new JournalNet<Rational>(w, [Rational.Zero], [[Rational.One], [-Rational.One]]);
        (Rational[] X, int Y)[] data = [([Rational.Zero, Rational.One], 0)];
        Assert.Equal(Rational.One, net.MeanLoss(data));
        Assert.All(net.MeanGradient(data)[0], g => Assert.Equal(Rational.Zero, g));
        // Just inside Ω_w the subgradient is −(v_{0,0} − v_{1,0}) x = −2x.
        (Rational[] X, int Y)[] inside = [([new Rational(1, 8), Rational.One], 0)];
        Assert.Equal([new Rational(-1, 4), new Rational(-2, 1)], net.MeanGradient(inside)[0]);
    }

    private static Rational R(BigInteger n) => new(n, BigInteger.One);

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
        (Rational[] X, int Y)[] data = [([R(BigInteger.Pow(2, 47)), Rational.Zero], 1)];
        Assert.IsType<CommonDenominatorGd<BigInteger>>(CommonDenominatorGd.Create(data, Zero(), Zero(), -Rational.One, Rational.One, maxSteps));
        // With a few steps the same data fits in Int128 (2⁹⁴·10·8 < 2¹²⁷).
        Assert.IsType<CommonDenominatorGd<Int128>>(CommonDenominatorGd.Create(data, Zero(), Zero(), -Rational.One, Rational.One, 10));
        // The largest weight sits in U: |u| = 2⁹⁵ with |x| = 1 gives ≈ 2⁹⁵·2³¹·8 = 2¹²⁹ (overflows); W alone would fit.
        (Rational[] X, int Y)[] unit = [([Rational.One, Rational.Zero], 1)];
        Rational[][] bigU = [[R(BigInteger.Pow(2, 95)), Rational.Zero]];
        Assert.IsType<CommonDenominatorGd<BigInteger>>(CommonDenominatorGd.Create(unit, Zero(), bigU, -Rational.One, Rational.One, maxSteps));
        Assert.IsType<CommonDenominatorGd<BigInteger>>(CommonDenominatorGd.Create(unit, bigU, Zero(), -Rational.One, Rational.One, maxSteps));
        Assert.IsType<CommonDenominatorGd<Int128>>(CommonDenominatorGd.Create(unit, Zero(), Zero(), -Rational.One, Rational.One, maxSteps));
    }

    /// <summary>
    /// Journal population GD: the recorded P[Ω] is Σ_r P[Ω_r] over the n − 1 margins, and the tracked ("positive") neurons
    /// are those with v_{0,l} &gt; 0 strictly (a zero entry is not positive).
    /// </summary>
    [Fact]
    public void Journal_population_gd_sums_the_margins_and_tracks_strictly_positive_neurons()
    {
        var dens = new AnnulusDensity(1, 2);
        double[][] w = [[0.3, 0.1], [-0.2, 0.4], [0.1, -0.5]];
        double[][] v = [[1, 0, -1], [-1, 1, 1], [-1, -1, 1]];
        var tr = PopulationGd.Journal(dens, w, [0, 0, 0], v, 0.5, 0);
        var first = Population2D.Journal(dens, w, [0, 0, 0], v, 0, 1e-9).Compute();
        Assert.Equal(2, first.POmega.Length);
        Assert.Equal(first.POmega[0] + first.POmega[1], tr.POmega[0], 12);
        Assert.Equal(Math.Sqrt(0.09 + 0.01), tr.PositiveNorm[0], 12);
    }

    /// <summary>
    /// Regression: with no tracked neuron (v_{0,l} ≤ 0 for all l) GC cannot hold (the empty set leaves every half-plane
    /// empty); the trajectory used to throw IndexOutOfRangeException from the GC test of an empty set.
    /// </summary>
    [Fact]
    public void Population_gd_without_tracked_neurons_reports_no_gc()
    {
        var dens = new AnnulusDensity(1, 2);
        var tr = PopulationGd.Run(dens, [[0.3, 0.1]], [0], [[1.0]], [false], 0.5, 1);
        Assert.Equal([false, false], tr.Gc);
        Assert.Equal([0.0, 0.0], tr.PositiveNorm);
    }
}
