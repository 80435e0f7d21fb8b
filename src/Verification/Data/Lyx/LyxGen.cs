using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Harness;

namespace Verification.Data.Lyx;

/// <summary>Parameterisations shared by the LYX claims: exact rational data satisfying the papers' assumptions by construction.</summary>
public static class LyxGen
{
    /// <summary>A rational vector with entries n/q, |n| ≤ maxNum, q ≤ maxDen.</summary>
    public static Rational[] Vector(Choices c, int d, int maxNum = 4, int maxDen = 4) => c.SmallVector(d, maxNum, maxDen);

    /// <summary>A point of the annulus m ≤ |x| ≤ M in R^d with rational norm (assumption A2).</summary>
    public static Rational[] AnnulusPoint(Choices c, int d, Rational m, Rational bigM) =>
        RationalSphere.Point(c, d, c.In(Interval.Closed(m, bigM), 8));

    /// <summary>Coordinates in the basis columns [start, start+d) of Q mapped to R^D.</summary>
    public static Rational[] InBlock(Rational[][] q, int start, Rational[] coeff)
    {
        var x = new Rational[q.Length];
        Array.Fill(x, Rational.Zero);
        for (var c = 0; c < coeff.Length; c++)
            for (var i = 0; i < q.Length; i++) x[i] += coeff[c] * q[i][start + c];
        return x;
    }

    public static string Format(Rational[] v) => Vec.Format(v);
    public static string Format(IEnumerable<Rational[]> vs) => "[" + string.Join(", ", vs.Select(Vec.Format)) + "]";
    public static string Format(IEnumerable<double[]> vs) =>
        "[" + string.Join(", ", vs.Select(v =>
            "(" + string.Join(", ", v.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + ")")) + "]";

    /// <summary>The vertices ±ρ of the cube [−ρ, ρ]^d (2^d points); their hull contains the ball of radius ρ.</summary>
    public static List<Rational[]> CubeVertices(int d, Rational rho)
    {
        var list = new List<Rational[]>();
        for (var mask = 0; mask < 1 << d; mask++)
            list.Add(Enumerable.Range(0, d).Select(i => ((mask >> i) & 1) == 1 ? -rho : rho).ToArray());
        return list;
    }

    /// <summary>Q v for a matrix Q.</summary>
    public static Rational[] Apply(Rational[][] q, Rational[] v) =>
        q.Select(row => Vec.Dot<Rational>(row, v)).ToArray();
}
