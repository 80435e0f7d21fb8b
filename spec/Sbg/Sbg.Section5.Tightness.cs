using System.Numerics;
using Fractions;
using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Numerics;

namespace Verification.Spec;

// Section 5: the sharp constant of Theorem 5.1, per (α, k): closed form, exact decision, targeted search.

public static partial class Sbg
{
    /// <summary>
    /// The sharp constant of Theorem 5.1: c*(α, k) = sup (w̄ − ū)·x / (r‖x‖) over the configurations whose sign is wrong, which is
    /// <c>c*(α, k) = m(1 − α)/(m + (k − m)α)</c> with m = ⌊k/2⌋: (1 − α)/(1 + α) for even k, (1 − α)/(1 + 2α) for k = 3,
    /// 2(1 − α)/(2 + 3α) for k = 5, and 0 for k = 1. The theorem with constant c holds exactly when c &gt; c*(α, k).
    /// <para>
    /// Which side counts. The theorem says sign N(x) = sign((w̄ − ū)·x) with sign 0 = 0 (the paper's f is a sign), so N(x) = 0
    /// where (w̄ − ū)·x ≠ 0 is a counterexample. With that reading the supremum is attained: at c = c* the theorem fails.
    /// </para>
    /// <para>
    /// Proof sketch. (1) Swapping w and u maps N to −N and w̄ − ū to ū − w̄ and keeps every hypothesis, so take D = (w̄ − ū)·x̂ &gt; 0
    /// (x̂ = x/‖x‖); a counterexample is then N(x) ≤ 0. (2) Only the projections pᵢ = w⁽ⁱ⁾·x̂, qᵢ = u⁽ⁱ⁾·x̂ enter N(x) (σ is
    /// positively homogeneous, so N(x) = ‖x‖ N(x̂)); their means are w̄·x̂ and ū·x̂, and |pᵢ − p̄| ≤ ‖w⁽ⁱ⁾ − w̄‖ ≤ r. Conversely every
    /// such p, q is a network in d = 1. So d = 1, x = 1 lose nothing, and r = 1, v = 1 by scaling (r = 0 or x = 0: no
    /// counterexample, since σ is strictly increasing): c* = sup{P − Q : Σσ(P + aᵢ) ≤ Σσ(Q + bᵢ), Σa = Σb = 0, |aᵢ|, |bᵢ| ≤ 1}.
    /// (3) σ is convex (0 &lt; α &lt; 1), so Σσ(P + aᵢ) ≥ kσ(P) (Jensen: the w-cluster collapses), and Σσ(Q + bᵢ) is convex in b,
    /// so its maximum over the polytope {Σb = 0, |bᵢ| ≤ 1} is at a vertex: m entries +1, m entries −1 and, for odd k, one 0.
    /// A counterexample exists at D iff kσ(Q + D) ≤ mσ(Q + 1) + mσ(Q − 1) + (k − 2m)σ(Q) for some Q. (4) The largest such D is
    /// piecewise linear in Q, zero for |Q| ≥ 1, increasing while the right side is negative and decreasing after; its maximum is
    /// where the right side vanishes, Q₀ = −m(1 − α)/(m + (k − m)α), with P = Q₀ + D = 0 (the w-neurons on the kink), so
    /// c* = −Q₀. For k = 1 both clusters are single neurons, N = v(σ(w·x) − σ(u·x)) has the sign of (w − u)·x, and no constant
    /// (not even 0) admits a counterexample.
    /// </para>
    /// <para>
    /// Exact decision (the certificate of the upper end). In d = 1 the hypotheses are linear, and on the closed region of an
    /// activation pattern (which pᵢ, qᵢ are ≥ 0 and which ≤ 0) N is linear; these regions cover everything. So c* is the
    /// largest optimum of the linear programs "maximise P − Q subject to N ≤ 0, the radius bounds and the pattern", each solved
    /// exactly by <see cref="ExactSimplex"/>. Each program is invariant under permuting the active (inactive) neurons of a type
    /// among themselves, and averaging an optimum over those permutations keeps it feasible and optimal, so each group can be
    /// taken constant: (k + 1)² programs in four variables (<see cref="Supremum"/>), checked by a test against all 4ᵏ per-neuron
    /// patterns for small k (<see cref="SupremumOverNeuronPatterns"/>).
    /// </para>
    /// </summary>
    public static class Theorem5_1Tightness
    {
        /// <summary>The grid of <c>fuzz --claim SBG.Thm5.1</c>: α ∈ {1/100, 1/10, 1/4, 1/2, 3/4}, k = 1 … 6.</summary>
        public static IReadOnlyList<Rational> GridAlphas { get; } = [new(1, 100), new(1, 10), new(1, 4), new(1, 2), new(3, 4)];

