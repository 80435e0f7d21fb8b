using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Numerics;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Spec;

// Section 4.1 of the paper, deep linear networks: Eqs. (13)-(14), Proposition 4, Lemma 6, Theorem 3 (proved in Section 4.3).
public static partial class Lsz
{
    public sealed class Equation14 : PropertyClaim<LayersCase>
    {
        public override string Id => "LSZ.Eq14";
        public override string Where => "Section 4.1, Eqs. (13)-(14) (Claim 2 of Arora et al. [3])";
        public override string Statement => "If W_{j+1}(0)ᵀW_{j+1}(0) = W_j(0)ᵀW_j(0), j = 1 … N−1 (Eq. (13)), the end-to-end vector w_e = (W_N ⋯ W_1)ᵀ of " +
            "the layer-wise gradient flow follows ∂w_e/∂t = −‖w_e‖^{2−2/N}(∇L(w_e) + (N−1) w̄_e w̄_eᵀ ∇L(w_e)).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "x ∼ U(S¹), hidden width d = 2, N ∈ {2, 3, 4}; layers satisfying Eq. (13) as printed: W_N = bᵀ, W_j = q_j bᵀ " +
            "with unit q_j (every solution of the printed condition has this form); ẇ_e(0) by the product rule against the right-hand side of Eq. (14)";
        public override string Trust => "numeric: both velocities use the same population gradient (quadrature error ≤ 1e−12); tolerance 10 × its " +
            "propagation";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("balanced-13", "Eq. (13)", "unbalanced rank-one layers with independent scales", Expectation.Counterexample, "without balancedness the " +
                "induced flow does not close on w_e"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["N-instead-of-N-minus-1"];
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "Eq. (13) as printed (W_{j+1}ᵀW_{j+1} = W_jᵀW_j) is not the balancedness condition of Arora et al. (W_{j+1}ᵀW_{j+1} = W_j W_jᵀ) and does not " +
                "imply Eq. (14): its solutions are W_N = bᵀ, W_j = q_j bᵀ with arbitrary unit q_j, and then ẇ_e(0) = Π(bᵀq_j)-scaled differently from Eq. " +
                "(14) unless every q_j = ±b̄. The paper's Section 5 initialisation (W_N = u_Nᵀ, W_i = u_{i+1}u_iᵀ, ‖u_i‖ = 1, u₁ = w_e(0)) satisfies " +
                "Arora's condition only because ‖w_e(0)‖ = 1 there; for ‖w_e(0)‖ ≠ 1 it is unbalanced and Eq. (14) fails too (checked as the hypothesis " +
                "weakening of the corrected statement's generator).",
            "U(S¹), v = (0, 1), N = 2, W₂ = (1, 0), W₁ = q (1, 0) with q = (cos 1, sin 1): Eq. (13) as printed holds, ẇ_e(0) from the layers ≠ Eq. (14)",
            "If W_{j+1}(0)ᵀW_{j+1}(0) = W_j(0)W_j(0)ᵀ (Arora et al.), the layer-wise flow's w_e(t) follows Eq. (14): checked on the velocity at t = 0 and " +
                "on trajectories over t ∈ [0, 3], from Arora-balanced initialisations and from the paper's Section 5 construction with ‖w_e(0)‖ = 1.");
        public override Claim Corrected => new Equation14Corrected(this);
        public override int CostPerCase => 2;

        public override LayersCase Generate(Choices c, Context ctx)
        {
            var pop = new SphericalPopulation(new CircleRadius(), V(2));
            var n = c.Int(2, 4);
            var bAng = Math.PI * c.In(Interval.ClosedOpen(0, 2), 12).ToDouble();
            var bNorm = c.In(Interval.OpenClosed(0, 2), 4).ToDouble();
            var b = new[] { bNorm * Math.Cos(bAng), bNorm * Math.Sin(bAng) };
            var layers = new List<double[,]>();
            for (var j = 0; j < n - 1; j++)
            {
                var qa = bAng + c.SmallRational(3, 2).ToDouble();
                var scale = ctx.Weak("balanced-13") ? c.In(Interval.OpenClosed(0, 3), 4).ToDouble() : 1;
                var m = new double[2, 2];
                for (var r = 0; r < 2; r++) for (var k = 0; k < 2; k++) m[r, k] = scale * (r == 0 ? Math.Cos(qa) : Math.Sin(qa)) * b[k];
                layers.Add(m);
            }
            var last = new double[1, 2];
            last[0, 0] = b[0]; last[0, 1] = b[1];
            layers.Add(last);
            return new LayersCase(pop, layers, ctx.Weak("balanced-13") ? "unbalanced rank-one layers" : "Eq. (13) as printed (W_j = q_j bᵀ)");
        }

