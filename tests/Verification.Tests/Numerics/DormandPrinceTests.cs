using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Numerics;

/// <summary>
/// The adaptive Dormand–Prince 5(4) integrator against closed-form solutions, and its step-size control against the
/// controller as written in Hairer, Nørsett and Wanner (I, §II.4): accept when err ≤ 1 (err = max_i |eᵢ|/scᵢ,
/// scᵢ = AbsTol + RelTol·max(|yᵢ|, |ŷᵢ|)); next step h·min(5, max(0.2, 0.9·err^(−1/5))) after an accepted step,
/// h·max(0.1, 0.9·err^(−1/5)) after a rejected one; 6 new evaluations per attempt (FSAL).
/// </summary>
public partial class DormandPrinceTests
{
    /// <summary>Fixed steps h: tolerances so loose that every step is accepted and the step stays at MaxStep.</summary>
    private static OdeOptions Fixed(double h) => new(RelTol: 1e10, AbsTol: 1e10, MaxStep: h, InitialStep: h);

    private static double[] Decay(double t, double[] y) => [-y[0]];

    /// <summary>y₁' = −y₁ + 2y₂, y₂' = −2y₁ − y₂: y = e^(−t)(cos 2t, −sin 2t) from (1, 0); a contraction (symmetric part −I).</summary>
    private static double[] Spiral(double t, double[] y) => [-y[0] + 2 * y[1], -2 * y[0] - y[1]];

    [Theory]
    [InlineData(1e-4)]
    [InlineData(1e-6)]
    [InlineData(1e-8)]
    [InlineData(1e-10)]
    public void Meets_the_tolerance_on_closed_forms(double tol)
    {
        var o = new OdeOptions(tol, tol);
        // contraction: the global error is at most the sum of the local errors, which the estimate bounds
        var s = DormandPrince.Integrate(Spiral, 0, [1, 0], 4, o);
        Assert.True(s.ReachedEnd);
        Assert.Null(s.StoppedBecause);
        Assert.Equal(4, s.LastT);
        var err = Math.Sqrt(Math.Pow(s.Last[0] - Math.Exp(-4) * Math.Cos(8), 2) + Math.Pow(s.Last[1] + Math.Exp(-4) * Math.Sin(8), 2));
        Assert.True(err <= s.SumLocalError, $"error {err:E2} vs Σ local {s.SumLocalError:E2}");
        // each accepted local error e satisfies |eᵢ| ≤ scᵢ ≤ AbsTol + RelTol·max|y| (here |y| ≤ 1), so ‖e‖₂ ≤ √2·2·tol
        Assert.True(s.SumLocalError > 0 && s.SumLocalError <= (s.T.Count - 1) * Math.Sqrt(2) * 2 * tol,
            $"Σ local {s.SumLocalError:E2}, {s.T.Count - 1} steps");
        // logistic y' = y(1 − y), y(0) = 0.1: y = 1/(1 + 9e^(−t)); harmonic oscillator y'' = −y: (cos t, −sin t)
        var l = DormandPrince.Integrate((_, y) => [y[0] * (1 - y[0])], 0, [0.1], 6, o);
        Assert.True(Math.Abs(l.Last[0] - 1 / (1 + 9 * Math.Exp(-6))) <= 20 * tol, $"logistic {l.Last[0]:R}");
        var h = DormandPrince.Integrate((_, y) => [y[1], -y[0]], 0, [1, 0], 2 * Math.PI, o);
        Assert.True(Math.Abs(h.Last[0] - 1) + Math.Abs(h.Last[1]) <= 50 * tol, $"oscillator {h.Last[0]:R}, {h.Last[1]:R}");
        // tighter tolerance, more steps, smaller error (the work grows like tol^(−1/5))
        var coarse = DormandPrince.Integrate(Spiral, 0, [1, 0], 4, new OdeOptions(100 * tol, 100 * tol));
        Assert.True(coarse.T.Count < s.T.Count);
        Assert.Equal(1 + 6 * (s.T.Count - 1 + s.Rejected), s.Evaluations);
    }

    [Fact]
    public void Relative_tolerance_alone_uses_the_larger_of_old_and_new_state()
    {
        // y' = cos t from y = 0 with AbsTol = 0: the scale of the first step is RelTol·|ŷ| (|y₀| = 0), so the step is accepted
        var s = DormandPrince.Integrate((t, _) => [Math.Cos(t)], 0, [0], 3, new OdeOptions(1e-9, 0));
        Assert.True(s.ReachedEnd);
        Assert.True(Math.Abs(s.Last[0] - Math.Sin(3)) <= 1e-8, $"{s.Last[0]:R}");
    }

