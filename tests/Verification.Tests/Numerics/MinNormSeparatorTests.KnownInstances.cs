using Verification.Arithmetic;
using Verification.Numerics;
using Xunit;

namespace Verification.Tests.Numerics;

/// <summary>The min-norm separator of program (7) on known instances, and the dual solver against the exact one.</summary>
public partial class MinNormSeparatorTests
{
    [Fact]
    public void Exact_min_norm_separator_on_a_known_instance()
    {
        // min ‖θ‖² s.t. θ·(1, 0) ≥ 1, θ·(1, 1) ≥ 1: θ = (1, 0), λ = (1, 0)
        var sol = MinNormSeparator.SolveExact<Rational>([[1, 0], [1, 1]])!;
        Assert.Equal([Rational.One, Rational.Zero], sol.Theta);
        Assert.Null(MinNormSeparator.KktViolation<Rational>([[1, 0], [1, 1]], sol.Theta, sol.Lambda));
        // two active constraints: θ·(1, 0) ≥ 1, θ·(0, 1) ≥ 1 gives θ = (1, 1)
        var two = MinNormSeparator.SolveExact<Rational>([[1, 0], [0, 1]])!;
        Assert.Equal([Rational.One, Rational.One], two.Theta);
        Assert.Null(MinNormSeparator.SolveExact<Rational>([[1], [-1]])); // infeasible
    }

    [Fact]
    public void Dual_coordinate_ascent_agrees_with_the_exact_solver()
    {
        Rational[][] z = [[2, 1, 0], [1, -1, 1], [new Rational(1, 2), 2, 1], [3, 0, -1]];
        var exact = MinNormSeparator.SolveExact<Rational>(z)!;
        var dual = MinNormSeparator.SolveDual(z.Select(Vec.ToDouble).ToList())!;
        for (var j = 0; j < 3; j++) Assert.Equal(exact.Theta[j].ToDouble(), dual.Theta[j], 8);
    }

    [Fact]
    public void Kkt_check_rejects_a_wrong_multiplier()
    {
        Rational[][] z = [[1, 0], [1, 1]];
        Assert.NotNull(MinNormSeparator.KktViolation<Rational>(z, [1, 0], [1, 1]));
    }
}
