using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 5 (LYX.KeyIneq): the detail lines of both evaluations (header, one line per neuron with mass, its sign), the
    /// coefficient |v_{1,j} − v_{r,j}| of the journal form, its corrected right side under C_p/4, and the neuron loop over 2k.</summary>
    public sealed class Section5KeyMutants
    {

        /// <summary>E[1_{x_1 > 0} x_1] for the uniform density on 1 ≤ |x| ≤ 2: 14/(9π).</summary>
        private static readonly double HalfMoment = 14 / (9 * Math.PI);

        /// <summary>C_p of the uniform density on 1 ≤ |x| ≤ 2: 2p√3 with p = 1/(3π).</summary>
        private static readonly double UniformCp = 2 * Math.Sqrt(3) / (3 * Math.PI);

        private static Lyx.PopCase Conf(double[][] w, double[][] u) => new(1, 2, 0, w, u, 0, [], 0, 0, 0, false, 0, [], []);

        private static Lyx.PopCase Jour(double[][] w, double[][] vm, double v) => new(1, 2, 0, w, [], 0, [], 0, 0, 0, true, v, vm, new double[w.Length]);

        /// <summary>The finding (b): n = 3, only w_2 = (1, 0), owned by class 2.</summary>
        private static readonly Lyx.PopCase FindingB = Jour([[0, 0], [1, 0], [0, 0]], [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]], 1);

        [Fact]
        public void KeyInequality_journal_detail_has_the_header_and_only_neurons_with_mass()
        {
            // w_1 = w_3 = 0 carry no mass (Σ P² = 0) and get no line; w_2 has v_{1,2} = −1
            var d = Key.Evaluate(FindingB, Context.AsPrinted).Detail;
            Assert.StartsWith("journal, n = 3, v = 1, C_p = ", d, StringComparison.Ordinal);
            Assert.Contains("; neuron 2 (−): |⟨∇, w̃⟩| = ", d, StringComparison.Ordinal);
            Assert.DoesNotContain("neuron 1 ", d, StringComparison.Ordinal);
            Assert.DoesNotContain("neuron 3 ", d, StringComparison.Ordinal);
        }

        [Fact]
        public void KeyInequality_journal_corrected_fails_with_a_quarter_of_C_p()
        {
            // C_p/4: (v/(C_p/4)) P[Ω_{1,2}]² = 4 · 1/4 / C_p = 1/C_p against |⟨∇, w̃⟩| = 2 · 14/(9π) (the r = 3 term has coefficient 0);
            // quadrature at tolerance 1e-10, so 1e-7 is ample
            var e = KeyCorrected.Evaluate(FindingB, new Context(Variant: "cp-times-4"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1 / UniformCp - 2 * HalfMoment, e.Violation, 1e-7);
        }

        [Fact]
        public void KeyInequality_journal_coefficient_is_the_difference_of_the_entries()
        {
            // n = 2, V = [[1, 0], [−1, 1]], v = 1/2: coefficients |1 − (−1)| = 2 and |0 − 1| = 1, both ≥ 1, so the layer-cake bound
            // E ≥ P²/(2C_p) gives |⟨∇, w̃⟩| ≥ (1/2)P²/C_p for both neurons (a sum 1 + (−1) = 0 would leave neuron 1 with nothing)
            var e = Key.Evaluate(Jour([[1, 0], [0, 1]], [[1, 0], [-1, 1]], 0.5), Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            // the sign shown is that of v_{1,j}; 0 is not positive
            Assert.Contains("; neuron 1 (+): ", e.Detail, StringComparison.Ordinal);
            Assert.Contains("; neuron 2 (−): ", e.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void KeyInequality_conference_detail_has_the_header_and_only_neurons_with_mass()
        {
            // w = (1/1000, 0), u = 0: neuron 1 (w_1) has P = 1/2, neuron 2 (u_1) has no mass
            var d = Key.Evaluate(Conf([[0.001, 0]], [[0, 0]]), Context.AsPrinted).Detail;
            Assert.StartsWith("C_p = ", d, StringComparison.Ordinal);
            Assert.Contains("; neuron 1: E = ", d, StringComparison.Ordinal);
            Assert.DoesNotContain("neuron 2", d, StringComparison.Ordinal);
        }

        [Fact]
        public void KeyInequality_conference_loops_over_all_2k_neurons()
        {
            // k = 2, only w_2 = (1/1000, 0) is non-zero: the unsquared form fails at neuron 2 (index 1 of 2k = 4), as for k = 1
            var e = Key.Evaluate(Conf([[0, 0], [0.001, 0]], [[0, 0], [0, 0]]), Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1 / (4 * UniformCp) - HalfMoment, e.Violation, 1e-7);
            Assert.Contains("; neuron 2: E = ", e.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void KeyInequality_weakened_bias_decides_both_sides_of_the_margin()
        {
            // Status only: the evaluation's E and P are an 800 × 80 midpoint estimate, and a test that re-ran the same grid would
            // only compare the code with a copy of itself. Both cases sit far from the 0.02 margin the estimate is allowed.
            // a tilted case (u = w = (1, 1/2), so f = 0 and Ω = {⟨w, x⟩ > −1/20}; p ∝ |x|): E ≈ 0.51 against P²/(2C_p) − 0.02 ≈ 0.38, so it
            // holds; and the symmetric b = −1 case of the population oracles (E ≈ 0 < P²/(2C_p) − 0.02: fails)
            var holds = new Lyx.PopCase(1, 2, 1, [[1, 0.5]], [[1, 0.5]], -0.05, [], 0, 0, 0, false, 0, [], []);
            var fails = Conf([[1, 0]], [[0, 0]]) with { B = -1 };
            Assert.Equal(Status.Holds, Key.Evaluate(holds, Context.AsPrinted).Status);
            var f = Key.Evaluate(fails, Context.AsPrinted);
            Assert.Equal(Status.Fails, f.Status);
            Assert.True(f.Violation > 0.02, $"violation {f.Violation} within the estimate's margin");
        }
    }
}
