using Verification.Arithmetic;
using RVec = Verification.Arithmetic.Vec;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Numerics;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Spec.Lsz;

// Lin, Sun, Zhang (NeurIPS 2021), "Faster directional convergence of linear neural networks under spherically symmetric
// data". Every claim is checked on the population loss: expectations are reduced to span{w, v} and integrated with error
// control (Verification.Models.Lsz), flows are integrated with the adaptive Dormand-Prince pair (Verification.Numerics).

/// <summary>A point w of a population: the case of the pointwise identities.</summary>
public sealed record PointCase(Population Pop, double[] W, string Note = "")
{
    public override string ToString() => $"{Pop.Name}, v = {Vec(Pop.V)}, w = {Vec(W)}{(Note == "" ? "" : ", " + Note)}";
}

internal static class Lsz
{
    public const string Sym = "spherical-symmetry";
    public const string SymStatement = "Assumption 1: x is spherically symmetric (A x ∼ D for every orthogonal A)";
    public const string SymWeak = "x anisotropic Gaussian N(0, MMᵀ), uniform on an ellipse M·S¹, or a five-point set in R²";
    public const string Logit = "logistic-loss";
    public const string LogitStatement = "the loss is the logit loss ℓ(z) = ln(1 + e^(−z))";
    public const string LogitWeak = "the exponential loss ℓ(z) = e^(−z) in place of the logit loss";

    /// <summary>Tolerance from an error estimate: ten times the estimate plus a rounding allowance at the given scale.</summary>
    public static double Tol(double err, double scale = 1) => 10 * err + 1e-12 * Math.Abs(scale) + 1e-15;

    /// <summary>c₀ = E_{x∼D₂}‖x‖: the closed form for symmetric laws; E‖x‖ of the planar law otherwise (D₂ = D in R²).</summary>
    public static Estimate C0(Population p) => p switch
    {
        SphericalPopulation s => new Estimate(s.C0, 1e-15 * s.C0),
        PlanarPopulation q => Planar.Expect(q.Law, q.M, [0, 0], q.V, (x1, x2, _, _) => Math.Sqrt(x1 * x1 + x2 * x2)),
        PointsPopulation q => new Estimate(q.Points.Select((x, i) => q.Weights[i] * Lin.Norm(x)).Sum(), 1e-15),
        MixturePopulation m => m.Parts.Aggregate(new Estimate(0, 0), (acc, part) => { var e = C0(part.Part); return new Estimate(acc.Value + part.Weight * e.Value, acc.Error + part.Weight * e.Error); }),
        _ => throw new ArgumentException(p.Name),
    };

    /// <summary>A population: symmetric as printed, non-symmetric when the symmetry hypothesis is weakened, exponential
    /// loss when the logit hypothesis is weakened.</summary>
    public static Population Pop(Choices c, Context ctx, bool cheap = false)
    {
        var loss = ctx.Weak(Logit) ? MarginLoss.Exponential : MarginLoss.Logistic;
        return ctx.Weak(Sym) ? NonSymmetric(c, loss) : Symmetric(c, cheap || ctx.Weak(Logit), loss);
    }

    public static Hypothesis SymHyp(Expectation e, string why) => new(Sym, SymStatement, SymWeak, e, why);
    public static Hypothesis LogitHyp(Expectation e, string why) => new(Logit, LogitStatement, LogitWeak, e, why);

    public static PointCase RandomPoint(Choices c, Context ctx, bool cheap = false, int normLo = -3, int normHi = 2)
    {
        var pop = Pop(c, ctx, cheap);
        var a = ctx.Weak(Logit) ? 0.5 + c.Int(0, 6) * 0.5 : Norm(c, normLo, normHi);
        var th = Theta(c);
        return new PointCase(pop, Point(pop.Dimension, a, th), $"‖w‖ = {a:R}, θ = {th:R}");
    }

    /// <summary>−(v − (w̄ᵀv) w̄)ᵀ ∇L(w) with its error.</summary>
    public static Estimate Rho(Population p, double[] w)
    {
        var g = p.Gradient(w);
        var vp = Lin.ProjectOut(w, p.V);
        return new Estimate(-Lin.Dot(vp, g.Value), Lin.Norm(vp) * g.Error);
    }

    public static double Sin2(double[] w, double[] v) { var s = Math.Sin(Angle(w, v)); return s * s; }

    public static string F(double x) => x.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}

// ───────────────────────────── identities at a point ─────────────────────────────

public sealed class Eq2 : PropertyClaim<(PointCase P, double[] U)>
{
    public override string Id => "LSZ.Eq2";
    public override string Where => "Section 3, Eq. (2)";
    public override string Statement => "For φ(x, w) = wᵀx the gradient of L(w) = E ln(1 + e^(−y wᵀx)) is ∇L(w) = −E y x / (1 + e^(y wᵀx)).";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population loss (nested adaptive Gauss-Kronrod), directional derivative by central difference with step h = 1e−3";
    public override string Trust => "numeric: |uᵀ∇L − (L(w+hu) − L(w−hu))/2h| ≤ 10(err_∇ + err_L/h) + h²/6 · max|ℓ'''| · E|uᵀx|³ (max|ℓ'''| = 1/(6√3)); error estimates from the quadrature";
    public override IReadOnlyList<Hypothesis> Hypotheses =>
    [
        Lsz.SymHyp(Expectation.None, "Eq. (2) is differentiation under the integral; it does not use symmetry"),
        Lsz.LogitHyp(Expectation.Counterexample, "the formula is the logit loss's derivative; the exponential loss has ∇L = −E y x e^(−y wᵀx)"),
    ];
    public override IReadOnlyList<string> WrongVariants => ["no-y-in-exponent", "factor-2"];
    public override int CostPerCase => 4;

    public override (PointCase P, double[] U) Generate(Choices c, Context ctx)
    {
        var p = Lsz.RandomPoint(c, ctx, normLo: -2, normHi: 2);
        var t = c.Int(0, 11) * Math.PI / 6 + 0.1;
        var u = new double[p.Pop.Dimension];
        u[0] = Math.Cos(t); u[1] = Math.Sin(t);
        return (p, u);
    }

    public override Evaluation Evaluate((PointCase P, double[] U) x, Context ctx)
    {
        var (p, u) = x;
        var pop = p.Pop;
        const double h = 1e-3;
        var lp = pop.Value(Lin.Axpy(h, u, p.W));
        var lm = pop.Value(Lin.Axpy(-h, u, p.W));
        var fd = (lp.Value - lm.Value) / (2 * h);
        double[] grad;
        double gerr;
        if (pop is SphericalPopulation sp && ctx.Variant is not null)
        {
            // the wrong variants change formula (2) itself
            var (a, cth, sth, e1, e2) = sp.Frame(p.W);
            var g1 = sp.ExpectReduced(a, cth, sth, (x1, x2, y, _) => -(ctx.Is("factor-2") ? 2 : 1) * y * x1 / (1 + Math.Exp(ctx.Is("no-y-in-exponent") ? a * x1 : y * a * x1)));
            var g2 = sp.ExpectReduced(a, cth, sth, (x1, x2, y, _) => -(ctx.Is("factor-2") ? 2 : 1) * y * x2 / (1 + Math.Exp(ctx.Is("no-y-in-exponent") ? a * x1 : y * a * x1)));
            grad = Lin.Axpy(g2.Value, e2, Lin.Scale(g1.Value, e1));
            gerr = g1.Error + g2.Error;
        }
        else
        {
            // Eq. (2) as printed: −E y x / (1 + e^(y wᵀx)), whatever the loss of the population is
            var logistic = pop.Loss == MarginLoss.Logistic ? pop : Reloss(pop);
            var g = logistic.Gradient(p.W);
            grad = g.Value;
            gerr = g.Error;
        }
        var lhs = Lin.Dot(u, grad);
        var third = pop.Loss == MarginLoss.Logistic ? 1 / (6 * Math.Sqrt(3)) : Math.Exp((Lin.Norm(p.W) + h) * 10);
        var m3 = pop is SphericalPopulation s3 ? AbsThird(s3.Law) : 30;
        var tol = Lsz.Tol(gerr + (lp.Error + lm.Error) / h, lhs) + h * h / 6 * third * m3;
        var detail = $"uᵀ∇L by Eq. (2) = {lhs:R}, central difference = {fd:R}, tolerance {tol:G3}";
        return Evaluation.Require(Math.Abs(lhs - fd) <= tol, Math.Abs(lhs - fd), detail);
    }

