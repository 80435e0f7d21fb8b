using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Data.Lyx;

/// <summary>The exact (rational lattice) version of the 880-point set.</summary>
[Trait("Paper", "LYX")]
public class Rational880Tests
{
    [Fact]
    public void Rational_880_points()
    {
        // r₂(N²) = 4·∏(2eᵢ + 1) over the primes ≡ 1 mod 4 of N = 5²·13·17·29: 4·5·3·3·3 = 540.
        Assert.Equal(540, Rational880.LatticePointCount);
        // The lattice by an exact integer square-root test, as the oracle for "nearest lattice direction".
        const long n = Rational880.CircleRadius;
        var lattice = new List<double>();
        for (long px = -n; px <= n; px++)
        {
            var y2 = n * n - px * px;
            var r = (long)Math.Sqrt(y2);
            while (r * r > y2) r--;
            while ((r + 1) * (r + 1) <= y2) r++;
            if (r * r != y2) continue;
            lattice.Add(Math.Atan2(r, px));
            if (r != 0) lattice.Add(Math.Atan2(-r, px));
        }
        Assert.Equal(540, lattice.Count);
        static double Gap(double a, double b) => Math.Abs(Math.IEEERemainder(a - b, 2 * Math.PI));
        var pts = Rational880.Points();
        Assert.Equal(880, pts.Count);
        for (var a = 10; a <= 20; a++)
            for (var b = 1; b <= 80; b++)
            {
                var (x, y) = pts[(a - 10) * 80 + b - 1];
                Assert.Equal(1, y);
                Assert.Equal(Q(400, a * a), Vec.NormSquared<Rational>(x));
                var angle = Math.Atan2(x[1].ToDouble(), x[0].ToDouble());
                var theta = b * Math.PI / 40;
                Assert.True(Gap(angle, theta) <= lattice.Min(l => Gap(l, theta)) + 1e-12, $"a = {a}, b = {b}");
            }
        var (w, u) = Rational880.Initialise(3, 42, 16);
        Assert.Equal((3, 3), (w.Length, u.Length));
        Assert.All(w.Concat(u).SelectMany(r => r), v => Assert.True((v * 16).Denominator.IsOne));
        var (w2, _) = Rational880.Initialise(3, 42, 16);
        Assert.Equal(w, w2);
        Assert.NotEqual(w[0], u[0]);
        Assert.All(Rational880.Initialise(2, 42).W.SelectMany(r => r), v => Assert.True((v * 64).Denominator.IsOne));
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
