using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Experiments.Lyx;

/// <summary>The LYX experiment producers: registration, the reduced and full Table 1, and a cell's parallel runs.</summary>
[Trait("Paper", "LYX")]
public class LyxExperimentsTests
{
    [Fact]
    public void ProducersAreRegistered()
    {
        var ids = LyxExperiments.All.Select(e => e.Id).ToList();
        Assert.Equal(["lyx-table1", "lyx-fig-iterations", "lyx-fig-normhistogram", "lyx-fig-weightdynamics", "lyx-j-fig-subspaceangle"], ids);
    }

    /// <summary>The reduced Table 1 (2 runs per cell, same code path as the full one) runs and is deterministic by seed.</summary>
    [Fact]
    public void ReducedTable1IsDeterministic()
    {
        var a = LyxExperiments.Table1(5, 2).Render();
        var b = LyxExperiments.Table1(5, 2).Render();
        Assert.Equal(a, b);
        Assert.Contains("rand_paper", a);
    }

    /// <summary>The full Table 1 (100 runs per cell, as the paper) — deep profile only.</summary>
    [Fact, Trait("Category", "Deep")]
    public void FullTable1()
    {
        if (Environment.GetEnvironmentVariable("VERIFICATION_DEEP") != "1") return;
        var snap = LyxExperiments.Table1(Verification.Harness.Budgets.DefaultSeed, 100);
        Assert.DoesNotContain("differs", snap.Render());
    }

    /// <summary>A cell's runs on all cores (<see cref="LyxExperiments.Cell"/>) equal the same runs one after another.</summary>
    [Fact]
    public void ParallelCellEqualsSequentialRuns()
    {
        const ulong seed = 20211;
        const int cell = 3, k = 4, runs = 12;
        var parallel = LyxExperiments.Cell(seed, cell, k, halfSpace: false, runs);
        for (var r = 0; r < runs; r++)
        {
            var s = PolarGridGd.Initialise(k, false, SplitMix64.Derive(seed, cell, r));
            var sequential = LyxExperiments.PaperGrid.Run(s, LyxExperiments.Eta, LyxExperiments.MaxIterations);
            Assert.Equal(sequential, parallel[r]); // bitwise: the same run must not depend on scheduling
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Verification.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
