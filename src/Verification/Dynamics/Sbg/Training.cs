using System.Numerics;
using Verification.Arithmetic;
using Verification.Models.Sbg;

namespace Verification.Dynamics.Sbg;

/// <summary>One SGD update (Section 9): the sampled point, its margin before the step, the loss-derivative factor used, and
/// the proof's quantities G² = ‖W‖² and F = ⟨W, W*⟩ before and after.</summary>
public sealed record SgdStep<T>(int Point, T Margin, T G, T G2Before, T G2After, T? FBefore, T? FAfter, T XNorm2) where T : INumber<T>;

/// <summary>
/// Training of the network of Eq. (1) on the cross-entropy of Eq. (2), with σ'(0) = α as the paper sets it (Section 9).
/// <list type="bullet">
/// <item>SGD in epochs with batch size one, each epoch a fresh permutation of the training set (sampling without replacement),
/// Section 3: w⁽ʲ⁾ ← w⁽ʲ⁾ + η v y x |ℓ'(yN(x))| σ'(w⁽ʲ⁾·x), u⁽ʲ⁾ ← u⁽ʲ⁾ − η v y x |ℓ'(yN(x))| σ'(u⁽ʲ⁾·x).</item>
/// <item>Full-batch gradient descent on L_S with a small step: the stand-in for gradient flow of Section 8.2 (every result
/// states the step and the horizon).</item>
/// </list>
/// Generic over the arithmetic. |ℓ'| = 1/(1 + e^z) is transcendental, so the factor g of each update is computed in double and
/// handed to the arithmetic through <see cref="Rationalise"/> (identity in double; rounding to a dyadic rational in exact runs).
/// Everything else — outputs, updates, norms, the proof's inequalities given g — is then exact in rational runs: they check
/// the algebra of the proof exactly for SGD whose loss-derivative factors are rounded, not the transcendental values themselves.
/// </summary>
public sealed class Trainer<T> where T : INumber<T>
{
    /// <summary>
    /// A gradient-descent step along the gradient-flow path reparametrised by ds = dt/L_S: step η/L_S(θ). Gradient flow's
    /// trajectory (the curve, hence its limit direction, NAR/PAR membership and the monotonicity of the smoothed margin along
    /// it) does not depend on the time parametrisation, and this one moves a bounded distance per step (‖∇L_S‖/L_S ≤ v√(2k)R_x),
    /// so it reaches the late phase of the path in far fewer steps than plain small-step GD.
    /// </summary>
    public void NormalisedGradientStep(double eta)
    {
        // the factors g_i/(n·L_S) = exp(log g_i − log Σℓ_j), computed in log space so that they stay finite when L_S underflows
        var margins = Enumerable.Range(0, Data.N).Select(i => Data.Y[i] * double.CreateChecked(Output(Data.X[i]))).ToArray();
        var logSum = CrossEntropy.LogSumExp(margins.Select(CrossEntropy.LogLoss));
        GradientStep(i => T.CreateChecked(eta * Math.Exp(CrossEntropy.LogAbsDerivative(margins[i]) - logSum)));
    }

    public Trainer(IReadOnlyList<T[]> w0, IReadOnlyList<T[]> u0, T v, T alpha, Dataset<T> data, T eta, Func<double, T> rationalise)
    {
        if (eta <= T.Zero) throw new ArgumentException($"The learning rate must be positive; got {eta}.");
        if (w0.Count == 0 || w0.Count != u0.Count) throw new ArgumentException("Need k ≥ 1 w-neurons and as many u-neurons.");
        if (w0.Concat(u0).Any(r => r.Length != data.Dimension)) throw new ArgumentException("Neuron and data dimensions differ.");
        W = w0.Select(r => (T[])r.Clone()).ToArray();
        U = u0.Select(r => (T[])r.Clone()).ToArray();
        V = v;
        Alpha = alpha;
        Data = data;
        Eta = eta;
        Rationalise = rationalise;
        if (data.Teacher is { } ws) WStar = ws;
    }

    public T[][] W { get; }
    public T[][] U { get; }
    public T V { get; }
    public T Alpha { get; }
    public Dataset<T> Data { get; }
    public T Eta { get; }
    public Func<double, T> Rationalise { get; }
    public T[]? WStar { get; }
    public int K => W.Length;
    public long Steps { get; private set; }

