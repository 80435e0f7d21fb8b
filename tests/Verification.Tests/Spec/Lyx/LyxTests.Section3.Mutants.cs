using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 3 (LYX.Markov): the case description, the argmax-tie class on a mixed data set, the generator on fixed
    /// choices (the branch each first choice selects, the number of points, both labels) and the journal's margin-1/2 loss.</summary>
    public sealed class Section3Mutants
    {

        private static readonly R[][] V2 = [[1, -1], [-1, 1]];
        private static readonly R[][] Id2 = [[1, 0], [0, 1]];

        private static Lyx.MarkovCase Jour(params (R[] X, int Y)[] data) => new(true, Id2, [], 0, [0, 0], V2, [.. data]);

        [Fact]
        public void Markov_case_description_names_the_network()
        {
            var conf = new Lyx.MarkovCase(false, [[1, 0]], [[0, 0]], Q(1, 2), [], [], [(V(1, 0), 1)]);
            Assert.StartsWith("conference: b=1/2, W=", conf.ToString(), StringComparison.Ordinal);
            Assert.StartsWith("journal: V=", Jour((V(1, 0), 0)).ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Markov_argmax_tie_needs_only_one_tied_point()
        {
            // f(1, 1) = (0, 0) ties, f(1, 0) = (1, −1) does not: one tied point is enough for the class
            Assert.Contains("argmax-tie", Markov.Classify(Jour((V(1, 1), 0), (V(1, 0), 0))));
            Assert.Contains("argmax-tie", Markov.Classify(Jour((V(1, 0), 0), (V(1, 1), 0))));
        }

        [Fact]
        public void Markov_generator_first_choice_selects_the_network_and_zeros_give_one_point()
        {
            // all choices 0: c.Bool() = false (conference), one point (c.Int(1, 5) = 1) with label −1 (c.Bool() = false)
            var conf = Markov.Generate(new Choices(new int[40]), Context.AsPrinted);
            Assert.False(conf.Journal);
            Assert.Single(conf.Data);
            Assert.Equal(-1, conf.Data[0].Y);
            // first choice 1: journal, n = 2, one point of class 0
            var raw = new int[60];
            raw[0] = 1;
            var jour = Markov.Generate(new Choices(raw), Context.AsPrinted);
            Assert.True(jour.Journal);
            Assert.Single(jour.Data);
            Assert.Equal(0, jour.Data[0].Y);
            Assert.Equal(2, jour.Vm.Length);
        }

        [Fact]
        public void Markov_generator_draws_one_to_five_points_with_both_labels()
        {
            var cases = GeneratedCases.Of(Markov, 80).ToList();
            Assert.All(cases, x => Assert.InRange(x.Data.Count, 1, 5));
            Assert.Contains(cases, x => x.Data.Count == 5 && !x.Journal);
            Assert.Contains(cases, x => x.Data.Count == 5 && x.Journal);
            var labels = cases.Where(x => !x.Journal).SelectMany(x => x.Data.Select(p => p.Y)).ToHashSet();
            Assert.Equal(new[] { -1, 1 }, labels.Order().ToArray());
            Assert.All(cases.Where(x => x.Journal), x => Assert.All(x.Data, p => Assert.InRange(p.Y, 0, x.Vm.Length - 1)));
        }

        [Fact]
        public void Markov_journal_margin_half_sums_only_the_other_classes()
        {
            // f(1, 0) = (1, −1), label 0: the margin-1/2 loss is σ(1/2 − f_0 + f_1) = σ(−3/2) = 0 (the term r = y is left out)
            var e = Markov.Evaluate(Jour((V(1, 0), 0)), new Context(Variant: "margin-half"));
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("P[ŷ ≠ y] = 0, l(W) = 0", e.Detail);
            // label 1: σ(1/2 − (−1) + 1) = 5/2, misclassified
            Assert.Equal("P[ŷ ≠ y] = 1, l(W) = 5/2", Markov.Evaluate(Jour((V(1, 0), 1)), new Context(Variant: "margin-half")).Detail);
        }
        [Fact]
        public void Remark1_corrected_runs_exactly_three_steps()
        {
            // d = 1, b = 0, w = 1, u = −3/2, data 2 and −1, η = 1/2: at x = 2, f = 2 (no loss, no gradient); at x = −1 w is inactive and
            // f = −σ(−u) = u, so ∇_w = 0 and u grows by 1/4 a step: l_1 = 5/4, 9/8, 1 at steps 0-2 (held), 7/8 only at a fourth step
            var remark1 = (Lyx.Remark1)ClaimAssert.Get("LYX.Remark1");
            var x = new Lyx.Remark1Case(0, [V(1)], [[Q(-3, 2)]], [V(2), V(-1)], Q(1, 2));
            var e = ((Lyx.Remark1Corrected)remark1.Corrected!).Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("w_j fixed and l_1 ≥ 1 over three exact steps", e.Detail);
        }
    }
}
