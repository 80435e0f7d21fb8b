using MathNet.Numerics.Integration;
using MathNet.Numerics.LinearAlgebra;
using Verification.Arithmetic;

namespace Verification.Experiments.Lsz;

/// <summary>How far SGD may stray from the gradient flow at each sampled time: the tolerances of the figure claims.</summary>
/// <param name="Bias">|cos θ_GD − cos θ_GF|: full-batch gradient descent with the same η against the flow (the discretisation).</param>
/// <param name="SdCos">Standard deviation of cos θ_SGD by the linear-noise approximation along the flow.</param>
/// <param name="SdNormStep">Standard deviation of the noise added to ‖w_e‖ between two consecutive samples.</param>
public sealed record SgdTolerance(double[] Bias, double[] SdCos, double[] SdNormStep)
{
    /// <summary>Standard deviations allowed: a normal deviate exceeds 5 with probability 5.7·10⁻⁷, so over the 61–81 sampled times the
    /// family-wise false-fail rate is below 5·10⁻⁵.</summary>
    public const double Sigmas = 5;

    /// <summary>The allowed |cos θ_SGD − cos θ_GF| at sample k.</summary>
    public double Cos(int k) => Bias[k] + Sigmas * SdCos[k];

    /// <summary>The slack of the norm pattern: 5 standard deviations of the noise between consecutive samples, at its largest.</summary>
    public double NormSlack => Sigmas * SdNormStep.Max();
}

/// <summary>
/// The error estimate behind the SGD tolerances. SGD is the full-batch step plus noise: w ← w + η F(w) + η M(w) ξ with ξ the
/// mini-batch gradient's deviation (covariance Σ(w)/B) and M the linear map from a gradient to the update (the identity for the
/// linear predictor, the layer field for the deep net). Linearised about the flow, the deviation's covariance follows
/// P ← J P Jᵀ + η² M Σ Mᵀ/B with J = I + η ∂F/∂y (the linear-noise approximation), propagated step by step between samples.
/// The deterministic part is measured: full-batch GD with the same η against the flow.
/// </summary>
public static class LszNoise
{
    /// <summary>
    /// Σ(w) = E[ℓ'(z)² x xᵀ] − ∇L∇Lᵀ for x ∼ U(S¹), v = (0, 1), z = y wᵀx: the covariance of one sample's gradient. Gauss–Legendre
    /// (MathNet, 200 nodes) on the two half circles, where y is constant and the integrand analytic.
    /// </summary>
    public static double[,] SampleCovariance(double[] w)
    {
        double[] m1 = new double[2];
        var m2 = new double[2, 2];
        foreach (var (a, b, y) in new[] { (0.0, Math.PI, 1.0), (Math.PI, 2 * Math.PI, -1.0) })
        {
            double S(double phi) => 1 / (1 + Math.Exp(y * (w[0] * Math.Cos(phi) + w[1] * Math.Sin(phi))));
            double X(double phi, int i) => i == 0 ? Math.Cos(phi) : Math.Sin(phi);
            for (var i = 0; i < 2; i++)
            {
                var ii = i;
                m1[i] += GaussLegendreRule.Integrate(p => -y * X(p, ii) * S(p), a, b, 200) / (2 * Math.PI);
                for (var j = 0; j < 2; j++)
                {
                    var jj = j;
                    m2[i, j] += GaussLegendreRule.Integrate(p => S(p) * S(p) * X(p, ii) * X(p, jj), a, b, 200) / (2 * Math.PI);
                }
            }
        }
        return new[,] { { m2[0, 0] - m1[0] * m1[0], m2[0, 1] - m1[0] * m1[1] }, { m2[1, 0] - m1[1] * m1[0], m2[1, 1] - m1[1] * m1[1] } };
    }

    /// <summary>
    /// The tolerances along a flow sampled at <paramref name="states"/> every <paramref name="steps"/> SGD steps: field F (the
    /// full-batch update direction), gradient-to-update map M (columns: the update for the unit gradients e₁, e₂), end-to-end
    /// vector of a state, and the full-batch GD states at the same samples for the bias.
    /// </summary>
    public static SgdTolerance Estimate(double[][] states, double[][] gdStates, Func<double[], double[]> field, Func<double[], double[][]> gradientMap,
        Func<double[], double[]> endToEnd, int steps, double eta, int batch)
    {
        var dim = states[0].Length;
        var v = LszExperiments.V;
        var p = Matrix<double>.Build.Dense(dim, dim);
        var sdCos = new double[states.Length];
        var sdStep = new double[states.Length];
        var bias = new double[states.Length];
        for (var k = 0; k < states.Length; k++)
        {
            bias[k] = Math.Abs(Vec.Cos(endToEnd(gdStates[k]), v) - Vec.Cos(endToEnd(states[k]), v));
            var c = Gradient(y => Vec.Cos(endToEnd(y), v), states[k]);
            var nrm = Gradient(y => Vec.Norm(endToEnd(y)), states[k]);
            sdCos[k] = Math.Sqrt(Math.Max(0, c * p * c));
            if (k + 1 == states.Length) break;
            var y0 = states[k];
            var a = Matrix<double>.Build.Dense(dim, dim);
            for (var j = 0; j < dim; j++)
            {
                var h = 1e-6 * Math.Max(1, Math.Abs(y0[j]));
                var up = (double[])y0.Clone();
                var dn = (double[])y0.Clone();
                up[j] += h;
                dn[j] -= h;
                var fu = field(up);
                var fd = field(dn);
                for (var i = 0; i < dim; i++) a[i, j] = (fu[i] - fd[i]) / (2 * h);
            }
            var jac = Matrix<double>.Build.DenseIdentity(dim) + eta * a;
            var sx = SampleCovariance(endToEnd(y0));
            var m = gradientMap(y0);
            var s = Matrix<double>.Build.Dense(dim, dim, (i, j) =>
            {
                var acc = 0.0;
                for (var q = 0; q < 2; q++) for (var r = 0; r < 2; r++) acc += m[q][i] * sx[q, r] * m[r][j];
                return acc * eta * eta / batch;
            });
            var step = Matrix<double>.Build.Dense(dim, dim);
            for (var i = 0; i < steps; i++)
            {
                p = jac * p * jac.Transpose() + s;
                step = jac * step * jac.Transpose() + s;
            }
            sdStep[k + 1] = Math.Sqrt(Math.Max(0, nrm * step * nrm));
        }
        return new SgdTolerance(bias, sdCos, sdStep);
    }

    /// <summary>Central differences of a function of the state (no population gradient involved: cheap).</summary>
    private static Vector<double> Gradient(Func<double[], double> f, double[] y)
    {
        var g = Vector<double>.Build.Dense(y.Length);
        for (var j = 0; j < y.Length; j++)
        {
            var h = 1e-7 * Math.Max(1, Math.Abs(y[j]));
            var up = (double[])y.Clone();
            var dn = (double[])y.Clone();
            up[j] += h;
            dn[j] -= h;
            g[j] = (f(up) - f(dn)) / (2 * h);
        }
        return g;
    }
}
