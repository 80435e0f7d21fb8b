using System.Numerics;
using Verification.Arithmetic;
using Verification.Models.Lyx;

namespace Verification.Dynamics.Lyx;

/// <summary>
/// Exact gradient descent for the conference network (<see cref="ConferenceNet{T}"/>) on data with rational coordinates,
/// in integer arithmetic over fixed common denominators: x_i = X_i / D and every weight = A / Q with integer X_i, A.
/// A GD step adds (η/N)·Σ ±x_i to the weights, so with Q a multiple of the denominator of η/(N·D) the weights stay integers
/// over the same Q forever: the denominators are bounded, and each step is a few integer dot products instead of
/// BigInteger fraction arithmetic with a gcd per operation. Generic over the integer type: TInt with checked arithmetic
/// (an overflow throws) when the values fit, BigInteger otherwise (<see cref="CommonDenominatorGd.Create"/> chooses).
/// It computes exactly what <see cref="ConferenceNet{T}.GdStep"/> does over <see cref="Rational"/>; a test compares the two.
/// </summary>
public sealed class CommonDenominatorGd<TInt> : IExactGd where TInt : IBinaryInteger<TInt>, ISignedNumber<TInt>
{
    private readonly TInt[][] _x; // X_i (data numerators over D)
    private readonly int[] _y;
    private readonly int _dim;
    private readonly TInt _scaleWeights; // D·Q·b_d: the common denominator of ⟨w, x⟩ − b
    private readonly TInt _biasTerm;     // b_n·Q·D
    private readonly TInt _bd;
    private readonly TInt _stepNumerator; // Q·(η/(N·D)): the integer multiple of Σ ±X_i added per step

    /// <summary>The weights' numerators over <see cref="Denominator"/>: rows w_1..w_k then u_1..u_k.</summary>
    public TInt[][] W { get; }
    public TInt[][] U { get; }
    public BigInteger Denominator { get; }
    public BigInteger DataDenominator { get; }
    public int Steps { get; private set; }

    public CommonDenominatorGd(IReadOnlyList<(Rational[] X, int Y)> data, Rational[][] w, Rational[][] u, Rational b, Rational eta)
    {
        if (data.Count == 0) throw new ArgumentException("Empty data set.");
        if (eta.Sign <= 0) throw new ArgumentException("The learning rate must be positive.");
        if (w.Length == 0 || w.Length != u.Length) throw new ArgumentException("Need k ≥ 1 neurons w_j and the same number of u_j.");
        _dim = data[0].X.Length;
        if (_dim == 0 || data.Any(p => p.X.Length != _dim) || w.Concat(u).Any(v => v.Length != _dim)) throw new ArgumentException("Dimensions differ.");
        if (data.Any(p => p.Y is not (1 or -1))) throw new ArgumentException("Labels must be ±1.");
        var d = data.SelectMany(p => p.X).Aggregate(BigInteger.One, (acc, r) => Lcm(acc, r.Denominator));
        var step = eta / (data.Count * new Rational(d, 1)); // η/(N·D)
        var q = w.Concat(u).SelectMany(v => v).Aggregate(step.Denominator, (acc, r) => Lcm(acc, r.Denominator));
        DataDenominator = d;
        Denominator = q;
        _x = data.Select(p => p.X.Select(r => TInt.CreateChecked(r.Numerator * (d / r.Denominator))).ToArray()).ToArray();
        _y = data.Select(p => p.Y).ToArray();
        W = w.Select(v => v.Select(r => TInt.CreateChecked(r.Numerator * (q / r.Denominator))).ToArray()).ToArray();
        U = u.Select(v => v.Select(r => TInt.CreateChecked(r.Numerator * (q / r.Denominator))).ToArray()).ToArray();
        _bd = TInt.CreateChecked(b.Denominator);
        _scaleWeights = checked(TInt.CreateChecked(q) * TInt.CreateChecked(d) * _bd);
        _biasTerm = checked(TInt.CreateChecked(b.Numerator) * TInt.CreateChecked(q) * TInt.CreateChecked(d));
        _stepNumerator = TInt.CreateChecked(step.Numerator * (q / step.Denominator));
    }

    /// <summary>(⟨v, x_i⟩ − b) times D·Q·b_d, as an integer.</summary>
    private TInt Pre(TInt[] v, TInt[] x)
    {
        var s = TInt.Zero;
        for (var i = 0; i < _dim; i++) s = checked(s + v[i] * x[i]);
        return checked(s * _bd - _biasTerm);
    }