        public const int GridMaxK = 6;

        public const string ClosedFormText = "c*(α, k) = m(1 − α)/(m + (k − m)α), m = ⌊k/2⌋: (1 − α)/(1 + α) for even k, (1 − α)/(1 + 2α) for k = 3, "
            + "2(1 − α)/(2 + 3α) for k = 5, 0 for k = 1 (no counterexample at any c ≥ 0)";

        public static Rational ClosedForm(Rational alpha, int k)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
            var m = k / 2;
            return m * (1 - alpha) / (m + (k - m) * alpha);
        }

        // ------------------------------------------------------------ exact decision

        /// <summary>Neurons of one type (w or u) in one activation state, all with the same projection in the reduced program.</summary>
        private readonly record struct Group(bool IsW, bool Active, int Count);

        /// <summary>An activation pattern's optimum: the neurons' projections (r = 1, x = 1) and the largest P − Q with N ≤ 0.</summary>
        public sealed record PatternOptimum(int ActiveW, int ActiveU, Rational Value, Rational[] W, Rational[] U);

        /// <summary>The exact supremum: the best pattern and how many linear programs were solved.</summary>
        public sealed record Certificate(Rational Supremum, PatternOptimum Best, int Programs);

        /// <summary>c*(α, k) decided exactly: the largest optimum over the (k + 1)² patterns (a active w-neurons, b active u-neurons).</summary>
        public static Certificate Supremum(Rational alpha, int k)
        {
            CheckDomain(alpha, k);
            PatternOptimum? best = null;
            var programs = 0;
            for (var a = 0; a <= k; a++)
                for (var b = 0; b <= k; b++)
                {
                    programs++;
                    var o = SolvePattern(alpha, k, a, b, null);
                    if (o is not null && (best is null || o.Value > best.Value)) best = o;
                }
            // The pattern with every neuron inactive contains P = Q = 0, so some program is feasible.
            return new Certificate(best!.Value, best, programs);
        }

        /// <summary>
        /// Whether a counterexample exists with |(w̄ − ū)·x| ≥ c·r‖x‖ (c &gt; 0), decided exactly: whether some pattern's program with
        /// the extra constraint P − Q ≥ c is feasible. For c ≤ 0 the question is a different one (x with w̄·x = ū·x enter), so it is refused.
        /// </summary>
        public static bool AdmitsCounterexample(Rational alpha, int k, Rational c)
        {
            CheckDomain(alpha, k);
            if (c.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(c), "The decision is for constants c > 0.");
            for (var a = 0; a <= k; a++)
                for (var b = 0; b <= k; b++)
                    if (SolvePattern(alpha, k, a, b, c) is not null) return true;
            return false;
        }

        /// <summary>The same supremum over all 4ᵏ per-neuron activation patterns with one variable per neuron (no symmetry used).</summary>
        public static Rational SupremumOverNeuronPatterns(Rational alpha, int k)
        {
            CheckDomain(alpha, k);
            var best = (Rational?)null;
            for (var mask = 0; mask < 1 << (2 * k); mask++)
            {
                var groups = Enumerable.Range(0, 2 * k).Select(i => new Group(i < k, (mask >> i & 1) == 1, 1)).ToArray();
                var o = Solve(alpha, k, groups, null);
                if (o is { } v && (best is null || v.Value > best)) best = v.Value;
            }
            return best!.Value;
        }

        internal static PatternOptimum? SolvePattern(Rational alpha, int k, int activeW, int activeU, Rational? atLeast)
        {
            Group[] groups = [new(true, true, activeW), new(true, false, k - activeW), new(false, true, activeU), new(false, false, k - activeU)];
            return Solve(alpha, k, groups.Where(g => g.Count > 0).ToArray(), atLeast) is { } o
                ? new PatternOptimum(activeW, activeU, o.Value, o.W, o.U)
                : null;
        }

