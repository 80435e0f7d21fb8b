using Verification.Arithmetic;
using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Numerics;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Spec;

// Section 4.2 of the paper, technical lemmas: Lemmas 7 and 8, with Eqs. (39) and (41) of the proof of Lemma 8 (Appendix B.2).
public static partial class Lsz
{
    public sealed class Lemma7 : PropertyClaim<LayersCase>
    {
        public override string Id => "LSZ.Lemma7";
        public override string Where => "Lemma 7, Eq. (16) (proof in Appendix B.1)";
        public override string Statement => "Under Assumption 1 and balancedness, if w_e(t) ≠ 0: ∂cos θ(w_e(t), v)/∂t = (c₀ sin²θ/π)·‖w_e(t)‖^{1−2/N}.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "layer-wise velocity of w_e (product rule, not Eq. (14)) at Arora-balanced initialisations, N ∈ {1, …, 6}, " +
            "spherically symmetric laws (circles, Gaussians in R²–R¹⁰, mixtures, U(S²)), θ ∈ [0, π] with 0 and π exactly (both sides 0); ∂cos " +
            "θ/∂t = (v − (w̄ᵀv)w̄)ᵀẇ_e/‖w_e‖";
        public override string Trust => "numeric: 10 × quadrature error propagated through ‖w_e‖^{2−2/N}";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "uses Lemma 2"),
            new("balanced", "Eq. (13) (as Arora's W_{j+1}ᵀW_{j+1} = W_jW_jᵀ)", "the Section 5 construction with ‖w_e(0)‖ ≠ 1 (unbalanced)",
                Expectation.Counterexample, "the angular speed then carries the wrong power of ‖w_e‖"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["exponent-2-over-N"];
        public override int CostPerCase => 2;

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            .. Sec4.Classes(zero: true, pi: true, nearPi: true, 1, 6),
            new("hidden-off-plane", "Eq. (13): any hidden width d; the hidden units need not lie in span{w_e, v}", 0.05, "u_j with a third component (d ≥ 3)"),
        ];

        public override IEnumerable<string> Classify(LayersCase x)
        {
            foreach (var k in Sec4.FlowClasses(new FlowCase(x.Pop, x.We, x.N))) yield return k;
            if (Sec4.OffPlane(x.Layers)) yield return "hidden-off-plane";
        }

        public override LayersCase Generate(Choices c, Context ctx)
        {
            var pop = Sec4.Population(c, ctx);
            var d = pop.Dimension;
            // N = 1 (the linear model) has no balancedness to weaken
            var n = ctx.Weak("balanced") ? c.Int(2, 6) : c.Int(1, 6);
            // the four special θ(0) (0, π, 10⁻ᵏ, π − 10⁻ᵏ) one case in six each, the rest from Angle0: each of their 3% classes met in ci's
            // 30 cases (Angle0's own one in eight missed one of them there)
            var special = c.Int(0, 5);
            var th = special switch
            {
                0 => 0,
                1 => Math.PI,
                2 => Math.Pow(10, -c.Int(1, 8)),
                3 => Math.PI - Math.Pow(10, -c.Int(1, 8)),
                _ => Sec4.Angle0(c, zero: true, pi: true, nearPiDigits: 8),
            };
            var a = ctx.Weak("balanced") ? 1.5 + c.Int(0, 4) * 0.5 : Norm(c, -2, 1);
            var we = Sec4.Start(d, a, th);
            var units = Sec4.Units(c, d, n - 1);
            return ctx.Weak("balanced") ? new(pop, Flows.PaperInit(we, units), "Section 5 initialisation") : new(pop, Flows.BalancedInit(we, n, units),
                "Arora-balanced initialisation");
        }

        public override Evaluation Evaluate(LayersCase x, Context ctx)
        {
            var we = x.We;
            var g = x.Pop.Gradient(we);
            var vel = Deep.EndToEndVelocity(x.Layers, g.Value);
            var nrm = Vec.Norm(we);
            var lhs = Vec.Dot(Vec.ProjectOut(we, x.Pop.V), vel) / nrm;
            var c0 = Lsz.C0(x.Pop);
            var expo = ctx.Is("exponent-2-over-N") ? 2.0 / x.N : 1 - 2.0 / x.N;
            var rhs = c0.Value * Lsz.Sin2(we, x.Pop.V) / Math.PI * Math.Pow(nrm, expo);
            return Judge(lhs, rhs, x.N, nrm, g.Error + c0.Error);
        }

