using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>Section 15: the antipodal claim's classifier, its exact V_β^± decision at the γ = β edge, and its evaluation.</summary>
    public sealed class Section15Evaluation
    {
        private static Rational Q(int p, int q) => new(p, q);

        private static readonly Sbg.Antipodal Claim = new();

        /// <summary>An antipodal set: each point with label +1 and its mirror with −1; w* = e₁.</summary>
        private static Dataset<Rational> Antipodal(params Rational[][] positives)
        {
            var d = positives[0].Length;
            var xs = positives.Concat(positives.Select(p => p.Select(t => -t).ToArray())).ToList();
            var ys = positives.Select(_ => 1).Concat(positives.Select(_ => -1)).ToList();
            return new Dataset<Rational>(xs, ys, Enumerable.Range(0, d).Select(i => i == 0 ? Rational.One : Rational.Zero).ToArray());
        }

        public static TheoryData<string, Sbg.AntipodalCase, string[]> Cases() => new()
        {
            { "one pair at margin 1, β = 1/100", new(Antipodal([1]), Q(1, 100)), ["single-pair", "d-1", "margin-equality", "beta-tiny"] },
            { "one pair, β just above 1/100", new(Antipodal([2]), Q(101, 10_000)), ["single-pair", "d-1"] },
            { "n = 8, d = 4, β beyond every norm", new(Antipodal([2, 0, 0, 0], [2, 1, 0, 0], [3, 0, 0, 0], [2, 0, 1, 0]), 4),
                ["many-points", "high-dimension", "beta-large"] },
            // n = 6, d = 3, β = 3 = the largest norm (not beyond it), margins 2, 3, 2
            { "n = 6, d = 3, β at the largest norm", new(Antipodal([2, 0, 0], [3, 0, 0], [2, 1, 0]), 3), [] },
            { "margin 1 on a negative point only", new(new Dataset<Rational>([[2], [-1]], [1, -1], [Rational.One]), 1),
                ["single-pair", "d-1", "margin-equality"] },
        };

        [Fact]
        public void Antipodal_classifies_each_case_into_exactly_its_classes() => Table.Each(Cases(), (string name, Sbg.AntipodalCase x, string[] expected) =>
        {
            Assert.Equal(expected.ToHashSet(), Claim.Classify(x).ToHashSet());
        });

        [Fact]
        public void Hypothesis_check_needs_every_point_mirrored_and_at_margin()
        {
            var ws = new[] { Rational.One };
            // (1):+, (−1):−, (2):+ — the last point has no mirror
            Assert.False(Sbg.Antipodal.HypothesesHold(new(new Dataset<Rational>([[1], [-1], [2]], [1, -1, 1], ws), 1)));
            // mirrored, but (1/2) has margin 1/2 < 1
            Assert.False(Sbg.Antipodal.HypothesesHold(new(Antipodal([1], [Q(1, 2)]), 1)));
            Assert.True(Sbg.Antipodal.HypothesesHold(new(Antipodal([1], [2]), 1)));
        }

        [Fact]
        public void V_beta_witness_exists_exactly_when_the_max_margin_is_at_least_beta()
        {
            // S₊ = {(2)} alone (the misclassified points dropped): θ = 1/2, γ = 2
            var s = new Dataset<Rational>([[2]], [1], [Rational.One]);
            Assert.Equal(new[] { Q(1, 2) }, Sbg.VBetaWitness(s, 1, 2, dropMisclassified: true)!);       // γ = β
            Assert.Equal(new[] { Q(1, 2) }, Sbg.VBetaWitness(s, 1, Q(1, 2), dropMisclassified: true)!); // γ > β
            Assert.Null(Sbg.VBetaWitness(s, 1, Q(201, 100), dropMisclassified: true));          // γ < β
            Assert.Null(Sbg.VBetaWitness(s, 1, 3, dropMisclassified: true));
            // S₊ = {(1)}: θ = 1, γ = 1
            var one = new Dataset<Rational>([[1]], [1], [Rational.One]);
            Assert.NotNull(Sbg.VBetaWitness(one, 1, 1, dropMisclassified: true));
            Assert.Null(Sbg.VBetaWitness(one, 1, 2, dropMisclassified: true));
            // no point of the class at all: nothing to separate, no witness
            Assert.Null(Sbg.VBetaWitness(one, -1, 1, dropMisclassified: true));
            // with a point of the other class: S₊ ∪ {x*} = {(2), (1)} gives θ = 1, γ = 1
            var two = new Dataset<Rational>([[2], [1]], [1, -1], [Rational.One]);
            Assert.Equal(new[] { Rational.One }, Sbg.VBetaWitness(two, 1, 1)!);
            Assert.Null(Sbg.VBetaWitness(two, 1, 2));
        }

        [Fact]
        public void Evaluation_names_the_non_empty_set_and_its_witness()
        {
            // V_β⁺ ∋ (1): S₊ = {(2)} with x* = (1); S₋ = {(1), (−3)} is not separable from the origin, so V_β⁻ = ∅
            var plus = Claim.Evaluate(new(new Dataset<Rational>([[2], [1], [-3]], [1, -1, -1], [Rational.One]), Q(1, 2)), Context.AsPrinted);
            Assert.Equal(Status.Fails, plus.Status);
            Assert.StartsWith("V_β⁺ ∋ v = (1)", plus.Detail, StringComparison.Ordinal);
            // the mirror image: only V_β⁻ is non-empty
            var minus = Claim.Evaluate(new(new Dataset<Rational>([[-2], [-1], [3]], [-1, 1, 1], [Rational.One]), Q(1, 2)), Context.AsPrinted);
            Assert.Equal(Status.Fails, minus.Status);
            Assert.StartsWith("V_β⁻ ∋ v = (-1)", minus.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Holds, Claim.Evaluate(new(Antipodal([1], [2]), Q(1, 2)), Context.AsPrinted).Status);
        }

        [Fact]
        public void Weakened_generator_keeps_margin_1_and_beta_positive_but_breaks_antipodality_somewhere()
        {
            var broken = 0;
            foreach (var x in GeneratedCases.Of(Claim, 400, seed: 15, ctx: new Context(Weakened: "antipodal")))
            {
                var s = x.S;
            Assert.True(x.Beta.Sign > 0, x.ToString());
                for (var i = 0; i < s.N; i++)
                    Assert.True(s.Y[i] * Vec.Dot<Rational>(s.Teacher!, s.X[i]) >= 1, $"margin broken: {x}");
                if (!Sbg.Antipodal.HypothesesHold(x)) broken++;
            }
            Assert.True(broken > 100, $"{broken} of 400 weakened cases not antipodal");
        }
    }
}
