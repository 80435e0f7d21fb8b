using Verification.Geometry.Lyx;

namespace Verification.Dynamics.Lyx;

/// <summary>
/// Population gradient descent (3) in d = 2, in double, with the gradient of <see cref="Population2D"/> at every step, for the
/// conference class-1 problem (6) (neurons w then u, common bias) or the journal class-1 problem (6) with V. Records the loss,
/// its quadrature error, GC of the positive neurons, the column-wise norm |W| and P[Ω] per step.
/// </summary>
public static class PopulationGd
{
    /// <param name="PositiveNorm">Σ |w_l| over the tracked (positive) neurons only: non-decreasing under GD by C Lemma 3 [J Lemma 5.1].</param>
    public sealed record Trajectory(double[] Loss, double[] Error, bool[] Gc, double[] Norm, double[] POmega, int Steps, double[] PositiveNorm)
    {
        public double MaxNorm => Norm.Max();
    }

    /// <summary>Runs <paramref name="steps"/> steps (or stops early once the loss is below 1e-14). positive[l] marks the neurons whose GC is tracked.</summary>
    public static Trajectory Run(AnnulusDensity density, double[][] w, double[] bias, double[][] coef, bool[] positive, double eta, int steps,
        double tol = 1e-9)
    {
        if (!(eta > 0)) throw new ArgumentException("The learning rate must be positive.");
        var cur = w.Select(v => (double[])v.Clone()).ToArray();
        var loss = new List<double>(); var err = new List<double>(); var gc = new List<bool>();
        var norm = new List<double>(); var pom = new List<double>(); var posNorm = new List<double>();
        for (var t = 0; t <= steps; t++)
        {
            var res = new Population2D(density, cur, bias, coef, tol).Compute();
            loss.Add(res.Loss); err.Add(res.Error); pom.Add(res.POmega.Sum());
            norm.Add(cur.Sum(v => Math.Sqrt(v[0] * v[0] + v[1] * v[1])));
            posNorm.Add(cur.Where((_, l) => positive[l]).Sum(v => Math.Sqrt(v[0] * v[0] + v[1] * v[1])));
            var pos = cur.Where((_, l) => positive[l]).ToArray();
            gc.Add(pos.Length > 0 && pos.All(v => v[0] != 0 || v[1] != 0)
                && GeometricCondition.Holds2D(pos.Select(v => v[0]).ToArray(), pos.Select(v => v[1]).ToArray()));
            if (t == steps || res.Loss < 1e-14) break;
            for (var l = 0; l < cur.Length; l++) { cur[l][0] -= eta * res.Gradient[l][0]; cur[l][1] -= eta * res.Gradient[l][1]; }
        }
        return new Trajectory(loss.ToArray(), err.ToArray(), gc.ToArray(), norm.ToArray(), pom.ToArray(), loss.Count - 1, posNorm.ToArray());
    }

    public static Trajectory Conference(AnnulusDensity density, double[][] w, double[][] u, double b, double eta, int steps, double tol = 1e-9)
    {
        var k = w.Length;
        var coef = new[] { Enumerable.Range(0, 2 * k).Select(l => l < k ? 1.0 : -1.0).ToArray() };
        return Run(density, w.Concat(u).ToArray(), Enumerable.Repeat(b, 2 * k).ToArray(), coef, Enumerable.Range(0, 2 * k).Select(l => l < k).ToArray(),
            eta, steps, tol);
    }

    public static Trajectory Journal(AnnulusDensity density, double[][] w, double[] bias, double[][] v, double eta, int steps, double tol = 1e-9)
    {
        var coef = Enumerable.Range(1, v.Length - 1).Select(r => Enumerable.Range(0, w.Length).Select(l => v[0][l] - v[r][l]).ToArray()).ToArray();
        return Run(density, w, bias, coef, Enumerable.Range(0, w.Length).Select(l => v[0][l] > 0).ToArray(), eta, steps, tol);
    }
}
