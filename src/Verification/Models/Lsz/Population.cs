using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>
/// The population loss L(w) = E ℓ(y wᵀx), y = sgn(vᵀx) (sgn(0) = +1), of a data distribution, with its gradient
/// ∇L(w) = E ℓ'(y wᵀx) y x (for the logistic loss this is the paper's Eq. (2), −E y x / (1 + e^(y wᵀx))) and Hessian
/// E ℓ''(y wᵀx) x xᵀ, each with an error estimate.
/// </summary>
public abstract class Population
{
    protected Population(double[] v, MarginLoss loss)
    {
        if (v.Length < 2) throw new ArgumentException("Dimension must be at least 2.");
        var n = Math.Sqrt(v.Sum(x => x * x));
        if (Math.Abs(n - 1) > 1e-12) throw new ArgumentException($"v must be a unit vector (‖v‖ = {n}).");
        V = v;
        Loss = loss;
    }

    public double[] V { get; }
    public int Dimension => V.Length;
    public MarginLoss Loss { get; }
    public abstract string Name { get; }

    /// <summary>Whether the distribution is spherically symmetric (Assumption 1).</summary>
    public abstract bool SphericallySymmetric { get; }

    /// <summary>The relative accuracy that <see cref="Gradient(double[])"/> asks for.</summary>
    public const double DefaultGradientTolerance = 1e-12;

    public abstract Estimate Value(double[] w);

    /// <summary>∇L(w) at the default relative tolerance <see cref="DefaultGradientTolerance"/>.</summary>
    public VectorEstimate Gradient(double[] w) => Gradient(w, DefaultGradientTolerance);

    /// <summary>∇L(w) with an error estimate, aiming at ‖error‖ ≤ <paramref name="relativeTolerance"/> · ‖∇L(w)‖ (the target
    /// of the quadrature; the returned error is the honest estimate, which can exceed the target where it is not reachable).</summary>
    public abstract VectorEstimate Gradient(double[] w, double relativeTolerance);

    public abstract MatrixEstimate Hessian(double[] w);

    /// <summary>g(w) = −wᵀ∇L(w) (Eq. (7)), with error ‖w‖ times the gradient's error.</summary>
    public Estimate G(double[] w)
    {
        var gr = Gradient(w);
        return new Estimate(-Vec.Dot(w, gr.Value), Vec.Norm(w) * gr.Error);
    }

    public override string ToString() => Name;
}
