using System.Numerics;
using Verification.Arithmetic;

namespace Verification.Models.Sbg;

/// <summary>
/// The two-layer network of Sarussi, Brutzkus and Globerson, Eq. (1):
/// N_θ(x) = v Σᵢ σ(w⁽ⁱ⁾·x) − v Σᵢ σ(u⁽ⁱ⁾·x), with σ(z) = max{z, αz} (Leaky ReLU for 0 &lt; α &lt; 1) and fixed output weight v.
/// Generic over the arithmetic: exact with <see cref="Rational"/>, or <see cref="double"/>.
/// </summary>
public sealed class LeakyReluNetwork<T> where T : INumber<T>
{
    public LeakyReluNetwork(IReadOnlyList<T[]> w, IReadOnlyList<T[]> u, T v, T alpha)
    {
        if (w.Count == 0 || w.Count != u.Count) throw new ArgumentException($"Need k ≥ 1 w-neurons and as many u-neurons; got {w.Count} and {u.Count}.");
        Dimension = w[0].Length;
        if (Dimension == 0) throw new ArgumentException("Neurons must have dimension d ≥ 1.");
        if (w.Concat(u).Any(n => n.Length != Dimension)) throw new ArgumentException("All neurons must have the same dimension.");
        W = w;
        U = u;
        V = v;
        Alpha = alpha;
    }

    /// <summary>The w-neurons (output weight +v).</summary>
    public IReadOnlyList<T[]> W { get; }

    /// <summary>The u-neurons (output weight −v).</summary>
    public IReadOnlyList<T[]> U { get; }

    public T V { get; }
    public T Alpha { get; }
    public int K => W.Count;
    public int Dimension { get; }

    /// <summary>σ(z) = max{z, αz}, exactly as printed (for α ∉ (0, 1) this is not a Leaky ReLU; the fuzzer uses that).</summary>
    public static T Sigma(T z, T alpha) => T.Max(z, alpha * z);

    /// <summary>N_θ(x) of Eq. (1).</summary>
    public T Output(ReadOnlySpan<T> x)
    {
        var s = T.Zero;
        for (var i = 0; i < K; i++) s += Sigma(Vec.Dot<T>(W[i], x), Alpha) - Sigma(Vec.Dot<T>(U[i], x), Alpha);
        return V * s;
    }

    /// <summary>w̄ = (1/k) Σ w⁽ⁱ⁾.</summary>
    public T[] WBar => Vec.Mean(W);

    /// <summary>ū = (1/k) Σ u⁽ⁱ⁾.</summary>
    public T[] UBar => Vec.Mean(U);

    /// <summary>
    /// r² where r = maxᵢ max(‖w⁽ⁱ⁾ − w̄‖, ‖u⁽ⁱ⁾ − ū‖): the smallest radius of Section 5, squared so it stays exact.
    /// </summary>
    public T RadiusSquared
    {
        get
        {
            var wb = WBar;
            var ub = UBar;
            var r2 = T.Zero;
            foreach (var w in W) r2 = T.Max(r2, Vec.NormSquared<T>(Vec.Sub(w, wb)));
            foreach (var u in U) r2 = T.Max(r2, Vec.NormSquared<T>(Vec.Sub(u, ub)));
            return r2;
        }
    }

    /// <summary>The same network in double precision (each parameter rounded once).</summary>
    public LeakyReluNetwork<double> ToDouble() => new(
        W.Select(n => n.Select(double.CreateChecked).ToArray()).ToList(),
        U.Select(n => n.Select(double.CreateChecked).ToArray()).ToList(),
        double.CreateChecked(V), double.CreateChecked(Alpha));
}
