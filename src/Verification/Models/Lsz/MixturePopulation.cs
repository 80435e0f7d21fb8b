using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>A finite mixture of populations with the same v and loss.</summary>
public sealed class MixturePopulation : Population
{
    public MixturePopulation(IReadOnlyList<(double Weight, Population Part)> parts) : base(parts[0].Part.V, parts[0].Part.Loss)
    {
        var total = parts.Sum(p => p.Weight);
        Parts = parts.Select(p => (p.Weight / total, p.Part)).ToList();
    }

    public IReadOnlyList<(double Weight, Population Part)> Parts { get; }
    public override string Name => string.Join(" + ", Parts.Select(p => $"{p.Weight:G3}·[{p.Part.Name}]"));
    public override bool SphericallySymmetric => Parts.All(p => p.Part.SphericallySymmetric);
    public override Estimate Value(double[] w) => Sum(p => p.Value(w));
    private Estimate Sum(Func<Population, Estimate> f)
    {
        double v = 0, e = 0;
        foreach (var (wt, p) in Parts) { var r = f(p); v += wt * r.Value; e += wt * r.Error; }
        return new(v, e);
    }

    public override VectorEstimate Gradient(double[] w, double relativeTolerance)
    {
        var g = new double[Dimension];
        var e = 0.0;
        foreach (var (wt, p) in Parts)
        {
            var r = p.Gradient(w, relativeTolerance);
            for (var k = 0; k < g.Length; k++) g[k] += wt * r.Value[k];
            e += wt * r.Error;
        }
        return new VectorEstimate(g, e);
    }

    public override MatrixEstimate Hessian(double[] w)
    {
        var d = Dimension;
        var h = new double[d, d];
        var e = 0.0;
        foreach (var (wt, p) in Parts)
        {
            var r = p.Hessian(w);
            for (var a = 0; a < d; a++) for (var b = 0; b < d; b++) h[a, b] += wt * r.Value[a, b];
            e += wt * r.Error;
        }
        return new MatrixEstimate(h, e);
    }
}
