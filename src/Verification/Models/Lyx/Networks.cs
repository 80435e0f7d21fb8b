using System.Numerics;

namespace Verification.Models.Lyx;

/// <summary>
/// The conference network, Eq. (1) on R^{2d} and its decoupled form (6) on V_1 ≅ R^d (the same formula):
/// f(W; x) = Σ_j σ(⟨w_j, x⟩ − b) − Σ_j σ(⟨u_j, x⟩ − b), with hinge loss l = max{1 − y f, 0}, y ∈ {±1}.
/// Subgradients follow the paper's sets with strict inequalities, Ω_W = {y f &lt; 1} and Ω_v = {⟨v, x⟩ &gt; b}:
/// ∇_{w_j} l = −y 1_{Ω_W}(x) 1_{Ω_{w_j}}(x) x and ∇_{u_j} l = +y 1_{Ω_W}(x) 1_{Ω_{u_j}}(x) x (Eq. (8)).
/// Class 1 of the decoupled problem has label y = +1, i.e. l_1 = E max{1 − f̃, 0}: the "1 + f̃" printed after Eq. (6)
/// contradicts Section 2, Prop 2 and Section 6.1 (label 1), so it is read as a sign typo.
/// </summary>
public sealed class ConferenceNet<T> where T : INumber<T>
{
    public ConferenceNet(T[][] w, T[][] u, T b)
    {
        if (w.Length == 0 || w.Length != u.Length) throw new ArgumentException("Need k ≥ 1 neurons w_j and the same number of u_j.");
        Dim = w[0].Length;
        if (Dim == 0) throw new ArgumentException("Dimension must be at least 1.");
        if (w.Concat(u).Any(v => v.Length != Dim)) throw new ArgumentException("All weights must have the same dimension.");
        W = w;
        U = u;
        B = b;
    }

    public T[][] W { get; }
    public T[][] U { get; }
    public T B { get; }
    public int K => W.Length;
    public int Dim { get; }

    public static T Relu(T z) => z > T.Zero ? z : T.Zero;

    public T Output(ReadOnlySpan<T> x)
    {
        var f = T.Zero;
        for (var j = 0; j < K; j++) f += Relu(Dot(W[j], x) - B) - Relu(Dot(U[j], x) - B);
        return f;
    }

    public T Loss(ReadOnlySpan<T> x, T y) => Relu(T.One - y * Output(x));

    /// <summary>Adds the subgradient of l(W; {x, y}) (Eq. (8)) times <paramref name="scale"/> into gw, gu.</summary>
    public void AddSubgradient(ReadOnlySpan<T> x, T y, T scale, T[][] gw, T[][] gu)
    {
        if (!(y * Output(x) < T.One)) return;
        for (var j = 0; j < K; j++)
        {
            if (Dot(W[j], x) > B) for (var i = 0; i < Dim; i++) gw[j][i] -= scale * y * x[i];
            if (Dot(U[j], x) > B) for (var i = 0; i < Dim; i++) gu[j][i] += scale * y * x[i];
        }
    }

    /// <summary>The empirical loss (1/N) Σ l(W; {x, y}).</summary>
    public T MeanLoss(IReadOnlyList<(T[] X, T Y)> data)
    {
        if (data.Count == 0) throw new ArgumentException("Empty data set.");
        var s = T.Zero;
        foreach (var (x, y) in data) s += Loss(x, y);
        // <int> spelled out: Stryker mutates data.Count into data.Sum, and with an inferred type argument the compile error
        // cannot be traced to that mutant, so its safe mode dropped every mutant of the method
        return s / T.CreateChecked<int>(data.Count);
    }

    /// <summary>The subgradient of the empirical loss.</summary>
    public (T[][] Gw, T[][] Gu) MeanGradient(IReadOnlyList<(T[] X, T Y)> data)
    {
        if (data.Count == 0) throw new ArgumentException("Empty data set.");
        var gw = Zeros(K, Dim);
        var gu = Zeros(K, Dim);
        var scale = T.One / T.CreateChecked<int>(data.Count);
        foreach (var (x, y) in data) AddSubgradient(x, y, scale, gw, gu);
        return (gw, gu);
    }

    /// <summary>One gradient-descent step (3) on the empirical loss.</summary>
    public ConferenceNet<T> GdStep(IReadOnlyList<(T[] X, T Y)> data, T eta)
    {
        if (!(eta > T.Zero)) throw new ArgumentException("The learning rate must be positive.");
        var (gw, gu) = MeanGradient(data);
        return new ConferenceNet<T>(Step(W, gw, eta), Step(U, gu, eta), B);
    }

    public static T[][] Step(T[][] w, T[][] g, T eta) =>
        w.Select((v, j) => v.Select((x, i) => x - eta * g[j][i]).ToArray()).ToArray();

