using Xunit;

namespace Verification.Tests.Models.Sbg;

/// <summary>Relative closeness, shared by the SBG unit tests.</summary>
internal static class SbgAssert
{
    /// <summary>|a − b| ≤ rel·|b| (rel justified per call by the conditioning of the direct formula).</summary>
    public static void Close(double expected, double actual, double rel) =>
        Assert.True(Math.Abs(actual - expected) <= rel * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
