using Verification.Dynamics.Lsz;
using Verification.Numerics;
using Xunit;
using Xunit.Abstractions;

namespace Verification.Tests.Dynamics.Lsz;

/// <summary>
/// <see cref="Flows"/> against independent oracles: closed-form solutions of gradient flow and of the induced flow (14) for a
/// quadratic loss, the induced flow against the layer-wise flow it is induced from (Arora et al.'s Claim 2), conservation of
/// W_{j+1}ᵀW_{j+1} − W_jW_jᵀ along the layer-wise flow, the layer field against exact differences of a multilinear map, and the
/// transition time. All horizons are short (each test runs in milliseconds). GdRun and Schedules: GdRunTests, SchedulesTests.
/// </summary>
[Trait("Paper", "LSZ")]
public partial class FlowsTests(ITestOutputHelper output)
{
    private static readonly OdeOptions Tight = new(1e-11, 1e-13);

    // The flows below contract (∇L = w − c is 1-Lipschitz monotone, the radial induced flows decay), so the global error is at
    // most the sum of the local error estimates, ≤ ~1e-10 over these horizons at relative tolerance 1e-11; 1e-8 leaves room.
    private const double FlowTol = 1e-8;

    private static void Close(double[] want, double[] got, double tol, string what)
    {
        Assert.Equal(want.Length, got.Length);
        for (var i = 0; i < want.Length; i++)
            Assert.True(Math.Abs(want[i] - got[i]) <= tol, $"{what}[{i}]: want {want[i]:R}, got {got[i]:R}");
    }
}
