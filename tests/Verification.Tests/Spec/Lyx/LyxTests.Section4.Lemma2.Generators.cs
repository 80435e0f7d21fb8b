using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.SbgsbgaCases;
using R = Verification.Arithmetic.Rational;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 4.2 (Lemma 2, J Lemma 4.2, the no-bias text): classes and hypotheses away from k = 1, v = 1 and at the exact
    /// thresholds, the coverage sources of both versions, the generators on fixed choice sequences decoded by hand, and the Lipschitz
    /// evaluation's quotient, bound and error recomputed from the population gradients.</summary>
    public sealed class Section4Lemma2Generators
    {

        private static double[][] Neurons(int k) => Enumerable.Range(0, k).Select(_ => new[] { 1.0, 0 }).ToArray();

        private static Lyx.PopCase Conf(int k, double m, double bigM, double b, double eps = 0.1) =>
            new(m, bigM, 0, Neurons(k), Neurons(k), b, [1, 0], eps, 0, 0, false, 0, [], []);

        private static Lyx.PopCase Jour(double[] bias, double v, double[][] vm, int k, double eps = 0.1) =>
            new(1, 2, 0, Neurons(k), [], 0, [1, 0], eps, 0, 0, true, v, vm, bias);

        public static TheoryData<Lyx.PopCase, string[], string[]> Classes => new()
        {
            // k = 2, M = 2: bound 1/(2kM) = 1/8, near from 31/256 (not 1/(2/k · M) = 1/2)
            { Conf(2, 1, 2, 0.122), ["bias-near-bound"], ["bias-near-bound"] },
            // k = 2, M = 1/4: printed bound 1, corrected min{1, 1/(2k) = 1/4}, near from 31/128
            { Conf(2, 0.1, 0.25, 0.245), ["M-below-half"], ["M-below-half", "bias-near-bound"] },
            // ε exactly at the small-step threshold
            { Conf(1, 1, 2, 0.01, 1e-3 * (1 + 1e-9)), ["small-step"], ["small-step"] },
            // journal: Σb = 31/32 exactly (dyadic) is near; v = 1/4 keeps the corrected bound at 1
            { Jour([0.5, 0.46875], 0.25, [[0.25, -0.25], [-0.25, 0.25]], 2), ["bias-near-bound"], ["bias-near-bound"] },
            // journal n = 3, k = 4 < n + 2: not k-large (the conference's k ≥ 4 does not apply)
            { Jour([0.1, 0.1, 0.1, 0.1], 1, [[1, -1, -1, -1], [-1, 1, -1, -1], [-1, -1, 1, 1]], 4), [], [] },
        };

        [Fact]
        public void Lipschitz_classes_at_k_2_at_the_exact_thresholds_and_for_journal_k() =>
            Table.Each(Classes, (Lyx.PopCase x, string[] printed, string[] corrected) =>
            {
                Assert.Equal(Set(printed), (x.Journal ? J42.Classify(x) : Lemma2.Classify(x)).ToHashSet());
                Assert.Equal(Set(corrected), (x.Journal ? J42C.Classify(x) : Lemma2C.Classify(x)).ToHashSet());
            });

        [Fact]
        public void NoBias_eps_near_zero_multiplies_eps_by_M()
        {
            // εM = 0.03 > 1/50 (ε/M = 0.0075 would be below); M = 2m: wide
            Assert.Equal(Set("wide-annulus"), NoBias.Classify(Conf(1, 1, 2, 0, 0.015)).ToHashSet());
        }

        [Fact]
        public void Lipschitz_hypotheses_at_k_2_and_at_the_journal_bounds()
        {
            // k = 2, M = 1/4, b = 1/2: below 1/(2kM) = 1, not below 1/(2k) = 1/4
            Assert.True(Lemma2.HypothesesHold(Conf(2, 0.1, 0.25, 0.5)));
            Assert.False(Lemma2C.HypothesesHold(Conf(2, 0.1, 0.25, 0.5)));
            // the J reproducer's witness (v = 2): a zero bias is allowed; 2vΣb = 1 exactly is outside the corrected range
            var f = new Lyx.FlatWitness(1, 2, [[1, 0], [1, 0]], [0, Q(5, 16)], [[4, -4]], [Q(3, 2), 0]);
            var x = Jour([0, 5.0 / 16], 2, [[2, -2], [-2, 2]], 2) with { Flat = f };
            Assert.True(J42.HypothesesHold(x));
            var edge = x with { Flat = f with { Bias = [Q(1, 16), Q(3, 16)] } };
            Assert.True(J42.HypothesesHold(edge));
            Assert.False(J42C.HypothesesHold(edge));
        }

        [Fact]
        public void Lipschitz_coverage_sources_name_the_version()
        {
            static string Source(Lyx.LipschitzClaim c, string name) => c.Coverage.Single(k => k.Name == name).Source;
            const string Flat = ": d/dr f ≥ C > 0 on the level set f = 1 (fails where a margin is constant on an open set)";
            Assert.Equal("C proof of Lemma 2" + Flat, Source(Lemma2, "flat-margin"));
            Assert.Equal("J proof of Lemma 4.2" + Flat, Source(J42, "flat-margin"));
            Assert.Equal("C Lemma 2: b < 1/(2Mk)", Source(Lemma2, "bias-near-bound"));
            Assert.Equal("J Lemma 4.2: Σ_j b_j < 1", Source(J42, "bias-near-bound"));
            Assert.Equal("C (1): any k", Source(Lemma2, "k-large"));
            Assert.Equal("J (1): any k ≥ n", Source(J42, "k-large"));
            Assert.Equal("k ≥ 4", Lemma2.Coverage.Single(k => k.Name == "k-large").Description);
            Assert.Equal("k ≥ n + 2", J42.Coverage.Single(k => k.Name == "k-large").Description);
            Assert.Equal("C Lemma 2: the claim for |W₁ − W₂| → 0", Source(Lemma2, "small-step"));
            Assert.Equal("J Lemma 4.2: the claim for |W₁ − W₂| → 0", Source(J42, "small-step"));
        }

        [Fact]
        public void NoBias_generator_draws_eps_near_zero_on_raw_3()
        {
            // m = 1, M = 2, α = 0, direction (0, −1); c.Int(0, 3) = 3: εM = 1/50 (the first rational of (1/1000, 1/50]), else 1/2
            var near = NoBias.Generate(new Choices([0, 0, 0, 0, 0, 0, 0, 3]), Context.AsPrinted);
            Assert.Equal(0.02, near.Eps * near.M2, 15);
            var wide = NoBias.Generate(new Choices([]), Context.AsPrinted);
            Assert.Equal(0.5, wide.Eps * wide.M2, 15);
            Assert.True(wide.M1 == 1 && wide.M2 == 2 && wide.B == 0 && !wide.Journal && !near.Journal, $"{wide}");
        }

        private static int[] Raw(int length, params (int At, int Value)[] set)
        {
            var r = new int[length];
            foreach (var (at, value) in set) r[at] = value;
            return r;
        }

        private static string D(double[][] vs) => LyxGen.Format(vs);

        // Conference, not flat (raw 0 = 1), ε = 1/10, direction (0, 1) (raws 2-5: 0, 0, 0, 1), k = 1, m = 1 · 3/2 (raws 8, 9 = 1, 1), M = 2m,
        // α = 0, b = 63/64 of 1/(2kM) (raw 13 = 0), w = u = (1, 0) (raws 15, 19 = 1), column raw 22 = 2 (mod 2k = 0).
        private static readonly int[] ConfRaw = Raw(23, (0, 1), (5, 1), (8, 1), (9, 1), (15, 1), (19, 1), (22, 2));

        [Fact]
        public void Lemma2_generator_decodes_fixed_choice_sequences_exactly()
        {
            var x = Lemma2.Generate(new Choices(ConfRaw), Context.AsPrinted);
            Assert.True(x.M1 == 1.5 && x.M2 == 3 && x.Alpha == 0 && x.B == 21.0 / 128 && x.R0 == 0 && !x.Journal && x.Flat is null, $"{x}");
            Assert.Equal(Math.Pow(10, -1), x.Eps);
            Assert.Equal("[(0, 1)]", D([x.Dir]));
            Assert.Equal("[(1, 0)]", D(x.W));
            Assert.Equal("[(1, 0)]", D(x.U));
            // m = 1/16 · 3/2 (pick raw 1): M = 3/16 < 1, so the vectors are scaled by 1/M; b = 63/64 · 1/(2M) = 21/8 (printed), 63/64 · 1/2
            // (corrected: 1/(2k) is the smaller bound)
            var small = ConfRaw.ToArray();
            small[7] = 1;
            var s = Lemma2.Generate(new Choices(small), Context.AsPrinted);
            Assert.True(s.M1 == 3.0 / 32 && s.M2 == 3.0 / 16 && s.B == 21.0 / 8, $"{s}");
            Assert.Equal(1 / 0.1875, s.W[0][0]);
            Assert.Equal(63.0 / 128, Lemma2C.Generate(new Choices(small), Context.AsPrinted).B);
            // raw 13 = 1: b = 1/(2kM) times a rational of (0, 1) (1/2), not 63/64
            var inside = ConfRaw[..16];
            inside[13] = 1;
            inside[15] = 0;
            Assert.Equal(1.0 / 12, Lemma2.Generate(new Choices(inside), Context.AsPrinted).B, 15);
        }

        // Conference flat family: raw 0 = 0, k = 2 (raw 6 = 1), q = 1, M = 1/4 · 1/2, m = M/2, d0 = (0, −1), λ = (32, 64/3) (raw 15 = 1),
        // column raw 19 = 4 (mod 2k = 0).
        private static readonly int[] FlatRaw = Raw(20, (5, 1), (6, 1), (15, 1), (19, 4));

        [Fact]
        public void Lemma2_generator_builds_the_flat_family_exactly()
        {
            var x = Lemma2.Generate(new Choices(FlatRaw), Context.AsPrinted);
            var f = x.Flat!;
            Assert.Equal("[(0, -160/3), (0, 0), (0, -32), (0, -64/3)]", LyxGen.Format(f.W));
            Assert.Equal("(1, 1, 1, 1)", LyxGen.Format(f.Bias));
            Assert.Equal("(0, -3/32)", LyxGen.Format(f.X0));
            Assert.True(f.M1 == Q(1, 16) && f.M2 == Q(1, 8), $"{f}");
            Assert.True(x.B == 1 && x.R0 == 0 && !x.Journal && x.M2 == 0.125, $"{x}");
            // corrected: b = 1/4 · 1/2, M = (1/2)/(2kb) = 1, m = 1/2, λ = b/(3/4) · 2 = 1/3
            var c = Lemma2C.Generate(new Choices(FlatRaw), Context.AsPrinted).Flat!;
            Assert.Equal("[(0, -2/3), (0, 0), (0, -1/3), (0, -1/3)]", LyxGen.Format(c.W));
            Assert.Equal("(1/8, 1/8, 1/8, 1/8)", LyxGen.Format(c.Bias));
            Assert.True(c.M1 == Q(1, 2) && c.M2 == 1, $"{c}");
        }

        // Journal, not flat: n = 2, k = 3 (raw 7 = 1), v = 1/4 · 3/2 (raws 8-10 = 1, 1, 2), column 3 of one sign (raw 12 = 0), m = 1, M = 2,
        // Σb = 63/64 (raw 19 = 0) split 2 : 1 : 3 (raws 21, 23, 25 = 1, 0, 2), w_1 = (1, 0) (raw 27 = 1), column raw 38 = 3 (mod k = 0).
        private static readonly int[] JourRaw = Raw(39, (0, 1), (5, 1), (7, 1), (8, 1), (9, 1), (10, 2), (21, 1), (25, 2), (27, 1), (38, 3));

        [Fact]
        public void JLemma4_2_generator_decodes_fixed_choice_sequences_exactly()
        {
            var x = J42.Generate(new Choices(JourRaw), Context.AsPrinted);
            Assert.True(x.Journal && x.V == 0.375 && x.M1 == 1 && x.M2 == 2 && x.R0 == 0 && x.Flat is null, $"{x}");
            Assert.Equal("[(0.375, -0.375, -0.375), (-0.375, 0.375, -0.375)]", D(x.Vm));
            Assert.Equal("[(0.328125, 0.1640625, 0.4921875)]", D([x.Bias]));
            Assert.Equal("[(1, 0), (0, 0), (0, 0)]", D(x.W));
            // m = 1/16 (pick raw 1), M = 1/8: the vectors scaled by 1/M = 8
            var small = JourRaw.ToArray();
            small[13] = 1;
            Assert.Equal("[(8, 0), (0, 0), (0, 0)]", D(J42.Generate(new Choices(small), Context.AsPrinted).W));
        }

        // Journal flat family: n = 2, k = 3, v = 1 (pick raw 0), column 3 owned by class 1 (raws 10, 11 = 1, 0), m = 1, M = 2; b_p = 1/64 · 1/2,
        // b_a = b_p + 1/(2v), b_3 = 1/(64k) · 1/2 (raws 18, 20 = 1); w_p = w_a = b_a/(3/2) · 2 · (0, −1); column raw 26 = 3 (mod k = 0).
        private static readonly int[] JourFlatRaw = Raw(27, (5, 1), (7, 1), (10, 1), (18, 1), (20, 1), (26, 3));

        [Fact]
        public void JLemma4_2_generator_builds_the_flat_family_exactly()
        {
            var x = J42.Generate(new Choices(JourFlatRaw), Context.AsPrinted);
            var f = x.Flat!;
            Assert.Equal("(1/128, 65/128, 1/384)", LyxGen.Format(f.Bias));
            Assert.Equal("[(0, -65/96), (0, -65/96), (0, 0)]", LyxGen.Format(f.W));
            Assert.Equal("[(2, -2, 2)]", LyxGen.Format(f.Coef));
            Assert.True(x.Journal && x.R0 == 0 && x.V == 1, $"{x}");
        }

        [Fact]
        public void NoBias_violation_is_c0_over_eps_minus_the_quotient()
        {
            // b = 2/5 = ε, M = 2: the neurons are active only where ⟨±ω, x⟩ > b/ε = 1, so the quotient is positive but below c_0/ε
            var e = NoBias.Evaluate(Conf(1, 1, 2, 0.4, 0.4), Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            var parts = e.Detail.Split(", c_0/ε = ");
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            var quotient = double.Parse(parts[0][(parts[0].LastIndexOf("= ", StringComparison.Ordinal) + 2)..], inv);
            var bound = double.Parse(parts[1], inv);
            Assert.True(quotient > 0.05 * bound && quotient < bound, e.Detail);
            // both printed with 10 significant digits: 1e-8 of c_0/ε covers the rounding
            Assert.Equal(bound - quotient, e.Violation, 1e-8 * bound);
        }

        private static double Dist(double[] a, double[] b) => Math.Sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]));

        private static double[][] Moved(double[][] a, int j, double eps, double[] dir)
        {
            var nd = Math.Sqrt(dir[0] * dir[0] + dir[1] * dir[1]);
            return a.Select((v, i) => i == j ? new[] { v[0] + eps * dir[0] / nd, v[1] + eps * dir[1] / nd } : v).ToArray();
        }

        [Fact]
        public void Lemma2_quotient_bound_and_error_recomputed_from_the_population_gradients()
        {
            // k = 2 neurons of each kind in general position, w_2 moved by ε = 1/1000 along (3, 4)/5
            double[][] w = [[1, 0.5], [0.5, -1]], u = [[-0.3, 0.2], [0.2, 0.4]];
            var x = new Lyx.PopCase(1, 2, 0, w, u, 0.05, [3, 4], 1e-3, 0, 1, false, 0, [], []);
            var dens = new AnnulusDensity(1, 2, 0);
            var r1 = Population2D.Conference(dens, w, u, 0.05, 1e-10).Compute();
            var r2 = Population2D.Conference(dens, Moved(w, 1, 1e-3, [3, 4]), u, 0.05, 1e-10).Compute();
            var quotient = r1.Gradient.Zip(r2.Gradient, Dist).Sum() / 1e-3;
            var err = 10 * (r1.Error + r2.Error) * r1.Gradient.Length / 1e-3;
            var k = 2;
            var cc = (1 - x.Eps * x.M2 - k * x.B) / x.M2;
            var bound = 2 * k * (2 * (2 * Math.PI) * Math.Pow(x.M2, 3) * dens.PMax / cc + 4 * dens.PMax * Math.Pow(x.M2, 4) / x.B);
            var e = Lemma2.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal($"|∇l(W) − ∇l(W')|/|W − W'| = {quotient:G6} (ε = {x.Eps}), re-derived L = {bound:G6}, error {err:G3}", e.Detail);
            // the same quadrature on the same inputs: equal to the last bit
            Assert.Equal(quotient, e.Slack!.Value.Observed);
            Assert.Equal(bound + err, e.Slack.Value.Bound);
            Assert.True(err > 0 && quotient > 0, $"err {err}, quotient {quotient}");
            // a bound a million times smaller fails by quotient − bound/10⁶
            var tenth = Lemma2.Evaluate(x, new Context(Variant: "tenth-of-L"));
            Assert.Equal(Status.Fails, tenth.Status);
            Assert.Equal(quotient - bound / 1e6, tenth.Violation, 1e-9 * quotient);
        }

        [Fact]
        public void JLemma4_2_bound_uses_v_in_the_constant_and_the_first_term()
        {
            // v = 1/2: C = (1 − 2vεM − 2vΣb)/M = (1 − 0.002 − 0.2)/2; per column |v_{1,j} − v_{2,j}| = 1
            double[][] w = [[1, 0.5], [0.5, -1]];
            double[][] vm = [[0.5, -0.5], [-0.5, 0.5]];
            double[] bias = [0.1, 0.1];
            var x = new Lyx.PopCase(1, 2, 0, w, [], 0, [3, 4], 1e-3, 0, 0, true, 0.5, vm, bias);
            var dens = new AnnulusDensity(1, 2, 0);
            var r1 = Population2D.Journal(dens, w, bias, vm, 0, 1e-10).Compute();
            var r2 = Population2D.Journal(dens, Moved(w, 0, 1e-3, [3, 4]), bias, vm, 0, 1e-10).Compute();
            var quotient = r1.Gradient.Zip(r2.Gradient, Dist).Sum() / 1e-3;
            var err = 10 * (r1.Error + r2.Error) * r1.Gradient.Length / 1e-3;
            var cc = (1 - 2 * x.V * x.Eps * x.M2 - 2 * x.V * bias.Sum()) / x.M2;
            var bound = 0.0;
            for (var j = 0; j < 2; j++)
                bound += Math.Abs(vm[0][j] - vm[1][j])
                    * (4 * x.V * (2 * Math.PI) * Math.Pow(x.M2, 3) * dens.PMax / cc + 4 * dens.PMax * Math.Pow(x.M2, 4) / bias[j]);
            var e = J42.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal($"|∇l(W) − ∇l(W')|/|W − W'| = {quotient:G6} (ε = {x.Eps}), re-derived L = {bound:G6}, error {err:G3}", e.Detail);
            Assert.Equal(bound + err, e.Slack!.Value.Bound);
            // C = (1 − 2 · 1/8 · 2 − 2 · 1/4)/2 = 0 exactly (dyadic): discarded, not evaluated with an infinite bound
            var zero = J42.Evaluate(Jour([0.125, 0.125], 1, [[1, -1], [-1, 1]], 2, eps: 0.125), Context.AsPrinted);
            Assert.Equal(Status.Discarded, zero.Status);
            Assert.Equal("Σb_j = 0.25: the re-derived constant C = 0 is not positive", zero.Detail);
        }
    }
}