    /// <summary>y·f(x_i) &lt; 1, i.e. the hinge is active (the set Ω_W, strict as in the paper).</summary>
    private bool Active(int i, Span<bool> wOn, Span<bool> uOn)
    {
        var f = TInt.Zero;
        for (var j = 0; j < W.Length; j++)
        {
            var zw = Pre(W[j], _x[i]);
            var zu = Pre(U[j], _x[i]);
            wOn[j] = TInt.IsPositive(zw) && !TInt.IsZero(zw);
            uOn[j] = TInt.IsPositive(zu) && !TInt.IsZero(zu);
            f = checked(f + (wOn[j] ? zw : TInt.Zero) - (uOn[j] ? zu : TInt.Zero));
        }
        return (_y[i] > 0 ? f : -f) < _scaleWeights;
    }

    /// <summary>One GD step; returns the number of points with positive loss before the step (0: the loss is 0 and GD is stationary).</summary>
    public int Step()
    {
        var k = W.Length;
        Span<bool> wOn = stackalloc bool[k], uOn = stackalloc bool[k];
        var gw = new TInt[k, _dim];
        var gu = new TInt[k, _dim];
        for (var j = 0; j < k; j++) for (var c = 0; c < _dim; c++) { gw[j, c] = TInt.Zero; gu[j, c] = TInt.Zero; }
        var active = 0;
        for (var i = 0; i < _x.Length; i++)
        {
            if (!Active(i, wOn, uOn)) continue;
            active++;
            for (var j = 0; j < k; j++)
                for (var c = 0; c < _dim; c++)
                {
                    var yx = _y[i] > 0 ? _x[i][c] : -_x[i][c];
                    if (wOn[j]) gw[j, c] = checked(gw[j, c] + yx);
                    if (uOn[j]) gu[j, c] = checked(gu[j, c] - yx);
                }
        }
        if (active == 0) return 0;
        for (var j = 0; j < k; j++)
            for (var c = 0; c < _dim; c++)
            {
                W[j][c] = checked(W[j][c] + _stepNumerator * gw[j, c]);
                U[j][c] = checked(U[j][c] + _stepNumerator * gu[j, c]);
            }
        Steps++;
        return active;
    }

    /// <summary>Runs until the loss is exactly 0 or <paramref name="maxSteps"/>; returns whether the loss reached 0.</summary>
    public bool RunToZeroLoss(int maxSteps)
    {
        for (var t = 0; t < maxSteps; t++)
            if (Step() == 0) return true;
        return Step() == 0;
    }

    internal TInt MaxMagnitude() => W.Concat(U).SelectMany(v => v).Select(TInt.Abs).Append(TInt.One).Max()!;

    internal TInt MaxData() => _x.SelectMany(v => v).Select(TInt.Abs).Append(TInt.One).Max()!;

    /// <summary>The current weights as exact rationals.</summary>
    public (Rational[][] W, Rational[][] U) Weights() =>
        (W.Select(v => v.Select(a => new Rational(BigInteger.CreateChecked(a), Denominator)).ToArray()).ToArray(),
         U.Select(v => v.Select(a => new Rational(BigInteger.CreateChecked(a), Denominator)).ToArray()).ToArray());

    private static BigInteger Lcm(BigInteger a, BigInteger b) => a / BigInteger.GreatestCommonDivisor(a, b) * b;
}

/// <summary>Exact GD over common denominators, whatever the integer type.</summary>
public interface IExactGd
{
    int Steps { get; }
    BigInteger Denominator { get; }
    int Step();
    bool RunToZeroLoss(int maxSteps);
    (Rational[][] W, Rational[][] U) Weights();
}

public static class CommonDenominatorGd
{
    /// <summary>Int128 when a trial step shows the values fit (checked arithmetic throws otherwise), else BigInteger.</summary>
    public static IExactGd Create(IReadOnlyList<(Rational[] X, int Y)> data, Rational[][] w, Rational[][] u, Rational b, Rational eta, int maxSteps)
    {
        try
        {
            var fast = new CommonDenominatorGd<Int128>(data, w, u, b, eta);
            // Weights grow by at most N·max|X|·step numerator per step: check the worst case after maxSteps fits with room.
            var probe = new CommonDenominatorGd<Int128>(data, w, u, b, eta);
            probe.Step();
            _ = checked(probe.MaxMagnitude() * Int128.CreateChecked(Math.Max(1, maxSteps)) * probe.MaxData() * 8);
            return fast;
        }
        catch (OverflowException)
        {
            return new CommonDenominatorGd<BigInteger>(data, w, u, b, eta);
        }
    }
}
