using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 3.3: exact class sets of Lemma 2 (Eqs. (5), (6)), Eqs. (4), (7) and Lemma 3 at each threshold, and each branch of
    /// their evaluations on closed forms (U(S¹): c₀ = 1; U(S²): c₀ = π/4; two atoms ±v, where g(w) = z/(1 + e^z) with z = vᵀw).</summary>
    public sealed class Section3_3Oracles
    {
        private static readonly Lsz.Lemma2 L2 = (Lsz.Lemma2)ClaimAssert.Get("LSZ.Lemma2");
        private static readonly Lsz.Lemma2Equation6 Eq6 = (Lsz.Lemma2Equation6)ClaimAssert.Get("LSZ.Lemma2.Eq6");
        private static readonly Lsz.Equation4 Eq4 = (Lsz.Equation4)ClaimAssert.Get("LSZ.Eq4");
        private static readonly Lsz.Equation7 Eq7 = (Lsz.Equation7)ClaimAssert.Get("LSZ.Eq7");
        private static readonly Lsz.Lemma3 L3 = (Lsz.Lemma3)ClaimAssert.Get("LSZ.Lemma3");
        private static readonly Lsz.Lemma3Corrected L3c = (Lsz.Lemma3Corrected)L3.Corrected;

        private static readonly SphericalPopulation Sphere = Sym(new SphereProjectionRadius(3));
        private static readonly PointsPopulation Poles = new([[0, 1], [0, -1]], V(2));
        private static readonly PlanarPopulation Tilted = new(new CircleRadius(), new[,] { { 2 * Math.Cos(0.5), -Math.Sin(0.5) }, { 2 * Math.Sin(0.5),
            Math.Cos(0.5) } }, V(2));

        private static Lsz.PointCase At(Population p, params double[] w) => new(p, w);

        public static TheoryData<Lsz.PointCase, string[]> Lemma2Classes => new()
        {
            { At(Circle(), 0, 1), ["theta-zero", "theta-zero-or-pi"] },
            { At(Circle(), 0, -1), ["theta-pi", "theta-obtuse", "theta-zero-or-pi"] },
            { At(Circle(), 1e-9, 1), ["theta-near-0"] },
            { At(Sphere, 0, 1, 1e-9), ["theta-near-0"] },                                  // w₀ = 0 but w off v in e₃
            { At(Sphere, 0, 1, 0), ["theta-zero", "theta-zero-or-pi"] },
            { At(Circle(), Point(2, 1, 0.99e-4)), ["theta-near-0"] },
            { At(Circle(), Point(2, 1, 1.01e-4)), [] },
            { At(Circle(), Point(2, 1, Math.PI - 0.99e-4)), ["theta-near-pi", "theta-obtuse"] },
            { At(Circle(), Point(2, 1, Math.PI - 1.01e-4)), ["theta-obtuse"] },
            { At(Circle(), 1, 0), [] },                                                       // θ = π/2 exactly is not obtuse
            { At(Circle(), 0.00999, 0), ["norm-small"] },
            { At(Circle(), 0.01, 0), [] },
            { At(Circle(), 100, 0), ["norm-large"] },
            { At(Circle(), 99.9, 0), [] },
        };

        [Fact]
        public void Lemma2_classifies_exactly() =>
            Table.Each(Lemma2Classes, (Lsz.PointCase x, string[] expected) => Assert.Equal(Set(expected), L2.Classify(x).ToHashSet()));

        [Fact]
        public void Lemma2_evaluation_matches_c0_sin_squared_over_pi()
        {
            // U(S¹), θ = π/6: lhs = c₀ sin²θ/π = 1/(4π); c₀/(2π) gives 1/(8π), sin θ gives 1/(2π) (quadrature error ≤ 1e−12)
            var x = At(Circle(), Point(2, 1, Math.PI / 6));
            Assert.Equal(Status.Holds, L2.Evaluate(x, Context.AsPrinted).Status);
            var half = L2.Evaluate(x, new Context(Variant: "c0-over-2pi"));
            Assert.Equal(Status.Fails, half.Status);
            Assert.Equal(1 / (8 * Math.PI), half.Violation, 1e-9);
            var sin = L2.Evaluate(x, new Context(Variant: "sin-not-squared"));
            Assert.Equal(Status.Fails, sin.Status);
            Assert.Equal(1 / (4 * Math.PI), sin.Violation, 1e-9);
            // w ∥ v: both sides vanish
            Assert.Equal(Status.Holds, L2.Evaluate(At(Circle(), 0, -3), Context.AsPrinted).Status);
            Assert.Equal(Status.Holds, L2.Evaluate(At(Sym(new GaussianRadius(2)), Point(2, 2, 1)), Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, L2.Evaluate(At(Tilted, Point(2, 1, Math.PI / 3)), new Context(Weakened: "spherical-symmetry")).Status);
        }

        public static TheoryData<Lsz.PointCase, string[]> Equation6Classes => new()
        {
            { At(SpherePushforwardPopulation.Spheres([(1, 1)], [0, 1, 0]), 1, 1, 1), ["genuine-3d", "beyond-S2"] },
            { At(SpherePushforwardPopulation.Spheres([(1, 1)], [0, 1, 0]), 1, 1, 0), ["beyond-S2"] },   // on a coordinate plane
            { At(Sphere, 1, 1, 1), [] },
            { At(Sym(new GaussianRadius(4)), 1, 1, 0, 0), ["d-at-least-4", "beyond-S2"] },
            { At(Sym(new GaussianRadius(3)), 1, 1, 0), ["beyond-S2"] },
            { At(Circle(), Point(2, 1, 0.99e-4)), ["near-parallel"] },
            { At(Circle(), Point(2, 1, 1.01e-4)), [] },
            { At(Circle(), Point(2, 1, Math.PI - 0.99e-4)), ["near-parallel"] },
            { At(Circle(), Point(2, 1, Math.PI - 1.01e-4)), [] },
            { At(Circle(), 0, 1), ["near-parallel"] },
        };

        [Fact]
        public void Equation6_classifies_exactly() =>
            Table.Each(Equation6Classes, (Lsz.PointCase x, string[] expected) => Assert.Equal(Set(expected), Eq6.Classify(x).ToHashSet()));

        [Fact]
        public void Equation6_evaluation_reports_each_variant()
        {
            var x = At(Circle(), 1, 0);
            Assert.Equal(Status.Holds, Eq6.Evaluate(x, Context.AsPrinted).Status);
            Assert.Equal(Status.Fails, Eq6.Evaluate(x, new Context(Variant: "drop-projection")).Status);
            // in R² there is no normal to span{w, v}: the variant changes nothing
            Assert.Equal(Status.Holds, Eq6.Evaluate(x, new Context(Variant: "off-plane-normal")).Status);
            // U(S²), w = e₁: the normal is e₃ and the variant adds 0.1·c₀/π·e₃ with c₀ = E sin φ = π/4, i.e. 0.025
            var y = At(Sphere, 1, 0, 0);
            Assert.Equal(Status.Holds, Eq6.Evaluate(y, Context.AsPrinted).Status);
            var off = Eq6.Evaluate(y, new Context(Variant: "off-plane-normal"));
            Assert.Equal(Status.Fails, off.Status);
            Assert.Equal(0.025, off.Violation, 1e-9);
            Assert.Contains("component of ∇L off span{w, v}: ", off.Detail, StringComparison.Ordinal);
            // w = e₃ leaves e₃ no part orthogonal to w: the normal is the next basis vector, e₁; in R⁴ (N(0, I₄), c₀ = √(π/2)) it is e₃
            var z = Eq6.Evaluate(At(Sphere, 0, 0, 1), new Context(Variant: "off-plane-normal"));
            Assert.Equal(0.025, z.Violation, 1e-9);
            var g4 = Eq6.Evaluate(At(Sym(new GaussianRadius(4)), 1, 0, 0, 0), new Context(Variant: "off-plane-normal"));
            Assert.Equal(Status.Fails, g4.Status);
            Assert.Equal(0.1 / Math.Sqrt(2 * Math.PI), g4.Violation, 1e-9);
        }

        [Fact]
        public void Equations4_and_7_classify_their_point()
        {
            foreach (var claim in new PropertyClaim<Lsz.PointCase>[] { Eq4, Eq7 })
            {
                Assert.Equal(Set("theta-zero", "norm-small"), claim.Classify(At(Circle(), 0, 0.0999)).ToHashSet());
                Assert.Equal(Set("theta-zero"), claim.Classify(At(Circle(), 0, 0.1)).ToHashSet());
                Assert.Equal(Set("norm-large", "beyond-S2"), claim.Classify(At(Sym(new CircleRadius(2.5)), 10, 0)).ToHashSet());
                Assert.Equal(Set(), claim.Classify(At(Circle(), 9.99, 0)).ToHashSet());
            }
        }

        [Fact]
        public void Equation4_one_over_norm_decides()
        {
            // U(S¹), ‖w‖ = 2, θ = π/2: ∂cos θ/∂t = (c₀ sin²θ/π)/‖w‖ = 1/(2π) by Lemma 2; without 1/‖w‖ it is 1/π (Richardson error ~1e−8)
            var x = At(Circle(), 2, 0);
            Assert.Equal(Status.Holds, Eq4.Evaluate(x, Context.AsPrinted).Status);
            var e = Eq4.Evaluate(x, new Context(Variant: "no-one-over-norm"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1 / (2 * Math.PI), e.Violation, 1e-6);
        }

        [Fact]
        public void Equation7_sign_decides()
        {
            var x = At(Circle(), Point(2, 1, 1));
            var holds = Eq7.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            var g = double.Parse(holds.Detail[4..holds.Detail.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            var plus = Eq7.Evaluate(x, new Context(Variant: "plus-sign"));
            Assert.Equal(Status.Fails, plus.Status);
            Assert.Equal(2 * Math.Abs(g), plus.Violation, 1e-6);                                     // |−g − g|, up to the Richardson error
        }

        private static Lsz.Lemma3Case Part(int part, Population p, double[] w, string note = "") => new(new(p, w, note), part);

        public static TheoryData<Lsz.Lemma3Case, string[], string[]> Lemma3Classes => new()
        {
            // printed classes, then the corrected statement's
            { Part(2, Circle(), [0, 1]), ["iii-theta-zero"], ["iii-theta-zero"] },
            { Part(2, Circle(), [1, 0]), ["iii-theta-right-angle"], ["iii-theta-right-angle"] },
            { Part(2, Circle(), Point(2, 1, Math.PI / 2 + 1e-11)), [], ["iii-obtuse"] },
            { Part(2, Circle(), [0, -1]), [], ["iii-theta-pi", "iii-obtuse"] },
            { Part(2, Circle(), Point(2, 1, 1)), [], [] },
            { Part(0, Circle(), [0, 1]), [], [] },                                                    // θ = 0 counts for part (iii) only
            { Part(0, Circle(), [1, 0]), [], [] },
            { Part(3, Circle(), [1, 0], "‖w‖ = 1 × c₀|cos θ|/(2πL) = 1"), ["iv-at-bound"], ["iv-at-bound"] },
            { Part(3, Circle(), [1, 0], "‖w‖ = 0.5 × c₀|cos θ|/(2πL) = 1"), [], [] },
            { Part(2, Circle(), [1, 0], "‖w‖ = 1 × c₀|cos θ|/(2πL) = 1"), ["iii-theta-right-angle"], ["iii-theta-right-angle"] },
            { Part(1, Circle(), Point(2, 1, Math.PI / 2 + Math.PI / 24)), ["ii-near-right-angle"], ["ii-near-right-angle"] },
            { Part(1, Circle(), Point(2, 1, Math.PI / 2 + Math.PI / 24 + 1e-9)), [], [] },
            { Part(1, Circle(), [0, -1]), [], [] },
            { Part(0, Sym(new CircleRadius(2.5)), [1, 0]), ["beyond-S2"], ["beyond-S2"] },
            { Part(0, Sphere, [1, 0, 0]), [], [] },
        };

        [Fact]
        public void Lemma3_classifies_exactly_as_printed_and_corrected() =>
            Table.Each(Lemma3Classes, (Lsz.Lemma3Case x, string[] printed, string[] corrected) =>
            {
                Assert.Equal(Set(printed), L3.Classify(x).ToHashSet());
                Assert.Equal(Set(corrected), L3c.Classify(x).ToHashSet());
            });

        [Fact]
        public void Lemma3_coverage_adds_the_obtuse_classes_to_the_correction()
        {
            string[] printed = ["iii-theta-zero", "iii-theta-right-angle", "iv-at-bound", "ii-near-right-angle", "beyond-S2"];
            Assert.Equal(printed, L3.Coverage.Select(k => k.Name));
            Assert.Equal([.. printed, "iii-theta-pi", "iii-obtuse"], L3c.Coverage.Select(k => k.Name));
        }

        [Fact]
        public void Lemma3_part_i_bound_and_its_override()
        {
            // atoms ±v, w = z v: g = z/(1 + e^z), maximal at z = 1 + W(1/e) ≈ 1.2785 with value ≈ 0.2785 (exact sums)
            const double z = 1.2784645427610738;
            var g = z / (1 + Math.Exp(z));
            var x = Part(0, Poles, [0, z]);
            foreach (var claim in new PropertyClaim<Lsz.Lemma3Case>[] { L3, L3c })
                Assert.Equal(Status.Holds, claim.Evaluate(x, Context.AsPrinted).Status);
            var low = L3.Evaluate(x, new Context(Variant: "bound-0.2"));
            Assert.Equal(Status.Fails, low.Status);
            Assert.Equal(g - 0.2, low.Violation, 1e-12);
            var quarter = L3.Evaluate(x, new Context(ConstantValues: new Dictionary<string, Rational> { ["g-bound"] = new Rational(1, 4) }));
            Assert.Equal(Status.Fails, quarter.Status);
            Assert.Equal(g - 0.25, quarter.Violation, 1e-12);
        }

        [Fact]
        public void Lemma3_parts_ii_and_iv_signs()
        {
            // atoms ±v, w = −v: g = −1/(1 + e^{−1}) = −e/(1 + e) < 0
            var obtuse = Part(1, Poles, [0, -1]);
            Assert.Equal(Status.Holds, L3.Evaluate(obtuse, Context.AsPrinted).Status);
            var flip = L3.Evaluate(obtuse, new Context(Variant: "flip-ii"));
            Assert.Equal(Status.Fails, flip.Status);
            Assert.Equal(Math.E / (1 + Math.E), flip.Violation, 1e-12);
            // (iv) at w = 0.1 v: g cos θ = 0.1/(1 + e^{0.1}) > 0
            Assert.Equal(Status.Holds, L3.Evaluate(Part(3, Poles, [0, 0.1]), Context.AsPrinted).Status);
            // atoms ±(1, 1), w = (−2, 1): y wᵀx = −1 for both, g = −e/(1 + e), cos θ = 1/√5: g cos θ < 0
            var skew = new PointsPopulation([[1, 1], [-1, -1]], V(2));
            var iv = L3.Evaluate(Part(3, skew, [-2, 1]), new Context(Weakened: "spherical-symmetry"));
            Assert.Equal(Status.Fails, iv.Status);
            Assert.Equal(Math.E / (1 + Math.E) / Math.Sqrt(5), iv.Violation, 1e-12);
        }

        [Fact]
        public void Lemma3_part_iii_reports_each_branch()
        {
            // U(S¹): ∂g/∂θ = −(c₀/π)‖w‖ sin θ; θ = 0 is a measured strict maximum, θ = π/4 negative, θ = π zero by symmetry
            var zero = L3.Evaluate(Part(2, Circle(), [0, 1]), Context.AsPrinted);
            Assert.Equal(Status.Fails, zero.Status);
            Assert.StartsWith("θ = 0 is a measured strict local maximum of g", zero.Detail, StringComparison.Ordinal);
            var quarter = L3.Evaluate(Part(2, Circle(), Point(2, 1, Math.PI / 4)), Context.AsPrinted);
            Assert.Equal(Status.Holds, quarter.Status);
            Assert.Equal(Status.Inconclusive, L3.Evaluate(Part(2, Circle(), [0, -1]), Context.AsPrinted).Status);
            foreach (var w in new[] { new double[] { 0, 1 }, Point(2, 1, Math.PI / 4), [0, -1], Point(2, 2, 2), Point(2, 1, 1e-4) })
                Assert.Equal(Status.Holds, L3c.Evaluate(Part(2, Circle(), w), Context.AsPrinted).Status);
            // an ellipse tilted against v: ∂g/∂θ is not −(c₀/π)‖w‖ sin θ
            Assert.NotEqual(Status.Holds, L3c.Evaluate(Part(2, Tilted, Point(2, 1, 1)), new Context(Weakened: "spherical-symmetry")).Status);
        }
    }
}
