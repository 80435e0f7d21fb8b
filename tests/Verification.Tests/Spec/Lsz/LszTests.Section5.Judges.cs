using Verification.Experiments.Lsz;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// Section 5's judgements on made-up series. The figure claims run SGD and flows for seconds, so their whole-claim tests stay out
    /// of the mutation filter; these tests judge small hand-made series instead, each value chosen at a decision's edge: a deviation
    /// equal to its tolerance passes and one above fails, a bound equal to cos θ + 10⁻⁷ passes and one above fails, a sample at t = T
    /// belongs to the first phase. Values are dyadic where an equality must hold exactly in double.
    /// </summary>
    public sealed class Section5Judges
    {
        private static readonly double[] T = [0, 1, 2, 3];
        private const double TransitionT = 1;   // the sample at t = T is in phase 1

        /// <summary>cos θ rises to 0.99 (the check's floor, passes); ‖w‖ dips at t = 1 then rises; SGD deviates by exactly its
        /// tolerance Bias + 5σ = 1/16 + 5/16 = 3/8 at t = 0.</summary>
        private static Fig1Series Series(double[]? cosSgd = null, double[]? normGf = null, double[]? normSgd = null, double[]? cosGf = null) =>
            new(T, cosGf ?? [0.5, 0.75, 0.875, 0.99], normGf ?? [1, 0.5, 0.75, 1], [0, 0, 0, 0], cosSgd ?? [0.875, 0.75, 0.875, 0.99],
                normSgd ?? [1, 0.5, 0.75, 1], [0, 0, 0, 0], TransitionT, [0, 1], 0, new SgdTolerance([0.0625, 0.0625, 0.0625, 0.0625],
                    [0.0625, 0.0625, 0.0625, 0.0625], [0.0625, 0.0625, 0.0625]));

        private static readonly double[] Low = [0, 0, 0, 0];

        /// <summary>Bounds at exactly cos θ + 10⁻⁷ (the slack of the checks): tight, not exceeded.</summary>
        private static double[] AtSlack(Fig1Series s) => s.CosGf.Select(c => c + 1e-7).ToArray();

        private static Evaluation A(Fig1Series s, double[] p1, double[] p2, double[] p3, double[] c2, double[] c3, bool printed = true,
            Context? ctx = null) => Lsz.Figure1a.Judge(s, (p1, p2, p3, c2, c3), ctx ?? Context.AsPrinted, printed, () => "WORST");

        [Fact]
        public void Sgd_deviation_equal_to_its_tolerance_passes_and_above_it_fails()
        {
            var s = Series();
            Assert.Null(Lsz.Figure1b.Sgd(s, Context.AsPrinted));
            var bad = Lsz.Figure1b.Sgd(Series(cosSgd: [0.9375, 0.75, 0.875, 0.99]), Context.AsPrinted);
            Assert.NotNull(bad);
            Assert.Equal(Status.Fails, bad.Status);
            Assert.Equal(0.4375, bad.Violation);
            Assert.Contains("t = 0: |cos θ_SGD − cos θ_GF| = 0.438 > 0.375 (GD bias 0.0625 + 5σ, σ = 0.0625)", bad.Detail, StringComparison.Ordinal);
            // The wrong variant allows 10⁻⁶ only.
            Assert.Equal(0.375, Lsz.Figure1b.Sgd(s, new Context(Variant: "sgd-within-1e-6"))!.Violation);
        }

        [Fact]
        public void Sgd_checks_the_norm_pattern_of_the_flow_exactly_and_of_SGD_within_five_sigma()
        {
            var flow = Lsz.Figure1b.Sgd(Series(normGf: [1, 0.5, 0.75, 0.7]), Context.AsPrinted);
            Assert.StartsWith("gradient flow: norm falls at t = 3 after its minimum at t = 1", flow!.Detail, StringComparison.Ordinal);
            // Slack 5 · 1/16 = 5/16: an SGD dip of 0.25 after the minimum passes, one of 0.375 fails.
            Assert.Null(Lsz.Figure1b.Sgd(Series(normSgd: [1, 0.5, 0.75, 0.5]), Context.AsPrinted));
            var sgd = Lsz.Figure1b.Sgd(Series(normSgd: [1, 0.5, 0.875, 0.5]), Context.AsPrinted);
            Assert.StartsWith("SGD (slack 0.312): norm falls at t = 3", sgd!.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Figure1a_judge_holds_with_every_bound_at_its_slack()
        {
            var s = Series();
            var b = AtSlack(s);
            var ok = A(s, b, b, b, b, b);
            Assert.Equal(Status.Holds, ok.Status);
            Assert.Equal("T = 1, cos θ(20) = 0.99; both restarts below cos θ_GF", ok.Detail);
        }

        [Fact]
        public void Figure1a_judge_needs_cos_theta_at_the_horizon_of_at_least_0_99()
        {
            var s = Series(cosGf: [0.5, 0.75, 0.875, 0.98], cosSgd: [0.5, 0.75, 0.875, 0.98]);
            var e = A(s, Low, Low, Low, Low, Low);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(0.99 - 0.98, e.Violation);
            Assert.Equal("cos θ(20) = 0.98", e.Detail);
        }

        /// <summary>Phase 1 up to and including t = T (the bound P1), phase 2 after it (P2 printed, P3 proved); a bound above cos θ +
        /// 10⁻⁷ fails with its gap as the violation, and the printed failure names the located worst gap.</summary>
        [Fact]
        public void Figure1a_judge_takes_each_phase_bound_on_its_side_of_T()
        {
            var s = Series();
            double[] high = [1, 1, 1, 1];
            // P1 high after T and P2 high up to T: neither is used there.
            var ok = A(s, [0, 0, 1, 1], [1, 1, 0, 0], [1, 1, 0, 0], Low, Low);
            Assert.Equal(Status.Holds, ok.Status);
            var p1 = A(s, [0, 1, 0, 0], Low, Low, Low, Low);
            Assert.Equal(Status.Fails, p1.Status);
            Assert.Equal(0.25, p1.Violation);
            Assert.Equal("t = 1 (T = 1): Theorem 1 bound 1 > cos θ_GF = 0.75; WORST", p1.Detail);
            var printed = A(s, Low, [0, 0, 1, 0], Low, Low, Low);
            Assert.Equal(0.125, printed.Violation);
            Assert.Equal("t = 2 (T = 1): Theorem 1 bound 1 > cos θ_GF = 0.875; WORST", printed.Detail);
            Assert.Equal(Status.Holds, A(s, Low, [0, 0, 1, 0], Low, Low, Low, printed: false).Status);
            var proved = A(s, Low, Low, [0, 0, 0, 1], Low, Low, printed: false);
            Assert.Equal("t = 3 (T = 1): Theorem 1 bound 1 > cos θ_GF = 0.99", proved.Detail);
            Assert.Equal(1 - 0.99, proved.Violation, 15);
            var slack = s.CosGf[1] + 2e-7;
            Assert.Equal(2e-7, A(s, [0, slack, 0, 0], Low, Low, Low, Low).Violation, 12);
            Assert.Equal(Status.Holds, A(s, high.Select((_, i) => i <= 1 ? 0.0 : 1).ToArray(), Low, Low, Low, Low).Status);
        }

        [Fact]
        public void Figure1a_judge_checks_the_caption_restart_of_the_printed_or_the_proved_bound()
        {
            var s = Series();
            var c2 = A(s, Low, Low, Low, [0, 0, 0.9375, 0], Low);
            Assert.Equal(0.0625, c2.Violation);
            Assert.Equal("t = 2: Theorem 1 phase-2 bound restarted at t = 5 (the caption's n = 5000) 0.9375 > cos θ_GF = 0.875", c2.Detail);
            Assert.Equal(Status.Holds, A(s, Low, Low, Low, [0, 0, 0.9375, 0], Low, printed: false).Status);
            Assert.Equal(Status.Fails, A(s, Low, Low, Low, Low, [0, 0, 0.9375, 0], printed: false).Status);
            Assert.Equal(Status.Holds, A(s, Low, Low, Low, Low, [0, 0, 0.9375, 0]).Status);
            var b = AtSlack(s);
            Assert.Equal(Status.Holds, A(s, Low, Low, Low, b, b).Status);
        }

        private static Evaluation B(Fig1Series s, double gap = 0, double[]? l1 = null, double[]? l2 = null, double[]? up = null,
            double[]? nl = null, double[]? nu = null, double[]? l2c = null) =>
            Lsz.Figure1b.Judge(new LszExperiments.Fig1bData(s, s.CosGf, gap), (l1 ?? Low, l2 ?? Low, up ?? [1, 1, 1, 1], Low, nl ?? Low,
                nu ?? [2, 2, 2, 2], l2c ?? Low), Context.AsPrinted, 8.5, 0.25);

        [Fact]
        public void Figure1b_judge_reports_the_located_event_and_the_largest_SGD_deviation()
        {
            var ok = B(Series(), gap: 1e-6);
            Assert.Equal(Status.Holds, ok.Status);
            Assert.Equal("located T = 8.5, min ‖w_e‖ = ‖w_e(T)‖ = 0.25, max |cos θ_SGD − cos θ_GF| = 0.375, cos θ(30) = 0.99", ok.Detail);
            var gap = B(Series(), gap: 2e-6);
            Assert.Equal(2e-6, gap.Violation);
            Assert.Equal("layer-wise flow and Eq. (14) differ by 2E-06", gap.Detail);
            Assert.Equal(Status.Fails, B(Series(cosSgd: [0.9375, 0.75, 0.875, 0.99])).Status);
        }

        [Fact]
        public void Figure1b_judge_takes_the_lower_bound_of_each_phase_and_the_caption_restart()
        {
            var s = Series();
            Assert.Equal(Status.Holds, B(s, l1: [0, 0, 1, 1], l2: [1, 1, 0, 0], l2c: AtSlack(s)).Status);
            var l1 = B(s, l1: [0, 1, 0, 0]);
            Assert.Equal(0.25, l1.Violation);
            Assert.Equal("t = 1: Theorem 3 lower bound 1 > cos θ = 0.75", l1.Detail);
            var l2 = B(s, l2: [0, 0, 1, 0]);
            Assert.Equal("t = 2: Theorem 3 lower bound 1 > cos θ = 0.875", l2.Detail);
            Assert.Equal(2e-7, B(s, l1: [s.CosGf[0] + 2e-7, 0, 0, 0]).Violation, 12);
            var c = B(s, l2c: [0, 0, 0, 1]);
            Assert.Equal(1 - 0.99, c.Violation, 15);
            Assert.Equal("t = 3: Theorem 3 phase-2 lower bound restarted at t = 18 (the caption's n = 18000) 1 > cos θ = 0.99", c.Detail);
            Assert.Equal(2e-7, B(s, l2c: [s.CosGf[0] + 2e-7, 0, 0, 0]).Violation, 12);
        }

        [Fact]
        public void Figure1b_judge_checks_the_upper_bound_and_Lemma_8s_norm_bounds_with_their_slack()
        {
            var s = Series();
            var atSlack = s.CosGf.Select(c => c - 1e-7).ToArray();
            Assert.Equal(Status.Holds, B(s, up: atSlack).Status);
            var up = B(s, up: [1, 0.5, 1, 1]);
            Assert.Equal(0.25, up.Violation);
            Assert.Equal("t = 1: Theorem 3 upper bound (printed E) 0.5 < cos θ = 0.75", up.Detail);
            Assert.Equal(2e-7, B(s, up: [s.CosGf[0] - 2e-7, 1, 1, 1]).Violation, 12);
            // Bounds [1, 1/2, 3/4, 1] with ‖w_e‖ exactly at their slack (the same double expression as the check) pass.
            double[] nb = [1, 0.5, 0.75, 1];
            Assert.Equal(Status.Holds, B(Series(normGf: nb.Select(n => n - 1e-7).ToArray()), nl: nb).Status);
            Assert.Equal(Status.Holds, B(Series(normGf: nb.Select(n => n + 1e-7).ToArray()), nu: nb).Status);
            Assert.Equal(Status.Fails, B(Series(normGf: nb.Select(n => n - 2e-7).ToArray()), nl: nb).Status);
            Assert.Equal(Status.Fails, B(Series(normGf: nb.Select(n => n + 2e-7).ToArray()), nu: nb).Status);
            var low = B(s, nl: [0, 0.75, 0, 0]);
            Assert.Equal("t = 1: ‖w_e‖ = 0.5 outside Lemma 8's [0.75, 2]", low.Detail);
            Assert.Equal(Status.Fails, B(s, nu: [2, 2, 2, 0.75]).Status);
        }

        /// <summary>Both phases need a sample at or before T and one after it; the caption's restart counts only strictly between T and
        /// the horizon.</summary>
        [Fact]
        public void Phases_needs_samples_on_both_sides_of_T_and_the_caption_restart_strictly_inside()
        {
            Assert.Equal(Set("both-phases", "both-restarts"), Lsz.Figure1b.Phases(Series(), 2).ToHashSet());
            Assert.Equal(Set("both-phases"), Lsz.Figure1b.Phases(Series(), 1).ToHashSet());
            Assert.Equal(Set("both-phases"), Lsz.Figure1b.Phases(Series(), 3).ToHashSet());
            Assert.Equal(Set("both-phases"), Lsz.Figure1b.Phases(Series() with { TransitionT = 0 }, 5).ToHashSet());
            Assert.Empty(Lsz.Figure1b.Phases(Series() with { TransitionT = 3 }, 3.5));
            Assert.DoesNotContain("both-phases", Lsz.Figure1b.Phases(Series() with { TransitionT = -1 }, -0.5));
            Assert.Equal(Set("both-restarts"), Lsz.Figure1b.Phases(Series() with { TransitionT = -1 }, 0.5).ToHashSet());
        }

        /// <summary>A made-up grid for Fig. 2: points (w₁, w₂) with g, its sampling band, and the population and sample signs.</summary>
        private static LszExperiments.Fig2Data Grid(params (double W1, double W2, double G, double Band, int Pop, int Sample)[] p) =>
            new(p.Select(x => x.W1).ToArray(), p.Select(x => x.W2).ToArray(), p.Select(x => x.G).ToArray(), new double[p.Length],
                p.Select(x => x.Pop).ToArray(), p.Select(x => x.Sample).ToArray(), new double[p.Length], p.Select(x => x.Band).ToArray());

        /// <summary>Lemma 3 (iv)'s radius along v: c₀ cos 0/(2πl) = 4/π for l = 1/8.</summary>
        private static readonly double Radius = 1.0 * Math.Cos(0) / (2 * Math.PI * 0.125);

        [Fact]
        public void Figure2_classes_skip_the_origin_and_decide_each_region_at_its_edge()
        {
            // (0, −1) obtuse; (0, 1) inside the radius 4/π but outside π/4; (1, 0) at θ = π/2 exactly; |g| = band at (1, 0).
            var full = Grid((0, 0, 0, 0, 0, 0), (0, -1, -1, 0.5, -1, -1), (0, 1, 0.5, 0.25, 1, 1), (1, 0, 0.125, 0.125, 1, 1));
            Assert.Equal(Set("obtuse-region", "lemma3-iv-region", "zero-set-band"), Lsz.Figure2.Classes(full).ToHashSet());
            // θ = π/2 is not obtuse; 1.5 > 4/π is outside the region; the origin (θ = 0, g = 0 = band) counts for nothing.
            var none = Grid((0, 0, 0, 0, 0, 0), (1, 0, 0.5, 0.25, 1, 1), (0, 1.5, 0.5, 0.25, 1, 1));
            Assert.Empty(Lsz.Figure2.Classes(none));
            Assert.Equal(Math.Abs(Radius), Math.Sqrt(Radius * Radius));
            Assert.Equal(Set("lemma3-iv-region"), Lsz.Figure2.Classes(Grid((0, Radius, 0.5, 0.25, 1, 1))).ToHashSet());
            Assert.Empty(Lsz.Figure2.Classes(Grid((0, Math.BitIncrement(Radius), 0.5, 0.25, 1, 1))));
            Assert.Equal(Set("lemma3-iv-region"), Lsz.Figure2.Classes(Grid((0.5, 1, 0.5, 0.25, 1, 1))).ToHashSet());
        }

        [Fact]
        public void Figure2_judge_requires_the_proved_signs_and_excuses_sample_signs_only_inside_the_band()
        {
            // The origin's signs are never judged; θ = π/2 is in neither region; (0, 1.5) is outside Lemma 3 (iv)'s radius.
            var ok = Grid((0, 0, 1, 0, -1, 1), (1, 0, 0.5, 0.25, 1, 1), (0, 1.5, -0.5, 0.25, -1, -1), (0, -1, -0.25, 0.25, -1, 1),
                (0, 1, 0.5, 0.5, 1, -1), (2, 0, 0, 1, 0, 1));
            var e = Lsz.Figure2.Judge(ok, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal("6 grid points, 2 with g > 0 (all in the upper half-plane); sample signs disagreeing with the population: 3, all inside the " +
                "sampling band", e.Detail);
            var obtuse = Lsz.Figure2.Judge(Grid((0, -1, 0.25, 0.25, 1, 1)), Context.AsPrinted);
            Assert.Equal(0.25, obtuse.Violation);
            Assert.Equal("w = (0, -1): θ > π/2 but g = 0.25", obtuse.Detail);
            var region = Lsz.Figure2.Judge(Grid((0, 1, -0.5, 0.25, -1, -1)), Context.AsPrinted);
            Assert.Equal(0.5, region.Violation);
            Assert.Equal("w = (0, 1): Lemma 3 (iv) region but g = -0.5", region.Detail);
            var band = Lsz.Figure2.Judge(Grid((0, 1, 0.5, 0.25, 1, -1)), Context.AsPrinted);
            Assert.Equal(0.5, band.Violation);
            Assert.Equal("w = (0, 1): the 1000-sample sign -1 disagrees with g = 0.5 outside the sampling band 0.25", band.Detail);
            Assert.Equal(Status.Fails, Lsz.Figure2.Judge(Grid((0, 1, 0.5, 0.5, 1, -1)), new Context(Variant: "no-sampling-band")).Status);
        }
    }
}
