using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Numerics;

namespace Verification.Spec;

// Section 15: antipodal data.

public static partial class Sbg
{
    // ---------------------------------------------------------------- Section 15: antipodal data

    public sealed record AntipodalCase(Dataset<Rational> S, Rational Beta)
    {
        public override string ToString() =>
            $"S = [{string.Join("; ", S.X.Select((x, i) => $"{Vec.Format(x)}:{S.Y[i]:+0;-0}"))}], w* = {Vec.Format(S.Teacher!)}, β = {Beta}";
    }

    /// <summary>
    /// Whether V_β⁺(S) (or V_β⁻ with the classes exchanged) is non-empty, decided exactly: v ∈ V_β⁺ iff v̂·x ≥ β on S₊ ∪ {x*} for
    /// some x* ∈ S₋, i.e. iff the max-margin value γ(S₊ ∪ {x*}) = 1/‖θ‖ of min ‖θ‖² s.t. θ·x ≥ 1 is at least β (β &gt; 0).
    /// Returns a witness v, or null.
    /// </summary>
    public static Rational[]? VBetaWitness(Dataset<Rational> s, int positiveClass, Rational beta, bool dropMisclassified = false)
    {
        var own = s.X.Where((_, i) => s.Y[i] == positiveClass).ToList();
        var other = s.X.Where((_, i) => s.Y[i] != positiveClass).ToList();
        var candidates = dropMisclassified ? [own] : other.Select(o => own.Append(o).ToList()).ToList();
        foreach (var a in candidates)
        {
            if (a.Count == 0) continue;
            var sol = MinNormSeparator.SolveExact<Rational>(a);
            if (sol is null) continue;
            if (beta * beta * Vec.NormSquared<Rational>(sol.Theta) <= 1) return sol.Theta; // γ² = 1/‖θ‖² ≥ β²
        }
        return null;
    }

    public sealed class Antipodal : PropertyClaim<AntipodalCase>
    {
        public override string Id => "SBG.Antipodal";
        public override string Where => "Section 15 (and Section 6.2, footnote 6)";
        public override string Statement =>
            "If x ∈ S implies −x ∈ S (S separable with margin 1 by w*), then V_β⁺(S) = V_β⁻(S) = ∅ for every β > 0: Assumption 4 of Theorem 6.2 holds.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting =>
            "d = 1..3 (one case in five up to 5), antipodal S of n = 2..6 points (one case in five 8) separable with margin 1 by w* (−x gets label −y), "
            + "β ∈ (0, 2], also tiny (1/q, q ≤ 10⁴) and beyond every norm (up to 64); "
            + "emptiness of V_β^± decided exactly through the max-margin program on S₊ ∪ {x*} for each misclassifiable x*";
        public override string Trust =>
            "exact: V_β⁺ ≠ ∅ iff for some x* ∈ S₋ the program min ‖θ‖² s.t. θ·x ≥ 1 on S₊ ∪ {x*} is feasible with 1/‖θ‖² ≥ β², "
            + "solved exactly by support enumeration";
        public override int CostPerCase => 2;

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("antipodal", "x ∈ S ⇒ −x ∈ S",
                "one negative point moved orthogonally to w* by t ∈ [2, 8] (still separable with margin 1), β ∈ (0, 1/16]", Expectation.Counterexample,
                "without the mirror point, a direction between a positive point and the moved negative one classifies both positively with margin β"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["drop-misclassified"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("single-pair", "Section 15: the smallest antipodal set, S = {x, −x}", 0.1, "n = 2"),
            new("many-points", "Section 15: any antipodal S", 0.05, "n ≥ 8"),
            new("d-1", "Section 15: x ∈ R^d, d = 1 (every direction is ±w*)", 0.05, "d = 1"),
            new("high-dimension", "Section 15: any d", 0.05, "d ≥ 4"),
            new("margin-equality", "Theorem 6.2: separable with margin 1, y w*·x ≥ 1 at equality", 0.1, "some y w*·x = 1"),
            new("beta-tiny", "Assumption 4: every β > 0, near 0 (the largest sets V_β^±)", 0.05, "β ≤ 1/100"),
            new("beta-large", "Assumption 4: β beyond every point's norm (V_β^± empty for any data)", 0.05, "β > max‖x‖"),
        ];

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Section 15, second paragraph", "\"Assume V_β⁺(S) ≠ ∅, i.e. ∃v ∈ S, s.t. …\"",
                "∃v ∈ R^d \\ {0} (a direction, normalised as v̂)",
                "V_β^± are sets of directions (Section 6.2); v is normalised as v̂ and need not be a data point"),
        ];