    [Fact]
    public void Fixed_steps_converge_with_order_five_and_the_estimate_with_order_four()
    {
        // y' = cos(t)·y, y(0) = 1: y = exp(sin t) (non-autonomous: the stage times t + cᵢh matter)
        static double[] F(double t, double[] y) => [Math.Cos(t) * y[0]];
        double Err(double h, out double est, out int rejected)
        {
            var s = DormandPrince.Integrate(F, 0, [1], 2, Fixed(h));
            est = s.SumLocalError;
            rejected = s.Rejected;
            Assert.Equal(2, s.LastT);
            return Math.Abs(s.Last[0] - Math.Exp(Math.Sin(2)));
        }
        var e1 = Err(0.2, out var s1, out var r1);
        var e2 = Err(0.1, out var s2, out var r2);
        var e3 = Err(0.05, out var s3, out _);
        Assert.Equal(0, r1 + r2);
        var p1 = Math.Log2(e1 / e2);
        var p2 = Math.Log2(e2 / e3);
        Assert.True(p1 is > 4.5 and < 6 && p2 is > 4.5 and < 6, $"observed orders {p1:F2}, {p2:F2} (errors {e1:E2} {e2:E2} {e3:E2})");
        // the per-step estimate is the local error of the 4th-order solution, O(h⁵); summed over 2/h steps: O(h⁴)
        var q = Math.Log2(s2 / s3);
        Assert.True(q is > 3.5 and < 4.5, $"estimate order {q:F2} ({s1:E2} {s2:E2} {s3:E2})");
        Assert.True(e1 < s1 && e2 < s2 && e3 < s3);
    }

    [Fact]
    public void Quartic_right_hand_sides_are_integrated_exactly_and_cubics_interpolated_exactly()
    {
        // order 5 ⇒ exact for y' = p(t) with deg p ≤ 4; the embedded 4th-order rule is exact for deg ≤ 3
        var s = DormandPrince.Integrate((t, _) => [5 * t * t * t * t], 0, [0], 2, new OdeOptions(1e-12, 1e-12));
        Assert.True(Math.Abs(s.Last[0] - 32) <= 1e-12, $"{s.Last[0]:R}");
        for (var i = 0; i < s.T.Count; i++) Assert.True(Math.Abs(s.Y[i][0] - Math.Pow(s.T[i], 5)) <= 1e-12);
        // y' = 3t²: no error to estimate, so every step grows by the maximal factor 5 from InitialStep
        var c = DormandPrince.Integrate((t, _) => [3 * t * t], 0, [0], 3, new OdeOptions(InitialStep: 0.01));
        Assert.Equal(0, c.Rejected);
        Assert.Equal(0.01, c.T[1], 15);
        for (var i = 2; i + 1 < c.T.Count; i++) Assert.Equal(5, (c.T[i] - c.T[i - 1]) / (c.T[i - 1] - c.T[i - 2]), 9);
        // cubic Hermite interpolation reproduces cubics from exact nodes, on every (non-uniform) interval
        foreach (var t in new[] { 0.001, 0.0123, 0.05, 0.2, 0.77, 1.3, 2.5, 2.999 })
            Assert.True(Math.Abs(c.At(t)[0] - t * t * t) <= 1e-13 * (1 + t * t * t), $"At({t}) = {c.At(t)[0]:R}");
        Assert.Equal(0, c.At(-1)[0]);
        Assert.Equal(27, c.At(4)[0], 12);
        Assert.Same(c.Y[2], c.At(c.T[2]));
    }

    [Fact]
    public void Dense_output_follows_the_oscillator_between_steps()
    {
        var s = DormandPrince.Integrate((_, y) => [y[1], -y[0]], 0, [1, 0], 10, new OdeOptions(1e-10, 1e-12));
        // Hermite error ≤ h⁴/384·max|y⁗| ≤ h⁴/384 per component
        var hMax = s.T.Zip(s.T.Skip(1), (a, b) => b - a).Max();
        for (var t = 0.05; t < 10; t += 0.37)
        {
            var y = s.At(t);
            Assert.True(Math.Abs(y[0] - Math.Cos(t)) + Math.Abs(y[1] + Math.Sin(t)) <= 2 * Math.Pow(hMax, 4) / 384 + 1e-8, $"t = {t}");
        }
    }

