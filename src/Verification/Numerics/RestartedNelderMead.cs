using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Verification.Numerics;

/// <summary>The best point a <see cref="RestartedNelderMead"/> search evaluated.</summary>
/// <param name="Starts">Random starting points tried.</param>
/// <param name="Evaluations">Objective evaluations over all starts and restarts.</param>
public sealed record MaximumFound(double[] Point, double Value, int Starts, int Evaluations);

/// <summary>
/// Maximises a function of n real parameters: uniform random starts in a box, each followed by MathNet's Nelder–Mead simplex,
/// then restarted at the best point with a simplex ten times smaller until a restart gains nothing. The restarts are there
/// because Nelder–Mead stalls at the kinks of a piecewise-linear objective (its simplex collapses onto a face); a fresh
/// simplex at the stalled point resumes the descent. The best point ever evaluated is kept, so an iteration cap (MathNet
/// throws <see cref="MaximumIterationsException"/>) loses nothing. Deterministic for a given seed.
/// </summary>
public static class RestartedNelderMead
{
    public static MaximumFound Maximise(Func<double[], double> f, double[] low, double[] high, int starts, int seed,
        int iterationsPerRun = 4000, int maxRestarts = 12)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (low.Length == 0 || low.Length != high.Length) throw new ArgumentException("Need a non-empty box with as many lower as upper ends.");
        if (starts < 1) throw new ArgumentOutOfRangeException(nameof(starts), "Need at least one start.");
        var n = low.Length;
        var rng = new Random(seed);
        var best = (double[])low.Clone();
        var bestValue = double.NegativeInfinity;
        var evaluations = 0;

        double Minus(Vector<double> p)
        {
            var x = p.ToArray();
            var v = f(x);
            evaluations++;
            if (double.IsNaN(v)) return double.PositiveInfinity; // never a maximum; keeps the simplex away
            if (v > bestValue) { bestValue = v; best = x; }
            return -v;
        }

        var objective = ObjectiveFunction.Value(Minus);
        for (var s = 0; s < starts; s++)
        {
            var x0 = new double[n];
            for (var i = 0; i < n; i++) x0[i] = low[i] + rng.NextDouble() * (high[i] - low[i]);
            var step = Enumerable.Range(0, n).Select(i => (high[i] - low[i]) / 4).ToArray();
            var from = x0;
            var fromValue = double.NegativeInfinity;
            for (var r = 0; r <= maxRestarts; r++)
            {
                var (point, value) = Run(objective, from, step, iterationsPerRun, () => (best, bestValue));
                if (r > 0 && value <= fromValue) break;
                (from, fromValue) = (point, value);
                for (var i = 0; i < n; i++) step[i] /= 10;
            }
        }
        return new MaximumFound(best, bestValue, starts, evaluations);
    }

    /// <summary>One Nelder–Mead run; returns its end point and value, or the overall best if the run hit its cap.</summary>
    private static (double[] Point, double Value) Run(IObjectiveFunction objective, double[] from, double[] step, int iterations,
        Func<(double[] Point, double Value)> bestSoFar)
    {
        try
        {
            var result = new NelderMeadSimplex(1e-15, iterations)
                .FindMinimum(objective, Vector<double>.Build.DenseOfArray(from), Vector<double>.Build.DenseOfArray(step));
            var p = result.MinimizingPoint.ToArray();
            return (p, -result.FunctionInfoAtMinimum.Value);
        }
        catch (MaximumIterationsException)
        {
            return bestSoFar();
        }
    }
}
