using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Numerics;
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
        public override string Setting => "population gradient over θ ∈ [0, π] (also 10⁻⁸ from 0 and π; 0 and π exactly one case in eight), " +
            "‖w‖ ∈ [10⁻³, 10⁴), U(S¹), U(S²), U(S⁵), N(0, I₂), " +
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

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            Cover.BeyondS2("Lemma 2 under Assumption 1: any spherically symmetric law (c₀ = E_{x∼D₂}‖x‖ of its marginal)", 0.3),
            Cover.GaussianD3("Lemma 2 under Assumption 1: the standard Gaussian (Section 1) in R^d", 0.05),
            new("theta-zero-or-pi", "Lemma 2, Eq. (5) assumes only w ≠ 0: w ∥ v (sin θ = 0) included, both sides vanish", 0.03, "θ ∈ {0, π}"),
            Cover.NearZero("Lemma 2, Eq. (5): w ≠ 0, θ just above 0", 0.03),
            Cover.NearPi("Lemma 2, Eq. (5): w ≠ 0, θ just below π", 0.03),
            Cover.NormSmall("Lemma 2, Eq. (5): any w ≠ 0, also close to 0", 0.05, 0.01),
            Cover.NormLarge("Lemma 2, Eq. (5): any w ≠ 0, also large (σ saturated)", 0.1, 100),
        ];

        public override IEnumerable<string> Classify(PointCase x)
        {
            foreach (var k in Cover.Point(x, 0.01, 100)) yield return k;
            if (x.W[0] == 0 && x.W.Skip(2).All(t => t == 0)) yield return "theta-zero-or-pi";
        }

        /// <summary>A point of Lsz.RandomPoint, or (one case in eight) w = ±‖w‖ v exactly: Lemma 2 needs only w ≠ 0.</summary>
        public override PointCase Generate(Choices c, Context ctx)
        {
            var p = Lsz.RandomPoint(c, ctx, normLo: -3, normHi: 3);
            if (c.Int(0, 7) != 0) return p;
            var w = Vec.Scale(Vec.Norm(p.W) * (c.Bool() ? -1 : 1), p.Pop.V);
            return p with { W = w, Note = $"w = {Vec.Norm(p.W):R}·{(w[1] < 0 ? "−" : "")}v" };
        }

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
        public override string Setting => "as LSZ.Lemma2, the full vector in R^d (d = 2 … 6); one case in three in R³ with ∇L a genuine three-dimensional " +
            "integral over the sphere (U(S²), 2·U(S²), a two-sphere mixture; w in general position in R³, ‖w‖ ∈ [0.1, 9]), so the component of ∇L " +
            "orthogonal to span{w, v} is computed, not assumed to vanish";
        public override string Trust => "numeric: ‖−(I − w̄w̄ᵀ)∇L − (c₀/π)(I − w̄w̄ᵀ)v‖ ≤ 10·(gradient error + c₀ error) + rounding; the 3-D gradient's " +
            "error is the difference of two quadratures (Gauss–Legendre 24/48 nodes per hemisphere × trapezoid N/2N), and its off-plane component is " +
            "reported";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "as for Eq. (5); in R³ an ellipsoid tilted against v gives ∇L a component off span{w, v}"),
            new("w-not-parallel-v", "w ∦ v", "w = a v with a ≠ 0 (θ ∈ {0, π})", Expectation.None,
                "both sides vanish when w ∥ v: ∇L(av) ∥ v (Prop 3(ii)) and (I − w̄w̄ᵀ)v = 0"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["drop-projection", "off-plane-normal"];
        public override int CostPerCase => 2;

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("genuine-3d", "Eq. (6) as vectors in R^d: the component off span{w, v} (Appendix A.4, Eq. (26): zero by symmetry)", 0.2,
                "∇L a three-dimensional quadrature with w off the coordinate planes"),
            new("d-at-least-4", "Eq. (6) in R^d for any d", 0.05, "d ≥ 4"),
            new("near-parallel", "Lemma 2, Eq. (6): w ∦ v, just inside: θ within 10⁻⁴ of 0 or π", 0.05, "θ < 10⁻⁴ or θ > π − 10⁻⁴"),
            new("beyond-S2", "Assumption 1: any spherically symmetric law", 0.2, "a law other than U(S¹), U(S²)"),
        ];

        public override IEnumerable<string> Classify(PointCase x)
        {
            var th = Angle(x.W, x.Pop.V);
            if (x.Pop is SpherePushforwardPopulation && x.W.All(t => t != 0)) yield return "genuine-3d";
            if (x.Pop.Dimension >= 4) yield return "d-at-least-4";
            if (th < 1e-4 || th > Math.PI - 1e-4) yield return "near-parallel";
            if (!IsUnitCircleOrSphere(x.Pop)) yield return "beyond-S2";
        }

        public override PointCase Generate(Choices c, Context ctx)
        {
            if (!ctx.Weak("w-not-parallel-v") && !ctx.Weak(Logit) && c.Int(0, 2) == 0) return Genuine3D(c, ctx.Weak(Sym));
            if (!ctx.Weak("w-not-parallel-v")) return Lsz.RandomPoint(c, ctx);
            var pop = Lsz.Pop(c, ctx);
            var a = Norm(c) * (c.Bool() ? -1 : 1);
            var w = new double[pop.Dimension];
            w[1] = a;
            return new PointCase(pop, w, $"w = {a:R} v");
        }

        /// <summary>A point in general position in R³ for a sphere mixture (or, with the symmetry weakened, an ellipsoid diag(k, 1, 1/2)
        /// rotated against v) whose gradient is a genuine three-dimensional quadrature.</summary>
        internal static PointCase Genuine3D(Choices c, bool anisotropic)
        {
            double[] v = [0, 1, 0];
            SpherePushforwardPopulation pop;
            if (anisotropic)
            {
                var k = 1.5 + c.Int(0, 4) * 0.5;
                var t = c.Int(1, 5) * Math.PI / 12;
                double ct = Math.Cos(t), st = Math.Sin(t);
                // rotation about e₁ by t times diag(k, 1, 1/2): the long axes are tilted out of span{e₁, v}
                pop = new([(1, new[,] { { k, 0, 0 }, { 0, ct, -st / 2 }, { 0, st, ct / 2 } })], v);
            }
            else
                pop = c.Int(0, 2) switch
                {
                    0 => SpherePushforwardPopulation.Spheres([(1, 1)], v),
                    1 => SpherePushforwardPopulation.Spheres([(1, 2)], v),
                    _ => SpherePushforwardPopulation.Spheres([(1, 0.5), (1, 3)], v),
                };
            var a = Norm(c, -1, 0);
            var th = Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble();
            var phi = c.Int(1, 11) * Math.PI / 12;
            // w = a(cos θ v + sin θ (cos φ e₁ + sin φ e₃)): off every coordinate plane
            var w = new[] { a * Math.Sin(th) * Math.Cos(phi), a * Math.Cos(th), a * Math.Sin(th) * Math.Sin(phi) };
            return new PointCase(pop, w, $"‖w‖ = {a:R}, θ = {th:R}, azimuth {phi:R}");
        }

        public override Evaluation Evaluate(PointCase x, Context ctx)
        {
            var g = x.Pop.Gradient(x.W);
            var c0 = Lsz.C0(x.Pop);
            var lhs = Vec.Scale(-1, ctx.Is("drop-projection") ? g.Value : Vec.ProjectOut(x.W, g.Value));
            var rhs = Vec.Scale(c0.Value / Math.PI, Vec.ProjectOut(x.W, x.Pop.V));
            var normal = Normal(x.W, x.Pop.V);
            if (ctx.Is("off-plane-normal") && normal is not null) rhs = Vec.Axpy(0.1 * c0.Value / Math.PI, normal, rhs);
            var off = normal is null ? 0 : Vec.Dot(normal, g.Value);
            var diff = Vec.Norm(Vec.Sub(lhs, rhs));
            var tol = Lsz.Tol(g.Error + c0.Error, Vec.Norm(rhs) + Vec.Norm(g.Value));
            return Evaluation.Require(diff <= tol, diff, $"−(I − w̄w̄ᵀ)∇L = {Vec.Format(lhs)}, (c₀/π)(I − w̄w̄ᵀ)v = {Vec.Format(rhs)}, ‖difference‖ = " +
                $"{diff:G3}, tolerance {tol:G3}{(normal is null ? "" : $"; component of ∇L off span{{w, v}}: {off:G3}")}");
        }

        /// <summary>A unit normal of span{w, v} in R^d for d ≥ 3 (the part of e₃, or of another basis vector, orthogonal to both); null in R².</summary>
        internal static double[]? Normal(double[] w, double[] v)
        {
            if (w.Length < 3) return null;
            var vp = Vec.ProjectOut(w, v);
            for (var k = 0; k < w.Length; k++)
            {
                var e = new double[w.Length];
                e[(k + 2) % w.Length] = 1;
                var n = Vec.ProjectOut(w, e);
                if (Vec.Norm(vp) > 1e-12) n = Vec.Axpy(-Vec.Dot(n, vp) / Vec.Dot(vp, vp), vp, n);
                if (Vec.Norm(n) > 0.1) return Vec.Scale(1 / Vec.Norm(n), n);
            }
            return null;
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
            "1e−12), for the laws of LSZ.Lemma5, ‖w‖ ∈ [10⁻², 10²), θ also within 10⁻⁸ of 0 and π";
        public override string Trust => "numeric: |formula − D(h/2)| ≤ |D(h) − D(h/2)| (Richardson estimate of the truncation) + 10 × (ODE error/h + " +
            "quadrature error)";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.None, "Eq. (4) is the chain rule for cos θ = vᵀw/‖w‖; it holds for " +
            "any data")];
        public override IReadOnlyList<string> WrongVariants => ["no-one-over-norm"];
        public override int CostPerCase => 8;
        public override IReadOnlyList<CoverageClass> Coverage => FlowPointCoverage("Section 3.3, Eq. (4)");
        public override IEnumerable<string> Classify(PointCase x) => Cover.Point(x, 0.1, 10);
        public override PointCase Generate(Choices c, Context ctx) => FlowPoint(c, ctx);

        public override Evaluation Evaluate(PointCase x, Context ctx)
        {
            var pop = x.Pop;
            var (d1, d2, se, rd) = FlowDiff.Central(w => Vec.Scale(-1, pop.Gradient(w).Value), x.W, w => Vec.Cos(w, pop.V), 1e-2);
            var g = pop.Gradient(x.W);
            var n = Vec.Norm(x.W);
            var formula = -(ctx.Is("no-one-over-norm") ? 1 : 1 / n) * Vec.Dot(Vec.ProjectOut(x.W, pop.V), g.Value);
            return Judge(d1, d2, se, rd, n, formula, g.Error);
        }

        /// <summary>The difference quotient d₂ (step h/2) of cos θ against Eq. (4): allowed the Richardson estimate |d₁ − d₂|, the rounding
        /// of cos θ, and 10× (the state error and ∇L's quadrature error) times 1/‖w‖ (‖∇cos θ‖ ≤ 1/‖w‖, and Eq. (4) carries 1/‖w‖).</summary>
        internal static Evaluation Judge(double d1, double d2, double stateError, double rounding, double norm, double formula, double gradError)
        {
            var tol = Math.Abs(d1 - d2) + rounding + Lsz.Tol(stateError / norm + gradError / norm, formula);
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
        public override IReadOnlyList<CoverageClass> Coverage => FlowPointCoverage("Section 3.3, Eq. (7)");
        public override IEnumerable<string> Classify(PointCase x) => Cover.Point(x, 0.1, 10);
        public override PointCase Generate(Choices c, Context ctx) => FlowPoint(c, ctx);

        public override Evaluation Evaluate(PointCase x, Context ctx)
        {
            var pop = x.Pop;
            var (d1, d2, se, rd) = FlowDiff.Central(w => Vec.Scale(-1, pop.Gradient(w).Value), x.W, w => 0.5 * Vec.Dot(w, w), 1e-2);
            var g = pop.G(x.W);
            var gv = ctx.Is("plus-sign") ? -g.Value : g.Value;
            var chainRule = Judge(d1, d2, se, rd, Vec.Norm(x.W), gv, g.Error);
            if (chainRule.IsFailure) return chainRule;
            if (pop is SphericalPopulation sp)
            {
                var (a, c, s, _, _) = sp.Frame(x.W);
                var e = sp.ExpectReduced(a, c, s, (x1, _, y, _) => y * a * x1 / (1 + Math.Exp(y * a * x1)));
                if (Math.Abs(e.Value - g.Value) > Lsz.Tol(e.Error + g.Error, g.Value)) return Evaluation.Fails(Math.Abs(e.Value - g.Value), $"E y wᵀx/(1 + " +
                    $"e^(y wᵀx)) = {e} vs −wᵀ∇L = {g}");
            }
            return chainRule;
        }

        /// <summary>½‖w‖²'s difference quotient d₂ against −wᵀ∇L: allowed |d₁ − d₂|, the rounding, and 10× (the state error times
        /// ‖∇½‖w‖²‖ = ‖w‖, plus g's quadrature error).</summary>
        internal static Evaluation Judge(double d1, double d2, double stateError, double rounding, double norm, double g, double gError)
        {
            var tol = Math.Abs(d1 - d2) + rounding + Lsz.Tol(stateError * norm + gError, g);
            return Math.Abs(g - d2) > tol ? Evaluation.Fails(Math.Abs(g - d2), $"−wᵀ∇L = {g:R}, ½ d‖w‖²/dt ≈ {d2:R}, tolerance {tol:G3}")
                : Evaluation.Holds($"g = {g:R}, ½ d‖w‖²/dt ≈ {d2:R}, tolerance {tol:G3}");
        }
    }

    /// <summary>A point on a gradient flow (Eqs. (4), (7)): a law with the fast gradient (the flow is integrated), ‖w‖ ∈ [10⁻², 10²), θ of
    /// <see cref="Theta"/>; the usual populations when a hypothesis is weakened.</summary>
    internal static PointCase FlowPoint(Choices c, Context ctx)
    {
        if (ctx.Weak(Sym) || ctx.Weak(Logit)) return Lsz.RandomPoint(c, ctx, cheap: true, normLo: -1, normHi: 1);
        var pop = TrajectoryPopulation(c);
        var a = Norm(c, -2, 1);
        var th = Theta(c);
        return new PointCase(pop, Point(pop.Dimension, a, th), $"‖w‖ = {a:R}, θ = {th:R}");
    }

    internal static IReadOnlyList<CoverageClass> FlowPointCoverage(string where) =>
    [
        Cover.BeyondS2($"{where}: the chain rule along the gradient flow, for any law of x", 0.3),
        Cover.GaussianD3($"{where}, for the standard Gaussian (Section 1) in R^d", 0.1),
        Cover.NearZero($"{where}: at every point of the flow, also almost parallel to v (late in the flow)", 0.03),
        Cover.NearPi($"{where}: at every point of the flow, also almost opposite to v", 0.03),
        Cover.NormSmall($"{where}: at every point of the flow, also near the origin (Lemma 1: ‖w‖ first decreases)", 0.05, 0.1),
        Cover.NormLarge($"{where}: at every point of the flow, also large (‖w(t)‖ is unbounded, Proposition 2 (iii))", 0.05, 10),
    ];

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
            if (th == 0 && MeasuredMaximumAtZero(x.P) is { } at0) return at0;
            if (d < -tol) return Evaluation.Holds($"∂g/∂θ = {d:R} ± {tol:G3}");
            if (d > tol) return Evaluation.Fails(d, $"∂g/∂θ = {d:R} ± {tol:G3} > 0");
            return Evaluation.Inconclusive($"∂g/∂θ = {d:R} within ±{tol:G3}");
        }

        private static readonly double[] ZeroSteps = [1e-1, 1e-2];

        /// <summary>
        /// The failure of (iii) at θ = 0, measured: g at θ = ±h (w rotated to either side of v, two separate quadratures) lies below g(0) by
        /// more than the error on both sides, for h = 10⁻¹ and 10⁻², and the central differences (g(h) − g(−h))/2h are within their error of
        /// 0: θ = 0 is a strict local maximum of the differentiable θ ↦ g along the rotation, so ∂g/∂θ(0) = 0, not &lt; 0. Null when the
        /// measurement does not show it (then the central difference decides as elsewhere).
        /// </summary>
        internal static Evaluation? MeasuredMaximumAtZero(PointCase p)
        {
            var pop = p.Pop;
            var a = Vec.Norm(p.W);
            var g0 = pop.G(Point(pop.Dimension, a, 0));
            return MaximumAtZero(g0, [.. ZeroSteps.Select(h => (h, pop.G(Point(pop.Dimension, a, h)), pop.G(Point(pop.Dimension, a, -h))))]);
        }

        /// <summary><see cref="MeasuredMaximumAtZero"/>'s decision on g(0) and g(±h) for each step h: a failure when at every h both sides
        /// lie below g(0) by more than 10× the quadrature errors and the central difference is within that error over h of 0.</summary>
        internal static Evaluation? MaximumAtZero(Estimate g0, IReadOnlyList<(double H, Estimate Plus, Estimate Minus)> sides)
        {
            var parts = new List<string>();
            var worst = 0.0;
            foreach (var (h, gp, gm) in sides)
            {
                var err = Lsz.Tol(g0.Error + gp.Error + gm.Error, g0.Value);
                double up = gp.Value - g0.Value, down = gm.Value - g0.Value, d = (gp.Value - gm.Value) / (2 * h);
                if (!(up < -err && down < -err && Math.Abs(d) <= err / h)) return null;
                worst = Math.Max(worst, Math.Abs(d) + err / h);
                parts.Add($"h = {h:R}: g(h) − g(0) = {up:G4}, g(−h) − g(0) = {down:G4}, (g(h) − g(−h))/2h = {d:G3} ± {err / h:G3}");
            }
            return Evaluation.Fails(worst, $"θ = 0 is a measured strict local maximum of g along the rotation of w through v ({string.Join("; ", parts)}): " +
                "∂g/∂θ(0) = 0, not < 0");
        }

        public override IReadOnlyList<CoverageClass> Coverage => CoverageClasses;

        internal static readonly IReadOnlyList<CoverageClass> CoverageClasses =
        [
            new("iii-theta-zero", "Lemma 3 (iii): θ ≤ π/2 includes θ = 0", 0.02, "part (iii) at θ = 0"),
            new("iii-theta-right-angle", "Lemma 3 (iii): θ ≤ π/2 at equality", 0.02, "part (iii) at θ = π/2"),
            new("iv-at-bound", "Lemma 3 (iv): ‖w‖ ≤ c₀|cos θ|/(2πL) at equality", 0.02, "part (iv) with ‖w‖ at the bound"),
            new("ii-near-right-angle", "Lemma 3 (ii): θ > π/2, just inside", 0.02, "part (ii) with θ ≤ π/2 + π/24"),
            new("beyond-S2", "Assumption 1: any spherically symmetric law", 0.2, "a law other than U(S¹), U(S²)"),
        ];

        internal static IEnumerable<string> ClassifyCase(Lemma3Case x)
        {
            var th = Angle(x.P.W, x.P.Pop.V);
            if (x.Part == 2 && th == 0) yield return "iii-theta-zero";
            if (x.Part == 2 && Math.Abs(th - Math.PI / 2) < 1e-12) yield return "iii-theta-right-angle";
            if (x.Part == 3 && x.P.Note.StartsWith("‖w‖ = 1 ×", StringComparison.Ordinal)) yield return "iv-at-bound";
            if (x.Part == 1 && th <= Math.PI / 2 + Math.PI / 24 + 1e-12) yield return "ii-near-right-angle";
            if (!IsUnitCircleOrSphere(x.P.Pop)) yield return "beyond-S2";
        }

        public override IEnumerable<string> Classify(Lemma3Case x) => ClassifyCase(x);

        /// <summary>One of the parts (i)-(iv) at a point in its region: (ii) θ > π/2, (iii) θ ≤ π/2 (θ ∈ [0, π] for the corrected (iii')), (iv)
        /// ‖w‖ under the bound.</summary>
        internal static Lemma3Case GenerateCase(Choices c, Context ctx, bool wholeRange = false)
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
                        // one case in four just inside θ > π/2 (within π/24): the class ii-near-right-angle at ci's 30 cases
                        var span = c.Int(0, 3) == 0 ? Math.PI / 24 : Math.PI / 2;
                        var th = Math.PI / 2 + span * c.In(Interval.Open(0, 1), 24).ToDouble();
                        return new(new(pop, Point(d, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), 1);
                    }
                case 2:
                    {
                        var a = Norm(c, -2, 2);
                        // the ends θ = 0 and π/2 of 'θ ≤ π/2' (and π for the corrected (iii')) one case in four (five) each: the finding sits
                        // at θ = 0
                        var th = c.Int(0, wholeRange ? 4 : 3) switch
                        {
                            0 => 0,
                            1 => Math.PI / 2,
                            4 => Math.PI,
                            _ => (wholeRange ? Math.PI : Math.PI / 2) * c.In(Interval.Closed(0, 1), 24).ToDouble(),
                        };
                        return new(new(pop, Point(d, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), 2);
                    }
                default:
                    {
                        var th = Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble();
                        if (Math.Abs(Math.Cos(th)) < 1e-12) th = Math.PI / 3;
                        var c0 = Lsz.C0(pop).Value;
                        var l = SecondMoment2(pop) / 8;
                        var bound = c0 * Math.Abs(Math.Cos(th)) / (2 * Math.PI * l);
                        var f = c.Int(0, 3) == 0 ? 1 : c.In(Interval.OpenClosed(0, 1), 16).ToDouble(); // at the bound one case in four
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
            var h = ThetaStep(th);
            return CentralDifference(h, pop.G(Point(pop.Dimension, a, th + h)), pop.G(Point(pop.Dimension, a, th - h)), Lsz.C0(pop).Value, a);
        }

        /// <summary>10⁻³, and at most θ/2 so that θ − h stays on the same side of v (θ = 0 itself: both sides, h = 10⁻³).</summary>
        internal static double ThetaStep(double theta) => theta > 0 ? Math.Min(1e-3, theta / 2) : 1e-3;

        /// <summary>(g(θ+h) − g(θ−h))/2h with 10× the quadrature errors over 2h, the truncation h²/6 · max|∂³g/∂θ³| ≤ h²/6 · (c₀/π)‖w‖ (the
        /// corrected formula's third derivative), and the rounding of g (10⁻¹³‖w‖/h).</summary>
        internal static (double D, double Tol) CentralDifference(double h, Estimate gp, Estimate gm, double c0, double norm)
        {
            var d = (gp.Value - gm.Value) / (2 * h);
            return (d, Lsz.Tol((gp.Error + gm.Error) / (2 * h), d) + h * h / 6 * c0 / Math.PI * norm + 1e-13 * norm / h);
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
        public override Lemma3Case Generate(Choices c, Context ctx) => Lemma3.GenerateCase(c, ctx, wholeRange: true);
        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            .. Lemma3.CoverageClasses,
            new("iii-theta-pi", "Lemma 3 (iii') for all θ ∈ [0, π]: the other end, θ = π", 0.01, "part (iii') at θ = π"),
            new("iii-obtuse", "Lemma 3 (iii') for all θ ∈ [0, π]: the half (π/2, π] the printed (iii) leaves out", 0.05, "part (iii') with θ > π/2"),
        ];

        public override IEnumerable<string> Classify(Lemma3Case x)
        {
            foreach (var k in Lemma3.ClassifyCase(x)) yield return k;
            var th = Angle(x.P.W, x.P.Pop.V);
            if (x.Part == 2 && th == Math.PI) yield return "iii-theta-pi";
            if (x.Part == 2 && th > Math.PI / 2) yield return "iii-obtuse";
        }

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
