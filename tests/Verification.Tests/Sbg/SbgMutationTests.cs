using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Dynamics.Sbg;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Sbg;
using Xunit;

namespace Verification.Tests.Sbg;

/// <summary>
/// Pins the SBG reference code where mutation testing found it unpinned: closed forms of M(n, ε) term by term, the stable
/// loss functions against direct formulas where those are accurate, the network, the measures and the trainer's updates
/// against the update rules written out independently here, and the generators' exact outputs.
/// </summary>
[Trait("Paper", "SBG")]
public class SbgMutationTests
{
    private static Rational Q(long n, long d = 1) => new(n, d);

    /// <summary>|a − b| ≤ rel·|b| (rel justified per call by the conditioning of the direct formula).</summary>
    private static void Close(double expected, double actual, double rel) =>
        Assert.True(Math.Abs(actual - expected) <= rel * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    // ---------------------------------------------------------------- M(n, ε) of Theorem 4.1

    [Fact]
    public void Convergence_bound_term_by_term()
    {
        // Values for which every term of M matters and the direct formula is well conditioned (sums of positive terms).
        var b = new ConvergenceBound(Rx: 2, Alpha: 0.5, R0: 3, K: 2, Eta: 0.25, V: 1.5, WStarNorm: 1.7);
        var (n, eps) = (5, 0.3);
        double k = 2, eta = 0.25, v = 1.5, a0 = 0.5, rx = 2, r0 = 3, w = 1.7;
        var c1 = rx * rx / (a0 * a0) + 1 / (k * eta * v * v * a0 * a0);
        var c2 = Math.Sqrt(r0 * (8 * k * k * eta * eta * v * v * rx * rx + 8 * k * eta)) / (2 * k * Math.Pow(eta * v * a0, 1.5));
        var c3 = 2 * r0 / (eta * v * a0);
        var a = 1 + (1 + 2 * v * v * rx * rx * eta * k * n) / eps;
        var m = c1 * w * w * n * n * a * a + c2 * Math.Pow(w, 1.5) * Math.Pow(n, 1.5) * Math.Pow(a, 1.5) + c3 * w * n * a + n;
        Close(c1, b.C1, 1e-14);
        Close(Math.Log(c1), b.LogC1, 1e-14);
        Close(Math.Log(c2), b.LogC2, 1e-13);
        Close(Math.Log(c3), b.LogC3, 1e-14);
        Close(Math.Log(a), b.LogA(n, eps), 1e-14);
        Close(Math.Log(m), b.LogM(n, eps), 1e-14);
        Close(m, b.M(n, eps), 1e-13);
        var eps0 = eps / (1 + 2 * v * v * rx * rx * eta * k * n);
        Close(eps0, b.Epsilon0(n, eps), 1e-15);
        Close(2 * k * eta * v * a0 * (1 - Math.Exp(-eps0)), b.EpochIncrement(eps0), 1e-14);
        // R₀ = 0: the C₂ and C₃ terms vanish (log 0 = −∞ drops out), M = C₁‖w*‖²n²A² + n.
        var z = b with { R0 = 0 };
        Close(Math.Log(c1 * w * w * n * n * a * a + n), z.LogM(n, eps), 1e-14);
    }

    /// <summary>
    /// Regression (found by mutation testing): for α = η = 1e−200, C₁ overflows and ηvα underflows in double, so
    /// log C₁, log C₂, log C₃ came out +∞, LogM dropped those terms as non-finite and returned log n = log 4 instead of
    /// log M ≈ 1845. The oracle computes the constants from the logs of the parameters.
    /// </summary>
    [Fact]
    public void Convergence_bound_in_log_space_for_tiny_parameters()
    {
        var b = new ConvergenceBound(Rx: 2, Alpha: 1e-200, R0: 1, K: 3, Eta: 1e-200, V: 1, WStarNorm: 1.5);
        var (n, eps) = (4, 1e-100);
        double la = Math.Log(1e100), lw = Math.Log(1.5), ln = Math.Log(4), lAlpha = Math.Log(1e-200), lEta = Math.Log(1e-200);
        var logC1 = Math.Log(4 + 1 / (3 * 1e-200)) - 2 * lAlpha; // (R_x² + 1/(kηv²))/α²
        var logC2 = 0.5 * Math.Log(8 * 3 * 1e-200) - Math.Log(6) - 1.5 * (lEta + lAlpha); // 8k²η²v²R_x² ≪ 8kη
        var logC3 = Math.Log(2) - (lEta + lAlpha);
        Close(logC1, b.LogC1, 1e-15);
        Close(logC2, b.LogC2, 1e-15);
        Close(logC3, b.LogC3, 1e-15);
        double[] t = [logC1 + 2 * (lw + ln + la), logC2 + 1.5 * (lw + ln + la), logC3 + lw + ln + la, ln];
        var max = t.Max();
        Close(max + Math.Log(t.Sum(x => Math.Exp(x - max))), b.LogM(n, eps), 1e-15);
        Assert.True(b.LogM(n, eps) > 1800);
    }

    /// <summary>
    /// The two terms of log C₁ = log(R_x²/α² + 1/(kηv²α²)) 920 apart (R_x = 1e−100, α = η = 1e−200): the log-sum-exp must
    /// shift by the larger one (shifting by the smaller overflows e^920); and R_x = 0 drops the first term (log 0 = −∞).
    /// </summary>
    [Fact]
    public void Convergence_bound_log_sum_exp_with_terms_far_apart()
    {
        var b = new ConvergenceBound(Rx: 1e-100, Alpha: 1e-200, R0: 1, K: 3, Eta: 1e-200, V: 1, WStarNorm: 1.5);
        double lAlpha = Math.Log(1e-200), lEta = Math.Log(1e-200);
        var logC1 = -Math.Log(3) - lEta - 2 * lAlpha; // 1/(kηv²α²); R_x²/α² is e^−920 times smaller
        Close(logC1, b.LogC1, 1e-15);
        var logC2 = 0.5 * Math.Log(8 * 3 * 1e-200) - Math.Log(6) - 1.5 * (lEta + lAlpha); // 8k²η²v²R_x² ≪ 8kη
        Close(logC2, b.LogC2, 1e-15);
        var zero = b with { Rx = 0 };
        Close(logC1, zero.LogC1, 1e-15);
        Close(logC2, zero.LogC2, 1e-15);
    }

    [Fact]
    public void Convergence_bound_rejects_parameters_outside_the_theorem()
    {
        static string Fails(Func<ConvergenceBound> make) => Assert.Throws<ArgumentException>(() => make()).Message;
        Assert.Equal("α must be positive and finite, got 0.", Fails(() => new(1, 0, 1, 1, 0.1, 1, 1)));
        Assert.Equal("η must be positive and finite, got -0.1.", Fails(() => new(1, 0.5, 1, 1, -0.1, 1, 1)));
        Assert.StartsWith("v must be positive and finite, got ", Fails(() => new(1, 0.5, 1, 1, 0.1, double.PositiveInfinity, 1)));
        Assert.Equal("k must be at least 1, got 0.", Fails(() => new(1, 0.5, 1, 0, 0.1, 1, 1)));
        Assert.Equal("R_x must be non-negative and finite, got -1.", Fails(() => new(-1, 0.5, 1, 1, 0.1, 1, 1)));
        Assert.Equal("R₀ must be non-negative and finite, got NaN.", Fails(() => new(1, 0.5, double.NaN, 1, 0.1, 1, 1)));
        Assert.StartsWith("‖w*‖ must be non-negative and finite, got ", Fails(() => new(1, 0.5, 1, 1, 0.1, 1, double.PositiveInfinity)));
        // the boundary values are inside: R_x = R₀ = ‖w*‖ = 0, k = 1
        var b = new ConvergenceBound(0, 0.5, 0, 1, 0.1, 1, 0);
        Assert.Equal((0.0, 0.5, 0.0, 1, 0.1, 1.0, 0.0), (b.Rx, b.Alpha, b.R0, b.K, b.Eta, b.V, b.WStarNorm));
    }

    // ---------------------------------------------------------------- the loss

    [Fact]
    public void Loss_and_derivatives_against_direct_formulas()
    {
        // For |z| ≤ 5 the direct formulas lose at most a few ulps relative to their values (the sums 1 + e^(±z) are ≥ 1).
        for (var z = -5.0; z <= 5.0; z += 0.25)
        {
            Close(Math.Log(1 + Math.Exp(-z)), CrossEntropy.Loss(z), 2e-14);
            Close(1 / (1 + Math.Exp(z)), CrossEntropy.AbsDerivative(z), 1e-15);
            Close(-Math.Log(1 + Math.Exp(z)), CrossEntropy.LogAbsDerivative(z), 2e-14);
            Close(Math.Log(Math.Log(1 + Math.Exp(-z))), CrossEntropy.LogLoss(z), 1e-13);
        }
        Assert.Equal(0.5, CrossEntropy.AbsDerivative(0));
        // Far tails: ℓ(z) = e^(−z)(1 − e^(−z)/2 + …) and ℓ(−z) = z + e^(−z); |ℓ'(z)| = e^(−z)/(1 + e^(−z)).
        Close(Math.Exp(-40), CrossEntropy.Loss(40), 1e-15);
        Assert.Equal(40, CrossEntropy.Loss(-40));
        Close(Math.Exp(-40), CrossEntropy.AbsDerivative(40), 1e-15);
        Close(1 - Math.Exp(-40), CrossEntropy.AbsDerivative(-40), 1e-16);
        Close(-40, CrossEntropy.LogAbsDerivative(40), 1e-16);
        Close(-Math.Exp(-40), CrossEntropy.LogAbsDerivative(-40), 1e-15);
        // log ℓ(z) = −z + log(1 − e^(−z)/2 + …): for z just above 30 the correction −e^(−z)/2 is several ulps of z.
        foreach (var z in new[] { 30.5, 31.0, 33.0, 36.0 })
            Assert.True(Math.Abs(Math.Log(CrossEntropy.Loss(z)) - CrossEntropy.LogLoss(z)) <= 8e-15, $"z = {z}");
        Assert.Equal(-800, CrossEntropy.LogLoss(800));
    }

    [Fact]
    public void Log1p_and_Expm1_are_accurate()
    {
        foreach (var x in new[] { 1e-3, 1e-6, 1e-10, -1e-8 })
        {
            // Taylor series to x⁵: the remainder is below x⁶ ≤ 1e−18 relative.
            Close(x - x * x / 2 + x * x * x / 3 - x * x * x * x / 4 + x * x * x * x * x / 5, CrossEntropy.Log1p(x), 4e-16);
            Close(x + x * x / 2 + x * x * x / 6 + x * x * x * x / 24 + x * x * x * x * x / 120, CrossEntropy.Expm1(x), 4e-16);
        }
        Assert.Equal(1e-20, CrossEntropy.Log1p(1e-20));
        Assert.Equal(1e-20, CrossEntropy.Expm1(1e-20));
        Close(Math.Log(1.5), CrossEntropy.Log1p(0.5), 1e-16);
        Close(Math.Log(0.7), CrossEntropy.Log1p(-0.3), 2e-16);
        Close(Math.E - 1, CrossEntropy.Expm1(1), 1e-16);
        Close(Math.Exp(-2) - 1, CrossEntropy.Expm1(-2), 1e-16);
        Close(Math.Exp(0.3) - 1, CrossEntropy.Expm1(0.3), 1e-15);
        Close(Math.Exp(-0.4) - 1, CrossEntropy.Expm1(-0.4), 1e-15);
    }

    [Fact]
    public void Log_sum_exp_and_smoothed_margins()
    {
        Close(Math.Log(Math.Exp(1) + Math.Exp(2) + Math.Exp(3)), CrossEntropy.LogSumExp([1, 2, 3]), 1e-15);
        Close(1000 + Math.Log(2), CrossEntropy.LogSumExp([1000, 1000]), 1e-16);
        Close(-3 + Math.Log(2), CrossEntropy.LogSumExp([-3, double.NegativeInfinity, -3]), 1e-15);
        Assert.Equal(double.NegativeInfinity, CrossEntropy.LogSumExp([double.NegativeInfinity, double.NegativeInfinity]));
        // −log(expm1(S))/θ with S = e^logSum; below logSum = −30 the form −logSum − log1p(S/2) (the correction is ~S/2).
        foreach (var logSum in new[] { -2.0, 0.5 }) // S ≥ 0.13: e^S − 1 loses at most a few ulps
            Close(-Math.Log(Math.Exp(Math.Exp(logSum)) - 1) / 3, CrossEntropy.SmoothedMarginFromLogSum(logSum, 3), 1e-14);
        var s29 = Math.Exp(-29.0); // expm1(S) = S(1 + S/2 + S²/6 + …)
        Close((29 - Math.Log(1 + s29 / 2 + s29 * s29 / 6)) / 3, CrossEntropy.SmoothedMarginFromLogSum(-29, 3), 1e-15);
        foreach (var logSum in new[] { -30.5, -31.0, -33.0 })
        {
            var s = Math.Exp(logSum);
            Assert.True(Math.Abs(-(logSum + Math.Log(1 + s / 2 + s * s / 6)) / 2 - CrossEntropy.SmoothedMarginFromLogSum(logSum, 2)) <= 4e-15);
            Assert.True(Math.Abs((-logSum - s / 2) / 2 - CrossEntropy.SmoothedMarginFromLogSum(logSum, 2)) <= 4e-15);
        }
        Close(-Math.Log(Math.Exp(0.2) - 1) / 4, CrossEntropy.SmoothedMargin(0.2, 4), 1e-14);
    }

    [Fact]
    public void Empirical_loss_is_the_mean_loss_at_the_margins()
    {
        var net = new LeakyReluNetwork<Rational>([[1, 0], [0, 1]], [[0, -1], [1, 1]], 2, Q(1, 4));
        var s = new Dataset<Rational>([[1, 2], [-1, 1], [3, 0]], [1, -1, 1]);
        var margins = Enumerable.Range(0, 3).Select(i => (s.Y[i] * net.Output(s.X[i])).ToDouble()).ToArray();
        Close(margins.Average(z => Math.Log(1 + Math.Exp(-z))), CrossEntropy.EmpiricalLoss(net, s), 1e-14);
    }

    // ---------------------------------------------------------------- data set and network

    [Fact]
    public void Dataset_validates_and_reports_its_shape()
    {
        Assert.Equal("The training set is empty.", Assert.Throws<ArgumentException>(() => new Dataset<double>([], [])).Message);
        Assert.Equal("2 points but 1 labels.", Assert.Throws<ArgumentException>(() => new Dataset<double>([[1.0], [2.0]], [1])).Message);
        Assert.Equal("Labels must be ±1.", Assert.Throws<ArgumentException>(() => new Dataset<double>([[1.0], [2.0]], [1, 0])).Message);
        Assert.Equal("All points need the same dimension d ≥ 1.", Assert.Throws<ArgumentException>(() => new Dataset<double>([[]], [1])).Message);
        Assert.Equal("All points need the same dimension d ≥ 1.", Assert.Throws<ArgumentException>(() => new Dataset<double>([[1.0], [1.0, 2.0]], [1, -1])).Message);
        var s = new Dataset<Rational>([[1, 2], [-3, 1], [0, 1]], [1, -1, 1], [Q(1, 2), 0]);
        Assert.Equal((3, 2), (s.N, s.Dimension));
        Assert.Equal(Q(10), s.MaxNormSquared);
        var d = s.ToDouble();
        Assert.Equal([-3.0, 1.0], d.X[1]);
        Assert.Equal(s.Y, d.Y);
        Assert.Equal([0.5, 0.0], d.Teacher!);
        Assert.Null(new Dataset<Rational>([[1]], [1]).ToDouble().Teacher);
    }

    [Fact]
    public void Network_output_centres_and_radius()
    {
        Assert.Equal("Need k ≥ 1 w-neurons and as many u-neurons; got 0 and 0.",
            Assert.Throws<ArgumentException>(() => new LeakyReluNetwork<double>([], [], 1, 0.5)).Message);
        Assert.Equal("Need k ≥ 1 w-neurons and as many u-neurons; got 1 and 2.",
            Assert.Throws<ArgumentException>(() => new LeakyReluNetwork<double>([[1.0]], [[1.0], [2.0]], 1, 0.5)).Message);
        Assert.Equal("Neurons must have dimension d ≥ 1.", Assert.Throws<ArgumentException>(() => new LeakyReluNetwork<double>([[]], [[]], 1, 0.5)).Message);
        Assert.Equal("All neurons must have the same dimension.",
            Assert.Throws<ArgumentException>(() => new LeakyReluNetwork<double>([[1.0]], [[1.0, 2.0]], 1, 0.5)).Message);
        Assert.Equal(Q(3), LeakyReluNetwork<Rational>.Sigma(3, Q(1, 4)));
        Assert.Equal(Q(-3, 4), LeakyReluNetwork<Rational>.Sigma(-3, Q(1, 4)));
        Assert.Equal(Q(-3), LeakyReluNetwork<Rational>.Sigma(-3, 2)); // max{z, αz} as printed, also for α ∉ (0, 1)
        // N(x) = v Σ σ(w·x) − v Σ σ(u·x) written out: w·x = 3, −1; u·x = 2, −4; α = 1/2, v = 3.
        var net = new LeakyReluNetwork<Rational>([[1, 1], [1, -1]], [[2, 0], [-2, -1]], 3, Q(1, 2));
        Rational[] x = [1, 2];
        Assert.Equal(3 * ((3 + Q(-1, 2)) - (2 + Q(-4, 2))), net.Output(x));
        Assert.Equal((2, 2), (net.K, net.Dimension));
        Assert.Equal([1, 0], net.WBar);
        Assert.Equal([0, Q(-1, 2)], net.UBar);
        // ‖w − w̄‖² = 1, 1; ‖u − ū‖² = 4 + 1/4 each: the radius comes from U here and from W below.
        Assert.Equal(Q(17, 4), net.RadiusSquared);
        Assert.Equal(Q(5), new LeakyReluNetwork<Rational>([[2, 1], [-2, -1]], [[0, 1], [0, 1]], 1, Q(1, 2)).RadiusSquared);
        var d = net.ToDouble();
        Assert.Equal([[2.0, 0.0], [-2.0, -1.0]], d.U);
        Assert.Equal((3.0, 0.5), (d.V, d.Alpha));
        Assert.Equal(net.Output(x).ToDouble(), d.Output([1.0, 2.0]));
        Assert.Contains("k = 2, d = 2, α = 1/2, v = 3, W = [(1, 1); (1, -1)], U = [(2, 0); (-2, -1)]", SbgFormat.Network(net));
    }

    // ---------------------------------------------------------------- measures

    [Fact]
    public void Measures_written_out()
    {
        // w̄ = (1, 0), r = 1/2 (from W), ū = 0.
        var net = new LeakyReluNetwork<double>([[1, 0.5], [1, -0.5]], [[0, 0], [0, 0]], 1, 0.5);
        Assert.Equal(0.5, Measures.Radius(net));
        Assert.Equal(1, Measures.CentreDistance(net));
        // |(w̄ − ū)·x| < 2r‖x‖ = ‖x‖: (1, 0) is on the boundary (inside the linear region), (0, 1) and (1, 1) outside.
        Assert.Equal(2.0 / 3, Measures.FractionOutsideLinearRegion(net, [[1, 0], [0, 1], [1, 1]]));
        Assert.Equal(0.0, Measures.FractionOutsideLinearRegion(net, [[2, 0]]));
        Assert.Equal(Math.PI, Measures.MaxAngle([[1, 0], [0, 0], [0, 2], [-3, 0]]), 12);
        Assert.Equal(Math.PI / 2, Measures.MaxAngle([[1, 0], [0, 0], [0, 2]]), 12);
        Assert.Equal(0, Measures.MaxAngle([[1, 1]]));
        // Non-unit vectors at an angle strictly between 0 and π/2: the cosine must be normalised by both norms.
        Assert.Equal(Math.PI / 4, Measures.MaxAngle([[2, 0], [3, 3]]), 12);
        Assert.Equal(Math.Acos(0.6), Measures.MaxAngle([[0.5, 0], [3, 4]]), 12);
        var wide = new LeakyReluNetwork<double>([[1, 0], [0, 1]], [[1, 0], [1, 1]], 1, 0.5);
        Assert.Equal(Math.PI / 2, Measures.MaxIntraTypeAngle(wide), 12);
        var wideU = new LeakyReluNetwork<double>([[1, 0], [1, 1]], [[1, 0], [-1, 0]], 1, 0.5);
        Assert.Equal(Math.PI, Measures.MaxIntraTypeAngle(wideU), 12);
        Assert.Equal(Math.Sqrt(1 + 1 + 1 + 2), Measures.ThetaNorm(wide), 14);
        var s = new Dataset<double>([[1, 0], [-1, 0], [0, 1]], [1, -1, 1]);
        // sign(w·x) = y on all points: w = (1, 1) yes, (1, 0) no (0 on the third point); u = (−1, −1) yes.
        var par = new LeakyReluNetwork<double>([[1, 1], [1, 0]], [[-1, -1], [-1, 1]], 1, 0.5);
        Assert.Equal(0.5, Measures.ParFractionW(par, s));
        Assert.Equal(0.5, Measures.ParFractionU(par, s));
        Assert.Equal(1.0, Measures.ParFractionU(new LeakyReluNetwork<double>([[1, 1]], [[-1, -2]], 1, 0.5), s));
        // sign patterns (w·x > 0): (1,1) → T F T; (1,0) → T F F; (−1,0) → F T F: the largest disagreement is 3.
        Assert.Equal(3, Measures.MaxDisagreement([[1, 1], [1, 0], [-1, 0]], s));
        Assert.Equal(1, Measures.MaxDisagreement([[1, 1], [1, 0]], s));
        Assert.Equal(0, Measures.MaxDisagreement([[1, 1]], s));
        var (logSum, min) = Measures.Margins(par, s);
        var q = Enumerable.Range(0, 3).Select(i => s.Y[i] * par.Output(s.X[i])).ToArray();
        Close(Math.Log(q.Sum(z => Math.Log(1 + Math.Exp(-z)))), logSum, 1e-14);
        Assert.Equal(q.Min(), min);
    }

    // ---------------------------------------------------------------- exact comparisons and generators

    /// <summary>|t| ≥ m‖x‖ and |t| &gt; m‖x‖ with ‖x‖ = s rational (x2 = s²), decided directly.</summary>
    [Property(MaxTest = 300)]
    public bool Norm_comparisons_agree_with_rational_roots(sbyte t, sbyte m, byte s, byte den)
    {
        var (tq, mq, sq) = (Q(t, den % 3 + 1), Q(m, 2), Q(s % 5, 1));
        var rhs = mq * sq;
        return Norms.AbsAtLeast(tq, mq, sq * sq) == (Rational.Abs(tq) >= rhs)
            && Norms.AbsGreater(tq, mq, sq * sq) == (Rational.Abs(tq) > rhs);
    }

    [Property(MaxTest = 200)]
    public bool Square_root_upper_bound_is_tight(ushort n, byte d)
    {
        var q = Q(n, d + 1);
        var b = ClusteredNetworks.SquareRootUpperBound(q);
        if (n == 0) return b == Rational.Zero;
        // B ≥ √q and B ≤ (1 + 1/64)·√q, i.e. B² ≥ q and B² ≤ (65/64)² q.
        return b * b >= q && b * b <= Q(65 * 65, 64 * 64) * q;
    }

    /// <summary>In the double range B is the double √q·(1 + 1/128) exactly (the scaling by 4^e commutes with rounding).</summary>
    [Property(MaxTest = 200)]
    public bool Square_root_upper_bound_is_the_double_guess_in_the_double_range(int n, ushort d, sbyte shift)
    {
        var pow = new Rational(System.Numerics.BigInteger.One << Math.Abs(shift % 100), 1);
        var q = Q(Math.Abs((long)n) + 1, d + 1) * (shift >= 0 ? pow : 1 / pow);
        return ClusteredNetworks.SquareRootUpperBound(q) == Rational.FromDouble(Math.Sqrt(q.ToDouble()) * (1 + 1.0 / 128));
    }

    /// <summary>Rationals far outside the double range (the double guess alone would be 0 or ∞).</summary>
    [Theory]
    [InlineData(-2000)]
    [InlineData(-1100)]
    [InlineData(1100)]
    [InlineData(2001)]
    public void Square_root_upper_bound_beyond_the_double_range(int log2)
    {
        var p = System.Numerics.BigInteger.Pow(2, Math.Abs(log2)) * 3;
        var q = log2 < 0 ? new Rational(7, p) : new Rational(p, 7);
        var b = ClusteredNetworks.SquareRootUpperBound(q);
        Assert.True(b * b >= q && b * b <= new Rational(65 * 65, 64 * 64) * q, $"bound {b.ToDouble()} for 2^{log2}");
    }

    [Fact]
    public void Square_root_upper_bound_of_non_positive_values_is_zero()
    {
        Assert.Equal(Rational.Zero, ClusteredNetworks.SquareRootUpperBound(Q(-4)));
        Assert.Equal(Rational.Zero, ClusteredNetworks.SquareRootUpperBound(Rational.Zero));
    }

    [Property(MaxTest = 200)]
    public void Deviations_by_shape(int[] raw, byte k0, byte d0, bool strict)
    {
        var (k, d) = (k0 % 5 + 1, d0 % 3 + 1);
        raw ??= [];
        var c = new Choices(raw);
        var xHat = RationalSphere.UnitVector(c, d);
        Assert.Equal(Rational.One, Vec.NormSquared<Rational>(xHat));
        var radius = Q(3, 2);
        var shape = raw.Length > c.Used ? (int)(Math.Abs((long)raw[c.Used]) % 4) : 0;
        var devs = ClusteredNetworks.Deviations(c, k, d, radius, xHat, strict);
        Assert.Equal(k, devs.Length);
        var sum = devs.Aggregate(new Rational[d].Select(_ => Rational.Zero).ToArray(), Vec.Add);
        Assert.All(sum, x => Assert.Equal(Rational.Zero, x));
        foreach (var v in devs)
        {
            Assert.Equal(d, v.Length);
            var n2 = Vec.NormSquared<Rational>(v);
            Assert.True(strict ? n2 < radius * radius : n2 <= radius * radius);
        }
        switch (shape)
        {
            case 0: // ±ρ x̂ alternating with the same ρ (= radius unless strict), the last zero for odd k
                var rho = Vec.Dot<Rational>(devs[0], xHat);
                if (k == 1) Assert.Equal(Rational.Zero, rho);
                else if (strict) Assert.True(rho.Sign > 0 && rho < radius);
                else Assert.Equal(radius, rho);
                for (var j = 0; j < k; j++)
                    Assert.Equal(Vec.Scale(j == k - 1 && k % 2 == 1 ? Rational.Zero : j % 2 == 0 ? rho : -rho, xHat), devs[j]);
                break;
            case 1: // antipodal pairs
                for (var j = 0; j + 1 < k; j += 2) Assert.Equal(devs[j], Vec.Scale(Rational.NegativeOne, devs[j + 1]));
                if (k % 2 == 1) Assert.All(devs[k - 1], x => Assert.Equal(Rational.Zero, x));
                break;
            case 3:
                Assert.All(devs, v => Assert.All(v, x => Assert.Equal(Rational.Zero, x)));
                break;
        }
    }

    [Fact]
    public void Deviation_shapes_on_fixed_choices()
    {
        Rational[] e1 = [1, 0];
        // shape 0 (raw 0), not strict: (r, 0), (−r, 0), (0, 0).
        Assert.Equal([[Q(3, 2), 0], [Q(-3, 2), 0], [0, 0]], ClusteredNetworks.Deviations(new Choices([0]), 3, 2, Q(3, 2), e1));
        // shape 1 (raw 1): ρ = In([0, 1], 6) with raw (first = 1 + 1 % 6 = 2 → q = 2, numerators 0..2, offset 1) = 1/2, then e = UnitVector.
        var devs = ClusteredNetworks.Deviations(new Choices([1, 1, 1]), 2, 2, Q(2), e1);
        var e = RationalSphere.UnitVector([Rational.Zero], 2);
        Assert.Equal(Vec.Scale(Q(1), e), devs[0]);
        Assert.Equal(Vec.Scale(Q(-1), e), devs[1]);
        // shape 2 (generic) on one-dimensional raw vectors (1 and −1 after centring): scaled so that the largest norm is
        // radius·t/B with t = 1 (raw 0 for In((0, 1], 6)) and B the upper bound of √1, which is 1·(1 + 1/128) rounded up.
        var generic = ClusteredNetworks.Deviations(new Choices([2, 0, 1, 0, 2]), 2, 1, Q(2), [Rational.One]);
        var bound = ClusteredNetworks.SquareRootUpperBound(Rational.One);
        Assert.Equal(Q(2) / bound, Rational.Abs(generic[0][0]));
        Assert.Equal(-generic[0][0], generic[1][0]);
        // collapsed: zeros.
        Assert.Equal([[0], [0]], ClusteredNetworks.Deviations(new Choices([3]), 2, 1, Q(2), [Rational.One]));
    }

    [Fact]
    public void Unit_and_orthogonal_vectors_from_choices()
    {
        Assert.Equal([Rational.One], RationalSphere.UnitVector(new Choices([]), 1));
        Assert.Equal([Rational.NegativeOne], RationalSphere.UnitVector(new Choices([1]), 1));
        // d = 2: t = SmallRational(6, 6) with raw (q = 1 + 1, n = +1) = 1/2 → (4/5, −3/5).
        Assert.Equal([Q(4, 5), Q(-3, 5)], RationalSphere.UnitVector(new Choices([1, 1]), 2));
        Rational[] xHat = [Q(3, 5), Q(4, 5)];
        var o = RationalSphere.Orthogonal(new Choices([0, 1, 0, 4]), xHat); // y = (1, −2) → y − (y·x̂)x̂
        Rational[] y = [1, -2];
        Assert.Equal(Vec.Sub(y, Vec.Scale(Vec.Dot<Rational>(y, xHat), xHat)), o);
        Assert.Equal(Rational.Zero, Vec.Dot<Rational>(o, xHat));
    }

    [Property(MaxTest = 100)]
    public void Separable_sets_have_their_margins(int[] raw, byte d0, byte n0, bool antipodal, bool weaken)
    {
        var (d, n) = (d0 % 3 + 1, n0 % 4 + 1);
        var c = new Choices(raw ?? []);
        var s = SeparableData.Exact(c, d, n, antipodal, weaken);
        var w = s.Teacher!;
        Assert.Contains(w, x => x.Sign != 0);
        Assert.Equal(antipodal ? 2 * Math.Max(1, n / 2) : n, s.N);
        for (var i = 0; i < s.N; i++)
        {
            var margin = s.Y[i] * Vec.Dot<Rational>(w, s.X[i]);
            Assert.True(margin <= 3 && margin >= (weaken ? -1 : 1));
            if (antipodal && i % 2 == 1) { Assert.Equal(Vec.Scale(Rational.NegativeOne, s.X[i - 1]), s.X[i]); Assert.Equal(-s.Y[i - 1], s.Y[i]); }
        }
    }

    [Fact]
    public void Separable_points_and_teachers_on_fixed_choices()
    {
        Assert.Equal([Rational.One, Rational.Zero], SeparableData.Teacher(new Choices([]), 2)); // the zero vector is replaced
        Assert.Equal([Q(1), Q(-1, 2)], SeparableData.Teacher(new Choices([0, 1, 1, 2]), 2));
        Rational[] w = [1, 2];
        var p = SeparableData.Point(new Choices([0, 1, 0, 0]), w, -1, Q(3, 2)); // z = (1, 0) minus its projection on w
        Assert.Equal(Q(-3, 2), Vec.Dot<Rational>(w, p));
        Assert.Equal(Vec.Add(Vec.Scale(Q(-3, 10), w), Vec.Sub([1, 0], Vec.Scale(Q(1, 5), w))), p);
    }

    /// <summary>Both labels and, with the margin hypothesis weakened, margins below 1 are reachable; raw 0 gives label +1.</summary>
    [Fact]
    public void Separable_labels_and_weakened_margins_are_reachable()
    {
        Assert.Equal([1], SeparableData.Exact(new Choices([]), 1, 1).Y);
        var rng = new Random(5);
        var (negative, lowMargin, strictLowMargin) = (false, false, false);
        for (var k = 0; k < 200; k++)
        {
            var raw = Enumerable.Range(0, 40).Select(_ => rng.Next(0, 8)).ToArray();
            var weak = SeparableData.Exact(new Choices(raw), 2, 3, weakenMargin: true);
            var strict = SeparableData.Exact(new Choices(raw), 2, 3);
            for (var i = 0; i < 3; i++)
            {
                negative |= strict.Y[i] == -1;
                lowMargin |= weak.Y[i] * Vec.Dot<Rational>(weak.Teacher!, weak.X[i]) < 1;
                strictLowMargin |= strict.Y[i] * Vec.Dot<Rational>(strict.Teacher!, strict.X[i]) < 1;
            }
        }
        Assert.True(negative && lowMargin && !strictLowMargin);
    }

    [Fact]
    public void Gaussian_sets()
    {
        Assert.Equal("Need n ≥ 2, d ≥ 1, σ > 0 and gap > 0.", Assert.Throws<ArgumentException>(() => SeparableData.Gaussians(1, 1, 2, 1, 1, 0.5, false)).Message);
        Assert.Throws<ArgumentException>(() => SeparableData.Gaussians(1, 4, 0, 1, 1, 0.5, false));
        Assert.Throws<ArgumentException>(() => SeparableData.Gaussians(1, 4, 2, 1, 0, 0.5, false));
        Assert.Throws<ArgumentException>(() => SeparableData.Gaussians(1, 4, 2, 1, 1, 0, false));
        var smallest = SeparableData.Gaussians(1, 2, 1, 1, 1, 0.5, false); // n = 2, d = 1 are allowed
        Assert.Equal((2, 1), (smallest.N, smallest.Dimension));
        var s = SeparableData.Gaussians(7, 6, 3, 1.5, 1, 0.5, false);
        Assert.Equal((6, 3), (s.N, s.Dimension));
        Assert.Equal([1, -1, 1, -1, 1, -1], s.Y);
        Assert.All(Enumerable.Range(0, 6), i => Assert.True(s.Y[i] * s.X[i][0] >= 0.5));
        Assert.Equal([2.0, 0, 0], s.Teacher!);
        Assert.Equal(s.X, SeparableData.Gaussians(7, 6, 3, 1.5, 1, 0.5, false).X); // deterministic by seed
        Assert.NotEqual(s.X[0], SeparableData.Gaussians(8, 6, 3, 1.5, 1, 0.5, false).X[0]);
        // The mean shifts the first coordinate only: with σ tiny the points sit at (±m, 0, 0).
        var tight = SeparableData.Gaussians(3, 4, 2, 2, 1e-9, 1, false);
        Assert.All(Enumerable.Range(0, 4), i => { Assert.Equal(tight.Y[i] * 2.0, tight.X[i][0], 6); Assert.Equal(0, tight.X[i][1], 6); });
        var a = SeparableData.Gaussians(7, 5, 2, 1.5, 1, 0.5, true);
        Assert.Equal(4, a.N);
        for (var i = 0; i < 4; i += 2)
        {
            Assert.Equal((1, -1), (a.Y[i], a.Y[i + 1]));
            Assert.Equal(a.X[i].Select(v => -v), a.X[i + 1]);
        }
        var o = SeparableData.WithOutlier(a, [9, 9]);
        Assert.Equal(5, o.N);
        Assert.Equal([9.0, 9.0], o.X[4]);
        Assert.Equal(1, o.Y[4]);
        Assert.Same(a.Teacher, o.Teacher);
        var (w0, u0) = SeparableData.GaussianInit(11, 3, 2, 0.1);
        Assert.Equal((3, 2, 3, 2), (w0.Length, w0[0].Length, u0.Length, u0[1].Length));
        Assert.NotEqual(w0[0], u0[0]);
        Assert.Equal(w0, SeparableData.GaussianInit(11, 3, 2, 0.1).W);
        Assert.All(w0.Concat(u0).SelectMany(r => r), v => Assert.True(Math.Abs(v) < 0.6)); // 6σ
        Assert.True(w0.Concat(u0).SelectMany(r => r).Select(Math.Abs).Max() > 0.01);
    }

    // ---------------------------------------------------------------- the trainer

    private static Trainer<Rational> ExactTrainer(bool teacher = true)
    {
        var s = new Dataset<Rational>([[1, 2], [-2, 1], [3, -1]], [1, -1, 1], teacher ? [1, 0] : null);
        Rational[][] w0 = [[Q(1, 10), 0], [0, Q(-1, 5)]];
        Rational[][] u0 = [[0, Q(1, 10)], [Q(-1, 10), 0]];
        return new Trainer<Rational>(w0, u0, 2, Q(1, 4), s, Q(1, 2), Rationalisers.Dyadic(30));
    }

    /// <summary>The SGD update rule of Section 3 written out: w ← w + η v y g σ'(w·x) x, u ← u − η v y g σ'(u·x) x.</summary>
    private static (Rational[][] W, Rational[][] U) StepOracle(Trainer<Rational> t, int i)
    {
        var x = t.Data.X[i];
        Rational y = t.Data.Y[i];
        var margin = y * t.Output(x);
        var g = t.Rationalise(1 / (1 + Math.Exp(margin.ToDouble())));
        Rational Sp(Rational z) => z.Sign > 0 ? Rational.One : t.Alpha;
        var w = t.W.Select(r => Vec.Add(r, Vec.Scale(t.Eta * t.V * y * g * Sp(Vec.Dot<Rational>(r, x)), x))).ToArray();
        var u = t.U.Select(r => Vec.Sub(r, Vec.Scale(t.Eta * t.V * y * g * Sp(Vec.Dot<Rational>(r, x)), x))).ToArray();
        return (w, u);
    }

    [Fact]
    public void Sgd_step_follows_the_update_rule_and_records_the_proof_quantities()
    {
        var t = ExactTrainer();
        foreach (var i in new[] { 0, 2, 1, 1 })
        {
            var (w, u) = StepOracle(t, i);
            var g2 = t.G2;
            var f = t.F;
            var margin = t.Data.Y[i] * t.Output(t.Data.X[i]);
            var step = t.Step(i);
            Assert.Equal(w, t.W);
            Assert.Equal(u, t.U);
            Assert.Equal(i, step.Point);
            Assert.Equal(margin, step.Margin);
            Assert.Equal(t.Rationalise(1 / (1 + Math.Exp(margin.ToDouble()))), step.G);
            Assert.Equal(g2, step.G2Before);
            Assert.Equal(t.W.Concat(t.U).Aggregate(Rational.Zero, (a, r) => a + Vec.NormSquared<Rational>(r)), step.G2After);
            Assert.Equal(f, step.FBefore);
            Assert.Equal(t.W.Sum(r => r[0].ToDouble()) - t.U.Sum(r => r[0].ToDouble()), step.FAfter.ToDouble(), 12); // w* = e₁
            Assert.Equal(Vec.NormSquared<Rational>(t.Data.X[i]), step.XNorm2);
        }
        Assert.Equal(4, t.Steps);
        var quiet = ExactTrainer(teacher: false).Step(0, recordProofQuantities: false);
        Assert.Equal((Rational.Zero, Rational.Zero, default(Rational), default(Rational)), (quiet.G2Before, quiet.G2After, quiet.FBefore, quiet.FAfter));
        Assert.Equal("F needs the teacher w*.", Assert.Throws<InvalidOperationException>(() => ExactTrainer(teacher: false).F).Message);
        Assert.Equal(default, ExactTrainer(teacher: false).Step(0).FBefore);
    }

    [Fact]
    public void Sigma_prime_and_the_network_snapshot()
    {
        Assert.Equal(Rational.One, Trainer<Rational>.SigmaPrime(Q(1, 100), Q(1, 4)));
        Assert.Equal(Q(1, 4), Trainer<Rational>.SigmaPrime(Rational.Zero, Q(1, 4))); // σ'(0) = α
        Assert.Equal(Q(1, 4), Trainer<Rational>.SigmaPrime(-1, Q(1, 4)));
        var t = ExactTrainer();
        var net = t.Network;
        Assert.Equal(t.W, net.W);
        net.W[0][0] = 99; // a copy
        Assert.NotEqual(Q(99), t.W[0][0]);
        Assert.Equal(t.Output(t.Data.X[1]), t.Network.Output(t.Data.X[1]));
        Assert.Equal((2, Q(2), Q(1, 4), Q(1, 2)), (t.K, t.V, t.Alpha, t.Eta));
    }

    [Fact]
    public void Full_batch_steps_follow_the_gradient()
    {
        var t = ExactTrainer();
        var n = t.Data.N;
        // W ← W + Σᵢ (η g_i / n) v yᵢ σ'(w·xᵢ) xᵢ, all σ' at the old parameters.
        var dW = t.W.Select(_ => new Rational[] { 0, 0 }).ToArray();
        var dU = t.U.Select(_ => new Rational[] { 0, 0 }).ToArray();
        for (var i = 0; i < n; i++)
        {
            var x = t.Data.X[i];
            Rational y = t.Data.Y[i];
            var g = t.Rationalise(1 / (1 + Math.Exp((y * t.Output(x)).ToDouble())));
            var scale = t.Eta * g / n * t.V * y;
            for (var j = 0; j < t.K; j++)
            {
                dW[j] = Vec.Add(dW[j], Vec.Scale(scale * Trainer<Rational>.SigmaPrime(Vec.Dot<Rational>(t.W[j], x), t.Alpha), x));
                dU[j] = Vec.Sub(dU[j], Vec.Scale(scale * Trainer<Rational>.SigmaPrime(Vec.Dot<Rational>(t.U[j], x), t.Alpha), x));
            }
        }
        var expectedW = t.W.Select((r, j) => Vec.Add(r, dW[j])).ToArray();
        var expectedU = t.U.Select((r, j) => Vec.Add(r, dU[j])).ToArray();
        t.GradientStep();
        Assert.Equal(expectedW, t.W);
        Assert.Equal(expectedU, t.U);
        Assert.Equal(1, t.Steps);
        var margins = Enumerable.Range(0, n).Select(i => (t.Data.Y[i] * t.Output(t.Data.X[i])).ToDouble()).ToArray();
        Close(margins.Average(z => Math.Log(1 + Math.Exp(-z))), t.Loss(), 1e-14);
    }

    [Fact]
    public void Normalised_and_relative_steps_have_their_lengths()
    {
        var s = new Dataset<double>([[1, 2], [-2, 1], [3, -1]], [1, -1, 1], [1, 0]);
        Trainer<double> Make(double scale) => new([[0.1 * scale, 0], [0, -0.2 * scale]], [[0, 0.1 * scale], [-0.1 * scale, 0]], 1, 0.25, s, 0.5, Rationalisers.Identity);
        // Normalised: the factors are η|ℓ'ᵢ|/Σⱼℓⱼ, i.e. a plain GD step with η' = η·n/(n L_S) scaled per point.
        var a = Make(1);
        var b = Make(1);
        var sumLoss = 3 * a.Loss();
        var margins = Enumerable.Range(0, 3).Select(i => s.Y[i] * a.Output(s.X[i])).ToArray();
        a.NormalisedGradientStep(0.3);
        b.GradientStep(i => 0.3 * CrossEntropy.AbsDerivative(margins[i]) / sumLoss);
        for (var j = 0; j < 2; j++) for (var c = 0; c < 2; c++) { Close(b.W[j][c], a.W[j][c], 1e-13); Close(b.U[j][c], a.U[j][c], 1e-13); }
        // Relative: ‖ΔW‖ = η·min(‖W‖, 1), for ‖W‖ below and above 1.
        foreach (var scale in new[] { 1.0, 40.0 })
        {
            var t = Make(scale);
            var before = t.W.Concat(t.U).Select(r => (double[])r.Clone()).ToArray();
            var norm = Math.Sqrt(t.G2);
            t.RelativeGradientStep(0.2);
            var moved = Math.Sqrt(before.Zip(t.W.Concat(t.U)).Sum(p => p.First.Zip(p.Second).Sum(q => (q.First - q.Second) * (q.First - q.Second))));
            Close(0.2 * Math.Min(norm, 1), moved, 1e-12);
            Assert.Equal(1, t.Steps);
        }
        // A stationary point: no point activates anything and α = 0 kills the σ' factors; the relative step does nothing.
        var dead = new Trainer<double>([[-1.0, -1.0]], [[-1.0, -1.0]], 1, 0, new Dataset<double>([[1.0, 1.0]], [1]), 0.5, Rationalisers.Identity);
        dead.RelativeGradientStep(0.2);
        Assert.Equal((0L, -1.0), (dead.Steps, dead.W[0][0]));
    }

    /// <summary>
    /// The epoch order is the textbook Fisher–Yates shuffle and draws exactly n − 1 numbers, so that the SGD runs (and their
    /// golden snapshots) see the same random stream epoch after epoch; the oracle is the shuffle written out.
    /// </summary>
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 7)]
    [InlineData(10, 11)]
    public void Epoch_order_is_Fisher_Yates(int n, int seed)
    {
        var rng = new Random(seed);
        var oracle = new Random(seed);
        for (var epoch = 0; epoch < 3; epoch++)
        {
            var expected = Enumerable.Range(0, n).ToArray();
            for (var i = n - 1; i >= 1; i--)
            {
                var j = oracle.Next(i + 1);
                (expected[i], expected[j]) = (expected[j], expected[i]);
            }
            var p = Trainer<double>.Permutation(n, rng);
            Assert.Equal(expected, p);
            Assert.Equal(Enumerable.Range(0, n), p.Order());
        }
        Assert.Equal(oracle.Next(), rng.Next()); // same number of draws
    }

    [Fact]
    public void Stationarity_and_bad_parameters()
    {
        var s = new Dataset<double>([[1.0, 1.0], [0, 0]], [1, -1]);
        Assert.True(new Trainer<double>([[-1.0, -1.0]], [[-1.0, 0]], 1, 0, s, 0.5, Rationalisers.Identity).IsStationary());
        Assert.False(new Trainer<double>([[-1.0, -1.0]], [[1.0, 0]], 1, 0, s, 0.5, Rationalisers.Identity).IsStationary()); // u active
        Assert.False(new Trainer<double>([[1.0, 1.0]], [[-1.0, 0]], 1, 0, s, 0.5, Rationalisers.Identity).IsStationary()); // w active
        Assert.False(new Trainer<double>([[-1.0, -1.0]], [[-1.0, 0]], 1, 0.1, s, 0.5, Rationalisers.Identity).IsStationary()); // α ≠ 0
        // A zero input moves nothing whatever σ'(0) is: with α = 1/2 and the other point's loss derivative underflowing
        // (margin 1000), the network is stationary although σ'(0) ≠ 0 and ℓ'(0) = 1/2 at x = 0.
        var withZero = new Dataset<double>([[1.0], [0.0]], [1, 1]);
        Assert.True(new Trainer<double>([[1000.0]], [[0.0]], 1, 0.5, withZero, 0.5, Rationalisers.Identity).IsStationary());
        // g = 0 (the loss derivative rounds to zero) makes any point stationary.
        Assert.True(new Trainer<double>([[1.0, 1.0]], [[1.0, 0]], 1, 0.5, s, 0.5, _ => 0.0).IsStationary());
        Assert.Equal("The learning rate must be positive; got -1.",
            Assert.Throws<ArgumentException>(() => new Trainer<double>([[1.0, 1.0]], [[1.0, 0]], 1, 0.5, s, -1, Rationalisers.Identity)).Message);
        Assert.Equal("Need k ≥ 1 w-neurons and as many u-neurons.",
            Assert.Throws<ArgumentException>(() => new Trainer<double>([[1.0, 1.0]], [], 1, 0.5, s, 1, Rationalisers.Identity)).Message);
        Assert.Throws<ArgumentException>(() => new Trainer<double>([], [], 1, 0.5, s, 1, Rationalisers.Identity));
        Assert.Equal("Neuron and data dimensions differ.",
            Assert.Throws<ArgumentException>(() => new Trainer<double>([[1.0]], [[1.0]], 1, 0.5, s, 1, Rationalisers.Identity)).Message);
        Assert.Throws<ArgumentException>(() => new Trainer<double>([[1.0, 1.0]], [[1.0]], 1, 0.5, s, 1, Rationalisers.Identity));
        Rational[][] w0 = [[1, 1]];
        var t = new Trainer<Rational>(w0, [[1, 0]], 1, Q(1, 2), new Dataset<Rational>([[1, 1]], [1]), 1, Rationalisers.Dyadic(4));
        t.Step(0);
        Assert.Equal(Q(1), w0[0][0]); // the trainer copies its initial parameters
    }

    [Fact]
    public void Epochs_are_fisher_yates_permutations()
    {
        // Fisher–Yates written out with the same generator: for i = n−1..1 swap p[i] and p[rng.Next(i + 1)].
        var (r1, r2) = (new Random(9), new Random(9));
        var p = Enumerable.Range(0, 6).ToArray();
        for (var i = 5; i > 0; i--) { var j = r2.Next(i + 1); (p[i], p[j]) = (p[j], p[i]); }
        Assert.Equal(p, Trainer<double>.Permutation(6, r1));
        var t = ExactTrainer();
        var steps = t.Epoch(new Random(4), recordProofQuantities: false);
        var order = Trainer<double>.Permutation(3, new Random(4));
        Assert.Equal(order, steps.Select(s => s.Point));
        Assert.Equal(3, t.Steps);
    }

    [Fact]
    public void Dyadic_rationaliser_rounds_to_the_nearest_multiple()
    {
        Assert.Equal(Q(5, 16), Rationalisers.Dyadic(4)(0.3)); // 0.3·16 = 4.8 → 5
        Assert.Equal(Q(1, 4), Rationalisers.Dyadic(2)(0.3)); // 1.2 → 1
        Assert.Equal(Q(3, 1024), Rationalisers.Dyadic(10)(0.0029));
        Assert.Equal(0.3, Rationalisers.Identity(0.3));
    }

    /// <summary>Edge cases that mutation testing showed unpinned (each line names what it pins).</summary>
    [Fact]
    public void Edge_cases_found_by_mutation_testing()
    {
        // |t| > m‖x‖ at its boundaries: m = 0 with t = 0, x = 0 with m < 0 and t = 0, and equality t² = m²‖x‖².
        Assert.False(Norms.AbsGreater(0, 0, 4));
        Assert.False(Norms.AbsGreater(0, -1, 0));
        Assert.False(Norms.AbsGreater(2, 1, 4));
        Assert.True(Norms.AbsGreater(3, 1, 4));
        Assert.True(Norms.AbsAtLeast(2, 1, 4));
        // A teacher with a zero component is kept (only the zero vector is replaced).
        Assert.Equal([Rational.Zero, Rational.One], SeparableData.Teacher(new Choices([0, 0, 0, 1]), 2));
        // Exact sets on fixed choices: w* = (1); point 1: y = −1, s = lowest; point 2: y = +1, s = 3.
        int[] raw = [0, 1, 1, 0, 0, 0, 0, 0, 0, 2, 0, 0];
        var strong = SeparableData.Exact(new Choices(raw), 1, 2);
        Assert.Equal([-1, 1], strong.Y);
        Assert.Equal([[Q(-1)], [Q(3)]], strong.X);
        var weak = SeparableData.Exact(new Choices(raw), 1, 2, weakenMargin: true); // s ∈ [−1, 3]: the lowest is −1
        Assert.Equal([[Q(1)], [Q(1)]], weak.X); // s = −1 and −1 + 2
        // The smallest valid Gaussian sets.
        Assert.Equal(2, SeparableData.Gaussians(1, 2, 1, 1, 1, 0.5, false).N);
        // Successive epochs from one generator: Fisher–Yates draws exactly n − 1 numbers per permutation.
        var (r1, r2) = (new Random(3), new Random(3));
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var p = Enumerable.Range(0, 5).ToArray();
            for (var i = 4; i > 0; i--) { var j = r2.Next(i + 1); (p[i], p[j]) = (p[j], p[i]); }
            Assert.Equal(p, Trainer<double>.Permutation(5, r1));
        }
        // A zero input moves nothing (its update is 0·x), even though σ'(0) = α ≠ 0: stationary when every other point's
        // loss derivative rounds to 0.
        var far = new Trainer<Rational>([[10, 10]], [[0, 0]], 1, Q(1, 2), new Dataset<Rational>([[1, 1], [0, 0]], [1, -1]), 1, Rationalisers.Dyadic(4));
        Assert.True(far.IsStationary());
        // An angle that is neither 0, π/2 nor π: cos = ⟨a, b⟩/(|a||b|) = 1/√2.
        Assert.Equal(Math.PI / 4, Measures.MaxAngle([[2, 0], [1, 1]]), 12);
        var net = new LeakyReluNetwork<Rational>([[1, 0]], [[0, 1]], 1, Q(1, 2));
        Assert.EndsWith(", r = 1/2, w̄ = (1, 0), ū = (0, 1), x = (2, 3)", new ClusteredCase(net, [1, 0], [0, 1], Q(1, 2), [2, 3]).ToString());
    }
}
