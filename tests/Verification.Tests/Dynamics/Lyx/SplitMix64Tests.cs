using FsCheck.Xunit;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Dynamics.Lyx;
using Verification.Geometry.Lyx;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Dynamics.Lyx;

/// <summary>SplitMix64 against its published output, and its Box–Muller sampler (including the rejection of u₁ = 0).</summary>
[Trait("Paper", "LYX")]
public class SplitMix64Tests
{
    [Fact]
    public void SplitMix64_matches_its_reference_output()
    {
        var g = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, g.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, g.Next());
        Assert.Equal(0x06C45D188009454FUL, g.Next());
        var h = new SplitMix64(0);
        Assert.Equal((0xE220A8397B1DCDAFUL >> 11) * (1.0 / (1UL << 53)), h.Uniform());
        var s = new SplitMix64(5);
        var normals = Enumerable.Range(0, 4000).Select(_ => s.Normal()).ToArray();
        Assert.InRange(normals.Average(), -0.1, 0.1); // 6.3 standard errors
        Assert.InRange(normals.Select(x => x * x).Average(), 0.9, 1.1);
        Assert.Equal(new SplitMix64(unchecked(7 ^ (3UL << 32) ^ 5UL * 0xD1B54A32D192ED03)).Next(), SplitMix64.Derive(7, 3, 5));
        Assert.NotEqual(SplitMix64.Derive(7, 3, 5), SplitMix64.Derive(7, 5, 3));
    }

    /// <summary>From state 0 the SplitMix64 output is mix(0) = 0, so the first uniform is exactly 0: Box–Muller must reject it
    /// (log 0 = −∞) and use the next two uniforms.</summary>
    [Fact]
    public void Normal_rejects_a_zero_uniform()
    {
        var seed = unchecked(0UL - 0x9E3779B97F4A7C15); // the first Next() sees state 0
        var probe = new SplitMix64(seed);
        Assert.Equal(0.0, probe.Uniform());
        var rng = new SplitMix64(seed);
        var n = rng.Normal();
        Assert.True(double.IsFinite(n), $"Normal() = {n}");
        var u1 = probe.Uniform();
        var u2 = probe.Uniform();
        Assert.Equal(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), n);
    }

    /// <summary>Box–Muller written out: √(−2 ln u₁)·cos(2π u₂) on the next two uniforms (the struct copy replays the stream).
    /// The first output of SplitMix64 from seed 0 is the published 0xE220A8397B1DCDAF.</summary>
    [Fact]
    public void Normal_is_box_muller_on_consecutive_uniforms()
    {
        Assert.Equal(0xE220A8397B1DCDAFUL, new SplitMix64(0).Next());
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var rng = new SplitMix64(seed);
            var copy = rng;
            var n = rng.Normal();
            var u1 = copy.Uniform();
            var u2 = copy.Uniform();
            Assert.True(u1 > 0);
            Assert.Equal(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), n);
        }
    }
}
