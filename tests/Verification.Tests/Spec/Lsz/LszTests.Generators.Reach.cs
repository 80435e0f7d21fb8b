using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// What the generators of the claims with slow runs (GD and flow trajectories) reach, checked without running them: every class
    /// the claim declares and can tell from the case alone is met in 200 draws, and every draw stays inside the statement's hypotheses.
    /// (The claims' own tests check the shares at each budget, but the mutation filter leaves those tests out as slow.)
    /// </summary>
    public sealed class GeneratorReach
    {
        private const int Draws = 200;

        /// <summary>The classes of <paramref name="claim"/>'s cases over a fixed sequence of draws (seed 2026, 64 raw choices each).</summary>
        private static List<(T Case, HashSet<string> Classes)> Draw<T>(PropertyClaim<T> claim, Context ctx)
        {
            var rng = new Random(2026);
            var cases = new List<(T, HashSet<string>)>();
            for (var i = 0; i < Draws; i++)
            {
                var x = claim.Generate(new Choices([.. Enumerable.Range(0, 64).Select(_ => rng.Next(0, 1_000_000))]), ctx);
                cases.Add((x, claim.Classify(x).ToHashSet()));
            }
            return cases;
        }

        private static void AssertReaches<T>(PropertyClaim<T> claim, params string[] runDependent)
        {
            var reached = Draw(claim, Context.AsPrinted).SelectMany(x => x.Classes).ToHashSet();
            var missing = claim.Coverage.Select(k => k.Name).Where(k => !reached.Contains(k) && !runDependent.Contains(k)).ToList();
            Assert.True(missing.Count == 0, $"{claim.Id}: seed 2026, {Draws} draws of 64 choices: never reached {string.Join(", ", missing)}");
        }

        [Fact] public void Lemma_4_generator_reaches_its_classes() => AssertReaches(new Lsz.Lemma4());
        [Fact] public void Lemma_5_generator_reaches_its_classes() => AssertReaches(new Lsz.Lemma5(), "condition-all-steps", "long-prefix");
        [Fact] public void Lemma_6_generator_reaches_its_classes() => AssertReaches(new Lsz.Lemma6());
        [Fact] public void Theorem_2_generator_reaches_its_classes() => AssertReaches(new Lsz.Theorem2());
        [Fact] public void Remark_3_generator_reaches_its_classes() => AssertReaches(new Lsz.Remark3());

        /// <summary>Lemma 4 is about starts in the wrong half-space: every θ(0) is in (π/2, π), with norms down to 10⁻³.</summary>
        [Fact]
        public void Lemma_4_starts_are_in_the_wrong_half_space()
        {
            var cases = Draw(new Lsz.Lemma4(), Context.AsPrinted);
            Assert.All(cases, x => Assert.InRange(Angle(x.Case.Start.W0, x.Case.Start.Pop.V), Math.PI / 2, Math.PI));
            Assert.Contains(cases, x => Vec.Norm(x.Case.Start.W0) <= 1e-2);
        }

        /// <summary>The printed Lemma 3 (iii) states θ ≤ π/2: its part-(iii) cases never leave [0, π/2], both ends drawn; the corrected
        /// (iii') covers [0, π] and draws θ = π.</summary>
        [Fact]
        public void Lemma_3_part_iii_draws_stay_inside_their_statement()
        {
            var printed = Draw(new Lsz.Lemma3(), Context.AsPrinted).Where(x => x.Case.Part == 2).Select(x => Angle(x.Case.P.W, x.Case.P.Pop.V)).ToList();
            Assert.All(printed, th => Assert.InRange(th, 0, Math.PI / 2));
            Assert.Contains(0.0, printed);
            Assert.Contains(printed, th => Math.Abs(th - Math.PI / 2) < 1e-12);
            var corrected = Draw(new Lsz.Lemma3Corrected(new Lsz.Lemma3()), Context.AsPrinted).Where(x => x.Case.Part == 2)
                .Select(x => Angle(x.Case.P.W, x.Case.P.Pop.V)).ToList();
            Assert.Contains(Math.PI, corrected);
        }

        /// <summary>Eq. (7) on one point of U(S¹) with ‖w‖ = 2 (at ‖w‖ = 1 a lost factor of ‖w‖ would not show; a flow
        /// of ±10⁻² and a quadrature, well under a second): both its forms hold as printed;
        /// the plus sign fails.</summary>
        [Fact]
        public void Equation_7_holds_on_a_circle_point_and_rejects_the_plus_sign()
        {
            var x = new Lsz.PointCase(Circle(), [1.2, 1.6]);
            var printed = new Lsz.Equation7().Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, printed.Status);
            Assert.StartsWith("g = ", printed.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Fails, new Lsz.Equation7().Evaluate(x, new Context(Variant: "plus-sign")).Status);
        }
    }
}
