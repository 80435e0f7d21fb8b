using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Xunit;
using static Verification.Tests.Lsz.ModelsOracles;

namespace Verification.Tests.Lsz;

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

/// <summary>
/// <see cref="Flows"/>, <see cref="GdRun"/> and <see cref="Schedules"/> against independent oracles: closed-form solutions of
/// gradient flow and of the induced flow (14) for a quadratic loss, the induced flow against the layer-wise flow it is induced
/// from (Arora et al.'s Claim 2), conservation of W_{j+1}ᵀW_{j+1} − W_jW_jᵀ along the layer-wise flow, the layer field
/// against exact differences of a multilinear map, hand-computed gradient-descent steps, and direct summation of S_n^±.
/// All horizons are short (each test runs in milliseconds).
/// </summary>
[Trait("Paper", "LSZ")]
public class FlowsTests
{
    private static readonly OdeOptions Tight = new(1e-11, 1e-13);

    // The flows below contract (∇L = w − c is 1-Lipschitz monotone, the radial induced flows decay), so the global error is at
    // most the sum of the local error estimates, ≤ ~1e-10 over these horizons at relative tolerance 1e-11; 1e-8 leaves room.
    private const double FlowTol = 1e-8;

    private static void Close(double[] want, double[] got, double tol, string what)
    {
        Assert.Equal(want.Length, got.Length);
        for (var i = 0; i < want.Length; i++)
            Assert.True(Math.Abs(want[i] - got[i]) <= tol, $"{what}[{i}]: want {want[i]:R}, got {got[i]:R}");
    }

    // ---------------------------------------------------------------- gradient flow

    [Fact]
    public void GradientFlow_of_a_quadratic_is_exponential_relaxation_with_its_error_bookkeeping()
    {
        // ẇ = −(w − c)  ⇒  w(t) = c + (w₀ − c) e^(−t)
        double[] c = [1, -2, 0.5], w0 = [3, 1, -1];
        var pop = new QuadraticPopulation(c, 1e-9);
        var tr = Flows.GradientFlow(pop, w0, 2, Tight);
        Assert.True(tr.Ode.ReachedEnd);
        Close(c.Select((ci, i) => ci + (w0[i] - ci) * Math.Exp(-2)).ToArray(), tr.Ode.Last, FlowTol, "w(2)");
        foreach (var (t, y) in tr.Ode.T.Zip(tr.Ode.Y))
            Close(c.Select((ci, i) => ci + (w0[i] - ci) * Math.Exp(-t)).ToArray(), y, FlowTol, $"w({t})");
        // the vector field is −∇L at every stored point
        for (var k = 0; k < tr.Ode.T.Count; k++) Close(Vec.Scale(-1, Vec.Sub(tr.Ode.Y[k], c)), tr.Ode.F[k], 1e-15, "F");
        Assert.Equal(2, tr.Horizon);
        Assert.Equal(pop.Calls.Max(x => x.Error), tr.MaxFieldError);
        Assert.Equal(tr.Ode.SumLocalError + 2 * tr.MaxFieldError, tr.StateError, 1e-20);
        Assert.True(tr.MaxFieldError > pop.ErrorAt(w0) * (1 - 1e-12));
    }

    [Fact]
    public void GradientFlow_passes_options_and_stop_condition_through()
    {
        double[] c = [0, 0], w0 = [1, 0];
        var pop = new QuadraticPopulation(c);
        var stopped = Flows.GradientFlow(pop, w0, 5, Tight, (t, w) => w[0] < 0.5);
        Assert.False(stopped.Ode.ReachedEnd);
        Assert.Equal(stopped.Ode.LastT, stopped.Horizon);
        Assert.True(stopped.Horizon < 5 && stopped.Horizon >= Math.Log(2) - 1e-9);
        Assert.True(stopped.Ode.Last[0] < 0.5);
        // MaxStep is honoured: at least 1/0.01 steps over [0, 1]
        var fine = Flows.GradientFlow(pop, w0, 1, new OdeOptions(1e-6, 1e-8, MaxStep: 0.01));
        Assert.True(fine.Ode.T.Count >= 100);
        Assert.Equal(0, fine.MaxFieldError);
        Assert.Equal(fine.Ode.SumLocalError, fine.StateError);
        // default options (null) reach the end accurately as well
        var dflt = Flows.GradientFlow(pop, w0, 1);
        Assert.True(Math.Abs(dflt.Ode.Last[0] - Math.Exp(-1)) < 1e-7);
    }

