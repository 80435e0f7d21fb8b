using Verification.Arithmetic;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 5 edges the oracles left open: Lemma 4's weakened generator and wrong sign test, Remark 3's case text and
    /// Monte Carlo design, and the generator of LYX.Remark3.Count (rotation, spacing, negation, the degenerate arrangements).</summary>
    public sealed class Section5Edges
    {
        private static readonly Context WrongSignTest = new(Variant: "sign-test-d-subsets");

        private static Lyx.Lemma4Case L4(int d, params int[][] w) => new(d, [.. w.Select(v => V(v))]);

        private static Rational Dot(Rational[] a, Rational[] b) => Vec.Dot<Rational>(a, b);

        [Fact]
        public void Lemma4_weakened_generator_adds_two_rotated_axes_in_space()
        {
            // d = 3: after the antipodal and the repeated point come q e1 and q e2, an orthonormal pair (q is orthogonal)
            var space = GeneratedCases.Of(Lemma4, 200, ctx: new Context(Weakened: "general-position")).Where(x => x.D == 3).ToList();
            Assert.NotEmpty(space);
            Assert.All(space, x =>
            {
                Assert.True(x.W.Count >= 5);
                Assert.Equal(Q(1), Dot(x.W[^2], x.W[^2]));
                Assert.Equal(Q(1), Dot(x.W[^1], x.W[^1]));
                Assert.Equal(Q(0), Dot(x.W[^2], x.W[^1]));
            });
        }

        public static TheoryData<Lyx.Lemma4Case, string> WrongSignTestCases => new()
        {
            // the dependent pairs (±e1, 2e1) and (±e2) have null spaces e2 and e1 with points strictly on both sides: the wrong test
            // finds no one-sided direction and agrees with the other forms (0 is interior)
            { L4(2, [1, 0], [2, 0], [0, 1], [0, -1], [-1, 0]), "(1) True, (2) True, (3) True, (4) True" },
            // the pair ±e2 has null space e1, and the third point lies on one side of it with the pair on the line: one-sided (closed)
            { L4(2, [0, 1], [0, -1], [1, 0]), "(1) False, (2) False, (3) False, (4) False" },
            { L4(2, [0, 1], [0, -1], [-1, 0]), "(1) False, (2) False, (3) False, (4) False" },
        };

        [Fact]
        public void Lemma4_wrong_sign_test_on_dependent_pairs() =>
            Table.Each(WrongSignTestCases, (Lyx.Lemma4Case x, string detail) =>
            {
                var e = Lemma4.Evaluate(x, WrongSignTest);
                Assert.Equal(Status.Holds, e.Status);
                Assert.Equal(detail, e.Detail);
            });

        [Fact]
        public void Remark3_case_text_names_a_shift_only_when_there_is_one()
        {
            Assert.Equal("k=3, d=2", new Lyx.Remark3Case(3, 2, Rational.Zero).ToString());
            Assert.Equal("k=3, d=2, Monte Carlo shift μ = 3/2", new Lyx.Remark3Case(3, 2, Q(3, 2)).ToString());
        }

        [Theory]
        [InlineData(1, 2000)]
        [InlineData(2, 2000)]
        [InlineData(3, 300)]
        public void Remark3_monte_carlo_samples_per_dimension(int d, int samples) => Assert.Equal(samples, Lyx.Remark3.SamplesFor(d));

        private static List<Lyx.CountCase> Printed() => [.. GeneratedCases.Of(Count, 200)];

        private static List<Lyx.CountCase> Weakened() => [.. GeneratedCases.Of(Count, 300, ctx: new Context(Weakened: "general-position"))];

        [Fact]
        public void Remark3_count_generator_rotates_the_moment_curve()
        {
            var cases = Printed();
            // unrotated, every point s_j (1, t_j, …) has first coordinate ±1; the rational rotation moves some off it
            Assert.Contains(cases, x => x.D >= 2 && x.W.Any(v => v[0] != 1 && v[0] != -1));
            // t_1 is drawn from (0, 2], not fixed at 1: |w_1|² = 1 + t_1² (rotation invariant) is not always 2
            Assert.Contains(cases, x => x.D == 2 && Dot(x.W[0], x.W[0]) != 2);
            // d = 1: every point is ±q(1); some case negates one point and not another
            Assert.Contains(cases, x => x.D == 1 && x.K >= 2 && x.W.Any(v => v[0] != x.W[0][0]));
        }

        [Fact]
        public void Remark3_count_weakened_generator_degenerates_as_stated()
        {
            var cases = Weakened();
            // d = 1 has no hyperplane of d points worth the name: always the repeated direction
            var line = cases.Where(x => x.D == 1 && x.K >= 2).ToList();
            Assert.NotEmpty(line);
            Assert.All(line, x =>
            {
                Assert.Equal("repeated direction", x.Kind);
                Assert.Equal(x.W[0], x.W[1]);
            });
            var higher = cases.Where(x => x.D >= 2 && x.K >= 2).ToList();
            Assert.Contains(higher, x => x.Kind == "repeated direction" && x.W[0].SequenceEqual(x.W[1]));
            var flat = higher.Where(x => x.Kind == "d points in a hyperplane").ToList();
            Assert.NotEmpty(flat);
            // the first min(d, k) points lie in the hyperplane x_d = 0
            Assert.All(flat, x => Assert.All(x.W.Take(Math.Min(x.D, x.K)), v => Assert.Equal(Q(0), v[x.D - 1])));
            // the repair (first coordinate of w_1 set to 1) is only for a point that became 0, which a rotated moment-curve point almost never does
            Assert.Contains(flat, x => x.W[0][0] != 1);
        }
    }
}
