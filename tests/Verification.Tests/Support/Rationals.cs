using System.Numerics;
using Verification.Arithmetic;

namespace Verification.Tests;

/// <summary>Shorthands for exact literals in tests: <c>using static Verification.Tests.Rationals;</c> then Q(1, 2), V(1, 0).</summary>
internal static class Rationals
{
    public static Rational Q(long n, long d = 1) => new(n, d);

    public static Rational Q(BigInteger n, BigInteger d) => new(n, d);

    /// <summary>An integer vector as rationals.</summary>
    public static Rational[] V(params int[] x) => x.Select(i => (Rational)i).ToArray();
}
