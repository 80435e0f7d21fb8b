using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Dynamics.Sbg;
using Verification.Experiments.Sbg;

namespace Verification.Spec;

// Section 6.1: Theorem 6.1 (gradient flow, by gradient descent) and the runs it shares with Theorem 6.2.

public static partial class Sbg
{
    // ---------------------------------------------------------------- Theorems 6.1 and 6.2 (gradient flow, by gradient descent)

    /// <summary>A gradient-descent run: data, small initial neurons, α, v, the step η and the seed.</summary>
    public sealed record FlowCase(Dataset<Rational> S, Rational[][] W0, Rational[][] U0, Rational V, Rational Alpha, Rational Eta)
    {
        public int K => W0.Length;
        public override string ToString() =>
            $"S = [{string.Join("; ", S.X.Select((x, i) => $"{Vec.Format(x)}:{S.Y[i]:+0;-0}"))}], w* = {Vec.Format(S.Teacher!)}, k = {K}, "
            + $"W₀ = [{string.Join("; ", W0.Select(Vec.Format))}], U₀ = [{string.Join("; ", U0.Select(Vec.Format))}], v = {V}, α = {Alpha}, η = {Eta}";

        public Trainer<double> DoubleTrainer() => new(W0.Select(Vec.ToDouble).ToArray(), U0.Select(Vec.ToDouble).ToArray(), V.ToDouble(),
            Alpha.ToDouble(), S.ToDouble(), Eta.ToDouble(), Rationalisers.Identity);
    }

    internal static FlowCase GenerateFlow(Choices c, bool antipodal, Interval alphaRange)
    {
        var d = c.Int(1, 3);
        var s = SeparableData.Exact(c, d, antipodal ? 2 * c.Int(1, 3) : c.Int(2, 6), antipodal: antipodal);
        var k = c.Int(1, 4);
        var r0 = c.In(Interval.Closed(new Rational(1, 1000), new Rational(1, 10)), 1000);
        Rational[] Row() => Vec.Scale(r0 * c.In(Interval.OpenClosed(0, 1), 4), RationalSphere.UnitVector(c, d));
        var alpha = c.In(alphaRange, 32); // neither theorem lists α as a hypothesis the fuzzer may weaken
        return new FlowCase(s, Enumerable.Range(0, k).Select(_ => Row()).ToArray(), Enumerable.Range(0, k).Select(_ => Row()).ToArray(),
            c.In(Interval.OpenClosed(0, 2), 4), alpha, c.In(Interval.Closed(new Rational(1, 100), new Rational(1, 25)), 400));
    }

    /// <summary>The regions of a gradient-flow case that Theorems 6.1 and 6.2 (any k ≥ 1, any d, 0 &lt; α &lt; 1) must survive.</summary>
    internal static IEnumerable<CoverageClass> FlowClasses(string where) =>
    [
        new("k-1", where + ": any k ≥ 1; with one neuron per type there is no intra-type difference and every NAR is trivially clustered", 0.1,
            "k = 1"),
        new("wide", where + ": any k; several neurons per type must agree for the NAR", 0.1, "k = 4"),
        new("d-1", where + ": any d; on a line every neuron agrees with ±w*", 0.1, "d = 1"),
        new("d-3", where + ": any d; beyond the plane", 0.1, "d = 3"),
        new("n-4", where + ": any training set S; several points per class, so the sign vectors c^w, c^u have several entries", 0.1, "n ≥ 4"),
    ];

    internal static IEnumerable<string> ClassifyFlow(FlowCase x)
    {
        if (x.K == 1) yield return "k-1";
        if (x.K >= 4) yield return "wide";
        if (x.S.Dimension == 1) yield return "d-1";
        if (x.S.Dimension == 3) yield return "d-3";
        if (x.S.N >= 4) yield return "n-4";
    }

    /// <summary>What a flow run exercised (the case does not say whether and when the run entered an NAR).</summary>
    internal sealed class FlowOutcome
    {
        public bool ExactStepInNar;
        public bool EnteredLate;
    }