        /// <summary>
        /// One program in standard form for <see cref="ExactSimplex"/>: a variable yₘ ≥ 0 per group with projection ±yₘ (the sign
        /// of its pattern), one slack per inequality. Maximise P − Q subject to |projection − mean| ≤ 1 per group, N ≤ 0 and
        /// optionally P − Q ≥ atLeast. Null when infeasible.
        /// </summary>
        private static (Rational Value, Rational[] W, Rational[] U)? Solve(Rational alpha, int k, Group[] groups, Rational? atLeast)
        {
            var n = groups.Length;
            Rational Sign(Group g) => g.Active ? 1 : -1;
            // P and Q as linear forms in y
            var p = groups.Select(g => g.IsW ? Sign(g) * g.Count / (Rational)k : 0).ToArray();
            var q = groups.Select(g => g.IsW ? 0 : Sign(g) * g.Count / (Rational)k).ToArray();
            var rows = new List<(Rational[] Coefficients, Rational Rhs)>();
            for (var i = 0; i < n; i++)
            {
                var centre = groups[i].IsW ? p : q;
                var dev = centre.Select((c, j) => (j == i ? Sign(groups[i]) : 0) - c).ToArray(); // projection − mean
                rows.Add((dev, 1));
                rows.Add((dev.Select(x => -x).ToArray(), 1));
            }
            // N/v = Σ_w σ(p) − Σ_u σ(q) ≤ 0, with σ(±y) = y or −αy by the pattern
            rows.Add((groups.Select(g => (g.IsW ? 1 : -1) * g.Count * Sign(g) * (g.Active ? 1 : alpha)).ToArray(), 0));
            var d = p.Zip(q, (x, y) => x - y).ToArray();
            if (atLeast is { } c) rows.Add((d.Select(x => -x).ToArray(), -c));
            var m = rows.Count;
            var a = new Rational[m][];
            for (var i = 0; i < m; i++)
            {
                a[i] = new Rational[n + m];
                for (var j = 0; j < n + m; j++) a[i][j] = j < n ? rows[i].Coefficients[j] : j - n == i ? 1 : 0;
            }
            var objective = d.Concat(Enumerable.Repeat(Rational.Zero, m)).ToArray();
            var (status, value, y) = ExactSimplex.Maximise(a, rows.Select(r => r.Rhs).ToArray(), objective);
            if (status == LpStatus.Infeasible) return null;
            // P − Q ≤ 1 on the whole failure set (N > 0 once P > Q + 1), so no program is unbounded
            if (status == LpStatus.Unbounded) throw new InvalidOperationException("unbounded activation-pattern program: impossible, P − Q ≤ 1");
            IEnumerable<Rational> Expand(bool w) =>
                groups.Select((g, i) => (g, i)).Where(t => t.g.IsW == w).SelectMany(t => Enumerable.Repeat(Sign(t.g) * y[t.i], t.g.Count));
            return (value, Expand(true).ToArray(), Expand(false).ToArray());
        }

        private static void CheckDomain(Rational alpha, int k)
        {
            if (alpha.Sign <= 0 || alpha >= 1) throw new ArgumentOutOfRangeException(nameof(alpha), "Theorem 5.1 needs 0 < α < 1.");
            ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        }

        // ------------------------------------------------------------ targeted search

        /// <summary>
        /// Deviations with mean 0 and |bᵢ| ≤ 1 from free parameters: bᵢ = clamp(yᵢ − t, −1, 1) with the shift t that makes Σb = 0
        /// (Σ clamp(yᵢ − t) falls continuously from k to −k, so t exists; it is found exactly on its piecewise-linear graph).
        /// Every point of the polytope is reached, its vertices from open sets, so an optimiser can settle on them.
        /// </summary>
        public static T[] ShiftClamp<T>(ReadOnlySpan<T> y) where T : INumber<T>
        {
            var n = y.Length;
            var kinks = new T[2 * n];
            for (var i = 0; i < n; i++) (kinks[2 * i], kinks[2 * i + 1]) = (y[i] - T.One, y[i] + T.One);
            Array.Sort(kinks);
            var shift = kinks[0];
            var h0 = ShiftedSum(y, kinks[0]);
            for (var i = 0; i + 1 < kinks.Length; i++)
            {
                var h1 = ShiftedSum(y, kinks[i + 1]);
                if (h1 <= T.Zero)
                {
                    shift = kinks[i] + h0 * (kinks[i + 1] - kinks[i]) / (h0 - h1); // linear in between; h0 > 0 ≥ h1 (the sum is n at kinks[0])
                    break;
                }
                h0 = h1;
            }
            var b = new T[n];
            for (var i = 0; i < n; i++) b[i] = T.Clamp(y[i] - shift, -T.One, T.One);
            return b;
        }

        private static T ShiftedSum<T>(ReadOnlySpan<T> y, T t) where T : INumber<T>
        {
            var s = T.Zero;
            foreach (var v in y) s += T.Clamp(v - t, -T.One, T.One);
            return s;
        }