    [Fact]
    public void Endpoint_is_hit_exactly()
    {
        foreach (var t1 in new[] { 0.3, 0.7, 1.1, 2.9, Math.PI, Math.E, 10.01 })
        {
            var s = DormandPrince.Integrate(Decay, 0.1, [1], t1, Fixed(0.1));
            Assert.Equal(t1, s.LastT);
            for (var i = 1; i < s.T.Count; i++) Assert.True(s.T[i] > s.T[i - 1]);
            Assert.True(s.T[^2] < t1);
            var n = s.T.Count - 1;
            Assert.InRange(n, (int)Math.Ceiling((t1 - 0.1) / 0.1 - 1e-9), (int)Math.Ceiling((t1 - 0.1) / 0.1 - 1e-9) + 1);
        }
        // the last step is t1 − t even when the trial step reaches t1 by rounding only: 0.7 + 0.3 == 1.0 in double
        // but 1.0 − 0.7 = 0.30000000000000004, so trial steps 0.3 and 1 give the same single step
        Assert.Equal(1.0, 0.7 + 0.3);
        Assert.NotEqual(0.3, 1.0 - 0.7);
        OdeSolution OneStep(double trial, List<double> times) =>
            DormandPrince.Integrate((t, _) => { times.Add(t); return [1.0]; }, 0.7, [0], 1.0, new OdeOptions(1e10, 1e10, InitialStep: trial));
        List<double> tr = [], tc = [];
        var byRounding = OneStep(0.3, tr);
        var byClamp = OneStep(1, tc);
        Assert.Equal(2, byRounding.T.Count);
        Assert.Equal(tc, tr); // the same stage times t + cᵢ·(t1 − t)
        Assert.Equal(byClamp.Last[0], byRounding.Last[0]);
        // t + (t1 − t) need not be t1 (here −1 + 1 = 0): the last step lands on t1 itself, in one step
        var across = DormandPrince.Integrate(Decay, -1, [1], 1e-20, Fixed(4));
        Assert.Equal([-1, 1e-20], across.T);
        var same = DormandPrince.Integrate(Decay, 1, [2], 1);
        Assert.True(same.ReachedEnd);
        Assert.Single(same.T);
        Assert.Equal(1, same.Evaluations);
    }

    [Fact]
    public void Step_limits_first_step_and_step_budget()
    {
        static double[] Cubic(double t, double[] y) => [3 * t * t];
        var capped = DormandPrince.Integrate(Cubic, 0, [0], 1, new OdeOptions(MaxStep: 0.1, InitialStep: 1));
        Assert.Equal(0.1, capped.T[1], 15);
        for (var i = 1; i < capped.T.Count; i++) Assert.True(capped.T[i] - capped.T[i - 1] <= 0.1 * (1 + 1e-12));
        var free = DormandPrince.Integrate(Cubic, 0, [0], 1, new OdeOptions(InitialStep: 0.002));
        Assert.Equal(0.002, free.T[1], 15);
        var budget = DormandPrince.Integrate(Decay, 0, [1], 100, new OdeOptions(MaxSteps: 5));
        Assert.False(budget.ReachedEnd);
        Assert.Equal("step budget", budget.StoppedBecause);
        Assert.Equal(6, budget.T.Count);
        Assert.Equal(1 + 6 * (5 + budget.Rejected), budget.Evaluations);
        Assert.Single(DormandPrince.Integrate(Decay, 0, [1], 1, new OdeOptions(MaxSteps: 0)).T);
    }

    [Fact]
    public void Stop_condition_ends_after_the_first_accepted_step_that_meets_it()
    {
        var s = DormandPrince.Integrate((_, _) => [1.0], 0, [0], 10, new OdeOptions(MaxStep: 0.1), (_, y) => y[0] >= 0.5);
        Assert.False(s.ReachedEnd);
        Assert.Equal("stop condition", s.StoppedBecause);
        Assert.True(s.Last[0] >= 0.5 && s.Last[0] <= 0.6 + 1e-12);
        for (var i = 0; i + 1 < s.Y.Count; i++) Assert.True(s.Y[i][0] < 0.5);
    }

    /// <summary>The attempted step sizes from t = 0: the 5th new stage of each attempt is evaluated at t + c₅h = h.</summary>
    private static List<double> AttemptsFromZero(Func<double, double[], double[]> f, OdeOptions o, out OdeSolution sol)
    {
        var times = new List<double>();
        sol = DormandPrince.Integrate((t, y) => { times.Add(t); return f(t, y); }, 0, [1], 100, o);
        var hs = new List<double>();
        for (var i = 5; i < times.Count; i += 6) hs.Add(times[i]);
        return hs;
    }

    /// <summary>|e(H)| of the first step from (0, 1): with one component SumLocalError = √(e²) = |e| exactly.</summary>
    private static double FirstLocalError(double bigH) =>
        DormandPrince.Integrate(Decay, 0, [1], 100, new OdeOptions(RelTol: 0, AbsTol: 1e6, MaxSteps: 1, InitialStep: bigH)).SumLocalError;

