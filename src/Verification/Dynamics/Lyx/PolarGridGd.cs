using Verification.Geometry.Lyx;

namespace Verification.Dynamics.Lyx;

/// <summary>Deterministic random numbers: SplitMix64 and Box–Muller normals (independent of the framework's Random).</summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public double Uniform() => (Next() >> 11) * (1.0 / (1UL << 53));

    public double Normal()
    {
        double u1;
        do u1 = Uniform(); while (u1 <= 0);
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * Uniform());
    }

    /// <summary>A seed for run <paramref name="run"/> of cell <paramref name="cell"/>, independent of scheduling.</summary>
    public static ulong Derive(ulong seed, int cell, int run) => new SplitMix64(seed ^ ((ulong)cell << 32) ^ (ulong)run * 0xD1B54A32D192ED03).Next();
}

/// <summary>
/// Full-batch gradient descent (3) on the decoupled network (6) with b = 0 in d = 2 on a polar grid of class-1 data
/// {r_a ω_b} (the 880-point set of Section 6.1 is 11 radii × 80 angles), mean hinge loss, in double.
/// Because b = 0, f̃(W; rω) = r g(ω) with g(ω) = Σ σ(⟨w_j, ω⟩) − Σ σ(⟨u_j, ω⟩), so per angle the points with loss are the radii
/// r &lt; 1/g (all radii if g ≤ 0) and the subgradient (8) sums to ω Σ_{r: r g &lt; 1} r; this is the same arithmetic as the
/// point-wise sums, grouped by angle (11× fewer products; rounding can differ from point-wise evaluation in the last bit).
/// No allocation per iteration.
/// </summary>
public sealed class PolarGridGd
{
    private readonly double[] _cos, _sin, _radii, _prefix;
    private readonly int _n;

    public PolarGridGd(double[] radii, double[] angles)
    {
        if (radii.Length == 0 || angles.Length == 0) throw new ArgumentException("Empty data set.");
        if (radii.Any(r => !(r > 0))) throw new ArgumentException("Radii must be positive.");
        _radii = radii.OrderBy(r => r).ToArray();
        _prefix = new double[_radii.Length + 1];
        for (var i = 0; i < _radii.Length; i++) _prefix[i + 1] = _prefix[i] + _radii[i];
        _cos = angles.Select(Math.Cos).ToArray();
        _sin = angles.Select(Math.Sin).ToArray();
        _n = radii.Length * angles.Length;
    }

    public int Count => _n;

    /// <summary>The state: w_j = (Wx[j], Wy[j]), u_j = (Ux[j], Uy[j]).</summary>
    public sealed class State(double[] wx, double[] wy, double[] ux, double[] uy)
    {
        public double[] Wx = wx, Wy = wy, Ux = ux, Uy = uy;
        public int K => Wx.Length;
        public double Norm()
        {
            var s = 0.0;
            for (var j = 0; j < K; j++) s += Math.Sqrt(Wx[j] * Wx[j] + Wy[j] * Wy[j]) + Math.Sqrt(Ux[j] * Ux[j] + Uy[j] * Uy[j]);
            return s;
        }
        public State Clone() => new((double[])Wx.Clone(), (double[])Wy.Clone(), (double[])Ux.Clone(), (double[])Uy.Clone());

        /// <summary>The same weights as the point-wise network (6) with b = 0, the reference this batched layout must follow.</summary>
        public Models.Lyx.ConferenceNet<double> ToNetwork() => new(
            Enumerable.Range(0, K).Select(j => new[] { Wx[j], Wy[j] }).ToArray(),
            Enumerable.Range(0, K).Select(j => new[] { Ux[j], Uy[j] }).ToArray(), 0);
    }