    /// <summary>The same distribution with the logit loss (Eq. (2) is the logit loss's formula).</summary>
    private static Population Reloss(Population p) => p switch
    {
        SphericalPopulation s => new SphericalPopulation(s.Law, s.V, MarginLoss.Logistic),
        PlanarPopulation q => new PlanarPopulation(q.Law, q.M, q.V, MarginLoss.Logistic),
        PointsPopulation q => new PointsPopulation(q.Points, q.V, q.Weights, MarginLoss.Logistic),
        _ => throw new ArgumentException(p.Name),
    };

    /// <summary>A bound on E|uᵀx|³ for a unit u: R³ on spheres, 2√(2/π) s³ for N(0, s² I).</summary>
    internal static double AbsThird(RadialLaw law) => law switch
    {
        CircleRadius c => Math.Pow(c.Radius, 3),
        SphereProjectionRadius s => Math.Pow(s.Radius, 3),
        GaussianRadius g => 2 * Math.Sqrt(2 / Math.PI) * Math.Pow(g.Scale, 3),
        RadialMixture m => m.Parts.Sum(p => p.Weight * AbsThird(p.Law)),
        _ => throw new ArgumentException(law.Name),
    };

    public override string Describe((PointCase P, double[] U) x) => $"{x.P}, direction u = {Vec(x.U)}";
}

public sealed class Lemma2 : PropertyClaim<PointCase>
{
    public override string Id => "LSZ.Lemma2";
    public override string Where => "Lemma 2, Eq. (5); proof in Appendix A.4";
    public override string Statement => "Under Assumption 1 and w ≠ 0: −(v − (w̄ᵀv) w̄)ᵀ∇L(w) = −vᵀ(I − w̄w̄ᵀ)∇L(w) = c₀ sin²θ(w, v) / π, c₀ = E_{x∼D₂}‖x‖.";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population gradient over θ ∈ (0, π) (also 10⁻⁸ from 0 and π), ‖w‖ ∈ [10⁻³, 10⁴), U(S¹), U(S²), U(S⁵), N(0, I₂), N(0, I₄), U(2.5·S¹) and radial mixtures; c₀ in closed form, checked against quadrature";
    public override string Trust => "numeric: |lhs − c₀ sin²θ/π| ≤ 10·(quadrature error of lhs + error of c₀) + 1e−12·|lhs|; the closed form of c₀ must agree with its quadrature within 10× the estimate";
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
            if (Math.Abs(q.Value - sp.C0) > Lsz.Tol(q.Error, sp.C0)) return Evaluation.Fails(Math.Abs(q.Value - sp.C0), $"c₀ closed form {sp.C0:R} vs quadrature {q}");
        }
        var th = Angle(x.W, x.Pop.V);
        var s = Math.Sin(th);
        var rhs = ctx.Is("c0-over-2pi") ? c0.Value * s * s / (2 * Math.PI) : ctx.Is("sin-not-squared") ? c0.Value * s / Math.PI : c0.Value * s * s / Math.PI;
        var tol = Lsz.Tol(rho.Error + c0.Error, rhs);
        return Evaluation.Require(Math.Abs(rho.Value - rhs) <= tol, Math.Abs(rho.Value - rhs),
            $"−(v − (w̄ᵀv)w̄)ᵀ∇L = {rho}, c₀ sin²θ/π = {rhs:R} (c₀ = {c0}), tolerance {tol:G3}");
    }
}

public sealed class Lemma2Eq6 : PropertyClaim<PointCase>
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
        var lhs = Lin.Scale(-1, ctx.Is("drop-projection") ? g.Value : Lin.ProjectOut(x.W, g.Value));
        var rhs = Lin.Scale(c0.Value / Math.PI, Lin.ProjectOut(x.W, x.Pop.V));
        var diff = Lin.Norm(Lin.Sub(lhs, rhs));
        var tol = Lsz.Tol(g.Error + c0.Error, Lin.Norm(rhs) + Lin.Norm(g.Value));
        return Evaluation.Require(diff <= tol, diff, $"−(I − w̄w̄ᵀ)∇L = {Vec(lhs)}, (c₀/π)(I − w̄w̄ᵀ)v = {Vec(rhs)}, ‖difference‖ = {diff:G3}, tolerance {tol:G3}");
    }
}

public sealed class Lemma12 : PropertyClaim<(PointCase P, double Eta)>
{
    public override string Id => "LSZ.Lemma12";
    public override string Where => "Lemma 12, Eq. (10) (Appendix A.8)";
    public override string Statement => "Under Assumption 1, one GD step w(n+1) = w(n) − η_n ∇L(w(n)) satisfies ‖w(n+1)‖² = (w̄(n)ᵀw(n+1))² + (c₀η_n/π)² sin²θ(n).";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population gradient; η ∈ [10⁻³, 10³), ‖w‖ over six decades, θ including near 0 and π";
    public override string Trust => "numeric: |lhs − rhs| ≤ 10·(2η‖w(n+1)‖·err_∇ + 2(c₀η/π)²·err_c₀/c₀) + 1e−12·lhs";
    public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.Counterexample, "uses Eq. (6), which needs Assumption 1")];
    public override IReadOnlyList<string> WrongVariants => ["no-square-on-eta"];
    public override int CostPerCase => 2;

    public override (PointCase P, double Eta) Generate(Choices c, Context ctx) => (Lsz.RandomPoint(c, ctx), Norm(c, -3, 3));

    public override Evaluation Evaluate((PointCase P, double Eta) x, Context ctx)
    {
        var (p, eta) = x;
        var g = p.Pop.Gradient(p.W);
        var c0 = Lsz.C0(p.Pop);
        var w1 = Lin.Axpy(-eta, g.Value, p.W);
        var lhs = Lin.Dot(w1, w1);
        var proj = Lin.Dot(w1, p.W) / Lin.Norm(p.W);
        var k = ctx.Is("no-square-on-eta") ? c0.Value * eta / Math.PI * Math.Sqrt(eta) : c0.Value * eta / Math.PI;
        var rhs = proj * proj + k * k * Lsz.Sin2(p.W, p.Pop.V);
        var tol = Lsz.Tol(2 * eta * Lin.Norm(w1) * g.Error + 2 * k * k * c0.Error / c0.Value, lhs);
        return Evaluation.Require(Math.Abs(lhs - rhs) <= tol, Math.Abs(lhs - rhs), $"η = {eta:R}: ‖w(n+1)‖² = {lhs:R}, (w̄ᵀw(n+1))² + (c₀η/π)² sin²θ = {rhs:R}, tolerance {tol:G3}");
    }

    public override string Describe((PointCase P, double Eta) x) => $"{x.P}, η = {x.Eta:R}";
}

