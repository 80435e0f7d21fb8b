using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Harness;

namespace Verification.Data.Sbg;

/// <summary>
/// Parameterisations of clustered networks for Section 5 of Sarussi, Brutzkus and Globerson, built in a frame adapted to the
/// input x so that the hypotheses hold by construction and the boundaries of every region can be hit exactly: x = s·x̂ with
/// x̂ a rational unit vector; each centre is (its component along x̂)·x̂ plus a rational vector orthogonal to x̂; deviations
/// from the centres have mean zero and norm at most r, either generic or extremal (±r along x̂, where the bounds are tight).
/// </summary>
public static class ClusteredNetworks
{
    /// <summary>
    /// k deviations δⱼ with Σδⱼ = 0 and ‖δⱼ‖ ≤ radius (exactly), in one of four shapes: extremal (±radius along x̂, a zero
    /// for odd k), antipodal pairs ±ρ·e with rational unit vectors e, generic (centred small vectors scaled into the ball), or
    /// collapsed (all zero: the other extreme of the bounds in Section 10).
    /// With <paramref name="strict"/> every norm is strictly below the radius.
    /// </summary>
    public static Rational[][] Deviations(Choices c, int k, int d, Rational radius, Rational[] xHat, bool strict = false)
    {
        var shape = c.Int(0, 3);
        var shrink = strict ? c.In(Interval.Open(0, 1), 8) : Rational.One;
        var devs = new Rational[k][];
        switch (shape)
        {
            case 0: // extremal: the worst case of the bounds in Section 10
                for (var j = 0; j < k; j++)
                {
                    var sign = j == k - 1 && k % 2 == 1 ? 0 : j % 2 == 0 ? 1 : -1;
                    devs[j] = Vec.Scale(sign * radius * shrink, xHat);
                }
                break;
            case 1: // antipodal pairs
                for (var j = 0; j + 1 < k; j += 2)
                {
                    var rho = c.In(Interval.Closed(0, 1), 6) * radius * shrink;
                    var e = RationalSphere.UnitVector(c, d);
                    devs[j] = Vec.Scale(rho, e);
                    devs[j + 1] = Vec.Scale(-rho, e);
                }
                if (k % 2 == 1) devs[k - 1] = new Rational[d].Select(_ => Rational.Zero).ToArray();
                break;
            case 3: // collapsed
                for (var j = 0; j < k; j++) devs[j] = new Rational[d].Select(_ => Rational.Zero).ToArray();
                break;
            default: // generic: centre small vectors, then scale so that the largest norm is at most the radius
                var g = Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 6, 3)).ToArray();
                var mean = Vec.Mean(g);
                var centred = g.Select(v => Vec.Sub(v, mean)).ToArray();
                var max2 = centred.Max(v => Vec.NormSquared<Rational>(v));
                var bound = SquareRootUpperBound(max2);
                var scale = bound.Sign == 0 ? Rational.Zero : radius * shrink * c.In(Interval.OpenClosed(0, 1), 6) / bound;
                for (var j = 0; j < k; j++) devs[j] = Vec.Scale(scale, centred[j]);
                break;
        }
        return devs;
    }

    /// <summary>A rational B ≥ √q (q ≥ 0), within a factor 1 + 1/64 for q &gt; 0, without taking exact roots: the double
    /// √q·(1 + 1/128), computed as 2^e·√(q/4^e) so that q may lie outside the double range.</summary>
    public static Rational SquareRootUpperBound(Rational q)
    {
        if (q.Sign <= 0) return Rational.Zero;
        // q = 4^e·m with m near 1 (exact), so √m in double is accurate whatever the size of q (for q in the normal double
        // range this is bit for bit √q·(1 + 1/128) in double: scaling by 4^e commutes with rounding and the square root)
        var e = (int)((q.Numerator.GetBitLength() - q.Denominator.GetBitLength()) / 2);
        var twoE = e >= 0 ? new Rational(System.Numerics.BigInteger.One << e, 1) : new Rational(1, System.Numerics.BigInteger.One << -e);
        var b = Rational.FromDouble(Math.Sqrt((q / (twoE * twoE)).ToDouble()) * (1 + 1.0 / 128)) * twoE;
        // rounding leaves B ≥ √q·(1 + 1/128)(1 − 3u) > √q, so this never runs; it keeps B ≥ √q independent of that argument
        while (b * b < q) b *= new Rational(65, 64);
        return b;
    }
}