    public sealed class Theorem6_1 : PropertyClaim<FlowCase>
    {
        public const int ExactSteps = 8;
        public const int FlowSteps = 2_000;

        public override string Id => "SBG.Thm6.1";
        public override string Where => "Theorem 6.1 and Corollary 6.2 (Section 6.1); proof in Section 13";
        public override string Statement =>
            "Under Assumption 6.1, if gradient flow stays in an NAR (β, c^w, c^u) from T_NAR on, "
            + "it converges (in direction) to a solution in the NAR whose normalised network is perfectly clustered, "
            + "hence has a linear decision boundary. Mechanism checked: inside an NAR every neuron of a type receives the same update "
            + "(σ'(w⁽ʲ⁾·xᵢ) = c-dependent constant), so the differences w⁽ʲ⁾ − w⁽ˡ⁾, u⁽ʲ⁾ − u⁽ˡ⁾ are frozen while ‖θ‖ → ∞, and r/‖θ‖ → 0.";
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "rational+double";
        public override string Setting =>
            "S separable with margin 1 (n = 2..6, d = 1..3, rational), k = 1..4, rows of norm ≤ R₀ ∈ [1/1000, 1/10], α ∈ (0, 1), v ∈ (0, 2]; "
            + $"{ExactSteps} GD steps with step η ∈ [1/100, 1/25] in exact arithmetic (|ℓ'| rounded to 2^−20), "
            + $"then {FlowSteps} steps along the gradient-flow path of length ‖Δθ‖ = η·min(‖θ‖, 1), η ∈ [1/100, 1/25], in double";
        public override string Trust =>
            "exact: at every exact step taken inside an NAR the intra-type differences are unchanged (rational equality). Double: "
            + "from the last entry T_NAR into the NAR the run stays in until the horizon, "
            + "the differences stay within 1e−9 relative and the normalised radius r/‖θ‖ at the horizon is at most its value at T_NAR; "
            + "the limit itself (t → ∞) is not observable — the verdict rests on the mechanism the proof uses (KKT points in an NAR are perfectly clustered)";
        public override int CostPerCase => 40;