/// <summary>Eq. (8) is algebra valid for any step vector; it is checked exactly on rational points with rational norms, and
/// its combination with Eq. (10) (the display after Eq. (10)) in double with the population gradient.</summary>
public sealed class Eq8 : PropertyClaim<(Rational[] U1, Rational R1, Rational[] U2, Rational R2, Rational[] V, Rational Eta, PointCase P)>
{
    public override string Id => "LSZ.Eq8";
    public override string Where => "Section 3.4, Eq. (8) and the display after Eq. (10)";
    public override string Statement => "cos θ(n+1) − cos θ(n) = (1/‖w(n+1)‖)[−η_n (v − (w̄(n)ᵀv) w̄(n))ᵀ∇L(w(n)) − (‖w(n+1)‖ − w̄(n)ᵀw(n+1)) cos θ(n)]; combined with Eq. (10): = (1/‖w(n+1)‖)(c₀η sin²θ/π − c₀²η² sin²θ cos θ/π² / (‖w(n+1)‖ + w̄(n)ᵀw(n+1))).";
    public override ClaimKind Kind => ClaimKind.Exact;
    public override string Arithmetic => "rational+double";
    public override string Setting => "exact: w(n) = r₁u₁, w(n+1) = r₂u₂ with rational unit u₁, u₂, v ∈ Q³ and η ∈ Q (∇L := (w(n) − w(n+1))/η, any vector); double: population gradient, combined form";
    public override string Trust => "Eq. (8) decided exactly in rationals; the combined form numerically with tolerance 10× the quadrature error of ∇L (scaled by η/‖w(n+1)‖)";
    public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.Counterexample, "the combined form uses Eq. (10), which needs Assumption 1; Eq. (8) itself needs nothing")];
    public override IReadOnlyList<string> WrongVariants => ["plus-cos-term"];

    public override (Rational[] U1, Rational R1, Rational[] U2, Rational R2, Rational[] V, Rational Eta, PointCase P) Generate(Choices c, Context ctx)
    {
        Rational[] Unit() => RationalSphere.UnitVector([c.SmallRational(5, 4), c.SmallRational(5, 4)], 3);
        var u1 = Unit();
        var u2 = Unit();
        var v = Unit();
        var r1 = c.In(Interval.Open(0, 10), 8);
        var r2 = c.In(Interval.Open(0, 10), 8);
        var eta = c.In(Interval.Open(0, 5), 8);
        return (u1, r1, u2, r2, v, eta, Lsz.RandomPoint(c, ctx));
    }

    public override Evaluation Evaluate((Rational[] U1, Rational R1, Rational[] U2, Rational R2, Rational[] V, Rational Eta, PointCase P) x, Context ctx)
    {
        var (u1, r1, u2, r2, v, eta, p) = x;
        var w0 = RVec.Scale(r1, u1);
        var w1 = RVec.Scale(r2, u2);
        var grad = RVec.Scale(1 / eta, RVec.Sub(w0, w1));
        var cos0 = RVec.Dot<Rational>(v, u1);
        var lhs = RVec.Dot<Rational>(v, u2) - cos0;
        var vperp = RVec.Sub(v, RVec.Scale(cos0, u1));
        var sign = ctx.Is("plus-cos-term") ? -1 : 1;
        var rhs = (-eta * RVec.Dot<Rational>(vperp, grad) - sign * (r2 - RVec.Dot<Rational>(u1, w1)) * cos0) / r2;
        if (lhs != rhs) return Evaluation.Fails((lhs - rhs).ToDouble() is var dd ? Math.Abs(dd) : 1, $"exact: lhs = {lhs}, rhs = {rhs}");
        // double, population gradient, combined with Eq. (10)
        var g = p.Pop.Gradient(p.W);
        var c0 = Lsz.C0(p.Pop);
        var etaD = 0.5;
        var wn1 = Lin.Axpy(-etaD, g.Value, p.W);
        var n1 = Lin.Norm(wn1);
        var c = Lin.Cos(p.W, p.Pop.V);
        var s2 = Lsz.Sin2(p.W, p.Pop.V);
        var dl = Lin.Cos(wn1, p.Pop.V) - c;
        var proj = Lin.Dot(wn1, p.W) / Lin.Norm(p.W);
        var dr = (c0.Value * etaD * s2 / Math.PI - sign * c0.Value * c0.Value * etaD * etaD * s2 * c / (Math.PI * Math.PI) / (n1 + proj)) / n1;
        var tol = Lsz.Tol((etaD * g.Error * 4 + etaD * c0.Error) / n1 * (1 + Lin.Norm(p.W) / n1), 1);
        return Evaluation.Require(Math.Abs(dl - dr) <= tol, Math.Abs(dl - dr), $"exact Eq. (8) holds ({lhs}); combined form with η = 1/2: Δcos = {dl:R}, formula = {dr:R}, tolerance {tol:G3}");
    }

    public override string Describe((Rational[] U1, Rational R1, Rational[] U2, Rational R2, Rational[] V, Rational Eta, PointCase P) x) =>
        $"w(n) = {x.R1}·{RVec.Format(x.U1)}, w(n+1) = {x.R2}·{RVec.Format(x.U2)}, v = {RVec.Format(x.V)}, η = {x.Eta}; double: {x.P}";
}

/// <summary>The case of Lemma 3: a point and which of the parts (i)-(iv) is checked.</summary>
public sealed record Lemma3Case(PointCase P, int Part)
{
    public override string ToString() => $"part ({new[] { "i", "ii", "iii", "iv" }[Part]}): {P}";
}

