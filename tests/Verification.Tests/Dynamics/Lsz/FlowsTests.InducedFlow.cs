using Verification.Arithmetic;
using Verification.Dynamics.Lsz;
using Xunit;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary>The induced flow (14) of the end-to-end vector: its field and closed forms.</summary>
public partial class FlowsTests
{
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
}
