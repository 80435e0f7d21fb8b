using Verification.Arithmetic;

namespace Verification.Tests;

/// <summary>
/// Reads FsCheck's raw integers into ranges for hand-written oracle tests; past the end it reads 0 (the lowest value), so
/// shrinking towards short arrays gives the simplest cases.
/// </summary>
internal sealed class RawInts(int[]? raw)
{
    private readonly int[] _raw = raw ?? [];
    private int _i;

    public int Int(int lo, int hi)
    {
        var r = _i < _raw.Length ? _raw[_i] : 0;
        _i++;
        return lo + (int)(Math.Abs((long)r) % (hi - lo + 1));
    }

    /// <summary>n integers in [−maxAbs, maxAbs].</summary>
    public Rational[] IntRow(int n, int maxAbs) => Enumerable.Range(0, n).Select(_ => (Rational)Int(-maxAbs, maxAbs)).ToArray();

    /// <summary>A small rational p/q with |p| ≤ 4, q ∈ {1, 2}.</summary>
    public Rational Small() => new(Int(-4, 4), Int(1, 2));

    public Rational[] SmallRow(int n) => Enumerable.Range(0, n).Select(_ => Small()).ToArray();
}