internal static class Lemma3Shared
{
    public static Lemma3Case Generate(Choices c, Context ctx)
    {
        var part = c.Int(0, 3);
        var pop = Lsz.Pop(c, ctx);
        var d = pop.Dimension;
        switch (part)
        {
            case 0:
                { var a = ctx.Weak(Lsz.Logit) ? 0.25 + c.Int(0, 12) * 0.25 : Norm(c); var th = Theta(c); return new(new(pop, Point(d, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), 0); }
            case 1:
                { var a = Norm(c); var th = Math.PI / 2 + (Math.PI / 2) * c.In(Interval.Open(0, 1), 24).ToDouble(); return new(new(pop, Point(d, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), 1); }
            case 2:
                { var a = Norm(c, -2, 2); var th = Math.PI / 2 * c.In(Interval.Closed(0, 1), 24).ToDouble(); return new(new(pop, Point(d, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), 2); }
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
    public static double SecondMoment2(Population p) => p switch
    {
        SphericalPopulation s => s.Law.SecondMoment2,
        PlanarPopulation q => Planar.Expect(q.Law, q.M, [0, 0], q.V, (x1, x2, _, _) => x1 * x1 + x2 * x2).Value,
        PointsPopulation q => q.Points.Select((x, i) => q.Weights[i] * Lin.Dot(x, x)).Sum(),
        _ => throw new ArgumentException(p.Name),
    };

    /// <summary>∂g/∂θ at fixed ‖w‖ by a central difference in θ (rotating w in span{u, v}), with its error bound
    /// (quadrature errors / h plus h²/6 · (c₀/π)‖w‖, the bound on ∂³g/∂θ³ from the corrected formula).</summary>
    public static (double D, double Tol) DgDtheta(PointCase p)
    {
        var pop = p.Pop;
        var a = Lin.Norm(p.W);
        var th = Angle(p.W, pop.V);
        var h = th > 0 ? Math.Min(1e-3, th / 2) : 1e-3;
        var gp = pop.G(Point(pop.Dimension, a, th + h));
        var gm = pop.G(Point(pop.Dimension, a, th - h));
        var c0 = Lsz.C0(pop).Value;
        var d = (gp.Value - gm.Value) / (2 * h);
        return (d, Lsz.Tol((gp.Error + gm.Error) / (2 * h), d) + h * h / 6 * c0 / Math.PI * a + 1e-13 * a / h);
    }

    public static Evaluation Common(Lemma3Case x, Context ctx, Rational gBound)
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

public sealed class Lemma3 : PropertyClaim<Lemma3Case>
{
    public override string Id => "LSZ.Lemma3";
    public override string Where => "Lemma 3 (i)-(iv); proof in Appendix A.5";
    public override string Statement => "Under Assumption 1, with g(w) = −wᵀ∇L(w): (i) g(w) ≤ 0.3; (ii) θ(w, v) > π/2 ⇒ g(w) < 0; (iii) θ(w, v) ≤ π/2 ⇒ ∂g(w)/∂θ(w, v) < 0; (iv) 0 < ‖w‖ ≤ c₀|cos θ|/(2πL), L = E_{D₂}‖x‖²/8 ⇒ g(w) cos θ > 0.";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population g(w) by quadrature; ∂g/∂θ at fixed ‖w‖ by a central difference in θ";
    public override string Trust => "numeric: every sign is decided with a margin of 10× the quadrature error estimate (for ∂g/∂θ: error/h plus the h² truncation bound); at θ = 0 the derivative is exactly 0 because g depends on θ only through cos θ (Appendix A.5, after Eq. (28))";
    public override IReadOnlyList<Constant> Constants => [new("g-bound", new Rational(3, 10), new Rational(1, 10), new Rational(1, 1), "sup_z z/(1+e^z) = W(1/e) ≈ 0.2785 bounds g; 0.3 is not tight")];
    public override IReadOnlyList<Hypothesis> Hypotheses =>
    [
        Lsz.SymHyp(Expectation.Counterexample, "parts (iii)-(iv) use the symmetric reduction; an anisotropic law breaks (iii) or (iv)"),
        Lsz.LogitHyp(Expectation.Counterexample, "with e^(−z), g = E z e^(−z) can exceed 0.3 and (iv)'s Lipschitz constant changes"),
    ];
    public override IReadOnlyList<string> WrongVariants => ["bound-0.2", "flip-ii"];
    public override Verdict Expected => Verdict.Fails;
    public override Finding Finding => new(
        "Part (iii) fails at θ = 0 (included by 'θ ≤ π/2'): g depends on θ only through cos θ, so ∂g/∂θ = 0 there. The exact derivative is ∂g/∂θ = −(c₀/π)‖w‖ sin θ (differentiate the arcs of Eq. (30) where y jumps: the boundary terms add to −2r sin θ), which is negative on the whole of (0, π), not only on (0, π/2]. Lemma 1's proof only uses (iii) at θ(t₀) ∈ (0, π/2], where it holds.",
        "x ∼ U(S¹), v = (0, 1), w = v (‖w‖ = 1, θ = 0): ∂g/∂θ = 0",
        "For every w ≠ 0: ∂g(‖w‖, θ)/∂θ = −(c₀/π)‖w‖ sin θ, hence < 0 for θ ∈ (0, π) and = 0 at θ ∈ {0, π}; (i), (ii), (iv) as printed.");
    public override Claim Corrected => new Lemma3Corrected();
    public override int CostPerCase => 3;
    public override Lemma3Case Generate(Choices c, Context ctx) => Lemma3Shared.Generate(c, ctx);

    public override Evaluation Evaluate(Lemma3Case x, Context ctx)
    {
        if (x.Part != 2) return Lemma3Shared.Common(x, ctx, ctx.Constant("g-bound", new Rational(3, 10)));
        var th = Angle(x.P.W, x.P.Pop.V);
        var (d, tol) = Lemma3Shared.DgDtheta(x.P);
        if (th == 0 && x.P.Pop.SphericallySymmetric) return Evaluation.Fails(tol, $"θ = 0: g is even in θ, so ∂g/∂θ = 0 (central difference {d:R} ± {tol:G3}), not < 0");
        if (d < -tol) return Evaluation.Holds($"∂g/∂θ = {d:R} ± {tol:G3}");
        if (d > tol) return Evaluation.Fails(d, $"∂g/∂θ = {d:R} ± {tol:G3} > 0");
        return Evaluation.Inconclusive($"∂g/∂θ = {d:R} within ±{tol:G3}");
    }
}

[NotRegistered]
public sealed class Lemma3Corrected : PropertyClaim<Lemma3Case>
{
    public override string Id => "LSZ.Lemma3#corrected";
    public override string Where => "Lemma 3, Appendix A.5";
    public override string Statement => "(i), (ii), (iv) as printed; (iii'): ∂g(‖w‖, θ)/∂θ = −(c₀/π)‖w‖ sin θ for all θ ∈ [0, π] (so < 0 on (0, π)).";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override int CostPerCase => 3;
    public override Lemma3Case Generate(Choices c, Context ctx) => Lemma3Shared.Generate(c, ctx);

    public override Evaluation Evaluate(Lemma3Case x, Context ctx)
    {
        if (x.Part != 2) return Lemma3Shared.Common(x, ctx, new Rational(3, 10));
        var th = Angle(x.P.W, x.P.Pop.V);
        var (d, tol) = Lemma3Shared.DgDtheta(x.P);
        var want = -Lsz.C0(x.P.Pop).Value / Math.PI * Lin.Norm(x.P.W) * Math.Sin(th);
        return Evaluation.Require(Math.Abs(d - want) <= tol, Math.Abs(d - want), $"∂g/∂θ = {d:R} ± {tol:G3}, −(c₀/π)‖w‖ sin θ = {want:R}");
    }
}

public sealed class Prop1 : PropertyClaim<(PointCase P, int Part)>
{
    public override string Id => "LSZ.Prop1";
    public override string Where => "Proposition 1; proof in Appendix A.1";
    public override string Statement => "If φ(x, w) = wᵀx and P(vᵀx = 0) = 0, L is c-Lipschitz (c = E‖x‖), (λ_max(Σ)/4)-smooth, convex, and not strongly convex (∇²L(kv) → 0 as k → ∞).";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population gradient and Hessian (reduced to span{w, v} plus the orthogonal block); not-strongly-convex checked as λ_min(∇²L(kv)) ≤ 10⁻⁶ λ_max(Σ) at k = 10³";
    public override string Trust => "numeric: each inequality with margin 10× the quadrature error of the gradient / Hessian entries";
    public override IReadOnlyList<Hypothesis> Hypotheses =>
    [
        new("no-mass-on-hyperplane", "P({x : vᵀx = 0}) = 0", "half of the mass on the two atoms ±(1, 0) of the hyperplane vᵀx = 0 (mixed with U(S¹))", Expectation.None,
            "the atoms add σ'(0)·zzᵀ to the Hessian, orthogonal to v, so λ_min(∇²L(kv)) (the v direction) still tends to 0; the proof's route fails but the conclusion survives"),
        Lsz.LogitHyp(Expectation.Counterexample, "the exponential loss is neither Lipschitz nor smooth: ‖∇L(w)‖ grows like e^{‖w‖} against v"),
    ];
    public override IReadOnlyList<string> WrongVariants => ["smooth-over-8"];
    public override int CostPerCase => 4;

    public override (PointCase P, int Part) Generate(Choices c, Context ctx)
    {
        var part = c.Int(0, 2);
        if (ctx.Weak("no-mass-on-hyperplane"))
        {
            var pop = new MixturePopulation([(1, new SphericalPopulation(new CircleRadius(), V(2))), (1, new PointsPopulation([[1, 0], [-1, 0]], V(2)))]);
            var a = Norm(c, -2, 2); var th = Theta(c);
            return (new PointCase(pop, Point(2, a, th), $"‖w‖ = {a:R}, θ = {th:R}"), part);
        }
        return (Lsz.RandomPoint(c, ctx, cheap: true, normLo: -2, normHi: 1), part);
    }

    private static (double C, double LambdaMax) LipschitzAndSigma(Population p) => p switch
    {
        SphericalPopulation s => (s.Law.FullMeanNorm, s.Law.FullSecondMoment / s.Dimension),
        MixturePopulation m => (m.Parts.Sum(q => q.Weight * LipschitzAndSigma(q.Part).C), Lin.SymmetricEigenvalues(Sigma(m))[^1]),
        PointsPopulation q => (q.Points.Select((x, i) => q.Weights[i] * Lin.Norm(x)).Sum(), Lin.SymmetricEigenvalues(Sigma(q))[^1]),
        _ => throw new ArgumentException(p.Name),
    };

    private static double[,] Sigma(Population p)
    {
        var d = p.Dimension;
        var s = new double[d, d];
        switch (p)
        {
            case SphericalPopulation sp: for (var i = 0; i < d; i++) s[i, i] = sp.Law.FullSecondMoment / d; break;
            case PointsPopulation q:
                for (var k = 0; k < q.Points.Count; k++) for (var i = 0; i < d; i++) for (var j = 0; j < d; j++) s[i, j] += q.Weights[k] * q.Points[k][i] * q.Points[k][j];
                break;
            case MixturePopulation m:
                foreach (var (wt, part) in m.Parts) { var t = Sigma(part); for (var i = 0; i < d; i++) for (var j = 0; j < d; j++) s[i, j] += wt * t[i, j]; }
                break;
            default: throw new ArgumentException(p.Name);
        }
        return s;
    }

    public override Evaluation Evaluate((PointCase P, int Part) x, Context ctx)
    {
        var (p, part) = x;
        var pop = p.Pop;
        var (c, lmax) = LipschitzAndSigma(pop);
        switch (part)
        {
            case 0:
                {
                    var g = pop.Gradient(p.W);
                    var n = Lin.Norm(g.Value);
                    return Evaluation.Require(n <= c + Lsz.Tol(g.Error, c), n - c, $"‖∇L(w)‖ = {n:R} ≤ c = E‖x‖ = {c:R}");
                }
            case 1:
                {
                    var h = pop.Hessian(p.W);
                    var ev = Lin.SymmetricEigenvalues(h.Value);
                    var beta = (ctx.Is("smooth-over-8") ? 0.125 : 0.25) * lmax;
                    var tol = Lsz.Tol(pop.Dimension * h.Error, beta);
                    var ok = ev[0] >= -tol && ev[^1] <= beta + tol;
                    return Evaluation.Require(ok, Math.Max(-ev[0], ev[^1] - beta), $"eigenvalues of ∇²L(w) = [{string.Join(", ", ev.Select(Lsz.F))}] ⊂ [0, λ_max(Σ)/4 = {beta:R}] (tolerance {tol:G3})");
                }
            default:
                {
                    var w = Lin.Scale(1000, pop.V);
                    var h = pop.Hessian(w);
                    var ev = Lin.SymmetricEigenvalues(h.Value);
                    var lim = 1e-6 * lmax;
                    return Evaluation.Require(ev[0] <= lim + Lsz.Tol(h.Error), ev[0], $"λ_min(∇²L(10³ v)) = {ev[0]:G4} ≤ 10⁻⁶ λ_max(Σ) = {lim:G3}");
                }
        }
    }

    public override string Describe((PointCase P, int Part) x) => $"part {new[] { "Lipschitz", "smooth+convex", "not strongly convex" }[x.Part]}: {x.P}";
}

public sealed class Prop2 : PropertyClaim<(PointCase P, int Part, double Eta)>
{
    public override string Id => "LSZ.Prop2";
    public override string Where => "Proposition 2; proof in Appendix A.2";
    public override string Statement => "If φ(x, w) = wᵀx and P(vᵀx = 0) < 1: (i) vᵀ∇L(w) < 0 for all w; (ii) vᵀw(t) increases under gradient flow; (iii) ‖w(t)‖ is unbounded; (iv) under GD with η_n ≥ η₋ > 0, vᵀw(n) increases and ‖w(n)‖ is unbounded.";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population gradient; (i) at generated points (it is also d(vᵀw)/dt along the flow, so it gives (ii)); (iv) along 12 GD steps with constant η ∈ [10⁻², 10²]";
    public override string Trust => "numeric: strict signs decided with margin 10× the quadrature error; (iii) and the unboundedness in (iv) are asymptotic and not decided on a finite horizon (Remark: the flows of LSZ.Lemma1 show the norm growing)";
    public override IReadOnlyList<Hypothesis> Hypotheses =>
    [
        new("not-all-mass-on-hyperplane", "P({x : vᵀx = 0}) < 1", "all mass on the hyperplane vᵀx = 0 (points ±(1, 0), ±(2, 0) with v = (0, 1))", Expectation.Counterexample, "then y ≡ 1 and vᵀ∇L ≡ 0"),
        Lsz.SymHyp(Expectation.None, "Proposition 2 does not assume symmetry: −vᵀ∇L = E|vᵀx| σ(−y wᵀx) > 0 for any law with mass off the hyperplane"),
    ];
    public override IReadOnlyList<string> WrongVariants => ["claims-positive"];
    public override int CostPerCase => 3;

    public override (PointCase P, int Part, double Eta) Generate(Choices c, Context ctx)
    {
        var part = c.Int(0, 1);
        var eta = Norm(c, -2, 1);
        if (ctx.Weak("not-all-mass-on-hyperplane"))
        {
            var pop = new PointsPopulation([[1, 0], [-1, 0], [2, 0], [-2, 0]], V(2));
            var a = Norm(c); var th = Theta(c);
            return (new PointCase(pop, Point(2, a, th)), part, eta);
        }
        return (Lsz.RandomPoint(c, ctx, cheap: part == 1), part, eta);
    }

    public override Evaluation Evaluate((PointCase P, int Part, double Eta) x, Context ctx)
    {
        var (p, part, eta) = x;
        var pop = p.Pop;
        var s = ctx.Is("claims-positive") ? -1 : 1;
        if (part == 0)
        {
            var g = pop.Gradient(p.W);
            var vg = s * Lin.Dot(pop.V, g.Value);
            return Evaluation.Require(vg < -Lsz.Tol(g.Error), Math.Max(0, vg), $"vᵀ∇L(w) = {vg:R} (error {g.Error:G2})");
        }
        var run = GdRun.Run(pop, p.W, _ => eta, 12);
        for (var n = 0; n + 1 < run.W.Count; n++)
        {
            var inc = s * (Lin.Dot(pop.V, run.W[n + 1]) - Lin.Dot(pop.V, run.W[n]));
            if (!(inc > Lsz.Tol(eta * run.MaxGradError)))
                return Evaluation.Fails(Math.Max(0, -inc), $"GD η = {eta:R}: vᵀw({n + 1}) − vᵀw({n}) = {inc:R}");
        }
        return Evaluation.Holds($"GD η = {eta:R}: vᵀw(n) increased over 12 steps to {Lin.Dot(pop.V, run.W[^1]):R}");
    }

    public override string Describe((PointCase P, int Part, double Eta) x) => x.Part == 0 ? $"(i): {x.P}" : $"(iv) GD with η = {x.Eta:R} from {x.P}";
}

internal static class Prop3Shared
{
    public static (PointCase P, int Part) Generate(Choices c, Context ctx)
    {
        var part = ctx.Weak(Lsz.Sym) ? 0 : c.Int(0, 1);
        if (part == 0) return (Lsz.RandomPoint(c, ctx), 0);
        var pop = Lsz.Pop(c, ctx);
        var a = (c.Bool() ? -1 : 1) * (c.Int(0, 1) == 0 ? c.Int(0, 3) : Norm(c, -2, 2));
        var w = new double[pop.Dimension];
        w[1] = a;
        return (new PointCase(pop, w, $"w = {a:R} v"), 1);
    }

    /// <summary>E_{t∼D_v} h(t) for a symmetric population: the law of t = vᵀx is that of x₁ under D₂.</summary>
    public static Estimate ExpectT(SphericalPopulation p, Func<double, double> h) => p.ExpectReduced(1, 1, 0, (x1, _, _, _) => h(x1));

    public static Evaluation PartI(PointCase p)
    {
        var g = p.Pop.Gradient(p.W);
        var c0 = Lsz.C0(p.Pop);
        var n = Lin.Norm(g.Value);
        return Evaluation.Require(n <= c0.Value + Lsz.Tol(g.Error + c0.Error, c0.Value), n - c0.Value, $"‖∇L(w)‖ = {n:R} ≤ c₀ = {c0}");
    }

    public static Evaluation CompareAtAv(PointCase p, Func<double, double> integrand, double sign, string what)
    {
        var sp = (SphericalPopulation)p.Pop;
        var g = sp.Gradient(p.W);
        var e = ExpectT(sp, integrand);
        var want = Lin.Scale(sign * e.Value, sp.V);
        var diff = Lin.Norm(Lin.Sub(g.Value, want));
        var tol = Lsz.Tol(g.Error + e.Error, Lin.Norm(want));
        return Evaluation.Require(diff <= tol, diff, $"∇L(w) = {Vec(g.Value)}, {what} = {Vec(want)}, ‖difference‖ = {diff:G3}, tolerance {tol:G3}");
    }
}

public sealed class Prop3 : PropertyClaim<(PointCase P, int Part)>
{
    public override string Id => "LSZ.Prop3";
    public override string Where => "Proposition 3 (restated as Proposition 5 in Appendix A.3)";
    public override string Statement => "Under Assumption 1: (i) ‖∇L(w)‖ ≤ c₀; (ii) ∇L(av) = E_{t∼D_v} |t|/(1 + e^{|t|}) v (Prop 5: e^{a|t|}); (iii) vᵀw(t) → ∞; (iv) vᵀw(n) → ∞ under GD with η_n ≥ η₋ > 0.";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population gradient; (ii) at w = a v, a ∈ {0, ±1, ±2, ±3} and ±[10⁻², 10³)";
    public override string Trust => "numeric: 10× quadrature error; (iii)-(iv) are limits and are not decided on a finite horizon (the GD and flow runs of LSZ.Thm2 and LSZ.Lemma1 show vᵀw growing)";
    public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.None, "(i) is the triangle inequality ‖E y x σ(·)‖ ≤ E‖x‖ = c₀ for any planar law (D₂ = D in R²)")];
    public override IReadOnlyList<string> WrongVariants => ["bound-c0-over-2"];
    public override Verdict Expected => Verdict.Fails;
    public override Finding Finding => new(
        "Part (ii) has the wrong sign (in both the main-text and the appendix versions; the main text also drops the factor a in the exponent): by Eq. (2), ∇L(av) = −E y x/(1 + e^{a y vᵀx}) = −E_{t∼D_v} |t|/(1 + e^{a|t|}) v, which points against v (Prop 2(i): vᵀ∇L < 0). The appendix's Eq. (20) drops the minus sign of Eq. (2).",
        "x ∼ U(S¹), v = (0, 1), w = 0: ∇L(0) = −(1/π) v, the printed formula gives +E|t|/(1 + e^{|t|}) v ≈ +0.236 v",
        "∇L(av) = −E_{t∼D_v}[|t|/(1 + e^{a|t|})] v for every real a; (i) as printed.");
    public override Claim Corrected => new Prop3Corrected();
    public override int CostPerCase => 2;
    public override (PointCase P, int Part) Generate(Choices c, Context ctx) => Prop3Shared.Generate(c, ctx);

    public override Evaluation Evaluate((PointCase P, int Part) x, Context ctx)
    {
        if (x.Part == 0)
        {
            if (!ctx.Is("bound-c0-over-2")) return Prop3Shared.PartI(x.P);
            var g = x.P.Pop.Gradient(x.P.W);
            var half = Lsz.C0(x.P.Pop).Value / 2;
            var n = Lin.Norm(g.Value);
            return Evaluation.Require(n <= half, n - half, $"‖∇L‖ = {n:R} ≤ c₀/2 = {half:R}");
        }
        return Prop3Shared.CompareAtAv(x.P, t => Math.Abs(t) / (1 + Math.Exp(Math.Abs(t))), +1, "printed E|t|/(1 + e^{|t|}) v");
    }

    public override string Describe((PointCase P, int Part) x) => $"part ({(x.Part == 0 ? "i" : "ii")}): {x.P}";
}

[NotRegistered]
public sealed class Prop3Corrected : PropertyClaim<(PointCase P, int Part)>
{
    public override string Id => "LSZ.Prop3#corrected";
    public override string Where => "Proposition 3 / 5";
    public override string Statement => "(i) ‖∇L(w)‖ ≤ c₀; (ii') ∇L(av) = −E_{t∼D_v}[|t|/(1 + e^{a|t|})] v.";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override int CostPerCase => 2;
    public override (PointCase P, int Part) Generate(Choices c, Context ctx) => Prop3Shared.Generate(c, ctx);

    public override Evaluation Evaluate((PointCase P, int Part) x, Context ctx)
    {
        if (x.Part == 0) return Prop3Shared.PartI(x.P);
        var a = Lin.Dot(x.P.W, x.P.Pop.V);
        return Prop3Shared.CompareAtAv(x.P, t => Math.Abs(t) / (1 + Math.Exp(a * Math.Abs(t))), -1, "−E|t|/(1 + e^{a|t|}) v");
    }
}

public sealed class Eq21 : PropertyClaim<(Population Pop, double Alpha)>
{
    public override string Id => "LSZ.Eq21";
    public override string Where => "Appendix A.3, proof of Proposition 3 (iii)-(iv), Eq. (21)";
    public override string Statement => "For w = αv + βz with z ⊥ v, ‖z‖ = 1: lim_{β→+∞} −vᵀ∇L(w) = E[|vᵀx| 1{(zᵀx)(vᵀx) ≤ 0}] = c₀/π.";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population gradient at β = 10², 10³, 10⁴, 10⁵ (quadrature split at the sharp transition zᵀx = 0), α ∈ [−2, 2]";
    public override string Trust => "numeric, a limit: holds when |f(10⁵) − c₀/π| ≤ 10⁻³ c₀/π and the error shrinks at least 3× per decade from 10³ to 10⁵ (observed O(1/β)); quadrature errors are ≤ 1e−10";
    public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.Counterexample, "the value c₀/π uses symmetry; for an anisotropic law the limit differs from E‖x‖/π")];
    public override IReadOnlyList<string> WrongVariants => ["c0-over-2pi"];
    public override int CostPerCase => 4;

    public override (Population Pop, double Alpha) Generate(Choices c, Context ctx) => (Lsz.Pop(c, ctx), c.SmallRational(8, 4).ToDouble() / 2);

    public override Evaluation Evaluate((Population Pop, double Alpha) x, Context ctx)
    {
        var (pop, alpha) = x;
        var c0 = Lsz.C0(pop).Value;
        var target = (ctx.Is("c0-over-2pi") ? 0.5 : 1) * c0 / Math.PI;
        var errs = new List<double>();
        foreach (var k in new[] { 2, 3, 4, 5 })
        {
            var w = Lin.Axpy(alpha, pop.V, Lin.Scale(Math.Pow(10, k), U(pop.Dimension)));
            var g = pop.Gradient(w);
            errs.Add(-Lin.Dot(pop.V, g.Value) - target);
        }
        var detail = $"−vᵀ∇L(αv + βz) − target at β = 10²…10⁵: [{string.Join(", ", errs.Select(e => e.ToString("G3")))}], target {target:R}";
        var ok = Math.Abs(errs[3]) <= 1e-3 * target && Math.Abs(errs[3]) * 3 <= Math.Abs(errs[2]) + 1e-12 && Math.Abs(errs[2]) * 3 <= Math.Abs(errs[1]) + 1e-12;
        return Evaluation.Require(ok, Math.Abs(errs[3]), detail);
    }

    public override string Describe((Population Pop, double Alpha) x) => $"{x.Pop.Name}, v = {Vec(x.Pop.V)}, z = {Vec(U(x.Pop.Dimension))}, α = {x.Alpha:R}";
}

public sealed class Remark2 : PropertyClaim<(Population Pop, double A)>
{
    public override string Id => "LSZ.Remark2";
    public override string Where => "Remark 2 (from Proposition 3 (ii))";
    public override string Statement => "If w(t) ∥ v then ∇L(w(t)) ∥ v, so a gradient flow started parallel to v stays parallel to v (including w = 0).";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population gradient at w(0) = a v, a ∈ [−10, 10]; gradient flow over t ∈ [0, 5]";
    public override string Trust => "numeric: the component of ∇L(av) orthogonal to v is ≤ 10× its quadrature error, and the orthogonal part of w(t) stays below 10× the achieved state accuracy of the flow";
    public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.Counterexample, "for an anisotropic law whose axes are not aligned with v, ∇L(av) has a component orthogonal to v")];
    public override IReadOnlyList<string> WrongVariants => ["tilted-start"];
    public override int CostPerCase => 3;

