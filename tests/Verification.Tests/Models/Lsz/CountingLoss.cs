using Verification.Models.Lsz;

namespace Verification.Tests.Models.Lsz;

/// <summary>The exponential loss, counting its evaluations.</summary>
internal sealed class CountingLoss : MarginLoss
{
    public int Calls;
    public override double Value(double z) { Calls++; return Math.Exp(-z); }
    public override double D1(double z) { Calls++; return -Math.Exp(-z); }
    public override double D2(double z) { Calls++; return Math.Exp(-z); }
    public override string Name => "counting";

    /// <summary>The evaluations of <paramref name="l"/> during <paramref name="run"/>.</summary>
    public static int Count(CountingLoss l, Action run) { l.Calls = 0; run(); return l.Calls; }
}
