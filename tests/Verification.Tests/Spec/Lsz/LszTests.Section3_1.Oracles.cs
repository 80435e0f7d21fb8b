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
    /// <summary>Section 3.1: exact class sets, the hypothesis check (33) and each branch of the evaluations of Lemmas 10 and 11, the
    /// flow-start classes of Lemma 1 / Theorem 1 and the cheap branches of their evaluations.</summary>
    public sealed class Section3_1Oracles
    {
        private static readonly Lsz.Equation2 Eq2 = (Lsz.Equation2)ClaimAssert.Get("LSZ.Eq2");
        private static readonly Lsz.Lemma1 L1 = (Lsz.Lemma1)ClaimAssert.Get("LSZ.Lemma1");
        private static readonly Lsz.Theorem1 Thm1 = (Lsz.Theorem1)ClaimAssert.Get("LSZ.Thm1");
        private static readonly Lsz.Lemma10 L10 = (Lsz.Lemma10)ClaimAssert.Get("LSZ.Lemma10");
        private static readonly Lsz.Lemma11 L11 = (Lsz.Lemma11)ClaimAssert.Get("LSZ.Lemma11");

        /// <summary>h(t) = s·Π(t − rᵢ)^{mᵢ}·(1 + b(t − c)²) with integer roots.</summary>
        private static Lsz.Lemma10Case H(int sign, int[] roots, int[] mult, int b = 0, int c = 0) =>
            new(sign, roots.Select(r => (Rational)r).ToArray(), mult, b, c);

        private static Lsz.Lemma10Case Simple(int sign, params int[] roots) => H(sign, roots, roots.Select(_ => 1).ToArray());

        public static TheoryData<Lsz.Lemma10Case, string[]> Lemma10Classes => new()
        {
            { Simple(1, 1), ["T-interior"] },                                             // h(0) = −1 < 0, root 1 > 0
            { Simple(-1, 1), ["T-zero-positive"] },                                       // h(0) = 1
            { Simple(1, 2, 5), ["T-zero-positive"] },                                     // h(0) = 10 > 0, roots after 0 only
            { Simple(1, -1), ["T-zero-positive", "roots-before-zero"] },
            { Simple(1, 0), ["root-at-zero"] },                                           // the root 0 is neither before nor after 0
            { Simple(1, 0, -1), ["root-at-zero", "roots-before-zero"] },
            { Simple(-1), ["T-infinite"] },                                               // no roots at all
            { Simple(-1, -1), ["T-infinite", "roots-before-zero"] },
            { H(-1, [-1], [2]), ["T-infinite", "roots-before-zero", "double-root-before-zero"] },
            { H(-1, [-1, -1], [1, 1]), ["T-infinite", "roots-before-zero", "double-root-before-zero"] }, // multiplicities add up
            { H(1, [-2, -1], [1, 1]), ["T-zero-positive", "roots-before-zero"] },         // two simple roots: no double one
            { H(1, [-2, 1], [1, 1]), ["T-interior", "roots-before-zero"] },               // h(0) = −2 < 0 and a root 1 > 0
            { H(1, [1], [2]), ["T-zero-positive"] },                                      // a double root after 0 is no double-before-zero
        };

        [Fact]
        public void Lemma10_classifies_exactly() =>
            Table.Each(Lemma10Classes, (Lsz.Lemma10Case x, string[] expected) => Assert.Equal(Set(expected), L10.Classify(x).ToHashSet()));

        [Fact]
        public void Lemma10_case_algebra_matches_closed_forms()
        {
            // h(t) = −(t − 1)(t + 3)²·(1 + 2(t − 1/2)²): the case's H, Q, roots and h' at the simple root
            var x = new Lsz.Lemma10Case(-1, [1, -3], [1, 2], 2, new Rational(1, 2));
            Assert.Equal(new Rational(3, 2), x.Q(0));                                     // 1 + 2·(1/4)
            Assert.Equal(new Rational(27, 2), x.H(0));                                    // −(−1)(9)(3/2)
            Assert.Equal(Rational.Zero, x.H(1));
            Assert.Equal(Rational.Zero, x.H(-3));
            Assert.Equal(new[] { ((Rational)(-3), 2), ((Rational)1, 1) }, x.DistinctRoots());
            Assert.Equal(new Rational(-24, 1), x.DerivativeAtRoot(1));                    // −q(1)·(1 + 3)² = −(3/2)·16
            Assert.Equal(Rational.Zero, x.DerivativeAtRoot(-3));                          // a double root
            Assert.False(x.BounceConditionHolds());                                       // h'(1) < 0
            Assert.True(new Lsz.Lemma10Case(1, [1, -3], [1, 2], 2, new Rational(1, 2)).BounceConditionHolds());
            Assert.Equal("h(t) = −(t − 1)·(t − -3)²·(1 + 2(t − 1/2)²)", x.ToString());
        }

        public static TheoryData<Lsz.Lemma10Case, bool> BounceRows => new()
        {
            { Simple(1, 1), true },                  // h'(1) = 1 > 0
            { Simple(-1, 1), false },                // h'(1) = −1
            { H(1, [1], [2]), false },               // a double root at 1: h'(1) = 0 (the boundary the paper excludes)
            { Simple(-1, 0), false },                // h'(0) = −1 at the root 0 ∈ [0, ∞)
            { Simple(1, 0), true },
            { Simple(-1, -1), true },                // h' < 0 at −1 is outside [0, ∞)
            { H(1, [-1], [2]), true },               // so is a double root at −1
            { H(1, [1, 2], [1, 1]), false },         // (t − 1)(t − 2): h'(1) = −1 < 0, h'(2) = 1
            { H(-1, [1, 2], [1, 1]), false },        // the other sign: h'(2) = −1
        };

        [Fact]
        public void Lemma10_bounce_condition_rejects_just_outside() =>
            Table.Each(BounceRows, (Lsz.Lemma10Case x, bool holds) => Assert.Equal(holds, x.BounceConditionHolds()));

        [Fact]
        public void Lemma10_evaluation_reports_each_branch()
        {
            var printed = Context.AsPrinted;
            var weak = new Context(Weakened: "bounce-condition");
            var d = L10.Evaluate(Simple(-1, 1), printed);
            Assert.Equal(Status.Discarded, d.Status);
            Assert.Equal("hypothesis (33) fails on [0, ∞): a root t₀ ≥ 0 with h'(t₀) ≤ 0", d.Detail);
            Assert.Equal(Status.Discarded, L10.Evaluate(H(1, [1], [2]), printed).Status);

            // −(t − 1): h(0) = 1 so T = 0, and h(2) = −1 < 0 after it
            var down = L10.Evaluate(Simple(-1, 1), weak);
            Assert.Equal(Status.Fails, down.Status);
            Assert.Equal(1, down.Violation);
            Assert.Equal("h(2) = -1 < 0 after T = 0", down.Detail);
            // −(t − 1)²: T = 1 (h(1) = 0 ≥ 0), then h(2) = −1
            var touch = L10.Evaluate(H(-1, [1], [2]), weak);
            Assert.Equal(Status.Fails, touch.Status);
            Assert.Equal(1, touch.Violation);
            Assert.Equal("h(2) = -1 < 0 after T = 1", touch.Detail);
            // a valid case is not discarded when the hypothesis is weakened
            Assert.Equal(Status.Holds, L10.Evaluate(Simple(1, 1), weak).Status);

            var cross = L10.Evaluate(Simple(1, 1), printed);
            Assert.Equal(Status.Holds, cross.Status);
            Assert.Equal("T = 1: h < 0 on [0, T) and h ≥ 0 on [T, ∞), decided at 3 points between the roots", cross.Detail);
            // (t − 1)(t + 1): the root −1 adds no point, 0, 1 and 2 decide
            Assert.Equal("T = 1: h < 0 on [0, T) and h ≥ 0 on [T, ∞), decided at 3 points between the roots",
                L10.Evaluate(Simple(1, 1, -1), printed).Detail);
            Assert.Equal("T = 0: h < 0 on [0, T) and h ≥ 0 on [T, ∞), decided at 2 points between the roots", L10.Evaluate(Simple(1, -1), printed).Detail);
            // the root 0 counts twice among the points (0 and the root itself): 0, 0, 1
            Assert.Equal("T = 0: h < 0 on [0, T) and h ≥ 0 on [T, ∞), decided at 3 points between the roots", L10.Evaluate(Simple(1, 0), printed).Detail);
            var never = L10.Evaluate(H(-1, [-1], [2]), printed);
            Assert.Equal(Status.Holds, never.Status);
            Assert.Equal("h < 0 on all of [0, ∞) (T = ∞)", never.Detail);
            Assert.Equal("h < 0 on all of [0, ∞) (T = ∞)", L10.Evaluate(Simple(-1), printed).Detail);
        }

        [Fact]
        public void Lemma10_weakened_finds_the_dip_between_two_roots_after_T()
        {
            var weak = new Context(Weakened: "bounce-condition");
            // (t − 1)(t − 2): h(0) = 2 so T = 0; h < 0 only strictly between the roots, seen at the midpoint 3/2 alone
            var e = L10.Evaluate(Simple(1, 1, 2), weak);
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal("h(3/2) = -1/4 < 0 after T = 0", e.Detail);
            Assert.Equal(0.25, e.Violation);
            // (t − 1)(t − 2)(t − 3)(t − 4): dips of equal depth −15/16 at 3/2 and 7/2; the points are visited in increasing order
            Assert.Equal("h(3/2) = -15/16 < 0 after T = 0", L10.Evaluate(Simple(1, 1, 2, 3, 4), weak).Detail);
        }

        [Fact]
        public void Lemma10_double_root_at_zero_is_not_before_zero() =>
            Assert.Equal(Set("root-at-zero"), L10.Classify(H(1, [0], [2])).ToHashSet());

        [Fact]
        public void Lemma10_strict_variant_fails_at_the_root()
        {
            // t − 1: h(T) = 0 is "≤ 0 after T" for the strict variant, with the violation |0| + 1e−300
            var e = L10.Evaluate(Simple(1, 1), new Context(Variant: "strict-after"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1e-300, e.Violation);
            Assert.Equal("h(1) = 0 ≤ 0 after T = 1", e.Detail);
            // h(0) > 0 and no root: strictly positive everywhere, the strict variant holds too
            Assert.Equal(Status.Holds, L10.Evaluate(Simple(1, -1), new Context(Variant: "strict-after")).Status);
        }

        public static TheoryData<Lsz.Lemma11Case, string[]> Lemma11Classes => new()
        {
            { new(1, 1, 1, 1), ["f-oscillating"] },
            { new(1, 1, 1, 0.1), ["f-oscillating", "theta0-near-0"] },                                  // θ₀ ≤ 10⁻¹ at equality
            { new(1, 1, 1, Math.BitIncrement(0.1)), ["f-oscillating"] },
            { new(1, 1, 1, Math.PI - 0.1), ["f-oscillating", "theta0-near-pi"] },
            { new(1, 1, 1, Math.BitDecrement(Math.PI - 0.1)), ["f-oscillating"] },
            { new(1, 0, 1, 1), ["f-constant"] },
            { new(1, 1, 0, 1), ["f-constant"] },
            { new(0.25, 1, 1, 1), ["f-oscillating", "f-near-zero"] },                                   // inf f = p ≤ 1/4 at equality
            { new(Math.BitIncrement(0.25), 1, 1, 1), ["f-oscillating"] },
            { new(0, 0, 0, 0), ["f-constant", "f-near-zero", "theta0-near-0"] },
            { new(1, 1, 1, Math.PI), ["f-oscillating", "theta0-near-pi"] },
        };

        [Fact]
        public void Lemma11_classifies_exactly() =>
            Table.Each(Lemma11Classes, (Lsz.Lemma11Case x, string[] expected) => Assert.Equal(Set(expected), L11.Classify(x).ToHashSet()));

        [Fact]
        public void Lemma11_case_integrates_f_in_closed_form()
        {
            // f = p + q sin²(rt): ∫₀ᵗ f = pt + q(t/2 − sin(2rt)/(4r)); at t = π/(4r): pπ/(4r) + q(π/(8r) − 1/(4r))
            var x = new Lsz.Lemma11Case(2, 3, 0.5, 1);
            Assert.Equal(2 + 3 * 0.5, x.F(Math.PI / 2), 12);                                              // sin²(π/4) = 1/2
            Assert.Equal(2 * Math.PI / 2 + 3 * (Math.PI / 4 - 0.5), x.IntF(Math.PI / 2), 12);
            Assert.Equal(2, x.F(0));
            // r = 0: f ≡ p, the integral pt (the sin(2rt)/(4r) term is its limit t/2)
            Assert.Equal(6, new Lsz.Lemma11Case(2, 3, 0, 1).IntF(3), 12);
            Assert.Equal(2, new Lsz.Lemma11Case(2, 3, 0, 1).F(3));
        }

        [Fact]
        public void Lemma11_evaluation_reports_each_branch()
        {
            // f ≡ 1, θ₀ = π/2: cos θ = tanh t, artanh cos θ = t = ∫f
            var holds = L11.Evaluate(new(1, 0, 0, Math.PI / 2), Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.Matches(@"cos θ\(5\) = 0\.9999", holds.Detail);                                       // tanh 5 = 0.99990920…
            // θ₀ ∈ {0, π} (cos θ₀ = ±1 exactly): ∂cos θ/∂t = 0 at t = 0
            foreach (var (th, c) in new[] { (0.0, "1"), (Math.PI, "-1") })
            {
                var end = L11.Evaluate(new(1, 0, 0, th), Context.AsPrinted);
                Assert.Equal(Status.Fails, end.Status);
                Assert.Equal(1e-300, end.Violation);
                Assert.Equal($"t = 0: ∂cos θ/∂t = 0, not > 0 (cos θ = {c})", end.Detail);
            }
            // f(t) = sin²(t) vanishes at t = 0
            var zero = L11.Evaluate(new(0, 1, 1, 1), Context.AsPrinted);
            Assert.Equal(Status.Fails, zero.Status);
            Assert.StartsWith("t = 0: ∂cos θ/∂t = 0, not > 0", zero.Detail, StringComparison.Ordinal);
            // the solution without the ½: artanh c − artanh c₀ = t against 2t, off by t at the first step
            var half = L11.Evaluate(new(1, 0, 0, Math.PI / 2), new Context(Variant: "solution-without-half"));
            Assert.Equal(Status.Fails, half.Status);
            var t = double.Parse(half.Detail[4..half.Detail.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(t, half.Violation, 1e-9);                                                        // |t − 2t|, integration error ≤ 1e−11
        }

        public static TheoryData<Lsz.FlowCase, string[]> FlowStarts => new()
        {
            { new(Circle(), Point(2, 1, 0)), ["theta0-zero"] },
            { new(Circle(), [0, -1]), ["theta0-pi"] },
            { new(Circle(), Point(2, 1, 0.1)), ["theta0-near-0"] },                                   // θ(0) ≤ 10⁻¹ at equality
            { new(Circle(), Point(2, 1, 0.1000001)), [] },
            { new(Circle(), [1, 0]), [] },                                                            // θ = π/2 exactly is not obtuse
            { new(Circle(), Point(2, 1, 2)), ["theta0-obtuse"] },
            { new(Circle(), Point(2, 1, Math.PI - 0.1999999)), ["theta0-near-pi", "theta0-obtuse"] },
            { new(Circle(), Point(2, 1, Math.PI - 0.2000001)), ["theta0-obtuse"] },
            { new(Circle(), Point(2, 0.0499, 1)), ["norm-small"] },
            { new(Circle(), [0.05, 0]), [] },                                                         // ‖w(0)‖ < 0.05 strictly
            { new(Circle(2.5), [1, 0]), ["beyond-S2"] },
            { new(new SphericalPopulation(new GaussianRadius(3), V(3)), [1, 0, 0]), ["beyond-S2", "gaussian-d3"] },
            { new(new SphericalPopulation(new SphereProjectionRadius(3), V(3)), [1, 0, 0]), [] },
        };

        [Fact]
        public void Flow_starts_classify_exactly_for_Lemma1_and_Theorem1() =>
            Table.Each(FlowStarts, (Lsz.FlowCase x, string[] expected) =>
            {
                Assert.Equal(Set(expected), Thm1.Classify(x).ToHashSet());
                // Lemma 1 adds its T classes only after an evaluation
                Assert.Equal(Set(expected), L1.Classify(x).ToHashSet());
            });

        [Fact]
        public void Flow_coverage_declares_the_end_classes_only_for_Lemma1()
        {
            string[] common = ["beyond-S2", "gaussian-d3", "theta0-obtuse", "theta0-near-0", "theta0-near-pi", "norm-small"];
            Assert.Equal(common, Thm1.Coverage.Select(k => k.Name));
            Assert.Equal([.. common, "theta0-zero", "theta0-pi", "T-zero", "T-positive"], L1.Coverage.Select(k => k.Name));
            Assert.Equal("‖w‖ < 0.05", Thm1.Coverage.Single(k => k.Name == "norm-small").Description);
            Assert.Equal(0.05, Thm1.Coverage.Single(k => k.Name == "norm-small").RequiredShare);
            Assert.StartsWith("Theorem 1", Thm1.Coverage[0].Source, StringComparison.Ordinal);
        }

        [Fact]
        public void Lemma1_records_T_zero_on_the_ray_of_v()
        {
            // w(0) = v: wᵀẇ = −wᵀ∇L > 0 at once (Lemma 3 (ii) fails only for θ > π/2), T = 0 and nothing precedes it
            var x = new Lsz.FlowCase(Circle(), [0, 1]);
            var e = L1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, e.Status);
            Assert.StartsWith("T = 0, ", e.Detail, StringComparison.Ordinal);
            Assert.Equal(Set("theta0-zero", "T-zero"), L1.Classify(x).ToHashSet());
        }

        [Fact]
        public void Lemma1_reports_each_branch()
        {
            // θ(0) = 2 > π/2: ‖w‖ first decreases (Lemma 3 (ii)), so T > 0
            var obtuse = new Lsz.FlowCase(Circle(), Point(2, 1, 2));
            Assert.Equal(Status.Holds, L1.Evaluate(obtuse, Context.AsPrinted).Status);
            Assert.Equal(Set("theta0-obtuse", "T-positive"), L1.Classify(obtuse).ToHashSet());
            // the reversed pattern: ½ d‖w‖²/dt < 0 is reported after T (T = 0 on the ray of v) and before it for θ(0) = 2
            var up = L1.Evaluate(new Lsz.FlowCase(Circle(), [0, 1]), new Context(Variant: "reversed-pattern"));
            Assert.Equal(Status.Fails, up.Status);
            Assert.Matches(@"^T = 0: at t = .* > T, ½ d‖w‖²/dt = -", up.Detail);
            Assert.True(up.Violation > 0);
            var down = L1.Evaluate(obtuse, new Context(Variant: "reversed-pattern"));
            Assert.Equal(Status.Fails, down.Status);
            Assert.Contains(" < T, ½ d‖w‖²/dt = ", down.Detail, StringComparison.Ordinal);
            // w(0) = −50 v shrinks along v at speed about E|x₂| = 2/π: no transition by t = 20
            var far = L1.Evaluate(new Lsz.FlowCase(Circle(), [0, -50]), Context.AsPrinted);
            Assert.Equal(Status.Inconclusive, far.Status);
            Assert.StartsWith("no transition by t = ", far.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Lemma1_reports_the_gradient_descent_pattern()
        {
            // along v the norm only grows under GD (g > 0 at θ = 0); from θ(0) = 2 it first shrinks
            Assert.EndsWith("GD η = 0.1: ‖w(n)‖² changes monotonicity 0 time(s) in 200 steps (first step up)",
                L1.Evaluate(new Lsz.FlowCase(Circle(), [0, 1]), Context.AsPrinted).Detail, StringComparison.Ordinal);
            Assert.EndsWith("(first step down)", L1.Evaluate(new Lsz.FlowCase(Circle(), Point(2, 1, 2)), Context.AsPrinted).Detail,
                StringComparison.Ordinal);
        }

        [Fact]
        public void Theorem1_second_phase_fails_as_printed_and_holds_corrected()
        {
            // the reproducer of the finding: U(S¹), w(0) = (1, 0), θ(0) = π/2
            var x = new Lsz.FlowCase(Circle(), [1, 0]);
            var printed = Thm1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, printed.Status);
            Assert.StartsWith("first violation at t = ", printed.Detail, StringComparison.Ordinal);
            Assert.Contains("printed exponent", printed.Detail, StringComparison.Ordinal);
            // the violation is the first violation's exponent minus ln((1+cos θ)/(1−cos θ)), both printed round-trip
            var d = printed.Detail;
            var e = Number(d, "θ)/(1−cos θ)) = ", " < printed exponent ");
            var bound = Number(d, " < printed exponent ", " (cos θ = ");
            Assert.Equal(bound - e, printed.Violation);
            Assert.True(printed.Violation > 0);
            // the finding: the first phase holds as printed, so the first violation comes after T
            Assert.True(Number(d, "first violation at t = ", " (T = ") > Number(d, " (T = ", ", ‖w(T)‖ = "), d);
            var corrected = Thm1.Corrected!;
            var holds = ((Lsz.Theorem1Corrected)corrected).Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Holds, holds.Status);
            Assert.StartsWith("T = ", holds.Detail, StringComparison.Ordinal);
            // A₁ doubled overshoots the first phase at once
            var doubled = ((Lsz.Theorem1Corrected)corrected).Evaluate(x, new Context(Variant: "A1-doubled"));
            Assert.Equal(Status.Fails, doubled.Status);
            Assert.Contains("proof's exponent", doubled.Detail, StringComparison.Ordinal);
        }

        [Fact]
        public void Equation2_classifies_its_point()
        {
            // Cover.Point with thresholds 0.1 and 10; the directions do not enter
            var u = new double[] { 1, 0 };
            Assert.Equal(Set("theta-zero", "norm-small"), Eq2.Classify(new(new(Circle(), [0, 0.05]), u)).ToHashSet());
            Assert.Equal(Set("theta-pi", "theta-obtuse", "norm-large"), Eq2.Classify(new(new(Circle(), [0, -10]), u)).ToHashSet());
            Assert.Equal(Set("theta-zero"), Eq2.Classify(new(new(Circle(), [0, 0.1]), u)).ToHashSet());  // ‖w‖ < 0.1 strictly
            Assert.Equal(Set("beyond-S2", "theta-obtuse"), Eq2.Classify(new(new(Circle(2.5), Point(2, 1, 2)), u)).ToHashSet());
        }

        [Fact]
        public void Equation2_evaluation_holds_and_rejects_the_factor_two()
        {
            // U(S¹), w = 0, u = v: uᵀ∇L(0) = −E|x₂|/2 = −1/π; the factor-2 variant doubles it (error ≤ 1e−10 by the quadrature)
            var x = new Lsz.PointDirectionCase(new(Circle(), [0, 0]), [0, 1]);
            Assert.Equal(Status.Holds, Eq2.Evaluate(x, Context.AsPrinted).Status);
            var two = Eq2.Evaluate(x, new Context(Variant: "factor-2"));
            Assert.Equal(Status.Fails, two.Status);
            Assert.Equal(1 / Math.PI, two.Violation, 1e-6);                                             // central difference: h²-error ≈ 1e−7
            // the exponential loss: Eq. (2) is evaluated with the logit loss, against the exponential loss's difference quotient −E|x₂| = −2/π
            var exp = new Lsz.PointDirectionCase(new(new SphericalPopulation(new CircleRadius(), V(2), MarginLoss.Exponential), [0, 0]), [0, 1]);
            var e = Eq2.Evaluate(exp, new Context(Weakened: "logistic-loss"));
            Assert.Equal(Status.Fails, e.Status);
            Assert.Equal(1 / Math.PI, e.Violation, 1e-6);
            Assert.Equal(Status.Fails, Eq2.Evaluate(new(new(Circle(), [0, 1]), [0, 1]), new Context(Variant: "no-y-in-exponent")).Status);
            // the same with the other laws Eq. (2) re-losses: atoms (2, 1), (0, 3) weighted 1 : 3, E y x₂ = 5/2, so the exponential loss's
            // derivative −5/2 against Eq. (2)'s −5/4; an ellipse M = diag(2, 1): −E|z₂| = −2/π against −1/π (h²-error ≈ 1e−6 at most)
            var points = new PointsPopulation([[2, 1], [0, 3]], V(2), [1, 3], MarginLoss.Exponential);
            var p = Eq2.Evaluate(new(new(points, [0, 0]), [0, 1]), new Context(Weakened: "logistic-loss"));
            Assert.Equal(Status.Fails, p.Status);
            Assert.Equal(1.25, p.Violation, 1e-5);
            var ellipse = new PlanarPopulation(new CircleRadius(), new[,] { { 2.0, 0 }, { 0, 1 } }, V(2), MarginLoss.Exponential);
            var q = Eq2.Evaluate(new(new(ellipse, [0, 0]), [0, 1]), new Context(Weakened: "logistic-loss"));
            Assert.Equal(Status.Fails, q.Status);
            Assert.Equal(1 / Math.PI, q.Violation, 1e-6);
        }
    }
}
