using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Geometry;
using Verification.Harness;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Data.Sbg;

/// <summary>The exact square-root bound and the deviation shapes the clustered-network generators are built from.</summary>
[Trait("Paper", "SBG")]
public class ClusteredNetworksTests
{
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
}