    public override (Population Pop, double A) Generate(Choices c, Context ctx) => (Lsz.Pop(c, ctx, cheap: true), c.SmallRational(10, 4).ToDouble());

    public override Evaluation Evaluate((Population Pop, double A) x, Context ctx)
    {
        var (pop, a) = x;
        var w0 = Lin.Scale(a, pop.V);
        if (ctx.Is("tilted-start")) w0[0] += 1e-3;
        var g = pop.Gradient(w0);
        var perpG = Lin.Norm(Lin.Axpy(-Lin.Dot(g.Value, pop.V), pop.V, g.Value));
        if (perpG > Lsz.Tol(g.Error)) return Evaluation.Fails(perpG, $"‖(I − vvᵀ)∇L(av)‖ = {perpG:G3} (error {g.Error:G2})");
        var tr = Flows.GradientFlow(pop, w0, 5, new OdeOptions(1e-10, 1e-12));
        var worst = tr.Ode.Y.Max(w => Lin.Norm(Lin.Axpy(-Lin.Dot(w, pop.V), pop.V, w)));
        var tol = Lsz.Tol(tr.StateError);
        return Evaluation.Require(worst <= tol, worst, $"max_t ‖(I − vvᵀ)w(t)‖ = {worst:G3}, tolerance {tol:G3}; w(5) = {Vec(tr.Ode.Last)}");
    }

