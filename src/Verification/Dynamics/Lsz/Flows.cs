using Verification.Arithmetic;
using Verification.Models.Lsz;
using Verification.Numerics;

namespace Verification.Dynamics.Lsz;

/// <summary>A gradient-flow trajectory with its accuracy: ODE local errors summed and the largest quadrature error of a
/// vector-field evaluation (which, times the horizon, bounds the drift it causes for the non-expansive flow of a convex loss).</summary>
public sealed record Trajectory(OdeSolution Ode, double MaxFieldError, double Horizon)
{
    /// <summary>Achieved accuracy of the state: Σ local errors + horizon × largest vector-field error.</summary>
    public double StateError => Ode.SumLocalError + Horizon * MaxFieldError;
}

/// <summary>
/// Gradient flow ẇ = −∇L(w) (Section 2), the induced end-to-end flow of Eq. (14) for an N-layer linear network from a
/// balanced initialisation, and the layer-wise flow Ẇ_j = −∂L^(N)/∂W_j, all integrated with <see cref="DormandPrince"/>.
/// </summary>
public static class Flows
{
    public static Trajectory GradientFlow(Population pop, double[] w0, double tEnd, OdeOptions? o = null, Func<double, double[], bool>? stop = null)
    {
        var maxErr = 0.0;
        var sol = DormandPrince.Integrate((_, w) =>
        {
            var g = pop.Gradient(w);
            maxErr = Math.Max(maxErr, g.Error);
            return Vec.Scale(-1, g.Value);
        }, 0, w0, tEnd, o, stop);
        return new Trajectory(sol, maxErr, sol.LastT);
    }

    /// <summary>The right-hand side of Eq. (14): −‖w‖^(2−2/N) (∇L + (N−1) w̄ w̄ᵀ ∇L).</summary>
    public static double[] InducedField(double[] grad, double[] we, int n)
    {
        var a = Vec.Norm(we);
        if (a == 0) return new double[we.Length];
        var wb = Vec.Scale(1 / a, we);
        var inner = Vec.Axpy((n - 1) * Vec.Dot(wb, grad), wb, grad);
        return Vec.Scale(-Math.Pow(a, 2 - 2.0 / n), inner);
    }

    public static Trajectory InducedFlow(Population pop, int n, double[] we0, double tEnd, OdeOptions? o = null, Func<double, double[], bool>? stop = null)
    {
        if (n < 1) throw new ArgumentException("Depth N must be at least 1.");
        var maxErr = 0.0;
        var sol = DormandPrince.Integrate((_, w) =>
        {
            var g = pop.Gradient(w);
            maxErr = Math.Max(maxErr, g.Error * Math.Pow(Vec.Norm(w), 2 - 2.0 / n) * n);
            return InducedField(g.Value, w, n);
        }, 0, we0, tEnd, o, stop);
        return new Trajectory(sol, maxErr, sol.LastT);
    }

    /// <summary>w_e = (W_N ⋯ W_1)ᵀ for layers given input-first (W_1 is n₁×d, …, W_N is 1×n_{N−1}).</summary>
    public static double[] EndToEnd(IReadOnlyList<double[,]> layers)
    {
        var p = layers[^1];
        for (var j = layers.Count - 2; j >= 0; j--) p = Mul(p, layers[j]);
        var d = p.GetLength(1);
        var we = new double[d];
        for (var i = 0; i < d; i++) we[i] = p[0, i];
        return we;
    }

