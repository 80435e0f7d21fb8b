using Verification.Arithmetic;
using Xunit;

namespace Verification.Tests.Arithmetic;

/// <summary>The vector operations of <see cref="Vec"/> (and two of <see cref="LinearAlgebra"/>) by hand, and Vec.Format.</summary>
public partial class VecTests
{
    private static void Close(double want, double got, double rel, string what) =>
        Assert.True(Math.Abs(got - want) <= rel * Math.Abs(want), $"{what}: {got:R} vs {want:R}");

    [Fact]
    public void Linear_algebra()
    {
        double[] a = [1, -2, 2], b = [3, 0.5, -1];
        Assert.Equal(3 - 1 - 2, Vec.Dot(a, b));
        Assert.Equal(3, Vec.Norm(a));
        Assert.Equal([2, -4, 4], Vec.Scale(2, a));
        Assert.Equal([5, -3.5, 3], Vec.Axpy(2, a, b));
        Assert.Equal([-2, -2.5, 3], Vec.Sub(a, b));
        Assert.Equal(0, Vec.Cos([1, 0], [0, 5]));
        Close(-0.6, Vec.Cos([3, 0], [-3, 4]), 1e-15, "cos");
        var p = Vec.ProjectOut([0, 2, 0], [1, 5, -3]);
        Assert.Equal([1, 0, -3], p);
        var q = Vec.ProjectOut([3, 4], [1, 1]);
        Assert.True(Math.Abs(q[0] - 0.16) < 1e-15 && Math.Abs(q[1] + 0.12) < 1e-15, $"({q[0]}, {q[1]})");
        Assert.Equal([6.5, -1], LinearAlgebra.MatVec(new double[,] { { 1, 2, 0.5 }, { 2, -3, 1 } }, [3, 2, -1]));
        var ev = LinearAlgebra.SymmetricEigenvalues(new double[,] { { 2, 1, 0 }, { 1, 2, 0 }, { 0, 0, -4 } });
        Assert.Equal(3, ev.Length);
        Assert.True(Math.Abs(ev[0] + 4) < 1e-14 && Math.Abs(ev[1] - 1) < 1e-14 && Math.Abs(ev[2] - 3) < 1e-14, string.Join(", ", ev));
    }

    [Fact]
    public void Vec_Format_prints_round_trip_literals_of_doubles()
    {
        Assert.Equal("(1, 0.5, -2, 0.1)", Vec.Format<double>([1, 0.5, -2, 0.1]));
        Assert.Equal("()", Vec.Format<double>([]));
        Assert.Equal("(1E-300)", Vec.Format<double>([1e-300]));
        Assert.Equal("(0.30000000000000004, 1.7976931348623157E+308)", Vec.Format<double>([0.1 + 0.2, double.MaxValue]));
    }
}
