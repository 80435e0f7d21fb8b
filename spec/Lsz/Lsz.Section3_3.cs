using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Lsz;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Spec;

// Section 3.3 of the paper, the proof sketch of Theorem 1: Lemma 2 (Eqs. (5), (6)), Eqs. (4) and (7), Lemma 3.
public static partial class Lsz
{
    public sealed class Lemma2 : PropertyClaim<PointCase>
    {
        public override string Id => "LSZ.Lemma2";
        public override string Where => "Lemma 2, Eq. (5); proof in Appendix A.4";
        public override string Statement => "Under Assumption 1 and w ≠ 0: −(v − (w̄ᵀv) w̄)ᵀ∇L(w) = −vᵀ(I − w̄w̄ᵀ)∇L(w) = c₀ sin²θ(w, v) / π, c₀ = " +
            "E_{x∼D₂}‖x‖.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "population gradient over θ ∈ (0, π) (also 10⁻⁸ from 0 and π), ‖w‖ ∈ [10⁻³, 10⁴), U(S¹), U(S²), U(S⁵), N(0, I₂), " +
            "N(0, I₄), U(2.5·S¹) and radial mixtures; c₀ in closed form, checked against quadrature";
        public override string Trust => "numeric: |lhs − c₀ sin²θ/π| ≤ 10·(quadrature error of lhs + error of c₀) + 1e−12·|lhs|; the closed form of c₀ " +
            "must agree with its quadrature within 10× the estimate";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "the identity rests on the reflection x₂ → −x₂ of D_{w,v}; an anisotropic Gaussian breaks it"),
            Lsz.LogitHyp(Expectation.Counterexample, "the proof uses σ(u) + σ(−u) = 1 (ℓ'(z) + ℓ'(−z) = −1), false for e^(−z)"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["c0-over-2pi", "sin-not-squared"];
        public override int CostPerCase => 2;
        public override PointCase Generate(Choices c, Context ctx) => Lsz.RandomPoint(c, ctx, normLo: -3, normHi: 3);

        public override Evaluation Evaluate(PointCase x, Context ctx)
        {
            var rho = Lsz.Rho(x.Pop, x.W);
            var c0 = Lsz.C0(x.Pop);
            if (x.Pop is SphericalPopulation sp)
            {
                var q = sp.Law.C0ByQuadrature();
                if (Math.Abs(q.Value - sp.C0) > Lsz.Tol(q.Error, sp.C0)) return Evaluation.Fails(Math.Abs(q.Value - sp.C0), $"c₀ closed form {sp.C0:R} vs " +
                    $"quadrature {q}");
            }
            var th = Angle(x.W, x.Pop.V);
            var s = Math.Sin(th);
            var rhs = ctx.Is("c0-over-2pi") ? c0.Value * s * s / (2 * Math.PI) : ctx.Is("sin-not-squared") ? c0.Value * s / Math.PI
                : c0.Value * s * s / Math.PI;
            var tol = Lsz.Tol(rho.Error + c0.Error, rhs);
            return Evaluation.Require(Math.Abs(rho.Value - rhs) <= tol, Math.Abs(rho.Value - rhs),
                $"−(v − (w̄ᵀv)w̄)ᵀ∇L = {rho}, c₀ sin²θ/π = {rhs:R} (c₀ = {c0}), tolerance {tol:G3}");
        }
    }

