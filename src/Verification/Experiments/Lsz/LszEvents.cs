using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Numerics;

namespace Verification.Experiments.Lsz;

/// <summary>
/// The transition of the figures' flow located as an event: T (the first time ∂‖w_e‖²/∂t ≥ 0, Lemmas 1 and 6), ‖w_e(T)‖ (the
/// minimum of the norm) and cos θ(T), at the finer tolerance, with the differences to the coarser one (the error estimate) and,
/// for N = 2, cos θ(T) from Proposition 4's closed form at the located T.
/// </summary>
public sealed record TransitionEvent(int N, double T, double NormT, double CosT, double DiffT, double DiffNorm, double DiffCos, double? CosProp4, double[] W)
{
    /// <summary>The largest of the three differences between the two tolerances.</summary>
    public double Error => Math.Max(DiffT, Math.Max(DiffNorm, DiffCos));

    public override string ToString()
    {
        var ic = System.Globalization.CultureInfo.InvariantCulture;
        var p4 = CosProp4 is { } p ? string.Create(ic, $"; Proposition 4 at T: {p:F10}, |difference| {Math.Abs(p - CosT):0.0E0}") : "";
        return string.Create(ic, $"T = {T:F10}, ‖w_e(T)‖ = {NormT:F10}, cos θ(T) = {CosT:F10} (two tolerances differ by ≤ {Error:0.0E0}{p4})");
    }
}

/// <summary>A bound located where it exceeds cos θ_GF the most (optimised over t, not read off the sampling grid).</summary>
public sealed record WorstGap(string Restart, double From, double At, double Gap, double Bound, double Cos)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"restart at t₀ = {From:F10} ({Restart}): largest bound − cos θ_GF = {Gap:F10} at t = {At:F10} (bound {Bound:F10}, cos θ {Cos:F10})");
}

public static class LszEvents
{
    /// <summary>The two tolerances whose results are compared: rtol 10⁻¹⁰ and 10⁻¹², steps ≤ 0.05.</summary>
    public static readonly OdeOptions Coarse = new(1e-10, 1e-12, MaxStep: 0.05);
    public static readonly OdeOptions Fine = new(1e-12, 1e-14, MaxStep: 0.05);

    private static Func<double[], double[]> Field(int n)
    {
        var pop = LszExperiments.Population();
        return w => Flows.InducedField(pop.Gradient(w).Value, w, n);
    }

    /// <summary>(T, w_e(T)) of the induced flow of depth N (N = 1: the gradient flow) from the figures' w(0), at the given tolerance.</summary>
    public static (double T, double[] W) Locate(int n, OdeOptions o, double horizon = 40)
    {
        var field = Field(n);
        double[] last = [];
        var sol = DormandPrince.Integrate((_, w) => last = field(w), 0, LszExperiments.W0, horizon, o, (_, y) => Vec.Dot(y, last) >= 0);
        return Flows.LocateTransition(sol, field, o with { MaxStep = double.PositiveInfinity })
            ?? throw new InvalidOperationException($"no transition of the N = {n} flow by t = {horizon}");
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, TransitionEvent> Cache = new();

    /// <summary>The located transition for depth N (memoised).</summary>
    public static TransitionEvent Event(int n) => Cache.GetOrAdd(n, k =>
    {
        var (t1, w1) = Locate(k, Coarse);
        var (t2, w2) = Locate(k, Fine);
        var v = LszExperiments.V;
        double? prop4 = k == 2 ? LszExperiments.CosFromExponent(LszExperiments.LogRatio(LszExperiments.W0) + 2 * LszExperiments.C0 * t2 / Math.PI) : null;
        return new TransitionEvent(k, t2, Vec.Norm(w2), Vec.Cos(w2, v), Math.Abs(t1 - t2), Math.Abs(Vec.Norm(w1) - Vec.Norm(w2)),
            Math.Abs(Vec.Cos(w1, v) - Vec.Cos(w2, v)), prop4, w2);
    });

    /// <summary>w(t) of the depth-N flow on [t0, t1], integrated at the fine tolerance from (t0, w0), dense on its accepted steps.</summary>
    public static OdeSolution Solve(int n, double t0, double[] w0, double t1)
    {
        var field = Field(n);
        return DormandPrince.Integrate((_, w) => field(w), t0, w0, t1, Fine);
    }

    /// <summary>
    /// The largest value of bound(t) − cos θ(t) over t ∈ [t₀, t₁] for the depth-N flow restarted at t₀: the accepted steps of
    /// a fine integration bracket the maximum, MathNet's golden-section search (FindMinimum.OfScalarFunctionConstrained) refines
    /// it inside the bracket with cos θ(t) integrated afresh from the step before t.
    /// </summary>
    public static WorstGap Worst(int n, string restart, double t0, double t1, Func<double, double> bound)
    {
        var w0 = t0 == 0 ? LszExperiments.W0 : Solve(n, 0, LszExperiments.W0, t0).Last;
        var sol = Solve(n, t0, w0, t1);
        var field = Field(n);
        double Cos(double t)
        {
            var k = Math.Max(0, sol.T.BinarySearch(t) is var i && i >= 0 ? i : ~i - 1);
            return Vec.Cos(Flows.Advance(field, sol.T[k], sol.Y[k], t, Fine), LszExperiments.V);
        }
        // the bound is defined for t > t₀ only (the printed one jumps at t₀⁺): the search starts just after t₀
        var start = t0 + 1e-12 * Math.Max(1, t0);
        double Gap(double t) { var u = Math.Max(t, start); return bound(u) - Cos(u); }
        var best = 1;
        for (var i = 2; i < sol.T.Count; i++)
            if (bound(sol.T[i]) - Vec.Cos(sol.Y[i], LszExperiments.V) > bound(sol.T[best]) - Vec.Cos(sol.Y[best], LszExperiments.V)) best = i;
        var lo = Math.Max(start, sol.T[best - 1]);
        var hi = sol.T[Math.Min(sol.T.Count - 1, best + 1)];
        var at = Math.Max(start, MathNet.Numerics.FindMinimum.OfScalarFunctionConstrained(t => -Gap(t), lo, hi, 1e-10, 1000));
        if (Gap(start) > Gap(at)) at = start;
        var c = Cos(at);
        return new WorstGap(restart, t0, at, bound(at) - c, bound(at), c);
    }

    /// <summary>The flow's state at t (fine tolerance).</summary>
    public static double[] At(int n, double t) => t == 0 ? LszExperiments.W0 : Solve(n, 0, LszExperiments.W0, t).Last;
}
