namespace Verification.Numerics;

/// <summary>Tolerances and limits of <see cref="DormandPrince"/>.</summary>
/// <param name="RelTol">Relative tolerance per step.</param>
/// <param name="AbsTol">Absolute tolerance per step.</param>
/// <param name="MaxSteps">Accepted-step budget; the result says whether the end was reached.</param>
/// <param name="MaxStep">Largest step allowed (so that sign changes of monitored quantities are not stepped over).</param>
/// <param name="InitialStep">First trial step.</param>
public sealed record OdeOptions(
    double RelTol = 1e-9, double AbsTol = 1e-11, int MaxSteps = 100_000, double MaxStep = double.PositiveInfinity, double InitialStep = 1e-3);

/// <summary>
/// An integrated trajectory: the accepted steps (t, y, f(t, y)), the sum of the local error estimates (the achieved
/// accuracy: a bound on the global error when the flow is non-expansive, as gradient flow of a convex loss is; an estimate
/// otherwise), and the work done.
/// </summary>
public sealed class OdeSolution
{
    public List<double> T { get; } = [];
    public List<double[]> Y { get; } = [];
    public List<double[]> F { get; } = [];
    public double SumLocalError { get; internal set; }
    public int Evaluations { get; internal set; }
    public int Rejected { get; internal set; }
    public bool ReachedEnd { get; internal set; }
    public string? StoppedBecause { get; internal set; }

    public double[] Last => Y[^1];
    public double LastT => T[^1];

    /// <summary>The state at time t by cubic Hermite interpolation between accepted steps (error O(h⁴)).</summary>
    public double[] At(double t)
    {
        if (t <= T[0]) return Y[0];
        if (t >= T[^1]) return Y[^1];
        var k = T.BinarySearch(t);
        if (k >= 0) return Y[k];
        k = ~k - 1;
        double t0 = T[k], t1 = T[k + 1], h = t1 - t0, s = (t - t0) / h;
        var h00 = (1 + 2 * s) * (1 - s) * (1 - s);
        var h10 = s * (1 - s) * (1 - s);
        var h01 = s * s * (3 - 2 * s);
        var h11 = s * s * (s - 1);
        var y = new double[Y[k].Length];
        for (var i = 0; i < y.Length; i++) y[i] = h00 * Y[k][i] + h10 * h * F[k][i] + h01 * Y[k + 1][i] + h11 * h * F[k + 1][i];
        return y;
    }
}

/// <summary>
/// The Dormand-Prince 5(4) embedded Runge-Kutta pair with adaptive steps (FSAL, error control on the 4th-order embedded
/// solution, local extrapolation). Hand-written: MathNet's ODE solvers have fixed steps only and no error estimate.
/// </summary>
public static class DormandPrince
{
    private static readonly double[] C = [0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1];
    private static readonly double[][] A =
    [
        [],
        [1.0 / 5],
        [3.0 / 40, 9.0 / 40],
        [44.0 / 45, -56.0 / 15, 32.0 / 9],
        [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
        [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
        [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84],
    ];
    private static readonly double[] B5 = [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0];
    private static readonly double[] B4 = [5179.0 / 57600, 0, 7571.0 / 16695, 393.0 / 640, -92097.0 / 339200, 187.0 / 2100, 1.0 / 40];

    /// <summary>Integrates y' = f(t, y) from t0 to t1 (t1 > t0). <paramref name="stop"/> is asked after each accepted step.</summary>
    public static OdeSolution Integrate(Func<double, double[], double[]> f, double t0, double[] y0, double t1, OdeOptions? options = null,
        Func<double, double[], bool>? stop = null)
    {
        var o = options ?? new OdeOptions();
        if (!(t1 >= t0)) throw new ArgumentException("t1 must not precede t0.");
        var n = y0.Length;
        var sol = new OdeSolution();
        var t = t0;
        var y = (double[])y0.Clone();
        var fy = f(t, y);
        sol.Evaluations++;
        sol.T.Add(t); sol.Y.Add(y); sol.F.Add(fy);
        var h = Math.Min(o.InitialStep, o.MaxStep);
        var k = new double[7][];
        var steps = 0;
        while (t < t1)
        {
            if (steps >= o.MaxSteps) { sol.StoppedBecause = "step budget"; return sol; }
            var last = false;
            if (t + h >= t1) { h = t1 - t; last = true; }
            k[0] = fy;
            for (var s = 1; s < 7; s++)
            {
                var ys = new double[n];
                for (var i = 0; i < n; i++)
                {
                    var acc = y[i];
                    for (var j = 0; j < s; j++) acc += h * A[s][j] * k[j][i];
                    ys[i] = acc;
                }
                k[s] = f(t + C[s] * h, ys);
                sol.Evaluations++;
            }
            var yNew = new double[n];
            double errNorm = 0, errAbs = 0;
            for (var i = 0; i < n; i++)
            {
                double y5 = y[i], e = 0;
                for (var j = 0; j < 7; j++) { y5 += h * B5[j] * k[j][i]; e += h * (B5[j] - B4[j]) * k[j][i]; }
                yNew[i] = y5;
                var sc = o.AbsTol + o.RelTol * Math.Max(Math.Abs(y[i]), Math.Abs(y5));
                errNorm = Math.Max(errNorm, Math.Abs(e) / sc);
                errAbs += e * e;
            }
            if (double.IsNaN(errNorm)) throw new InvalidOperationException($"NaN in the ODE at t = {t}.");
            if (errNorm <= 1)
            {
                t = last ? t1 : t + h;
                y = yNew;
                fy = k[6];
                sol.T.Add(t); sol.Y.Add(y); sol.F.Add(fy);
                sol.SumLocalError += Math.Sqrt(errAbs);
                steps++;
                if (stop is not null && stop(t, y)) { sol.StoppedBecause = "stop condition"; return sol; }
                var fac = errNorm == 0 ? 5 : Math.Min(5, Math.Max(0.2, 0.9 * Math.Pow(errNorm, -0.2)));
                h = Math.Min(o.MaxStep, h * fac);
            }
            else
            {
                sol.Rejected++;
                h *= Math.Max(0.1, 0.9 * Math.Pow(errNorm, -0.2));
                if (h < 1e-14 * Math.Max(1, Math.Abs(t))) throw new InvalidOperationException($"Step size underflow at t = {t}.");
            }
        }
        sol.ReachedEnd = true;
        return sol;
    }
}
