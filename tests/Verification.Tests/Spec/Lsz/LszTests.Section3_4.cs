using Verification.Spec;
using Xunit;
using Xunit.Abstractions;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.4: Eq. (8), Lemma 12, Lemmas 4-5, Theorem 2, Remarks 3, 6 and 7.</summary>
    public sealed class Section3_4(ITestOutputHelper output)
    {
        [Claim("LSZ.Eq8")] public void Equation8() => ClaimAssert.Verdict("LSZ.Eq8");
        [Claim("LSZ.Lemma12")] public void Lemma12() => ClaimAssert.Verdict("LSZ.Lemma12");
        [Claim("LSZ.Lemma4")] public void Lemma4() => ClaimAssert.Verdict("LSZ.Lemma4");
        [Claim("LSZ.Lemma5")] public void Lemma5() => ClaimAssert.Verdict("LSZ.Lemma5");
        [Claim("LSZ.Thm2")] public void Theorem2() => ClaimAssert.Verdict("LSZ.Thm2");
        [Claim("LSZ.Remark3")] public void Remark3() => ClaimAssert.Verdict("LSZ.Remark3");
        [Claim("LSZ.Remark6")] public void Remark6() => ClaimAssert.Verdict("LSZ.Remark6");
        [Claim("LSZ.Remark7")] public void Remark7() => ClaimAssert.Verdict("LSZ.Remark7");

        [Fact, Trait("Paper", "LSZ")] public void Equation8_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Eq8", "plus-cos-term");
        [Fact, Trait("Paper", "LSZ")] public void Lemma12_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma12", "no-square-on-eta");
        [Fact, Trait("Paper", "LSZ")] public void Lemma4_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma4", "B-doubled");
        [Fact, Trait("Paper", "LSZ")] public void Lemma5_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Lemma5", "B-times-100");
        [Fact, Trait("Paper", "LSZ")] public void Theorem2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Thm2", "condition-delta-1000");
        [Fact, Trait("Paper", "LSZ")] public void Remark3_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark3", "demand-cos-one");
        [Fact, Trait("Paper", "LSZ")] public void Remark6_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark6", "harmonic-sqrt-ln");
        [Fact, Trait("Paper", "LSZ")]
        public void Remark7_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Remark7", "harmonic-ln-n");

        /// <summary>
        /// The power case the fitted slope got wrong at the floors (η_k = 4(k + 1)^−0.85: slope 0.137 over n ≤ 10⁶ against the law's
        /// 0.075): the certified bounds decide it, and they bracket the direct sums.
        /// </summary>
        [Fact, Trait("Paper", "LSZ")]
        public void Remark7_power_law_is_decided_by_certified_bounds_where_the_fit_misses()
        {
            var x = new Lsz.GrowthCase(new Lsz.Schedule("power", 4, -0.85), 10, 0.25, "power");
            var (slope, _, _, _) = Lsz.FitGrowth(x, true);
            Assert.True(Math.Abs(slope - 0.075) > 0.06, $"fitted slope {slope}");
            Assert.True(Lsz.GrowthLawSpread(x, 0.075, true) <= 1.3);
            Assert.True(Lsz.GrowthLawSpread(x, 0.125, true) >= 100);
        }

        /// <summary>(A, η₀, C): the corners of their ranges where A, η₀ and C pull against each other.</summary>
        private static readonly (double A, double Eta0, double C)[] PowerCorners = [(0.25, 0.25, 4), (10, 4, 0.25), (0.25, 4, 0.25), (10, 0.25, 4)];
        private static readonly bool[] Signs = [false, true];

        /// <summary>
        /// The power family's certified drift on a grid of its parameters (every α the generator draws; A, C and η₀ at four corners of
        /// their ranges; the full family has millions of members): the right law stays within 1.3, and exponents 0.05 away
        /// drift by ≥ 100 (e^15 in fact) between ln n = 100 and 400.
        /// </summary>
        [Fact, Trait("Paper", "LSZ")]
        public void Remarks6_7_certified_power_law_drift_separates_exponents_on_a_grid_of_the_family()
        {
            var alphas = Enumerable.Range(0, 77).Select(i => -0.85 + i * 0.05).Where(al => Math.Abs(al + 0.5) >= 0.15).Append(-0.25);
            var worst = (from plus in Signs
                         from al in alphas
                         from k in PowerCorners
                         select (plus, x: new Lsz.GrowthCase(new Lsz.Schedule("power", k.Eta0, al), k.A, plus ? k.C : 0, "power"),
                             p: plus ? (Math.Min(al, 0) + 1) / 2 : Math.Min(al + 1, 0.5))).AsParallel()
                .Select(t =>
                {
                    var far = Lsz.PowerFarLogBounds(t.x, t.plus);
                    var spread = (double p) => Lsz.PowerLawRatios(far, p).Spread;
                    return (Right: spread(t.p), Wrong: Math.Min(spread(t.p + 0.05), spread(t.p - 0.05)), t.x);
                })
                .ToList();
            var right = worst.MaxBy(t => t.Right);
            var wrong = worst.MinBy(t => t.Wrong);
            output.WriteLine($"{worst.Count} cases: right law drifts by at most {right.Right:G4} ({right.x}); a 0.05-off exponent by at least " +
                $"{wrong.Wrong:G4} ({wrong.x})");
            Assert.True(right.Right <= 1.3, $"the right law drifts by {right.Right:G4} at {right.x}");
            Assert.True(wrong.Wrong >= 100, $"an exponent 0.05 off drifts by only {wrong.Wrong:G4} at {wrong.x}");
        }

        /// <summary>The rationals in (0, hi] with denominator ≤ 4: every value <c>Choices.In(OpenClosed(0, hi), 4)</c> can give.</summary>
        private static double[] Grid(int hi) =>
            Enumerable.Range(1, 4).SelectMany(q => Enumerable.Range(1, hi * q).Select(p => (double)p / q)).Distinct().ToArray();

        /// <summary>
        /// Remarks 6 and 7 decide the geometric and harmonic laws by the drift of the certified S/g between two far points (accepted
        /// up to a factor 2). Over the whole finite family the generator draws (A, C ∈ the grid above, η₀ ∈ (0, 4], q = 1 + k/20, the
        /// large-offset harmonic case), the right law drifts by at most 1.3 and the laws each remark must tell apart (√ln n, ln n and
        /// bounded; n^½ vs n) by at least 100 (Remark 6) and 85 (Remark 7, measured 88.3: the hand calculation's "≥ 100" was short): the
        /// margin the decision (accept ≤ 2) rests on, checked exhaustively rather than by a hand calculation.
        /// </summary>
        [Fact, Trait("Paper", "LSZ")]
        public void Remarks6_7_certified_law_drift_separates_the_laws_on_the_whole_generated_family()
        {
            var a = Grid(10);
            var eta = Grid(4);
            foreach (var plus in new[] { false, true })
            {
                var cs = plus ? Grid(4) : [0.0];
                var cases = new List<Lsz.GrowthCase> { new(new Lsz.Schedule("power", 0.25, -1), 10, plus ? 0.25 : 0, "harmonic") };
                foreach (var aa in a) foreach (var c in cs) foreach (var e in eta)
                {
                    cases.Add(new(new Lsz.Schedule("power", e, -1), aa, c, "harmonic"));
                    for (var k = 1; k <= 20; k++) cases.Add(new(new Lsz.Schedule("geometric", e, 1 + k / 20.0), aa, c, "geometric"));
                }
                var spreads = cases.AsParallel().Select(x =>
                {
                    var harmonic = x.Family == "harmonic";
                    var right = harmonic ? (plus ? 0.5 : 1) : 1;
                    // harmonic: the other of √ln n, ln n and the bounded law (exponent 0); geometric: n^½
                    double[] wrong = harmonic ? (plus ? [1, 0] : [0.5, 0]) : [0.5];
                    return (Right: Lsz.GrowthLawSpread(x, right, plus), Wrong: wrong.Min(w => Lsz.GrowthLawSpread(x, w, plus)));
                }).ToList();
                var worstRight = spreads.Max(p => p.Right);
                var leastWrong = spreads.Min(p => p.Wrong);
                Assert.True(worstRight <= 1.3, $"Remark {(plus ? 7 : 6)}: the right law drifts by {worstRight:G4} > 1.3 over {cases.Count} cases");
                // the wrong-law drift each remark's text states: ≥ 100 for Remark 6 (its Trust), ≥ 85 for Remark 7 (measured 88.3)
                var least = plus ? 85 : 100;
                Assert.True(leastWrong >= least, $"Remark {(plus ? 7 : 6)}: a wrong law drifts by only {leastWrong:G4} < {least} over {cases.Count} cases");
            }
        }
    }
}