        /// <summary>
        /// The largest centre P with Σσ(P + aᵢ) ≤ target: the left side is strictly increasing and piecewise linear in P with
        /// kinks at −aᵢ (slope αk below all of them, k above), so the root is found exactly on the segment that holds it.
        /// </summary>
        public static T LargestFailingCentre<T>(ReadOnlySpan<T> a, T alpha, T target) where T : INumber<T>
        {
            var k = T.CreateChecked(a.Length);
            var kinks = new T[a.Length];
            for (var i = 0; i < a.Length; i++) kinks[i] = -a[i];
            Array.Sort(kinks);
            var g0 = SumSigma(a, kinks[0], alpha);
            if (target <= g0) return kinks[0] - (g0 - target) / (alpha * k);
            for (var i = 0; i + 1 < kinks.Length; i++)
            {
                var g1 = SumSigma(a, kinks[i + 1], alpha);
                if (target <= g1) return kinks[i] + (target - g0) * (kinks[i + 1] - kinks[i]) / (g1 - g0);
                g0 = g1;
            }
            return kinks[^1] + (target - g0) / k;
        }

        /// <summary>Σσ(centre + dᵢ).</summary>
        private static T SumSigma<T>(ReadOnlySpan<T> d, T centre, T alpha) where T : INumber<T>
        {
            var s = T.Zero;
            foreach (var v in d) s += LeakyReluNetwork<T>.Sigma(centre + v, alpha);
            return s;
        }

        /// <summary>A configuration decoded from the 2k + 1 free parameters θ = (Q, y₁…y_k, z₁…z_k): u = Q + ShiftClamp(y),
        /// w = P + ShiftClamp(z) with P the largest centre at which N ≤ 0, and r the largest deviation.</summary>
        public static (T[] W, T[] U, T R) Decode<T>(ReadOnlySpan<T> theta, T alpha, int k) where T : INumber<T>
        {
            var q = theta[0];
            var b = ShiftClamp(theta.Slice(1, k));
            var a = ShiftClamp(theta.Slice(1 + k, k));
            var p = LargestFailingCentre<T>(a, alpha, SumSigma<T>(b, q, alpha));
            var r = T.Zero;
            for (var i = 0; i < k; i++) r = T.Max(r, T.Max(T.Abs(a[i]), T.Abs(b[i])));
            for (var i = 0; i < k; i++) (a[i], b[i]) = (p + a[i], q + b[i]);
            return (a, b, r);
        }

        /// <summary>
        /// The constant a decoded configuration refutes, (P − Q)/r: the objective the search maximises. Configurations with
        /// r ≤ 10⁻⁶ count as r = 0 (no counterexample): the deviations are O(1) by construction, and below that the rounding
        /// error of P − Q (about 10⁻¹⁶) divided by r would be rewarded.
        /// </summary>
        public static double Objective(double[] theta, double alpha, int k)
        {
            var (w, u, r) = Decode<double>(theta, alpha, k);
            return r > 1e-6 ? (w.Average() - u.Average()) / r : 0;
        }

        /// <summary>The targeted search's outcome: its best value in double and, when positive, that point confirmed exactly.</summary>
        public sealed record SearchResult(double Value, int Evaluations, ClusteredCase? Witness, Rational? Confirmed);

        /// <summary>
        /// Maximises <see cref="Objective"/> by random restarts and Nelder–Mead, then rationalises the best point (12 significant
        /// digits) and decodes it in exact arithmetic: a configuration with N(x) = 0 exactly, confirmed by <see cref="ConfirmedConstant"/>.
        /// </summary>
        public static SearchResult Search(Rational alpha, int k, int seed, int starts = 20)
        {
            CheckDomain(alpha, k);
            var ad = alpha.ToDouble();
            var box = Enumerable.Repeat(2.0, 2 * k + 1).ToArray();
            var best = RestartedNelderMead.Maximise(t => Objective(t, ad, k), box.Select(x => -x).ToArray(), box, starts, seed);
            var theta = best.Point.Select(x => Rational.FromFraction(Fraction.FromDoubleRounded(x, 12))).ToArray();
            var (w, u, r) = Decode<Rational>(theta, alpha, k);
            if (r.Sign == 0 || w.Aggregate(Rational.Zero, (s, x) => s + x) <= u.Aggregate(Rational.Zero, (s, x) => s + x))
                return new SearchResult(best.Value, best.Evaluations, null, null);
            var witness = WitnessCase(alpha, w, u);
            return new SearchResult(best.Value, best.Evaluations, witness, ConfirmedConstant(witness));
        }

