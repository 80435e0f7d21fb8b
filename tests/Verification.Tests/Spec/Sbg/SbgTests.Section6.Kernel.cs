using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>The kernel and feature map of program (7): φ at σ'(0), the coverage classes on hand-made pairs at each boundary, the
    /// hypothesis check, and the evaluation's failures under the wrong variants (by how much).</summary>
    public sealed class Section6Kernel
    {
        private static readonly Sbg.Theorem6_2Kernel Claim = (Sbg.Theorem6_2Kernel)ClaimAssert.Get("SBG.Thm6.2.Kernel");

        private static Rational[] V(params int[] e) => e.Select(v => new Rational(v, 1)).ToArray();
        private static Rational Q(int p, int q = 1) => new(p, q);

        /// <summary>S = {(1, 1): +1} with w* = (1, 0) unless given; α = 1/2; (w, u) = ((2, 0), (1, 1)).</summary>
        private static Sbg.KernelCase Case(Rational[] x1, Rational[] x2, Rational[][]? xs = null, int[]? ys = null, Rational[]? teacher = null,
            Rational? alpha = null)
        {
            var d = x1.Length;
            var s = new Dataset<Rational>(xs ?? [Enumerable.Repeat(Rational.One, d).ToArray()], ys ?? [1],
                teacher ?? Enumerable.Range(0, d).Select(i => i == 0 ? Rational.One : Rational.Zero).ToArray());
            var w = Enumerable.Range(0, d).Select(i => i == 0 ? Q(2) : Rational.Zero).ToArray();
            return new Sbg.KernelCase(s, alpha ?? Q(1, 2), w, Enumerable.Repeat(Rational.One, d).ToArray(), x1, x2);
        }

        private static void Classes(Sbg.KernelCase x, params string[] expected) =>
            Assert.Equal(expected.ToHashSet(), Claim.Classify(x).ToHashSet());

        [Fact]
        public void Phi_uses_sigma_prime_of_zero_equal_to_alpha_on_both_halves()
        {
            var a = Q(1, 3);
            Assert.Equal([Rational.Zero, a, Rational.Zero, -a], Sbg.Phi(V(1, 0), a, V(0, 1)));
            Assert.Equal([Q(2), Q(3), -a * 2, -a * 3], Sbg.Phi(V(1, 0), a, V(2, 3)));
            Assert.Equal(a * a * 2 + a * a * 2, Sbg.Kernel(V(1, 0), a, V(0, 1), V(0, 2)));
        }

        [Fact]
        public void Point_classes_orthogonal_same_opposite_and_zero()
        {
            Classes(Case(V(1, 1), V(2, 3)), "one-class", "n-1");
            Classes(Case(V(1, 1), V(-1, 2)), "one-class", "n-1");                          // one coordinate cancels: not opposite
            Classes(Case(V(0, 1), V(1, 1)), "teacher-orthogonal", "one-class", "n-1");     // w*·x = 0
            Classes(Case(V(1, 1), V(0, 2)), "teacher-orthogonal", "one-class", "n-1");     // w*·x' = 0
            Classes(Case(V(1, 1), V(1, 1)), "same-point", "one-class", "n-1");
            Classes(Case(V(1, 1), V(-1, -1)), "opposite-points", "one-class", "n-1");
            Classes(Case(V(0, 0), V(1, 1)), "zero-point", "one-class", "n-1");             // 0 is not "orthogonal", nor same/opposite
            Classes(Case(V(1, 1), V(0, 0)), "zero-point", "one-class", "n-1");
            Classes(Case(V(0, 0), V(0, 0)), "zero-point", "one-class", "n-1");
        }

        [Fact]
        public void Set_classes_one_class_antipodal_and_sizes()
        {
            Classes(Case(V(1, 1), V(2, 3), [V(-1, 0)], [-1]), "one-class", "n-1");
            Classes(Case(V(1, 1), V(2, 3), [V(1, 0), V(-1, 0)], [1, -1]), "antipodal");
            Classes(Case(V(1, 1), V(2, 3), [V(1, 0), V(2, 0)], [1, 1]), "one-class");
            Classes(Case(V(1, 1), V(2, 3), [V(1, 0), V(-1, 0), V(2, 0)], [1, -1, 1]));                 // not every point has its opposite
            Classes(Case(V(1, 1), V(2, 3), [V(1, 1), V(-1, 2)], [1, 1], teacher: V(0, 1)), "one-class"); // sums (0, 3): not opposite
            Rational[][] Pts(int n) => Enumerable.Range(1, n).Select(i => new[] { Q(i), Rational.Zero }).ToArray();
            Classes(Case(V(1, 1), V(2, 3), Pts(6), [1, 1, 1, 1, 1, 1]), "one-class", "n-large");
            Classes(Case(V(1, 1), V(2, 3), Pts(5), [1, 1, 1, 1, 1]), "one-class");
        }

        [Fact]
        public void Dimension_and_alpha_classes_at_their_edges()
        {
            Classes(Case(V(1, 1, 1, 1, 1), V(2, 3, 1, 1, 1)), "one-class", "n-1", "d-large");
            Classes(Case(V(1, 1, 1, 1), V(2, 3, 1, 1)), "one-class", "n-1");
            Classes(Case(V(1, 1), V(2, 3), alpha: Q(1, 20)), "one-class", "n-1", "alpha-near-0");
            Classes(Case(V(1, 1), V(2, 3), alpha: Q(1, 19)), "one-class", "n-1");
            Classes(Case(V(1, 1), V(2, 3), alpha: Q(19, 20)), "one-class", "n-1", "alpha-near-1");
            Classes(Case(V(1, 1), V(2, 3), alpha: Q(18, 19)), "one-class", "n-1");
        }

        [Fact]
        public void Hypotheses_reject_each_violation_and_accept_margin_one()
        {
            var ok = Case(V(1, 1), V(2, 3), [V(1, 0), V(-3, 5)], [1, -1]);
            Assert.True(Sbg.Theorem6_2Kernel.HypothesesHold(ok));
            Assert.False(Sbg.Theorem6_2Kernel.HypothesesHold(ok with { Alpha = Rational.Zero }));
            Assert.False(Sbg.Theorem6_2Kernel.HypothesesHold(ok with { Alpha = Rational.One }));
            Assert.False(Sbg.Theorem6_2Kernel.HypothesesHold(Case(V(1, 1), V(2, 3), [V(1, 0), V(-1, 2)], [1, 1]))); // second point against w*
            Assert.False(Sbg.Theorem6_2Kernel.HypothesesHold(Case(V(1, 1), V(2, 3), [V(1, 0), [Q(1, 2), Rational.Zero]], [1, 1]))); // margin 1/2
        }

        [Fact]
        public void Wrong_variants_fail_at_the_first_identity_they_break_by_its_gap()
        {
            var x = Case(V(1, 1), V(2, 3));
            Assert.Equal(Status.Holds, Claim.Evaluate(x, Context.AsPrinted).Status);
            // one term of K: at a = b = (1, 1), K = 2 but ⟨φ, φ⟩ = (1 + α²)·2 = 5/2
            var oneTerm = Claim.Evaluate(x, new Context(Variant: "kernel-one-term"));
            Assert.Equal(Status.Fails, oneTerm.Status);
            Assert.Equal(0.5, oneTerm.Violation, 12);
            // φ without the minus: K is unchanged, but constraint 0 reads w·x + αu·x = 3 against w·x − αu·x = 1
            var noMinus = Claim.Evaluate(x, new Context(Variant: "phi-no-minus"));
            Assert.Equal(Status.Fails, noMinus.Status);
            Assert.StartsWith("constraint 0 of (7)", noMinus.Detail, StringComparison.Ordinal);
            Assert.Equal(2.0, noMinus.Violation, 12);
        }

        [Fact]
        public void Program_7_solved_exactly_on_a_two_point_set()
        {
            // z₁ = (1, 0), z₂ = (0, 2): θ = (1, 1/2) with λ = (1, 1/4)
            var sol = Sbg.Theorem6_2Kernel.SolveProgram7([V(1, 0), V(0, 2)])!;
            Assert.Equal([Rational.One, Q(1, 2)], sol.Theta);
            Assert.Equal([Rational.One, Q(1, 4)], sol.Lambda);
        }

        [Fact]
        public void The_weakened_generator_flips_exactly_one_label_against_the_teacher()
        {
            var weak = new Context(Weakened: "labels-from-teacher");
            foreach (var c in Section5.RandomChoices(300, 721))
            {
                var x = Claim.Generate(c, weak);
                var against = Enumerable.Range(0, x.S.N).Count(i => x.S.Y[i] * Vec.Dot<Rational>(x.S.Teacher!, x.S.X[i]).Sign < 0);
                Assert.True(against == 1, x.ToString());
            }
        }
    }
}
