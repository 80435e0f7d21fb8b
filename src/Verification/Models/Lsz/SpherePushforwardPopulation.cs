using MathNet.Numerics.Integration;
using Verification.Arithmetic;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>
/// x = M_j u with probability p_j, u ∼ U(S²), in R³: a mixture of spheres (M_j = r_j I, spherically symmetric) or of ellipsoids.
/// Unlike <see cref="SphericalPopulation"/> nothing is reduced to span{w, v}: every expectation is a genuine two-dimensional integral
/// over the sphere in coordinates tied to v, not to w, so the component of ∇L orthogonal to span{w, v} is computed, not assumed to vanish.
/// Hand-written because the integrand jumps on vᵀx = 0: with the polar axis p ∥ M_jᵀv, y = sgn(cos φ) is constant on each hemisphere,
/// each hemisphere is integrated with Gauss–Legendre in φ (n and 2n nodes, the difference the error estimate) and the periodic
/// trapezoid rule in ψ (N and 2N points, exponentially convergent for the analytic periodic integrand).
/// </summary>
public sealed class SpherePushforwardPopulation : Population
{
    public SpherePushforwardPopulation(IReadOnlyList<(double Weight, double[,] M)> parts, double[] v, MarginLoss? loss = null)
        : base(v, loss ?? MarginLoss.Logistic)
    {
        if (v.Length != 3) throw new ArgumentException("The pushforward of U(S²) lives in R³.");
        if (parts.Count == 0 || parts.Any(p => !(p.Weight > 0) || p.M.GetLength(0) != 3 || p.M.GetLength(1) != 3))
            throw new ArgumentException("Parts need positive weights and 3×3 matrices.");
        var total = parts.Sum(p => p.Weight);
        Parts = parts.Select(p => (p.Weight / total, p.M)).ToList();
    }

    /// <summary>A mixture of spheres of the given radii (spherically symmetric).</summary>
    public static SpherePushforwardPopulation Spheres(IReadOnlyList<(double Weight, double Radius)> radii, double[] v) =>
        new(radii.Select(r => (r.Weight, Scaled(r.Radius))).ToList(), v);

    private static double[,] Scaled(double r) => new[,] { { r, 0, 0 }, { 0, r, 0 }, { 0, 0, r } };

    public IReadOnlyList<(double Weight, double[,] M)> Parts { get; }

    public override string Name => SphericallySymmetric
        ? "U(S²) pushed by " + string.Join(" + ", Parts.Select(p => $"{p.Weight:G3}·{p.M[0, 0]:G3}I")) + " (3-D quadrature)"
        : $"ellipsoids M·S² ({Parts.Count} part(s), 3-D quadrature)";

    public override bool SphericallySymmetric => Parts.All(p => IsScalar(p.M));