        public override Evaluation Evaluate(LayersCase x, Context ctx) => VelocityCheck(x, ctx);

        /// <summary>ẇ_e(0) of the layer-wise flow (product rule) against the right-hand side of Eq. (14).</summary>
        internal static Evaluation VelocityCheck(LayersCase x, Context ctx)
        {
            var we = x.We;
            if (Vec.Norm(we) < 1e-12) return Evaluation.Inconclusive("w_e(0) = 0");
            var g = x.Pop.Gradient(we);
            var layer = Deep.EndToEndVelocity(x.Layers, g.Value);
            var induced = Flows.InducedField(g.Value, we, ctx.Is("N-instead-of-N-minus-1") ? x.N + 1 : x.N);
            var diff = Vec.Norm(Vec.Sub(layer, induced));
            var scale = Vec.Norm(induced) + Vec.Norm(layer);
            var tol = Lsz.Tol(x.N * 2 * Math.Pow(Vec.Norm(we) + 1, 2) * g.Error, scale);
            return Evaluation.Require(diff <= tol, diff, $"ẇ_e(0) layer-wise = {Vec.Format(layer)}, Eq. (14) = {Vec.Format(induced)}, ‖difference‖ = " +
                $"{diff:G3}, tolerance {tol:G3}");
        }
    }

    public sealed class Equation14Corrected(Claim printed) : CorrectedStatement<LayersCase>(printed)
    {
        public override string Where => "Eq. (14) from Arora et al.'s balancedness";
        public override string Statement => "From W_{j+1}ᵀW_{j+1} = W_jW_jᵀ, the layer-wise flow's w_e follows Eq. (14) (velocity at t = 0 and trajectory " +
            "over [0, 3]).";
        public override string Setting => ""; // the correction never stated a setting or trust of its own
        public override string Trust => "numeric";
        public override int CostPerCase => 20;
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("balanced", "W_{j+1}(0)ᵀW_{j+1}(0) = W_j(0)W_j(0)ᵀ", "the Section 5 construction with ‖w_e(0)‖ ∈ [1.5, 3] (W₁W₁ᵀ = ‖w_e(0)‖² u₂u₂ᵀ ≠ W₂ᵀW₂)",
                Expectation.Counterexample, "unbalanced: the velocity of w_e is not Eq. (14)"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["N-instead-of-N-minus-1"];

        public override LayersCase Generate(Choices c, Context ctx)
        {
            var pop = Symmetric(c, cheap: true);
            var d = pop.Dimension;
            var n = c.Int(2, 4);
            var paper = ctx.Weak("balanced") || c.Bool();
            var th = Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble();
            var a = ctx.Weak("balanced") ? 1.5 + c.Int(0, 6) * 0.25 : paper ? 1 : c.In(Interval.OpenClosed(0, 3), 8).ToDouble();
            var we = Point(d, a, th);
            var units = Deep.Units(d, Enumerable.Range(0, n - 1).Select(_ => Math.PI * c.SmallRational(6, 4).ToDouble()));
            return paper ? new LayersCase(pop, Flows.PaperInit(we, units), $"Section 5 initialisation, ‖w_e(0)‖ = {a:R}")
                : new LayersCase(pop, Flows.BalancedInit(we, n, units), "Arora-balanced initialisation");
        }

        public override Evaluation Evaluate(LayersCase x, Context ctx)
        {
            var v0 = Equation14.VelocityCheck(x, ctx);
            if (v0.Status != Status.Holds) return v0;
            var o = new OdeOptions(1e-10, 1e-12, MaxStep: 0.1);
            var lw = Flows.LayerwiseFlow(x.Pop, x.Layers, 3, o);
            var ind = Flows.InducedFlow(x.Pop, x.N, x.We, 3, o);
            var shapes = x.Layers.Select(m => (m.GetLength(0), m.GetLength(1))).ToList();
            var weL = Flows.EndToEnd(Flows.Unflatten(lw.Ode.Last, shapes));
            var diff = Vec.Norm(Vec.Sub(weL, ind.Ode.Last));
            var tol = 10 * (lw.StateError * x.N * Math.Pow(1 + Vec.Norm(weL), 2) + ind.StateError) + 1e-9 * Vec.Norm(weL);
            return Evaluation.Require(diff <= tol, diff, $"w_e(3): layer-wise {Vec.Format(weL)}, Eq. (14) {Vec.Format(ind.Ode.Last)}, ‖difference‖ = " +
                $"{diff:G3}, tolerance {tol:G3}");
        }
    }

