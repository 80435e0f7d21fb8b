using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

// Section 2 of the conference paper (problem setup): the journal's Assumption 1 on V.
public static partial class Lyx
{
    // ───────────────────────────── LYX.J.Assumption1 ─────────────────────────────

    public sealed record Assumption1Case(int N, int K, R V);

    /// <summary>LYX J Section 2: a V satisfying Assumption 1 exists whenever k ≥ n.</summary>
    public sealed class JAssumption1 : PropertyClaim<Assumption1Case>
    {
        public override string Id => "LYX.J.Assumption1";
        public override string Where => "J Section 2, Assumption 1 and the sentence after it";
        public override string Statement => "As long as k ≥ n, a V = (v_{i,j}) with (1) every class i has some j with v_{i,j} > 0, (2) v_{i,j} > 0 ⇒ v_{r,j} " +
            "< 0 for all r ≠ i, (3) |v_{i,j}| = v, can be constructed.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "construction: v_{i,j} = v if j ≡ i (mod n), −v otherwise; checked exactly against (1)-(3) (item (1) also with j ∈ " +
            "[n] as printed); for k < n all 2^{nk} sign patterns are enumerated.";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("k-at-least-n", "k ≥ n", "k < n", Expectation.Counterexample, "by (2) each column is positive for at most one class, so (1) needs k ≥ n: " +
                "exhaustive search finds no V"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["owner-zero-elsewhere"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("k-equals-n", "J Section 2: k ≥ n at equality", 0.1, "k = n"),
            new("n-at-least-3", "J (1): n classes", 0.2, "n ≥ 3"),
        ];

        public override IEnumerable<string> Classify(Assumption1Case x)
        {
            if (x.K == x.N) yield return "k-equals-n";
            if (x.N >= 3) yield return "n-at-least-3";
        }

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "J Assumption 1 (1)", "for any i ∈ [n] there exists some j ∈ [n] such that v_{i,j} > 0",
                "j ∈ [k] (a column index); the construction checks both", "j indexes the k neurons; with j ∈ [n] the assumption would " +
                    "constrain only the first n columns"),
            new(FindingKind.Textual, "J Section 2, (1) and Assumption 1", "V = (v_{i,j}) ∈ R^{k×n}; f_i = Σ_{j=1}^{n} v_{i,j} σ(h_j)",
                "V ∈ R^{n×k} (row i for class i, column j for neuron j) and f_i = Σ_{j=1}^{k} v_{i,j} σ(h_j)",
                "f = Vσ(Wᵀx) with W ∈ R^{d×k} needs V with k columns, and i ∈ [n], j ∈ [k] as indexed throughout"),
            new(FindingKind.Textual, "J Assumption 1 vs the construction the code uses elsewhere", "any V with (1)-(3)",
                "every V with (1)-(3), columns of one sign (all −v) included, in the journal claims' generators",
                "(2) only restricts columns with a positive entry; a column of one sign is allowed and breaks the earlier correction of J Prop 1"),
        ];

        public override Assumption1Case Generate(Choices c, Context ctx)
        {
            var n = c.Int(1, 4);
            var k = ctx.Weak("k-at-least-n") ? c.Int(1, 3) : n + c.Int(0, 3);
            if (ctx.Weak("k-at-least-n") && k >= n) n = k + 1;
            return new Assumption1Case(n, k, c.In(Interval.OpenClosed(Q(0), Q(3)), 4));
        }

        public override Evaluation Evaluate(Assumption1Case x, Context ctx)
        {
            if (x.K >= x.N)
            {
                var v = JournalNet<R>.ConstructV(x.N, x.K, x.V);
                if (ctx.Is("owner-zero-elsewhere")) for (var i = 0; i < x.N; i++) for (var j = 0; j < x.K; j++) if (v[i][j].Sign < 0) v[i][j] = R.Zero;
                var item1n = Enumerable.Range(0, x.N).All(i => Enumerable.Range(0, Math.Min(x.N, x.K)).Any(j => v[i][j].Sign > 0));
                return Evaluation.Require(JournalNet<R>.SatisfiesAssumption1(v) && item1n, 1, $"constructed V = {LyxGen.Format(v)}");
            }
            for (long mask = 0; mask < 1L << (x.N * x.K); mask++)
            {
                var v = Enumerable.Range(0, x.N).Select(i => Enumerable.Range(0, x.K)
                    .Select(j => ((mask >> (i * x.K + j)) & 1) == 1 ? x.V : -x.V).ToArray()).ToArray();
                if (JournalNet<R>.SatisfiesAssumption1(v)) return Evaluation.Holds($"found {LyxGen.Format(v)}");
            }
            return Evaluation.Fails(1, $"no V with k = {x.K} < n = {x.N} satisfies Assumption 1 (all 2^{x.N * x.K} sign patterns)");
        }
    }
}
