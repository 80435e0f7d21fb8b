using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Data.Lyx;

/// <summary>The 880-point data set of Section 6.1.</summary>
[Trait("Paper", "LYX")]
public class LyxDataTests
{
    [Fact]
    public void PaperDataSet()
    {
        var (x, y) = LyxData.Paper880();
        Assert.Equal(880, x.Length);
        Assert.All(Enumerable.Range(0, 880), i => Assert.InRange(Math.Sqrt(x[i] * x[i] + y[i] * y[i]), 1 - 1e-12, 2 + 1e-12));
    }

    [Fact]
    public void Paper_880_point_set()
    {
        var (x, y) = LyxData.Paper880();
        // index (a − 10)·80 + (b − 1): a = 10, b = 1 and a = 20, b = 80 and a = 15, b = 20.
        Assert.Equal(2 * Math.Cos(Math.PI / 40), x[0], 15);
        Assert.Equal(2 * Math.Sin(Math.PI / 40), y[0], 15);
        Assert.Equal(1.0, x[879], 15);
        Assert.Equal(0.0, y[879], 14);
        Assert.Equal(20.0 / 15 * Math.Cos(Math.PI / 2), x[5 * 80 + 19], 15);
        Assert.Equal(20.0 / 15, y[5 * 80 + 19], 15);
        Assert.Equal(Enumerable.Range(10, 11).Select(a => 20.0 / a), LyxData.PaperRadii());
        var angles = LyxData.PaperAngles();
        Assert.Equal(80, angles.Length);
        Assert.Equal(Math.PI / 40, angles[0], 15);
        Assert.Equal(2 * Math.PI, angles[79], 15);
    }
}
