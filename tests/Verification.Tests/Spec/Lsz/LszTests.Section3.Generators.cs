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
    /// <summary>The Section 3 generators decode given raw choices to the documented cases: raw zeros to the simplest one (U(S¹), ‖w‖ = 1,
    /// θ = π/2 where the angle is drawn from (0, π)), and a few other sequences through each branch.</summary>
    public sealed class Section3Generators
    {
        private static T Get<T>(string id) where T : class => (T)(object)ClaimAssert.Get(id);

        private static void UnitCircle(Population p) => Assert.True(p is SphericalPopulation { Law: CircleRadius { Radius: 1 } }, p.Name);

        [Fact]
        public void Lemma10_decodes_roots_multiplicities_and_sign()
        {
            var g = Get<Lsz.Lemma10>("LSZ.Lemma10");
            var zero = g.Generate(Raw(), Context.AsPrinted);
            Assert.Equal((-1, 0, Rational.Zero, Rational.Zero), (zero.Sign, zero.Roots.Length, zero.B, zero.C));
            // k = 1: a root before 0 (−2/8), simple, s = +1
            var one = g.Generate(Raw(1, 0, 1, 1, 1), Context.AsPrinted);
            Assert.Equal(1, one.Sign);
            Assert.Equal([new Rational(-1, 4)], one.Roots);
            Assert.Equal([1], one.Mult);
            // k = 3: a double root at 0, at 6/8 and at −1/8, s = −1
            var three = g.Generate(Raw(3, 1, 0, 2, 5, 0, 0, 0, 0), Context.AsPrinted);
            Assert.Equal(-1, three.Sign);
            Assert.Equal([Rational.Zero, new Rational(3, 4), new Rational(-1, 8)], three.Roots);
            Assert.Equal([2, 2, 2], three.Mult);
            // b = 3/2 (q = 2, n = 3) and c = −1 (q = 1, the second of 0, 1, −1)
            var bc = g.Generate(Raw(0, 1, 1, 3, 0, 2), Context.AsPrinted);
            Assert.Equal((1, new Rational(3, 2), new Rational(-1, 1)), (bc.Sign, bc.B, bc.C));
        }

        [Fact]
        public void Lemma11_decodes_f_and_theta0()
        {
            var g = Get<Lsz.Lemma11>("LSZ.Lemma11");
            // p ∈ (0, 1/4] first (q = 4 is the first denominator with a point), q = 0, r = 0, θ₀ = 10⁻¹
            Assert.Equal(new Lsz.Lemma11Case(0.25, 0, 0, 0.1), g.Generate(Raw(), Context.AsPrinted));
            Assert.Equal(new Lsz.Lemma11Case(0, 0.5, 0, 0.1), g.Generate(Raw(), new Context(Weakened: "f-positive")));
            Assert.Equal(new Lsz.Lemma11Case(0.25, 0, 0, 0), g.Generate(Raw(), new Context(Weakened: "theta0-interior")));
            // p ∈ (0, 2] (raw 1 skips the 1/4 branch): 1; q = 0; r = 2·0.75; θ₀ = π − 10⁻¹
            Assert.Equal(new Lsz.Lemma11Case(1, 0, 1.5, Math.PI - 0.1), g.Generate(Raw(1, 0, 0, 0, 0, 2, 1, 0), Context.AsPrinted));
            // θ₀ = π/2 from the grid
            Assert.Equal(Math.PI / 2, g.Generate(Raw(0, 0, 0, 0, 0, 0, 2, 0, 0), Context.AsPrinted).Theta0);
        }

        [Fact]
        public void Flow_starts_decode_as_documented()
        {
            var l1 = Get<Lsz.Lemma1>("LSZ.Lemma1");
            var t1 = Get<Lsz.Theorem1>("LSZ.Thm1");
            // raw zeros: U(S¹), ‖w(0)‖ = 1, θ(0) = 0 with the ends (Lemma 1), π/2 without (Theorem 1's reproducer)
            var a = l1.Generate(Raw(), Context.AsPrinted);
            UnitCircle(a.Pop);
            Assert.Equal([0, 1], a.W0);
            var b = t1.Generate(Raw(), Context.AsPrinted);
            UnitCircle(b.Pop);
            Assert.Equal(Point(2, 1, Math.PI / 2), b.W0);
            // one case in five ‖w(0)‖ = 10⁻ᵏ: raw 4 then k = 2; the angle draw 1 + 0 is π with the ends, exactly −a v
            var c = l1.Generate(Raw(0, 0, 4, 1, 1, 0), Context.AsPrinted);
            Assert.Equal([0, -0.01], c.W0);
            var d = t1.Generate(Raw(0, 0, 4, 1, 1, 0), Context.AsPrinted);
            Assert.Equal(Point(2, 0.01, Math.PI / 2), d.W0);
            Assert.Equal(1, d.Depth);
        }

        [Fact]
        public void Point_claims_decode_raw_zeros_to_the_simplest_case()
        {
            var eq2 = Get<Lsz.Equation2>("LSZ.Eq2").Generate(Raw(), Context.AsPrinted);
            UnitCircle(eq2.P.Pop);
            Assert.Equal(Point(2, 1, Math.PI / 2), eq2.P.W);
            Assert.Equal([Math.Cos(0.1), Math.Sin(0.1)], eq2.U);
            Assert.Equal($"‖w‖ = 1, θ = {Math.PI / 2:R}", eq2.P.Note);
            // Lemma 2: the one case in eight on v itself, w = ‖w‖ v
            var l2 = Get<Lsz.Lemma2>("LSZ.Lemma2").Generate(Raw(), Context.AsPrinted);
            Assert.Equal([0, 1], l2.W);
            Assert.Equal("w = 1·v", l2.Note);
            var l2b = Get<Lsz.Lemma2>("LSZ.Lemma2").Generate(Raw(0, 0, 0, 0, 0, 0, 1), Context.AsPrinted);
            Assert.Equal(Point(2, 1, Math.PI / 2), l2b.W);
            var l2c = Get<Lsz.Lemma2>("LSZ.Lemma2").Generate(Raw(0, 0, 0, 0, 0, 0, 0, 1), Context.AsPrinted);
            Assert.Equal([0, -1], l2c.W);
            Assert.Equal("w = 1·−v", l2c.Note);
            var p1 = Get<Lsz.Proposition1>("LSZ.Prop1").Generate(Raw(), Context.AsPrinted);
            Assert.Equal(0, p1.Part);
            UnitCircle(p1.P.Pop);
            Assert.Equal(Point(2, 1, Math.PI / 2), p1.P.W);
            var p2 = Get<Lsz.Proposition2>("LSZ.Prop2").Generate(Raw(), Context.AsPrinted);
            Assert.Equal((0, 1.0), (p2.Part, p2.Eta));
            var p3 = Get<Lsz.Proposition3>("LSZ.Prop3").Generate(Raw(), Context.AsPrinted);
            Assert.Equal(0, p3.Part);
            var r2 = Get<Lsz.Remark2>("LSZ.Remark2").Generate(Raw(), Context.AsPrinted);
            UnitCircle(r2.Pop);
            Assert.Equal(0, r2.A);
            var e21 = Get<Lsz.Equation21>("LSZ.Eq21").Generate(Raw(), Context.AsPrinted);
            UnitCircle(e21.Pop);
            Assert.Equal(0, e21.Alpha);
            var l3 = Get<Lsz.Lemma3>("LSZ.Lemma3").Generate(Raw(), Context.AsPrinted);
            Assert.Equal(0, l3.Part);
            Assert.Equal(Point(2, 1, Math.PI / 2), l3.P.W);
            // Eq. (6): one case in three a genuine 3-D quadrature, w = (cos(π/12), cos(π/2), sin(π/12)) on U(S²) as a push-forward
            var e6 = Get<Lsz.Lemma2Equation6>("LSZ.Lemma2.Eq6").Generate(Raw(), Context.AsPrinted);
            Assert.IsType<SpherePushforwardPopulation>(e6.Pop);
            Assert.Equal([Math.Sin(Math.PI / 2) * Math.Cos(Math.PI / 12), Math.Cos(Math.PI / 2), Math.Sin(Math.PI / 2) * Math.Sin(Math.PI / 12)], e6.W);
        }

        [Fact]
        public void Weakened_hypotheses_draw_their_laws()
        {
            // Prop. 1 without P(vᵀx = 0) = 0: U(S¹) mixed with the atoms ±e₁
            var p1 = Get<Lsz.Proposition1>("LSZ.Prop1").Generate(Raw(), new Context(Weakened: "no-mass-on-hyperplane"));
            Assert.Equal(2, Assert.IsType<MixturePopulation>(p1.P.Pop).Parts.Count);
            Assert.Equal(Point(2, 1, Math.PI / 2), p1.P.W);
            // Prop. 2 with all mass on vᵀx = 0: four atoms on e₁
            var p2 = Get<Lsz.Proposition2>("LSZ.Prop2").Generate(Raw(), new Context(Weakened: "not-all-mass-on-hyperplane"));
            Assert.True(Assert.IsType<PointsPopulation>(p2.P.Pop).Points.All(x => x[1] == 0));
            // Prop. 2 (iv): a trajectory law
            var iv = Get<Lsz.Proposition2>("LSZ.Prop2").Generate(Raw(1), Context.AsPrinted);
            Assert.Equal(1, iv.Part);
            UnitCircle(iv.P.Pop);
            // Prop. 3 without symmetry: the atoms (h, 0, ±1) with v = e₃ (c₀ = 0 at h = 0)
            var p3 = Get<Lsz.Proposition3>("LSZ.Prop3").Generate(Raw(), new Context(Weakened: "spherical-symmetry"));
            Assert.Equal([0, 0, 1], p3.P.Pop.V);
            Assert.Equal(Point(3, 1, Math.PI / 2), p3.P.W);
            // Prop. 3 (ii): w = a v with a = 0, or a = −2 (sign −, the integer branch, 2)
            var a0 = Get<Lsz.Proposition3>("LSZ.Prop3").Generate(Raw(1), Context.AsPrinted);
            Assert.Equal((1, "w = 0 v"), (a0.Part, a0.P.Note));
            Assert.Equal([0, 0], a0.P.W);
            Assert.Equal([0, -2], Get<Lsz.Proposition3>("LSZ.Prop3").Generate(Raw(1, 0, 1, 0, 2), Context.AsPrinted).P.W);
            // Eq. (6) with w ∥ v allowed: w = 1·v; without symmetry the ellipsoid diag(3/2, 1, 1/2) tilted by π/12
            var par = Get<Lsz.Lemma2Equation6>("LSZ.Lemma2.Eq6").Generate(Raw(), new Context(Weakened: "w-not-parallel-v"));
            Assert.Equal([0, 1], par.W);
            var ell = Assert.IsType<SpherePushforwardPopulation>(Get<Lsz.Lemma2Equation6>("LSZ.Lemma2.Eq6").Generate(Raw(), new Context(Weakened:
                "spherical-symmetry")).Pop);
            Assert.False(ell.SphericallySymmetric);
            Assert.Equal((1.5, Math.Cos(Math.PI / 12), Math.Sin(Math.PI / 12) / 2), (ell.Parts[0].M[0, 0], ell.Parts[0].M[1, 1], -ell.Parts[0].M[1, 2]));
            Assert.Equal(Point(2, 1, Math.PI / 2), Get<Lsz.Lemma2Equation6>("LSZ.Lemma2.Eq6").Generate(Raw(1), Context.AsPrinted).W);
            // Eq. (4) without symmetry: the ellipse k = 3/2 rotated by π/12
            var e4 = Assert.IsType<PlanarPopulation>(Get<Lsz.Equation4>("LSZ.Eq4").Generate(Raw(), new Context(Weakened: "spherical-symmetry")).Pop);
            Assert.Equal(1.5 * Math.Cos(Math.PI / 12), e4.M[0, 0]);
            // Eq. (2) with the exponential loss: U(S¹), ‖w‖ = 1/2
            var e2 = Get<Lsz.Equation2>("LSZ.Eq2").Generate(Raw(), new Context(Weakened: "logistic-loss"));
            Assert.Equal(MarginLoss.Exponential, e2.P.Pop.Loss);
            Assert.Equal(Point(2, 0.5, Math.PI / 2), e2.P.W);
        }

        [Fact]
        public void Lemma3_parts_draw_their_regions()
        {
            var l3 = Get<Lsz.Lemma3>("LSZ.Lemma3");
            var l3c = (Lsz.Lemma3Corrected)l3.Corrected!;
            // (iv) at the bound: θ = π/2 would give |cos θ| = 0 and is replaced by π/3; U(S¹): c₀ = 1, L = 1/8
            var iv = l3.Generate(Raw(3), Context.AsPrinted);
            var bound = 1 * Math.Abs(Math.Cos(Math.PI / 3)) / (2 * Math.PI * 0.125);
            Assert.Equal(3, iv.Part);
            Assert.Equal(Point(2, bound, Math.PI / 3), iv.P.W);
            Assert.Equal(["iv-at-bound"], l3.Classify(iv));
            // (ii) just inside θ > π/2: π/2 + π/48
            var ii = l3.Generate(Raw(1), Context.AsPrinted);
            Assert.Equal(1, ii.Part);
            Assert.Equal(Point(2, 1, Math.PI / 2 + Math.PI / 24 * 0.5), ii.P.W);
            // (iii) at θ = 0, and the corrected statement's θ = π
            Assert.Equal([0, 1], l3.Generate(Raw(2), Context.AsPrinted).P.W);
            Assert.Equal(Point(2, 1, Math.PI), l3c.Generate(Raw(2, 0, 0, 0, 4), Context.AsPrinted).P.W);
        }
    }
}