    public sealed class Lemma2Equation6 : PropertyClaim<PointCase>
    {
        public override string Id => "LSZ.Lemma2.Eq6";
        public override string Where => "Lemma 2, Eq. (6); proof in Appendix A.4, Eqs. (23)-(26)";
        public override string Statement => "Under Assumption 1, w ≠ 0 and w ∦ v: −(I − w̄w̄ᵀ)∇L(w) = (c₀/π)(I − w̄w̄ᵀ) v (as vectors in R^d).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "as LSZ.Lemma2, the full vector in R^d (d = 2 … 6)";
        public override string Trust => "numeric: ‖−(I − w̄w̄ᵀ)∇L − (c₀/π)(I − w̄w̄ᵀ)v‖ ≤ 10·(gradient error + c₀ error) + rounding";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "as for Eq. (5)"),
            new("w-not-parallel-v", "w ∦ v", "w = a v with a ≠ 0 (θ ∈ {0, π})", Expectation.None,
                "both sides vanish when w ∥ v: ∇L(av) ∥ v (Prop 3(ii)) and (I − w̄w̄ᵀ)v = 0"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["drop-projection"];
        public override int CostPerCase => 2;

        public override PointCase Generate(Choices c, Context ctx)
        {
            if (!ctx.Weak("w-not-parallel-v")) return Lsz.RandomPoint(c, ctx);
            var pop = Lsz.Pop(c, ctx);
            var a = Norm(c) * (c.Bool() ? -1 : 1);
            var w = new double[pop.Dimension];
            w[1] = a;
            return new PointCase(pop, w, $"w = {a:R} v");
        }

        public override Evaluation Evaluate(PointCase x, Context ctx)
        {
            var g = x.Pop.Gradient(x.W);
            var c0 = Lsz.C0(x.Pop);
            var lhs = Vec.Scale(-1, ctx.Is("drop-projection") ? g.Value : Vec.ProjectOut(x.W, g.Value));
            var rhs = Vec.Scale(c0.Value / Math.PI, Vec.ProjectOut(x.W, x.Pop.V));
            var diff = Vec.Norm(Vec.Sub(lhs, rhs));
            var tol = Lsz.Tol(g.Error + c0.Error, Vec.Norm(rhs) + Vec.Norm(g.Value));
            return Evaluation.Require(diff <= tol, diff, $"−(I − w̄w̄ᵀ)∇L = {Vec.Format(lhs)}, (c₀/π)(I − w̄w̄ᵀ)v = {Vec.Format(rhs)}, ‖difference‖ = " +
                $"{diff:G3}, tolerance {tol:G3}");
        }
    }

    public sealed class Equation4 : PropertyClaim<PointCase>
    {
        public override string Id => "LSZ.Eq4";
        public override string Where => "Section 3.3, Eq. (4)";
        public override string Statement => "Under gradient flow, ∂cos θ(t)/∂t = −(1/‖w(t)‖)·(v − (w̄(t)ᵀv) w̄(t))ᵀ∇L(w(t)).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "population gradient flow integrated forward and backward from w over ±h, h = 10⁻², 5·10⁻³ (Dormand-Prince, rtol " +
            "1e−12)";
        public override string Trust => "numeric: |formula − D(h/2)| ≤ |D(h) − D(h/2)| (Richardson estimate of the truncation) + 10 × (ODE error/h + " +
            "quadrature error)";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.None, "Eq. (4) is the chain rule for cos θ = vᵀw/‖w‖; it holds for " +
            "any data")];
        public override IReadOnlyList<string> WrongVariants => ["no-one-over-norm"];
        public override int CostPerCase => 8;
        public override PointCase Generate(Choices c, Context ctx) => Lsz.RandomPoint(c, ctx, cheap: true, normLo: -1, normHi: 1);

