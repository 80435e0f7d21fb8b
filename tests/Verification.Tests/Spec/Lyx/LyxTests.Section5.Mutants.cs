using Verification.Arithmetic;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 5 (Lemma 3 files): the case description and first generator choice of Lemma 3a, the column test and the
    /// violation of its journal branch, the C_p evaluation where the two mutated forms of the centre section differ, the C_p
    /// generators on fixed choices, and the square-crossing test and vector selection of the shrinking-norm claims.</summary>
    public sealed class Section5Mutants
    {

        /// <summary>d = 1, class-0 point x = 1, b_j = 0, w_1 = 1, w_2 = 2, V = [[1, 0], [−1, 1]] (v_{1,2} = 0: neither sign).</summary>
        private static Lyx.Lemma3aCase ZeroColumn(Rational eta) =>
            new(true, 1, 0, [V(1), V(2)], [], [0, 0], [V(1, 0), V(-1, 1)], [V(1)], eta);

        [Fact]
        public void Lemma3a_case_description_names_the_network()
        {
            Assert.StartsWith("journal, d=1, η=1/2", ZeroColumn(Q(1, 2)).ToString(), StringComparison.Ordinal);
            var conf = new Lyx.Lemma3aCase(false, 2, 0, [V(1, 0)], [V(0, 1)], [], [], [V(1, 0)], Q(1, 4));
            Assert.StartsWith("conference, d=2, η=1/4", conf.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Lemma3a_generator_first_choice_selects_the_network()
        {
            // raw 0 decodes c.Bool() to false: the conference network; raw 1 to true: the journal network
            Assert.False(Lemma3a.Generate(new Choices(new int[80]), Context.AsPrinted).Journal);
            var raw = new int[80];
            raw[0] = 1;
            Assert.True(Lemma3a.Generate(new Choices(raw), Context.AsPrinted).Journal);
        }

        [Fact]
        public void Lemma3a_journal_checks_only_columns_with_v1j_positive_not_zero()
        {
            // step 0: h = (1, 2), f = (1, 1), so f_0 < f_1 + 1: w_1 += η(1 − (−1)) = 2, w_2 += η(0 − 1) = 3/2 (|w_2|² 4 → 9/4, but v_{1,2} = 0
            // is not > 0); step 1: f = (2, −1/2), no active margin, the weights stay
            var e = Lemma3a.Evaluate(ZeroColumn(Q(1, 2)), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("|w_j| (v_{1,j} > 0) non-decreasing over three steps", e.Detail);
        }

        [Fact]
        public void Lemma3a_journal_violation_is_the_drop_of_the_squared_norm()
        {
            // ascent with η = 1/4: w_1 = 1 − (1/4)·2 = 1/2, so |w_1|² drops from 1 to 1/4 by 3/4 (not 1 + 1/4)
            var e = Lemma3a.Evaluate(ZeroColumn(Q(1, 4)), new Context(Variant: "ascent"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.75, e.Violation);
            Assert.Equal("step 0: |w_1|² 1 → 1/4", e.Detail);
        }

        [Fact]
        public void Cp_centre_section_is_4_times_the_squared_width()
        {
            // m = 1, M = 3: 4(M − m)² = 16 > M² = 9 (a width M − m ≠ 1, so 4(M − m)² differs from 4)
            var e = Cp.Evaluate(new Lyx.CpCase(2, 1, 3, 0), new Context(Variant: "section-at-origin"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(7, e.Violation);
            Assert.Equal("(C_p/p)² = 16, (bound/p)² = 9", e.Detail);
        }

        [Fact]
        public void Cp_corrected_in_space_holds_at_equality_m_zero()
        {
            // m = 0: π(M² − m²) = πM², the corrected bound holds with equality
            var e = CpCorrected.Evaluate(new Lyx.CpCase(3, 0, 2, 0), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("π(M² − m²) ≤ πM²", e.Detail);
        }

        [Fact]
        public void Cp_generators_decode_fixed_choices()
        {
            // d: raw 0 → 2 (raw 1 → 3); m: denominator 1, offset 0 → 1; c.Int(0, 7) = 0 → thin: M = m + (m/4)·u with u: denominator 2,
            // offset 0 → 1/2, so M = 9/8; α (corrected, d = 2 only): raw 1 → 1
            int[] plane = [0, 0, 0, 0, 1, 0, 1], space = [1, 0, 0, 0, 1, 0, 1];
            AssertCase(CpCorrected.Generate(new Choices(plane), Context.AsPrinted), 2, Q(9, 8), 1);
            AssertCase(Cp.Generate(new Choices(plane), Context.AsPrinted), 2, Q(9, 8), 0);
            AssertCase(CpCorrected.Generate(new Choices(space), Context.AsPrinted), 3, Q(9, 8), 0);
        }

        private static void AssertCase(Lyx.CpCase x, int d, Rational bigM, double alpha)
        {
            Assert.Equal(d, x.D);
            Assert.Equal(Q(1), x.Mmin);
            Assert.Equal(bigM, x.Mmax);
            Assert.Equal(alpha, x.Alpha);
        }

        /// <summary>A conference case on 1 ≤ |x| ≤ 2 with the square bump (λ = 1/10, centre (cx, cy), ε = 1/4) and one u.</summary>
        private static Lyx.PopCase Bump(double[] u, double cx, double cy) =>
            new(1, 2, 0, [[0, 0]], [u], 0, [], 0, 0.001, 0.5, false, 0, [], [], [0.1, cx, cy, 0.25]);

        public static TheoryData<double[], double, double, bool> Crossings => new()
        {
            // corner values ⟨u, c + tε⟩: only the named corner is negative, so it alone decides the crossing (exact in binary)
            { [1, 1], -1, 1.25, true },        // corner (−1, −1): −1/4; (±1, ∓1): 1/4; (1, 1): 3/4
            { [1, -1], 1.25, 1, true },        // corner (−1, 1): −1/4
            { [-1, 1], 1, 1.25, true },        // corner (1, −1): −1/4
            { [1, 0], -0.25, 1.5, false },     // corners −1/2 and 0: the line touches the square, no sign change
            { [1, 0], -1, 1.25, false },       // all corners negative
        };

        [Fact]
        public void ShrinkingNorms_bump_cut_needs_corners_of_both_strict_signs() =>
            Table.Each(Crossings, (double[] u, double cx, double cy, bool cut) =>
                Assert.Equal(cut, Lyx.ShrinkingNorms.Classify(Bump(u, cx, cy), false).Contains("bump-cut-by-neuron")));

        [Fact]
        public void ShrinkingNorms_journal_shrinking_vectors_are_the_negative_columns_only()
        {
            // v_{1,1} = 1, v_{1,2} = 0, v_{1,3} = −1: only w_3
            double[][] w = [[1, 0], [0, 1], [1, 1]];
            var x = new Lyx.PopCase(1, 2, 0, w, [], 0, [], 0, 0.001, 0.5, true, 1, [[1, 0, -1], [-1, 1, -1]], new double[3]);
            Assert.Same(w[2], Assert.Single(Lyx.ShrinkingNorms.Shrinking(x, true)));
        }

        [Fact]
        public void ShrinkingNorms_names_the_vectors_from_one()
        {
            // radial conference, radial journal (w_2 with v_{1,2} = −1) and the bump: each detail names its vector from 1
            var conf = new Lyx.PopCase(1, 2, 0, [[0, 0]], [[1, 0]], 0, [], 0, 0.001, 0.5, false, 0, [], []);
            Assert.Contains("; u_1: |·|² 1 → ", Lemma3b.Evaluate(conf, Context.AsPrinted).Detail, StringComparison.Ordinal);
            var jour = new Lyx.PopCase(1, 2, 0, [[0, 0], [1, 0]], [], 0, [], 0, 0.001, 0.5, true, 1, [[1, -1], [-1, 1]], new double[2]);
            Assert.Contains("; w_2: |·|² 1 → ", JLemma.Evaluate(jour, Context.AsPrinted).Detail, StringComparison.Ordinal);
            Assert.Contains("; u_1: |·|² 1 → ", Lemma3b.Evaluate(Bump([1, 0], -1, 1.25), Context.AsPrinted).Detail, StringComparison.Ordinal);
        }
        /// <summary>A journal case on 1 ≤ |x| ≤ 2, v = 1, r = 1/2, η = 1/100, radial (bump null) or with the square bump of
        /// <see cref="Bump"/> at centre (−1, 5/4).</summary>
        private static Lyx.PopCase JourPop(double[][] w, double[][] vm, double[]? bump) =>
            new(1, 2, 0, w, [], 0, [], 0, 0.01, 0.5, true, 1, vm, new double[w.Length], bump);

        [Fact]
        public void ShrinkingNorms_journal_evaluation_skips_a_column_with_v1j_zero()
        {
            // V = [[0, −1], [−1, 1]]: only w_2 (v_{1,2} = −1) is a shrinking vector; w_1 (v_{1,1} = 0) is neither named nor stepped
            double[][] vm = [[0, -1], [-1, 1]];
            foreach (var bump in new[] { null, new[] { 0.1, -1, 1.25, 0.25 } })
            {
                var d = JLemma.Evaluate(JourPop([[1, 0], [0, 1]], vm, bump), Context.AsPrinted).Detail;
                Assert.Contains("; w_2: |·|² 1 → ", d, StringComparison.Ordinal);
                Assert.DoesNotContain("w_1", d, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void ShrinkingNorms_bump_journal_gradient_sums_the_coefficients_over_the_other_classes()
        {
            // n = 3, k = 1, V = [[−1], [1], [1]] (two owners, outside Assumption 1 on purpose): ∇ = Σ_r (v_{r,1} − v_{1,1}) E[1_{x_1 > 0} x]
            // = 4 E[…], not the largest term 2 E[…]; the step w − η∇ is recomputed here in the evaluation's order of operations
            var mix = new Verification.Dynamics.Lyx.SquareBumpMixture(new Verification.Dynamics.Lyx.AnnulusDensity(1, 2, 0), 0.1, -1, 1.25, 0.25);
            var (_, e) = mix.HalfPlane([1, 0]);
            double nx = 1 - 0.01 * (4 * e[0]), ny = 0 - 0.01 * (4 * e[1]);
            var d = JLemma.Evaluate(JourPop([[1, 0]], [[-1], [1], [1]], [0.1, -1, 1.25, 0.25]), Context.AsPrinted).Detail;
            Assert.Contains($"; w_1: |·|² {1.0:G8} → {nx * nx + ny * ny:G8}", d, StringComparison.Ordinal);
        }
        [Fact]
        public void Lemma3a_checks_exactly_three_steps()
        {
            // outside b ≥ 0, found by an exact search: |w_1| does not shrink at steps 0-2 and shrinks only at a fourth step (t = 3)
            // conference: d = 1, b = −2, w = u = 0, data 3/2, −3/2, −3/2, η = 1/4: |w_1|² 9/64 → 1/16 at t = 3
            var conf = new Lyx.Lemma3aCase(false, 1, -2, [V(0)], [V(0)], [], [], [[Q(3, 2)], [Q(-3, 2)], [Q(-3, 2)]], Q(1, 4));
            Assert.Equal("|w_j| non-decreasing over three steps", Lemma3a.Evaluate(conf, Context.AsPrinted).Detail);
            // journal: V = [[1, −1], [−1, 1]], b_j = (−1, 0), w = (0, −3/2), class-1 data 1, 2, −2, η = 1/4: |w_1|² 1/9 → 0 at t = 3
            var jour = new Lyx.Lemma3aCase(true, 1, 0, [V(0), [Q(-3, 2)]], [], [-1, 0], [V(1, -1), V(-1, 1)], [V(1), V(2), V(-2)], Q(1, 4));
            Assert.Equal("|w_j| (v_{1,j} > 0) non-decreasing over three steps", Lemma3a.Evaluate(jour, Context.AsPrinted).Detail);
        }
    }
}
