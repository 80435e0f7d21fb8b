using Verification.Arithmetic;
using Verification.Dynamics.Lsz;
using Xunit;
using static Verification.Tests.Models.Lsz.ModelsOracles;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary>Layers: products by hand, the layer field against exact differences, balanced and paper initialisations, and the
/// layer-wise flow against the induced flow it induces (Arora et al.'s Claim 2) with its conserved imbalance.</summary>
public partial class FlowsTests
{
    [Fact]
    public void Mul_Eye_EndToEnd_Flatten_and_Unflatten_by_hand()
    {
        double[,] a = { { 1, 0, 2 }, { -1, 3, 1 } }, b = { { 3, 1 }, { 2, 1 }, { 1, 0 } };
        var p = Flows.Mul(a, b); // [[1·3+0·2+2·1, 1·1+0+0], [−3+6+1, −1+3+0]] = [[5, 1], [4, 2]]
        Assert.Equal(new double[,] { { 5, 1 }, { 4, 2 } }, p);
        Assert.Equal(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, Flows.Eye(3));
        Assert.Equal(a, Flows.Mul(Flows.Eye(2), a));
        Assert.Equal("Shape mismatch.", Assert.Throws<ArgumentException>(() => Flows.Mul(a, a)).Message);
        // w_e = (W₂W₁)ᵀ with W₁ = a (2×3, d = 3), W₂ = (2, −1): (2·1 + 1, 0 − 3, 4 − 1) = (3, −3, 3)
        double[,] w2 = { { 2, -1 } };
        Assert.Equal(new double[] { 3, -3, 3 }, Flows.EndToEnd([a, w2]));
        Assert.Equal(new double[] { 2, -1 }, Flows.EndToEnd([w2]));
        // row-major, input layer first
        var flat = Flows.Flatten([a, w2]);
        Assert.Equal(new double[] { 1, 0, 2, -1, 3, 1, 2, -1 }, flat);
        var back = Flows.Unflatten(flat, [(2, 3), (1, 2)]);
        Assert.Equal(2, back.Count);
        Assert.Equal(a, back[0]);
        Assert.Equal(w2, back[1]);
    }

    [Fact]
    public void LayerField_is_minus_the_gradient_of_the_linear_functional_of_w_e()
    {
        // Φ(W) = ∇Lᵀ w_e(W) is linear in each W_j, so the central difference with step 1 is exact up to rounding:
        // LayerField_j[r, c] = −∂Φ/∂W_j[r, c].
        List<double[,]> layers =
            [new double[,] { { 1, 0.5, -1 }, { 0.2, 2, 0 } }, new double[,] { { 0.3, -1 }, { 1.5, 0.7 } }, new double[,] { { 2, -0.4 } }];
        double[] g = [0.3, -1.2, 0.8];
        double Phi(List<double[,]> l) => Vec.Dot(g, Flows.EndToEnd(l));
        var field = Flows.LayerField(layers, g);
        Assert.Equal(3, field.Count);
        for (var j = 0; j < layers.Count; j++)
        {
            Assert.Equal(layers[j].GetLength(0), field[j].GetLength(0));
            Assert.Equal(layers[j].GetLength(1), field[j].GetLength(1));
            for (var r = 0; r < layers[j].GetLength(0); r++)
            for (var c = 0; c < layers[j].GetLength(1); c++)
            {
                var plus = layers.Select(m => (double[,])m.Clone()).ToList();
                var minus = layers.Select(m => (double[,])m.Clone()).ToList();
                plus[j][r, c] += 1;
                minus[j][r, c] -= 1;
                var d = (Phi(plus) - Phi(minus)) / 2;
                Assert.True(Math.Abs(field[j][r, c] + d) < 1e-13, $"layer {j} [{r},{c}]: {field[j][r, c]:R} vs {-d:R}");
            }
        }
    }