    public static T Dot(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
    {
        var s = T.Zero;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    public static T[][] Zeros(int k, int d)
    {
        var z = new T[k][];
        for (var j = 0; j < k; j++) { z[j] = new T[d]; Array.Fill(z[j], T.Zero); }
        return z;
    }
}

/// <summary>
/// The journal's multi-class network, Eq. (1)/(6): h_j = ⟨w_j, x⟩ − b_j, f_i = Σ_j v_{i,j} σ(h_j) (i ∈ [n], j ∈ [k]), with the
/// multi-class hinge loss l(W; {x, y}) = Σ_{i≠y} max{0, 1 − f_y + f_i} (Eq. (2)). V is stored as n rows of length k (the
/// paper writes V ∈ R^{k×n} but indexes v_{i,j} with i ∈ [n], j ∈ [k]). Classes are 0-based in code.
/// Subgradient (proof of Lemma 4.1): ∇_{w_j} l = −Σ_{i≠y} (v_{y,j} − v_{i,j}) 1_{Ω_{y,i}}(x) 1_{Ω_{w_j}}(x) x with the strict sets
/// Ω_{y,i} = {f_y &lt; f_i + 1}, Ω_{w_j} = {⟨w_j, x⟩ &gt; b_j}.
/// </summary>
public sealed class JournalNet<T> where T : INumber<T>
{
    public JournalNet(T[][] w, T[] b, T[][] v)
    {
        if (w.Length == 0) throw new ArgumentException("Need k ≥ 1 neurons.");
        Dim = w[0].Length;
        if (Dim == 0 || w.Any(x => x.Length != Dim)) throw new ArgumentException("All weights must have the same positive dimension.");
        if (b.Length != w.Length) throw new ArgumentException("Need one bias per neuron.");
        if (v.Length < 2 || v.Any(r => r.Length != w.Length)) throw new ArgumentException("V must have n ≥ 2 rows of length k.");
        W = w;
        Bias = b;
        V = v;
    }

    public T[][] W { get; }
    public T[] Bias { get; }
    public T[][] V { get; }
    public int K => W.Length;
    public int N => V.Length;
    public int Dim { get; }

    public T[] Outputs(ReadOnlySpan<T> x)
    {
        var f = new T[N];
        Array.Fill(f, T.Zero);
        for (var j = 0; j < K; j++)
        {
            var h = ConferenceNet<T>.Relu(ConferenceNet<T>.Dot(W[j], x) - Bias[j]);
            if (h == T.Zero) continue;
            for (var i = 0; i < N; i++) f[i] += V[i][j] * h;
        }
        return f;
    }

    public T Loss(ReadOnlySpan<T> x, int y)
    {
        var f = Outputs(x);
        var s = T.Zero;
        for (var i = 0; i < N; i++) if (i != y) s += ConferenceNet<T>.Relu(T.One - f[y] + f[i]);
        return s;
    }

    /// <summary>argmax_i f_i (the smallest index among ties).</summary>
    public int Predict(ReadOnlySpan<T> x)
    {
        var f = Outputs(x);
        var best = 0;
        for (var i = 1; i < N; i++) if (f[i] > f[best]) best = i;
        return best;
    }

    public void AddSubgradient(ReadOnlySpan<T> x, int y, T scale, T[][] g)
    {
        var f = Outputs(x);
        for (var j = 0; j < K; j++)
        {
            if (!(ConferenceNet<T>.Dot(W[j], x) > Bias[j])) continue;
            var c = T.Zero;
            for (var i = 0; i < N; i++) if (i != y && f[y] < f[i] + T.One) c += V[y][j] - V[i][j];
            if (c == T.Zero) continue;
            for (var d = 0; d < Dim; d++) g[j][d] -= scale * c * x[d];
        }
    }

    public T MeanLoss(IReadOnlyList<(T[] X, int Y)> data)
    {
        if (data.Count == 0) throw new ArgumentException("Empty data set.");
        var s = T.Zero;
        foreach (var (x, y) in data) s += Loss(x, y);
        return s / T.CreateChecked<int>(data.Count);
    }

    public T[][] MeanGradient(IReadOnlyList<(T[] X, int Y)> data)
    {
        if (data.Count == 0) throw new ArgumentException("Empty data set.");
        var g = ConferenceNet<T>.Zeros(K, Dim);
        var scale = T.One / T.CreateChecked<int>(data.Count);
        foreach (var (x, y) in data) AddSubgradient(x, y, scale, g);
        return g;
    }

    public JournalNet<T> GdStep(IReadOnlyList<(T[] X, int Y)> data, T eta)
    {
        if (!(eta > T.Zero)) throw new ArgumentException("The learning rate must be positive.");
        return new JournalNet<T>(ConferenceNet<T>.Step(W, MeanGradient(data), eta), Bias, V);
    }

    /// <summary>
    /// Assumption 1: (1) every class i has some j with v_{i,j} &gt; 0; (2) v_{i,j} &gt; 0 ⇒ v_{r,j} &lt; 0 for r ≠ i; (3) |v_{i,j}| = v for one v &gt; 0.
    /// </summary>
    public static bool SatisfiesAssumption1(T[][] v)
    {
        var n = v.Length;
        var k = v[0].Length;
        var mag = T.Abs(v[0][0]);
        if (!(mag > T.Zero)) return false;
        for (var i = 0; i < n; i++)
        {
            var hasPositive = false;
            for (var j = 0; j < k; j++)
            {
                if (T.Abs(v[i][j]) != mag) return false;
                if (v[i][j] > T.Zero)
                {
                    hasPositive = true;
                    for (var r = 0; r < n; r++) if (r != i && !(v[r][j] < T.Zero)) return false;
                }
            }
            if (!hasPositive) return false;
        }
        return true;
    }

    /// <summary>The construction behind "such V can be constructed easily when k ≥ n": neuron j is owned by class j mod n.</summary>
    public static T[][] ConstructV(int n, int k, T v)
    {
        if (n < 1 || k < n) throw new ArgumentException($"Need k ≥ n ≥ 1, got n = {n}, k = {k}.");
        if (!(v > T.Zero)) throw new ArgumentException("v must be positive.");
        var m = new T[n][];
        for (var i = 0; i < n; i++)
        {
            m[i] = new T[k];
            for (var j = 0; j < k; j++) m[i][j] = j % n == i ? v : -v;
        }
        return m;
    }
}
