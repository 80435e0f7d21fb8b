using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Verification.Arithmetic;
using Rational = Verification.Arithmetic.Rational;
using Verification.Harness;
using Verification.Models.Sbg;

namespace Verification.Data.Sbg;

/// <summary>
/// Training sets for Sections 3, 4 and 6 of Sarussi, Brutzkus and Globerson: linearly separable with margin 1 for a teacher
/// w* (P[y w*·x ≥ 1] = 1), built so the margin holds by construction: x = (y·s/‖w*‖²)·w* + z with s ≥ 1 and z ⊥ w*, so
/// y w*·x = s exactly. Rational sets for exact checks; antipodal sets (x ∈ S ⇒ −x ∈ S); two-Gaussian sets with the points
/// inside a margin removed (Fig. 3) and with an outlier (Fig. 9).
/// </summary>
public static class SeparableData
{
    /// <summary>A nonzero small rational teacher in R^d.</summary>
    public static Arithmetic.Rational[] Teacher(Choices c, int d)
    {
        var w = c.SmallVector(d, 3, 2);
        if (w.All(x => x.Sign == 0)) w[0] = Rational.One;
        return w;
    }

    /// <summary>A point with label y and teacher margin y w*·x = s exactly.</summary>
    public static Arithmetic.Rational[] Point(Choices c, Arithmetic.Rational[] wStar, int y, Arithmetic.Rational s)
    {
        var w2 = Vec.NormSquared<Rational>(wStar);
        var z = c.SmallVector(wStar.Length, 4, 2);
        z = Vec.Sub(z, Vec.Scale(Vec.Dot<Rational>(z, wStar) / w2, wStar));
        return Vec.Add(Vec.Scale(y * s / w2, wStar), z);
    }

    /// <summary>n points separable with margin 1 by w*: margins s ∈ [1, 3] (or s ∈ [−1, 3] when the margin hypothesis is weakened).</summary>
    public static Dataset<Rational> Exact(Choices c, int d, int n, bool antipodal = false, bool weakenMargin = false)
    {
        var wStar = Teacher(c, d);
        var xs = new List<Rational[]>();
        var ys = new List<int>();
        var count = antipodal ? Math.Max(1, n / 2) : n;
        for (var i = 0; i < count; i++)
        {
            var y = c.Bool() ? -1 : 1;
            var s = weakenMargin ? c.In(Interval.Closed(-1, 3), 4) : c.In(Interval.Closed(1, 3), 4);
            var x = Point(c, wStar, y, s);
            xs.Add(x);
            ys.Add(y);
            if (antipodal)
            {
                xs.Add(Vec.Scale(Arithmetic.Rational.NegativeOne, x));
                ys.Add(-y);
            }
        }
        return new Dataset<Rational>(xs, ys, wStar);
    }

    /// <summary>
    /// Two Gaussians N(±μ, σ²I) in R^d with labels ±1, μ = (m₀, 0, …, 0); points with |x₁| &lt; gap are removed (Fig. 3: "points
    /// inside a linear margin are excluded") and redrawn, so the set is separable by w* = e₁/gap with margin 1.
    /// With <paramref name="antipodal"/> the negative class is the mirror image of the positive one (Figs. 8, 9).
    /// </summary>
    public static Dataset<double> Gaussians(int seed, int n, int d, double mean, double sigma, double gap, bool antipodal)
    {
        if (n < 2 || d < 1 || sigma <= 0 || gap <= 0) throw new ArgumentException("Need n ≥ 2, d ≥ 1, σ > 0 and gap > 0.");
        var rng = new MersenneTwister(seed);
        var xs = new List<double[]>();
        var ys = new List<int>();
        double[] Draw(int y)
        {
            while (true)
            {
                var x = new double[d];
                for (var c = 0; c < d; c++) x[c] = Normal.Sample(rng, c == 0 ? y * mean : 0, sigma);
                if (y * x[0] >= gap) return x;
            }
        }
        if (antipodal)
        {
            for (var i = 0; i < n / 2; i++)
            {
                var x = Draw(1);
                xs.Add(x); ys.Add(1);
                xs.Add(x.Select(v => -v).ToArray()); ys.Add(-1);
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                var y = i % 2 == 0 ? 1 : -1;
                xs.Add(Draw(y)); ys.Add(y);
            }
        }
        var teacher = new double[d];
        teacher[0] = 1 / gap;
        return new Dataset<double>(xs, ys, teacher);
    }

    /// <summary>The set with one more positive point (Fig. 9's outlier).</summary>
    public static Dataset<double> WithOutlier(Dataset<double> s, double[] outlier) =>
        new(s.X.Append(outlier).ToList(), s.Y.Append(1).ToList(), s.Teacher);

    /// <summary>Initial neurons drawn from N(0, std²) per coordinate (the paper's initialisation), deterministic by seed.</summary>
    public static (double[][] W, double[][] U) GaussianInit(int seed, int k, int d, double std)
    {
        var rng = new MersenneTwister(seed);
        double[][] Rows() => Enumerable.Range(0, k).Select(_ => Enumerable.Range(0, d).Select(_ => Normal.Sample(rng, 0, std)).ToArray()).ToArray();
        var w = Rows();
        return (w, Rows());
    }
}