    [Theory]
    [InlineData(1e-2)]
    [InlineData(0.3)]
    [InlineData(1e-8)]
    public void An_accepted_step_is_followed_by_the_controller_step(double err)
    {
        const double bigH = 0.5;
        var e = FirstLocalError(bigH);
        Assert.True(e > 0);
        var o = new OdeOptions(RelTol: 0, AbsTol: e / err, MaxSteps: 2, InitialStep: bigH);
        var s = DormandPrince.Integrate(Decay, 0, [1], 100, o);
        Assert.Equal(0, s.Rejected);
        Assert.Equal(bigH, s.T[1]);
        var want = bigH * Math.Min(5, Math.Max(0.2, 0.9 * Math.Pow(err, -0.2)));
        Assert.Equal(1, (s.T[2] - s.T[1]) / want, 9);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1e8)]
    public void A_rejected_step_is_retried_with_the_controller_step(double err)
    {
        const double bigH = 0.5;
        var e = FirstLocalError(bigH);
        var hs = AttemptsFromZero(Decay, new OdeOptions(RelTol: 0, AbsTol: e / err, MaxSteps: 1, InitialStep: bigH), out var s);
        Assert.Equal(bigH, hs[0]);
        Assert.Equal(1, hs[1] / (bigH * Math.Max(0.1, 0.9 * Math.Pow(err, -0.2))), 9);
        Assert.True(s.Rejected >= 1);
        Assert.Equal(s.Rejected + 1, hs.Count);
        Assert.Equal(1 + 6 * hs.Count, s.Evaluations);
        Assert.Equal(hs[^1], s.T[1]);
    }

    [Fact]
    public void A_step_whose_error_equals_the_tolerance_is_accepted()
    {
        const double bigH = 0.5;
        var e = FirstLocalError(bigH);
        var s = DormandPrince.Integrate(Decay, 0, [1], 100, new OdeOptions(RelTol: 0, AbsTol: e, MaxSteps: 1, InitialStep: bigH));
        Assert.Equal(0, s.Rejected);
        Assert.Equal(bigH, s.T[1]);
        Assert.Equal(e, s.SumLocalError);
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(1000.5)]
    public void An_unresolvable_jump_ends_in_step_size_underflow_at_the_scaled_threshold(double jump)
    {
        // y' = [t ≥ jump] with AbsTol = 1e−300: every step across the jump is rejected until h < 1e−14·max(1, |t|)
        var times = new List<double>();
        var start = jump - 0.5 * Math.Min(1, jump);
        var ex = Assert.Throws<InvalidOperationException>(() => DormandPrince.Integrate((t, _) =>
        {
            times.Add(t);
            return [t >= jump ? 1.0 : 0.0];
        }, start, [0], jump + 1, new OdeOptions(RelTol: 0, AbsTol: 1e-300)));
        Assert.StartsWith("Step size underflow at t = ", ex.Message);
        var threshold = 1e-14 * Math.Max(1, jump);
        var minH = double.PositiveInfinity;
        for (var i = 1; i + 5 < times.Count; i += 6) minH = Math.Min(minH, times[i + 4] - times[i]); // (c₅ − c₁)h = 0.8h
        Assert.True(minH / 0.8 >= 0.9 * threshold, $"attempted h = {minH / 0.8:E3} below the threshold {threshold:E3}");
        Assert.True(minH / 0.8 <= 20 * threshold);
    }

    [Fact]
    public void A_step_equal_to_the_underflow_threshold_is_still_attempted()
    {
        // from t = 0 the threshold is 1e−14; a trial step 9.999999999999999e−14 rejected with the clamp factor 0.1
        // becomes exactly 1e−14 (checked below), which is attempted (rejected again) before the step underflows
        const double h0 = 9.999999999999999e-14;
        Assert.Equal(1e-14, h0 * 0.1);
        var calls = 0;
        Assert.Throws<InvalidOperationException>(() => DormandPrince.Integrate((t, _) => { calls++; return [t > 0 ? 1.0 : 0.0]; },
            0, [0], 1, new OdeOptions(RelTol: 0, AbsTol: 1e-300, InitialStep: h0)));
        Assert.Equal(1 + 6 * 2, calls);
    }

    [Fact]
    public void Bad_arguments_and_NaN_are_reported()
    {
        var ex = Assert.Throws<ArgumentException>(() => DormandPrince.Integrate(Decay, 1, [1], 0.5));
        Assert.Equal("t1 must not precede t0.", ex.Message);
        var nan = Assert.Throws<InvalidOperationException>(() => DormandPrince.Integrate((_, _) => [double.NaN], 0, [1], 1));
        Assert.Equal("NaN in the ODE at t = 0.", nan.Message);
    }
}
