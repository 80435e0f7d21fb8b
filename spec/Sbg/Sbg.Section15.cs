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
            "d = 1..3, antipodal S of n = 2..6 points separable with margin 1 by w* (−x gets label −y), β ∈ (0, 2]; "
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

        public override AntipodalCase Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 3);
            var s = SeparableData.Exact(c, d, 2 * c.Int(1, 3), antipodal: true);
            if (!ctx.Weak("antipodal")) return new AntipodalCase(s, c.In(Interval.OpenClosed(0, 2), 8));
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
