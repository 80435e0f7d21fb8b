using System.Text.Json;
using Verification.Arithmetic;
using Xunit;

namespace Verification.Tests.Cli;

/// <summary><c>fuzz --claim SBG.Thm5.1 --json</c>: the exact tightness grid as a user reads it (FuzzTightnessOutput).</summary>
public class FuzzTightnessOutputTests
{
    [Fact]
    public void Fuzz_json_has_the_certified_tightness_grid_of_theorem_5_1()
    {
        var (code, output, err) = CliTests.Run("fuzz", "--claim", "SBG.Thm5.1", "--budget", "10", "--json");
        Assert.True(code == 0, err);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Empty(root.GetProperty("tightness").EnumerateArray()); // no bisection for the constant the grid decides
        var grid = root.GetProperty("tightnessGrid").EnumerateArray().ToList();
        Assert.Equal(5 * 6, grid.Count);
        foreach (var e in grid)
        {
            var k = e.GetProperty("k").GetInt32();
            var upper = Rational.Parse(e.GetProperty("upper").GetString()!);
            var closed = Rational.Parse(e.GetProperty("closedForm").GetString()!);
            Assert.Equal(closed, upper);
            Assert.True(e.GetProperty("agreesWithClosedForm").GetBoolean(), e.ToString());
            if (k == 1)
            {
                Assert.Equal(JsonValueKind.Null, e.GetProperty("lower").ValueKind);
                Assert.Equal(Rational.Zero, upper);
                continue;
            }
            var lower = Rational.Parse(e.GetProperty("lower").GetString()!);
            Assert.True(upper - lower <= new Rational(1, 1_000_000), e.ToString());
            var witness = e.GetProperty("witness");
            Assert.Equal(lower, Rational.Parse(witness.GetProperty("constant").GetString()!));
            Assert.Contains("N(x) = 0", witness.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.True(Math.Abs(e.GetProperty("search").GetProperty("value").GetDouble() - closed.ToDouble()) <= 1e-6);
        }
        var tenthThree = grid.Single(e => e.GetProperty("alpha").GetString() == "1/10" && e.GetProperty("k").GetInt32() == 3);
        Assert.Equal("3/4", tenthThree.GetProperty("upper").GetString());
    }
}