    public override string Describe((Population Pop, double A) x) => $"{x.Pop.Name}, v = {Vec(x.Pop.V)}, w(0) = {x.A:R} v";
}

// ───────────────────────────── calculus lemmas ─────────────────────────────

/// <summary>h(t) = s·(t − T)^k · (1 + b (t − c)²) with k ∈ {1, 2} and s = ±1 (k = 1, s = 1 as printed; no root when
/// <see cref="NoRoot"/>, h = −(1 + b(t − c)²)).</summary>
public sealed record Lemma10Case(Rational Root, Rational B, Rational C, int Power, int Sign, bool NoRoot)
{
    public Rational H(Rational t)
    {
        var q = 1 + B * (t - C) * (t - C);
        if (NoRoot) return -q;
        var f = t - Root;
        return Sign * (Power == 1 ? f : f * f) * q;
    }

    public override string ToString() => NoRoot ? $"h(t) = −(1 + {B}(t − {C})²)" : $"h(t) = {(Sign < 0 ? "−" : "")}(t − {Root}){(Power == 2 ? "²" : "")}·(1 + {B}(t − {C})²)";
}

public sealed class Lemma10 : PropertyClaim<Lemma10Case>
{
    public override string Id => "LSZ.Lemma10";
    public override string Where => "Lemma 10 (Appendix A.6), proof in A.6.1";
    public override string Statement => "If h is differentiable on [0, ∞) and h(t₀) = 0 ⇒ h'(t₀) > 0, then with T = inf{t : h(t) ≥ 0}: h(t) < 0 for t < T and h(t) ≥ 0 for t ≥ T.";
    public override ClaimKind Kind => ClaimKind.Exact;
    public override string Arithmetic => "rational";
    public override string Setting => "polynomials h(t) = (t − T)(1 + b(t − c)²) (hypothesis (33) holds: the only root is simple with slope 1 + b(T − c)² > 0) and h = −(1 + b(t − c)²) (no root); T, b, c rational, T on the grid";
    public override string Trust => "decided exactly in rationals on the grid t = k/16, k = 0 … 160 (T found as the first grid point with h ≥ 0; a sign check on a grid, not a proof for every real t)";
    public override IReadOnlyList<Hypothesis> Hypotheses =>
    [
        new("bounce-condition", "h(t₀) = 0 ⇒ h'(t₀) > 0 (Eq. (33))", "h = −(t − T)²(1 + b(t − c)²) (a root with h' = 0) or h = −(t − T)(…) (a root with h' < 0)", Expectation.Counterexample,
            "a double root touches 0 and returns below: h < 0 right after T"),
    ];
    public override IReadOnlyList<string> WrongVariants => ["strict-after"];

