using Verification.Arithmetic;
using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 5 (LYX.Lemma3b, LYX.J.Lemma5.1b): the shared generator — the density the first choice selects, which neurons
    /// are zero, the square's centre radius, the perpendicular u_j, the ranges of v, r and η as fractions of their bounds, and the
    /// lr-factor constant.</summary>
    public sealed class Section5ShrinkingGeneratorMutants
    {

        private static double Norm(double[] v) => Math.Sqrt(v[0] * v[0] + v[1] * v[1]);

        /// <summary>|(c_x, c_y)| of a bump (λ, c_x, c_y, ε).</summary>
        private static double Centre(double[] q) => Math.Sqrt(q[1] * q[1] + q[2] * q[2]);

        /// <summary>Relative closeness; the generator multiplies doubles once or twice, so 1e-12 covers the rounding.</summary>
        private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b));

        [Fact]
        public void Shrinking_generator_first_choice_selects_the_density()
        {
            // c.Int(0, 2) = 0 (raw 0): radial; raw 1: the square bump
            var raw = new int[600];
            Assert.Null(Lemma3b.Generate(new Choices(raw), Context.AsPrinted).Bump);
            Assert.Null(JLemma.Generate(new Choices(raw), Context.AsPrinted).Bump);
            raw[0] = 1;
            Assert.NotNull(Lemma3b.Generate(new Choices(raw), Context.AsPrinted).Bump);
            Assert.NotNull(JLemma.Generate(new Choices(raw), Context.AsPrinted).Bump);
        }

        [Fact]
        public void Shrinking_generator_conference_neurons_and_square()
        {
            var cases = GeneratedCases.Of(Lemma3b, 40).ToList();
            var bump = cases.Where(x => x.Bump is not null).ToList();
            var radial = cases.Where(x => x.Bump is null).ToList();
            Assert.NotEmpty(bump);
            Assert.NotEmpty(radial);
            Assert.All(cases, x => Assert.Empty(x.Bias));
            // on the bump every w_j is zero; on radial densities the w_j are drawn
            Assert.All(bump, x => Assert.All(x.W, w => Assert.True(w[0] == 0 && w[1] == 0)));
            Assert.Contains(radial, x => x.W.Any(w => Norm(w) > 0));
            // seven squares in eight are centred at radius M − 3ε/2 (c.Int(0, 7) ≠ 0), the others inside
            var atEdge = bump.Count(x => Near(Centre(x.Bump!), x.M2 - 1.5 * x.Bump![3]));
            Assert.True(2 * atEdge > bump.Count, $"{atEdge} of {bump.Count} squares at the edge");
            // u_j perpendicular to the centre are (−c_y, c_x) scaled by 1 + s, s ∈ [0, 3]: never shorter than the centre
            // (centres off the axes only: a drawn u = (0, y) is perpendicular to a centre (c_x, 0) by accident)
            var perp = bump.Where(x => x.Bump![1] != 0 && x.Bump![2] != 0)
                .SelectMany(x => x.U.Where(u => Norm(u) > 0 && Math.Abs(u[0] * x.Bump![1] + u[1] * x.Bump![2]) <= 1e-12 * Norm(u) * x.M2)
                .Select(u => Norm(u) / Centre(x.Bump!))).ToList();
            Assert.Contains(perp, f => f > 1 + 1e-9);
            Assert.All(perp, f => Assert.True(f >= 1 - 1e-12, $"perpendicular u shorter than the centre: {f}"));
        }

        [Fact]
        public void Shrinking_generator_journal_v_and_neurons()
        {
            var cases = GeneratedCases.Of(JLemma, 40).ToList();
            var bump = cases.Where(x => x.Bump is not null).ToList();
            var radial = cases.Where(x => x.Bump is null).ToList();
            // v ∈ {4, 8, 16} · [1, 2] on the bump, {1, 1/4, 1/2, 2, 1/8} · [1/2, 2] on radial densities
            Assert.All(bump, x => Assert.InRange(x.V, 4, 32));
            Assert.All(radial, x => Assert.InRange(x.V, 1.0 / 16, 4));
            Assert.Contains(radial, x => x.V < 4);
            Assert.All(cases, x => Assert.Equal(x.W.Length, x.Bias.Length));
            // the neurons with v_{1,j} > 0 are zero on the bump, drawn on radial densities
            Assert.All(bump, x => Assert.All(Enumerable.Range(0, x.W.Length).Where(j => x.Vm[0][j] > 0), j => Assert.Equal(0, Norm(x.W[j]))));
            Assert.Contains(radial, x => Enumerable.Range(0, x.W.Length).Any(j => x.Vm[0][j] > 0 && Norm(x.W[j]) > 0));
        }

        private static List<Lyx.PopCase> Uniform(PropertyClaim<Lyx.PopCase> claim, int count)
        {
            var rng = new Random(11);
            return [.. Enumerable.Range(0, count).Select(_ => claim.Generate(new Choices([.. Enumerable.Range(0, 600).Select(_ => rng.Next(1 << 20))]),
                Context.AsPrinted))];
        }

        [Fact]
        public void Shrinking_generator_r_and_eta_are_mostly_255_over_256_of_their_bounds()
        {
            // uniform raw choices (GeneratedCases favours raw 0, which decodes to the rarer branch): ρ = 255/256 with probability 3/4
            foreach (var (journal, cases) in new[] { (false, Uniform(Lemma3b, 60)), (true, Uniform(JLemma, 60)) })
            {
                var rho = cases.Select(x => x.R0 / Lyx.ShrinkingNorms.Shrinking(x, journal).Select(Norm).Where(z => z > 0).Min()).ToList();
                var tau = cases.Select(x => x.Eta / Lyx.ShrinkingNorms.Bound(x, journal)).ToList();
                // r = ρ · min |u_j| with ρ = 255/256 three times in four, else in (0, 1); η = τ · the bound likewise
                Assert.All(rho, f => Assert.True(f > 0 && f <= 255.0 / 256 * (1 + 1e-12), $"ρ = {f}"));
                Assert.All(tau, f => Assert.True(f > 0 && f < 1, $"τ = {f}"));
                Assert.True(2 * rho.Count(f => Near(f, 255.0 / 256)) > rho.Count, "ρ = 255/256 in at most half the cases");
                Assert.True(2 * tau.Count(f => Near(f, 255.0 / 256)) > tau.Count, "τ = 255/256 in at most half the cases");
                Assert.Contains(rho, f => !Near(f, 255.0 / 256));
                Assert.Contains(tau, f => !Near(f, 255.0 / 256));
            }
        }

        [Fact]
        public void Shrinking_generator_lr_factor_multiplies_eta()
        {
            var four = new Context(ConstantValues: new Dictionary<string, Rational> { ["lr-factor"] = 4 });
            var rng = new Random(3);
            for (var i = 0; i < 10; i++)
            {
                var raw = Enumerable.Range(0, 600).Select(_ => rng.Next(4) == 0 ? 0 : rng.Next(1 << 20)).ToArray();
                var x = Lemma3b.Generate(new Choices(raw), Context.AsPrinted);
                var y = Lemma3b.Generate(new Choices(raw), four);
                Assert.True(Near(4 * x.Eta, y.Eta), $"η = {x.Eta} at factor 1, {y.Eta} at factor 4");
            }
        }
    }
}
