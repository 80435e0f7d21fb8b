using System.Numerics;
using Verification.Arithmetic;

namespace Verification.Numerics;

/// <summary>The solution of the hard-margin problem min ‖θ‖² s.t. θ·zᵢ ≥ 1 (i = 1..n), with its multipliers.</summary>
/// <param name="Theta">The minimiser θ = Σ λᵢ zᵢ.</param>
/// <param name="Lambda">The KKT multipliers λᵢ ≥ 0 (zero off the support).</param>
public sealed record MinNormSolution<T>(T[] Theta, T[] Lambda) where T : INumber<T>;

/// <summary>
/// The hard-margin SVM through the origin, min ‖θ‖² subject to θ·zᵢ ≥ 1, which is program (7) of Sarussi, Brutzkus and
/// Globerson with zᵢ = yᵢφ(xᵢ), and also the max-margin direction of a point set (margin = 1/‖θ‖).
/// <para>
/// Two solvers, both hand-written because no referenced package has a quadratic-programming routine (MathNet.Numerics 5 has
/// linear algebra and unconstrained optimisers only): <see cref="SolveExact"/> enumerates supports (sets of linearly
/// independent constraints taken as equalities) and returns the one whose multipliers are non-negative and whose θ is
/// feasible — exact in rational arithmetic and complete for small n (by Carathéodory an optimal θ has such a support); and
/// <see cref="SolveDual"/>, dual coordinate ascent in double for large n (max Σλ − ½‖Σλᵢzᵢ‖², λ ≥ 0, exact coordinate
/// maximisation), stopped when the KKT residual is below a tolerance.
/// </para>
/// </summary>
public static class MinNormSeparator
{
    /// <summary>Exact solution by support enumeration, or null when the constraints are infeasible. Cost grows like C(n, ≤ dim).</summary>
    public static MinNormSolution<T>? SolveExact<T>(IReadOnlyList<T[]> z) where T : INumber<T>
    {
        if (z.Count == 0) throw new ArgumentException("Need at least one constraint.");
        var dim = z[0].Length;
        var n = z.Count;
        MinNormSolution<T>? best = null;
        var bestNorm = T.Zero;
        foreach (var support in Subsets(n, Math.Min(n, dim)))
        {
            var m = support.Length;
            var gram = new T[m, m];
            for (var a = 0; a < m; a++)
                for (var b = 0; b < m; b++)
                    gram[a, b] = Vec.Dot<T>(z[support[a]], z[support[b]]);
            var ones = Enumerable.Repeat(T.One, m).ToArray();
            var mu = LinearAlgebra.TrySolve(gram, ones);
            if (mu is null || mu.Any(x => x < T.Zero)) continue;
            var theta = new T[dim];
            Array.Fill(theta, T.Zero);
            for (var a = 0; a < m; a++)
                for (var j = 0; j < dim; j++) theta[j] += mu[a] * z[support[a]][j];
            if (z.Any(zi => Vec.Dot<T>(theta, zi) < T.One)) continue;
            var norm = Vec.NormSquared<T>(theta);
            if (best is null || norm < bestNorm)
            {
                var lambda = new T[n];
                Array.Fill(lambda, T.Zero);
                for (var a = 0; a < m; a++) lambda[support[a]] = mu[a];
                best = new MinNormSolution<T>(theta, lambda);
                bestNorm = norm;
            }
        }
        return best;
    }

    /// <summary>
    /// The KKT conditions of min ‖θ‖² s.t. θ·zᵢ ≥ 1 for a candidate (θ, λ): stationarity θ = Σλᵢzᵢ, primal feasibility θ·zᵢ ≥ 1,
    /// dual feasibility λᵢ ≥ 0 and complementary slackness λᵢ(θ·zᵢ − 1) = 0. Exact in rational arithmetic; null when all hold,
    /// otherwise the first violated condition.
    /// </summary>
    public static string? KktViolation<T>(IReadOnlyList<T[]> z, T[] theta, T[] lambda) where T : INumber<T>
    {
        var dim = theta.Length;
        var combo = new T[dim];
        Array.Fill(combo, T.Zero);
        for (var i = 0; i < z.Count; i++)
            for (var j = 0; j < dim; j++) combo[j] += lambda[i] * z[i][j];
        for (var j = 0; j < dim; j++) if (combo[j] != theta[j]) return $"stationarity: θ[{j}] = {theta[j]} but Σλᵢzᵢ[{j}] = {combo[j]}";
        for (var i = 0; i < z.Count; i++)
        {
            var m = Vec.Dot<T>(theta, z[i]);
            if (m < T.One) return $"primal feasibility: θ·z{i} = {m} < 1";
            if (lambda[i] < T.Zero) return $"dual feasibility: λ{i} = {lambda[i]} < 0";
            if (lambda[i] * (m - T.One) != T.Zero) return $"complementary slackness: λ{i}(θ·z{i} − 1) = {lambda[i] * (m - T.One)}";
        }
        return null;
    }

    /// <summary>
    /// Dual coordinate ascent in double. Returns null if the dual diverges (infeasible primal) or has not converged within
    /// <paramref name="maxSweeps"/>: on an infeasible primal the dual can also oscillate without growing (z = (1), (−1): the
    /// change is 2 every sweep), and an unconverged θ need not satisfy θ·zᵢ ≥ 1.
    /// </summary>
    public static MinNormSolution<double>? SolveDual(IReadOnlyList<double[]> z, double tolerance = 1e-10, int maxSweeps = 200_000)
    {
        var n = z.Count;
        var dim = z[0].Length;
        var lambda = new double[n];
        var theta = new double[dim];
        var q = z.Select(zi => Vec.Dot<double>(zi, zi)).ToArray();
        var converged = false;
        for (var sweep = 0; sweep < maxSweeps && !converged; sweep++)
        {
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (q[i] == 0) return null;
                var grad = 1 - Vec.Dot<double>(theta, z[i]);
                var next = Math.Max(0, lambda[i] + grad / q[i]);
                var delta = next - lambda[i];
                if (delta == 0) continue;
                lambda[i] = next;
                for (var j = 0; j < dim; j++) theta[j] += delta * z[i][j];
                change = Math.Max(change, Math.Abs(delta) * Math.Sqrt(q[i]));
            }
            var normTheta = Math.Sqrt(Vec.NormSquared<double>(theta));
            if (double.IsNaN(normTheta) || normTheta > 1e12) return null;
            converged = change <= tolerance * Math.Max(1, normTheta);
        }
        return converged ? new MinNormSolution<double>(theta, lambda) : null;
    }

    /// <summary>All subsets of {0..n−1} of size 1..maxSize, smallest first.</summary>
    public static IEnumerable<int[]> Subsets(int n, int maxSize)
    {
        for (var size = 1; size <= maxSize; size++)
            foreach (var s in Combinations(n, size, 0)) yield return s;
    }

    private static IEnumerable<int[]> Combinations(int n, int size, int start)
    {
        if (size == 0) { yield return []; yield break; }
        for (var i = start; i <= n - size; i++)
            foreach (var rest in Combinations(n, size - 1, i + 1)) yield return [i, .. rest];
    }
}