    /// <summary>The current network (a copy of the parameters).</summary>
    public LeakyReluNetwork<T> Network => new(W.Select(r => (T[])r.Clone()).ToList(), U.Select(r => (T[])r.Clone()).ToList(), V, Alpha);

    /// <summary>σ'(z) with σ'(0) = α (Section 9: "WLOG, we set σ'(0) = α").</summary>
    public static T SigmaPrime(T z, T alpha) => z > T.Zero ? T.One : alpha;

    public T Output(T[] x)
    {
        var s = T.Zero;
        for (var j = 0; j < K; j++)
            s += LeakyReluNetwork<T>.Sigma(Vec.Dot<T>(W[j], x), Alpha) - LeakyReluNetwork<T>.Sigma(Vec.Dot<T>(U[j], x), Alpha);
        return V * s;
    }

    /// <summary>G(W)² = Σ‖w⁽ʲ⁾‖² + Σ‖u⁽ʲ⁾‖².</summary>
    public T G2 => W.Concat(U).Aggregate(T.Zero, (acc, r) => acc + Vec.NormSquared<T>(r));

    /// <summary>F(W) = Σ⟨w⁽ʲ⁾, w*⟩ − Σ⟨u⁽ʲ⁾, w*⟩ (needs the teacher).</summary>
    public T F
    {
        get
        {
            var ws = WStar ?? throw new InvalidOperationException("F needs the teacher w*.");
            var s = T.Zero;
            for (var j = 0; j < K; j++) s += Vec.Dot<T>(W[j], ws) - Vec.Dot<T>(U[j], ws);
            return s;
        }
    }