        /// <summary>The hypotheses exactly: x ∈ S ⇒ −x ∈ S with the opposite label, y w*·x ≥ 1 on S, β &gt; 0.</summary>
        public static bool HypothesesHold(AntipodalCase x)
        {
            var s = x.S;
            var ws = s.Teacher!;
            bool Mirrored(int i) => Enumerable.Range(0, s.N).Any(j => s.Y[j] == -s.Y[i] && s.X[j].SequenceEqual(s.X[i].Select(t => -t)));
            return x.Beta.Sign > 0 && Enumerable.Range(0, s.N).All(i => Mirrored(i) && s.Y[i] * Vec.Dot<Rational>(ws, s.X[i]) >= 1);
        }

        public override IEnumerable<string> Classify(AntipodalCase x)
        {
            var s = x.S;
            if (s.N == 2) yield return "single-pair";
            if (s.N >= 8) yield return "many-points";
            var d = s.X[0].Length;
            if (d == 1) yield return "d-1";
            if (d >= 4) yield return "high-dimension";
            if (Enumerable.Range(0, s.N).Any(i => s.Y[i] * Vec.Dot<Rational>(s.Teacher!, s.X[i]) == 1)) yield return "margin-equality";
            if (x.Beta <= new Rational(1, 100)) yield return "beta-tiny";
            if (s.X.All(p => Vec.NormSquared<Rational>(p) < x.Beta * x.Beta)) yield return "beta-large";
        }

        public override AntipodalCase Generate(Choices c, Context ctx)
        {
            var d = SizeWide(c, 1, 3, 5);
            var s = SeparableData.Exact(c, d, 2 * SizeWide(c, 1, 3, 4), antipodal: true);
            if (!ctx.Weak("antipodal"))
                return new AntipodalCase(s, c.Int(0, 4) switch
                {
                    3 => new Rational(1, c.Int(100, 10_000)),
                    4 => c.In(Interval.OpenClosed(2, 64), 4),
                    _ => c.In(Interval.OpenClosed(0, 2), 8),
                });
            var ws = s.Teacher!;
            var i = Enumerable.Range(0, s.N).First(j => s.Y[j] < 0);
            var e = c.SmallVector(d, 4, 1);
            e = Vec.Sub(e, Vec.Scale(Vec.Dot<Rational>(e, ws) / Vec.NormSquared<Rational>(ws), ws));
            if (e.All(t => t.Sign == 0) && d > 1) e = Vec.Sub(UnitAxis(d, d - 1), Vec.Scale(ws[d - 1] / Vec.NormSquared<Rational>(ws), ws));
            var xs = s.X.ToArray();
            xs[i] = Vec.Add(xs[i], Vec.Scale(c.In(Interval.Closed(2, 8), 2), e));
            return new AntipodalCase(new Dataset<Rational>(xs, s.Y, ws), c.In(Interval.OpenClosed(0, new Rational(1, 16)), 16));
        }

        private static Rational[] UnitAxis(int d, int i) => Enumerable.Range(0, d).Select(j => j == i ? Rational.One : Rational.Zero).ToArray();

        public override string Describe(AntipodalCase x) => x.ToString();

        public override Evaluation Evaluate(AntipodalCase x, Context ctx)
        {
            var drop = ctx.Is("drop-misclassified");
            var plus = VBetaWitness(x.S, 1, x.Beta, drop);
            var minus = VBetaWitness(x.S, -1, x.Beta, drop);
            if (plus is null && minus is null) return Evaluation.Holds("V_β⁺ = V_β⁻ = ∅");
            var v = plus ?? minus!;
            return Evaluation.Fails(1,
                $"V_β{(plus is not null ? "⁺" : "⁻")} ∋ v = {Vec.Format(v)} (v·x ≥ ‖v‖β on the class and on a point of the other class)");
        }
    }
}
