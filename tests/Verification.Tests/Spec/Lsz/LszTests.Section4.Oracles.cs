using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Tests.SbgsbgaCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 4 (Eq. (14), Proposition 4, Lemmas 6-8, Theorem 3, Eqs. (39) and (41)): the shared start classes at their
    /// thresholds, each claim's own classes, and the branches of the evaluations on cheap hand-made starts.</summary>
    public sealed class Section4Oracles
    {
        private static readonly Lsz.Equation14 Equation14 = (Lsz.Equation14)ClaimAssert.Get("LSZ.Eq14");
        private static readonly Lsz.Equation14Corrected Equation14Fixed = (Lsz.Equation14Corrected)ClaimAssert.Get("LSZ.Eq14").Corrected!;
        private static readonly Lsz.Proposition4 Proposition4 = (Lsz.Proposition4)ClaimAssert.Get("LSZ.Prop4");
        private static readonly Lsz.Lemma6 Lemma6 = (Lsz.Lemma6)ClaimAssert.Get("LSZ.Lemma6");
        private static readonly Lsz.Theorem3 Theorem3 = (Lsz.Theorem3)ClaimAssert.Get("LSZ.Thm3");
        private static readonly Lsz.Theorem3Corrected Theorem3Fixed = (Lsz.Theorem3Corrected)ClaimAssert.Get("LSZ.Thm3").Corrected!;
        private static readonly Lsz.Lemma7 Lemma7 = (Lsz.Lemma7)ClaimAssert.Get("LSZ.Lemma7");
        private static readonly Lsz.Lemma8 Lemma8 = (Lsz.Lemma8)ClaimAssert.Get("LSZ.Lemma8");
        private static readonly Lsz.Equation39 Equation39 = (Lsz.Equation39)ClaimAssert.Get("LSZ.Eq39");
        private static readonly Lsz.Equation41 Equation41 = (Lsz.Equation41)ClaimAssert.Get("LSZ.Eq41");
        private static readonly Lsz.Equation41Corrected Equation41Fixed = (Lsz.Equation41Corrected)ClaimAssert.Get("LSZ.Eq41").Corrected!;

        /// <summary>U(S¹) (c₀ = 1) and the other laws of Sec4.Population, each with its class.</summary>
        private static SphericalPopulation Law(RadialLaw law) => new(law, LszCases.V(law.Dimension));
        private static readonly PointsPopulation Points3 = new([[1, 0, 0.5], [-0.5, 1, -1], [0.3, -2, 1]], LszCases.V(3));
        private static readonly PointsPopulation Points2 = new([[1, 0.5], [-0.5, 1], [0.3, -2]], LszCases.V(2));

        private static Lsz.FlowCase Start(double[] w, int n = 3, Population? pop = null) => new(pop ?? Circle(), w, n);
        private static Lsz.FlowCase At(double a, double theta, int n = 3) => new(Circle(), LszCases.Point(2, a, theta), n);

        public static TheoryData<Lsz.FlowCase, string[]> StartClasses => new()
        {
            { At(1, 1), ["circle"] },
            { At(1, 1, 1), ["circle", "N-1"] },
            { At(1, 1, 2), ["circle", "N-2"] },
            { At(1, 1, 4), ["circle"] },
            { At(1, 1, 5), ["circle", "N-large"] },
            { At(1, 1, 6), ["circle", "N-large"] },
            { Start([0, 1]), ["circle", "theta0-zero"] },
            { Start([0, -1]), ["circle", "theta0-pi"] },                                  // π itself is not obtuse (θ < π)
            { Start([1e-3, 1]), ["circle", "theta0-near-0"] },
            { At(1, 0.0101), ["circle"] },
            { At(1, Math.PI - 0.19), ["circle", "theta0-near-pi", "theta0-obtuse"] },
            { At(1, Math.PI - 0.21), ["circle", "theta0-obtuse"] },
            { Start([1, 0]), ["circle"] },                                               // θ = π/2 exactly
            { Start([1, -1e-9]), ["circle", "theta0-obtuse"] },
            // θ = π/2 exactly and ‖w‖ = |w₁| exactly
            { Start([0.0999, 0]), ["circle", "norm-small"] },
            { Start([0.1, 0]), ["circle"] },
            { Start([10, 0]), ["circle", "norm-large"] },
            { Start([9.99, 0]), ["circle"] },
            { Start([1, 1], pop: Law(new CircleRadius(2.5))), ["circle-scaled"] },
            { Start([1, 1], pop: Law(new GaussianRadius(2))), [] },
            { Start([1, 1, 0], pop: Law(new GaussianRadius(3))), ["gaussian-d3"] },
            { Start([1, 1, 0], pop: Law(new SphereProjectionRadius(3))), ["sphere-d3"] },
            { Start([1, 1], pop: Law(new RadialMixture([(1, new CircleRadius(0.5)), (2, new CircleRadius(3))]))), ["mixture"] },
            { Start([1, 1, 0], pop: Points3), ["non-symmetric-d3"] },
            { Start([1, 1], pop: Points2), [] },
        };

        /// <summary>Proposition 4, Eqs. (39) and (41) classify by the start alone (Sec4.FlowClasses).</summary>
        [Fact]
        public void Section4_start_classes_are_exact() =>
            Table.Each(StartClasses, (Lsz.FlowCase x, string[] expected) =>
            {
                Assert.Equal(Set(expected), Proposition4.Classify(x).ToHashSet());
                Assert.Equal(Set(expected), Equation39.Classify(x).ToHashSet());
                Assert.Equal(Set(expected), Equation41.Classify(x).ToHashSet());
            });

        private static double[,] Gram(double[,] m, bool left)
        {
            var (r, c) = (m.GetLength(0), m.GetLength(1));
            var k = left ? c : r;
            var g = new double[k, k];
            for (var i = 0; i < k; i++)
                for (var j = 0; j < k; j++)
                    for (var t = 0; t < (left ? r : c); t++) g[i, j] += left ? m[t, i] * m[t, j] : m[i, t] * m[j, t];
            return g;
        }

        private static double Gap(double[,] a, double[,] b) =>
            Enumerable.Range(0, a.GetLength(0)).SelectMany(i => Enumerable.Range(0, a.GetLength(1)).Select(j => Math.Abs(a[i, j] - b[i, j]))).Max();

        /// <summary>Largest |W_{j+1}ᵀW_{j+1} − W_jW_jᵀ| (Arora's balancedness) or, printed, |W_{j+1}ᵀW_{j+1} − W_jᵀW_j|.</summary>
        private static double Imbalance(List<double[,]> layers, bool printed) =>
            Enumerable.Range(0, layers.Count - 1).Select(j => Gap(Gram(layers[j + 1], true), Gram(layers[j], printed))).DefaultIfEmpty(0).Max();

        private static double Theta(Lsz.FlowCase x) => LszCases.Angle(x.W0, x.Pop.V);

        /// <summary>The generators keep to each claim's setting (depths, norms, θ(0), balancedness) and each weakening leaves
        /// exactly its hypothesis.</summary>
        [Fact]
        public void Section4_generators_stay_inside_their_settings()
        {
            var printed = Context.AsPrinted;
            Context Weak(string h) => new(Weakened: h);
            IEnumerable<Lsz.FlowCase> Starts(Func<Choices, Lsz.FlowCase> g) => Section3_4Oracles.Draws(120).Select(g);
            Assert.All(Starts(c => Equation39.Generate(c, printed)), x => Assert.True(x.Depth is >= 2 and <= 6 && x.Pop.SphericallySymmetric
                && Vec.Norm(x.W0) >= 0.01 - 1e-12 && Vec.Norm(x.W0) <= 9 + 1e-12, $"{x}"));
            Assert.All(Starts(c => Equation41.Generate(c, Weak("spherical-symmetry"))), x => Assert.False(x.Pop.SphericallySymmetric));
            var p4 = Starts(c => Proposition4.Generate(c, printed)).ToList();
            Assert.All(p4, x => Assert.True(x.Depth == 2 && Theta(x) < Math.PI && Vec.Norm(x.W0) <= 90 + 1e-9, $"{x}"));
            Assert.Contains(p4, x => Theta(x) == 0);
            Assert.All(Starts(c => Proposition4.Generate(c, Weak("depth-2"))), x => Assert.Equal(3, x.Depth));
            foreach (var g in new Func<Choices, Context, Lsz.FlowCase>[] { Proposition4.Generate, Lemma6.Generate, Theorem3.Generate })
                Assert.All(Section3_4Oracles.Draws(40).Select(c => g(c, Weak("theta0-not-pi"))), x => Assert.Equal(Math.PI, Theta(x)));
            Assert.All(Starts(c => Lemma6.Generate(c, printed)), x => Assert.True(x.Depth is >= 2 and <= 6 && Theta(x) < Math.PI, $"{x}"));
            Assert.All(Starts(c => Theorem3.Generate(c, printed)), x => Assert.True(x.Depth is >= 3 and <= 6 && Theta(x) < Math.PI, $"{x}"));
            var l8 = Section3_4Oracles.Draws(120).Select(c => Lemma8.Generate(c, printed)).ToList();
            Assert.All(l8, x => Assert.True(x.Part == 0 ? x.F.Depth is >= 3 and <= 6 : x.F.Depth is >= 1 and <= 6, $"{x}"));
            foreach (var part in new[] { 0, 1 }) Assert.Contains(l8, x => x.Part == part);
            Assert.All(Section3_4Oracles.Draws(30).Select(c => Lemma8.Generate(c, Weak("spherical-symmetry"))), x => Assert.Equal(1, x.Part));
            // Eq. (13) as printed holds on the printed generator of LSZ.Eq14, Arora's balancedness on the corrected one and Lemma 7's
            var e14 = Section3_4Oracles.Draws(60).Select(c => Equation14.Generate(c, printed)).ToList();
            Assert.All(e14, x => Assert.True(x.N is >= 2 and <= 6 && Imbalance(x.Layers, printed: true) <= 1e-12, $"{x}"));
            Assert.Contains(Section3_4Oracles.Draws(60).Select(c => Equation14.Generate(c, Weak("balanced-13"))), x => Imbalance(x.Layers, true) > 1e-6);
            foreach (var g in new Func<Choices, Context, Lsz.LayersCase>[] { Equation14Fixed.Generate, Lemma7.Generate })
            {
                var xs = Section3_4Oracles.Draws(60).Select(c => g(c, printed)).ToList();
                Assert.All(xs, x => Assert.True(Imbalance(x.Layers, printed: false) <= 1e-9 * (1 + Vec.Norm(x.We)), $"{x}"));
                Assert.All(Section3_4Oracles.Draws(40).Select(c => g(c, Weak("balanced"))),
                    x => Assert.True(x.N >= 2 && Imbalance(x.Layers, printed: false) > 1e-3, $"{x}"));
            }
            Assert.Contains(Section3_4Oracles.Draws(60).Select(c => Lemma7.Generate(c, printed)), x => x.N == 1);
        }

        /// <summary>Lemma 6 adds T-zero when g(w_e(0)) ≥ 0 (on v: g = E|vᵀx|/(1 + e^{|vᵀx|}) &gt; 0), T-positive otherwise (θ &gt; π/2).</summary>
        [Fact]
        public void Lemma6_classifies_the_sign_of_g()
        {
            Assert.Equal(Set("circle", "theta0-zero", "T-zero"), Lemma6.Classify(Start([0, 1])).ToHashSet());
            Assert.Equal(Set("circle", "theta0-obtuse", "T-positive"), Lemma6.Classify(At(1, 2)).ToHashSet());
        }

        /// <summary>Part (ii) drops the θ(0) and norm classes (its point is found by a root search, not taken from the start).</summary>
        [Fact]
        public void Lemma8_classifies_by_part()
        {
            var small = Start([0.05, -1e-3], 5);
            Assert.Equal(Set("circle", "theta0-obtuse", "norm-small", "N-large", "part-i"), Lemma8.Classify(new Lsz.FlowPartCase(small, 0)).ToHashSet());
            Assert.Equal(Set("circle", "N-large", "part-ii"), Lemma8.Classify(new Lsz.FlowPartCase(small, 1)).ToHashSet());
            Assert.Equal(Set("circle", "N-1", "part-ii"), Lemma8.Classify(new Lsz.FlowPartCase(Start([10, 0], 1), 1)).ToHashSet());
        }

        private static double[] Unit(params double[] u) => Vec.Scale(1 / Vec.Norm(u), u);

        private static Lsz.LayersCase Balanced(double[] we, params double[][] units) =>
            new(Law(we.Length == 2 ? new CircleRadius() : new SphereProjectionRadius(3)), Flows.BalancedInit(we, units.Length + 1, units),
                "Arora-balanced initialisation");

        private static Lsz.LayersCase Paper(double[] we, params double[][] units) =>
            new(Law(we.Length == 2 ? new CircleRadius() : new SphereProjectionRadius(3)), Flows.PaperInit(we, units), "Section 5 initialisation");

        public static TheoryData<Lsz.LayersCase, string[]> LayerClasses => new()
        {
            { Balanced([1, 1], [1, 0]), ["circle", "N-2", "arora-init"] },
            { Paper([1, 0], [0, 1], [1, 0]), ["circle", "section5-init"] },
            // a hidden unit with a third component is off the plane (w̄_e's own third component is not a hidden unit)
            { Balanced([1, 1, 0], Unit(1, 0, 1)), ["sphere-d3", "N-2", "arora-init", "hidden-off-plane"] },
            { Balanced([1, 1, 0], [1, 0, 0]), ["sphere-d3", "N-2", "arora-init"] },
            { Balanced([1, 0, 1], [1, 0, 0]), ["sphere-d3", "N-2", "arora-init"] },
            { Balanced([1, 1, 0], [1, 0, 0], [0, 1, 0]), ["sphere-d3", "arora-init"] },
            { Balanced([1, 1, 0], [1, 0, 0], Unit(0, 1, 1)), ["sphere-d3", "arora-init", "hidden-off-plane"] },
            { Balanced([1, 1, 0], Unit(0, 1, 1), [1, 0, 0]), ["sphere-d3", "arora-init", "hidden-off-plane"] },
        };

        /// <summary>The corrected Eq. (14) adds the initialisation and hidden-off-plane; Lemma 7 adds hidden-off-plane only.</summary>
        [Fact]
        public void Equation14_corrected_and_Lemma7_classify_exactly() =>
            Table.Each(LayerClasses, (Lsz.LayersCase x, string[] expected) =>
            {
                Assert.Equal(Set(expected), Equation14Fixed.Classify(x).ToHashSet());
                Assert.Equal(Set(expected).Where(k => !k.EndsWith("-init", StringComparison.Ordinal)).ToHashSet(), Lemma7.Classify(x).ToHashSet());
                Assert.Equal(Set(expected).Where(k => k != "hidden-off-plane" && !k.EndsWith("-init", StringComparison.Ordinal)).ToHashSet(),
                    Equation14.Classify(x).ToHashSet());
            });

        /// <summary>
        /// The finding of LSZ.Eq14: U(S¹), N = 2, W₂ = (1, 0), W₁ = q(1, 0) with q = (cos 1, sin 1) satisfies Eq. (13) as printed, and
        /// the layer-wise velocity differs from Eq. (14). An Arora-balanced start agrees; N in place of N − 1 then fails by the
        /// difference of the two induced fields. All-zero layers are inconclusive.
        /// </summary>
        [Fact]
        public void Equation14_velocity_check_branches()
        {
            var w2 = new double[1, 2] { { 1, 0 } };
            var w1 = new double[2, 2] { { Math.Cos(1), 0 }, { Math.Sin(1), 0 } };
            var printed = new Lsz.LayersCase(Circle(), [w1, w2], "Eq. (13) as printed");
            var e = Equation14.Evaluate(printed, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.True(e.Violation > 1e-3, $"violation {e.Violation}");
            var zero = new Lsz.LayersCase(Circle(), [new double[2, 2], new double[1, 2]], "zero");
            Assert.Equal(Status.Inconclusive, Equation14.Evaluate(zero, Context.AsPrinted).Status);
            var ok = Balanced(LszCases.Point(2, 2, 1), Unit(1, 1), [0, 1]);
            Assert.Equal(Status.Holds, Equation14.Evaluate(ok, Context.AsPrinted).Status);
            var wrong = Equation14.Evaluate(ok, new Context(Variant: "N-instead-of-N-minus-1"));
            Assert.Equal(Status.Fails, wrong.Status);
            var g = ok.Pop.Gradient(ok.We).Value;
            // the layer-wise velocity equals Eq. (14) to the quadrature error of ∇L (≲ 10⁻¹²)
            Assert.Equal(Vec.Norm(Vec.Sub(Flows.InducedField(g, ok.We, 3), Flows.InducedField(g, ok.We, 4))), wrong.Violation, 1e-9);
            // the corrected statement then integrates both flows to t = 3, where they agree
            var fixedOk = Equation14Fixed.Evaluate(ok, Context.AsPrinted);
            Assert.Equal(Status.Holds, fixedOk.Status);
            Assert.StartsWith("w_e(3): layer-wise", fixedOk.Detail, StringComparison.Ordinal);
            // the corrected statement stops at a failing velocity (Section 5's init with ‖w_e(0)‖ = 2 is unbalanced)
            var unbalanced = Equation14Fixed.Evaluate(Paper(LszCases.Point(2, 2, 1), [1, 0]), Context.AsPrinted);
            Assert.Equal(Status.Fails, unbalanced.Status);
            Assert.StartsWith("ẇ_e(0) layer-wise", unbalanced.Detail, StringComparison.Ordinal);
        }

        /// <summary>On the axis the flow must stay on ±v: it does for U(S¹) (θ(0) = 0 and π) and does not for a point set in R².</summary>
        [Fact]
        public void Proposition4_on_the_axis_checks_the_ray()
        {
            var plus = Proposition4.Evaluate(Start([0, 1], 2), Context.AsPrinted);
            Assert.Equal(Status.Holds, plus.Status);
            Assert.StartsWith("θ(0) = 0:", plus.Detail, StringComparison.Ordinal);
            Assert.Contains("stays on +v: True", plus.Detail, StringComparison.Ordinal);
            var minus = Proposition4.Evaluate(Start([0, -1], 2), Context.AsPrinted);
            Assert.Equal(Status.Holds, minus.Status);
            Assert.StartsWith("θ(0) = π:", minus.Detail, StringComparison.Ordinal);
            var off = Proposition4.Evaluate(Start([0, 1], 2, Points2), Context.AsPrinted);
            Assert.Equal(Status.Fails, off.Status);
            Assert.True(off.Violation > 1e-6, $"violation {off.Violation}");
        }

        [Fact]
        public void Proposition4_closed_form_holds_and_the_slow_rate_fails()
        {
            var x = At(1, 2, 2);
            Assert.Equal(Status.Holds, Proposition4.Evaluate(x, Context.AsPrinted).Status);
            var slow = Proposition4.Evaluate(x, new Context(Variant: "rate-c0-over-pi"));
            Assert.Equal(Status.Fails, slow.Status);
            Assert.Contains("closed form", slow.Detail, StringComparison.Ordinal);
            // at the first accepted step t₁ the flow has moved 2c₀t₁/π and the slow rate c₀t₁/π (c₀ = 1): the gap is t₁/π, up to the
            // integration error (rtol 10⁻¹¹)
            var t1 = double.Parse(slow.Detail[4..slow.Detail.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(t1 / Math.PI, slow.Violation, 1e-6 * t1);
        }

        /// <summary>θ(0) = π on a symmetric law: T = ∞, reported as a failure of the printed (hypothesis-free) lemma with violation 1.</summary>
        [Fact]
        public void Lemma6_evaluation_branches()
        {
            var pi = Lemma6.Evaluate(Start([0, -1], 3), Context.AsPrinted);
            Assert.Equal(Status.Fails, pi.Status);
            Assert.Equal(1, pi.Violation);
            Assert.StartsWith("θ(0) = π: the flow stays on −v", pi.Detail, StringComparison.Ordinal);
            var x = At(1, 2, 2);
            var ok = Lemma6.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, ok.Status);
            Assert.StartsWith("T = ", ok.Detail, StringComparison.Ordinal);
            var reversed = Lemma6.Evaluate(x, new Context(Variant: "reversed-pattern"));
            Assert.Equal(Status.Fails, reversed.Status);
            Assert.Contains("< T, w_eᵀẇ_e = ", reversed.Detail, StringComparison.Ordinal);
        }

        /// <summary>
        /// Theorem 3's upper bound with E = −2 ln|tan θ(0)/2| as printed fails at t = 0 for cos θ(0) &gt; −1/3: the violation is
        /// ln C₁ − E = −2 ln tan(θ(0)/2) + 2 ln|tan θ(0)/2| (both sides at t = 0, no integration error). With E = ln C₁ it holds;
        /// on v both statements check the ray.
        /// </summary>
        [Fact]
        public void Theorem3_printed_E_fails_at_time_zero()
        {
            var x = At(1, 1, 3);
            var th = LszCases.Angle(x.W0, x.Pop.V);
            var e = Theorem3.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(-2 * Math.Log(Math.Tan(th / 2)) + 2 * Math.Log(Math.Abs(Math.Tan(th) / 2)), e.Violation, 1e-12);
            Assert.StartsWith("t = 0: ", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Status.Holds, Theorem3Fixed.Evaluate(x, Context.AsPrinted).Status);
            // phase-2 is the class of the starts whose located T lies before the horizon 10 (T is reported by the corrected check)
            var fixedDetail = Theorem3Fixed.Evaluate(x, Context.AsPrinted).Detail;
            var t = double.Parse(fixedDetail[4..fixedDetail.IndexOf(';', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(t < 10, Theorem3.Classify(x).Contains("phase-2"));
            // on −v the flow never turns (wᵀẇ < 0 throughout): no T, no phase 2
            Assert.Equal(Set("circle", "theta0-pi"), Theorem3.Classify(Start([0, -1], 3)).ToHashSet());
            var axis = Theorem3.Evaluate(Start([0, 1], 3), Context.AsPrinted);
            Assert.Equal(Status.Holds, axis.Status);
            Assert.StartsWith("θ(0) = 0:", axis.Detail, StringComparison.Ordinal);
        }

        /// <summary>
        /// ‖w_e‖ = 4, θ = π/2, N = 3 on U(S¹): ∂cos θ/∂t = (c₀/π)‖w_e‖^{1/3}; with the exponent 2/N the right side is (c₀/π)4^{2/3},
        /// so the violation is (4^{2/3} − 4^{1/3})/π (sin²θ = 1 to 10⁻³²; the velocity is exact up to the quadrature error ≲ 10⁻¹²).
        /// </summary>
        [Fact]
        public void Lemma7_evaluation_measures_the_exponent()
        {
            var x = Balanced([4, 0], [1, 0], Unit(1, 1));
            Assert.Equal(Status.Holds, Lemma7.Evaluate(x, Context.AsPrinted).Status);
            var wrong = Lemma7.Evaluate(x, new Context(Variant: "exponent-2-over-N"));
            Assert.Equal(Status.Fails, wrong.Status);
            Assert.Equal((Math.Pow(4, 2.0 / 3) - Math.Pow(4, 1.0 / 3)) / Math.PI, wrong.Violation, 1e-9);
            // N = 1 is the linear model: 1 − 2/N = −1 and 2/N = 2
            var one = Balanced([4, 0]);
            Assert.Equal(Status.Holds, Lemma7.Evaluate(one, Context.AsPrinted).Status);
            Assert.Equal((16 - 0.25) / Math.PI, Lemma7.Evaluate(one, new Context(Variant: "exponent-2-over-N")).Violation, 1e-9);
        }

        /// <summary>Part (i) on −v (N = 3, the norm shrinks toward 0 and stays above the lower bound) and on +v (the norm grows, so an upper
        /// bound with zero slope, ‖w_e(0)‖, fails); part (ii) at a root of g.</summary>
        [Fact]
        public void Lemma8_evaluation_branches()
        {
            var down = Lemma8.Evaluate(new Lsz.FlowPartCase(Start([0, -1], 3), 0), Context.AsPrinted);
            Assert.Equal(Status.Holds, down.Status);
            Assert.StartsWith("‖w_e(15)‖ = ", down.Detail, StringComparison.Ordinal);
            var up = new Lsz.FlowPartCase(Start([0, 1], 3), 0);
            Assert.Equal(Status.Holds, Lemma8.Evaluate(up, Context.AsPrinted).Status);
            var flat = Lemma8.Evaluate(up, new Context(Variant: "upper-zero-slope"));
            Assert.Equal(Status.Fails, flat.Status);
            Assert.Contains("not in [", flat.Detail, StringComparison.Ordinal);
            var root = Lemma8.Evaluate(new Lsz.FlowPartCase(At(1, 1, 2), 1), Context.AsPrinted);
            Assert.Equal(Status.Holds, root.Status);
            Assert.StartsWith("g(w) = 0 at ‖w‖ = ", root.Detail, StringComparison.Ordinal);
        }

        /// <summary>
        /// Eq. (39): ∂‖w_e‖^{2/N}/∂t = 2g; with factor one the violation is |g| up to the central difference's error (O(h²) with
        /// h = 5·10⁻³; 10⁻³ relative is ample). Eq. (41) as printed lacks the factor 2 (its finding): violation N‖w_e‖^{2−2/N}|g|.
        /// </summary>
        [Fact]
        public void Equations39_41_evaluation_measures_the_factor()
        {
            var x = At(2, 1, 3);
            var g = Math.Abs(x.Pop.G(x.W0).Value);
            Assert.Equal(Status.Holds, Equation39.Evaluate(x, Context.AsPrinted).Status);
            var one = Equation39.Evaluate(x, new Context(Variant: "factor-one"));
            Assert.Equal(Status.Fails, one.Status);
            Assert.Equal(g, one.Violation, 1e-3 * g);
            var scale = 3 * Math.Pow(2, 2 - 2.0 / 3);
            var printed = Equation41.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, printed.Status);
            Assert.Equal(scale * g, printed.Violation, 1e-3 * scale * g);
            Assert.Equal(Status.Holds, Equation41Fixed.Evaluate(x, Context.AsPrinted).Status);
            Assert.Equal(2 * scale * g, Equation41Fixed.Evaluate(x, new Context(Variant: "factor-4")).Violation, 2e-3 * scale * g);
        }
    }
}