    /// <summary>The layer-wise field: Ẇ_j = −A_jᵀ ∇L(w_e)ᵀ B_jᵀ with A_j = W_N⋯W_{j+1}, B_j = W_{j−1}⋯W_1.</summary>
    public static List<double[,]> LayerField(IReadOnlyList<double[,]> layers, double[] grad)
    {
        var nL = layers.Count;
        var d = layers[0].GetLength(1);
        var result = new List<double[,]>();
        for (var j = 0; j < nL; j++)
        {
            // A = W_N ⋯ W_{j+1} (1 × rows of W_j); B = W_{j−1} ⋯ W_1 (cols of W_j × d)
            double[,] a = new double[,] { { 1 } };
            for (var k = nL - 1; k > j; k--) a = Mul(a, layers[k]);
            var b = Eye(d);
            for (var k = 0; k < j; k++) b = Mul(layers[k], b);
            var rows = layers[j].GetLength(0);
            var cols = layers[j].GetLength(1);
            var gb = new double[cols]; // B ∇L  (cols)
            for (var c = 0; c < cols; c++) for (var i = 0; i < d; i++) gb[c] += b[c, i] * grad[i];
            var m = new double[rows, cols];
            for (var r = 0; r < rows; r++) for (var c = 0; c < cols; c++) m[r, c] = -a[0, r] * gb[c];
            result.Add(m);
        }
        return result;
    }

    public static double[] Flatten(IReadOnlyList<double[,]> layers) => layers.SelectMany(m => m.Cast<double>()).ToArray();

    public static List<double[,]> Unflatten(double[] y, IReadOnlyList<(int Rows, int Cols)> shapes)
    {
        var list = new List<double[,]>();
        var p = 0;
        foreach (var (r, c) in shapes)
        {
            var m = new double[r, c];
            for (var i = 0; i < r; i++) for (var j = 0; j < c; j++) m[i, j] = y[p++];
            list.Add(m);
        }
        return list;
    }

    public static Trajectory LayerwiseFlow(Population pop, IReadOnlyList<double[,]> layers0, double tEnd, OdeOptions? o = null)
    {
        var shapes = layers0.Select(m => (m.GetLength(0), m.GetLength(1))).ToList();
        var maxErr = 0.0;
        var sol = DormandPrince.Integrate((_, y) =>
        {
            var layers = Unflatten(y, shapes);
            var g = pop.Gradient(EndToEnd(layers));
            maxErr = Math.Max(maxErr, g.Error);
            return Flatten(LayerField(layers, g.Value));
        }, 0, Flatten(layers0), tEnd, o);
        return new Trajectory(sol, maxErr, sol.LastT);
    }

    public static double[,] Mul(double[,] a, double[,] b)
    {
        int n = a.GetLength(0), m = a.GetLength(1), p = b.GetLength(1);
        if (b.GetLength(0) != m) throw new ArgumentException("Shape mismatch.");
        var r = new double[n, p];
        for (var i = 0; i < n; i++) for (var k = 0; k < m; k++) { var x = a[i, k]; if (x == 0) continue; for (var j = 0; j < p; j++) r[i, j] += x * b[k, j]; }
        return r;
    }

    public static double[,] Eye(int d) { var m = new double[d, d]; for (var i = 0; i < d; i++) m[i, i] = 1; return m; }

    /// <summary>
    /// The balanced initialisation of Arora et al. (W_{j+1}ᵀW_{j+1} = W_j W_jᵀ) with end-to-end vector w_e and hidden width d:
    /// s = ‖w_e‖^(1/N), W_1 = s u₂ w̄_eᵀ, W_j = s u_{j+1} u_jᵀ, W_N = s u_Nᵀ, for unit u_j.
    /// </summary>
    public static List<double[,]> BalancedInit(double[] we, int n, IReadOnlyList<double[]> units)
    {
        if (units.Count != n - 1) throw new ArgumentException("Need N − 1 unit vectors u₂ … u_N.");
        var a = Vec.Norm(we);
        var s = Math.Pow(a, 1.0 / n);
        var u = new List<double[]> { Vec.Scale(1 / a, we) };
        u.AddRange(units);
        return ChainInit(u, Enumerable.Repeat(s, n).ToArray());
    }

    /// <summary>
    /// The initialisation of the paper's Section 5: W_N = u_Nᵀ, W_i = u_{i+1} u_iᵀ, ‖u_i‖ = 1 (i ≥ 2), u₁ = w_e(0).
    /// It satisfies W_{j+1}ᵀW_{j+1} = W_j W_jᵀ only when ‖w_e(0)‖ = 1.
    /// </summary>
    public static List<double[,]> PaperInit(double[] we, IReadOnlyList<double[]> units)
    {
        var u = new List<double[]> { we };
        u.AddRange(units);
        return ChainInit(u, Enumerable.Repeat(1.0, units.Count + 1).ToArray());
    }