    public sealed class Proposition4 : PropertyClaim<FlowCase>
    {
        public override string Id => "LSZ.Prop4";
        public override string Where => "Proposition 4 (proof in Appendix B.3)";
        public override string Statement => "Under Assumption 1 and Eq. (13), N = 2, w_e(0) ≠ 0, θ(0) ≠ π: cos θ(t) = 1 − 2/(C₁e^{2c₀t/π} + 1), C₁ = (1 + " +
            "cos θ(0))/(1 − cos θ(0)).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "the induced flow (14) with N = 2 integrated with the population gradient (not with Lemma 2) over t ∈ [0, 6], " +
            "compared in the form ln((1+cos θ)/(1−cos θ)) = ln C₁ + 2c₀t/π at every accepted step; a sharp test of the integrator too";
        public override string Trust => "numeric: |difference| ≤ 10 × (2/sin θ)(state error/‖w_e‖) + 1e−9 relative, the state error being Σ local errors + " +
            "horizon × field error";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "Lemma 7 needs Lemma 2"),
            new("depth-2", "N = 2", "N = 3", Expectation.Counterexample, "for N = 3 the rate carries ‖w_e‖^{1/3}"),
            new("theta0-not-pi", "θ(0) ≠ π", "θ(0) = π (w_e(0) = −a v)", Expectation.None, "C₁ = 0 gives cos θ ≡ −1, and the flow indeed stays on the ray " +
                "−v (Remark 2)"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["rate-c0-over-pi"];
        public override int CostPerCase => 20;

        public override FlowCase Generate(Choices c, Context ctx)
        {
            var f = RandomFlow(c, ctx) with { Depth = ctx.Weak("depth-2") ? 3 : 2 };
            if (ctx.Weak("theta0-not-pi")) f = f with { W0 = Vec.Scale(-Vec.Norm(f.W0), f.Pop.V) };
            return f;
        }

        public override Evaluation Evaluate(FlowCase x, Context ctx)
        {
            var v = x.Pop.V;
            var c0 = Lsz.C0(x.Pop).Value;
            var tr = Flows.InducedFlow(x.Pop, x.Depth, x.W0, 6, new OdeOptions(1e-11, 1e-13, MaxStep: 0.2));
            var err = tr.StateError;
            if (Angle(x.W0, v) == Math.PI)
            {
                var perp = tr.Ode.Y.Max(w => Vec.Norm(Vec.Axpy(-Vec.Dot(w, v), v, w)));
                var neg = tr.Ode.Y.All(w => Vec.Dot(w, v) < 0);
                return Evaluation.Require(perp <= 10 * err + 1e-15 && neg, perp, $"θ(0) = π: max ‖(I − vvᵀ)w_e(t)‖ = {perp:G3}, stays on −v: {neg}");
            }
            var e0 = FlowRun.LogRatio(x.W0, v);
            var rate = (ctx.Is("rate-c0-over-pi") ? 1 : 2) * c0 / Math.PI;
            for (var i = 0; i < tr.Ode.T.Count; i++)
            {
                var w = tr.Ode.Y[i];
                var t = tr.Ode.T[i];
                var e = FlowRun.LogRatio(w, v);
                var want = e0 + rate * t;
                var tol = 10 * FlowRun.LogRatioError(w, v, err) + 1e-9 * Math.Max(1, Math.Abs(want));
                if (Math.Abs(e - want) > tol) return Evaluation.Fails(Math.Abs(e - want), $"t = {t:R}: ln((1+cos θ)/(1−cos θ)) = {e:R}, closed form " +
                    $"{want:R}, tolerance {tol:G3}");
            }
            return Evaluation.Holds($"{tr.Ode.T.Count} steps, state error {err:G3}, cos θ(6) = {Vec.Cos(tr.Ode.Last, v):R}");
        }
    }