    private static double[,] Gram(double[,] m, bool transposeFirst)
    {
        // transposeFirst: mᵀm; otherwise m mᵀ
        int r = m.GetLength(0), c = m.GetLength(1), n = transposeFirst ? c : r;
        var g = new double[n, n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
        for (var k = 0; k < (transposeFirst ? r : c); k++)
            g[i, j] += transposeFirst ? m[k, i] * m[k, j] : m[i, k] * m[j, k];
        return g;
    }

    /// <summary>Max over j of |W_{j+1}ᵀW_{j+1} − W_jW_jᵀ| (zero exactly when balanced).</summary>
    private static double Imbalance(List<double[,]> l) =>
        Enumerable.Range(0, l.Count - 1).Max(j => MaxDiff(Gram(l[j + 1], true), Gram(l[j], false)));

    private static readonly double[][] Units3 = [[0.6, 0.8, 0], [0, 0, -1], [0.48, 0.6, 0.64]];

    [Fact]
    public void BalancedInit_is_balanced_with_the_given_end_to_end_vector()
    {
        double[] we = [3, -4];
        for (var n = 1; n <= 4; n++)
        {
            var layers = Flows.BalancedInit(we, n, Units3.Take(n - 1).ToList());
            Assert.Equal(n, layers.Count);
            Close(we, Flows.EndToEnd(layers), 1e-13, $"w_e, N = {n}");
            if (n > 1) Assert.True(Imbalance(layers) < 1e-13, $"imbalance {Imbalance(layers)} at N = {n}");
            // W_1 = s u₂ w̄ᵀ with s = ‖w_e‖^(1/N) = 5^(1/N): its Frobenius norm is s
            var w1 = layers[0];
            var fro = Math.Sqrt(w1.Cast<double>().Sum(x => x * x));
            Assert.Equal(Math.Pow(5, 1.0 / n), fro, 1e-13);
            if (n > 1) Assert.Equal(Math.Pow(5, 1.0 / n) * Units3[0][1] * (-0.8), w1[1, 1], 1e-13);
        }
        var e = Assert.Throws<ArgumentException>(() => Flows.BalancedInit(we, 3, Units3.Take(1).ToList()));
        Assert.Equal("Need N − 1 unit vectors u₂ … u_N.", e.Message);
    }

    [Fact]
    public void PaperInit_and_ChainInit_by_hand()
    {
        // W₁ = u₂ w_eᵀ, W₂ = u₂ᵀ: products and balancedness only when ‖w_e‖ = 1
        double[] we = [0.6, -0.8], u2 = [0, 1, 0];
        var l = Flows.PaperInit(we, [u2]);
        Assert.Equal(new double[,] { { 0, 0 }, { 0.6, -0.8 }, { 0, 0 } }, l[0]);
        Assert.Equal(new double[,] { { 0, 1, 0 } }, l[1]);
        Assert.True(Imbalance(l) < 1e-15);
        var big = Flows.PaperInit([1.2, -1.6], [u2]);
        Close([1.2, -1.6], Flows.EndToEnd(big), 1e-15, "w_e");
        Assert.Equal(3, Imbalance(big), 1e-12); // ‖w_e‖² − 1 = 4 − 1 on the (1,1) entry
        // ChainInit with scales: W₁ = 2 u₂u₁ᵀ, W₂ = 3 u₂ᵀ
        var ch = Flows.ChainInit([[1, 2], [1, -1]], [2, 3]);
        Assert.Equal(new double[,] { { 2, 4 }, { -2, -4 } }, ch[0]);
        Assert.Equal(new double[,] { { 3, -3 } }, ch[1]);
        Assert.Single(Flows.ChainInit([[1, 2]], [5]));
        Assert.Equal(new double[,] { { 5, 10 } }, Flows.ChainInit([[1, 2]], [5])[0]);
    }

    [Fact]
    public void InducedField_is_the_derivative_of_w_e_along_the_layer_field_at_a_balanced_point()
    {
        // w_e(W) is multilinear, so its derivative along (V_j) is exactly Σ_j w_e(W with W_j replaced by V_j).
        double[] we = [0.9, -0.3], g = [0.4, 1.1];
        for (var n = 2; n <= 4; n++)
        {
            var layers = Flows.BalancedInit(we, n, Units3.Take(n - 1).ToList());
            var field = Flows.LayerField(layers, g);
            var sum = new double[we.Length];
            for (var j = 0; j < n; j++)
            {
                var l = layers.ToList();
                l[j] = field[j];
                sum = Vec.Axpy(1, Flows.EndToEnd(l), sum);
            }
            Close(sum, Flows.InducedField(g, we, n), 1e-13, $"N = {n}");
        }
    }

    [Fact]
    public void LayerwiseFlow_induces_the_flow_of_Eq14_and_conserves_the_imbalance()
    {
        // Quadratic loss with centre c ≠ 0 (the direction turns): from a balanced start the end-to-end vector of the layer-wise
        // flow follows (14); the differences W_{j+1}ᵀW_{j+1} − W_jW_jᵀ are conserved along the layer-wise flow for any start.
        double[] c = [1, 0.5], we0 = [0.6, -0.8];
        const double t = 0.6;
        var pop = new QuadraticPopulation(c, 1e-11);
        var layers0 = Flows.BalancedInit(we0, 3, Units3.Take(2).ToList());
        var shapes = layers0.Select(m => (m.GetLength(0), m.GetLength(1))).ToList();
        var lw = Flows.LayerwiseFlow(pop, layers0, t, Tight);
        Assert.Equal(t, lw.Horizon);
        Assert.Equal(pop.Calls.Max(x => x.Error), lw.MaxFieldError);
        var ind = Flows.InducedFlow(new QuadraticPopulation(c), 3, we0, t, Tight);
        var weL = Flows.EndToEnd(Flows.Unflatten(lw.Ode.Last, shapes));
        Close(ind.Ode.Last, weL, FlowTol, "w_e: layer-wise vs induced");
        Assert.True(Vec.Norm(Vec.Sub(weL, we0)) > 0.1); // it moved
        Assert.True(Imbalance(Flows.Unflatten(lw.Ode.Last, shapes)) < 1e-8);

        // an unbalanced start: the imbalance matrices themselves are conserved
        List<double[,]> un = [new double[,] { { 1, 0.5 }, { -0.3, 0.8 } }, new double[,] { { 0.7, 1.1 } }];
        var sh = un.Select(m => (m.GetLength(0), m.GetLength(1))).ToList();
        var tr = Flows.LayerwiseFlow(new QuadraticPopulation(c), un, t, Tight);
        var end = Flows.Unflatten(tr.Ode.Last, sh);
        var before = Sub(Gram(un[1], true), Gram(un[0], false));
        var after = Sub(Gram(end[1], true), Gram(end[0], false));
        Assert.True(MaxDiff(before, after) < 1e-8, $"imbalance drift {MaxDiff(before, after):E2}");
        Assert.True(MaxDiff(un[0], end[0]) > 0.05);
        Assert.Equal(0, tr.MaxFieldError);
    }

    [Fact]
    public void LayerwiseFlow_of_one_layer_is_gradient_flow()
    {
        double[] c = [1, -1], w0 = [2, 3];
        var tr = Flows.LayerwiseFlow(new QuadraticPopulation(c), [new double[,] { { 2, 3 } }], 1, Tight);
        Close(c.Select((ci, i) => ci + (w0[i] - ci) * Math.Exp(-1)).ToArray(), tr.Ode.Last, FlowTol, "w(1)");
        // default options
        var d = Flows.LayerwiseFlow(new QuadraticPopulation(c), [new double[,] { { 2, 3 } }], 1);
        Close(tr.Ode.Last, d.Ode.Last, 1e-6, "default options");
    }

    private static double[,] Sub(double[,] a, double[,] b)
    {
        var r = (double[,])a.Clone();
        for (var i = 0; i < a.GetLength(0); i++) for (var j = 0; j < a.GetLength(1); j++) r[i, j] -= b[i, j];
        return r;
    }
}
