using Verification.Numerics;
using Xunit;
using Xunit.Abstractions;

namespace Verification.Tests.Numerics;

/// <summary>Dormand-Prince on the harmonic oscillator and on exponential decay (dense output included).</summary>
public partial class DormandPrinceTests(ITestOutputHelper output)
{
    [Fact]
    public void DormandPrinceOnExponentialAndOscillator()
    {
        var sol = DormandPrince.Integrate((t, y) => [y[1], -y[0]], 0, [1, 0], 10, new OdeOptions(1e-10, 1e-12));
        var err = Math.Abs(sol.Last[0] - Math.Cos(10)) + Math.Abs(sol.Last[1] + Math.Sin(10));
        output.WriteLine($"oscillator error {err:E2}, Σ local {sol.SumLocalError:E2}, steps {sol.T.Count}");
        Assert.True(err < 1e-8);
        var e = DormandPrince.Integrate((t, y) => [-2 * y[0]], 0, [1], 3, new OdeOptions(1e-10, 1e-14));
        Assert.True(Math.Abs(e.Last[0] - Math.Exp(-6)) <= 1e-9);
        Assert.True(Math.Abs(e.At(1.2345)[0] - Math.Exp(-2.469)) < 1e-7);
    }
}
