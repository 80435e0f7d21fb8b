using System.Diagnostics;
using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Xunit;
using static Verification.Tests.Data.Lsz.TestLaws;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary>Gradient flow: closed forms for a quadratic loss, options and stop condition, the circle law.</summary>
public partial class FlowsTests
{
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

    [Fact]
    [Trait("Category", "Scratch")]
    public void GradientFlowTiming()
    {
        foreach (var name in new[] { "S1", "G2", "S2" })
        {
            var pop = new SphericalPopulation(Law(name), new double[] { 0, 1, 0 }[..Law(name).Dimension]);
            var w0 = new double[] { 0.6, -0.8, 0 }[..Law(name).Dimension];
            var sw = Stopwatch.StartNew();
            var tr = Flows.GradientFlow(pop, w0, 20, new OdeOptions(1e-8, 1e-10));
            output.WriteLine($"{name}: steps {tr.Ode.T.Count} evals {tr.Ode.Evaluations} time {sw.ElapsedMilliseconds} ms, state error {tr.StateError:E2}, " +
                $"w(20)=({string.Join(", ", tr.Ode.Last)})");
        }
    }
}
