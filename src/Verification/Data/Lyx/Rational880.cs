using Verification.Arithmetic;
using Verification.Dynamics.Lyx;

namespace Verification.Data.Lyx;

/// <summary>
/// A rational version of the 880-point set of Section 6.1 for exact gradient descent. The radii 20/a are rational already;
/// each direction (cos(bπ/40), sin(bπ/40)) is replaced by the nearest of the integer points (x, y) with x² + y² = N²,
/// N = 5²·13·17·29 = 160225 (540 such points, about 0.67° apart), divided by N: exactly of norm 1, and all 880 points share
/// the common denominator N·lcm(10, …, 20) ≈ 3.7·10¹³, small enough for exact GD in Int128.
/// </summary>
public static class Rational880
{
    public const int CircleRadius = 5 * 5 * 13 * 17 * 29;

    private static readonly Lazy<(long X, long Y)[]> Lattice = new(() =>
    {
        var n = (long)CircleRadius;
        var pts = new List<(long, long)>();
        for (long x = -n; x <= n; x++)
        {
            var y2 = n * n - x * x;
            var y = (long)Math.Round(Math.Sqrt(y2));
            if (y * y != y2) continue;
            pts.Add((x, y));
            if (y != 0) pts.Add((x, -y));
        }
        return pts.ToArray();
    });

    /// <summary>The lattice points of the circle of radius <see cref="CircleRadius"/>.</summary>
    public static int LatticePointCount => Lattice.Value.Length;

    public static List<(Rational[] X, int Y)> Points()
    {
        var data = new List<(Rational[], int)>(880);
        for (var a = 10; a <= 20; a++)
            for (var b = 1; b <= 80; b++)
            {
                var theta = b * Math.PI / 40;
                var (px, py) = Lattice.Value.MinBy(p => Math.Abs(Math.Atan2(Math.Sin(theta - Math.Atan2(p.Y, p.X)), Math.Cos(theta - Math.Atan2(p.Y, p.X)))));
                var r = new Rational(20, a * (long)CircleRadius);
                data.Add(([r * px, r * py], 1));
            }
        return data;
    }

    /// <summary>Section 6.1's N(0, 1) initialisation rounded to multiples of 1/<paramref name="denominator"/>.</summary>
    public static (Rational[][] W, Rational[][] U) Initialise(int k, ulong seed, int denominator = 64)
    {
        var rng = new SplitMix64(seed);
        Rational Next() => new((long)Math.Round(rng.Normal() * denominator), denominator);
        var w = Enumerable.Range(0, k).Select(_ => new[] { Next(), Next() }).ToArray();
        var u = Enumerable.Range(0, k).Select(_ => new[] { Next(), Next() }).ToArray();
        return (w, u);
    }
}