        // ------------------------------------------------------------ exact witnesses

        /// <summary>A d = 1 network with these projections, v = 1, x = (1), r the largest deviation from the means.</summary>
        public static ClusteredCase WitnessCase(Rational alpha, Rational[] w, Rational[] u)
        {
            var ws = w.Select(x => new[] { x }).ToList();
            var us = u.Select(x => new[] { x }).ToList();
            var net = new LeakyReluNetwork<Rational>(ws, us, 1, alpha);
            var (wBar, uBar) = (net.WBar, net.UBar);
            var r = ws.Select(x => x[0] - wBar[0]).Concat(us.Select(x => x[0] - uBar[0])).Select(Rational.Abs).Max();
            return new ClusteredCase(net, wBar, uBar, r, [Rational.One]);
        }

        /// <summary>
        /// The constant c = |(w̄ − ū)·x|/(r‖x‖) at which a d = 1 case refutes Theorem 5.1, or null if it does not: every hypothesis
        /// is checked exactly (0 &lt; α &lt; 1, v &gt; 0, w̄ and ū the means, every neuron within r of its mean, r &gt; 0, x ≠ 0) and the
        /// claim's own exact evaluation must fail. The case lies on the boundary |(w̄ − ū)·x| = c·r‖x‖ of the region with constant c.
        /// </summary>
        public static Rational? ConfirmedConstant(ClusteredCase x)
        {
            var net = x.Net;
            if (net.Dimension != 1) throw new ArgumentException("Witnesses are one-dimensional (the reduction of the proof sketch).");
            var hypotheses = net.Alpha.Sign > 0 && net.Alpha < 1 && net.V.Sign > 0 && x.R.Sign > 0 && x.X[0].Sign != 0
                && x.WCentre.SequenceEqual(net.WBar) && x.UCentre.SequenceEqual(net.UBar)
                && net.W.All(w => Rational.Abs(w[0] - x.WCentre[0]) <= x.R) && net.U.All(u => Rational.Abs(u[0] - x.UCentre[0]) <= x.R);
            if (!hypotheses || !new Theorem5_1().Evaluate(x, Context.AsPrinted).IsFailure) return null;
            return Rational.Abs(x.A[0] * x.X[0]) / (x.R * Rational.Abs(x.X[0]));
        }

        private static TightnessWitness? Confirm(ClusteredCase? x) =>
            x is not null && ConfirmedConstant(x) is { } c
                ? new TightnessWitness(c, x.ToString(), new Theorem5_1().Evaluate(x, Context.AsPrinted).Detail)
                : null;

        // ------------------------------------------------------------ the grid

        /// <summary>
        /// One grid point: the upper end from <see cref="Supremum"/>; the search's best point confirmed exactly; and the lower end
        /// from the exact optimum of the search's own activation pattern (so the witness is extremal when the search found the
        /// right pattern, and the bracket closes), confirmed by the claim's evaluation like any witness.
        /// </summary>
        public static ExactTightnessPoint Point(Rational alpha, int k, ulong seed)
        {
            var certificate = Supremum(alpha, k);
            var search = Search(alpha, k, (int)(seed % 1_000_003) * 31 + k * 7 + (int)(alpha.ToDouble() * 1000));
            TightnessWitness? lower = null;
            if (search.Witness is { } sw)
            {
                var polished = SolvePattern(alpha, k, sw.Net.W.Count(w => w[0].Sign >= 0), sw.Net.U.Count(u => u[0].Sign >= 0), null);
                lower = polished is null ? null : Confirm(WitnessCase(alpha, polished.W, polished.U));
            }
            var searchWitness = Confirm(search.Witness);
            if (searchWitness is not null && (lower is null || searchWitness.Constant > lower.Constant)) lower = searchWitness;
            return new ExactTightnessPoint("c", [new("alpha", alpha), new("k", k)], lower?.Constant, lower, certificate.Supremum,
                $"max of {certificate.Programs} exact activation-pattern LPs (best: {certificate.Best.ActiveW} of {k} w-neurons and "
                + $"{certificate.Best.ActiveU} of {k} u-neurons active)",
                ClosedForm(alpha, k), search.Value, searchWitness, search.Evaluations);
        }

        public static IReadOnlyList<ExactTightnessPoint> Grid(ulong seed) =>
            GridAlphas.SelectMany(a => Enumerable.Range(1, GridMaxK).Select(k => (a, k))).AsParallel().AsOrdered()
                .Select(p => Point(p.a, p.k, seed)).ToList();
    }
}
