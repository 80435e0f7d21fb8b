using Verification.Arithmetic;
using Verification.Numerics;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Numerics;

/// <summary>
/// <see cref="MinNormSeparator"/> on instances solved by hand. For min ‖θ‖² s.t. θ·zᵢ ≥ 1
/// a pair (θ, λ) is optimal iff the KKT conditions hold (convex program, linear constraints), which is how the hand
/// solutions below are certified.
/// </summary>
public partial class MinNormSeparatorTests
{
    [Fact]
    public void A_support_with_mixed_sign_multipliers_is_not_taken_even_if_it_gives_the_optimum()
    {
        // z₀ = (2, −1), z₁ = (1, 0), z₂ = (0, 1): θ* = (1, 1), all three constraints active. No single constraint gives a
        // feasible θ; the first pair {z₀, z₁} gives θ = (1, 1) but with μ = (−1, 3); the next pair {z₀, z₂} gives
        // θ = (1, 1) with μ = (½, 3/2) ≥ 0 (Gram [[5, −1], [−1, 1]]·μ = 1).
        Rational[][] z = [[2, -1], [1, 0], [0, 1]];
        var s = MinNormSeparator.SolveExact(z)!;
        Assert.Equal([Q(1), Q(1)], s.Theta);
        Assert.Equal([Q(1, 2), Q(0), Q(3, 2)], s.Lambda);
        Assert.Null(MinNormSeparator.KktViolation(z, s.Theta, s.Lambda));
    }

    [Fact]
    public void Among_equally_good_supports_the_first_and_smallest_is_kept()
    {
        // z = (1, 0), (1, 1), (1, −1): θ* = (1, 0), all active; supports {z₀} (λ = (1, 0, 0)) and {z₁, z₂} (λ = (0, ½, ½))
        Rational[][] z = [[1, 0], [1, 1], [1, -1]];
        var s = MinNormSeparator.SolveExact(z)!;
        Assert.Equal([Q(1), Q(0)], s.Theta);
        Assert.Equal([Q(1), Q(0), Q(0)], s.Lambda);
    }

    [Fact]
    public void Exact_solutions_on_hand_solved_instances()
    {
        // one constraint: θ = z/‖z‖²
        var one = MinNormSeparator.SolveExact<Rational>([[3, 4]])!;
        Assert.Equal([Q(3, 25), Q(4, 25)], one.Theta);
        Assert.Equal([Q(1, 25)], one.Lambda);
        // z₀ = (1, 2), z₁ = (2, 1), z₂ = (3, 3): θ = (1/3, 1/3) from {z₀, z₁} (θ·z₂ = 2) with λ = (1/9, 1/9, 0)
        Rational[][] z = [[1, 2], [2, 1], [3, 3]];
        var s = MinNormSeparator.SolveExact(z)!;
        Assert.Equal([Q(1, 3), Q(1, 3)], s.Theta);
        Assert.Equal([Q(1, 9), Q(1, 9), Q(0)], s.Lambda);
        // more constraints than dimensions with a tiny scale (rational pivots below 1e−13 are not singular)
        Rational[][] tiny = [[Q(1, 10_000_000), 0], [Q(1, 10_000_000), Q(1, 10_000_000)]];
        var t = MinNormSeparator.SolveExact(tiny)!;
        Assert.Equal([Q(10_000_000), Q(0)], t.Theta);
        // the same in double: θ and λ within rounding of the exact solution
        var d = MinNormSeparator.SolveExact<double>([[1, 2], [2, 1], [3, 3]])!;
        Assert.Equal(1.0 / 3, d.Theta[0], 14);
        Assert.Equal(1.0 / 9, d.Lambda[1], 14);
        Assert.Null(MinNormSeparator.SolveExact<Rational>([[1, 1], [-1, -1]]));
        var ex = Assert.Throws<ArgumentException>(() => MinNormSeparator.SolveExact<Rational>([]));
        Assert.Equal("Need at least one constraint.", ex.Message);
    }

    [Fact]
    public void Kkt_violations_are_named()
    {
        Rational[][] z = [[1, 0], [2, 0]];
        Assert.Null(MinNormSeparator.KktViolation(z, [Q(1), Q(0)], [Q(1), Q(0)]));
        Assert.Equal("stationarity: θ[1] = 1 but Σλᵢzᵢ[1] = 0", MinNormSeparator.KktViolation(z, [Q(1), Q(1)], [Q(1), Q(0)]));
        Assert.Equal("primal feasibility: θ·z0 = 1/2 < 1", MinNormSeparator.KktViolation(z, [Q(1, 2), Q(0)], [Q(1, 2), Q(0)]));
        Assert.Equal("dual feasibility: λ1 = -1 < 0", MinNormSeparator.KktViolation(z, [Q(1), Q(0)], [Q(3), Q(-1)]));
        // λ = (0, 1): θ = (2, 0), θ·z₁ = 4, λ₁(4 − 1) = 3
        Assert.Equal("complementary slackness: λ1(θ·z1 − 1) = 3", MinNormSeparator.KktViolation(z, [Q(2), Q(0)], [Q(0), Q(1)]));
    }

