using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Models.Sbg;
using Xunit;
using T = Verification.Spec.Sbg.Theorem5_1Tightness;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>
    /// Section 5, the sharp constant's certificates: the best pattern's configuration satisfies its program, the helpers of the
    /// search solve what they say exactly, witnesses and their confirmed constants, and every entry point's domain.
    /// </summary>
    public sealed class Section5TightnessCertificates
    {
        private static Rational Q(int p, int q) => new(p, q);

        private static Rational Sum(IEnumerable<Rational> v) => v.Aggregate(Rational.Zero, (s, x) => s + x);

        private static Rational SumSigma(IEnumerable<Rational> v, Rational alpha) => Sum(v.Select(x => LeakyReluNetwork<Rational>.Sigma(x, alpha)));

        [Theory]
        [InlineData(1, 10, 1)]
        [InlineData(1, 10, 2)]
        [InlineData(1, 2, 3)]
        [InlineData(3, 4, 4)]
        [InlineData(1, 4, 5)]
        public void The_best_patterns_configuration_is_feasible_and_attains_the_supremum(int p, int q, int k)
        {
            var alpha = Q(p, q);
            var cert = T.Supremum(alpha, k);
            var (w, u) = (cert.Best.W, cert.Best.U);
            Assert.Equal(k, w.Length);
            Assert.Equal(k, u.Length);
            var (pm, qm) = (Sum(w) / k, Sum(u) / k);
            Assert.Equal(cert.Supremum, pm - qm);                       // the value is P − Q of the configuration
            Assert.All(w, x => Assert.True(Rational.Abs(x - pm) <= 1)); // r = 1 around each mean
            Assert.All(u, x => Assert.True(Rational.Abs(x - qm) <= 1));
            Assert.True(SumSigma(w, alpha) - SumSigma(u, alpha) <= 0);  // N(x) ≤ 0 at x = 1
            // its pattern: projections > 0 are active, < 0 inactive (0 may be either)
            Assert.InRange(cert.Best.ActiveW, w.Count(x => x.Sign > 0), w.Count(x => x.Sign >= 0));
            Assert.InRange(cert.Best.ActiveU, u.Count(x => x.Sign > 0), u.Count(x => x.Sign >= 0));
            Assert.Equal((k + 1) * (k + 1), cert.Programs);
        }

        [Fact]
        public void Every_entry_point_refuses_alpha_outside_0_1_and_k_below_1()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => T.ClosedForm(Q(1, 2), 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.ClosedForm(Q(1, 2), -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.Supremum(0, 2));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.Supremum(Q(1, 2), 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.AdmitsCounterexample(1, 2, Q(1, 10)));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.AdmitsCounterexample(Q(1, 2), 0, Q(1, 10)));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.AdmitsCounterexample(Q(1, 2), 2, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.SupremumOverNeuronPatterns(1, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.SupremumOverNeuronPatterns(Q(1, 2), 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => T.Search(0, 2, 1, starts: 1));
        }

        [Fact]
        public void Largest_failing_centre_is_exact_for_asymmetric_deviations()
        {
            Rational[] a = [Q(-1, 2), Q(1, 3), 1];
            var alpha = Q(1, 4);
            foreach (var target in new Rational[] { -5, -1, 0, Q(1, 2), 2, 7 })
            {
                var p = T.LargestFailingCentre<Rational>(a, alpha, target);
                Assert.Equal(target, SumSigma(a.Select(x => p + x), alpha));
            }
        }

        [Fact]
        public void Decode_gives_a_configuration_on_the_failure_boundary_with_its_largest_deviation()
        {
            var alpha = Q(1, 4);
            Rational[] theta = [Q(-1, 3), Q(1, 2), -2, Q(1, 5), Q(3, 2), 0, -1];
            var (w, u, r) = T.Decode<Rational>(theta, alpha, 3);
            var (pm, qm) = (Sum(w) / 3, Sum(u) / 3);
            Assert.Equal(Q(-1, 3), qm);                                        // Q = θ₀; the deviations have mean 0
            Assert.Equal(SumSigma(u, alpha), SumSigma(w, alpha));              // P is the centre at which N(x) = 0
            Assert.Equal(w.Concat(u).Select((x, i) => Rational.Abs(x - (i < 3 ? pm : qm))).Max(), r);
            Assert.True(r > 0);
            var (wd, ud, rd) = T.Decode<double>(theta.Select(x => x.ToDouble()).ToArray(), 0.25, 3);
            Assert.Equal((wd.Average() - ud.Average()) / rd, T.Objective(theta.Select(x => x.ToDouble()).ToArray(), 0.25, 3), 12);
            Assert.Equal(((pm - qm) / r).ToDouble(), T.Objective(theta.Select(x => x.ToDouble()).ToArray(), 0.25, 3), 9);
        }

        [Fact]
        public void Witness_case_has_the_means_and_the_largest_deviation_as_r()
        {
            var x = T.WitnessCase(Q(1, 2), [1, 3], [-4, 0]);
            Assert.Equal(new[] { (Rational)2 }, x.WCentre);
            Assert.Equal(new[] { (Rational)(-2) }, x.UCentre);
            Assert.Equal((Rational)2, x.R);
            Assert.Equal(new[] { Rational.One }, x.X);
        }

        /// <summary>
        /// α = 1/2, k = 2 (c* = 1/3): w-neurons at w̄ = 3/5, u-neurons at ū ± r with ū = 1/2, r = 1, x = (1): N = −1/20 &lt; 0 &lt; (w̄ − ū)·x.
        /// </summary>
        private static ClusteredCase Failing(Rational[] x, Rational v) =>
            new(new LeakyReluNetwork<Rational>([[Q(3, 5)], [Q(3, 5)]], [[Q(3, 2)], [Q(-1, 2)]], v, Q(1, 2)), [Q(3, 5)], [Q(1, 2)], 1, x);

        [Fact]
        public void Confirmed_constant_is_the_ratio_on_a_failing_case_and_checks_each_hypothesis()
        {
            Assert.Equal(Q(1, 10), T.ConfirmedConstant(Failing([1], 1)));  // |(w̄ − ū)·x|/(r‖x‖) with u-neurons exactly at r
            Assert.Equal(Q(1, 10), T.ConfirmedConstant(Failing([2], 1)));  // scale-free in x
            var closed = new ClusteredCase(new LeakyReluNetwork<Rational>([[0], [0]], [[Q(4, 3)], [Q(-8, 3)]], 1, Q(1, 2)), [0], [Q(-2, 3)], 2, [2]);
            Assert.Equal(Q(1, 3), T.ConfirmedConstant(closed));             // the closed-form configuration with r = 2, x = (2)
            Assert.Null(T.ConfirmedConstant(Failing([1], 0)));              // v = 0: N ≡ 0, outside the theorem
            // a u-neuron outside the radius (k = 3, U = (1/2, 5/2, −3/2), ū = 1/2): rejected although N < 0 < (w̄ − ū)·x
            var outside = new ClusteredCase(
                new LeakyReluNetwork<Rational>([[Q(3, 5)], [Q(3, 5)], [Q(3, 5)]], [[Q(1, 2)], [Q(5, 2)], [Q(-3, 2)]], 1, Q(1, 2)),
                [Q(3, 5)], [Q(1, 2)], 1, [1]);
            Assert.True(new Verification.Spec.Sbg.Theorem5_1().Evaluate(outside, Verification.Harness.Context.AsPrinted).IsFailure);
            Assert.Null(T.ConfirmedConstant(outside));
            var twoD = new ClusteredCase(new LeakyReluNetwork<Rational>([[0, 0]], [[0, 0]], 1, Q(1, 2)), [0, 0], [0, 0], 1, [1, 0]);
            Assert.Throws<ArgumentException>(() => T.ConfirmedConstant(twoD));
        }
    }
}