    public override Lemma10Case Generate(Choices c, Context ctx)
    {
        var root = new Rational(c.Int(0, 80), 8);
        var b = c.NonNegativeRational(6, 4);
        var cc = c.SmallRational(20, 4);
        if (ctx.Weak("bounce-condition")) return c.Bool() ? new(root, b, cc, 2, -1, false) : new(root, b, cc, 1, -1, false);
        return new(root, b, cc, 1, 1, c.Int(0, 5) == 0);
    }

    public override Evaluation Evaluate(Lemma10Case x, Context ctx)
    {
        var grid = Enumerable.Range(0, 161).Select(k => new Rational(k, 16)).ToList();
        var tIdx = grid.FindIndex(t => x.H(t) >= 0);
        for (var i = 0; i < grid.Count; i++)
        {
            var h = x.H(grid[i]);
            var before = tIdx < 0 || i < tIdx;
            if (before && h >= 0) return Evaluation.Fails(h.ToDouble(), $"h({grid[i]}) = {h} ≥ 0 before T");
            var strict = ctx.Is("strict-after");
            if (!before && (strict ? h <= 0 : h < 0)) return Evaluation.Fails(Math.Abs(h.ToDouble()) + 1e-300, $"h({grid[i]}) = {h} {(strict ? "≤" : "<")} 0 after T = {grid[tIdx]}");
        }
        return Evaluation.Holds(tIdx < 0 ? "h < 0 on the whole grid (T beyond the grid)" : $"T = {grid[tIdx]}: the sign pattern holds on the grid");
    }
}

/// <summary>f(t) = p + q sin²(r t) (positive for p > 0), θ(0) = θ₀.</summary>
public sealed record Lemma11Case(double P, double Q, double R, double Theta0)
{
    public double F(double t) { var s = Math.Sin(R * t); return P + Q * s * s; }
    /// <summary>∫₀ᵗ f = p t + q (t/2 − sin(2rt)/(4r)).</summary>
    public double IntF(double t) => P * t + Q * (t / 2 - (R == 0 ? t / 2 : Math.Sin(2 * R * t) / (4 * R)));
    public override string ToString() => $"f(t) = {P:R} + {Q:R} sin²({R:R} t), θ₀ = {Theta0:R}";
}

public sealed class Lemma11 : PropertyClaim<Lemma11Case>
{
    public override string Id => "LSZ.Lemma11";
    public override string Where => "Lemma 11 (Appendix A.6.1)";
    public override string Statement => "If f : [0, ∞) → (0, ∞) is continuous and ∂cos θ(t)/∂t = f(t) sin²θ(t), θ(0) = θ₀ ∉ {0, π}, then θ(t) ∉ {0, π} and ∂cos θ(t)/∂t > 0 for all t; the solution is ½ ln((1 + cos θ)/(1 − cos θ)) − ½ ln((1 + cos θ₀)/(1 − cos θ₀)) = ∫₀ᵗ f.";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "c = cos θ integrated from c' = f(t)(1 − c²) on [0, 5] with the Dormand-Prince pair (rtol 1e−11); f(t) = p + q sin²(rt)";
    public override string Trust => "numeric: artanh c(t) − artanh c₀ vs ∫f within 10 × (Σ local errors)/(1 − c²) ; signs with margin";
    public override IReadOnlyList<Hypothesis> Hypotheses =>
    [
        new("theta0-interior", "θ₀ ≠ 0, π", "θ₀ ∈ {0, π}", Expectation.Counterexample, "then sin θ ≡ 0 and cos θ is constant: ∂cos θ/∂t = 0, not > 0"),
        new("f-positive", "f > 0", "f(t) = q sin²(rt) ≥ 0 with zeros", Expectation.Counterexample, "at a zero of f, ∂cos θ/∂t = 0"),
    ];
    public override IReadOnlyList<string> WrongVariants => ["solution-without-half"];
    public override int CostPerCase => 2;

