using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>
/// A planar distribution that need not be spherically symmetric: x = r M (cos φ, sin φ) with the radial law of a circle or
/// a standard Gaussian in R² (so M ≠ orthogonal gives an ellipse or an anisotropic Gaussian N(0, M Mᵀ)).
/// </summary>
public sealed class PlanarPopulation : Population
{
    public PlanarPopulation(RadialLaw law, double[,] m, double[] v, MarginLoss? loss = null) : base(v, loss ?? MarginLoss.Logistic)
    {
        if (law.Dimension != 2 || v.Length != 2) throw new ArgumentException("PlanarPopulation lives in R².");
        if (m.GetLength(0) != 2 || m.GetLength(1) != 2) throw new ArgumentException("M must be 2×2.");
        if (m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0] == 0) throw new ArgumentException("M must be invertible.");
        Law = law;
        M = m;
    }

    public RadialLaw Law { get; }
    public double[,] M { get; }
    public override string Name => $"{Law.Name} mapped by M = [[{M[0, 0]:G4}, {M[0, 1]:G4}], [{M[1, 0]:G4}, {M[1, 1]:G4}]]"
        + (Loss == MarginLoss.Logistic ? "" : $", {Loss.Name} loss");

    /// <summary>MᵀM = cI up to rounding, relative to the scale of M (an absolute 10⁻¹⁴ called 10⁻⁸·diag(1, 2) symmetric).</summary>
    public override bool SphericallySymmetric
    {
        get
        {
            var n1 = M[0, 0] * M[0, 0] + M[1, 0] * M[1, 0];
            var n2 = M[0, 1] * M[0, 1] + M[1, 1] * M[1, 1];
            var tolerance = 1e-14 * (n1 + n2);
            return Math.Abs(n1 - n2) < tolerance && Math.Abs(M[0, 0] * M[0, 1] + M[1, 0] * M[1, 1]) < tolerance;
        }
    }

    private Estimate E(double[] w, Func<double, double, double, double> f, double relTol = Quadrature.DefaultRelativeTolerance) =>
        Planar.Expect(Law, M, w, V, (x1, x2, y, _) => f(x1, x2, y), relTol);

    public override Estimate Value(double[] w) { var l = Loss; return E(w, (x1, x2, y) => l.Value(y * (w[0] * x1 + w[1] * x2))); }

    /// <summary>Adaptive polar quadrature at its calibrated relative target per piece
    /// (<see cref="Quadrature.DefaultRelativeTolerance"/>) unless a tolerance below <see cref="Population.DefaultGradientTolerance"/> is asked for.</summary>
    public override VectorEstimate Gradient(double[] w, double relativeTolerance)
    {
        var l = Loss;
        var tol = relativeTolerance < DefaultGradientTolerance ? relativeTolerance : Quadrature.DefaultRelativeTolerance;
        var g1 = E(w, (x1, x2, y) => l.D1(y * (w[0] * x1 + w[1] * x2)) * y * x1, tol);
        var g2 = E(w, (x1, x2, y) => l.D1(y * (w[0] * x1 + w[1] * x2)) * y * x2, tol);
        return new VectorEstimate([g1.Value, g2.Value], Math.Sqrt(g1.Error * g1.Error + g2.Error * g2.Error));
    }

    public override MatrixEstimate Hessian(double[] w)
    {
        var l = Loss;
        var h11 = E(w, (x1, x2, y) => l.D2(y * (w[0] * x1 + w[1] * x2)) * x1 * x1);
        var h12 = E(w, (x1, x2, y) => l.D2(y * (w[0] * x1 + w[1] * x2)) * x1 * x2);
        var h22 = E(w, (x1, x2, y) => l.D2(y * (w[0] * x1 + w[1] * x2)) * x2 * x2);
        return new MatrixEstimate(new[,] { { h11.Value, h12.Value }, { h12.Value, h22.Value } }, h11.Error + h12.Error + h22.Error);
    }
}
