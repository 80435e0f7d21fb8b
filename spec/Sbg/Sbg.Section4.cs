using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Dynamics.Sbg;

namespace Verification.Spec;

// Section 4: Theorem 4.1 (SGD reaches a small loss); its proof's invariants (Section 9) are in Sbg.Section9.cs.

public static partial class Sbg
{
    /// <summary>An SGD run: training set, initial neurons (rows of norm ≤ R₀), η, v, α, ε and the seed of the epoch permutations.</summary>
    public sealed record SgdCase(
        Dataset<Rational> S, Rational[][] W0, Rational[][] U0, Rational R0, Rational Eta, Rational V, Rational Alpha, Rational Epsilon, int Seed)
    {
        public int K => W0.Length;
        public override string ToString() =>
            $"S = [{string.Join("; ", S.X.Select((x, i) => $"{Vec.Format(x)}:{S.Y[i]:+0;-0}"))}], w* = {Vec.Format(S.Teacher!)}, k = {K}, "
            + $"W₀ = [{string.Join("; ", W0.Select(Vec.Format))}], U₀ = [{string.Join("; ", U0.Select(Vec.Format))}], R₀ = {R0}, η = {Eta}, v = {V}, "
            + $"α = {Alpha}, ε = {Epsilon}, permutation seed {Seed}";

        public ConvergenceBound Bound()
        {
            var sd = S.ToDouble();
            return new ConvergenceBound(Math.Sqrt(sd.MaxNormSquared), Alpha.ToDouble(), R0.ToDouble(), K, Eta.ToDouble(), V.ToDouble(),
                Math.Sqrt(Vec.NormSquared<double>(sd.Teacher!)));
        }
    }

    internal static SgdCase GenerateSgd(Choices c, Context ctx, int maxN, int maxD, int maxK, bool rationalData = true)
    {
        var d = c.Int(1, maxD);
        var s = SeparableData.Exact(c, d, c.Int(1, maxN), weakenMargin: ctx.Weak("margin"));
        if (ctx.Weak("separable"))
        {
            // a point repeated with the opposite label: no θ separates S, and ℓ(z) + ℓ(−z) ≥ 2 log 2 for that pair
            s = new Dataset<Rational>(s.X.Append(s.X[0]).ToList(), s.Y.Append(-s.Y[0]).ToList(), s.Teacher);
        }
        var k = c.Int(1, maxK);
        var r0 = c.In(Interval.Closed(0, 8), 4);
        Rational[] Row() => Vec.Scale(r0 * c.In(Interval.Closed(0, 1), 4), RationalSphere.UnitVector(c, d));
        var w0 = Enumerable.Range(0, k).Select(_ => Row()).ToArray();
        var u0 = Enumerable.Range(0, k).Select(_ => Row()).ToArray();
        var eta = c.In(Interval.OpenClosed(0, 4), 16);
        var v = V(c, ctx);
        var alpha = Alpha(c, ctx);
        var eps = c.In(Interval.Closed(new Rational(1, 20), new Rational(1, 2)), 20);
        return new SgdCase(s, w0, u0, r0, eta, v, alpha, eps, c.Int(0, 10_000));
    }

    /// <summary>
    /// Theorem 4.1's instances across their range, by parameterisation: one case in five beyond the small sizes (n ≤ 7,
    /// d ≤ 4, k ≤ 6), and one in four with α = 1 − 1/q near 1 (unless the Leaky-ReLU hypothesis is weakened).
    /// </summary>
    internal static SgdCase GenerateSgdAcrossRange(Choices c, Context ctx)
    {
        var wide = c.Int(0, 4) == 4;
        var x = GenerateSgd(c, ctx, wide ? 7 : 4, wide ? 4 : 2, wide ? 6 : 3);
        return ctx.Weak("leaky") || c.Int(0, 3) != 3 ? x : x with { Alpha = 1 - new Rational(1, c.Int(2, 4 * MaxAlphaDenominator)) };
    }

