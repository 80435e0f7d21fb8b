using Verification.Arithmetic;
using Verification.Dynamics.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary>
/// A stand-in population with a loss whose flows have closed forms: L(w) = ½‖w − c‖², ∇L(w) = w − c, reported with the error
/// estimate ε(w) = <see cref="ErrorScale"/>·(1 + ‖w‖) (so that the largest error depends on where the field was evaluated).
/// Every point at which the gradient was asked for is recorded, so the flows' error bookkeeping can be recomputed.
/// </summary>
internal sealed class QuadraticPopulation(double[] c, double errorScale = 0) : Population(UnitE1(c.Length), MarginLoss.Logistic)
{
    private static double[] UnitE1(int d) { var v = new double[d]; v[0] = 1; return v; }

    public double[] Centre { get; } = c;
    public double ErrorScale { get; } = errorScale;
    public List<(double[] W, double Error)> Calls { get; } = [];
    public override string Name => "quadratic";
    public override bool SphericallySymmetric => false;
    public double ErrorAt(double[] w) => ErrorScale * (1 + Vec.Norm(w));
    public override Estimate Value(double[] w) { var r = Vec.Sub(w, Centre); return new(0.5 * Vec.Dot(r, r), 0); }

    public override VectorEstimate Gradient(double[] w, double relativeTolerance)
    {
        var e = ErrorAt(w);
        Calls.Add(((double[])w.Clone(), e));
        return new VectorEstimate(Vec.Sub(w, Centre), e);
    }

    public override MatrixEstimate Hessian(double[] w) => new(Flows.Eye(w.Length), 0);
}

/// <summary>L(w) = −gᵀw: a constant gradient −g (no error).</summary>
internal sealed class LinearPopulation(double[] g) : Population(UnitE1(g.Length), MarginLoss.Logistic)
{
    private static double[] UnitE1(int d) { var v = new double[d]; v[0] = 1; return v; }
    public override string Name => "linear";
    public override bool SphericallySymmetric => false;
    public override Estimate Value(double[] w) => new(-Vec.Dot(g, w), 0);
    public override VectorEstimate Gradient(double[] w, double relativeTolerance) => new(Vec.Scale(-1, g), 0);
    public override MatrixEstimate Hessian(double[] w) => new(new double[w.Length, w.Length], 0);
}