        public override string EvidenceCaveat =>
            "mechanism only: inside an NAR the intra-type differences are frozen by the form of the update itself, so a correct trainer "
            + "cannot violate the exact part (it has power against a wrong trainer, not against the theorem); the convergence in "
            + "direction as t → ∞ is not observed";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("nar", "the trajectory is in an NAR (all neurons of a type agree in strict sign on every point)", "steps outside any NAR checked too",
                Expectation.Counterexample,
                "where two w-neurons disagree on a point their σ' factors differ (1 vs α), so their difference moves"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["neuron-norms-frozen"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            .. FlowClasses("Theorem 6.1"),
            new("exact-in-nar", "Section 13: the mechanism is an identity of the update inside an NAR; the exact steps must visit one", 0.2,
                "at least one of the exact GD steps taken inside an NAR"),
            new("entered-late", "Theorem 6.1: \"from T_NAR on\" — the flow enters the NAR after the start, from outside any NAR", 0.1,
                "the double run enters the NAR it ends in after step 0 (T_NAR > 0)"),
        ];

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FlowCase, FlowOutcome> Outcomes = new();

        public override IEnumerable<string> Classify(FlowCase x)
        {
            foreach (var cls in ClassifyFlow(x)) yield return cls;
            if (!Outcomes.TryGetValue(x, out var o)) yield break;
            if (o.ExactStepInNar) yield return "exact-in-nar";
            if (o.EnteredLate) yield return "entered-late";
        }

        public override FlowCase Generate(Choices c, Context ctx) => GenerateFlow(c, antipodal: false, Interval.Open(0, 1));
        public override string Describe(FlowCase x) => x.ToString();

        internal static Rational[][] Differences(Trainer<Rational> t) =>
            t.W.Select(w => Vec.Sub(w, t.W[0])).Concat(t.U.Select(u => Vec.Sub(u, t.U[0]))).ToArray();

        public override Evaluation Evaluate(FlowCase x, Context ctx)
        {
            var outcome = Outcomes.GetValue(x, _ => new FlowOutcome());
            var exact = new Trainer<Rational>(x.W0, x.U0, x.V, x.Alpha, x.S, x.Eta, Rationalisers.Dyadic(20));
            var inNarSteps = 0;
            // what a step inside an NAR must leave unchanged: the intra-type differences (the wrong variant: the neuron norms)
            Rational[][] Watched() => ctx.Is("neuron-norms-frozen")
                ? exact.W.Concat(exact.U).Select(r => new[] { Vec.NormSquared<Rational>(r) }).ToArray()
                : Differences(exact);
            for (var step = 0; step < ExactSteps; step++)
            {
                var inNar = Runs.InSomeNar(exact, out _, out _);
                var before = Watched();
                exact.GradientStep();
                var after = Watched();
                if (!inNar && !ctx.Weak("nar")) continue;
                inNarSteps++;
                outcome.ExactStepInNar |= inNar;
                if (!before.Zip(after).All(p => p.First.SequenceEqual(p.Second)))
                    return Evaluation.Fails(1,
                        $"exact GD step {step + 1} {(inNar ? "inside" : "outside")} an NAR changed the intra-type differences (or the frozen quantity)");
            }
            if (ctx.Weak("nar")) return Evaluation.Holds($"{inNarSteps} exact steps checked (the weakened hypothesis concerns the exact steps)");
            // double: the reparametrised flow; T_NAR is the last entry into the NAR the run is in at the horizon
            var t = x.DoubleTrainer();
            string? Signature() => Runs.InSomeNar(t, out var cw, out var cu) ? string.Join(",", cw) + "|" + string.Join(",", cu) : null;
            double[][] Diffs() => t.W.Select(w => Vec.Sub(w, t.W[0])).Concat(t.U.Select(u => Vec.Sub(u, t.U[0]))).ToArray();
            double NormalisedRadius() => Measures.Radius(t.Network) / Math.Sqrt(t.G2);
            var sig = Signature();
            var tNar = 0;
            var diffsAtEntry = Diffs();
            var radiusAtEntry = NormalisedRadius();
            for (var step = 1; step <= FlowSteps; step++)
            {
                t.RelativeGradientStep(x.Eta.ToDouble());
                var now = Signature();
                if (now != sig || now is null)
                {
                    sig = now;
                    tNar = step;
                    diffsAtEntry = Diffs();
                    radiusAtEntry = NormalisedRadius();
                }
            }
            // the premise ("stays in an NAR from T_NAR on") unmet within the horizon: discarded and counted, never passed
            if (sig is null) return Evaluation.Discarded($"the run is not in an NAR at the horizon ({FlowSteps} steps): "
                + $"the theorem's hypothesis is not met; {inNarSteps} exact steps were inside an NAR");
            outcome.EnteredLate = tNar > 0;
            var diffsNow = Diffs();
            var scale = t.W.Concat(t.U).Max(r => r.Max(Math.Abs));
            var drift = diffsNow.Zip(diffsAtEntry).Max(p => p.First.Zip(p.Second).Max(q => Math.Abs(q.First - q.Second)));
            if (drift > 1e-12 * scale * FlowSteps)
                return Evaluation.Fails(drift, $"double: intra-type differences drifted by {drift:R} while in the NAR from step {tNar}");
            var radiusNow = NormalisedRadius();
            if (radiusNow > radiusAtEntry * (1 + 1e-9) + 1e-12)
                return Evaluation.Fails(radiusNow - radiusAtEntry, $"r/‖θ‖ grew in the NAR: {radiusAtEntry:R} at T_NAR = {tNar} → {radiusNow:R}");
            return Evaluation.Holds(
                $"{inNarSteps} exact steps inside an NAR with frozen differences; double: in the NAR from step {tNar}, "
                + $"r/‖θ‖ {radiusAtEntry:G4} → {radiusNow:G4}, L_S = {t.Loss():G4}");
        }
    }
}