    /// <summary>The coverage classes of Theorem 4.1 that a case shows by itself (shared with the invariants of its proof).</summary>
    internal static IEnumerable<string> ClassifySgd(SgdCase x)
    {
        if (x.S.Teacher is { } ws && x.S.X.Select((p, i) => x.S.Y[i] * Vec.Dot<Rational>(ws, p)).Any(m => m == 1)) yield return "margin-equality";
        if (x.S.N == 1) yield return "single-point";
        if (x.S.N >= 5) yield return "many-points";
        if (x.K == 1) yield return "k-1";
        if (x.K >= 4) yield return "wide";
        if (x.R0.Sign == 0) yield return "zero-init";
        if (x.Eta >= 2) yield return "large-step";
        if (x.Epsilon <= new Rational(1, 16)) yield return "epsilon-small";
        foreach (var a in AlphaClassesOf(x.Alpha)) yield return a;
    }

    /// <summary>A certified lower bound of L_S over all θ: each point present with both labels contributes ℓ(z) + ℓ(−z) ≥ 2 log 2.</summary>
    internal static double LossFloor(Dataset<Rational> s)
    {
        var pairs = 0;
        var used = new bool[s.N];
        for (var i = 0; i < s.N; i++)
            for (var j = i + 1; j < s.N; j++)
                if (!used[i] && !used[j] && s.Y[i] != s.Y[j] && s.X[i].SequenceEqual(s.X[j])) { used[i] = used[j] = true; pairs++; }
        return pairs * 2 * Math.Log(2) / s.N;
    }

    public sealed class Theorem4_1 : PropertyClaim<SgdCase>
    {
        /// <summary>The horizon of a run: SGD stops after this many epochs if it has not reached L_S &lt; ε.</summary>
        public const int MaxEpochs = 3_000;

        public override string Id => "SBG.Thm4.1";
        public override string Where => "Theorem 4.1 (Section 4); proof and constants in Section 9, Eq. (26)";
        public override string Statement =>
            "For any ε > 0, SGD in epochs (batch 1, without replacement) on data separable with margin 1 by w* reaches L_S(θ_t) < ε for some "
            + "t ≤ M(n, ε), where M is the right side of Eq. (26) plus n (constants C₁, C₂, C₃ of the supplement), "
            + "for any η > 0, R₀ ≥ 0, k ≥ 1, 0 < α < 1, v > 0.";
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override string Setting =>
            "n = 1..5, d = 1..3, k = 1..4, η ∈ (0, 4], R₀ ∈ [0, 8] (rows of norm ≤ R₀), v ∈ (0, 4], α ∈ (0, 1), ε ∈ [1/20, 1/2]; R_x = max‖xᵢ‖; "
            + $"SGD in double, fresh permutation each epoch (seeded), horizon {MaxEpochs} epochs; M(n, ε) in log space";
        public override string Trust =>
            "SGD in double (the loss is transcendental); a case holds when L_S < ε is observed at some t ≤ M(n, ε) (L_S checked after every update). "
            + "A run that has not reached ε by the horizon while M is beyond it is inconclusive (truncated horizon); "
            + "a failure is certified only when it holds for all t: a stationary point (no update moves W) with L_S ≥ ε, or a loss floor above ε";
        public override int CostPerCase => 6;

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("leaky", "0 < α < 1", "α ∈ [−1, 1): ReLU (α = 0) allowed", Expectation.Counterexample,
                "with α = 0 and every neuron inactive on every point (σ' = 0) SGD never moves: L_S = log 2 > ε forever"),
            new("separable", "y w*·x ≥ 1 on S (linearly separable)", "a point repeated with the opposite label", Expectation.Counterexample,
                "ℓ(z) + ℓ(−z) ≥ 2 log 2, so L_S ≥ 2 log 2 / n ≥ ε for every θ when n is small"),
        ];

        public override string EvidenceCaveat =>
            "M(n, ε) from the supplement's constants is 10⁴–10⁸ on these cases while SGD reaches ε within a few epochs: the evidence "
            + "reports the smallest M/t seen (loose when ≥ 10 on every case); the theorem's own horizon is M, so a shortfall would be genuine";

