using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>A finite point set with weights (an exact average; only rounding error).</summary>
public sealed class PointsPopulation : Population
{
    public PointsPopulation(IReadOnlyList<double[]> points, double[] v, IReadOnlyList<double>? weights = null, MarginLoss? loss = null)
        : base(v, loss ?? MarginLoss.Logistic)
    {
        if (points.Count == 0) throw new ArgumentException("Empty point set.");
        if (points.Any(p => p.Length != v.Length)) throw new ArgumentException("Point dimension differs from v.");
        weights ??= Enumerable.Repeat(1.0, points.Count).ToList();
        if (weights.Count != points.Count || weights.Any(x => !(x > 0))) throw new ArgumentException("Weights must be positive, one per point.");
        var total = weights.Sum();
        Points = points;
        Weights = weights.Select(x => x / total).ToArray();
    }

    public IReadOnlyList<double[]> Points { get; }
    public double[] Weights { get; }
    public override string Name => $"{Points.Count} points";
    public override bool SphericallySymmetric => false;
    private double Y(double[] x) => Vec.Dot(V, x) >= 0 ? 1 : -1;
    private double Tol => 1e-15 * Points.Count;

    public override Estimate Value(double[] w) =>
        new(Points.Select((x, i) => Weights[i] * Loss.Value(Y(x) * Vec.Dot(w, x))).Sum(), Tol);

    /// <summary>An exact finite average: the tolerance is met up to rounding.</summary>
    public override VectorEstimate Gradient(double[] w, double relativeTolerance)
    {
        var g = new double[Dimension];
        for (var i = 0; i < Points.Count; i++)
        {
            var x = Points[i];
            var y = Y(x);
            var c = Weights[i] * Loss.D1(y * Vec.Dot(w, x)) * y;
            for (var k = 0; k < g.Length; k++) g[k] += c * x[k];
        }
        return new VectorEstimate(g, Tol);
    }

    public override MatrixEstimate Hessian(double[] w)
    {
        var d = Dimension;
        var h = new double[d, d];
        for (var i = 0; i < Points.Count; i++)
        {
            var x = Points[i];
            var c = Weights[i] * Loss.D2(Y(x) * Vec.Dot(w, x));
            for (var a = 0; a < d; a++) for (var b = 0; b < d; b++) h[a, b] += c * x[a] * x[b];
        }
        return new MatrixEstimate(h, Tol);
    }
}