    /// <summary>A permutation of 0..n−1 (Fisher–Yates): the order of one epoch.</summary>
    public static int[] Permutation(int n, Random rng)
    {
        var p = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }
        return p;
    }

    /// <summary>One SGD update on training point i.</summary>
    public SgdStep<T> Step(int i, bool recordProofQuantities = true)
    {
        var x = Data.X[i];
        var y = T.CreateChecked(Data.Y[i]);
        var margin = y * Output(x);
        var g = Rationalise(CrossEntropy.AbsDerivative(double.CreateChecked(margin)));
        var g2Before = recordProofQuantities ? G2 : T.Zero;
        T? fBefore = recordProofQuantities && WStar is not null ? F : default;
        var scale = Eta * V * y * g;
        for (var j = 0; j < K; j++)
        {
            var pw = SigmaPrime(Vec.Dot<T>(W[j], x), Alpha);
            var qu = SigmaPrime(Vec.Dot<T>(U[j], x), Alpha);
            for (var c = 0; c < x.Length; c++)
            {
                W[j][c] += scale * pw * x[c];
                U[j][c] -= scale * qu * x[c];
            }
        }
        Steps++;
        return new SgdStep<T>(i, margin, g, g2Before, recordProofQuantities ? G2 : T.Zero, fBefore,
            recordProofQuantities && WStar is not null ? F : default, Vec.NormSquared<T>(x));
    }

    /// <summary>One epoch of SGD in the order of a fresh permutation; returns the steps.</summary>
    public List<SgdStep<T>> Epoch(Random rng, bool recordProofQuantities = true) =>
        Permutation(Data.N, rng).Select(i => Step(i, recordProofQuantities)).ToList();

    /// <summary>One full-batch gradient-descent step on L_S (mean loss) with step size η (or the given step).</summary>
    public void GradientStep() => GradientStep(Eta);

    /// <summary>One full-batch gradient-descent step on L_S with the given step size.</summary>
    public void GradientStep(T eta)
    {
        var n = T.CreateChecked(Data.N);
        GradientStep(i => eta * Rationalise(CrossEntropy.AbsDerivative(double.CreateChecked(T.CreateChecked(Data.Y[i]) * Output(Data.X[i])))) / n);
    }

    /// <summary>A full-batch step W ← W + Σᵢ factor(i)·v·yᵢ·xᵢ·σ'(·) (factor(i) = η|ℓ'ᵢ|/n for gradient descent on L_S).</summary>
    public void GradientStep(Func<int, T> factor)
    {
        var (dW, dU) = Update(factor);
        Apply(dW, dU, T.One);
    }

    /// <summary>
    /// A step along −∇L_S of length ‖ΔW‖ = η·min(‖W‖, 1): a reparametrisation of gradient flow's path (the velocity is
    /// rescaled by a positive factor, which leaves the curve, its limit direction, NAR/PAR membership and the monotonicity of
    /// the smoothed margin along it unchanged). Relative steps while ‖W‖ &lt; 1 (small initialisation), unit-length steps after:
    /// the margins then change by at most η·v√(2k)·max‖x‖ per step, which keeps the exponentially sharp loss weights stable
    /// (a relative step would change them by e^(η·qᵢ) in the late phase and zig-zag).
    /// </summary>
    public void RelativeGradientStep(double eta)
    {
        var margins = Enumerable.Range(0, Data.N).Select(i => Data.Y[i] * double.CreateChecked(Output(Data.X[i]))).ToArray();
        var logSum = CrossEntropy.LogSumExp(margins.Select(CrossEntropy.LogLoss));
        var (dW, dU) = Update(i => T.CreateChecked(Math.Exp(CrossEntropy.LogAbsDerivative(margins[i]) - logSum)));
        var norm2 = dW.Concat(dU).Sum(r => double.CreateChecked(Vec.NormSquared<T>(r)));
        if (norm2 == 0) return;
        var theta = Math.Sqrt(double.CreateChecked(G2));
        Apply(dW, dU, T.CreateChecked(eta * Math.Clamp(theta, 1e-12, 1) / Math.Sqrt(norm2)));
    }

    private (T[][] dW, T[][] dU) Update(Func<int, T> factor)
    {
        var d = Data.Dimension;
        var dW = new T[K][];
        var dU = new T[K][];
        for (var j = 0; j < K; j++) { dW[j] = Zero(d); dU[j] = Zero(d); }
        var factors = Enumerable.Range(0, Data.N).Select(factor).ToArray();
        for (var i = 0; i < Data.N; i++)
        {
            var x = Data.X[i];
            var y = T.CreateChecked(Data.Y[i]);
            var scale = factors[i] * V * y;
            for (var j = 0; j < K; j++)
            {
                var pw = SigmaPrime(Vec.Dot<T>(W[j], x), Alpha) * scale;
                var qu = SigmaPrime(Vec.Dot<T>(U[j], x), Alpha) * scale;
                for (var c = 0; c < d; c++)
                {
                    dW[j][c] += pw * x[c];
                    dU[j][c] -= qu * x[c];
                }
            }
        }
        return (dW, dU);
    }

    private void Apply(T[][] dW, T[][] dU, T scale)
    {
        for (var j = 0; j < K; j++)
            for (var c = 0; c < Data.Dimension; c++)
            {
                W[j][c] += scale * dW[j][c];
                U[j][c] += scale * dU[j][c];
            }
        Steps++;
    }

    /// <summary>L_S of Eq. (2) in double.</summary>
    public double Loss()
    {
        var s = 0.0;
        for (var i = 0; i < Data.N; i++) s += CrossEntropy.Loss(double.CreateChecked(T.CreateChecked(Data.Y[i]) * Output(Data.X[i])));
        return s / Data.N;
    }

    /// <summary>True when no training point moves any parameter (every σ' factor times the update is zero): a fixed point of SGD and GD.</summary>
    public bool IsStationary()
    {
        for (var i = 0; i < Data.N; i++)
        {
            var x = Data.X[i];
            if (Vec.NormSquared<T>(x) == T.Zero) continue;
            var g = Rationalise(CrossEntropy.AbsDerivative(double.CreateChecked(T.CreateChecked(Data.Y[i]) * Output(x))));
            if (g == T.Zero) continue;
            for (var j = 0; j < K; j++)
                if (SigmaPrime(Vec.Dot<T>(W[j], x), Alpha) != T.Zero || SigmaPrime(Vec.Dot<T>(U[j], x), Alpha) != T.Zero) return false;
        }
        return true;
    }

    private static T[] Zero(int d)
    {
        var z = new T[d];
        Array.Fill(z, T.Zero);
        return z;
    }
}

/// <summary>How the loss-derivative factor enters exact runs.</summary>
public static class Rationalisers
{
    public static double Identity(double g) => g;

    /// <summary>g rounded to the nearest multiple of 2^−bits (exact rational arithmetic then stays of moderate size).</summary>
    public static Func<double, Rational> Dyadic(int bits) => g =>
    {
        var scale = BigInteger.Pow(2, bits);
        return new Rational(new BigInteger(Math.Round(g * Math.Pow(2, bits))), scale);
    };
}
