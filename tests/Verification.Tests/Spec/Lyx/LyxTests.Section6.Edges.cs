using Verification.Arithmetic;
using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Spec;

public static partial class LyxTests
{
    /// <summary>Section 6 edges the oracles left open: the Kelvin claim's exact square root at its ends, Table 1's bootstrap quantile
    /// indices, the acute-angle claim's wrong variant (five iterations, cheap) and the MNIST seeds.</summary>
    public sealed class Section6Edges
    {

        /// <summary>|x| = R with Math.Sqrt((double)R²) truncated = R − 2 (double rounding at 2^54.6), found by search: the exact root is
        /// the last candidate s + 2 of the square root's window.</summary>
        private const long RootAtWindowEnd = 27767561492526494;

        private static Lyx.KelvinCase K(Rational[] w, Rational[] u, Rational[] x) => new([w], [u], Rational.Zero, x);

        [Fact]
        public void Kelvin_square_root_finds_a_root_at_the_end_of_its_window()
        {
            // w = (1, 0), x = (R, 0): f(x) = R, x̃ = (1, 0), f(x̃) = 1 (capped); |x| = R is found only if the window reaches s + 2
            var x = K(V(1, 0), V(0, 0), [Q(RootAtWindowEnd), 0]);
            Assert.Equal(new HashSet<string> { "rho-capped" }, Kelvin.Classify(x).ToHashSet());
            var e = Kelvin.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Equal($"l = 0, ρ(θ) = 1, |x*| = 1/{RootAtWindowEnd}", e.Detail);
        }

        [Fact]
        public void Kelvin_origin_has_norm_zero_and_no_kelvin_image()
        {
            // √0 = 0 is found (not 'no rational root'), so x̃ = x/|x| divides by zero
            Assert.Throws<DivideByZeroException>(() => Kelvin.Classify(K(V(1, 0), V(0, 0), V(0, 0))).ToList());
        }

        [Fact]
        public void Table1_bootstrap_quantile_indices()
        {
            // {0, 1, 2}, three draws: std 0 (3/27), √(1/3) (12/27), 1 (6/27), √(4/3) (6/27). α = 0.6 puts the quantiles at ranks
            // 600 and ~1400 of 2000, whose expected cumulative counts 222 | 1111 and 1111 | 1556 lie 13 and 8 standard deviations
            // away: lo = √(1/3), hi = 1 (the stds are computed in doubles: 1e-12)
            var (lo, hi) = Lyx.Table1.BootstrapStd([0, 1, 2], 2000, 0.6, 5);
            Assert.Equal(Math.Sqrt(1.0 / 3), lo, 1e-12);
            Assert.Equal(1, hi, 1e-12);
            // α = 0: the quantiles are the extremes, the upper index clamped to the last resample (100 of {0, 2}: both stds occur)
            var (min, max) = Lyx.Table1.BootstrapStd([0, 2], 100, 0, 1);
            Assert.Equal(0, min);
            Assert.Equal(Math.Sqrt(2), max, 1e-15);
        }

        [Fact]
        public void Acute_angles_wrong_variant_fails_within_five_iterations()
        {
            var claim = (Lyx.JTextAcuteAngles)ClaimAssert.Get("LYX.J.Text.AcuteAngles");
            // from N(0, 1) weights no run separates the 1760 points with margin in five steps: every angle is reported unconverged
            var e = claim.Evaluate(new Lyx.ExpCase(0, 0, 0), new Context(Variant: "cap-5"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1, e.Violation);
            Assert.Equal(string.Join("; ", Enumerable.Range(1, 6).Select(j => $"θ = {j}π/12: not converged")), e.Detail);
        }

        [Fact]
        public void Mnist_seeds_are_positive()
        {
            var mnist = (Lyx.MnistExperiment)ClaimAssert.Get("LYX.MNIST");
            var seeds = GeneratedCases.Of(mnist, 50).Select(x => x.Seed).ToList();
            Assert.All(seeds, s => Assert.InRange(s, 1, 100_000));
            Assert.Contains(seeds, s => s > 1);
        }
    }
}
