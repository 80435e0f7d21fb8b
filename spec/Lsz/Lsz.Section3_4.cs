using System.Runtime.CompilerServices;
using Verification.Arithmetic;
using Verification.Dynamics.Lsz;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Numerics;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Spec;

// Section 3.4 of the paper, gradient descent: Eq. (8), Lemma 12 (Eq. (10)), Lemmas 4 and 5, Theorem 2 (Remarks 3, 6 and 7 in
// Lsz.Section3_4.Remarks.cs).
public static partial class Lsz
{
    /// <summary>The case of Lemma 12: a point w(n) and the step η_n.</summary>
    public sealed record PointStepCase(PointCase P, double Eta)
    {
        public override string ToString() => $"{P}, η = {Eta:R}";
    }

    public sealed class Lemma12 : PropertyClaim<PointStepCase>
    {
        public override string Id => "LSZ.Lemma12";
        public override string Where => "Lemma 12, Eq. (10) (Appendix A.8)";
        public override string Statement => "Under Assumption 1, one GD step w(n+1) = w(n) − η_n ∇L(w(n)) satisfies ‖w(n+1)‖² = (w̄(n)ᵀw(n+1))² + " +
            "(c₀η_n/π)² sin²θ(n).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "population gradient; η ∈ [10⁻³, 10⁴), ‖w‖ over six decades, θ including near 0 and π and (one case in eight) " +
            "w(n) = ±‖w‖ v exactly";
        public override string Trust => "numeric: |lhs − rhs| ≤ 10·(2η‖w(n+1)‖·err_∇ + 2(c₀η/π)²·err_c₀/c₀) + 1e−12·lhs";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.Counterexample, "uses Eq. (6), which needs Assumption 1")];
        public override IReadOnlyList<string> WrongVariants => ["no-square-on-eta"];
        public override int CostPerCase => 2;

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            Cover.BeyondS2("Lemma 12 under Assumption 1: any spherically symmetric law", 0.3),
            Cover.GaussianD3("Lemma 12 under Assumption 1: the standard Gaussian (Section 1) in R^d", 0.05),
            new("theta-zero-or-pi", "Lemma 12, Eq. (10): any w(n) ≠ 0, also w(n) ∥ v (sin θ(n) = 0)", 0.03, "θ(n) ∈ {0, π}"),
            Cover.NearZero("Lemma 12, Eq. (10): θ(n) just above 0", 0.03),
            Cover.NearPi("Lemma 12, Eq. (10): θ(n) just below π", 0.03),
            Cover.NormSmall("Lemma 12, Eq. (10): any w(n) ≠ 0, also near the origin", 0.05, 0.01),
            Cover.NormLarge("Lemma 12, Eq. (10): any w(n), also large", 0.1, 100),
            new("eta-small", "Lemma 12: any step η_n > 0", 0.05, "η < 10⁻²"),
            new("eta-large", "Lemma 12: any step η_n, also beyond 2/β (Remark 3)", 0.1, "η ≥ 100"),
        ];

        public override IEnumerable<string> Classify(PointStepCase x)
        {
            foreach (var k in Cover.Point(x.P, 0.01, 100)) yield return k;
            if (x.P.W[0] == 0 && x.P.W.Skip(2).All(t => t == 0)) yield return "theta-zero-or-pi";
            if (x.Eta < 1e-2) yield return "eta-small";
            if (x.Eta >= 100) yield return "eta-large";
        }

        /// <summary>A point of Lsz.RandomPoint, one case in eight w(n) = ±‖w‖ v exactly (Lemma 12 needs only w(n) ≠ 0); η ∈ [10⁻³, 10⁴).</summary>
        public override PointStepCase Generate(Choices c, Context ctx)
        {
            var p = Lsz.RandomPoint(c, ctx);
            var eta = Norm(c, -3, 3);
            if (c.Int(0, 7) != 0) return new(p, eta);
            var w = Vec.Scale(Vec.Norm(p.W) * (c.Bool() ? -1 : 1), p.Pop.V);
            return new(p with { W = w, Note = $"w = {Vec.Norm(p.W):R}·{(w[1] < 0 ? "−" : "")}v" }, eta);
        }

        public override Evaluation Evaluate(PointStepCase x, Context ctx)
        {
            var (p, eta) = x;
            var g = p.Pop.Gradient(p.W);
            var c0 = Lsz.C0(p.Pop);
            var w1 = Vec.Axpy(-eta, g.Value, p.W);
            var lhs = Vec.Dot(w1, w1);
            var proj = Vec.Dot(w1, p.W) / Vec.Norm(p.W);
            var k = ctx.Is("no-square-on-eta") ? c0.Value * eta / Math.PI * Math.Sqrt(eta) : c0.Value * eta / Math.PI;
            var rhs = proj * proj + k * k * Lsz.Sin2(p.W, p.Pop.V);
            return Judge(lhs, rhs, eta, Vec.Norm(w1), g.Error, k, c0.Error / c0.Value);
        }

        /// <summary>Eq. (10)'s sides equal up to 10× their error (the Trust line): ∇L's error moves ‖w(n+1)‖² by 2η‖w(n+1)‖·err_∇, c₀'s
        /// relative error moves (c₀η/π)² by twice itself.</summary>
        internal static Evaluation Judge(double lhs, double rhs, double eta, double normNext, double gradError, double k, double c0RelativeError)
        {
            var tol = Lsz.Tol(2 * eta * normNext * gradError + 2 * k * k * c0RelativeError, lhs);
            return Evaluation.Require(Math.Abs(lhs - rhs) <= tol, Math.Abs(lhs - rhs), $"η = {eta:R}: ‖w(n+1)‖² = {lhs:R}, (w̄ᵀw(n+1))² + (c₀η/π)² sin²θ = " +
                $"{rhs:R}, tolerance {tol:G3}");
        }
    }

    /// <summary>The case of Eq. (8): exact w(n) = r₁u₁, w(n+1) = r₂u₂, v and η, and a point for the combined form in double.</summary>
    public sealed record Equation8Case(Rational[] U1, Rational R1, Rational[] U2, Rational R2, Rational[] V, Rational Eta, PointCase P)
    {
        public override string ToString() =>
            $"w(n) = {R1}·{Vec.Format(U1)}, w(n+1) = {R2}·{Vec.Format(U2)}, v = {Vec.Format(V)}, η = {Eta}; double: {P}";
    }

    /// <summary>Eq. (8) is algebra valid for any step vector; it is checked exactly on rational points with rational norms, and
    /// its combination with Eq. (10) (the display after Eq. (10)) in double with the population gradient.</summary>
    public sealed class Equation8 : PropertyClaim<Equation8Case>
    {
        public override string Id => "LSZ.Eq8";
        public override string Where => "Section 3.4, Eq. (8) and the display after Eq. (10)";
        public override string Statement => "cos θ(n+1) − cos θ(n) = (1/‖w(n+1)‖)[−η_n (v − (w̄(n)ᵀv) w̄(n))ᵀ∇L(w(n)) − (‖w(n+1)‖ − w̄(n)ᵀw(n+1)) cos " +
            "θ(n)]; combined with Eq. (10): = (1/‖w(n+1)‖)(c₀η sin²θ/π − c₀²η² sin²θ cos θ/π² / (‖w(n+1)‖ + w̄(n)ᵀw(n+1))).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting => "exact: w(n) = r₁u₁, w(n+1) = r₂u₂ with rational unit u₁, u₂, v ∈ Q³ and η ∈ Q (∇L := (w(n) − w(n+1))/η, any " +
            "vector); double: population gradient, combined form";
        public override string Trust => "Eq. (8) decided exactly in rationals; the combined form numerically with tolerance 10× the quadrature error of ∇L " +
            "(scaled by η/‖w(n+1)‖)";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.Counterexample, "the combined form uses Eq. (10), which needs " +
            "Assumption 1; Eq. (8) itself needs nothing")];
        public override IReadOnlyList<string> WrongVariants => ["plus-cos-term"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("step-turns-back", "Section 3.4, Eq. (8): any step, also one turning w by more than π/2 (large η_n, Remark 3)", 0.2,
                "u₁ᵀu₂ < 0"),
            new("theta-obtuse", "Section 3.4, Eq. (8): cos θ(n) < 0, the first phase of Lemma 4", 0.2, "vᵀu₁ < 0"),
            new("norm-shrinks", "Section 3.4, Eq. (8): ‖w(n+1)‖ < ‖w(n)‖ (the descending phase of Lemma 1)", 0.2, "r₂ < r₁"),
            Cover.BeyondS2("Section 3.4, the display after Eq. (10), under Assumption 1: any spherically symmetric law", 0.3),
            Cover.GaussianD3("Section 3.4, the display after Eq. (10), under Assumption 1: Gaussians in R^d", 0.05),
            Cover.NearPi("Section 3.4, the display after Eq. (10): θ(n) just below π (the denominator ‖w(n+1)‖ + w̄ᵀw(n+1) is smallest)", 0.02),
        ];

        public override IEnumerable<string> Classify(Equation8Case x)
        {
            if (Vec.Dot<Rational>(x.U1, x.U2).Sign < 0) yield return "step-turns-back";
            if (Vec.Dot<Rational>(x.V, x.U1).Sign < 0) yield return "theta-obtuse";
            if (x.R2 < x.R1) yield return "norm-shrinks";
            foreach (var k in Cover.Point(x.P, 0, double.PositiveInfinity)) yield return k;
        }

        public override Equation8Case Generate(Choices c, Context ctx)
        {
            Rational[] Unit() => RationalSphere.UnitVector([c.SmallRational(5, 4), c.SmallRational(5, 4)], 3);
            var u1 = Unit();
            var u2 = Unit();
            var v = Unit();
            var r1 = c.In(Interval.Open(0, 10), 8);
            var r2 = c.In(Interval.Open(0, 10), 8);
            var eta = c.In(Interval.Open(0, 5), 8);
            return new(u1, r1, u2, r2, v, eta, Lsz.RandomPoint(c, ctx));
        }

        public override Evaluation Evaluate(Equation8Case x, Context ctx)
        {
            var (u1, r1, u2, r2, v, eta, p) = x;
            var w0 = Vec.Scale(r1, u1);
            var w1 = Vec.Scale(r2, u2);
            var grad = Vec.Scale(1 / eta, Vec.Sub(w0, w1));
            var cos0 = Vec.Dot<Rational>(v, u1);
            var lhs = Vec.Dot<Rational>(v, u2) - cos0;
            var vperp = Vec.Sub(v, Vec.Scale(cos0, u1));
            var sign = ctx.Is("plus-cos-term") ? -1 : 1;
            var rhs = (-eta * Vec.Dot<Rational>(vperp, grad) - sign * (r2 - Vec.Dot<Rational>(u1, w1)) * cos0) / r2;
            if (lhs != rhs) return Evaluation.Fails((lhs - rhs).ToDouble() is var dd ? Math.Abs(dd) : 1, $"exact: lhs = {lhs}, rhs = {rhs}");
            // double, population gradient, combined with Eq. (10)
            var g = p.Pop.Gradient(p.W);
            var c0 = Lsz.C0(p.Pop);
            var etaD = 0.5;
            var wn1 = Vec.Axpy(-etaD, g.Value, p.W);
            var n1 = Vec.Norm(wn1);
            var c = Vec.Cos(p.W, p.Pop.V);
            var s2 = Lsz.Sin2(p.W, p.Pop.V);
            var dl = Vec.Cos(wn1, p.Pop.V) - c;
            var proj = Vec.Dot(wn1, p.W) / Vec.Norm(p.W);
            var dr = (c0.Value * etaD * s2 / Math.PI - sign * c0.Value * c0.Value * etaD * etaD * s2 * c / (Math.PI * Math.PI) / (n1 + proj)) / n1;
            var tol = CombinedTolerance(etaD, g.Error, c0, s2, c, n1, proj, Vec.Norm(p.W));
            return Evaluation.Require(Math.Abs(dl - dr) <= tol, Math.Abs(dl - dr), $"exact Eq. (8) holds ({lhs}); combined form with η = 1/2: Δcos = " +
                $"{dl:R}, formula = {dr:R}, tolerance {tol:G3}");
        }

        /// <summary>The combined form's allowance: 10× the errors of ∇L (4 terms) and c₀, each times η, over ‖w(n+1)‖, magnified by
        /// 1 + ‖w(n)‖/‖w(n+1)‖; plus the conditioning of the second term, whose denominator ‖w(n+1)‖ + w̄ᵀw(n+1) cancels when the step reverses
        /// w (its rounding 8u·(‖w(n+1)‖ + |w̄ᵀw(n+1)| + ‖w(n)‖) and 2η·err_∇, relative to the denominator, times 10 × the term).</summary>
        internal static double CombinedTolerance(double eta, double gradError, Estimate c0, double sin2, double cos, double n1, double proj, double norm)
        {
            var term2 = c0.Value * c0.Value * eta * eta * sin2 * Math.Abs(cos) / (Math.PI * Math.PI) / (n1 + proj) / n1;
            var dDen = 8e-16 * (n1 + Math.Abs(proj) + norm) + 2 * eta * gradError;
            return Lsz.Tol((eta * gradError * 4 + eta * c0.Error) / n1 * (1 + norm / n1), 1) + 10 * Math.Abs(term2) * dDen / Math.Abs(n1 + proj) + 1e-15 / n1;
        }
    }

    public sealed class Lemma4 : PropertyClaim<GdCase>
    {
        public override string Id => "LSZ.Lemma4";
        public override string Where => "Lemma 4, Eq. (9) (proof in Appendix A.8)";
        public override string Statement => "Under Assumption 1, θ(0) ≠ π and vᵀw(0) < 0: cos θ(n) ≥ 1 − (1 − cos θ(0)) e^{−B S_n⁻} until cos θ(n) ≥ 0, " +
            "S_n⁻ = Σ_{k<n} η_k/√(A + Σ_{i≤k} η_i²), A = ‖w(0)‖²/c₀², B = (1 + cos θ(0))/π.";
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override string Setting => "GD on the population loss (U(S¹), U(S²), N(0, I_d) (d = 2, 3, 6), 2.5·U(S¹), a Gaussian mixture) from θ(0) ∈ " +
            "(π/2, π) (also within 10⁻ᵏ of π/2 and of π, k ≤ 6), ‖w(0)‖ ∈ (0, 4] or 10⁻ᵏ (k ≤ 3), schedules constant / power / geometric / " +
            "bounded (η₋ = η₀/4 or 0) with η₀ ∈ [10⁻², 90]; up to 150 steps or the first n with cos θ(n) ≥ 0 (inclusive)";
        public override string Trust => "simulation: 1 − cos θ(n) ≤ (1 − cos θ(0)) e^{−BS_n⁻} checked in log form with margin 10⁻⁹ relative + 10 × n × η × " +
            "gradient error (accumulated quadrature error)";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "the step uses Lemma 2 (an equality only under symmetry): with θ(0) near π/2 or π (the widened " +
                "generator) an ellipse breaks Eq. (9) at n = 1, e.g. θ(0) = π − 0.1, η = 1 (before, with θ(0) = πq only, none was found)"),
            new("wrong-half-space", "vᵀw(0) < 0 (and the bound only until cos θ(n) ≥ 0)", "θ(0) ∈ (0, π/2), the bound applied for 150 steps",
                Expectation.Counterexample,
                "in the right half-space g > 0 can make ‖w‖ grow faster than √(A + Σ η²) assumes"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["B-doubled"];
        public override int CostPerCase => 6; // below the floors: ci ≥ 30 runs, so that every coverage class is visited

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            Cover.BeyondS2("Lemma 4 under Assumption 1: any spherically symmetric law", 0.3),
            Cover.GaussianD3("Lemma 4 under Assumption 1: the standard Gaussian (Section 1) in R^d", 0.1),
            new("theta0-near-pi", "Lemma 4: θ(0) ≠ π, just inside (B = (1 + cos θ(0))/π → 0)", 0.05, "θ(0) ≥ π − 10⁻¹"),
            new("theta0-near-right", "Lemma 4: vᵀw(0) < 0, just inside (cos θ(0) ≥ 0 ends the lemma's range at once)", 0.05, "θ(0) ≤ π/2 + 10⁻¹"),
            new("norm-small", "Lemma 4: any w(0) (A = ‖w(0)‖²/c₀² small)", 0.05, "‖w(0)‖ < 0.05"),
            new("eta-minus-zero", "Lemma 4: no lower bound on η_n (unlike Proposition 2 (iv)): η₋ = 0", 0.03, "bounded schedule in [0, η₊]"),
            new("growing-schedule", "Lemma 4: any schedule η_n, also growing ones", 0.1, "power with α > 0, or geometric"),
            new("eta-large", "Lemma 4: no upper limit on η_n (Remark 3)", 0.05, "η₀ ≥ 10"),
        ];

        public override IEnumerable<string> Classify(GdCase x)
        {
            foreach (var k in Cover.Population(x.Start.Pop)) yield return k;
            var th = Angle(x.Start.W0, x.Start.Pop.V);
            if (th >= Math.PI - 0.1) yield return "theta0-near-pi";
            if (th <= Math.PI / 2 + 0.1) yield return "theta0-near-right";
            if (Vec.Norm(x.Start.W0) < 0.05) yield return "norm-small";
            var s = x.Schedule;
            if (s.Kind == "bounded" && s.EtaMinus == 0) yield return "eta-minus-zero";
            if (s.Kind == "geometric" || s.Kind == "power" && s.Param > 0) yield return "growing-schedule";
            if (s.Eta0 >= 10) yield return "eta-large";
        }

        /// <summary>A law with the fast gradient (GD runs up to 150 steps); ‖w(0)‖ ∈ (0, 4] or 10⁻ᵏ (k ≤ 3); θ(0) ∈ (π/2, π), one case in six
        /// each within 10⁻ᵏ (k ≤ 6) of π or of π/2; the schedules of RandomSchedule, bounded ones also with η₋ = 0.</summary>
        public override GdCase Generate(Choices c, Context ctx)
        {
            var pop = ctx.Weak(Sym) ? Lsz.Pop(c, ctx, cheap: true) : TrajectoryPopulation(c);
            var a = c.Int(0, 4) == 0 ? Math.Pow(10, -c.Int(1, 3)) : c.In(Interval.OpenClosed(0, 4), 8).ToDouble();
            var q = c.In(Interval.Open(0, 1), 24).ToDouble();
            var th = ctx.Weak("wrong-half-space") ? Math.PI / 2 * q : c.Int(0, 5) switch
            {
                0 => Math.PI - Math.Pow(10, -c.Int(1, 6)),
                1 => Math.PI / 2 + Math.Pow(10, -c.Int(1, 6)),
                _ => Math.PI / 2 + Math.PI / 2 * q,
            };
            return new GdCase(new FlowCase(pop, Point(pop.Dimension, a, th)), RandomSchedule(c, etaMinusZero: true));
        }

        public override Evaluation Evaluate(GdCase x, Context ctx)
        {
            var pop = x.Start.Pop;
            var v = pop.V;
            var w0 = x.Start.W0;
            var c0 = Lsz.C0(pop).Value;
            var weak = ctx.Weak("wrong-half-space");
            var gd = GdRun.Run(pop, w0, x.Schedule.Eta, 150, (n, w) => !weak && Vec.Dot(w, v) >= 0);
            var f = WalkEquation9(gd, v, c0, gd.W.Count - 1, ctx.Is("B-doubled") ? 2 : 1, out var s);
            if (f is { } e) return Evaluation.Fails(e.Lhs - e.Rhs, $"n = {e.N}: ln(1 − cos θ(n)) = {e.Lhs:R} > ln(1 − cos θ(0)) − B S_n⁻ = {e.Rhs:R} " +
                $"(S_n⁻ = {e.S:R})");
            return Evaluation.Holds($"{gd.W.Count - 1} steps, final cos θ = {Vec.Cos(gd.W[^1], v):R}, S_n⁻ = {s:R}");
        }
    }

    public sealed class Lemma5 : PropertyClaim<GdCase>
    {
        public override string Id => "LSZ.Lemma5";
        public override string Where => "Lemma 5, Eqs. (11)-(12) (proof in Appendix A.9)";
        public override string Statement => "Under Assumption 1, w(0) ≠ 0, θ(0) ≠ π: if for some δ > 0, ‖w(n+1)‖ + w̄(n)ᵀw(n+1) ≥ (1 + δ)c₀η_n cos θ(n)/π " +
            "for all n, then cos θ(n) ≥ 1 − (1 − cos θ(0)) e^{−B S_n⁺}, S_n⁺ = Σ_{k<n} η_k/√(A + Σ_{i≤k}(η_i² + Cη_i)), A = ‖w(0)‖²/c₀², B = δ(1 + cos " +
            "θ(0))/((1 + δ)π), C = 0.6/c₀².";
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override string Setting => "GD from θ(0) ∈ [0, π) (θ(0) = 0 included: the lemma excludes only π), ‖w(0)‖ ∈ (0, 4], δ ∈ (0, 4], schedules " +
            "constant / power / geometric / bounded, U(S¹), U(S²), N(0, I_d) (d = 2, 3, 6), 2.5·U(S¹), a Gaussian mixture; 100 steps. Condition (11) " +
            "is checked step by step; when it first fails at step N ≥ 1 the bound (12) is checked on n ≤ N, which is Lemma 5 itself for the " +
            "schedule that continues with rates small enough for (11) (its right side is ∝ η_n, its left side ≥ ‖w(n)‖ > 0 as η_n → 0), and S_n⁺ " +
            "uses only η_k, k < n; when (11) fails at n = 0 the case is vacuous and discarded";
        public override string Trust => "simulation: bound in log form with margin 10⁻⁹ relative + accumulated quadrature error; vacuous cases discarded " +
            "and counted; the length of the checked prefix is a coverage class";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "the proof uses Lemma 12 (Eq. (10))"),
            new("condition-11", "Eq. (11) for all n", "the bound (12) checked on all 100 steps, (11) ignored, η₀ ≥ 5", Expectation.Counterexample, "large " +
                "steps at small ‖w‖ in the right half-space overshoot and θ can grow"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["B-times-100"];
        public override int CostPerCase => 6; // below the floors: ci ≥ 30 runs, so that every coverage class is visited

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("condition-all-steps", "Lemma 5: (11) for all n (the hypothesis as printed, on the whole horizon)", 0.25,
                "(11) held on all 100 steps"),
            new("long-prefix", "Lemma 5, proof (induction over n, Appendix A.9)", 0.2, "(12) checked on at least 20 steps"),
            new("wrong-half-space", "Lemma 5: any θ(0) ≠ π, so also vᵀw(0) < 0", 0.1, "θ(0) > π/2"),
            new("theta0-zero", "Lemma 5: θ(0) = 0 is allowed (only π is excluded); the bound is then 1 ≥ 1", 0.03, "θ(0) = 0"),
            new("beyond-S2", "Assumption 1: any spherically symmetric law", 0.25, "a law other than U(S¹), U(S²)"),
        ];

        private static readonly ConditionalWeakTable<GdCase, StrongBox<int>> Prefix = new();

        public override IEnumerable<string> Classify(GdCase x)
        {
            if (Prefix.TryGetValue(x, out var n))
            {
                if (n.Value >= 100) yield return "condition-all-steps";
                if (n.Value >= 20) yield return "long-prefix";
            }
            var th = Angle(x.Start.W0, x.Start.Pop.V);
            if (th > Math.PI / 2) yield return "wrong-half-space";
            if (th == 0) yield return "theta0-zero";
            if (!IsUnitCircleOrSphere(x.Start.Pop)) yield return "beyond-S2";
        }

        public override GdCase Generate(Choices c, Context ctx)
        {
            var pop = ctx.Weak(Sym) || ctx.Weak(Logit) ? Lsz.Pop(c, ctx, cheap: true) : TrajectoryPopulation(c);
            var a = c.In(Interval.OpenClosed(0, 4), 8).ToDouble();
            // θ(0) = 0 one run in five: 30 runs must meet theta0-zero's 3% at every budget (one in eight missed it at quick)
            var th = c.Int(0, 4) == 0 ? 0 : Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble();
            var sch = RandomSchedule(c);
            if (ctx.Weak("condition-11")) sch = sch with { Eta0 = 5 + sch.Eta0, EtaMinus = 5, EtaPlus = 5 + sch.Eta0 };
            return new GdCase(new FlowCase(pop, Point(pop.Dimension, a, th)), sch, c.In(Interval.OpenClosed(0, 4), 8).ToDouble());
        }

        /// <summary>B = δ(1 + cos θ(0))/((1 + δ)π) of Eq. (12); Theorem 2 restarts it at n₁ with δ = 1: (1 + cos θ(n₁))/(2π).</summary>
        internal static double B(double delta, double cos0) => delta * (1 + cos0) / ((1 + delta) * Math.PI);

        public override Evaluation Evaluate(GdCase x, Context ctx)
        {
            var pop = x.Start.Pop;
            var v = pop.V;
            var w0 = x.Start.W0;
            var c0 = Lsz.C0(pop).Value;
            var b = (ctx.Is("B-times-100") ? 100 : 1) * B(x.Delta, Vec.Cos(w0, v));
            var gd = GdRun.Run(pop, w0, x.Schedule.Eta, 100);
            var walk = WalkEquation12(gd, v, c0, 0, b, 1 + x.Delta, conditionSlack: 0, ignoreCondition: ctx.Weak("condition-11"));
            var prefix = walk is { ConditionFailed: true } p ? p.N : 100;
            Prefix.AddOrUpdate(x, new StrongBox<int>(prefix));
            if (walk is { ConditionFailed: true, N: 0 } v0)
                return Evaluation.Discarded($"(11) fails at n = 0 ({v0.Lhs:R} < {v0.Rhs:R}): the premise is unmet and nothing is checked");
            if (walk is { ConditionFailed: true } cf) return Evaluation.Holds($"(11) first fails at n = {cf.N}; (12) held on n ≤ {cf.N} (Lemma 5 for the " +
                $"schedule continued with small rates)");
            if (walk is { } f) return Evaluation.Fails(f.Lhs - f.Rhs, $"n = {f.N}: ln(1 − cos θ(n)) = {f.Lhs:R} > ln(1 − cos θ(0)) − B S_n⁺ = {f.Rhs:R}");
            return Evaluation.Holds($"(11) held for all {gd.W.Count - 1} steps and so did (12); final cos θ = {Vec.Cos(gd.W[^1], v):R}");
        }
    }

    public sealed class Theorem2 : PropertyClaim<GdCase>
    {
        public override string Id => "LSZ.Thm2";
        public override string Where => "Theorem 2 (proof in Appendix A.10)";
        public override string Statement => "Under Assumption 1, for η₊ ≥ η_n ≥ η₋ > 0: cos θ(n) follows Eq. (9) until cos θ(n₀) ≥ 0; then some n₁ ≥ n₀ " +
            "has vᵀw(n₁) ≥ η₊c₀ + η₊c₀/π, and from n₁ on cos θ(n) → 1 following Eq. (12) (with δ = 1, A = ‖w(n₁)‖²/c₀², restarted at n₁).";
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override string Setting => "GD with bounded pseudo-random η_n ∈ [η₊/4, η₊], η₊ ∈ [10⁻¹, 9]; U(S¹), U(S²), N(0, I_d) (d = 2, 3, 6), 2.5·U(S¹), " +
            "a Gaussian mixture in R⁴; θ(0) ∈ [0, π) (θ(0) = π excluded: Lemma 4 needs θ(0) ≠ π); 800 steps";
        public override string Trust => "simulation on a finite horizon: n₀, n₁ must occur within 800 steps (else inconclusive); Eq. (9) is checked on " +
            "n ≤ n₀ when vᵀw(0) < 0 (LSZ.Lemma4's walk), condition (11) with δ = 1 after n₁ and Eq. (12) from n₁ with the tolerances of LSZ.Lemma4/5; " +
            "with a summable schedule (η₋ = 0) the failure of cos θ(n) → 1 is certified for every n: ‖w(n) − w(0)‖ ≤ E‖x‖·Σ η_k (Prop. 1's " +
            "Lipschitz bound), so θ(n) ≥ θ(0) − arcsin(E‖x‖Σ η_k/‖w(0)‖)";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("bounded-rates", "η₊ ≥ η_n ≥ η₋ > 0", "η_n = η₀·1.05^n (unbounded; η₊ read as the largest rate of the run; 400 steps)", Expectation.None,
                "with growing rates the threshold vᵀw(n₁) ≥ η₊c₀(1 + 1/π) is not reached within the horizon, so the conclusion is vacuous " +
                "(inconclusive cases), not refuted"),
            new("eta-minus-positive", "η_n ≥ η₋ > 0", "η_n = η₀·2⁻ⁿ (η₋ = 0, Σ η_n = 2η₀), ‖w(0)‖ = 100, θ(0) ∈ (π/2, π)", Expectation.Counterexample,
                "w moves at most E‖x‖·2η₀ in all, so from ‖w(0)‖ = 100 in the wrong half-space the direction never converges (certified for every n)"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["condition-delta-1000", "c0-full-norm"];
        public override int CostPerCase => 6; // below the floors: ci ≥ 30 runs, so that every coverage class is visited

        private const int Horizon = 800;

        /// <summary>The weakening's growing rates η₀·1.05ⁿ: by n = 400, ‖w‖ ≤ ‖w(0)‖ + E‖x‖·20η₀·1.05⁴⁰⁰ ≈ 6·10⁹η₀ (|ℓ'| ≤ 1), within
        /// the fixed quadrature's range (‖w‖ ≲ 10¹²); beyond it every step falls back to the adaptive one (seconds a run), and
        /// the threshold η₊c₀(1 + 1/π), with η₊ the last rate, grows as fast as w can.</summary>
        private const int GrowingHorizon = 400;

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("wrong-half-space", "Theorem 2, first phase (Eq. (9) until cos θ(n₀) ≥ 0)", 0.25, "θ(0) > π/2"),
            new("theta0-zero", "Theorem 2: θ(0) = 0 (w(0) ∥ v) is allowed; n₀ = 0", 0.03, "θ(0) = 0"),
            new("small-rates", "Theorem 2: any η₊ > 0, small", 0.1, "η₊ ≤ 1/2"),
            new("large-rates", "Theorem 2: no upper limit on η₊ (Remark 3)", 0.1, "η₊ ≥ 5"),
            new("beyond-S2", "Assumption 1: any spherically symmetric law", 0.25, "a law other than U(S¹), U(S²)"),
            new("d-at-least-3", "Assumption 1 in R^d: c₀ is the two-dimensional marginal's E‖x‖, not E‖x‖", 0.15, "d ≥ 3"),
        ];

        public override IEnumerable<string> Classify(GdCase x)
        {
            var th = Angle(x.Start.W0, x.Start.Pop.V);
            if (th > Math.PI / 2) yield return "wrong-half-space";
            if (th == 0) yield return "theta0-zero";
            if (x.Schedule.EtaPlus <= 0.5) yield return "small-rates";
            if (x.Schedule.EtaPlus >= 5) yield return "large-rates";
            if (!IsUnitCircleOrSphere(x.Start.Pop)) yield return "beyond-S2";
            if (x.Start.Pop.Dimension >= 3) yield return "d-at-least-3";
        }

        public override GdCase Generate(Choices c, Context ctx)
        {
            var pop = TrajectoryPopulation(c);
            if (ctx.Weak("eta-minus-positive"))
            {
                var thw = Math.PI / 2 + Math.PI / 2 * c.In(Interval.Open(0, 1), 24).ToDouble();
                return new GdCase(new FlowCase(pop, Point(pop.Dimension, 100, thw)), new Schedule("geometric", 1 + c.Int(0, 8), 0.5));
            }
            var a = c.In(Interval.OpenClosed(0, 4), 8).ToDouble();
            // θ(0) = 0 one run in five: 30 runs must meet theta0-zero's 3% at every budget (one in eight missed it at quick)
            var th = c.Int(0, 4) == 0 ? 0 : Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble();
            var etaPlus = (1 + c.Int(0, 8)) * (c.Bool() ? 1 : 0.1);
            var sch = ctx.Weak("bounded-rates") ? new Schedule("geometric", etaPlus, 1.05) : new Schedule("bounded", etaPlus, c.Int(1, 9), etaPlus / 4,
                etaPlus);
            return new GdCase(new FlowCase(pop, Point(pop.Dimension, a, th)), sch);
        }

        public override Evaluation Evaluate(GdCase x, Context ctx)
        {
            var pop = x.Start.Pop;
            var v = pop.V;
            // the wrong variant takes c₀ as E‖x‖ over R^d instead of the two-dimensional marginal's
            var c0 = ctx.Is("c0-full-norm") ? FullMeanNorm(pop) : Lsz.C0(pop).Value;
            if (x.Schedule is { Kind: "geometric", Param: < 1 } summable) return Summable(x, summable);
            var steps = x.Schedule.Kind == "bounded" ? Horizon : GrowingHorizon;
            var etaPlus = x.Schedule.Kind == "bounded" ? x.Schedule.EtaPlus : x.Schedule.Eta(steps - 1);
            var gd = GdRun.Run(pop, x.Start.W0, x.Schedule.Eta, steps);
            var n0 = gd.W.FindIndex(w => Vec.Dot(w, v) >= 0);
            if (n0 < 0) return Evaluation.Inconclusive($"cos θ(n) < 0 for {steps} steps");
            // first phase: Eq. (9) on n ≤ n₀ when the run starts in the wrong half-space
            if (n0 > 0 && WalkEquation9(gd, v, c0, n0, 1, out _) is { } e9)
                return Evaluation.Fails(e9.Lhs - e9.Rhs, $"n₀ = {n0}: Eq. (9) fails at n = {e9.N}: ln(1 − cos θ(n)) = {e9.Lhs:R} > {e9.Rhs:R}");
            var threshold = etaPlus * c0 * (1 + 1 / Math.PI);
            var n1 = gd.W.FindIndex(n0, w => Vec.Dot(w, v) >= threshold);
            if (n1 < 0) return Evaluation.Inconclusive($"n₀ = {n0}, but vᵀw(n) < η₊c₀(1 + 1/π) = {threshold:R} for {steps} steps");
            var w1 = gd.W[n1];
            var b = Lemma5.B(1, Vec.Cos(w1, v));
            var walk = WalkEquation12(gd, v, c0, n1, b, ctx.Is("condition-delta-1000") ? 1001 : 2, conditionSlack: 1e-9, ignoreCondition: false);
            if (walk is { ConditionFailed: true } cf) return Evaluation.Fails(cf.Rhs - cf.Lhs, $"n₁ = {n1}: condition (11) with δ = 1 fails at n = {cf.N}: " +
                $"{cf.Lhs:R} < {cf.Rhs:R}");
            if (walk is { } f) return Evaluation.Fails(f.Lhs - f.Rhs, $"n₁ = {n1}: at n = {f.N}, ln(1 − cos θ(n)) = {f.Lhs:R} > {f.Rhs:R} (Eq. (12) from " +
                $"n₁ with δ = 1)");
            return Evaluation.Holds($"n₀ = {n0}, n₁ = {n1}; Eq. (9) held on n ≤ {n0}; Eq. (12) from n₁ held to n = {gd.W.Count - 1}, final 1 − cos θ = " +
                $"{OneMinusCos(gd.W[^1], v):G3}");
        }

        /// <summary>A summable schedule η_n = η₀qⁿ (q &lt; 1): every iterate lies within D = E‖x‖·η₀/(1 − q) of w(0), so for D &lt; ‖w(0)‖,
        /// θ(n) ≥ θ(0) − arcsin(D/‖w(0)‖) for all n; when that is positive cos θ(n) cannot tend to 1.</summary>
        internal static Evaluation Summable(GdCase x, Schedule s)
        {
            var w0 = x.Start.W0;
            var drift = FullMeanNorm(x.Start.Pop) * s.Eta0 / (1 - s.Param);
            var n = Vec.Norm(w0);
            var th0 = Angle(w0, x.Start.Pop.V);
            if (drift >= n || th0 - Math.Asin(drift / n) <= 1e-9)
                return Evaluation.Inconclusive($"summable schedule, total drift ≤ {drift:R} against ‖w(0)‖ = {n:R}: no certificate");
            var bound = Math.Cos(th0 - Math.Asin(drift / n));
            return Evaluation.Fails(1 - bound, $"Σ η_n = {s.Eta0 / (1 - s.Param):R}: ‖w(n) − w(0)‖ ≤ E‖x‖ Σ η_n = {drift:R} for every n, so cos θ(n) ≤ " +
                $"{bound:R} < 1 for every n (θ(0) = {th0:R}): cos θ(n) does not tend to 1");
        }
    }
}