    [Fact]
    public void GradientFlow_on_the_circle_law_decreases_the_loss()
    {
        // A real population (U(S¹), logistic loss): L is non-increasing along gradient flow, dL/dt = −‖∇L‖².
        var pop = new SphericalPopulation(new CircleRadius(), [0, 1]);
        var tr = Flows.GradientFlow(pop, [0.6, -0.8], 1, new OdeOptions(1e-9, 1e-11, MaxStep: 0.25));
        var losses = tr.Ode.Y.Select(w => pop.Value(w).Value).ToList();
        for (var k = 1; k < losses.Count; k++) Assert.True(losses[k] < losses[k - 1], $"L rose at step {k}");
        // and it is the gradient flow of that loss: F = −∇L at the stored points
        for (var k = 0; k < tr.Ode.T.Count; k += 3) Close(Vec.Scale(-1, pop.Gradient(tr.Ode.Y[k]).Value), tr.Ode.F[k], 1e-12, "F");
        Assert.True(tr.MaxFieldError > 0 && tr.MaxFieldError < 1e-9);
    }

    // ---------------------------------------------------------------- the induced flow (14)

    [Fact]
    public void InducedField_is_the_right_hand_side_of_Eq14()
    {
        // w_e = (3, 4): ‖w_e‖ = 5, w̄ = (0.6, 0.8); ∇L = (1, 2): w̄ᵀ∇L = 2.2; N = 3:
        // −5^(4/3) ((1, 2) + 2·2.2·(0.6, 0.8)) = −5^(4/3) (3.64, 5.52)
        var f = Flows.InducedField([1, 2], [3, 4], 3);
        Close([-Math.Pow(5, 4.0 / 3) * 3.64, -Math.Pow(5, 4.0 / 3) * 5.52], f, 1e-12, "(14)");
        // N = 1 is plain gradient flow
        Close([-1, -2], Flows.InducedField([1, 2], [3, 4], 1), 1e-15, "N=1");
        // N = 2: −‖w‖ (∇L + w̄w̄ᵀ∇L); ∇L ⊥ w̄ leaves only the first term
        Close([-5 * 4, 5 * 3], Flows.InducedField([4, -3], [3, 4], 2), 1e-13, "N=2 ⊥");
        // w_e = 0: the field vanishes
        Assert.Equal(new double[3], Flows.InducedField([1, 2, 3], [0, 0, 0], 4));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void InducedFlow_of_a_radial_quadratic_has_the_closed_form(int n)
    {
        // ∇L = w: ẇ = −N ‖w‖^(2−2/N) w, so the direction is fixed and a = ‖w‖ solves a' = −N a^(3−2/N):
        // N = 1: a = a₀ e^(−t); N ≥ 2: a^(−(2−2/N)) = a₀^(−(2−2/N)) + 2(N−1) t.
        double[] w0 = [0.6, -0.8, 1.2];
        var a0 = Vec.Norm(w0);
        const double t = 0.7;
        var pop = new QuadraticPopulation([0, 0, 0], 1e-10);
        var tr = Flows.InducedFlow(pop, n, w0, t, Tight);
        var p = 2 - 2.0 / n;
        var a = n == 1 ? a0 * Math.Exp(-t) : Math.Pow(Math.Pow(a0, -p) + 2 * (n - 1) * t, -1 / p);
        Close(Vec.Scale(a / a0, w0), tr.Ode.Last, FlowTol, $"w_e({t}), N = {n}");
        Assert.Equal(t, tr.Horizon);
        // the error of the field: the gradient error times ‖w‖^(2−2/N) times N (the norm of the operator I + (N−1) w̄w̄ᵀ)
        var want = pop.Calls.Max(x => x.Error * Math.Pow(Vec.Norm(x.W), p) * n);
        Assert.Equal(want, tr.MaxFieldError, want * 1e-14);
        Assert.Equal(tr.Ode.SumLocalError + t * tr.MaxFieldError, tr.StateError, 1e-18);
    }

    [Fact]
    public void InducedFlow_with_a_constant_gradient_grows_along_it_and_stops_when_asked()
    {
        // ∇L = −g constant, w_e ∥ g: ẇ = N ‖w‖^(2−2/N) g (w̄w̄ᵀg = g), so for N = 2, a' = 2‖g‖a: a = a₀ e^(2‖g‖t).
        double[] g = [0, 2];
        var lin = new LinearPopulation(g);
        var tr = Flows.InducedFlow(lin, 2, [0, 0.5], 0.5, Tight);
        Close([0, 0.5 * Math.Exp(2 * 2 * 0.5)], tr.Ode.Last, FlowTol * 10, "a(0.5)");
        var stopped = Flows.InducedFlow(lin, 2, [0, 0.5], 0.5, Tight, (_, w) => w[1] > 1);
        Assert.False(stopped.Ode.ReachedEnd);
        Assert.True(stopped.Horizon < 0.5 && stopped.Ode.Last[1] > 1);
    }

    [Fact]
    public void InducedFlow_rejects_depth_below_one()
    {
        var e = Assert.Throws<ArgumentException>(() => Flows.InducedFlow(new QuadraticPopulation([0, 0]), 0, [1, 0], 1));
        Assert.Equal("Depth N must be at least 1.", e.Message);
        // N = 1 is allowed and is gradient flow
        var one = Flows.InducedFlow(new QuadraticPopulation([0, 0]), 1, [1, 0], 1, Tight);
        Assert.True(Math.Abs(one.Ode.Last[0] - Math.Exp(-1)) < FlowTol);
    }

    // ---------------------------------------------------------------- layers

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
        List<double[,]> layers = [new double[,] { { 1, 0.5, -1 }, { 0.2, 2, 0 } }, new double[,] { { 0.3, -1 }, { 1.5, 0.7 } }, new double[,] { { 2, -0.4 } }];
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

    // ---------------------------------------------------------------- transition time

    // y = (x, z), ẋ = 1, ż = −z: x = x₀ + t, z = z₀ e^(−t); H = yᵀẏ = x − z².
    private static double[] Field(double[] y) => [1, -y[1]];

    private static Trajectory Run(double x0, double z0, double tEnd, OdeOptions o) =>
        new(DormandPrince.Integrate((_, y) => Field(y), 0, [x0, z0], tEnd, o), 0, tEnd);

    /// <summary>The root of H(t) = x₀ + t − z₀² e^(−2t) (increasing) by bisection on the closed form.</summary>
    private static double Root(double x0, double z0)
    {
        double lo = 0, hi = 10;
        for (var i = 0; i < 200; i++) { var m = 0.5 * (lo + hi); if (x0 + m - z0 * z0 * Math.Exp(-2 * m) >= 0) hi = m; else lo = m; }
        return hi;
    }

    [Fact]
    public void TransitionTime_finds_the_sign_change_of_w_dot_w_dot()
    {
        var o = new OdeOptions(1e-12, 1e-14);
        var tr = Run(-1, 0.5, 3, o);
        var r = Flows.TransitionTime(tr, Field, o);
        Assert.NotNull(r);
        var (t, w) = r.Value;
        var want = Root(-1, 0.5);
        Assert.True(Math.Abs(t - want) < 1e-10, $"T = {t:R}, want {want:R}");
        Close([-1 + want, 0.5 * Math.Exp(-want)], w, 1e-10, "w(T)");
        Assert.True(Vec.Dot(w, Field(w)) >= 0); // T is the upper end of the bracket
        // the bracket is one accepted step, refined: T lies strictly between stored step times
        Assert.DoesNotContain(t, tr.Ode.T);
    }

    [Fact]
    public void TransitionTime_bisects_exactly_the_given_number_of_times()
    {
        var o = new OdeOptions(1e-12, 1e-14);
        var tr = Run(-1, 0.5, 3, o);
        var want = Root(-1, 0.5);
        var i = tr.Ode.T.FindIndex(t => t > want) - 1;
        foreach (var iterations in new[] { 0, 1, 2, 3, 7 })
        {
            // the same bisection on the closed form, over the accepted step that brackets the root
            double lo = tr.Ode.T[i], hi = tr.Ode.T[i + 1];
            for (var it = 0; it < iterations; it++) { var m = 0.5 * (lo + hi); if (m >= want) hi = m; else lo = m; }
            var got = Flows.TransitionTime(tr, Field, o, iterations)!.Value;
            Assert.Equal(hi, got.T, 1e-15);
            if (iterations == 0) Assert.Same(tr.Ode.Y[i + 1], got.W);
            else Close([-1 + hi, 0.5 * Math.Exp(-hi)], got.W, 1e-11, $"w at {iterations} iterations");
        }
    }

    [Fact]
    public void TransitionTime_at_the_start_and_never()
    {
        var o = new OdeOptions(1e-10, 1e-12);
        // H(0) = 0.25 − 0.5² = 0 exactly: the transition is at t = 0
        var tr = Run(0.25, 0.5, 1, o);
        var r = Flows.TransitionTime(tr, Field, o)!.Value;
        Assert.Equal(0.0, r.T);
        Assert.Same(tr.Ode.Y[0], r.W);
        // H < 0 on [0, 0.5] (root near 1.1): none
        Assert.Null(Flows.TransitionTime(Run(-1, 0.5, 0.5, o), Field, o));
    }

    /// <summary>A trajectory with the stored steps given by hand (H is read from the stored F, the bisection uses the field).</summary>
    private static Trajectory HandMade(double[] ts, double[][] ys, double[][] fs)
    {
        var s = new OdeSolution();
        s.T.AddRange(ts);
        s.Y.AddRange(ys);
        s.F.AddRange(fs);
        return new Trajectory(s, 0, ts[^1]);
    }

    [Fact]
    public void TransitionTime_stops_bisecting_at_the_iteration_cap_or_the_relative_width()
    {
        // ẋ = 1 from x = −7 at t = 0: H = x = t − 7. The bracket is [0, 21] and 7 = 21/3 is never a dyadic point of it, so every
        // bisection midpoint at level m is ≥ 7·2^(−m) from the root, far above the integration error (~1e−15): the decisions
        // are exact and the same bisection on the closed form, with the documented stopping rule (at most `iterations` halvings,
        // and none once hi − lo ≤ 1e−13·max(1, hi)), gives the same T to the last bit.
        Func<double[], double[]> f = _ => [1, 0];
        var tr = HandMade([0, 21], [[-7, 0], [14, 0]], [[1, 0], [1, 0]]);
        var o = new OdeOptions(1e-12, 1e-14);
        foreach (var iterations in new[] { 40, 200 }) // 40: the cap binds (21/2⁴⁰ > 7e−13); 200: the width binds after 45
        {
            double lo = 0, hi = 21;
            for (var it = 0; it < iterations && hi - lo > 1e-13 * Math.Max(1, hi); it++) { var m = 0.5 * (lo + hi); if (m - 7 >= 0) hi = m; else lo = m; }
            var got = Flows.TransitionTime(tr, f, o, iterations)!.Value;
            Assert.Equal(hi, got.T);
            Assert.Equal(hi - 7, got.W[0], 1e-13);
            if (iterations == 40) Assert.Equal(hi, Flows.TransitionTime(tr, f, o)!.Value.T);
        }
    }

    [Fact]
    public void TransitionTime_does_not_bisect_a_bracket_already_as_narrow_as_asked()
    {
        // The bracket [0, 1e−13] has width exactly 1e−13·max(1, hi): no halving, T is the stored step (a halving would give
        // 5e−14, where H = −1e−14 + 5e−14 > 0).
        Func<double[], double[]> f = _ => [1, 0];
        var tr = HandMade([0, 1e-13], [[-1e-14, 0], [9e-14, 0]], [[1, 0], [1, 0]]);
        var r = Flows.TransitionTime(tr, f, new OdeOptions(1e-12, 1e-14))!.Value;
        Assert.Equal(1e-13, r.T);
        Assert.Same(tr.Ode.Y[1], r.W);
    }

    [Fact]
    public void TransitionTime_counts_H_equal_to_zero_as_reached()
    {
        // A stored step with H = 0 exactly ends the search there: the bracket is the step before it, every midpoint has H < 0,
        // so T is that step's time and W its state.
        Func<double[], double[]> f = _ => [1, 0];
        var tr = HandMade([0, 1, 2], [[-1, 0], [0, 0], [1, 0]], [[1, 0], [1, 0], [1, 0]]);
        var r = Flows.TransitionTime(tr, f, new OdeOptions(1e-12, 1e-14))!.Value;
        Assert.Equal(1.0, r.T);
        Assert.Same(tr.Ode.Y[1], r.W);
        // During the bisection too: for the rotation field H(y) = y₀(−y₁) + y₁y₀ is exactly 0 everywhere, so every midpoint
        // counts as reached and T halves 40 times: 2·2^(−40).
        Func<double[], double[]> rot = y => [-y[1], y[0]];
        var tr2 = HandMade([0, 2], [[1, 0], [0, 1]], [[-1, 0], [-1, 0]]);
        var r2 = Flows.TransitionTime(tr2, rot, new OdeOptions(1e-12, 1e-14))!.Value;
        Assert.Equal(2 * Math.Pow(2, -40), r2.T);
        Close([Math.Cos(r2.T), Math.Sin(r2.T)], r2.W, 1e-15, "rotated");
    }

    [Fact]
    public void Advance_integrates_afresh_and_returns_the_start_for_t1_not_after_t0()
    {
        var o = new OdeOptions(1e-12, 1e-14, InitialStep: 0.5);
        double[] y0 = [-1, 2];
        Assert.Same(y0, Flows.Advance(Field, 1, y0, 1, o));
        Assert.Same(y0, Flows.Advance(Field, 1, y0, 0.5, o));
        var y = Flows.Advance(Field, 1, y0, 1.3, o);
        Close([-1 + 0.3, 2 * Math.Exp(-0.3)], y, 1e-12, "y(1.3)");
        var tiny = Flows.Advance(Field, 1, y0, 1 + 1e-6, o);
        Close([-1 + 1e-6, 2 * Math.Exp(-1e-6)], tiny, 1e-15, "y(1 + 1e-6)");
        // from a negative start time
        Close([-1 + 1.5, 2 * Math.Exp(-1.5)], Flows.Advance(Field, -1, y0, 0.5, o), 1e-11, "y(0.5) from t0 = −1");
        // "integrated afresh with the given options": the same accepted steps as DormandPrince from (t0, y0) with o, bit for bit
        // (here the initial step 0.5 is shorter than the interval, so it is the first trial step)
        var loose = new OdeOptions(1e-3, 1e-3, InitialStep: 0.5);
        Assert.Equal(DormandPrince.Integrate((_, y) => Field(y), 1, y0, 4, loose).Last, Flows.Advance(Field, 1, y0, 4, loose));
    }

    // ---------------------------------------------------------------- gradient descent

    [Fact]
    public void GdRun_matches_hand_computed_steps()
    {
        // ∇L = w − c, c = (1, −1), w₀ = (3, 1), η_n = 1/(2(n+1)):
        // g₀ = (2, 2), w₁ = (2, 0); g₁ = (1, 1), w₂ = (1.75, −0.25); g₂ = (0.75, 0.75), w₃ = (1.625, −0.375)
        var pop = new QuadraticPopulation([1, -1], 1e-3);
        double[] w0 = [3, 1];
        var run = GdRun.Run(pop, w0, n => 0.5 / (n + 1), 3);
        Assert.Equal(4, run.W.Count);
        Assert.Equal(3, run.Grad.Count);
        Assert.Equal([0.5, 0.25, 0.5 / 3], run.Eta);
        Close([3, 1], run.W[0], 0, "w0");
        Assert.NotSame(w0, run.W[0]);
        Close([2, 0], run.W[1], 1e-15, "w1");
        Close([1.75, -0.25], run.W[2], 1e-15, "w2");
        Close([1.625, -0.375], run.W[3], 1e-15, "w3");
        Close([2, 2], run.Grad[0], 1e-15, "g0");
        Close([1, 1], run.Grad[1], 1e-15, "g1");
        Close([0.75, 0.75], run.Grad[2], 1e-15, "g2");
        // the largest error is at the largest ‖w‖ among w₀ … w₂ (not w₃): 1e-3 (1 + √10)
        Assert.Equal(1e-3 * (1 + Math.Sqrt(10)), run.MaxGradError, 1e-16);
        Assert.Equal(3, pop.Calls.Count);
    }

    [Fact]
    public void GdRun_stops_when_asked_and_rejects_non_positive_rates()
    {
        var pop = new QuadraticPopulation([0, 0]);
        var seen = new List<(int N, double[] W)>();
        var run = GdRun.Run(pop, [1, 1], _ => 0.5, 10, (n, w) => { seen.Add((n, w)); return n == 2; });
        Assert.Equal(3, run.W.Count);
        Assert.Equal([1, 2], seen.Select(s => s.N));
        Assert.Same(run.W[2], seen[1].W);
        Close([0.25, 0.25], run.W[2], 0, "w2");
        Assert.Equal(0, run.MaxGradError);
        Assert.Equal(11, GdRun.Run(pop, [1, 1], _ => 0.5, 10).W.Count);
        Assert.Single(GdRun.Run(pop, [1, 1], _ => 0.5, 0).W);

        var e = Assert.Throws<ArgumentException>(() => GdRun.Run(pop, [1, 1], n => n == 1 ? 0 : 0.5, 5));
        Assert.Equal("Learning rate η_1 = 0 must be positive.", e.Message);
        Assert.Throws<ArgumentException>(() => GdRun.Run(pop, [1, 1], _ => -1, 5));
        Assert.Equal("Learning rate η_0 = NaN must be positive.", Assert.Throws<ArgumentException>(() => GdRun.Run(pop, [1, 1], _ => double.NaN, 5)).Message);
    }

    // ---------------------------------------------------------------- schedules

    private static double[] Direct(Func<int, double> eta, double a, double c, IReadOnlyList<int> at)
    {
        return at.Select(n =>
        {
            double s = 0;
            for (var k = 0; k < n; k++)
            {
                double q = a;
                for (var i = 0; i <= k; i++) q += eta(i) * eta(i) + c * eta(i);
                s += eta(k) / Math.Sqrt(q);
            }
            return s;
        }).ToArray();
    }

    [Fact]
    public void Schedules_equal_direct_summation()
    {
        int[] at = [0, 1, 3, 3, 6];
        foreach (var (logEta, name) in new (Func<int, double>, string)[] { (k => k * Math.Log(2), "2^k"), (k => -0.5 * Math.Log(k + 1), "1/√(k+1)"), (_ => Math.Log(0.3), "0.3") })
        {
            var sm = Schedules.SMinus(logEta, 2, at);
            var sp = Schedules.SPlus(logEta, 2, 0.5, at);
            var dm = Direct(k => Math.Exp(logEta(k)), 2, 0, at);
            var dp = Direct(k => Math.Exp(logEta(k)), 2, 0.5, at);
            for (var i = 0; i < at.Length; i++)
            {
                Assert.True(Math.Abs(sm[i] - dm[i]) <= 1e-14 * (1 + dm[i]), $"{name}: S⁻_{at[i]} = {sm[i]:R} vs {dm[i]:R}");
                Assert.True(Math.Abs(sp[i] - dp[i]) <= 1e-14 * (1 + dp[i]), $"{name}: S⁺_{at[i]} = {sp[i]:R} vs {dp[i]:R}");
            }
        }
        Assert.Empty(Schedules.SMinus(k => 0, 1, []));
        // regression: n = 0 (the empty sum) in `at` used to leave every later entry at 0
        var s0 = Schedules.SMinus(k => 0, 1, [0, 2]); // η ≡ 1, A = 1: S_2 = 1/√2 + 1/√3
        Assert.Equal(0, s0[0]);
        Assert.Equal(1 / Math.Sqrt(2) + 1 / Math.Sqrt(3), s0[1], 1e-15);
    }

    [Fact]
    public void Schedules_do_not_overflow_for_huge_geometric_growth()
    {
        // η_k = e^(800k): η_0 = 1 gives 1/√(A + 1); every later term is 1/√(A/η_k² + 1 + O(e^(−1600))) = 1.
        var s = Schedules.SMinus(k => 800.0 * k, 3, [1, 2, 5]);
        Assert.Equal(0.5, s[0], 1e-15);
        Assert.Equal(1.5, s[1], 1e-15);
        Assert.Equal(4.5, s[2], 1e-15);
        // S⁺ with C = 8: the first term is 1/√(3 + 1 + 8) ; then C/η_k vanishes
        var p = Schedules.SPlus(k => 800.0 * k, 3, 8, [1, 3]);
        Assert.Equal(1 / Math.Sqrt(12), p[0], 1e-15);
        Assert.Equal(1 / Math.Sqrt(12) + 2, p[1], 1e-15);
    }
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