        public override IReadOnlyList<string> WrongVariants => ["bound-over-100"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("margin-equality", "Theorem 4.1: S separable with margin 1 (y w*·x ≥ 1), at equality", 0.1, "some point with y w*·x = 1"),
            new("single-point", "Theorem 4.1: any n ≥ 1 (M(n, ε) at its smallest n)", 0.03, "n = 1"),
            new("many-points", "Theorem 4.1: any n; M(n, ε) grows with n", 0.03, "n ≥ 5"),
            new("k-1", "Theorem 4.1: any k ≥ 1", 0.03, "k = 1"),
            new("wide", "Theorem 4.1: any k, beyond 2–4", 0.03, "k ≥ 4"),
            new("zero-init", "Theorem 4.1: any R₀ ≥ 0 (rows of W₀ of norm ≤ R₀), at R₀ = 0", 0.03, "R₀ = 0"),
            new("large-step", "Theorem 4.1: any η > 0, far from the small-step regime", 0.1, "η ≥ 2"),
            new("epsilon-small", "Theorem 4.1: any ε > 0; M(n, ε) grows as ε → 0", 0.03, "ε ≤ 1/16"),
            .. AlphaClasses("Theorem 4.1"),
        ];

        public override IEnumerable<string> Classify(SgdCase x) => ClassifySgd(x);

        public override SgdCase Generate(Choices c, Context ctx) => GenerateSgdAcrossRange(c, ctx);
        public override string Describe(SgdCase x) => x.ToString();

        public override Evaluation Evaluate(SgdCase x, Context ctx)
        {
            // M(n, ε) exists only on the theorem's domain α > 0 (the bound divides by α): a case with the Leaky-ReLU hypothesis
            // weakened has no horizon, so it fails only for all t (a loss floor or a stationary point), never at some t > M
            var logM = x.Alpha.Sign > 0 ? x.Bound().LogM(x.S.N, x.Epsilon.ToDouble()) : double.PositiveInfinity;
            if (ctx.Is("bound-over-100")) logM -= Math.Log(100) + logM * 0.999; // a bound far too small: ~M^0.001/100
            var eps = x.Epsilon.ToDouble();
            var floor = LossFloor(x.S);
            if (floor >= eps) return Evaluation.Fails(floor - eps, $"L_S ≥ {floor:R} ≥ ε for every θ (a point carries both labels); M = e^{logM:F2}");
            var sd = x.S.ToDouble();
            var trainer = new Trainer<double>(Vec2(x.W0), Vec2(x.U0), x.V.ToDouble(), x.Alpha.ToDouble(), sd, x.Eta.ToDouble(), Rationalisers.Identity);
            var rng = new Random(x.Seed);
            long t = 0;
            var loss = trainer.Loss();
            if (loss < eps) return Evaluation.Holds($"L_S(θ₀) = {loss:R} < ε; log M = {logM:F2}");
            for (var epoch = 0; epoch < MaxEpochs; epoch++)
            {
                if (trainer.IsStationary())
                    return Evaluation.Fails(loss - eps,
                        $"SGD is at a stationary point (no update moves W) with L_S = {loss:R} ≥ ε = {eps}, for all t; log M = {logM:F2}");
                foreach (var i in Trainer<double>.Permutation(sd.N, rng))
                {
                    trainer.Step(i, recordProofQuantities: false);
                    t++;
                    loss = trainer.Loss();
                    if (loss < eps)
                    {
                        var detail = $"L_S(θ_{t}) = {loss:R} < ε = {eps} at t = {t}; log M(n, ε) = {logM:F3}";
                        // t ≤ M with both sides recorded, so the evidence reports how loose M is (e^700 caps the double range;
                        // a bound that large is loose by any measure)
                        return Math.Log(t) <= logM
                            ? Evaluation.HoldsWithSlack(t, Math.Exp(Math.Min(logM, 700)), detail)
                            : Evaluation.Fails(Math.Log(t) - logM, detail);
                    }
                }
                if (Math.Log(t) > logM) return Evaluation.Fails(Math.Log(t) - logM, $"no t ≤ M(n, ε) with L_S < ε: t = {t}, log M = {logM:F3}, L_S = {loss:R}");
            }
            return Evaluation.Inconclusive($"L_S = {loss:R} ≥ ε after {t} updates (horizon) while log M = {logM:F2}");
        }

        private static double[][] Vec2(Rational[][] rows) => rows.Select(Vec.ToDouble).ToArray();
    }
}
