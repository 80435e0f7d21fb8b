using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Lsz;

namespace Verification.Data.Lsz;

/// <summary>Shared parameterisations for the LSZ claims: distributions, angles θ ∈ (0, π) including near 0 and π, norms over
/// several decades, and points w = ‖w‖(cos θ v + sin θ u) with u ⊥ v.</summary>
public static class LszCases
{
    /// <summary>v = (0, 1, 0, …) as in the paper's experiments.</summary>
    public static double[] V(int d) { var v = new double[d]; v[1] = 1; return v; }

    /// <summary>u = (1, 0, …) ⊥ v.</summary>
    public static double[] U(int d) { var u = new double[d]; u[0] = 1; return u; }

    private static readonly Func<RadialLaw>[] Cheap = [() => new CircleRadius(), () => new SphereProjectionRadius(3)];

    private static readonly Func<RadialLaw>[] All =
    [
        () => new CircleRadius(),
        () => new SphereProjectionRadius(3),
        () => new GaussianRadius(2),
        () => new SphereProjectionRadius(6),
        () => new GaussianRadius(4),
        () => new CircleRadius(2.5),
        () => new RadialMixture([(1, new SphereProjectionRadius(3, 0.5)), (1, new SphereProjectionRadius(3, 3))]),
        () => new RadialMixture([(3, new GaussianRadius(3, 0.5)), (1, new GaussianRadius(3, 2))]),
    ];

    /// <summary>A spherically symmetric population (simplest first: U(S¹)); <paramref name="cheap"/> restricts to spheres
    /// whose quadrature is fast enough for trajectories.</summary>
    public static SphericalPopulation Symmetric(Choices c, bool cheap = false, MarginLoss? loss = null)
    {
        var law = (cheap ? Cheap : All)[c.Int(0, (cheap ? Cheap : All).Length - 1)]();
        return new SphericalPopulation(law, V(law.Dimension), loss);
    }

    /// <summary>A planar distribution that is not spherically symmetric (anisotropic Gaussian, ellipse, finite point set,
    /// mixture with a spherical part); v = (0, 1).</summary>
    public static Population NonSymmetric(Choices c, MarginLoss? loss = null, bool cheap = true)
    {
        var kind = cheap ? c.Int(1, 2) : c.Int(0, 2);
        var k = 1.5 + c.Int(0, 6) * 0.5;
        var rot = (c.Int(1, 11)) * Math.PI / 12;
        double cr = Math.Cos(rot), sr = Math.Sin(rot);
        var m = new[,] { { k * cr, -sr }, { k * sr, cr } };
        return kind switch
        {
            0 => new PlanarPopulation(new GaussianRadius(2), m, V(2), loss),
            1 => new PlanarPopulation(new CircleRadius(), m, V(2), loss),
            _ => new PointsPopulation([[1, 0.2], [-0.5, 1], [0.3, -2], [-1.5, -0.4], [0.8 * k, 0.6]], V(2), loss: loss),
        };
    }

    /// <summary>θ ∈ (0, π): a rational multiple of π, or 10^(−k) / π − 10^(−k) for k ≤ 8.</summary>
    public static double Theta(Choices c)
    {
        var mode = c.Int(0, 4);
        return mode switch
        {
            0 or 1 or 2 => Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble(),
            3 => Math.Pow(10, -c.Int(1, 8)),
            _ => Math.PI - Math.Pow(10, -c.Int(1, 8)),
        };
    }

    /// <summary>
    /// ‖w‖ = m · 10^k with m ∈ {1, …, 9}, k ∈ [lo, hi] (default [−3, 3]; simplest: 1). k is drawn from [−max(−lo, hi), max(−lo, hi)]
    /// and falls back to 0 outside [lo, hi], so the range must contain 0.
    /// </summary>
    public static double Norm(Choices c, int lo = -3, int hi = 3)
    {
        if (lo > 0 || hi < 0) throw new ArgumentException($"The exponent range [{lo}, {hi}] must contain 0.");
        return (1 + c.Int(0, 8)) * Math.Pow(10, c.Signed(Math.Max(-lo, hi)) is var k && k >= lo && k <= hi ? k : 0);
    }

    /// <summary>w = a (cos θ v + sin θ u) in R^d.</summary>
    public static double[] Point(int d, double a, double theta)
    {
        var w = new double[d];
        w[0] = a * Math.Sin(theta);
        w[1] = a * Math.Cos(theta);
        return w;
    }

    /// <summary>θ(w, v) computed stably (atan2 of the perpendicular and parallel parts).</summary>
    public static double Angle(double[] w, double[] v)
    {
        var c = Vec.Dot(w, v);
        var p = Vec.Axpy(-c, v, w);
        return Math.Atan2(Vec.Norm(p), c);
    }

}
