using Verification.Harness;
using Verification.Spec;
using Xunit;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Remarks 6 and 7 (Lsz.Growth.cs): the certified bounds of S_n against their closed forms, the law spreads, the
    /// coverage classes and each branch of the growth check.</summary>
    public sealed class GrowthOracles
    {
        private static readonly Lsz.Remark6 Remark6 = (Lsz.Remark6)ClaimAssert.Get("LSZ.Remark6");
        private static readonly Lsz.Remark7 Remark7 = (Lsz.Remark7)ClaimAssert.Get("LSZ.Remark7");

        private static Lsz.GrowthCase Harmonic(double eta0, double a, double c = 0) => new(new Lsz.Schedule("power", eta0, -1), a, c, "harmonic");
        private static Lsz.GrowthCase Power(double eta0, double alpha, double a, double c = 0) => new(new Lsz.Schedule("power", eta0, alpha), a, c, "power");
        private static Lsz.GrowthCase Geometric(double eta0, double q, double a, double c = 0) =>
            new(new Lsz.Schedule("geometric", eta0, q), a, c, "geometric");
        private static Lsz.GrowthCase Summable(double eta0, double alpha, double a, double c = 0) =>
            new(new Lsz.Schedule("power", eta0, alpha), a, c, "summable");

        /// <summary>Relative closeness: the spreads below are a handful of floating-point operations on the same inputs (≲ 10⁻¹⁴).</summary>
        private static void Near(double expected, double actual, double rel = 1e-12) =>
            Assert.True(Math.Abs(expected - actual) <= rel * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

        /// <summary>e = 1, C = 1: the offset (A + π²/6 + 1)/1 equals 20 exactly for A = 19 − π²/6 when the sum rounds back to 19.</summary>
        private static double AtTwenty()
        {
            var p = 1.0 * 1.0 * Math.PI * Math.PI / 6;
            var a = 19 - p;
            while (a + p + 1 < 20) a = Math.BitIncrement(a);
            while (a + p + 1 > 20) a = Math.BitDecrement(a);
            return a;
        }

        public static TheoryData<Lsz.GrowthCase, string[]> Classes => new()
        {
            { Geometric(1, 2, 1, 4), ["geometric"] },
            { Power(0.25, 0.5, 10, 0.25), ["power"] },                     // a large offset outside the harmonic family is no class
            { Summable(1, -1.5, 1, 1), ["summable"] },
            { Harmonic(0.25, 10), ["harmonic"] },                           // C = 0 (Remark 6): no offset inside a root
            { Harmonic(0.25, 10, 0.25), ["harmonic", "harmonic-large-offset"] },
            { Harmonic(1, 19.01 - Math.PI * Math.PI / 6, 1), ["harmonic", "harmonic-large-offset"] },
            { Harmonic(1, 18.99 - Math.PI * Math.PI / 6, 1), ["harmonic"] },
            { Harmonic(1, AtTwenty(), 1), ["harmonic", "harmonic-large-offset"] },
            // each term of the offset counts: A alone, η₀²π²/6 alone (small C) and the Cη₀ in the numerator
            { Harmonic(1, 0, 0.05), ["harmonic", "harmonic-large-offset"] },     // (π²/6 + 0.05)/0.05 = 33.9
            { Harmonic(4, 0, 4), ["harmonic"] },                                   // (16π²/6 + 16)/16 = 2.64
            { Harmonic(0.01, 1, 4), ["harmonic", "harmonic-large-offset"] },     // (1 + 10⁻⁴π²/6 + 0.04)/0.04 = 26
            { Harmonic(1, 1, 4), ["harmonic"] },                                   // (1 + π²/6 + 4)/4 = 1.66
        };

        [Fact]
        public void Remarks6_7_classify_exactly() =>
            Table.Each(Classes, (Lsz.GrowthCase x, string[] expected) =>
            {
                Assert.Equal(Set(expected), Remark7.Classify(x).ToHashSet());
                Assert.Equal(Set(expected), Remark6.Classify(x).ToHashSet());
            });

        [Fact]
        public void Growth_offset_at_twenty_is_exact()
        {
            var a = AtTwenty();
            Assert.Equal(20, a + Math.PI * Math.PI / 6 + 1);
            Assert.Equal(Set("harmonic"), Remark7.Classify(Harmonic(1, Math.BitDecrement(a), 1)).ToHashSet());
        }

        /// <summary>The generated families as documented (Lsz.RandomGrowth): A, η₀ ∈ (0, 4]·…, C = 0 for S⁻ and in (0, 4] for S⁺;
        /// geometric q = 1 + k/20; power α ∈ [−0.85, 2.95] at least 0.15 from −1/2; harmonic α = −1; summable α ∈ [−2.5, −1.5].</summary>
        [Fact]
        public void Growth_generators_keep_to_the_families()
        {
            foreach (var plus in new[] { false, true })
            {
                var xs = Section3_4Oracles.Draws(300).Select(c => plus ? Remark7.Generate(c, Context.AsPrinted) : Remark6.Generate(c, Context.AsPrinted))
                    .ToList();
                Assert.All(xs, x =>
                {
                    var s = x.Schedule;
                    Assert.True(x.A > 0 && x.A <= 10 && s.Eta0 > 0 && s.Eta0 <= 4 && (plus ? x.C > 0 && x.C <= 4 : x.C == 0), $"{x}");
                    var ok = x.Family switch
                    {
                        "geometric" => s.Kind == "geometric" && s.Param >= 1.05 - 1e-12 && s.Param <= 2,
                        "power" => s.Kind == "power" && s.Param >= -0.85 - 1e-12 && s.Param <= 2.95 + 1e-12 && Math.Abs(s.Param + 0.5) >= 0.15 - 1e-12,
                        "harmonic" => s.Kind == "power" && s.Param == -1,
                        "summable" => s.Kind == "power" && s.Param >= -2.5 && s.Param <= -1.5,
                        _ => false,
                    };
                    Assert.True(ok, $"{x}");
                });
                foreach (var f in new[] { "geometric", "power", "harmonic", "summable" }) Assert.Contains(xs, x => x.Family == f);
                Assert.Equal(plus, xs.Any(x => Remark7.Classify(x).Contains("harmonic-large-offset")));
            }
        }

        /// <summary>
        /// Harmonic, C = 0: S_n ∈ [η₀u/√B', η₀(1 + u)/√A₁] (B' = A + η₀²π²/6, A₁ = A + η₀², u = ln n) at u = 10⁴ and 10⁸, so
        /// the spread of S/g is (1 + 10⁻⁴)√(B'/A₁) for g = ln n, 100.000001√(B'/A₁) for √ln n and 10000.0001√(B'/A₁) for 1.
        /// Remark 6 ignores C (S_n⁻), so a case carrying C = 2 gives the same.
        /// </summary>
        [Fact]
        public void Harmonic_minus_spreads_match_their_closed_forms()
        {
            foreach (var (eta0, a) in new[] { (0.25, 10.0), (4, 0.25), (1, 1) })
            {
                var r = Math.Sqrt((a + eta0 * eta0 * Math.PI * Math.PI / 6) / (a + eta0 * eta0));
                foreach (var c in new[] { 0.0, 2 })
                {
                    var x = Harmonic(eta0, a, c);
                    Near((1 + 1e-4) * r, Lsz.GrowthLawSpread(x, 1, false));
                    Near(100.000001 * r, Lsz.GrowthLawSpread(x, 0.5, false));
                    Near(10000.0001 * r, Lsz.GrowthLawSpread(x, 0, false));
                }
            }
        }

        /// <summary>Harmonic, C &gt; 0 (Remark 7's certificate, as documented on Lsz.Bounds): lower (2/C)(√(B + Cη₀u) − √B), upper
        /// η₀/√(A₁ + Cη₀ ln 2) + (2/C)(√(A₁ + Cη₀u) − √A₁), B = A + η₀²π²/6 + Cη₀, A₁ = A + η₀².</summary>
        [Fact]
        public void Harmonic_plus_spreads_match_their_closed_forms()
        {
            foreach (var (eta0, a, c) in new[] { (0.25, 10.0, 0.25), (4, 0.25, 4), (1, 2, 0.5) })
            {
                var b = a + eta0 * eta0 * Math.PI * Math.PI / 6 + c * eta0;
                var a1 = a + eta0 * eta0;
                double Lo(double u) => 2 / c * (Math.Sqrt(b + c * eta0 * u) - Math.Sqrt(b));
                double Hi(double u) => eta0 / Math.Sqrt(a1 + c * eta0 * Math.Log(2)) + 2 / c * (Math.Sqrt(a1 + c * eta0 * u) - Math.Sqrt(a1));
                foreach (var (p, g) in new (double, Func<double, double>)[] { (0.5, Math.Sqrt), (1, u => u), (0, _ => 1) })
                {
                    var spread = Math.Max(Hi(1e4) / g(1e4), Hi(1e8) / g(1e8)) / Math.Min(Lo(1e4) / g(1e4), Lo(1e8) / g(1e8));
                    Near(spread, Lsz.GrowthLawSpread(Harmonic(eta0, a, c), p, true));
                }
            }
        }

        /// <summary>
        /// Geometric, q = 2, η₀ = A = 1, C = 0: at n = 10⁴ and 10⁸, k₀ = n/100 and q^(−k₀) ≤ 2⁻¹⁰⁰, so both the lower term bound ℓ and
        /// the upper u are √(1 − q⁻²) = √3/2 to 10⁻⁶⁰: S_n ∈ [0.99n·√3/2, n(0.01 + 0.99·√3/2)]. The spread of S/n is
        /// 1 + 0.01/(0.99·√3/2), that of S/√n is 100 times the upper over the lower constant.
        /// </summary>
        [Fact]
        public void Geometric_spreads_match_their_closed_forms()
        {
            var l = 0.99 * Math.Sqrt(3) / 2;
            var h = 0.01 + l;
            Near(h / l, Lsz.GrowthLawSpread(Geometric(1, 2, 1), 1, false));
            Near(100 * h / l, Lsz.GrowthLawSpread(Geometric(1, 2, 1), 0.5, false));
            Near(h / l, Lsz.GrowthLawSpread(Geometric(1, 2, 1, 3), 1, false));   // Remark 6 drops C
        }

        /// <summary>Geometric with q = 1.05 where A and C still matter at n = 10⁴ (k₀ = 100, e^(−le) ≈ 0.03): the documented bounds
        /// ℓ = 1/√(Ae^(−2le) + q²/(q² − 1) + Cqe^(−le)/(q − 1)), le = ln η₀ + k₀ ln q, and u = √((q² − 1)/(q² − q^(−2k₀))).</summary>
        [Fact]
        public void Geometric_bounds_follow_the_documented_terms()
        {
            foreach (var (eta0, a, c) in new[] { (0.25, 10.0, 4.0), (0.25, 10, 0), (4, 0.25, 0.25) })
            {
                const double q = 1.05;
                (double Lo, double Hi) Bounds(double n, double cc)
                {
                    var k0 = Math.Floor(n / 100);
                    var le = Math.Log(eta0) + k0 * Math.Log(q);
                    var ell = 1 / Math.Sqrt(a * Math.Exp(-2 * le) + q * q / (q * q - 1) + cc * q * Math.Exp(-le) / (q - 1));
                    var up = Math.Sqrt((q * q - 1) / (q * q - Math.Pow(q, -2 * k0)));
                    return ((n - k0) * ell, k0 + (n - k0) * up);
                }
                foreach (var plus in new[] { false, true })
                {
                    var (l4, h4) = Bounds(1e4, plus ? c : 0);
                    var (l8, h8) = Bounds(1e8, plus ? c : 0);
                    Near(Math.Max(h4 / 1e4, h8 / 1e8) / Math.Min(l4 / 1e4, l8 / 1e8), Lsz.GrowthLawSpread(Geometric(eta0, q, a, c), 1, plus), 1e-10);
                }
            }
        }

        [Fact]
        public void Summable_spread_is_one_for_every_law()
        {
            foreach (var p in new[] { 0.0, 0.5, 1 })
            {
                Assert.Equal(1, Lsz.GrowthLawSpread(Summable(1, -1.5, 1, 1), p, true));
                Assert.Equal(1, Lsz.GrowthLawSpread(Summable(4, -2.5, 0.25), p, false));
            }
        }

        /// <summary>S/n^p = e^(ln S − pu) at u = 100, 400; the spread is the largest upper over the smallest lower ratio.</summary>
        [Fact]
        public void Power_law_ratios_match_their_closed_form()
        {
            var (r, spread) = Lsz.PowerLawRatios([(1, 2), (3, 5)], 0.01);
            Near(1, r[0].Lo);
            Near(Math.E, r[0].Hi);
            Near(1 / Math.E, r[1].Lo);
            Near(Math.E, r[1].Hi);
            Near(Math.E * Math.E, spread);
            var (r2, spread2) = Lsz.PowerLawRatios([(60, 61), (150, 152)], 0.5);
            Near(Math.Exp(10), r2[0].Lo);
            Near(Math.Exp(-48), r2[1].Hi);
            Near(Math.Exp(11) / Math.Exp(-50), spread2);
        }

        /// <summary>
        /// α = 0 (constant η₀): S_n = Σ_{j≤n} η₀/√(A + (η₀² + Cη₀)j) lies within η₀·2(√(n + A/κ) − √(1 + A/κ))/√κ and η₀·2√(n + A/κ)/√κ,
        /// κ = η₀² + Cη₀, so at n = ⌊e^u⌋ (u = 100, 400) ln S = ln(2η₀/√κ) + u/2 to within e^(−40). The certificate loses at most
        /// e^(0.02·(α + 1/2)) = e^(0.01) against the terms.
        /// </summary>
        [Fact]
        public void Power_far_bounds_bracket_the_constant_schedule_sum()
        {
            foreach (var (eta0, a, c) in new[] { (1.0, 1.0, 0.0), (0.25, 10, 4), (4, 0.25, 0.25) })
            foreach (var plus in new[] { false, true })
            {
                var x = Power(eta0, 0, a, c);
                var kappa = eta0 * eta0 + (plus ? c * eta0 : 0);
                var far = Lsz.PowerFarLogBounds(x, plus);
                Assert.Equal(2, far.Length);
                foreach (var (u, b) in new[] { 100.0, 400 }.Zip(far))
                {
                    var exact = Math.Log(2 * eta0 / Math.Sqrt(kappa)) + u / 2;
                    Assert.True(b.LogLo <= exact && exact <= b.LogHi, $"u = {u}: ln S = {exact:R} outside [{b.LogLo:R}, {b.LogHi:R}]");
                    Assert.True(b.LogHi - b.LogLo <= 0.011, $"u = {u}: width {b.LogHi - b.LogLo:R}");
                }
            }
        }

        /// <summary>The sampled n of the fit (geometric 100 … 1600, else 10³ … 10⁶ in quarter decades), and the fitted laws where their
        /// limits are known: geometric q = 2 has S ≈ (√3/2)n (slope 1), α = 0 has S ≈ 2√n (slope 1/2), harmonic C = 0 has S linear in
        /// ln n with slope η₀/√(A + η₀²π²/6) up to O(1/n) ≤ 10⁻³ relative.</summary>
        private static readonly int[] GeometricNs = [100, 200, 400, 800, 1600];

        [Fact]
        public void FitGrowth_samples_and_slopes_match_the_limits()
        {
            var (s1, r1, _, n1) = Lsz.FitGrowth(Geometric(1, 2, 1), false);
            Assert.Equal(GeometricNs, n1);
            Assert.InRange(s1, 0.999, 1.001);
            Assert.True(r1 > 0.9999);
            var (s2, _, sums, n2) = Lsz.FitGrowth(Power(1, 0, 1), false);
            Assert.Equal(13, n2.Length);
            Assert.Equal(1000, n2[0]);
            Assert.Equal(1778, n2[1]);
            Assert.Equal(1_000_000, n2[^1]);
            Assert.Equal(13, sums.Length);
            Assert.InRange(s2, 0.49, 0.51);
            var (s3, _, _, _) = Lsz.FitGrowth(Harmonic(1, 1), false);
            Near(1 / Math.Sqrt(1 + Math.PI * Math.PI / 6), s3, 2e-3);
            // S⁺ with C: the terms shrink, the sums lie below S⁻'s
            var minus = Lsz.FitGrowth(Harmonic(1, 1, 2), false).S;
            var plusS = Lsz.FitGrowth(Harmonic(1, 1, 2), true).S;
            Assert.All(minus.Zip(plusS), t => Assert.True(t.Second < t.First));
        }

        public static TheoryData<Lsz.GrowthCase, bool> LawfulMinus => new()
        {
            { Geometric(1, 1.5, 2), false }, { Harmonic(1, 1), false }, { Summable(1, -1.5, 1), false },
            { Power(1, -0.75, 1), false }, { Power(1, 0.5, 1), false },           // both sides of min(α + 1, 1/2)
        };

        public static TheoryData<Lsz.GrowthCase, bool> LawfulPlus => new()
        {
            { Geometric(0.25, 1.05, 10, 4), true }, { Harmonic(0.25, 10, 0.25), true }, { Summable(4, -2.5, 0.25, 4), true },
            { Power(1, -0.75, 1, 1), true }, { Power(1, 1, 1, 1), true },          // both sides of min(α, 0)
        };

        private static void HoldsOnItsFamily(Lsz.GrowthCase x, bool plus)
        {
            var e = plus ? Remark7.Evaluate(x, Context.AsPrinted) : Remark6.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.Contains("direct sums within the bounds: True", e.Detail, StringComparison.Ordinal);
            Assert.Contains("S_n < n: True", e.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Remark6_holds_on_each_family() => Table.Each(LawfulMinus, HoldsOnItsFamily);

        [Fact]
        public void Remark7_holds_on_each_family() => Table.Each(LawfulPlus, HoldsOnItsFamily);

        /// <summary>The wrong harmonic law of Remark 6, √ln n: the spread is 100.000001√(B'/A₁) (see the C = 0 closed forms).</summary>
        [Fact]
        public void Remark6_wrong_harmonic_law_fails_by_its_spread()
        {
            var x = Harmonic(1, 1);
            var e = Remark6.Evaluate(x, new Context(Variant: "harmonic-sqrt-ln"));
            Assert.Equal(Status.Fails, e.Status);
            Near(100.000001 * Math.Sqrt((1 + Math.PI * Math.PI / 6) / 2), e.Violation);
            Assert.Contains("certified S/√ln n", e.Detail, StringComparison.Ordinal);
            Assert.Contains("at ln n = 10⁴, 10⁸", e.Detail, StringComparison.Ordinal);
            Assert.Contains("certified S/ln n", Remark6.Evaluate(x, Context.AsPrinted).Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Remark7_wrong_harmonic_law_fails_by_its_spread()
        {
            var x = Harmonic(1, 2, 0.5);
            var e = Remark7.Evaluate(x, new Context(Variant: "harmonic-ln-n"));
            Assert.Equal(Status.Fails, e.Status);
            Near(Lsz.GrowthLawSpread(x, 1, true), e.Violation);
            Assert.True(e.Violation > 2);
            Assert.Contains("certified S/ln n", e.Detail, StringComparison.Ordinal);
            Assert.Contains("certified S/√ln n", Remark7.Evaluate(x, Context.AsPrinted).Detail, StringComparison.Ordinal);
        }

        /// <summary>Without the min the exponent is off by α + 1 − 1/2 = 1 (Remark 6, α = 1/2) or (α − 0)/2 = 1/4 (Remark 7): the
        /// drift between ln n = 100 and 400 is e^300 or e^75 up to the certificate's e^(±0.02).</summary>
        [Fact]
        public void Remark6_power_exponent_without_the_min_fails_by_its_drift()
        {
            var e6 = Remark6.Evaluate(Power(1, 0.5, 1), new Context(Variant: "power-exponent-without-min"));
            Assert.Equal(Status.Fails, e6.Status);
            Assert.InRange(Math.Log(e6.Violation), 299, 301);
            Assert.Contains("certified S/n^1.5", e6.Detail, StringComparison.Ordinal);
            Assert.Contains("at ln n = 100, 400", e6.Detail, StringComparison.Ordinal);
            Assert.Contains("fitted slope", e6.Detail, StringComparison.Ordinal);
            // below α = −1/2 the min is inactive: the variant agrees with the claim
            Assert.Equal(Status.Holds, Remark6.Evaluate(Power(1, -0.75, 1), new Context(Variant: "power-exponent-without-min")).Status);
        }

        [Fact]
        public void Remark7_power_exponent_without_the_min_fails_by_its_drift()
        {
            var e7 = Remark7.Evaluate(Power(1, 0.5, 1, 1), new Context(Variant: "power-exponent-without-min"));
            Assert.Equal(Status.Fails, e7.Status);
            Assert.InRange(Math.Log(e7.Violation), 74, 76);
            // below α = 0 the min is inactive
            Assert.Equal(Status.Holds, Remark7.Evaluate(Power(1, -0.75, 1, 1), new Context(Variant: "power-exponent-without-min")).Status);
        }

        /// <summary>A case whose family label does not match its schedule (constant rates labelled harmonic: S ≈ 2√n against the
        /// harmonic bounds ~ ln n): the direct sums leave the certificate and the violation is infinite.</summary>
        [Fact]
        public void Sums_outside_the_certificate_fail_without_bound()
        {
            var x = new Lsz.GrowthCase(new Lsz.Schedule("power", 1, 0), 1, 0, "harmonic");
            var e = Remark6.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(double.PositiveInfinity, e.Violation);
            Assert.Contains("direct sums within the bounds: False", e.Detail, StringComparison.Ordinal);
            var g = Remark6.Evaluate(Geometric(1, 2, 1), Context.AsPrinted);
            Assert.Contains("certified S/n^1 ", g.Detail, StringComparison.Ordinal);
            Assert.Contains("at n = 10⁴, 10⁸", g.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("fitted slope", g.Detail, StringComparison.Ordinal);
            Assert.Contains("certified S/1 ", Remark6.Evaluate(Summable(1, -1.5, 1), Context.AsPrinted).Detail, StringComparison.Ordinal);
        }
    }
}
