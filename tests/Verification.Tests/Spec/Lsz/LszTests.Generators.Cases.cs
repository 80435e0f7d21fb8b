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
    /// <summary>
    /// The shared cases of Lsz.Generators: c₀ and E‖x‖ of each population kind in closed form, the learning-rate schedules'
    /// formulas, the texts a reader sees, the θ(0) classes at their edges, and the documented special draws of the generators.
    /// </summary>
    public sealed class GeneratorsCases
    {

        [Fact]
        public void C0_of_symmetric_points_and_mixture_populations_is_the_mean_planar_norm()
        {
            // U(2.5·S¹): c₀ = 2.5 with a rounding allowance of 10⁻¹⁵ relative
            var circle = Lsz.C0(Circle(2.5));
            Assert.Equal(2.5, circle.Value, 1e-15);
            Assert.Equal(2.5e-15, circle.Error, 1e-29);
            // points in R³ weighted 1:3: c₀ = E‖(x₁, x₂)‖ = (‖(3, 4)‖ + 3‖(0, 1)‖)/4 = (5 + 3)/4 = 2 (the third coordinate is not in D₂)
            var pts = new PointsPopulation([[3, 4, 12], [0, 1, 5]], V(3), [1, 3]);
            Assert.Equal(2, Lsz.C0(pts).Value, 1e-15);
            // E‖x‖ over R³: (13 + 3·√26)/4
            Assert.Equal((13 + 3 * Math.Sqrt(26)) / 4, Lsz.FullMeanNorm(pts), 1e-14);
            // ¼ U(S¹) + ¾ U(2·S¹): c₀ = ¼ + ¾·2 = 1.75, errors weighted the same way: ¼·10⁻¹⁵ + ¾·2·10⁻¹⁵
            var mix = new MixturePopulation([(1, Circle()), (3, Circle(2))]);
            var c = Lsz.C0(mix);
            Assert.Equal(1.75, c.Value, 1e-15);
            Assert.Equal(1.75e-15, c.Error, 1e-30);
        }

        [Fact]
        public void C0_of_an_ellipse_is_its_perimeter_over_two_pi()
        {
            // x = M u, u ∼ U(S¹), M = diag(2, 1): E‖x‖ = (1/2π)∫₀^{2π} √(4cos²t + sin²t) dt, by the trapezoid rule (exponentially
            // accurate for a smooth periodic integrand: 4096 nodes are exact to rounding)
            var p = new PlanarPopulation(new CircleRadius(), new double[,] { { 2, 0 }, { 0, 1 } }, V(2));
            const int n = 4096;
            var sum = 0.0;
            for (var i = 0; i < n; i++) { var t = 2 * Math.PI * i / n; sum += Math.Sqrt(4 * Math.Cos(t) * Math.Cos(t) + Math.Sin(t) * Math.Sin(t)); }
            var c = Lsz.C0(p);
            Assert.True(Math.Abs(c.Value - sum / n) <= 10 * c.Error + 1e-12, $"{c.Value} vs {sum / n} (error {c.Error})");
        }

        [Fact]
        public void Full_mean_norm_of_symmetric_sphere_pushforwards_is_the_mean_radius()
        {
            // ¼ of 2·S² and ¾ of 4·S²: E‖x‖ = ¼·2 + ¾·4 = 3.5
            Assert.Equal(3.5, Lsz.FullMeanNorm(SpherePushforwardPopulation.Spheres([(1, 2), (3, 4)], V(3))), 1e-15);
        }

        [Fact]
        public void Schedules_follow_their_formulas()
        {
            // η_k = η₀(k+1)^α: 2·4^{1/2} = 4 at k = 3; η₀q^k: 2·3² = 18 at k = 2
            Assert.Equal(4, new Lsz.Schedule("power", 2, 0.5).Eta(3), 1e-15);
            Assert.Equal(18, new Lsz.Schedule("geometric", 2, 3).Eta(2), 1e-14);
            // bounded: η₋ + (η₊ − η₋)(½ + ½ sin(12.9898 (k+1) phase)) with η₋ = 1/4, η₊ = 1, phase 3, k = 2: sin(116.9082)
            Assert.Equal(0.25 + 0.75 * (0.5 + 0.5 * Math.Sin(116.9082)), new Lsz.Schedule("bounded", 1, 3, 0.25, 1).Eta(2), 1e-12);
            Assert.Equal(0.5, new Lsz.Schedule("constant", 0.5, 0).Eta(7));
        }

        [Fact]
        public void Case_texts_name_the_optional_parts_only_when_present()
        {
            Assert.Equal("U(S^1), v = (0, 1), w = (1, 0)", new Lsz.PointCase(Circle(), [1, 0]).ToString());
            Assert.Equal("U(S^1), v = (0, 1), w = (1, 0), note", new Lsz.PointCase(Circle(), [1, 0], "note").ToString());
            var one = new Lsz.FlowCase(Circle(), [1, 0]);
            Assert.Equal("U(S^1), v = (0, 1), w(0) = (1, 0) (‖w(0)‖ = 1, θ(0) = 1.5707963267948966)", one.ToString());
            Assert.Equal("U(S^1), v = (0, 1), w(0) = (1, 0) (‖w(0)‖ = 1, θ(0) = 1.5707963267948966), N = 2", (one with { Depth = 2 }).ToString());
            var gd = new Lsz.GdCase(one, new Lsz.Schedule("constant", 0.5, 0));
            Assert.Equal(one + ", η_k = 0.5", gd.ToString());
            Assert.Equal(one + ", η_k = 0.5, δ = 0.25", (gd with { Delta = 0.25 }).ToString());
        }

        /// <summary>A point whose computed angle with v is exactly θ: a(sin t, cos t) or (|tan θ|, ±1), nudged by up to 32 ulps.</summary>
        internal static double[] AtAngle(int d, double theta)
        {
            var v = V(d);
            var y = Math.Abs(Math.Tan(theta));
            for (var k = 0; k <= 32; k++)
                foreach (var sign in new[] { 1, -1 })
                {
                    var t = theta + sign * k * Math.ScaleB(1, Math.ILogB(theta) - 52);
                    var w = Point(d, 1, t);
                    if (Angle(w, v) == theta) return w;
                    w = new double[d];
                    w[0] = y + sign * k * Math.ScaleB(1, Math.ILogB(y) - 52);
                    w[1] = Math.Sign(Math.Cos(theta));
                    if (Angle(w, v) == theta) return w;
                }
            throw new InvalidOperationException($"no point at angle exactly {theta:R}");
        }

        [Fact]
        public void Flow_start_classes_at_the_theta_edges()
        {
            HashSet<string> Of(double th) => Lsz.FlowStartClasses(new Lsz.FlowCase(Circle(), AtAngle(2, th))).ToHashSet();
            Assert.Contains("theta0-near-0", Of(0.1));
            Assert.DoesNotContain("theta0-near-0", Of(Math.BitIncrement(0.1)));
            // θ(0) = π − 0.2 is obtuse but not yet near π
            Assert.DoesNotContain("theta0-near-pi", Of(Math.PI - 0.2));
            Assert.Contains("theta0-obtuse", Of(Math.PI - 0.2));
            Assert.Contains("theta0-near-pi", Of(Math.BitIncrement(Math.PI - 0.2)));
        }

        [Fact]
        public void Schedules_decode_as_documented()
        {
            // raw 0, 0: η₀ = 1; then the kind (1 power, 2 geometric, 3 bounded)
            Assert.Equal(new Lsz.Schedule("power", 1, 0.25), Lsz.RandomSchedule(Raw(0, 0, 1, 1, 1)));
            // geometric growth q = 1 + k/100 > 1, the first k = 1
            Assert.Equal(new Lsz.Schedule("geometric", 1, 1.01), Lsz.RandomSchedule(Raw(0, 0, 2, 0)));
            // bounded in [η₀/4, η₀], or (when allowed, one in two) η₋ = 0
            Assert.Equal(new Lsz.Schedule("bounded", 1, 1, 0.25, 1), Lsz.RandomSchedule(Raw(0, 0, 3, 0, 0), etaMinusZero: true));
            Assert.Equal(new Lsz.Schedule("bounded", 1, 1, 0, 1), Lsz.RandomSchedule(Raw(0, 0, 3, 0, 1), etaMinusZero: true));
            Assert.Equal(new Lsz.Schedule("bounded", 1, 1, 0.25, 1), Lsz.RandomSchedule(Raw(0, 0, 3, 0, 1)));
        }

        [Fact]
        public void Populations_decode_as_documented()
        {
            var weakSym = new Context(Weakened: Lsz.Sym);
            // flows with the symmetry weakened take the planar laws of Pop (raw 2 would be Sec4's point set in R³)
            Assert.IsType<PlanarPopulation>(Lsz.FlowPopulation(Raw(2), weakSym));
            // cheap symmetric laws are U(S¹) and U(S²) only (raw 2 would be N(0, I₂) among all laws)
            Assert.True(Lsz.IsUnitCircleOrSphere(Lsz.Pop(Raw(2), Context.AsPrinted, cheap: true)));
            Assert.False(Lsz.IsUnitCircleOrSphere(Lsz.Pop(Raw(2), Context.AsPrinted)));
        }

        [Fact]
        public void Points_with_the_exponential_loss_have_norms_half_to_three_and_a_half()
        {
            // ‖w‖ = 0.5 + k/2, k ∈ {0, …, 6}: never 0; forty fixed seeds reach every k
            var logit = new Context(Weakened: Lsz.Logit);
            var seen = new HashSet<double>();
            for (var seed = 0; seed < 40; seed++)
            {
                var rng = new Random(seed);
                var x = Lsz.RandomPoint(new Choices(Enumerable.Range(0, 40).Select(_ => rng.Next(0, 1000)).ToArray()), logit);
                var a = Vec.Norm(x.W);
                Assert.True(a >= 0.5 - 1e-12 && a <= 3.5 + 1e-12 && Math.Abs(2 * a - Math.Round(2 * a)) < 1e-12, $"seed {seed} (40 raw choices): ‖w‖ = {a:R}");
                seen.Add(Math.Round(2 * a) / 2);
            }
            Assert.Equal(7, seen.Count);
        }
    }
}
