using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Models.Lyx;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Geometry;

/// <summary>The exact simplex method on a small linear program (and an infeasible one).</summary>
[Trait("Paper", "LYX")]
public partial class ExactSimplexTests
{
    [Fact]
    public void ExactSimplexSolvesASmallLp()
    {
        // max x + y s.t. x + 2y + s1 = 4, 3x + y + s2 = 6, all ≥ 0: optimum at (8/5, 6/5), value 14/5
        Rational[][] a = [V(1, 2, 1, 0), V(3, 1, 0, 1)];
        var (status, value, x) = ExactSimplex.Maximise(a, V(4, 6), V(1, 1, 0, 0));
        Assert.Equal(LpStatus.Optimal, status);
        Assert.Equal(new Rational(14, 5), value);
        Assert.Equal(new Rational(8, 5), x[0]);
        Assert.Equal(LpStatus.Infeasible, ExactSimplex.Maximise([V(1, 1)], V(-1), V(0, 0)).Status);
    }
}
