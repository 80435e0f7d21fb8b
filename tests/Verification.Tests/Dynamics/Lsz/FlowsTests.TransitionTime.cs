using Verification.Arithmetic;
using Verification.Dynamics.Lsz;
using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary>The transition time T (first sign change of wᵀẇ) and Advance.</summary>
public partial class FlowsTests
{
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
}

/// <summary>The transition located as an event (Brent's method on fresh integrations).</summary>
public partial class FlowsTests
{
    [Theory]
    [InlineData(-1, 0.5)]
    [InlineData(-0.2, 2)]
    public void LocateTransition_finds_the_sign_change_as_an_event(double x0, double z0)
    {
        var o = new OdeOptions(1e-12, 1e-14);
        var sol = DormandPrince.Integrate((_, y) => Field(y), 0, [x0, z0], 3, o);
        var (t, w) = Flows.LocateTransition(sol, Field, o)!.Value;
        var want = Root(x0, z0);
        Assert.True(Math.Abs(t - want) < 1e-10, $"T = {t:R}, want {want:R}");
        Close([x0 + want, z0 * Math.Exp(-want)], w, 1e-10, "w(T)");
    }

    [Fact]
    public void LocateTransition_at_the_start_and_never()
    {
        var o = new OdeOptions(1e-12, 1e-14);
        var start = DormandPrince.Integrate((_, y) => Field(y), 0, [1, 0.5], 1, o);
        Assert.Equal(0, Flows.LocateTransition(start, Field, o)!.Value.T);
        var never = DormandPrince.Integrate((_, y) => Field(y), 0, [-1, 0.5], 0.5, o);
        Assert.Null(Flows.LocateTransition(never, Field, o));
    }
}