    [Fact]
    public void Dual_coordinate_ascent_follows_the_hand_computed_sweeps()
    {
        // z₀ = (1, 1), z₁ = (1, 0): after k sweeps λ = (2^−k, 1 − 2^−k), θ = (1, 2^−k) (dyadic, exact in double)
        double[][] z = [[1, 1], [1, 0]];
        foreach (var k in new[] { 1, 3 })
        {
            // the change of sweep k is √2·2^−k: a tolerance of exactly that stops at sweep k (sweep k − 1 changed twice as
            // much, more than tolerance·‖θ‖ with ‖θ‖ < 2); with fewer sweeps allowed the run is unconverged, hence null
            Assert.Null(MinNormSeparator.SolveDual(z, 0, k));
            // converged at sweep k + 1, but only k sweeps allowed: unconverged, hence null
            Assert.Null(MinNormSeparator.SolveDual(z, Math.Sqrt(2) * Math.Pow(2, -k - 1), k));
            Assert.NotNull(MinNormSeparator.SolveDual(z, Math.Sqrt(2) * Math.Pow(2, -k - 1), k + 1));
            var s = MinNormSeparator.SolveDual(z, Math.Sqrt(2) * Math.Pow(2, -k), k)!;
            Assert.Equal(1, s.Theta[0]);
            Assert.Equal(Math.Pow(2, -k), s.Theta[1]);
            Assert.Equal([Math.Pow(2, -k), 1 - Math.Pow(2, -k)], s.Lambda);
        }
        // the stopping rule: change of sweep k ≤ tolerance·max(1, ‖θ‖), change = max |Δλᵢ|·‖zᵢ‖ = √2·2^−k
        var stop = MinNormSeparator.SolveDual(z, 1.2 * Math.Pow(2, -10))!;
        Assert.Equal(Math.Pow(2, -11), stop.Theta[1]);
        // scaled by ¼: θ, change and ‖θ‖ ×4, λ ×16, so the same sweep stops (the tolerance is relative to ‖θ‖ ≥ 1)
        double[][] zq = [[0.25, 0.25], [0.25, 0]];
        var sq = MinNormSeparator.SolveDual(zq, 1.2 * Math.Pow(2, -10))!;
        Assert.Equal(4 * Math.Pow(2, -11), sq.Theta[1]);
        Assert.Equal(4, sq.Theta[0]);
    }

    [Fact]
    public void Dual_stops_when_the_change_equals_the_tolerance()
    {
        // 1-D z = (2), (1): sweep 1 gives λ = (¼, ½), θ = 1 with change max(¼·2, ½·1) = ½; the exact answer is λ = (0, 1)
        var s = MinNormSeparator.SolveDual([[2.0], [1.0]], 0.5)!;
        Assert.Equal([0.25, 0.5], s.Lambda);
        Assert.Equal(1, s.Theta[0]);
        var full = MinNormSeparator.SolveDual([[2.0], [1.0]], 0)!;
        Assert.Equal([0.0, 1.0], full.Lambda);
    }

    [Fact]
    public void Dual_rejects_zero_constraints_NaN_and_divergence()
    {
        Assert.Null(MinNormSeparator.SolveDual([[1.0, 0], [0.0, 0]]));
        Assert.Null(MinNormSeparator.SolveDual([[double.NaN, 1]], 1e-10, 5));
        // z = 1e−13: θ = 1e13 exceeds the divergence bound 1e12
        Assert.Null(MinNormSeparator.SolveDual([[1e-13]], 1e-10, 5));
        // An infeasible pair that oscillates without growing: λ goes (1, 2), (3, 4), … with θ = ±1 and change 2 every
        // sweep; it never converges, so no θ (here θ = −1, which violates θ·z₀ ≥ 1) may be returned.
        Assert.Null(MinNormSeparator.SolveDual([[1.0], [-1.0]], 1e-10, 50));
        // ‖θ‖ = 1e12 exactly is not divergence (the bound is strict): z = 1e−12·(cos a, sin a) found by a search over a
        // (θ = z/‖z‖² after one sweep; the second sweep changes nothing at this scale and the norm stays the double 1e12)
        var edge = MinNormSeparator.SolveDual([[9.30948683616969e-13, 3.6515003556323564e-13]])!;
        Assert.Equal(1e12, Math.Sqrt(edge.Theta[0] * edge.Theta[0] + edge.Theta[1] * edge.Theta[1]));
        var ok = MinNormSeparator.SolveDual([[1e-11]], 1e-10, 5)!;
        Assert.True(Math.Abs(ok.Theta[0] / 1e11 - 1) < 1e-12);
    }

    [Fact]
    public void Dual_agrees_with_the_exact_solution_and_satisfies_KKT_within_tolerance()
    {
        Rational[][] z = [[1, 2], [2, 1], [3, 3], [Q(1, 2), 4]];
        var exact = MinNormSeparator.SolveExact(z)!;
        Assert.Null(MinNormSeparator.KktViolation(z, exact.Theta, exact.Lambda));
        var dual = MinNormSeparator.SolveDual(z.Select(Vec.ToDouble).ToList(), 1e-13)!;
        for (var j = 0; j < 2; j++) Assert.Equal(exact.Theta[j].ToDouble(), dual.Theta[j], 10);
        for (var i = 0; i < z.Length; i++) Assert.Equal(exact.Lambda[i].ToDouble(), dual.Lambda[i], 10);
    }
}
