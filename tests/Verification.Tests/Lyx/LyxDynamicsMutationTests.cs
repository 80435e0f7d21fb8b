using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Dynamics.Lyx;
using Verification.Geometry.Lyx;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Lyx;

/// <summary>
/// The fast LYX gradient-descent engines against the generic network they must reproduce: exact GD over common
/// denominators against <see cref="ConferenceNet{T}"/> over <see cref="Rational"/> on data with both labels and a bias,
/// and the polar-grid GD against the point-wise double network; SplitMix64 against its published output.
/// </summary>
[Trait("Paper", "LYX")]
public class LyxDynamicsMutationTests
{
    private static Rational Q(long n, long d = 1) => new(n, d);

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
        Assert.Equal("Need k ≥ 1 neurons w_j and the same number of u_j.", Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>(data, [], [], 0, 1)).Message);
        Assert.Equal("Dimensions differ.", Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>(data, [[1]], [[1]], 0, 1)).Message);
        Assert.Equal("Dimensions differ.", Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>([([1, 1], 1), ([1], 1)], [[1, 1]], [[1, 1]], 0, 1)).Message);
        Assert.Equal("Labels must be ±1.", Assert.Throws<ArgumentException>(() => new CommonDenominatorGd<Int128>([([1, 1], 0)], [[1, 1]], [[1, 1]], 0, 1)).Message);
    }

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

    [Fact]
    public void Polar_grid_gd_is_the_pointwise_gd()
    {
        double[] radii = [1.5, 1, 2, 1.25];
        double[] angles = [0.1, 1.3, 2.2, 3.9, 5.0, 5.9];
        var grid = new PolarGridGd(radii, angles);
        Assert.Equal(24, grid.Count);
        var data = angles.SelectMany(a => radii.Select(r => (new[] { r * Math.Cos(a), r * Math.Sin(a) }, 1.0))).ToList();
        foreach (var seed in new ulong[] { 1, 2, 3, 4 })
        {
            var s = PolarGridGd.Initialise(3, seed % 2 == 0, seed);
            if (seed % 2 == 0) Assert.All(s.Wx.Concat(s.Ux), v => Assert.True(v >= 0));
            var net = s.ToNetwork();
            double[] gwx = new double[3], gwy = new double[3], gux = new double[3], guy = new double[3];
            Assert.Equal(net.MeanLoss(data), grid.LossAndGradient(s, gwx, gwy, gux, guy, true), 1e-12);
            var (gw, gu) = net.MeanGradient(data);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(gw[j][0], gwx[j], 1e-12); Assert.Equal(gw[j][1], gwy[j], 1e-12);
                Assert.Equal(gu[j][0], gux[j], 1e-12); Assert.Equal(gu[j][1], guy[j], 1e-12);
            }
            Assert.Equal(net.MeanLoss(data), grid.LossAndGradient(s, [], [], [], [], false), 1e-12);
            // Norm: Σ_j |w_j| + |u_j|.
            Assert.Equal(Enumerable.Range(0, 3).Sum(j => Math.Sqrt(s.Wx[j] * s.Wx[j] + s.Wy[j] * s.Wy[j]) + Math.Sqrt(s.Ux[j] * s.Ux[j] + s.Uy[j] * s.Uy[j])), s.Norm(), 14);
            // Run against a point-wise loop with the same step.
            var copy = s.Clone();
            Assert.NotSame(s.Wx, copy.Wx);
            var losses = new List<double>();
            var result = grid.Run(copy, 0.2, 30, (t, _, l) => losses.Add(l));
            var cur = net;
            var maxNorm = s.Norm();
            var gcEntry = GeometricCondition.Holds2D(s.Wx, s.Wy) ? 0 : -1;
            for (var t = 0; t <= result.Iterations; t++)
            {
                Assert.Equal(cur.MeanLoss(data), losses[t], 1e-9);
                if (t == result.Iterations) break;
                cur = cur.GdStep(data, 0.2);
                maxNorm = Math.Max(maxNorm, cur.W.Concat(cur.U).Sum(v => Math.Sqrt(v[0] * v[0] + v[1] * v[1])));
                if (gcEntry < 0 && GeometricCondition.Holds2D(cur.W.Select(v => v[0]).ToArray(), cur.W.Select(v => v[1]).ToArray())) gcEntry = t + 1;
            }
            Assert.Equal(result.Converged, losses[^1] == 0);
            Assert.True(result.Converged || result.Iterations == 30);
            Assert.Equal(maxNorm, result.MaxNorm, 9);
            Assert.Equal(GeometricCondition.Holds2D(s.Wx, s.Wy), result.GcAtStart);
            Assert.Equal(gcEntry, result.GcEntry);
            Assert.Equal(cur.W[0][0], copy.Wx[0], 9);
            Assert.Equal(cur.U[1][1], copy.Uy[1], 9);
        }
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => new PolarGridGd([], [1.0])).Message);
        Assert.Throws<ArgumentException>(() => new PolarGridGd([1.0], []));
        Assert.Equal("Radii must be positive.", Assert.Throws<ArgumentException>(() => new PolarGridGd([1.0, 0], [1.0])).Message);
        Assert.Equal("The learning rate must be positive.", Assert.Throws<ArgumentException>(() => grid.Run(PolarGridGd.Initialise(1, false, 1), 0, 3)).Message);
    }

    [Fact]
    public void Polar_grid_run_converges_and_counts_iterations()
    {
        // One neuron pointing along the only angle: loss 0 once w·ω ≥ 1/r_min, reached by GD from a small start.
        var grid = new PolarGridGd([1, 2], [0]);
        var s = new PolarGridGd.State([0.1], [0], [0], [0]);
        var r = grid.Run(s, 0.5, 100);
        // t = 0: both radii in the hinge, gradient −(1 + 2)/2, w = 0.1 + 0.75; t = 1: only r = 1 (0.85 < 1), w = 0.85 + 0.25;
        // t = 2: 1.1·1 ≥ 1, loss 0.
        Assert.True(r.Converged);
        Assert.Equal(2, r.Iterations);
        Assert.Equal(1.1, s.Wx[0], 12);
        Assert.Equal(1.1, r.MaxNorm, 12);
        Assert.False(r.GcAtStart);
        Assert.Equal(-1, r.GcEntry);
        var stuck = grid.Run(new PolarGridGd.State([0.1], [0], [0], [0]), 1e-6, 3);
        Assert.False(stuck.Converged);
        Assert.Equal(3, stuck.Iterations);
    }

    [Fact]
    public void SplitMix64_matches_its_reference_output()
    {
        var g = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, g.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, g.Next());
        Assert.Equal(0x06C45D188009454FUL, g.Next());
        var h = new SplitMix64(0);
        Assert.Equal((0xE220A8397B1DCDAFUL >> 11) * (1.0 / (1UL << 53)), h.Uniform());
        var s = new SplitMix64(5);
        var normals = Enumerable.Range(0, 4000).Select(_ => s.Normal()).ToArray();
        Assert.InRange(normals.Average(), -0.1, 0.1); // 6.3 standard errors
        Assert.InRange(normals.Select(x => x * x).Average(), 0.9, 1.1);
        Assert.Equal(new SplitMix64(unchecked(7 ^ (3UL << 32) ^ 5UL * 0xD1B54A32D192ED03)).Next(), SplitMix64.Derive(7, 3, 5));
        Assert.NotEqual(SplitMix64.Derive(7, 3, 5), SplitMix64.Derive(7, 5, 3));
    }
}
