using Verification.Arithmetic;
using Verification.Models.Lsz;
using Verification.Numerics;

namespace Verification.Dynamics.Lsz;

/// <summary>
/// The induced flow (14) of a spherically symmetric law, w_e(0) off the axis of v, integrated with the angle as the clock.
/// The flow stays in the plane of v and w_e(0) (the law is symmetric under the reflection through it) and, while the field's
/// component along ê_θ = −sin θ v + cos θ e is negative, θ decreases strictly, so the orbit is a graph over
/// s = −ln tan(θ/2) (cos θ = tanh s, sin θ = sech s, exact): with u = ln‖w_e‖, F the field and F_r, F_θ its components,
/// du/ds = −sin θ F_r/F_θ and dt/ds = −sin θ ‖w_e‖/F_θ, both bounded where the time clock is not: near θ = π and near
/// w_e = 0 the flow is slow in t (T grows like C₁^{−(N−2)π/2}, far beyond any time horizon) but not in s. The state is
/// (u, τ = ln(1 + t)), so that t up to 10³⁰⁰ keeps its relative accuracy without swamping the error of u.
/// The sign of wᵀẇ = ‖w‖F_r is read at every accepted step from the last stage (the FSAL field at the new state).
/// </summary>
public sealed class AngleFlow
{
    /// <summary>Where the sech of the clock would underflow: θ below 10⁻³⁰⁰ is the axis.</summary>
    private const double LastS = 690;

    private readonly SphericalPopulation _pop;
    private readonly int _n;
    private readonly double[] _e;

    /// <summary>One accepted step: s, the state (u, τ), t, F_r, F_θ and the field error there.</summary>
    public readonly record struct Step(double S, double U, double Time, double Fr, double Ftheta, double FieldError);

    private AngleFlow(SphericalPopulation pop, int n, double[] e)
    {
        _pop = pop;
        _n = n;
        _e = e;
    }

    public List<Step> Steps { get; } = [];

    /// <summary>The accumulated local error of the state (u, τ): a bound on the error of u = ln‖w_e‖ to first order.</summary>
    public double StateError { get; private set; }

    /// <summary>Why the run stopped before its end: the field turned towards larger θ (the clock is not monotone), or the step budget.</summary>
    public string? Broken { get; private set; }

    /// <summary>The transition: the first root of F_r (s, t and ‖w_e‖ there), null when none was seen.</summary>
    public (double S, double T, double Norm)? Transition { get; private set; }

    /// <summary>w_e at clock s and log-norm u.</summary>
    public double[] Point(double s, double u)
    {
        var a = Math.Exp(u);
        var c = Math.Tanh(s);
        var sn = 1 / Math.Cosh(s);
        return Vec.Axpy(a * sn, _e, Vec.Scale(a * c, _pop.V));
    }

    /// <summary>(F_r, F_θ, field error) at clock s and log-norm u; the field error is that of the gradient times the norm N of
    /// I + (N − 1)w̄w̄ᵀ and ‖w‖^{2−2/N}.</summary>
    public (double Fr, double Ftheta, double Error) Field(double s, double u)
    {
        var w = Point(s, u);
        var g = _pop.Gradient(w);
        var f = Flows.InducedField(g.Value, w, _n);
        var a = Math.Exp(u);
        var c = Math.Tanh(s);
        var sn = 1 / Math.Cosh(s);
        var fr = c * Vec.Dot(f, _pop.V) + sn * Vec.Dot(f, _e);
        var ft = -sn * Vec.Dot(f, _pop.V) + c * Vec.Dot(f, _e);
        return (fr, ft, g.Error * _n * Math.Pow(a, 2 - 2.0 / _n));
    }

    /// <summary>
    /// Integrates from w_e(0) (θ(0) ∈ (0, π)) until <paramref name="window"/>(‖w_e(T)‖) time units after the transition, or to
    /// θ = 10⁻³⁰⁰; null when w_e(0) is on the axis of v.
    /// </summary>
    public static AngleFlow? Run(SphericalPopulation pop, int n, double[] w0, Func<double, double> window, OdeOptions o)
    {
        var v = pop.V;
        var p = Vec.Axpy(-Vec.Dot(w0, v), v, w0);
        var pn = Vec.Norm(p);
        var a0 = Vec.Norm(w0);
        if (!(pn > 0) || a0 == 0) return null;
        var flow = new AngleFlow(pop, n, Vec.Scale(1 / pn, p));
        var theta0 = Math.Atan2(pn, Vec.Dot(w0, v));
        var s0 = -Math.Log(Math.Tan(theta0 / 2));
        flow.Integrate(s0, Math.Log(a0), window, o);
        return flow;
    }

    private void Integrate(double s0, double u0, Func<double, double> window, OdeOptions o)
    {
        Step last = default;
        double[] Rhs(double s, double[] y)
        {
            var (fr, ft, err) = Field(s, y[0]);
            last = new Step(s, y[0], double.ExpM1(y[1]), fr, ft, err);
            if (!(ft < 0))
            {
                Broken ??= $"F_θ = {ft:G3} ≥ 0 at θ = {2 * Math.Atan(Math.Exp(-s)):R}: the angle is not a clock there";
                return [0, 0];
            }
            var sn = 1 / Math.Cosh(s);
            return [-sn * fr / ft, -sn * Math.Exp(y[0]) / ft * Math.Exp(-y[1])];
        }
        double[] Advance(double from, double[] y0, double to) =>
            to <= from ? y0 : DormandPrince.Integrate(Rhs, from, y0, to, o with { InitialStep = Math.Min(o.InitialStep, to - from) }).Last;

        var (fr0, ft0, e0) = Field(s0, u0);
        Steps.Add(new Step(s0, u0, 0, fr0, ft0, e0));
        double? until = null;
        if (fr0 >= 0)
        {
            Transition = (s0, 0, Math.Exp(u0));
            until = window(Math.Exp(u0));
        }
        var sol = DormandPrince.Integrate(Rhs, s0, [u0, 0], LastS, o, (s, y) =>
        {
            // the last evaluation of an accepted step is the FSAL stage at the new state
            var step = last with { S = s, U = y[0], Time = double.ExpM1(y[1]) };
            var prev = Steps[^1];
            Steps.Add(step);
            if (Broken is not null) return true;
            if (until is null && step.Fr >= 0)
            {
                // the first root of F_r in (prev.S, s], by Brent's method on a fresh integration from the previous step
                double[] y0 = [prev.U, double.LogP1(prev.Time)];
                double H(double r) => Field(r, Advance(prev.S, y0, r)[0]).Fr;
                var root = MathNet.Numerics.RootFinding.Brent.TryFindRoot(H, prev.S, s, 1e-14 * Math.Max(1, Math.Abs(s)), 200, out var rr) ? rr : s;
                var yr = Advance(prev.S, y0, root);
                var t = double.ExpM1(yr[1]);
                Transition = (root, t, Math.Exp(yr[0]));
                until = t + window(Math.Exp(yr[0]));
            }
            return until is { } end && step.Time >= end;
        });
        StateError = sol.SumLocalError;
        if (sol.StoppedBecause == "step budget") Broken ??= "step budget";
    }
}