    /// <summary>Rank-one chain: W_j = s_j u_{j+1} u_jᵀ (j &lt; N), W_N = s_N u_Nᵀ.</summary>
    public static List<double[,]> ChainInit(IReadOnlyList<double[]> u, double[] s)
    {
        var n = u.Count;
        var layers = new List<double[,]>();
        for (var j = 0; j < n - 1; j++)
        {
            var m = new double[u[j + 1].Length, u[j].Length];
            for (var r = 0; r < m.GetLength(0); r++) for (var c = 0; c < m.GetLength(1); c++) m[r, c] = s[j] * u[j + 1][r] * u[j][c];
            layers.Add(m);
        }
        var last = new double[1, u[n - 1].Length];
        for (var c = 0; c < last.GetLength(1); c++) last[0, c] = s[n - 1] * u[n - 1][c];
        layers.Add(last);
        return layers;
    }

    /// <summary>
    /// The first time T at which ½ d‖w‖²/dt = wᵀẇ becomes ≥ 0, refined by bisection with re-integration from the last accepted
    /// step before the sign change (so T is accurate to the ODE tolerance, not to the interpolation). Null if not reached.
    /// </summary>
    public static (double T, double[] W)? TransitionTime(Trajectory tr, Func<double[], double[]> field, OdeOptions o, int iterations = 40)
    {
        var ode = tr.Ode;
        double H(int i) => Vec.Dot(ode.Y[i], ode.F[i]);
        if (H(0) >= 0) return (0, ode.Y[0]);
        for (var i = 0; i + 1 < ode.T.Count; i++)
        {
            if (H(i + 1) < 0) continue;
            double lo = ode.T[i], hi = ode.T[i + 1];
            var y0 = ode.Y[i];
            double[] yHi = ode.Y[i + 1];
            for (var it = 0; it < iterations && hi - lo > 1e-13 * Math.Max(1, hi); it++)
            {
                var mid = 0.5 * (lo + hi);
                var y = Advance(field, ode.T[i], y0, mid, o);
                if (Vec.Dot(y, field(y)) >= 0) { hi = mid; yHi = y; } else lo = mid;
            }
            return (hi, yHi);
        }
        return null;
    }

    /// <summary>
    /// The first time T at which H = wᵀẇ becomes ≥ 0 along an integrated solution, located as an event: the first accepted
    /// step with H ≥ 0 brackets it, and MathNet's Brent method finds the root of H(w(t)) with w(t) integrated afresh from the
    /// last accepted step before it (so T is as accurate as the integrator's tolerance, not the Hermite interpolation's).
    /// Replaces <see cref="TransitionTime"/>'s 25–40 bisections by about ten evaluations. Null if H stays negative.
    /// </summary>
    public static (double T, double[] W)? LocateTransition(OdeSolution ode, Func<double[], double[]> field, OdeOptions o)
    {
        double H(int i) => Vec.Dot(ode.Y[i], ode.F[i]);
        if (H(0) >= 0) return (0, ode.Y[0]);
        for (var i = 0; i + 1 < ode.T.Count; i++)
        {
            if (H(i + 1) < 0) continue;
            return LocateRoot(field, ode.T[i], ode.Y[i], ode.T[i + 1], y => Vec.Dot(y, field(y)), o);
        }
        return null;
    }

    /// <summary>
    /// The root in (t0, t1] of h(w(t)) for the flow ẇ = field(w) from w(t0) = y0, where h(y0) &lt; 0 ≤ h(w(t1)): Brent's method
    /// (MathNet) on t ↦ h(w(t)), each w(t) integrated afresh from (t0, y0) with the options given; t to 10⁻¹⁴ relative.
    /// </summary>
    public static (double T, double[] W) LocateRoot(Func<double[], double[]> field, double t0, double[] y0, double t1, Func<double[], double> h,
        OdeOptions o)
    {
        double Ht(double t) => h(Advance(field, t0, y0, t, o));
        if (Ht(t1) == 0) return (t1, Advance(field, t0, y0, t1, o));
        // a root that Brent cannot improve (its bracket already at rounding level) is the bracket's end, where h ≥ 0
        var t = MathNet.Numerics.RootFinding.Brent.TryFindRoot(Ht, t0, t1, 1e-14 * Math.Max(1, Math.Abs(t1)), 200, out var r) ? r : t1;
        return (t, Advance(field, t0, y0, t, o));
    }