    public sealed class Lemma6 : PropertyClaim<FlowCase>
    {
        public override string Id => "LSZ.Lemma6";
        public override string Where => "Lemma 6, Eq. (15) (proof in Appendix B.4)";
        public override string Statement => "With T := inf{t : ∂‖w_e(t)‖²/∂t ≥ 0} for the induced flow (14) (balanced initialisation): T < ∞, ∂‖w_e‖²/∂t < " +
            "0 for t < T and ≥ 0 for t ≥ T.";
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override string Setting => "induced flow (14), N ∈ {3, 4}, from w_e(0) with ‖w_e(0)‖ ∈ (0, 4], θ(0) ∈ (0, π); horizon 20; signs of w_eᵀẇ_e " +
            "at every accepted step";
        public override string Trust => "simulation on a truncated horizon (T must occur by t = 20, else inconclusive); signs with margin 10 × propagated " +
            "errors";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.None, "as for LSZ.Lemma1: the proof uses symmetry, the fuzzer " +
            "found no counterexample within its budget")];
        public override IReadOnlyList<string> WrongVariants => ["reversed-pattern"];
        public override int CostPerCase => 40;
        public override FlowCase Generate(Choices c, Context ctx) => Deep.Generate(c, ctx);

        public override Evaluation Evaluate(FlowCase x, Context ctx)
        {
            var run = new FlowRun(x, 20, resolveAfterT: false);
            if (run.T is null) return Evaluation.Inconclusive($"no transition by t = {run.Trajectory.Ode.LastT}");
            var t = run.T.Value;
            var flip = ctx.Is("reversed-pattern") ? -1 : 1;
            foreach (var (s, w) in run.Points())
            {
                var h = flip * Vec.Dot(w, run.Field(w));
                var tol = 10 * (run.Trajectory.MaxFieldError * Vec.Norm(w) + run.StateError * (1 + Vec.Norm(run.Field(w)))) + 1e-12;
                if (s < t - 1e-9 && h > tol) return Evaluation.Fails(h, $"T = {t:R}: at t = {s:R} < T, w_eᵀẇ_e = {h:R} > 0");
                if (s > t + 1e-9 && h < -tol) return Evaluation.Fails(-h, $"T = {t:R}: at t = {s:R} > T, w_eᵀẇ_e = {h:R} < 0");
            }
            return Evaluation.Holds($"T = {t:R}, ‖w_e(T)‖ = {Vec.Norm(run.WT!):R}");
        }
    }

    public sealed class Theorem3 : PropertyClaim<FlowCase>
    {
        public override string Id => "LSZ.Thm3";
        public override string Where => "Theorem 3 (proof in Section 4.3)";
        public override string Statement => "Under Assumption 1 and Eq. (13), N > 2, w_e(0) ≠ 0, θ(0) ≠ π: cos θ(t) ≥ 1 − 2/(C₁(A₁t/B₁ + 1)^α + 1) for t ≤ " +
            "T, ≥ 1 − 2/(e^{A₂(t−T)+B₂} + 1) for t > T, and cos θ(t) ≤ 1 − 2/(e^{F[(0.6t+D)^{N/2} − D^{N/2}] + E} + 1), with A₁ = (N−2)c₀, B₁ = " +
            "‖w_e(0)‖^{2/N−1}, C₁ = (1+cos θ(0))/(1−cos θ(0)), A₂ = 2c₀‖w_e(T)‖^{1−2/N}/π, B₂ = −2 ln|tan(θ(T)/2)|, α = 2/((N−2)π), D = ‖w_e(0)‖^{2/N}, E " +
            "= −2 ln|tan θ(0)/2|, F = 4c₀/(0.6Nπ).";
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override string Setting => "induced flow (14), N ∈ {3, 4}, U(S¹), U(S²), horizon 10, bounds compared through ln((1+cos θ)/(1−cos θ))";
        public override string Trust => "simulation on a truncated horizon; violations count beyond 10 × the propagated state error";
        public override IReadOnlyList<Hypothesis> Hypotheses => [Lsz.SymHyp(Expectation.Counterexample, "Lemma 7 needs Lemma 2")];
        public override IReadOnlyList<string> WrongVariants => ["F-halved"];
        public override int CostPerCase => 40;
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "The upper bound with E = −2 ln|tan θ(0)/2| as printed fails already at t = 0 for every θ(0) with cos θ(0) > −1/3: at t = 0 it reads cos θ(0) " +
                "≤ (5cos²θ(0) − 1)/(3cos²θ(0) + 1), i.e. (c − 1)²(3c + 1) ≤ 0. The proof (Section 4.3) integrates from ln C₁ = −2 ln|tan(θ(0)/2)|, so the " +
                "intended constant is E = −2 ln|tan(θ(0)/2)| (probably a misplaced fraction). Both lower bounds hold as printed.",
            "U(S¹), v = (0, 1), N = 3, w_e(0) = (1, 0)·… any θ(0) with cos θ(0) > −1/3, e.g. θ(0) = π/2 (E = −∞: the bound is cos θ(0) ≤ −1)",
            "The two lower bounds as printed and cos θ(t) ≤ 1 − 2/(e^{F[(0.6t+D)^{N/2} − D^{N/2}] + E'} + 1) with E' = −2 ln|tan(θ(0)/2)| = ln C₁.");
        public override Claim Corrected => new Theorem3Corrected(this);
        public override FlowCase Generate(Choices c, Context ctx) => Deep.Generate(c, ctx);
        public override Evaluation Evaluate(FlowCase x, Context ctx) => Check(x, printedE: true, ctx);

        /// <summary>Both lower bounds and the upper bound, with E as printed or E = ln C₁ (the correction).</summary>
        internal static Evaluation Check(FlowCase x, bool printedE, Context ctx)
        {
            var v = x.Pop.V;
            var n = x.Depth;
            var c0 = Lsz.C0(x.Pop).Value;
            var run = new FlowRun(x, 10);
            var n0 = Vec.Norm(x.W0);
            var th0 = Angle(x.W0, v);
            var lnC1 = FlowRun.LogRatio(x.W0, v);
            var a1 = (n - 2) * c0;
            var b1 = Math.Pow(n0, 2.0 / n - 1);
            var alpha = 2 / ((n - 2) * Math.PI);
            var dd = Math.Pow(n0, 2.0 / n);
            var e = printedE ? -2 * Math.Log(Math.Abs(Math.Tan(th0) / 2)) : lnC1;
            var f = (ctx.Is("F-halved") ? 0.5 : 1) * 4 * c0 / (0.6 * n * Math.PI);
            foreach (var (t, w) in run.Points())
            {
                var lr = FlowRun.LogRatio(w, v);
                var tol = 10 * FlowRun.LogRatioError(w, v, run.StateError) + 1e-9 * Math.Max(1, Math.Abs(lr));
                var lower = run.T is null || t <= run.T
                    ? lnC1 + alpha * Math.Log(a1 * t / b1 + 1)
                    : FlowRun.LogRatio(run.WT!, v) + 2 * c0 * Math.Pow(Vec.Norm(run.WT!), 1 - 2.0 / n) / Math.PI * (t - run.T.Value);
                var upper = f * (Math.Pow(0.6 * t + dd, n / 2.0) - Math.Pow(dd, n / 2.0)) + e;
                if (lr < lower - tol) return Evaluation.Fails(lower - lr, $"t = {t:R} (T = {run.T:R}): ln((1+cos θ)/(1−cos θ)) = {lr:R} < lower bound " +
                    $"exponent {lower:R}");
                if (lr > upper + tol) return Evaluation.Fails(lr - upper, $"t = {t:R}: ln((1+cos θ)/(1−cos θ)) = {lr:R} > upper bound exponent {upper:R} " +
                    $"(E = {e:R}; cos θ = {Vec.Cos(w, v):R} > {1 - 2 / (Math.Exp(upper) + 1):R})");
            }
            return Evaluation.Holds($"T = {run.T:R}; both bounds hold at {run.Points().Count()} times up to t = 10");
        }
    }

    public sealed class Theorem3Corrected(Claim printed) : CorrectedStatement<FlowCase>(printed)
    {
        public override string Where => "Theorem 3 with E = ln C₁";
        public override string Statement => "Theorem 3 with E = −2 ln|tan(θ(0)/2)|.";
        public override string Setting => ""; // the correction never stated a setting or trust of its own
        public override string Trust => "numeric";
        public override IReadOnlyList<Hypothesis> Hypotheses => Printed.Hypotheses;
        public override IReadOnlyList<string> WrongVariants => ["F-halved"];
        public override FlowCase Generate(Choices c, Context ctx) => Deep.Generate(c, ctx);
        public override Evaluation Evaluate(FlowCase x, Context ctx) => Theorem3.Check(x, printedE: false, ctx);
    }
}
