using Verification.Harness;
using Verification.Models.Lyx;
using Verification.Spec;
using Xunit;
using Gd = Verification.Dynamics.Lyx.PopulationGd;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>
    /// The trajectory claim bases of Lyx.Generators.cs (<see cref="Lyx.TrajectoryClaim"/>, <see cref="Lyx.BiasTheorem"/>): no
    /// registered claim derives from them today (the trajectory claims moved to <see cref="Lyx.DynamicsClaim"/>), so they are read
    /// through test subclasses: the case decoding, text, setting, bound factor and p_R, and the bias theorem's two checks on
    /// trajectories of at most two steps, compared with the same population GD run directly.
    /// </summary>
    public sealed class TrajectoryBase
    {
        [NotRegistered]
        private sealed class Plain : Lyx.TrajectoryClaim
        {
            public override string Id => "TEST.Trajectory";
            public override string Where => "test";
            public override string Statement => "every case holds";
            public override Evaluation Evaluate(Lyx.TrajCase x, Context ctx) => Evaluation.Holds();
            public static double Factor(string? variant) => BoundFactor(new Context(Variant: variant));
            public static double? SectorProbability(double kappa, double bigM, double r) => PR(kappa, bigM, r);
        }

        [NotRegistered]
        private sealed class Biased(bool journal) : Lyx.BiasTheorem
        {
            protected override bool Journal => journal;
            public override string Id => "TEST.BiasTheorem";
            public override string Where => "test";
            public override string Statement => "the loss does not increase";
        }

        private static Lyx.TrajCase Decode(Lyx.TrajectoryClaim claim, int[] raw, string? variant = null) =>
            claim.Generate(new Choices(raw), new Context(Variant: variant));

        /// <summary>
        /// Raw choices in order: the density (m: 2 reads, M − m: 2, α: 1; not read for the wrong variants, which use 1 ≤ |x| ≤ 2), k,
        /// half-space, seed, η, [v], [b]. The bias is n/q with q = 1 + raw mod 32 (raw 15: q = 16) and n the smallest numerator plus the
        /// next raw modulo the number of numerators in range: conference b ∈ (0, 1/(2k·⌈4M⌉/4)) = (0, 1/8) leaves n = 1 only, journal
        /// b ∈ (0, 1/(2k)) = (0, 1/4) leaves n ∈ {1, 2, 3} (raw 4: n = 2).
        /// </summary>
        [Fact]
        public void Trajectory_cases_decode_the_density_the_network_and_the_bias()
        {
            Assert.Equal(new Lyx.TrajCase(false, 3, true, 2, 0.2, 0, 0, 150, 2, 4, 1), Decode(new Plain(), [0, 1, 0, 1, 1, 1, 1, 2, 2]));
            // a wrong variant reads no density: the same choices give k, half-space, seed and η
            Assert.Equal(new Lyx.TrajCase(false, 3, true, 2, 0.2, 0, 0, 150, 1, 2, 0), Decode(new Plain(), [1, 1, 2, 2], "bound-over-100"));
            Assert.Equal(new Lyx.TrajCase(false, 2, false, 0, 0.1, 1.0 / 16, 0, 25, 1, 2, 0),
                Decode(new Biased(false), [0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 1]));
            Assert.Equal(new Lyx.TrajCase(true, 2, false, 0, 0.1, 2.0 / 16, 1, 25, 1, 2, 0),
                Decode(new Biased(true), [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 15, 4]));
            var variant = Decode(new Biased(false), [], "norm-nonincreasing");
            Assert.Equal((3, 1.0, 2.0), (variant.Steps, variant.M1, variant.M2));   // the bias theorem's variants run three steps
        }

        [Fact]
        public void Trajectory_case_text_names_the_version_and_the_initialisation()
        {
            Assert.Equal("conference, k=2, random init seed 1, η=0.1, b=0, v=0, m=1, M=2, α=0, 3 steps",
                new Lyx.TrajCase(false, 2, false, 1, 0.1, 0, 0, 3, 1, 2, 0).ToString());
            Assert.Equal("journal n=2, k=3, half-space init seed 2, η=0.2, b=0.125, v=0.5, m=1, M=2, α=1, 25 steps",
                new Lyx.TrajCase(true, 3, true, 2, 0.2, 0.125, 0.5, 25, 1, 2, 1).ToString());
        }

        [Fact]
        public void Trajectory_setting_states_the_network_and_the_bias()
        {
            Assert.StartsWith("conference network (6), class 1, k w's and k u's, d = 2, b = 0, population GD", new Plain().Setting,
                StringComparison.Ordinal);
            Assert.StartsWith("journal network (6), class 1 of n = 2, 2k neurons, V from Assumption 1 with v ∈ {1/4, 1/2, 1}, d = 2, positive bias in " +
                "the theorem's range, population GD", new Biased(true).Setting, StringComparison.Ordinal);
        }

        public static TheoryData<string, double> Factors => new()
        {
            { "", 1 }, { "bound-over-100", 1e-2 }, { "bound-over-10000", 1e-4 }, { "bound-over-100000", 1e-5 },
        };

        [Fact]
        public void Bound_factor_divides_by_the_variants_constant() =>
            Table.Each(Factors, (string variant, double factor) => Assert.Equal(factor, Plain.Factor(variant == "" ? null : variant)));

        /// <summary>p_R = asin(1/(κMR))/(2π), none when κMR ≤ 1 (sin β = 1/(κMR) ≥ 1 has no sector of positive width).</summary>
        [Fact]
        public void Sector_probability_is_asin_over_two_pi_and_none_from_kappa_MR_one()
        {
            Assert.Equal(Math.Asin(0.25) / (2 * Math.PI), Plain.SectorProbability(1, 2, 2));   // κMR = 4
            Assert.Null(Plain.SectorProbability(1, 2, 0.5));                                   // κMR = 1
            Assert.Null(Plain.SectorProbability(1, 1, 0.5));                                   // κMR = 1/2
        }

        /// <summary>The population GD the base integrates: seeded N(0, I) draws (first coordinates made non-negative for half-space),
        /// k w's then k u's (conference) or 2k columns with the Assumption-1 V of n = 2 and b on every neuron (journal).</summary>
        private static Gd.Trajectory Direct(Lyx.TrajCase x, double tol)
        {
            var dens = new Verification.Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha);
            var rng = new Verification.Dynamics.Lyx.SplitMix64(x.Seed);
            double[] Draw() { var v = new[] { rng.Normal(), rng.Normal() }; if (x.Half) v[0] = Math.Abs(v[0]); return v; }
            if (!x.Journal)
            {
                var w = Enumerable.Range(0, x.K).Select(_ => Draw()).ToArray();
                var u = Enumerable.Range(0, x.K).Select(_ => Draw()).ToArray();
                return Gd.Conference(dens, w, u, x.B, x.Eta, x.Steps, tol);
            }
            var vm = JournalNet<double>.ConstructV(2, 2 * x.K, x.V);
            var ww = Enumerable.Range(0, 2 * x.K).Select(_ => Draw()).ToArray();
            return Gd.Journal(dens, ww, [.. Enumerable.Repeat(x.B, 2 * x.K)], vm, x.Eta, x.Steps, tol);
        }

        private static readonly Context NormVariant = new(Variant: "norm-nonincreasing");

        /// <summary>The first step where Σ|w_j| grows beyond the relative 1e-9 of the wrong variant, with its exact increase.</summary>
        private static void AssertNormIncrease(Lyx.TrajCase x, double tol, double? otherTol = null)
        {
            var t = Direct(x, tol);
            var pn = t.PositiveNorm;
            var i = Enumerable.Range(0, pn.Length - 1).First(s => pn[s + 1] > pn[s] * (1 + 1e-9));
            var e = new Biased(x.Journal).Evaluate(x, NormVariant);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(pn[i + 1] - pn[i], e.Violation);
            Assert.Equal($"Σ|w_j| (positive neurons) increased at step {i}: {pn[i]:G10} → {pn[i + 1]:G10}", e.Detail);
            if (otherTol is not { } other) return;
            var o = Direct(x, other).PositiveNorm;
            Assert.NotEqual(pn[i + 1] - pn[i], o[i + 1] - o[i]);                                // the tolerance is visible in the increase
        }

        /// <summary>Positive norms grow on active steps (C Lemma 3), so the wrong variant fails at its first growth: b &gt; 0 integrates
        /// with tolerance 1e-7 (visibly: 1e-9 changes the increase), b = 0 with 1e-9 (where both tolerances give the same trajectory: the
        /// homogeneous cuts leave analytic panels); both versions, the half-space draw takes |first coordinate|. Unique seeds: each
        /// trajectory is integrated by this test, not read from the cache another test filled.</summary>
        [Fact]
        public void Norm_variant_fails_at_the_first_growth_of_the_positive_norms()
        {
            AssertNormIncrease(new Lyx.TrajCase(false, 2, false, 9101, 0.1, 0.0625, 0, 2, 1, 2, 0), 1e-7, 1e-9);
            AssertNormIncrease(new Lyx.TrajCase(false, 2, true, 9102, 0.1, 0, 0, 2, 1, 2, 0), 1e-9);
            AssertNormIncrease(new Lyx.TrajCase(true, 2, false, 9103, 0.1, 0.125, 0.5, 2, 1, 2, 0), 1e-7, 1e-9);
            AssertNormIncrease(new Lyx.TrajCase(true, 2, true, 9104, 0.1, 0, 1, 2, 1, 2, 0), 1e-9);
        }

        /// <summary>On a horizon of zero steps there is nothing to compare: both checks hold with the first value as the last.</summary>
        [Fact]
        public void A_single_state_holds_for_both_checks()
        {
            var x = new Lyx.TrajCase(false, 2, false, 9105, 0.1, 0, 0, 0, 1, 2, 0);
            var t = Direct(x, 1e-9);
            var pn = t.PositiveNorm;
            Assert.Equal(Evaluation.Holds($"Σ|w_j| (positive neurons) non-increasing on the horizon: {pn[0]:G6} → {pn[0]:G6}"),
                new Biased(false).Evaluate(x, NormVariant));
            Assert.Equal(Evaluation.Holds($"loss non-increasing on the horizon: {t.Loss[0]:G6} → {t.Loss[0]:G6} after 0 steps (the limit 0 is not " +
                "decidable on a finite horizon)"), new Biased(false).Evaluate(x, Context.AsPrinted));
        }

        /// <summary>b = 100 &gt; |w|M: no neuron is ever active, f ≡ 0, the loss is the constant 1 with zero gradient, so GD stands still:
        /// neither check may count a step that changes nothing (their thresholds lie strictly above the old value).</summary>
        [Fact]
        public void A_step_that_changes_nothing_holds_for_both_checks()
        {
            var x = new Lyx.TrajCase(false, 2, false, 9109, 0.1, 100, 0, 1, 1, 2, 0);
            var t = Direct(x, 1e-7);
            Assert.Equal(t.PositiveNorm[0], t.PositiveNorm[1]);
            Assert.Equal(t.Loss[0], t.Loss[1]);
            Assert.True(10 * (t.Error[0] + t.Error[1]) < 1e-13);                                 // live: 1e-12 is what keeps the loss check off
            Assert.Equal(Evaluation.Holds($"Σ|w_j| (positive neurons) non-increasing on the horizon: {t.PositiveNorm[0]:G6} → {t.PositiveNorm[0]:G6}"),
                new Biased(false).Evaluate(x, NormVariant));
            Assert.Equal(Evaluation.Holds($"loss non-increasing on the horizon: {t.Loss[0]:G6} → {t.Loss[0]:G6} after 1 steps (the limit 0 is not " +
                "decidable on a finite horizon)"), new Biased(false).Evaluate(x, Context.AsPrinted));
        }

        /// <summary>The loss check allows 10× the quadrature errors of both steps plus 1e-12: a decreasing loss holds, a step of η = 50
        /// overshoots and is inconclusive (η_0 is unspecified), and at η = 1e-15 the loss barely moves and still holds.</summary>
        [Fact]
        public void Loss_check_holds_when_the_loss_decreases_and_is_inconclusive_when_it_grows()
        {
            var x = new Lyx.TrajCase(false, 2, false, 9106, 0.1, 0.0625, 0, 2, 1, 2, 0);
            var t = Direct(x, 1e-7);
            Assert.True(t.Loss[1] < t.Loss[0] && t.Loss[2] < t.Loss[1]);
            Assert.Equal(Evaluation.Holds($"loss non-increasing on the horizon: {t.Loss[0]:G6} → {t.Loss[2]:G6} after 2 steps (the limit 0 is not " +
                "decidable on a finite horizon)"), new Biased(false).Evaluate(x, Context.AsPrinted));
            var big = x with { Seed = 9107, Eta = 50, Steps = 1 };
            var tb = Direct(big, 1e-7);
            Assert.True(tb.Loss[1] > tb.Loss[0] + 1);
            Assert.Equal(Evaluation.Inconclusive($"the loss increased at step 0 ({tb.Loss[0]:G8} → {tb.Loss[1]:G8}); η = 50 may exceed the " +
                "unspecified η_0"), new Biased(false).Evaluate(big, Context.AsPrinted));
            var tiny = x with { Seed = 9108, Eta = 1e-15, Steps = 1 };
            var tt = Direct(tiny, 1e-7);
            // live: without the allowance (or with it subtracted) this step would count as an increase
            Assert.True(tt.Loss[1] > tt.Loss[0] - 10 * (tt.Error[0] + tt.Error[1]) + 1e-12);
            Assert.Equal(Status.Holds, new Biased(false).Evaluate(tiny, Context.AsPrinted).Status);
        }
    }
}