    /// <summary>The state at time t1 from (t0, y0), integrated afresh.</summary>
    public static double[] Advance(Func<double[], double[]> field, double t0, double[] y0, double t1, OdeOptions o) =>
        t1 <= t0 ? y0 : DormandPrince.Integrate((_, y) => field(y), t0, y0, t1, o with { InitialStep = Math.Min(o.InitialStep, t1 - t0) }).Last;
}

/// <summary>Gradient descent w(n+1) = w(n) − η_n ∇L(w(n)) on the population loss, with the gradients and their errors.</summary>
public sealed class GdRun
{
    public List<double[]> W { get; } = [];
    public List<double[]> Grad { get; } = [];
    public List<double> Eta { get; } = [];
    public double MaxGradError { get; private set; }

    public static GdRun Run(Population pop, double[] w0, Func<int, double> eta, int steps, Func<int, double[], bool>? stop = null)
    {
        var run = new GdRun();
        var w = (double[])w0.Clone();
        run.W.Add(w);
        for (var n = 0; n < steps; n++)
        {
            var e = eta(n);
            if (!(e > 0)) throw new ArgumentException($"Learning rate η_{n} = {e} must be positive.");
            var g = pop.Gradient(w);
            run.MaxGradError = Math.Max(run.MaxGradError, g.Error);
            run.Grad.Add(g.Value);
            run.Eta.Add(e);
            w = Vec.Axpy(-e, g.Value, w);
            run.W.Add(w);
            if (stop is not null && stop(n + 1, w)) break;
        }
        return run;
    }
}

/// <summary>The sums S_n^− (Lemma 4) and S_n^+ (Lemma 5) of a learning-rate schedule, computed stably for geometric growth.</summary>
public static class Schedules
{
    /// <summary>S_n^− = Σ_{k&lt;n} η_k / √(A + Σ_{i≤k} η_i²), returned for every n in <paramref name="at"/> (ascending).</summary>
    public static double[] SMinus(Func<int, double> logEta, double a, IReadOnlyList<int> at) => S(logEta, a, 0, at);

    /// <summary>S_n^+ = Σ_{k&lt;n} η_k / √(A + Σ_{i≤k} (η_i² + C η_i)).</summary>
    public static double[] SPlus(Func<int, double> logEta, double a, double c, IReadOnlyList<int> at) => S(logEta, a, c, at);

    /// <summary>Terms are evaluated as 1/√(A/η_k² + Q_k) with Q_k = Σ_{i≤k}(η_i² + Cη_i)/η_k², updated by
    /// Q_k = 1 + C/η_k + Q_{k−1} (η_{k−1}/η_k)², so geometric schedules never overflow.</summary>
    private static double[] S(Func<int, double> logEta, double a, double c, IReadOnlyList<int> at)
    {
        var result = new double[at.Count];
        double sum = 0, q = 0, prevLog = double.NaN;
        var next = 0;
        var max = at.Count == 0 ? 0 : at[^1];
        while (next < at.Count && at[next] == 0) next++; // S_0 is the empty sum (result[·] is already 0)
        for (var k = 0; k < max && next < at.Count; k++)
        {
            var le = logEta(k);
            var ratio2 = double.IsNaN(prevLog) ? 0 : Math.Exp(2 * (prevLog - le));
            q = 1 + c * Math.Exp(-le) + q * ratio2;
            var term = 1 / Math.Sqrt(a * Math.Exp(-2 * le) + q);
            sum += term;
            prevLog = le;
            while (next < at.Count && at[next] == k + 1) result[next++] = sum;
        }
        return result;
    }
}
