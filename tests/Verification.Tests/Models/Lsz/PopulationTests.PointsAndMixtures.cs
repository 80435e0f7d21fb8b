using Verification.Arithmetic;
using Verification.Models.Lsz;
using Xunit;
using static Verification.Tests.Models.Lsz.ModelsOracles;

namespace Verification.Tests.Models.Lsz;

/// <summary>Finite weighted point sets and mixtures of populations: weighted averages written out.</summary>
public partial class PopulationTests
{
    /// <summary>A finite weighted point set: L = Σ pᵢ ℓ(yᵢ wᵀxᵢ), ∇L = Σ pᵢ ℓ'(yᵢ wᵀxᵢ) yᵢ xᵢ, ∇²L = Σ pᵢ ℓ''(yᵢ wᵀxᵢ) xᵢxᵢᵀ written
    /// out for three points (one on the decision boundary, where y = +1), with weights normalised.</summary>
    [Theory]
    [InlineData("log")]
    [InlineData("exp")]
    public void Points_population_is_the_weighted_average(string lossName)
    {
        var loss = lossName == "exp" ? MarginLoss.Exponential : MarginLoss.Logistic;
        double[] v = [0.6, 0.8, 0];
        double[][] x = [[1, 2, -1], [-2, 0.5, 3], [0.8, -0.6, 2]];   // vᵀx = 2.2, −0.8, 0
        double[] y = [1, -1, 1];
        double[] wt = [1, 2, 5];
        double[] p = [1 / 8.0, 2 / 8.0, 5 / 8.0];
        var pop = new PointsPopulation(x, v, wt, loss);
        Assert.Equal(p, pop.Weights);
        double[] w = [0.3, -0.7, 0.2];
        double L = 0;
        var g = new double[3];
        var h = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            var z = y[i] * (w[0] * x[i][0] + w[1] * x[i][1] + w[2] * x[i][2]);
            L += p[i] * loss.Value(z);
            for (var k = 0; k < 3; k++)
            {
                g[k] += p[i] * loss.D1(z) * y[i] * x[i][k];
                for (var m = 0; m < 3; m++) h[k, m] += p[i] * loss.D2(z) * x[i][k] * x[i][m];
            }
        }
        var val = pop.Value(w);
        Close(L, val.Value, 1e-14, "L");
        Close(3e-15, val.Error, 1e-15, "L error (3 points × 1e−15)");
        var gr = pop.Gradient(w);
        Assert.True(MaxDiff(gr.Value, g) <= 1e-14, $"({string.Join(", ", gr.Value)})");
        Close(3e-15, gr.Error, 1e-15, "∇L error");
        var he = pop.Hessian(w);
        Assert.True(MaxDiff(he.Value, h) <= 1e-14);
        Close(3e-15, he.Error, 1e-15, "∇²L error");
        // unweighted: equal weights
        var eq = new PointsPopulation(x, v, null, loss);
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], eq.Weights);
        // G(w) = −wᵀ∇L
        Close(-Vec.Dot(w, g), pop.G(w).Value, 1e-13, "g(w)");
    }

    /// <summary>A mixture of populations is the weighted average of its parts (weights normalised) in value, gradient,
    /// Hessian and error estimates.</summary>
    [Fact]
    public void Mixture_population_is_the_weighted_average()
    {
        double[] v = [0.6, 0.8];
        var a = new PointsPopulation([[1, 2], [-2, 0.5]], v, [1, 3], MarginLoss.Exponential);
        var b = new PointsPopulation([[0.5, -1], [3, 1], [0, 2]], v, null, MarginLoss.Exponential);
        var mix = new MixturePopulation([(2, a), (6, b)]);
        Assert.Equal([0.25, 0.75], mix.Parts.Select(q => q.Weight));
        Assert.Same(MarginLoss.Exponential, mix.Loss);
        Assert.Equal(v, mix.V);
        double[] w = [-0.4, 0.9];
        var val = mix.Value(w);
        Close(0.25 * a.Value(w).Value + 0.75 * b.Value(w).Value, val.Value, 1e-15, "L");
        Close(0.25 * 2e-15 + 0.75 * 3e-15, val.Error, 1e-15, "L error");
        var gr = mix.Gradient(w);
        var ga = a.Gradient(w).Value;
        var gb = b.Gradient(w).Value;
        Assert.True(MaxDiff(gr.Value, [0.25 * ga[0] + 0.75 * gb[0], 0.25 * ga[1] + 0.75 * gb[1]]) <= 1e-15);
        Close(0.25 * 2e-15 + 0.75 * 3e-15, gr.Error, 1e-15, "∇L error");
        var he = mix.Hessian(w);
        var ha = a.Hessian(w).Value;
        var hb = b.Hessian(w).Value;
        for (var i = 0; i < 2; i++) for (var j = 0; j < 2; j++) Close(0.25 * ha[i, j] + 0.75 * hb[i, j], he.Value[i, j], 1e-15, $"H[{i},{j}]");
        Close(0.25 * 2e-15 + 0.75 * 3e-15, he.Error, 1e-15, "∇²L error");
        // the same mixture written as one weighted point set
        var one = new PointsPopulation([[1, 2], [-2, 0.5], [0.5, -1], [3, 1], [0, 2]], v, [0.25 * 0.25, 0.25 * 0.75, 0.25, 0.25, 0.25],
            MarginLoss.Exponential);
        Close(one.Value(w).Value, val.Value, 1e-14, "as one point set");
    }
}
