using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary>The induced flow on the angle clock s = −ln tan(θ/2) against the time clock, and where only it reaches T.</summary>
[Trait("Paper", "LSZ")]
public class AngleFlowTests
{
    private static readonly OdeOptions Angle = new(1e-10, 1e-12, MaxSteps: 20_000, MaxStep: 0.25, InitialStep: 1e-3);
    private static readonly OdeOptions Time = new(1e-11, 1e-13, MaxSteps: 20_000, MaxStep: 0.25, InitialStep: 1e-4);

    private static SphericalPopulation Circle() => new(new CircleRadius(), [0, 1]);

    private static double[] Start(double a, double theta) => [a * Math.Sin(theta), a * Math.Cos(theta)];

    [Theory]
    [InlineData(1.0, 2.0, 3)]
    [InlineData(0.3, 2.6, 4)]
    [InlineData(2.0, 1.9, 2)]
    public void Transition_time_and_state_agree_with_the_time_clock(double a, double theta, int n)
    {
        var pop = Circle();
        var w0 = Start(a, theta);
        var af = AngleFlow.Run(pop, n, w0, _ => 2, Angle)!;
        Assert.Null(af.Broken);
        var (s, t, norm) = af.Transition!.Value;
        var ode = Flows.InducedFlow(pop, n, w0, t + 1, Time).Ode;
        double[] F(double[] w) => Flows.InducedField(pop.Gradient(w).Value, w, n);
        var (tTime, wTime) = Flows.LocateTransition(ode, F, Time with { MaxStep = double.PositiveInfinity })!.Value;
        Assert.True(Math.Abs(t - tTime) <= 1e-6 * Math.Max(1, t), $"T: angle clock {t:R}, time clock {tTime:R}");
        Assert.True(Math.Abs(norm / Vec.Norm(wTime) - 1) <= 1e-6, $"‖w(T)‖: {norm:R} vs {Vec.Norm(wTime):R}");
        var thetaT = 2 * Math.Atan(Math.Exp(-s));
        Assert.True(Math.Abs(thetaT - Math.Atan2(Math.Abs(wTime[0]), wTime[1])) <= 1e-6, $"θ(T) = {thetaT:R}");
        // the pattern of Lemma 6 on the stored steps, and t increasing along s
        Assert.All(af.Steps.Where(x => x.S < s), x => Assert.True(x.Fr < 0));
        Assert.All(af.Steps.Where(x => x.S > s), x => Assert.True(x.Fr >= 0));
        Assert.True(af.Steps.Zip(af.Steps.Skip(1)).All(p => p.Second.Time > p.First.Time));
        Assert.True(af.Steps[^1].Time >= t + 2, "runs the window after T");
    }

    [Fact]
    public void Reaches_a_transition_far_beyond_any_time_horizon_near_theta_pi()
    {
        // θ(0) = π − 10⁻²: T ≈ C₁^{−(N−2)π/2} time units (about 10⁷ for N = 3): the time clock sees no sign change by t = 100
        var pop = new SphericalPopulation(new GaussianRadius(3), [0, 1, 0]);
        var th = Math.PI - 1e-2;
        double[] w0 = [0.02 * Math.Sin(th), 0.02 * Math.Cos(th), 0];
        var ode = Flows.InducedFlow(pop, 3, w0, 100, Time).Ode;
        Assert.True(ode.Y.Zip(ode.F).All(p => Vec.Dot(p.First, p.Second) < 0), "the time clock reaches no transition by t = 100");
        var af = AngleFlow.Run(pop, 3, w0, _ => 5, Angle)!;
        Assert.Null(af.Broken);
        var (_, t, norm) = af.Transition!.Value;
        Assert.True(t > 1e3 && double.IsFinite(t) && norm > 0 && norm < 0.02, $"T = {t:R}, ‖w(T)‖ = {norm:R}");
    }

    [Fact]
    public void On_the_axis_there_is_no_angle_clock()
    {
        Assert.Null(AngleFlow.Run(Circle(), 3, [0, 2], _ => 1, Angle));
        Assert.Null(AngleFlow.Run(Circle(), 3, [0, -2], _ => 1, Angle));
    }
}