    /// <summary>Mean hinge loss at the state; also writes the gradient when <paramref name="gradient"/> is true.</summary>
    public double LossAndGradient(State s, Span<double> gwx, Span<double> gwy, Span<double> gux, Span<double> guy, bool gradient)
    {
        var k = s.K;
        if (gradient) { gwx.Clear(); gwy.Clear(); gux.Clear(); guy.Clear(); }
        var loss = 0.0;
        var nr = _radii.Length;
        for (var b = 0; b < _cos.Length; b++)
        {
            double c = _cos[b], sn = _sin[b], g = 0;
            for (var j = 0; j < k; j++)
            {
                var a = s.Wx[j] * c + s.Wy[j] * sn;
                if (a > 0) g += a;
                var e = s.Ux[j] * c + s.Uy[j] * sn;
                if (e > 0) g -= e;
            }
            int cnt;
            if (g <= 0) cnt = nr;
            else
            {
                cnt = 0;
                while (cnt < nr && _radii[cnt] * g < 1) cnt++;
            }
            if (cnt == 0) continue;
            var sumR = _prefix[cnt];
            loss += cnt - g * sumR;
            if (!gradient) continue;
            for (var j = 0; j < k; j++)
            {
                if (s.Wx[j] * c + s.Wy[j] * sn > 0) { gwx[j] -= sumR * c; gwy[j] -= sumR * sn; }
                if (s.Ux[j] * c + s.Uy[j] * sn > 0) { gux[j] += sumR * c; guy[j] += sumR * sn; }
            }
        }
        if (gradient)
        {
            var inv = 1.0 / _n;
            for (var j = 0; j < k; j++) { gwx[j] *= inv; gwy[j] *= inv; gux[j] *= inv; guy[j] *= inv; }
        }
        return loss / _n;
    }

    /// <summary>What one run recorded.</summary>
    public sealed record RunResult(int Iterations, bool Converged, double MaxNorm, bool GcAtStart, int GcEntry);

    /// <summary>
    /// Runs GD from the state (modified in place) until the loss is exactly 0 (then the subgradient is 0 and GD is stationary)
    /// or <paramref name="maxIterations"/>. Iterations = the first t with l(W^(t)) = 0. Also records max_t |W^(t)| (column-wise
    /// norm sum), whether the w_j satisfy GC at t = 0 and the first t at which they do (−1 if never).
    /// </summary>
    public RunResult Run(State s, double eta, int maxIterations, Action<int, State, double>? observe = null)
    {
        if (!(eta > 0)) throw new ArgumentException("The learning rate must be positive.");
        var k = s.K;
        Span<double> gwx = stackalloc double[k], gwy = stackalloc double[k], gux = stackalloc double[k], guy = stackalloc double[k];
        var maxNorm = s.Norm();
        var gcStart = GeometricCondition.Holds2D(s.Wx, s.Wy);
        var gcEntry = gcStart ? 0 : -1;
        for (var t = 0; ; t++)
        {
            var loss = LossAndGradient(s, gwx, gwy, gux, guy, true);
            observe?.Invoke(t, s, loss);
            if (loss == 0) return new RunResult(t, true, maxNorm, gcStart, gcEntry);
            if (t >= maxIterations) return new RunResult(t, false, maxNorm, gcStart, gcEntry);
            for (var j = 0; j < k; j++)
            {
                s.Wx[j] -= eta * gwx[j]; s.Wy[j] -= eta * gwy[j];
                s.Ux[j] -= eta * gux[j]; s.Uy[j] -= eta * guy[j];
            }
            maxNorm = Math.Max(maxNorm, s.Norm());
            if (gcEntry < 0 && GeometricCondition.Holds2D(s.Wx, s.Wy)) gcEntry = t + 1;
        }
    }

    /// <summary>Initialisation of Section 6.1: entries N(0, 1); half-space init replaces the first coordinate by its absolute value.</summary>
    public static State Initialise(int k, bool halfSpace, ulong seed)
    {
        var rng = new SplitMix64(seed);
        double[] wx = new double[k], wy = new double[k], ux = new double[k], uy = new double[k];
        for (var j = 0; j < k; j++)
        {
            wx[j] = rng.Normal(); wy[j] = rng.Normal(); ux[j] = rng.Normal(); uy[j] = rng.Normal();
            if (halfSpace) { wx[j] = Math.Abs(wx[j]); ux[j] = Math.Abs(ux[j]); }
        }
        return new State(wx, wy, ux, uy);
    }
}