        public override Evaluation Evaluate(PointCase x, Context ctx)
        {
            var pop = x.Pop;
            var (d1, d2, se, rd) = FlowDiff.Central(w => Vec.Scale(-1, pop.Gradient(w).Value), x.W, w => Vec.Cos(w, pop.V), 1e-2);
            var g = pop.Gradient(x.W);
            var n = Vec.Norm(x.W);
            var formula = -(ctx.Is("no-one-over-norm") ? 1 : 1 / n) * Vec.Dot(Vec.ProjectOut(x.W, pop.V), g.Value);
            var tol = Math.Abs(d1 - d2) + rd + Lsz.Tol(se / n + g.Error / n, formula);
            return Evaluation.Require(Math.Abs(formula - d2) <= tol, Math.Abs(formula - d2), $"Eq. (4) = {formula:R}, central difference {d2:R} (h: " +
                $"{d1:R}), tolerance {tol:G3}");
        }
    }

    public sealed class Equation7 : PropertyClaim<PointCase>
    {
        public override string Id => "LSZ.Eq7";
        public override string Where => "Section 3.3, Eq. (7); Appendix A.5 (first display)";
        public override string Statement => "g(w(t)) := ½ ∂‖w(t)‖²/∂t = −w(t)ᵀ∇L(w(t)) = E y wᵀx / (1 + e^{y wᵀx}).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "as LSZ.Eq4 for ½‖w‖²; the expectation form by its own quadrature";
        public override string Trust => "numeric: Richardson estimate + 10 × (ODE and quadrature errors)";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.None, "Eq. (7) is the chain rule and Eq. (2); no symmetry is used")];
        public override IReadOnlyList<string> WrongVariants => ["plus-sign"];
        public override int CostPerCase => 8;
        public override PointCase Generate(Choices c, Context ctx) => Lsz.RandomPoint(c, ctx, cheap: true, normLo: -1, normHi: 1);

        public override Evaluation Evaluate(PointCase x, Context ctx)
        {
            var pop = x.Pop;
            var (d1, d2, se, rd) = FlowDiff.Central(w => Vec.Scale(-1, pop.Gradient(w).Value), x.W, w => 0.5 * Vec.Dot(w, w), 1e-2);
            var g = pop.G(x.W);
            var gv = ctx.Is("plus-sign") ? -g.Value : g.Value;
            var tol = Math.Abs(d1 - d2) + rd + Lsz.Tol(se * Vec.Norm(x.W) + g.Error, gv);
            if (Math.Abs(gv - d2) > tol) return Evaluation.Fails(Math.Abs(gv - d2), $"−wᵀ∇L = {gv:R}, ½ d‖w‖²/dt ≈ {d2:R}, tolerance {tol:G3}");
            if (pop is SphericalPopulation sp)
            {
                var (a, c, s, _, _) = sp.Frame(x.W);
                var e = sp.ExpectReduced(a, c, s, (x1, _, y, _) => y * a * x1 / (1 + Math.Exp(y * a * x1)));
                if (Math.Abs(e.Value - g.Value) > Lsz.Tol(e.Error + g.Error, g.Value)) return Evaluation.Fails(Math.Abs(e.Value - g.Value), $"E y wᵀx/(1 + " +
                    $"e^(y wᵀx)) = {e} vs −wᵀ∇L = {g}");
            }
            return Evaluation.Holds($"g = {gv:R}, ½ d‖w‖²/dt ≈ {d2:R}, tolerance {tol:G3}");
        }
    }

    /// <summary>The case of Lemma 3: a point and which of the parts (i)-(iv) is checked.</summary>
    public sealed record Lemma3Case(PointCase P, int Part)
    {
        public override string ToString() => $"part ({new[] { "i", "ii", "iii", "iv" }[Part]}): {P}";
    }

    public sealed class Lemma3 : PropertyClaim<Lemma3Case>
    {
        public override string Id => "LSZ.Lemma3";
        public override string Where => "Lemma 3 (i)-(iv); proof in Appendix A.5";
        public override string Statement => "Under Assumption 1, with g(w) = −wᵀ∇L(w): (i) g(w) ≤ 0.3; (ii) θ(w, v) > π/2 ⇒ g(w) < 0; (iii) θ(w, v) ≤ π/2 " +
            "⇒ ∂g(w)/∂θ(w, v) < 0; (iv) 0 < ‖w‖ ≤ c₀|cos θ|/(2πL), L = E_{D₂}‖x‖²/8 ⇒ g(w) cos θ > 0.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "population g(w) by quadrature; ∂g/∂θ at fixed ‖w‖ by a central difference in θ";
        public override string Trust => "numeric: every sign is decided with a margin of 10× the quadrature error estimate (for ∂g/∂θ: error/h plus the h² " +
            "truncation bound); at θ = 0 the derivative is exactly 0 because g depends on θ only through cos θ (Appendix A.5, after Eq. (28))";
        public override IReadOnlyList<Constant> Constants => [new("g-bound", new Rational(3, 10), new Rational(1, 10), new Rational(1, 1), "sup_z " +
            "z/(1+e^z) = W(1/e) ≈ 0.2785 bounds g; 0.3 is not tight")];
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "parts (iii)-(iv) use the symmetric reduction; an anisotropic law breaks (iii) or (iv)"),
            Lsz.LogitHyp(Expectation.Counterexample, "with e^(−z), g = E z e^(−z) can exceed 0.3 and (iv)'s Lipschitz constant changes"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["bound-0.2", "flip-ii"];
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "Part (iii) fails at θ = 0 (included by 'θ ≤ π/2'): g depends on θ only through cos θ, so ∂g/∂θ = 0 there. The exact derivative is ∂g/∂θ = " +
                "−(c₀/π)‖w‖ sin θ (differentiate the arcs of Eq. (30) where y jumps: the boundary terms add to −2r sin θ), which is negative on the whole " +
                "of (0, π), not only on (0, π/2]. Lemma 1's proof only uses (iii) at θ(t₀) ∈ (0, π/2], where it holds.",
            "x ∼ U(S¹), v = (0, 1), w = v (‖w‖ = 1, θ = 0): ∂g/∂θ = 0",
            "For every w ≠ 0: ∂g(‖w‖, θ)/∂θ = −(c₀/π)‖w‖ sin θ, hence < 0 for θ ∈ (0, π) and = 0 at θ ∈ {0, π}; (i), (ii), (iv) as printed.");
        public override Claim Corrected => new Lemma3Corrected(this);
        public override int CostPerCase => 3;
        public override Lemma3Case Generate(Choices c, Context ctx) => GenerateCase(c, ctx);

        public override Evaluation Evaluate(Lemma3Case x, Context ctx)
        {
            if (x.Part != 2) return Common(x, ctx, ctx.Constant("g-bound", new Rational(3, 10)));
            var th = Angle(x.P.W, x.P.Pop.V);
            var (d, tol) = DgDtheta(x.P);
            if (th == 0 && x.P.Pop.SphericallySymmetric) return Evaluation.Fails(tol, $"θ = 0: g is even in θ, so ∂g/∂θ = 0 (central difference {d:R} ± " +
                $"{tol:G3}), not < 0");
            if (d < -tol) return Evaluation.Holds($"∂g/∂θ = {d:R} ± {tol:G3}");
            if (d > tol) return Evaluation.Fails(d, $"∂g/∂θ = {d:R} ± {tol:G3} > 0");
            return Evaluation.Inconclusive($"∂g/∂θ = {d:R} within ±{tol:G3}");
        }

        /// <summary>One of the parts (i)-(iv) at a point in its region: (ii) θ > π/2, (iii) θ ≤ π/2, (iv) ‖w‖ under the bound.</summary>
        internal static Lemma3Case GenerateCase(Choices c, Context ctx)
        {
            var part = c.Int(0, 3);
            var pop = Lsz.Pop(c, ctx);
            var d = pop.Dimension;
            switch (part)
            {
                case 0:
                    {
                        var a = ctx.Weak(Lsz.Logit) ? 0.25 + c.Int(0, 12) * 0.25 : Norm(c);
                        var th = Theta(c);
                        return new(new(pop, Point(d, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), 0);
                    }
                case 1:
                    {
                        var a = Norm(c);
                        var th = Math.PI / 2 + (Math.PI / 2) * c.In(Interval.Open(0, 1), 24).ToDouble();
                        return new(new(pop, Point(d, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), 1);
                    }
                case 2:
                    {
                        var a = Norm(c, -2, 2);
                        var th = Math.PI / 2 * c.In(Interval.Closed(0, 1), 24).ToDouble();
                        return new(new(pop, Point(d, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), 2);
                    }
                default:
                    {
                        var th = Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble();
                        if (Math.Abs(Math.Cos(th)) < 1e-12) th = Math.PI / 3;
                        var c0 = Lsz.C0(pop).Value;
                        var l = SecondMoment2(pop) / 8;
                        var bound = c0 * Math.Abs(Math.Cos(th)) / (2 * Math.PI * l);
                        var f = c.In(Interval.OpenClosed(0, 1), 16).ToDouble();
                        return new(new(pop, Point(d, f * bound, th), $"‖w‖ = {f:R} × c₀|cos θ|/(2πL) = {f * bound:R}, θ = {th:R}"), 3);
                    }
            }
        }

        /// <summary>E_{x∼D₂}‖x‖² (for L in Lemma 3 (iv)); for planar laws E‖x‖².</summary>
        internal static double SecondMoment2(Population p) => p switch
        {
            SphericalPopulation s => s.Law.SecondMoment2,
            PlanarPopulation q => Planar.Expect(q.Law, q.M, [0, 0], q.V, (x1, x2, _, _) => x1 * x1 + x2 * x2).Value,
            PointsPopulation q => q.Points.Select((x, i) => q.Weights[i] * Vec.Dot(x, x)).Sum(),
            _ => throw new ArgumentException(p.Name),
        };

        /// <summary>∂g/∂θ at fixed ‖w‖ by a central difference in θ (rotating w in span{u, v}), with its error bound
        /// (quadrature errors / h plus h²/6 · (c₀/π)‖w‖, the bound on ∂³g/∂θ³ from the corrected formula).</summary>
        internal static (double D, double Tol) DgDtheta(PointCase p)
        {
            var pop = p.Pop;
            var a = Vec.Norm(p.W);
            var th = Angle(p.W, pop.V);
            var h = th > 0 ? Math.Min(1e-3, th / 2) : 1e-3;
            var gp = pop.G(Point(pop.Dimension, a, th + h));
            var gm = pop.G(Point(pop.Dimension, a, th - h));
            var c0 = Lsz.C0(pop).Value;
            var d = (gp.Value - gm.Value) / (2 * h);
            return (d, Lsz.Tol((gp.Error + gm.Error) / (2 * h), d) + h * h / 6 * c0 / Math.PI * a + 1e-13 * a / h);
        }

        /// <summary>Parts (i), (ii) and (iv), which the printed and the corrected statement share.</summary>
        internal static Evaluation Common(Lemma3Case x, Context ctx, Rational gBound)
        {
            var pop = x.P.Pop;
            var w = x.P.W;
            var th = Angle(w, pop.V);
            switch (x.Part)
            {
                case 0:
                    {
                        var g = pop.G(w);
                        var b = ctx.Is("bound-0.2") ? 0.2 : gBound.ToDouble();
                        return Evaluation.Require(g.Value <= b + Lsz.Tol(g.Error), g.Value - b, $"g(w) = {g} ≤ {b}");
                    }
                case 1:
                    {
                        var g = pop.G(w);
                        var sgn = ctx.Is("flip-ii") ? -1 : 1;
                        return Evaluation.Require(sgn * g.Value < -Lsz.Tol(g.Error), Math.Max(0, sgn * g.Value), $"θ = {th:R} > π/2: g(w) = {g}");
                    }
                case 3:
                    {
                        var g = pop.G(w);
                        var val = g.Value * Math.Cos(th);
                        return Evaluation.Require(val > Lsz.Tol(g.Error), Math.Max(0, -val), $"g(w) cos θ = {val:R} (g = {g})");
                    }
                default: return Evaluation.Inconclusive("part (iii) is decided by the caller");
            }
        }
    }

    public sealed class Lemma3Corrected(Claim printed) : CorrectedStatement<Lemma3Case>(printed)
    {
        public override string Where => "Lemma 3, Appendix A.5";
        public override string Statement => "(i), (ii), (iv) as printed; (iii'): ∂g(‖w‖, θ)/∂θ = −(c₀/π)‖w‖ sin θ for all θ ∈ [0, π] (so < 0 on (0, π)).";
        public override string Setting => ""; // the correction never stated a setting or trust of its own
        public override string Trust => "numeric";
        public override IReadOnlyList<Hypothesis> Hypotheses => Printed.Hypotheses;
        public override IReadOnlyList<string> WrongVariants => ["flip-ii"]; // "bound-0.2" needs g(w) > 0.2, too rare at the ci budget to reject reliably
        public override Lemma3Case Generate(Choices c, Context ctx) => Lemma3.GenerateCase(c, ctx);

        public override Evaluation Evaluate(Lemma3Case x, Context ctx)
        {
            if (x.Part != 2) return Lemma3.Common(x, ctx, new Rational(3, 10));
            var th = Angle(x.P.W, x.P.Pop.V);
            var (d, tol) = Lemma3.DgDtheta(x.P);
            var want = -Lsz.C0(x.P.Pop).Value / Math.PI * Vec.Norm(x.P.W) * Math.Sin(th);
            return Evaluation.Require(Math.Abs(d - want) <= tol, Math.Abs(d - want), $"∂g/∂θ = {d:R} ± {tol:G3}, −(c₀/π)‖w‖ sin θ = {want:R}");
        }
    }
}