        /// <summary>Eq. (16)'s two sides equal up to 10× their error: the quadrature errors of ∇L and c₀ enter the velocity through N
        /// layer products of size ‖w_e‖^{2−2/N}, divided by ‖w_e‖ (a factor 4 covers sin²θ ≤ 1 and the product rule's cross terms).</summary>
        internal static Evaluation Judge(double lhs, double rhs, int n, double norm, double quadratureError)
        {
            var tol = Lsz.Tol(n * Math.Pow(norm, 1 - 2.0 / n) * quadratureError * 4, rhs);
            return Evaluation.Require(Math.Abs(lhs - rhs) <= tol, Math.Abs(lhs - rhs), $"∂cos θ/∂t = {lhs:R}, (c₀ sin²θ/π)‖w_e‖^(1−2/N) = {rhs:R}, " +
                $"tolerance {tol:G3}");
        }
    }

    /// <summary>The case of Lemma 8: a start of the induced flow and part (i) (norm bounds) or (ii) (the bounce).</summary>
    public sealed record FlowPartCase(FlowCase F, int Part)
    {
        public override string ToString() => $"part ({(Part == 0 ? "i" : "ii")}): {F}";
    }

    public sealed class Lemma8 : PropertyClaim<FlowPartCase>
    {
        public override string Id => "LSZ.Lemma8";
        public override string Where => "Lemma 8, Eq. (17) (proof in Appendix B.2)";
        public override string Statement => "Under Assumption 1 and Eq. (13), w_e(0) ≠ 0: (i) for N > 2, (‖w_e(0)‖^{2/N} + 0.6t)^{N/2} ≥ ‖w_e(t)‖ ≥ " +
            "(‖w_e(0)‖^{2/N−1} + (N−2)c₀t)^{−N/(N−2)} > 0; (ii) if ∂‖w_e(t₀)‖²/∂t = 0 with w_e(t₀) ≠ 0 then ∂g(w_e(t₀))/∂t > 0.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "(i) induced flow (14), N ∈ {3, …, 6}, horizon 15, every accepted step, θ(0) ∈ [0, π] with 0 and π exactly " +
            "(on −v the norm tends to 0 and the lower bound is the one at stake); (ii) points with g(w) = 0 found by Brent's method in ‖w‖ at " +
            "θ ∈ (0, π/2), N ∈ {1, …, 6}: dg/dt = ∇g·ẇ_e with ∇g = −(∇L + ∇²L w) (population Hessian); spherically symmetric laws (circles, " +
            "Gaussians in R²–R¹⁰, mixtures, U(S²))";
        public override string Trust => "(i) numeric with margin 10 × state error on t ≤ 15; (ii) numeric, sign decided with margin 10 × the " +
            "Hessian/gradient " +
            "quadrature errors (the root of g is located to 1e−13 relative)";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.Counterexample, "part (ii) rests on Lemma 3 (iii), which needs " +
            "symmetry")];
        public override IReadOnlyList<string> WrongVariants => ["upper-zero-slope"];
        public override int CostPerCase => 6; // 200/6 ≥ 30 cases at ci before the LSZ floors: enough to visit every coverage class

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            .. Sec4.Classes(zero: true, pi: true, nearPi: true, 1, 6),
            new("part-i", "Lemma 8 (i): the norm bounds of Eq. (17), N > 2", 0.3, "a trajectory"),
            new("part-ii", "Lemma 8 (ii): a point with ∂‖w_e‖²/∂t = 0", 0.2, "a root of g"),
        ];

        public override IEnumerable<string> Classify(FlowPartCase x) =>
            Sec4.FlowClasses(x.F)
                .Where(k => x.Part == 0 || !(k.StartsWith("theta0", StringComparison.Ordinal) || k.StartsWith("norm-", StringComparison.Ordinal)))
                .Append(x.Part == 0 ? "part-i" : "part-ii");

        public override FlowPartCase Generate(Choices c, Context ctx)
        {
            // part (i) two cases in three: its starts carry the seven θ(0), depth and norm classes
            var part = ctx.Weak(Lsz.Sym) || c.Int(0, 2) == 2 ? 1 : 0;
            var f = part == 0 ? Sec4.Flow(c, ctx, 3, 6, zero: true, pi: true, nearPiDigits: 8) : Sec4.Flow(c, ctx, 1, 6);
            // part (ii) at N = 1 or 2 one case in two: N-1 and N-2 (5% each) come from part (ii) only
            if (part == 1 && c.Bool()) f = f with { Depth = c.Int(1, 2) };
            // one part-(i) start in six on −v (there ‖w_e‖ → 0 for ever and the lower bound of Eq. (17) is the one at stake), one on +v,
            // one at θ(0) = π − 10⁻ᵏ, one at 10⁻ᵏ: the four θ(0) classes must meet their 3% in 30 cases at ci, whatever Sec4.Flow's angle
            // draw gives
            var axis = part == 0 ? c.Int(0, 5) : 4;
            if (axis < 2) f = f with { W0 = Vec.Scale((axis == 0 ? -1 : 1) * Vec.Norm(f.W0), f.Pop.V) };
            if (axis is 2 or 3)
            {
                var small = Math.Pow(10, -c.Int(1, 8));
                f = f with { W0 = Sec4.Start(f.Pop.Dimension, Vec.Norm(f.W0), axis == 2 ? Math.PI - small : small) };
            }
            return new(f, part);
        }

        public override Evaluation Evaluate(FlowPartCase x, Context ctx)
        {
            var (f, part) = x;
            var pop = f.Pop;
            var c0 = Lsz.C0(pop).Value;
            var n = f.Depth;
            if (part == 0)
            {
                var tr = Flows.InducedFlow(pop, n, f.W0, 15, DeepRun.Options);
                return CheckNormBounds(tr.Ode.T, tr.Ode.Y, tr.StateError, Vec.Norm(f.W0), n, c0, ctx.Is("upper-zero-slope") ? 0 : 0.6);
            }
            var th = BounceAngle(Angle(f.W0, pop.V));
            double G(double a) => pop.G(Point(pop.Dimension, a, th)).Value;
            if (RootOnRay(G) is not { } root) return Evaluation.Inconclusive($"no sign change of g along θ = {th:R}");
            var w = Point(pop.Dimension, root, th);
            var grad = pop.Gradient(w);
            var h = pop.Hessian(w);
            var gradG = Vec.Scale(-1, Vec.Axpy(1, LinearAlgebra.MatVec(h.Value, w), grad.Value));
            var wdot = Flows.InducedField(grad.Value, w, n);
            var dg = Vec.Dot(gradG, wdot);
            var tol2 = BounceTolerance(grad.Error, h.Error, pop.Dimension, Vec.Norm(w), Vec.Norm(wdot), Vec.Norm(gradG), n, dg, G(root));
            return Evaluation.Require(dg > tol2, Math.Max(0, -dg), $"g(w) = 0 at ‖w‖ = {Vec.Norm(w):R}, θ = {th:R}, N = {n}: ∂g/∂t = {dg:R} (tolerance " +
                $"{tol2:G3})");
        }

        /// <summary>Part (ii)'s angle from the start's θ(0) ∈ [0, π]: acute and positive (between 0.01 and 0.98·π/2 + 0.01 &lt; π/2), where
        /// Lemma 3 puts a root of g on the ray.</summary>
        internal static double BounceAngle(double theta0) => Math.Min(theta0, Math.PI - theta0) * 0.98 + 0.01;

        /// <summary>The root of g along a ray (Lemma 3: g &gt; 0 near the origin, &lt; 0 far out at an acute angle): doubling ‖w‖
        /// from 10⁻³ while g &gt; 0 and ‖w‖ &lt; 10⁴, then Brent's method (MathNet) to 10⁻¹³ relative; null without a sign change or
        /// when Brent's method does not converge (no made-up root).</summary>
        internal static double? RootOnRay(Func<double, double> g)
        {
            double lo = 1e-3, hi = 1e-3;
            while (g(hi) > 0 && hi < 1e4) hi *= 2;
            if (g(hi) > 0 || g(lo) < 0) return null;
            if (g(hi) == 0) return hi; // Brent's method wants a bracket of positive width
            return MathNet.Numerics.RootFinding.Brent.TryFindRoot(g, lo, hi, 1e-13 * hi, 200, out var r) ? r : null;
        }

        /// <summary>The error of dg/dt = ∇g·ẇ_e to first order, times 10: ∇g = −(∇L + ∇²L w) carries ∇L's error and d entries' Hessian
        /// error times ‖w‖, times ‖ẇ_e‖; ẇ_e = −N‖w‖^{2−2/N}(…)∇L carries N‖w‖^{2−2/N} times ∇L's error, times ‖∇g‖; plus 10³ × the
        /// residual g at the located root (dg is taken there, not at the exact root).</summary>
        internal static double BounceTolerance(double gradError, double hessianError, int dim, double norm, double normWdot, double normGradG, int n,
            double dg, double residual) =>
            Lsz.Tol((gradError + dim * hessianError * norm) * normWdot + normGradG * n * gradError * Math.Pow(norm, 2 - 2.0 / n), dg)
            + Math.Abs(residual) * 1e3;

        /// <summary>Eq. (17)'s bounds on ‖w_e(t)‖ for N &gt; 2: below (‖w_e(0)‖^{2/N−1} + (N−2)c₀t)^{−N/(N−2)}, above
        /// (‖w_e(0)‖^{2/N} + 0.6t)^{N/2} (the slope 0.6 as printed; the wrong variant passes 0).</summary>
        internal static (double Lo, double Up) NormBounds(double n0, int n, double c0, double t, double slope) =>
            (Math.Pow(Math.Pow(n0, 2.0 / n - 1) + (n - 2) * c0 * t, -n / (n - 2.0)), Math.Pow(Math.Pow(n0, 2.0 / n) + slope * t, n / 2.0));

        /// <summary>Part (i) on a trajectory: every sample inside Eq. (17)'s bounds up to 10 × the state error (+10⁻¹² relative).</summary>
        internal static Evaluation CheckNormBounds(IReadOnlyList<double> ts, IReadOnlyList<double[]> ws, double stateError, double n0, int n, double c0,
            double slope)
        {
            for (var i = 0; i < ts.Count; i++)
            {
                var t = ts[i];
                var nw = Vec.Norm(ws[i]);
                var (lo, up) = NormBounds(n0, n, c0, t, slope);
                var tol = 10 * stateError + 1e-12 * nw;
                if (nw > up + tol || nw < lo - tol) return Evaluation.Fails(Math.Max(nw - up, lo - nw), $"t = {t:R}: ‖w_e‖ = {nw:R} not in [{lo:R}, " +
                    $"{up:R}]");
            }
            return Evaluation.Holds($"‖w_e(15)‖ = {Vec.Norm(ws[^1]):R} within the bounds at {ts.Count} steps");
        }
    }

    public sealed class Equation39 : PropertyClaim<FlowCase>
    {
        public override string Id => "LSZ.Eq39";
        public override string Where => "Appendix B.2, Eq. (39)";
        public override string Statement => "Under the induced flow (14), w_e(t) ≠ 0: ∂‖w_e(t)‖^{2/N}/∂t = E 2y w_eᵀx/(1 + e^{y w_eᵀx}) (= 2g(w_e)).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "central differences of ‖w_e‖^{2/N} along the integrated induced flow (±h, h = 10⁻², 5·10⁻³), N ∈ {2, …, 6}, " +
            "spherically symmetric laws " +
            "(circles, Gaussians in R²–R¹⁰, mixtures, U(S²)), ‖w_e‖ ∈ [0.01, 9], θ ∈ [0, π] with 0 and π exactly";
        public override string Trust => "numeric: Richardson estimate + 10 × (ODE and quadrature errors)";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.None, "Eq. (39) is the chain rule on Eq. (14); it needs no " +
            "symmetry")];
        public override IReadOnlyList<string> WrongVariants => ["factor-one"];
        public override int CostPerCase => 6; // 200/6 ≥ 30 cases at ci before the LSZ floors: enough to visit every coverage class
        public override FlowCase Generate(Choices c, Context ctx) => PointwiseStart(c, ctx);
        public override IReadOnlyList<CoverageClass> Coverage => PointwiseClasses;
        public override IEnumerable<string> Classify(FlowCase x) => Sec4.FlowClasses(x);

        public override Evaluation Evaluate(FlowCase x, Context ctx)
        {
            var pop = x.Pop;
            var n = x.Depth;
            var (d1, d2, se, rd) = FlowDiff.Central(w => Flows.InducedField(pop.Gradient(w).Value, w, n), x.W0, w => Math.Pow(Vec.Norm(w), 2.0 / n), 1e-2);
            var g = pop.G(x.W0);
            var rhs = (ctx.Is("factor-one") ? 1 : 2) * g.Value;
            return Judge(d1, d2, se, rd, Vec.Norm(x.W0), n, rhs, g.Error);
        }

        /// <summary>The difference quotient d₂ (step h/2) against 2g: allowed the Richardson estimate |d₁ − d₂|, the rounding of q, and 10×
        /// the state error times ‖∇‖w‖^{2/N}‖ = (2/N)‖w‖^{2/N−1} ≤ ‖w‖^{2/N−1} plus twice g's quadrature error.</summary>
        internal static Evaluation Judge(double d1, double d2, double stateError, double rounding, double norm, int n, double rhs, double gError)
        {
            var tol = Math.Abs(d1 - d2) + rounding + Lsz.Tol(stateError * Math.Pow(norm, 2.0 / n - 1) + 2 * gError, rhs);
            return Evaluation.Require(Math.Abs(rhs - d2) <= tol, Math.Abs(rhs - d2), $"∂‖w_e‖^(2/N)/∂t ≈ {d2:R}, 2g(w_e) = {rhs:R}, tolerance {tol:G3}");
        }
    }

    public sealed class Equation41 : PropertyClaim<FlowCase>
    {
        public override string Id => "LSZ.Eq41";
        public override string Where => "Appendix B.2, Eq. (41), and its use in Eq. (44) (Appendix B.4)";
        public override string Statement => "∂‖w_e(t)‖²/∂t = w_e(t)ᵀ∂w_e(t)/∂t = N‖w_e(t)‖^{2−2/N} g(w_e(t)); in Eq. (44) the limit N ε^{2−2/N} E ε|x₁|/(1 " +
            "+ e^{ε|x₁|}).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "central differences of ‖w_e‖² along the integrated induced flow, N ∈ {2, …, 6}, spherically symmetric laws " +
            "(circles, Gaussians in " +
            "R²–R¹⁰, mixtures, U(S²)), ‖w_e‖ ∈ [0.01, 9], θ ∈ [0, π] with 0 and π exactly";
        public override string Trust => "numeric: Richardson estimate + 10 × (ODE and quadrature errors)";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.None, "the identity is the chain rule on Eq. (14) (its factor is " +
            "wrong for any data)")];
        public override IReadOnlyList<string> WrongVariants => ["factor-4"];
        public override int CostPerCase => 6; // 200/6 ≥ 30 cases at ci before the LSZ floors: enough to visit every coverage class
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "A factor 2 is lost in the first step: ∂‖w_e‖²/∂t = 2w_eᵀ∂w_e/∂t, so ∂‖w_e‖²/∂t = 2N‖w_e‖^{2−2/N}g(w_e), and the limit in Eq. (44) is " +
                "2Nε^{2−2/N} E ε|x₁|/(1 + e^{ε|x₁|}). Only signs are used downstream (Lemma 8 (ii), Lemma 6), so the conclusions stand.",
            "U(S¹), v = (0, 1), N = 3, w_e(0) = (1, 0): the measured derivative is twice the printed expression",
            "∂‖w_e(t)‖²/∂t = 2N‖w_e(t)‖^{2−2/N} g(w_e(t)).");
        public override Claim Corrected => new Equation41Corrected(this);
        public override FlowCase Generate(Choices c, Context ctx) => PointwiseStart(c, ctx);
        public override IReadOnlyList<CoverageClass> Coverage => PointwiseClasses;
        public override IEnumerable<string> Classify(FlowCase x) => Sec4.FlowClasses(x);
        public override Evaluation Evaluate(FlowCase x, Context ctx) => Check(x, ctx.Is("factor-4") ? 4 : 1, "N‖w_e‖^(2−2/N) g");

        /// <summary>∂‖w_e‖²/∂t by central differences against factor · N‖w_e‖^{2−2/N} g(w_e).</summary>
        internal static Evaluation Check(FlowCase x, double factor, string what)
        {
            var pop = x.Pop;
            var n = x.Depth;
            var (d1, d2, se, rd) = FlowDiff.Central(w => Flows.InducedField(pop.Gradient(w).Value, w, n), x.W0, w => Vec.Dot(w, w), 1e-2);
            var g = pop.G(x.W0);
            return Judge(d1, d2, se, rd, Vec.Norm(x.W0), n, g, factor, what);
        }

        /// <summary>The difference quotient d₂ (step h/2) against factor · N‖w‖^{2−2/N} g: allowed the Richardson estimate |d₁ − d₂|, the
        /// rounding of q, and 10× the state error times ‖∇‖w‖²‖ = 2‖w‖ plus g's quadrature error carried by the same factor.</summary>
        internal static Evaluation Judge(double d1, double d2, double stateError, double rounding, double norm, int n, Estimate g, double factor,
            string what)
        {
            var scale = factor * n * Math.Pow(norm, 2 - 2.0 / n);
            var rhs = scale * g.Value;
            var tol = Math.Abs(d1 - d2) + rounding + Lsz.Tol(stateError * 2 * norm + scale * g.Error, rhs);
            return Evaluation.Require(Math.Abs(rhs - d2) <= tol, Math.Abs(rhs - d2), $"∂‖w_e‖²/∂t ≈ {d2:R}, {what} = {rhs:R}, tolerance {tol:G3}");
        }
    }

    public sealed class Equation41Corrected(Claim printed) : CorrectedStatement<FlowCase>(printed)
    {
        public override string Where => "Appendix B.2, Eq. (41) with the factor 2";
        public override string Statement => "∂‖w_e(t)‖²/∂t = 2N‖w_e(t)‖^{2−2/N} g(w_e(t)).";
        public override string Setting => ""; // the correction never stated a setting or trust of its own
        public override string Trust => "numeric";
        public override IReadOnlyList<Hypothesis> Hypotheses => Printed.Hypotheses;
        public override IReadOnlyList<string> WrongVariants => ["factor-4"];
        public override FlowCase Generate(Choices c, Context ctx) => PointwiseStart(c, ctx);
        public override IReadOnlyList<CoverageClass> Coverage => PointwiseClasses;
        public override IEnumerable<string> Classify(FlowCase x) => Sec4.FlowClasses(x);
        public override Evaluation Evaluate(FlowCase x, Context ctx) => Equation41.Check(x, ctx.Is("factor-4") ? 4 : 2, "2N‖w_e‖^(2−2/N) g");
    }

    /// <summary>The start of the pointwise identities (39) and (41): N ∈ {2, …, 6}, θ ∈ [0, π] with both ends, ‖w_e‖ ≤ 9 (larger norms make the
    /// central differences of the fast flow meaningless at h = 10⁻²).</summary>
    internal static FlowCase PointwiseStart(Choices c, Context ctx) => Sec4.Flow(c, ctx, 2, 6, zero: true, pi: true, nearPiDigits: 8, normHi: 0);

    internal static readonly List<CoverageClass> PointwiseClasses = Sec4.Classes(zero: true, pi: true, nearPi: true, 2, 6, largeNorms: false);
}