    private static bool IsScalar(double[,] m)
    {
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++)
                if (m[i, j] != (i == j ? m[0, 0] : 0)) return false;
        return true;
    }

    /// <summary>The largest ‖M_j‖ (Frobenius; a bound on ‖x‖).</summary>
    public double MaxNorm => Parts.Max(p => Math.Sqrt(Enumerable.Range(0, 9).Sum(k => p.M[k / 3, k % 3] * p.M[k / 3, k % 3])));

    /// <summary>E f(x, y) for a vector-valued f of length <paramref name="length"/>, with an error bound on the Euclidean norm;
    /// <paramref name="scale"/> bounds the rate of variation of f along the sphere (sets the trapezoid count).</summary>
    public VectorEstimate Expect(Func<double[], double, double[]> f, int length, double scale)
    {
        var value = new double[length];
        var err = 0.0;
        foreach (var (weight, m) in Parts)
        {
            var (val, e) = ExpectPart(m, f, length, scale);
            for (var k = 0; k < length; k++) value[k] += weight * val[k];
            err += weight * e;
        }
        return new VectorEstimate(value, err + 1e-15 * Vec.Norm(value));
    }

    private (double[] Value, double Error) ExpectPart(double[,] m, Func<double[], double, double[]> f, int length, double scale)
    {
        // polar axis p ∥ Mᵀv so that y = sgn(vᵀMu) = sgn(pᵀu); a, b complete an orthonormal basis fixed by p alone
        var mtv = new double[3];
        for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) mtv[i] += m[j, i] * V[j];
        var p = Vec.Scale(1 / Vec.Norm(mtv), mtv);
        var seed = Math.Abs(p[0]) < 0.6 ? new double[] { 1, 0, 0 } : [0, 0, 1];
        var a = Vec.ProjectOut(p, seed);
        a = Vec.Scale(1 / Vec.Norm(a), a);
        var b = new[] { p[1] * a[2] - p[2] * a[1], p[2] * a[0] - p[0] * a[2], p[0] * a[1] - p[1] * a[0] };
        var nPsi = Math.Max(64, 16 * (int)Math.Ceiling(scale));
        double[] Integral(int nPhi, int nTrap)
        {
            var sum = new double[length];
            // φ ∈ [0, π/2] (y = +1) and [π/2, π] (y = −1): sin φ dφ dψ / (4π)
            foreach (var (lo, hi, y) in new[] { (0.0, Math.PI / 2, 1.0), (Math.PI / 2, Math.PI, -1.0) })
            {
                var rule = new GaussLegendreRule(lo, hi, nPhi);
                for (var i = 0; i < nPhi; i++)
                {
                    var phi = rule.GetAbscissa(i);
                    double cp = Math.Cos(phi), sp = Math.Sin(phi);
                    var wPhi = rule.GetWeight(i) * sp / (4 * Math.PI) * (2 * Math.PI / nTrap);
                    for (var k = 0; k < nTrap; k++)
                    {
                        var psi = 2 * Math.PI * k / nTrap;
                        double c = Math.Cos(psi), s = Math.Sin(psi);
                        var u = new double[3];
                        for (var q = 0; q < 3; q++) u[q] = cp * p[q] + sp * (c * a[q] + s * b[q]);
                        var x = new double[3];
                        for (var r = 0; r < 3; r++) for (var q = 0; q < 3; q++) x[r] += m[r, q] * u[q];
                        var fx = f(x, y);
                        for (var q = 0; q < length; q++) sum[q] += wPhi * fx[q];
                    }
                }
            }
            return sum;
        }
        var coarse = Integral(24, nPsi);
        var fine = Integral(48, 2 * nPsi);
        return (fine, Vec.Norm(Vec.Sub(fine, coarse)));
    }

    private double Y(double[] x) => Vec.Dot(V, x) >= 0 ? 1 : -1;

    public override Estimate Value(double[] w)
    {
        var e = Expect((x, y) => [Loss.Value(y * Vec.Dot(w, x))], 1, Vec.Norm(w) * MaxNorm);
        return new Estimate(e.Value[0], e.Error);
    }

    public override VectorEstimate Gradient(double[] w, double relativeTolerance) =>
        Expect((x, y) => Vec.Scale(Loss.D1(y * Vec.Dot(w, x)) * y, x), 3, Vec.Norm(w) * MaxNorm);

    public override MatrixEstimate Hessian(double[] w)
    {
        var e = Expect((x, y) =>
        {
            var d2 = Loss.D2(y * Vec.Dot(w, x));
            return Enumerable.Range(0, 9).Select(k => d2 * x[k / 3] * x[k % 3]).ToArray();
        }, 9, Vec.Norm(w) * MaxNorm);
        var h = new double[3, 3];
        for (var k = 0; k < 9; k++) h[k / 3, k % 3] = e.Value[k];
        return new MatrixEstimate(h, e.Error);
    }

    /// <summary>E‖(x₁, x₂)‖, the mean norm of the marginal on the first two coordinates (c₀ of a symmetric law: (π/4)·r per sphere).</summary>
    public Estimate MarginalMeanNorm()
    {
        if (SphericallySymmetric) return new Estimate(Parts.Sum(p => p.Weight * p.M[0, 0]) * Math.PI / 4, 1e-15);
        var e = Expect((x, _) => [Math.Sqrt(x[0] * x[0] + x[1] * x[1])], 1, MaxNorm);
        return new Estimate(e.Value[0], e.Error);
    }
}
