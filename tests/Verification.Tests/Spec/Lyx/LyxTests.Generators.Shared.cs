using Verification.Data.Lyx;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// The helpers shared by the LYX generators (Lyx.Generators.cs), read through the claims that use them on exact choice sequences:
    /// the subspace basis (orthogonal, and oblique when weakened), points in a block's span, Assumption 1's V with its drawn owners
    /// and one-sign columns, the population vectors' scale, the population case's text and the norm check's detail.
    /// Choices.Int(lo, hi) decodes raw r as lo + r mod (hi − lo + 1); raw 0 (and reads past the end) give the simplest value.
    /// </summary>
    public sealed class SharedGenerators
    {
        private static R Q(int p, int q = 1) => new(p, q);

        private static R[] Row(params int[] xs) => [.. xs.Select(x => Q(x))];

        private static Lyx.Lemma1Case Lemma1(int[] raw, Context ctx) =>
            ((PropertyClaim<Lyx.Lemma1Case>)ClaimAssert.Get("LYX.Lemma1")).Generate(new Choices(raw), ctx);

        /// <summary>All-zero choices: d = 1, k = 1, basis I (the Cayley transform of 0), one point per class of radius 1 and sign +:
        /// x₁ = 1·e₁ ∈ V₁ and x₂ = 1·e₂ ∈ V₂ (the span's coefficients are added, not subtracted).</summary>
        [Fact]
        public void Points_in_a_block_are_their_coefficients_times_its_basis_columns()
        {
            var x = Lemma1([], Context.AsPrinted);
            Assert.Equal(new[] { Row(1, 0), Row(0, 1) }, x.Basis);
            Assert.Equal(Row(1, 0), Assert.Single(x.X1));
            Assert.Equal(Row(0, 1), Assert.Single(x.X2));
        }

        /// <summary>d = 2 (raw 1), basis I from zero skew entries, tilt s = 1 (the only rational of denominator 1 in (0, 2)): column
        /// d + i of the second block is tilted towards column i of the first, e₃ + e₁ and e₄ + e₂.</summary>
        [Fact]
        public void Weakened_basis_tilts_each_second_block_column_towards_its_own_first_block_column()
        {
            var x = Lemma1([1], new Context(Weakened: "orthogonal"));
            Assert.Equal(new[] { Row(1, 0, 0, 0), Row(0, 1, 0, 0), Row(1, 0, 1, 0), Row(0, 1, 0, 1) }, x.Basis);
            Assert.Equal(new[] { Row(1, 0, 0, 0), Row(0, 1, 0, 0), Row(0, 0, 1, 0), Row(0, 0, 0, 1) }, Lemma1([1], Context.AsPrinted).Basis);
        }

        /// <summary>
        /// J Lemma 4.1b's generator reads n (raw 1: n = 3), three block dimensions (1 each), the 3 × 3 Cayley entries (six reads), k
        /// (raw 1: k = 4), v (two reads: v = 1), then Assumption 1's V: the shift (raw 5: 5 mod 3 = 2, so columns 1-3 belong to classes
        /// 3, 1, 2) and, for the extra column 4, the one-sign draw (raw 0 of {0, 1, 2}: all −v) or an owner (raw 3 of {0, 1, 2}: class 1).
        /// </summary>
        public static TheoryData<int, int, int[][]> Owners => new()
        {
            { 0, 0, [[-1, 1, -1, -1], [-1, -1, 1, -1], [1, -1, -1, -1]] },
            { 1, 3, [[-1, 1, -1, 1], [-1, -1, 1, -1], [1, -1, -1, -1]] },
        };

        [Fact]
        public void Assumption1_V_decodes_the_shift_and_the_extra_columns_owner() =>
            Table.Each(Owners, (int oneSign, int owner, int[][] expected) =>
            {
                int[] raw = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 5, oneSign, owner];
                var x = ((PropertyClaim<Lyx.JLemma41bCase>)ClaimAssert.Get("LYX.J.Lemma4.1b")).Generate(new Choices(raw), Context.AsPrinted);
                Assert.Equal((3, 4), (x.N, x.V[0].Length));
                Assert.Equal(expected.Select(r => Row(r)).ToArray(), x.V);
            });

        /// <summary>A column of one sign has every entry strictly negative: a zero column is not one.</summary>
        [Fact]
        public void One_sign_column_needs_strictly_negative_entries()
        {
            var claim = (PropertyClaim<Lyx.JLemma41bCase>)ClaimAssert.Get("LYX.J.Lemma4.1b");
            Lyx.JLemma41bCase Case(R[][] v) => new(2, [1, 1], [], [], [], v, [], 0, Q(1));
            Assert.Empty(claim.Classify(Case([Row(0, 1), Row(0, -1)])));
            Assert.Equal("one-sign-column", Assert.Single(claim.Classify(Case([Row(-1, 1), Row(-1, -1)]))));
        }

        /// <summary>KeyIneq reads the density (m = 1, M = 2, α = 0: five reads), k = 1, two scale factors n/1 (raw 1: n = 1, so the scale
        /// is 1 + 1/39), then w₁'s entries n/q (raw 0 then 1: 1/1; then 0): the w's are small rationals times the scale.</summary>
        [Fact]
        public void Population_vectors_are_small_rationals_times_the_scale()
        {
            var claim = (PropertyClaim<Lyx.PopCase>)ClaimAssert.Get("LYX.KeyIneq");
            var x = claim.Generate(new Choices([0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1]), Context.AsPrinted);
            Assert.Equal((1.0, 2.0, 0.0), (x.M1, x.M2, x.Alpha));
            Assert.Equal(new[] { 1 + 1.0 / 39, 0 }, Assert.Single(x.W));
        }

        [Fact]
        public void Population_case_text_shows_v_V_and_the_biases_only_for_the_journal()
        {
            var x = new Lyx.PopCase(1, 2, 0, [[1, 0]], [[0, 1]], 0.25, [1, 0], 0.5, 0.1, 1, false, 0.5, [[0.5], [-0.5]], [0.25]);
            Assert.EndsWith(", ε=0.5, η=0.1, r=1", x.ToString(), StringComparison.Ordinal);
            Assert.EndsWith($", ε=0.5, η=0.1, r=1, v=0.5, V={LyxGen.Format(x.Vm)}, b_j=(0.25)", (x with { Journal = true }).ToString(),
                StringComparison.Ordinal);
        }

        /// <summary>Lemma 3b on one u = (3, 4) (|u| = 5 &gt; r = 1), w = 0, b = 0, uniform on 1 ≤ |x| ≤ 2: the detail reports |u|² and
        /// |u − ηg|² with g the quadrature's gradient (recomputed here with the claim's tolerance 1e-10).</summary>
        [Fact]
        public void Norm_check_reports_the_squared_norms_before_and_after_the_step()
        {
            var x = new Lyx.PopCase(1, 2, 0, [[0, 0]], [[3, 4]], 0, [], 0, 0.01, 1, false, 0, [], []);
            var e = ((PropertyClaim<Lyx.PopCase>)ClaimAssert.Get("LYX.Lemma3b")).Evaluate(x, Context.AsPrinted);
            var dens = new Verification.Dynamics.Lyx.AnnulusDensity(1, 2, 0);
            var res = Verification.Dynamics.Lyx.Population2D.Conference(dens, x.W, x.U, 0, 1e-10).Compute();
            double nx = 3 - 0.01 * res.Gradient[1][0], ny = 4 - 0.01 * res.Gradient[1][1];
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal($"C_p = {dens.Cp():G6}, err {res.Error:G3}; u_1: |·|² 25 → {nx * nx + ny * ny:G8}", e.Detail);
        }
    }
}