    public override Lemma11Case Generate(Choices c, Context ctx)
    {
        var p = ctx.Weak("f-positive") ? 0 : c.In(Interval.OpenClosed(0, 2), 8).ToDouble();
        var q = c.In(Interval.Closed(0, 2), 8).ToDouble() + (ctx.Weak("f-positive") ? 0.5 : 0);
        var r = c.Int(0, 4) * 0.75;
        var th = ctx.Weak("theta0-interior") ? (c.Bool() ? Math.PI : 0) : Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble();
        return new(p, q, r, th);
    }

    public override Evaluation Evaluate(Lemma11Case x, Context ctx)
    {
        var c0 = x.Theta0 == Math.PI ? -1.0 : x.Theta0 == 0 ? 1.0 : Math.Cos(x.Theta0);
        var sol = DormandPrince.Integrate((t, y) => [x.F(t) * (1 - y[0] * y[0])], 0, [c0], 5, new OdeOptions(1e-11, 1e-13, MaxStep: 0.05));
        var err = sol.SumLocalError;
        for (var i = 0; i < sol.T.Count; i++)
        {
            var t = sol.T[i];
            var c = sol.Y[i][0];
            var dc = sol.F[i][0];
            if (!(dc > 0)) return Evaluation.Fails(Math.Max(1e-300, -dc), $"t = {t:R}: ∂cos θ/∂t = {dc:R}, not > 0 (cos θ = {c:R})");
            if (Math.Abs(c) >= 1) return Evaluation.Fails(Math.Abs(c) - 1 + 1e-300, $"t = {t:R}: cos θ = {c:R} reached ±1");
            var lhs = Math.Atanh(c) - Math.Atanh(c0);
            var rhs = (ctx.Is("solution-without-half") ? 2 : 1) * x.IntF(t);
            var tol = 10 * err / (1 - c * c) + 1e-12 * Math.Max(1, Math.Abs(lhs));
            if (Math.Abs(lhs - rhs) > tol) return Evaluation.Fails(Math.Abs(lhs - rhs), $"t = {t:R}: artanh cos θ(t) − artanh cos θ₀ = {lhs:R}, ∫f = {rhs:R}, tolerance {tol:G3}");
        }
        return Evaluation.Holds($"{sol.T.Count} steps, Σ local errors {err:G3}, cos θ(5) = {sol.Last[0]:R}");
    }
}

// ───────────────────────────── gradient flow, logistic regression ─────────────────────────────

/// <summary>Central differences of functions of w(t) along the gradient flow (forward and backward integration).</summary>
internal static class FlowDiff
{
    /// <summary>(q(w(h)) − q(w(−h)))/2h for h and h/2, with the state error of the flows.</summary>
    public static (double Dh, double Dh2, double StateErr) Central(Func<double[], double[]> field, double[] w0, Func<double[], double> q, double h)
    {
        var o = new OdeOptions(1e-12, 1e-14, InitialStep: h / 8);
        double D(double s, out double e)
        {
            var fw = DormandPrince.Integrate((_, w) => field(w), 0, w0, s, o);
            var bw = DormandPrince.Integrate((_, w) => Lin.Scale(-1, field(w)), 0, w0, s, o);
            e = fw.SumLocalError + bw.SumLocalError;
            return (q(fw.Last) - q(bw.Last)) / (2 * s);
        }
        var d1 = D(h, out var e1);
        var d2 = D(h / 2, out var e2);
        return (d1, d2, Math.Max(e1, e2) / (h / 2));
    }
}

public sealed class Eq4 : PropertyClaim<PointCase>
{
    public override string Id => "LSZ.Eq4";
    public override string Where => "Section 3.3, Eq. (4)";
    public override string Statement => "Under gradient flow, ∂cos θ(t)/∂t = −(1/‖w(t)‖)·(v − (w̄(t)ᵀv) w̄(t))ᵀ∇L(w(t)).";
    public override ClaimKind Kind => ClaimKind.Numeric;
    public override string Arithmetic => "double";
    public override string Setting => "population gradient flow integrated forward and backward from w over ±h, h = 10⁻², 5·10⁻³ (Dormand-Prince, rtol 1e−12)";
    public override string Trust => "numeric: |formula − D(h/2)| ≤ |D(h) − D(h/2)| (Richardson estimate of the truncation) + 10 × (ODE error/h + quadrature error)";
    public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.None, "Eq. (4) is the chain rule for cos θ = vᵀw/‖w‖; it holds for any data")];
    public override IReadOnlyList<string> WrongVariants => ["no-one-over-norm"];
    public override int CostPerCase => 8;
    public override PointCase Generate(Choices c, Context ctx) => Lsz.RandomPoint(c, ctx, cheap: true, normLo: -1, normHi: 1);

    public override Evaluation Evaluate(PointCase x, Context ctx)
    {
        var pop = x.Pop;
        var (d1, d2, se) = FlowDiff.Central(w => Lin.Scale(-1, pop.Gradient(w).Value), x.W, w => Lin.Cos(w, pop.V), 1e-2);
        var g = pop.Gradient(x.W);
        var n = Lin.Norm(x.W);
        var formula = -(ctx.Is("no-one-over-norm") ? 1 : 1 / n) * Lin.Dot(Lin.ProjectOut(x.W, pop.V), g.Value);
        var tol = Math.Abs(d1 - d2) + Lsz.Tol(se / n + g.Error / n, formula);
        return Evaluation.Require(Math.Abs(formula - d2) <= tol, Math.Abs(formula - d2), $"Eq. (4) = {formula:R}, central difference {d2:R} (h: {d1:R}), tolerance {tol:G3}");
    }
}

public sealed class Eq7 : PropertyClaim<PointCase>
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
        var (d1, d2, se) = FlowDiff.Central(w => Lin.Scale(-1, pop.Gradient(w).Value), x.W, w => 0.5 * Lin.Dot(w, w), 1e-2);
        var g = pop.G(x.W);
        var gv = ctx.Is("plus-sign") ? -g.Value : g.Value;
        var tol = Math.Abs(d1 - d2) + Lsz.Tol(se * Lin.Norm(x.W) + g.Error, gv);
        if (Math.Abs(gv - d2) > tol) return Evaluation.Fails(Math.Abs(gv - d2), $"−wᵀ∇L = {gv:R}, ½ d‖w‖²/dt ≈ {d2:R}, tolerance {tol:G3}");
        if (pop is SphericalPopulation sp)
        {
            var (a, c, s, _, _) = sp.Frame(x.W);
            var e = sp.ExpectReduced(a, c, s, (x1, _, y, _) => y * a * x1 / (1 + Math.Exp(y * a * x1)));
            if (Math.Abs(e.Value - g.Value) > Lsz.Tol(e.Error + g.Error, g.Value)) return Evaluation.Fails(Math.Abs(e.Value - g.Value), $"E y wᵀx/(1 + e^(y wᵀx)) = {e} vs −wᵀ∇L = {g}");
        }
        return Evaluation.Holds($"g = {gv:R}, ½ d‖w‖²/dt ≈ {d2:R}, tolerance {tol:G3}");
    }
}
