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
        public override string Setting => "spherically symmetric x (circles, Gaussians in R^2-R^10, mixtures, U(S²)), hidden width d, N ∈ {2, …, 6}; " +
            "layers satisfying Eq. (13) as printed: W_N = bᵀ, W_j = q_j bᵀ " +
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

        public override IReadOnlyList<CoverageClass> Coverage =>
            Sec4.Classes(zero: false, pi: false, nearPi: false, 2, 6, norms: false).Where(k => !k.Name.StartsWith("theta0", StringComparison.Ordinal)).ToList();
        public override IEnumerable<string> Classify(LayersCase x) => Sec4.FlowClasses(new FlowCase(x.Pop, x.We, x.N));

        public override LayersCase Generate(Choices c, Context ctx)
        {
            var pop = Sec4.Population(c, ctx);
            var d = pop.Dimension;
            var n = c.Int(2, 6);
            var bAng = Math.PI * c.In(Interval.ClosedOpen(0, 2), 12).ToDouble();
            var bNorm = c.In(Interval.OpenClosed(0, 2), 4).ToDouble();
            var b = new double[d];
            b[0] = bNorm * Math.Cos(bAng);
            b[1] = bNorm * Math.Sin(bAng);
            var layers = new List<double[,]>();
            for (var j = 0; j < n - 1; j++)
            {
                // W_j = q_j bᵀ with a unit q_j in the hidden width d (every solution of the printed Eq. (13) has this form)
                var qa = bAng + c.SmallRational(3, 2).ToDouble();
                var scale = ctx.Weak("balanced-13") ? c.In(Interval.OpenClosed(0, 3), 4).ToDouble() : 1;
                var m = new double[d, d];
                for (var r = 0; r < d; r++) for (var k = 0; k < d; k++) m[r, k] = scale * (r == 0 ? Math.Cos(qa) : r == 1 ? Math.Sin(qa) : 0) * b[k];
                layers.Add(m);
            }
            var last = new double[1, d];
            for (var k = 0; k < d; k++) last[0, k] = b[k];
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
            return CompareVelocity(layer, induced, Vec.Norm(we), x.N, g.Error);
        }

        /// <summary>The two velocities agree within 10 × the gradient error propagated through both (at most N·2(‖w_e‖ + 1)² times
        /// it) + 10⁻¹² of their size.</summary>
        internal static Evaluation CompareVelocity(double[] layer, double[] induced, double weNorm, int n, double gradientError)
        {
            var diff = Vec.Norm(Vec.Sub(layer, induced));
            var scale = Vec.Norm(induced) + Vec.Norm(layer);
            var tol = Lsz.Tol(n * 2 * Math.Pow(weNorm + 1, 2) * gradientError, scale);
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
        public override int CostPerCase => 6; // 200/6 ≥ 30 cases at ci before the LSZ floors: enough to visit every coverage class
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("balanced", "W_{j+1}(0)ᵀW_{j+1}(0) = W_j(0)W_j(0)ᵀ", "the Section 5 construction with ‖w_e(0)‖ ∈ [1.5, 3] (W₁W₁ᵀ = ‖w_e(0)‖² u₂u₂ᵀ ≠ W₂ᵀW₂)",
                Expectation.Counterexample, "unbalanced: the velocity of w_e is not Eq. (14)"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["N-instead-of-N-minus-1"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            .. Sec4.Classes(zero: true, pi: true, nearPi: false, 2, 6, norms: false),
            new("section5-init", "Section 5: W_N = u_Nᵀ, W_i = u_{i+1}u_iᵀ, u₁ = w_e(0), balanced when ‖w_e(0)‖ = 1", 0.2, "the paper's construction"),
            new("arora-init", "Section 4.1, Eq. (13) read as Arora et al.'s balancedness W_{j+1}ᵀW_{j+1} = W_jW_jᵀ with any ‖w_e(0)‖", 0.2,
                "the scaled chain s u_{j+1}u_jᵀ"),
            new("hidden-off-plane", "Eq. (13): any hidden width d; the hidden units need not lie in span{w_e(0), v}", 0.05,
                "u_j with a third component (d ≥ 3)"),
        ];

        public override IEnumerable<string> Classify(LayersCase x)
        {
            foreach (var k in Sec4.FlowClasses(new FlowCase(x.Pop, x.We, x.N))) yield return k;
            yield return x.Init.StartsWith("Section 5", StringComparison.Ordinal) ? "section5-init" : "arora-init";
            if (Sec4.OffPlane(x.Layers)) yield return "hidden-off-plane";
        }

        public override LayersCase Generate(Choices c, Context ctx)
        {
            var pop = Sec4.Population(c, ctx);
            var d = pop.Dimension;
            var n = c.Int(2, 6);
            var paper = ctx.Weak("balanced") || c.Bool();
            var th = Sec4.Angle0(c, zero: true, pi: true);
            var a = ctx.Weak("balanced") ? 1.5 + c.Int(0, 6) * 0.25 : paper ? 1 : c.In(Interval.OpenClosed(0, 3), 8).ToDouble();
            var we = Sec4.Start(d, a, th);
            var units = Sec4.Units(c, d, n - 1);
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
            return CompareEnds(Flows.EndToEnd(Flows.Unflatten(lw.Ode.Last, shapes)), ind.Ode.Last, lw.StateError, ind.StateError, x.N);
        }

        /// <summary>w_e(3) of both flows within 10 × (the layer-wise state error carried to the product, N(1 + ‖w_e‖)² times it, +
        /// the induced flow's) + 10⁻⁹ relative.</summary>
        internal static Evaluation CompareEnds(double[] weL, double[] weInduced, double layerError, double inducedError, int n)
        {
            var diff = Vec.Norm(Vec.Sub(weL, weInduced));
            var tol = 10 * (layerError * n * Math.Pow(1 + Vec.Norm(weL), 2) + inducedError) + 1e-9 * Vec.Norm(weL);
            return Evaluation.Require(diff <= tol, diff, $"w_e(3): layer-wise {Vec.Format(weL)}, Eq. (14) {Vec.Format(weInduced)}, ‖difference‖ = " +
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
            "spherically symmetric laws (circles, Gaussians in R²–R¹⁰, mixtures, U(S²)), ‖w_e(0)‖ ∈ [0.01, 90], θ(0) ∈ [0, π) with θ(0) = 0 exactly " +
            "(C₁ = ∞: cos θ ≡ 1, checked as the flow staying on v); compared in the form ln((1+cos θ)/(1−cos θ)) = ln C₁ + 2c₀t/π at every " +
            "accepted step; a sharp test of the integrator too";
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
        public override int CostPerCase => 6; // 200/6 ≥ 30 cases at ci before the LSZ floors: enough to visit every coverage class
        public override IReadOnlyList<CoverageClass> Coverage => Sec4.Classes(zero: true, pi: false, nearPi: true, 2, 2);
        public override IEnumerable<string> Classify(FlowCase x) => Sec4.FlowClasses(x);

        public override FlowCase Generate(Choices c, Context ctx)
        {
            var f = Sec4.Flow(c, ctx, 2, 2, zero: true, pi: false, nearPiDigits: 3);
            if (ctx.Weak("depth-2")) f = f with { Depth = 3 };
            if (ctx.Weak("theta0-not-pi")) f = f with { W0 = Vec.Scale(-Vec.Norm(f.W0), f.Pop.V) };
            return f;
        }

        public override Evaluation Evaluate(FlowCase x, Context ctx)
        {
            var v = x.Pop.V;
            var c0 = Lsz.C0(x.Pop).Value;
            var tr = Flows.InducedFlow(x.Pop, x.Depth, x.W0, 6, new OdeOptions(1e-11, 1e-13, MaxStep: 0.2));
            var err = tr.StateError;
            var th0 = Angle(x.W0, v);
            if (th0 == 0 || th0 == Math.PI) return OnAxis(tr, v, th0 == 0, err);
            return ClosedForm(tr.Ode, v, FlowRun.LogRatio(x.W0, v), (ctx.Is("rate-c0-over-pi") ? 1 : 2) * c0 / Math.PI, err);
        }

        /// <summary>ln((1+cos θ)/(1−cos θ)) = ln C₁ + rate·t (rate 2c₀/π) at every accepted step, within 10 × the state error carried
        /// to it (Trust) + 10⁻⁹ relative.</summary>
        internal static Evaluation ClosedForm(OdeSolution ode, double[] v, double e0, double rate, double err)
        {
            for (var i = 0; i < ode.T.Count; i++)
            {
                var w = ode.Y[i];
                var t = ode.T[i];
                var e = FlowRun.LogRatio(w, v);
                var want = e0 + rate * t;
                var tol = 10 * FlowRun.LogRatioError(w, v, err) + 1e-9 * Math.Max(1, Math.Abs(want));
                if (Math.Abs(e - want) > tol) return Evaluation.Fails(Math.Abs(e - want), $"t = {t:R}: ln((1+cos θ)/(1−cos θ)) = {e:R}, closed form " +
                    $"{want:R}, tolerance {tol:G3}");
            }
            return Evaluation.Holds($"{ode.T.Count} steps, state error {err:G3}, cos θ(6) = {Vec.Cos(ode.Last, v):R}");
        }

        /// <summary>θ(0) = 0 (C₁ = ∞, cos θ ≡ 1) or π (C₁ = 0, cos θ ≡ −1): the flow must stay on the ray ±v.</summary>
        internal static Evaluation OnAxis(Trajectory tr, double[] v, bool plus, double err)
        {
            var perp = tr.Ode.Y.Max(w => Vec.Norm(Vec.Axpy(-Vec.Dot(w, v), v, w)));
            var side = tr.Ode.Y.All(w => plus ? Vec.Dot(w, v) > 0 : Vec.Dot(w, v) < 0);
            return Evaluation.Require(perp <= 10 * err + 1e-15 && side, perp, $"θ(0) = {(plus ? "0" : "π")}: max ‖(I − vvᵀ)w_e(t)‖ = {perp:G3} " +
                $"(tolerance {10 * err + 1e-15:G3}), stays on {(plus ? "+" : "−")}v: {side}");
        }
    }

    public sealed class Lemma6 : PropertyClaim<FlowCase>
    {
        public override string Id => "LSZ.Lemma6";
        public override string Where => "Lemma 6, Eq. (15) (proof in Appendix B.4)";
        public override string Statement => "With T := inf{t : ∂‖w_e(t)‖²/∂t ≥ 0} for the induced flow (14) (balanced initialisation): T < ∞, ∂‖w_e‖²/∂t < " +
            "0 for t < T and ≥ 0 for t ≥ T.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "induced flow (14), N ∈ {2, …, 6}, spherically symmetric laws (circles, Gaussians in R²–R¹⁰, mixtures, " +
            "U(S²)), ‖w_e(0)‖ ∈ [0.01, 90], θ(0) ∈ [0, π) with θ(0) = 0 exactly (T = 0) and π − 10⁻ᵏ; integrated until 5s time units after the first " +
            "accepted step with w_eᵀẇ_e ≥ 0, at most to t = 60s, s = min(20, max(1, ‖w_e‖^(2/N−2))) the flow's clock at t = 0 and at the " +
            "transition; T located as an event (Brent's method on a fresh integration); the sign of " +
            "w_eᵀẇ_e at every accepted step. A start whose T lies beyond that window (near θ(0) = π, T grows like C₁^{−(N−2)π/2}) is run " +
            "again on the angle clock s = −ln tan(θ/2) (Dynamics/Lsz/AngleFlow: θ decreases strictly, so t(s) increases), with T and the " +
            "signs read there and the same window after T";
        public override string Trust => "numeric: T by t = 60s on the time clock, else on the angle clock (where T reaches 10⁹ time units and more; " +
            "inconclusive, counted, only if neither finds it); signs with margin 10 × the propagated errors";
        public override string EvidenceCaveat => "finite window: the sign after T is observed for 5s time units (Lemma 10's argument carries it to " +
            "every t ≥ T); θ(0) = π, where T = ∞, is the weakened hypothesis";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.None, "as for LSZ.Lemma1: the proof uses symmetry, the fuzzer found no counterexample within its budget"),
            new("theta0-not-pi", "θ(0) ≠ π (Theorem 3's hypothesis; Lemma 6 prints none)", "θ(0) = π: w_e(0) = −a v", Expectation.Counterexample,
                "the flow stays on −v, where g(−a v) = −E a|vᵀx|/(1 + e^(−a|vᵀx|)) < 0: ‖w_e‖ decreases for ever and T = ∞ (the text after Theorem 3 " +
                "says w_e → 0)"),
        ];
        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Lemma 6, Section 4.1", "Lemma 6 states T < ∞ with no hypotheses",
                "read under Theorem 3's: Assumption 1, Eq. (13) (as Arora's balancedness), w_e(0) ≠ 0 and θ(0) ≠ π, for every N ≥ 2",
                "at θ(0) = π the flow stays on −v with g < 0, so T = ∞ (the weakening theta0-not-pi finds it; the text after Theorem 3 says w_e → 0)"),
            new(FindingKind.ProofStep, "Appendix B.4, proof of T < ∞", "Case 1 uses Lemma 8 (i) and Eq. (43), both stated for N > 2",
                "Lemma 6 is checked for N = 2 as well (class N-2)", "Eq. (43)'s (N − 2) in A₁ and α vanishes at N = 2 and Lemma 8 (i) assumes N > 2; " +
                "for N = 2 the angle follows Proposition 4 and the same contradiction goes through, and the checked statement holds there"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["reversed-pattern"];
        public override int CostPerCase => 6; // 200/6 ≥ 30 cases at ci before the LSZ floors: enough to visit every coverage class
        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            .. Sec4.Classes(zero: true, pi: false, nearPi: true, 2, 6),
            new("T-zero", "T := inf{t : …}: the infimum attained at t = 0 (g(w_e(0)) ≥ 0, Lemma 3 (iv))", 0.05, "w_eᵀẇ_e ≥ 0 at t = 0"),
            new("T-positive", "Eq. (15): a descending phase t < T", 0.3, "T > 0"),
        ];

        public override IEnumerable<string> Classify(FlowCase x) =>
            Sec4.FlowClasses(x).Append(x.Pop.G(x.W0).Value >= 0 ? "T-zero" : "T-positive");

        public override FlowCase Generate(Choices c, Context ctx)
        {
            var f = Sec4.Flow(c, ctx, 2, 6);
            return ctx.Weak("theta0-not-pi") ? f with { W0 = Vec.Scale(-Vec.Norm(f.W0), f.Pop.V) } : f;
        }

        public override Evaluation Evaluate(FlowCase x, Context ctx)
        {
            if (Angle(x.W0, x.Pop.V) == Math.PI && x.Pop.SphericallySymmetric)
            {
                var tr = Flows.InducedFlow(x.Pop, x.Depth, x.W0, 20, DeepRun.Options);
                if (NeverAscends(tr.Ode.Y.Select((w, i) => Vec.Dot(w, tr.Ode.F[i]))) is { } never) return never;
            }
            var (horizon, _, maxStep) = Scaled(Vec.Norm(x.W0), x.Depth);
            var run = new DeepRun(x, horizon, 5, options: DeepRun.Options with { MaxStep = maxStep }, windowAt: w => Scaled(Vec.Norm(w), x.Depth).Window);
            var ended = $"no transition by t = {run.Trajectory.Ode.LastT:R}";
            if (run.T is null)
                return x.Pop is SphericalPopulation sp && AngleFlow.Run(sp, x.Depth, x.W0, a => Scaled(a, x.Depth).Window, AngleOptions) is { } af
                    ? ByAngle(af, ctx, ended)
                    : Evaluation.Inconclusive(ended);
            return BySigns(run.Steps(), run.T.Value, run.WT!, run.Trajectory.MaxFieldError, run.StateError, ctx,
                run.Trajectory.Ode.LastT);
        }

        /// <summary>θ(0) = π: fails (T = ∞) when w_eᵀẇ_e &lt; 0 at every step of the run to t = 20, else null.</summary>
        internal static Evaluation? NeverAscends(IEnumerable<double> h)
        {
            var hmax = h.Max();
            return hmax < 0 ? Evaluation.Fails(1, $"θ(0) = π: the flow stays on −v and w_eᵀẇ_e < 0 at every step to t = 20 (largest {hmax:G3}); " +
                "on that ray g(−a v) = −E a|vᵀx|/(1 + e^(−a|vᵀx|)) < 0 for every a > 0, so T = ∞") : null;
        }

        /// <summary>The flow's clock at norm a: min(20, max(1, a^(2/N−2))). The induced flow moves at the rate ‖w_e‖^(2−2/N): a small
        /// start is run on a proportionally longer clock (horizon, window and largest step scaled alike, so the work stays about the
        /// same), else the slow escape from the saddle would end inconclusive.</summary>
        internal static double Clock(double norm, int n) => Math.Min(20, Math.Max(1, Math.Pow(norm, -(2 - 2.0 / n))));

        /// <summary>The run on the clock s = <see cref="Clock"/>(norm, N) (Setting): horizon 60s, window 5s after the transition, and
        /// largest step 0.5s.</summary>
        internal static (double Horizon, double Window, double MaxStep) Scaled(double norm, int n)
        {
            var s = Clock(norm, n);
            return (60 * s, 5 * s, 0.5 * s);
        }

        /// <summary>Eq. (15)'s pattern on the time clock: w_eᵀẇ_e ≤ 0 before T and ≥ 0 after it (10⁻⁹ from T either side), a wrong
        /// sign counting beyond 10 × (field error × ‖w_e‖ + state error × (1 + ‖ẇ_e‖)) + 10⁻¹².</summary>
        internal static Evaluation BySigns(IEnumerable<(double T, double[] W, double[] F)> steps, double t, double[] wT, double fieldError,
            double stateError, Context ctx, double lastT)
        {
            var flip = ctx.Is("reversed-pattern") ? -1 : 1;
            foreach (var (s, w, f) in steps)
            {
                var h = flip * Vec.Dot(w, f);
                var tol = 10 * (fieldError * Vec.Norm(w) + stateError * (1 + Vec.Norm(f))) + 1e-12;
                if (s < t - 1e-9 && h > tol) return Evaluation.Fails(h, $"T = {t:R}: at t = {s:R} < T, w_eᵀẇ_e = {h:R} > 0");
                if (s > t + 1e-9 && h < -tol) return Evaluation.Fails(-h, $"T = {t:R}: at t = {s:R} > T, w_eᵀẇ_e = {h:R} < 0");
            }
            return Evaluation.Holds($"T = {t:R}, ‖w_e(T)‖ = {Vec.Norm(wT):R}, signs checked to t = {lastT:R}");
        }

        /// <summary>The angle clock s = −ln tan(θ/2): steps ≤ 0.25 in s, so that a sign change of F_r is not stepped over.</summary>
        private static readonly OdeOptions AngleOptions = new(1e-10, 1e-12, MaxSteps: 20_000, MaxStep: 0.25, InitialStep: 1e-3);

        /// <summary>
        /// The same pattern on the angle clock (<see cref="AngleFlow"/>), for starts whose transition lies beyond the time window
        /// (near θ = π T grows like C₁^{−(N−2)π/2}): the sign of wᵀẇ is that of F_r, and t(s) increases, so the pattern in s is the
        /// pattern in t. A wrong sign counts only beyond 10 × (field error + the change of F_r across ±the state error of ln‖w‖).
        /// </summary>
        private static Evaluation ByAngle(AngleFlow af, Context ctx, string timePath) =>
            ByAngle(af.Steps, af.Transition, af.Broken, af.StateError, (s, u) => af.Field(s, u).Fr, ctx, timePath);

        /// <summary><see cref="ByAngle(AngleFlow, Context, string)"/> on the angle flow's parts: its steps, transition, why it
        /// stopped, the state error d of ln‖w‖ and F_r at (s, u).</summary>
        internal static Evaluation ByAngle(IReadOnlyList<AngleFlow.Step> steps, (double S, double T, double Norm)? transition, string? broken,
            double d, Func<double, double, double> fr, Context ctx, string timePath)
        {
            if (transition is not { } tr)
                return Evaluation.Inconclusive($"{timePath}; on the angle clock: {broken ?? "no transition by θ = 10⁻³⁰⁰"}");
            var flip = ctx.Is("reversed-pattern") ? -1 : 1;
            foreach (var st in steps)
            {
                var h = flip * st.Fr;
                var before = st.S < tr.S && h > 0;
                if (!before && !(st.S > tr.S && h < 0)) continue;
                var tol = 10 * (st.FieldError + 0.5 * Math.Abs(fr(st.S, st.U + d) - fr(st.S, st.U - d))) + 1e-15 * Math.Abs(st.Ftheta);
                var at = $"angle clock, T = {tr.T:R} (θ(T) = {2 * Math.Atan(Math.Exp(-tr.S)):R}): at t = {st.Time:R} (θ = {2 * Math.Atan(Math.Exp(-st.S)):R})";
                if (before && h > tol) return Evaluation.Fails(h, $"{at} < T, w_eᵀẇ_e/‖w_e‖ = {h:R} > 0");
                if (!before && h < -tol) return Evaluation.Fails(-h, $"{at} > T, w_eᵀẇ_e/‖w_e‖ = {h:R} < 0");
            }
            var end = steps[^1];
            if (broken is { } b) return Evaluation.Inconclusive($"{timePath}; on the angle clock T = {tr.T:R}, then {b}");
            return Evaluation.Holds($"{timePath}; on the angle clock: T = {tr.T:R}, θ(T) = {2 * Math.Atan(Math.Exp(-tr.S)):R}, ‖w_e(T)‖ = " +
                $"{tr.Norm:R}, signs checked at {steps.Count} steps to t = {end.Time:R}");
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
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "induced flow (14), N ∈ {3, …, 6}, spherically symmetric laws (circles, Gaussians in R²–R¹⁰, mixtures, " +
            "U(S²)), ‖w_e(0)‖ ∈ [0.01, 90], θ(0) ∈ [0, π) with θ(0) = 0 exactly (C₁ = ∞: every bound reads cos θ = 1, checked as the flow staying " +
            "on v); horizon 10, T located as an event and a second integration from w_e(T); bounds compared through ln((1+cos θ)/(1−cos θ))";
        public override string Trust => "numeric on the horizon t ≤ 10 (the suite's); violations count beyond 10 × the propagated state error";
        public override string EvidenceCaveat => "finite horizon t ≤ 10: the phase-2 bound is checked only on the cases with T < 10 (class phase-2)";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            Lsz.SymHyp(Expectation.Counterexample, "Lemma 7 needs Lemma 2"),
            new("theta0-not-pi", "θ(0) ≠ π", "θ(0) = π: w_e(0) = −a v", Expectation.None, "C₁ = 0 and E' = ln C₁ = −∞: every bound reads cos θ ≥ −1 or " +
                "cos θ ≤ −1, and the flow stays on −v: the hypothesis is not needed for the bounds (it is for T < ∞, see LSZ.Lemma6)"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["F-halved"];
        public override int CostPerCase => 6; // 200/6 ≥ 30 cases at ci before the LSZ floors: enough to visit every coverage class
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "The upper bound with E = −2 ln|tan θ(0)/2| as printed fails already at t = 0 for every θ(0) with cos θ(0) > −1/3: at t = 0 it reads cos θ(0) " +
                "≤ (5cos²θ(0) − 1)/(3cos²θ(0) + 1), i.e. (c − 1)²(3c + 1) ≤ 0. The proof (Section 4.3) integrates from ln C₁ = −2 ln|tan(θ(0)/2)|, so the " +
                "intended constant is E = −2 ln|tan(θ(0)/2)| (probably a misplaced fraction). Both lower bounds hold as printed.",
            "U(S¹), v = (0, 1), N = 3, w_e(0) = (1, 0)·… any θ(0) with cos θ(0) > −1/3, e.g. θ(0) = π/2 (E = −∞: the bound is cos θ(0) ≤ −1)",
            "The two lower bounds as printed and cos θ(t) ≤ 1 − 2/(e^{F[(0.6t+D)^{N/2} − D^{N/2}] + E'} + 1) with E' = −2 ln|tan(θ(0)/2)| = ln C₁.");
        public override Claim Corrected => new Theorem3Corrected(this);
        public override IReadOnlyList<CoverageClass> Coverage => CoverageClasses;
        public override IEnumerable<string> Classify(FlowCase x) => ClassesOf(x);
        public override FlowCase Generate(Choices c, Context ctx) => Generate3(c, ctx);
        public override Evaluation Evaluate(FlowCase x, Context ctx) => Check(x, printedE: true, ctx);

        internal static readonly List<CoverageClass> CoverageClasses =
        [
            .. Sec4.Classes(zero: true, pi: false, nearPi: true, 3, 6),
            new("phase-2", "Theorem 3, t > T: the exponential phase (Lemma 6's T)", 0.2, "T < 10: the phase-2 bound is checked"),
        ];

        internal static IEnumerable<string> ClassesOf(FlowCase x) => Sec4.FlowClasses(x).Concat(Run(x).T is { } t && t < 10 ? ["phase-2"] : []);

        internal static FlowCase Generate3(Choices c, Context ctx)
        {
            var f = Sec4.Flow(c, ctx, 3, 6);
            return ctx.Weak("theta0-not-pi") ? f with { W0 = Vec.Scale(-Vec.Norm(f.W0), f.Pop.V) } : f;
        }

        /// <summary>One run per case, shared by the evaluation and the classification (which needs T).</summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FlowCase, DeepRun> Runs = new();

        /// <summary>Off the axis the first integration stops at the first step past T (window 0): the second one, from w(T), is the
        /// one read after T, so [T, 10] is integrated once. On the axis (T = 0, read through the first trajectory) it runs to 10.</summary>
        internal static DeepRun Run(FlowCase x) => Runs.GetValue(x, k =>
        {
            var th0 = Angle(k.W0, k.Pop.V);
            return new DeepRun(k, 10, th0 == 0 || th0 == Math.PI ? double.PositiveInfinity : 0, afterUntil: 10);
        });

        /// <summary>Both lower bounds and the upper bound, with E as printed or E = ln C₁ (the correction).</summary>
        internal static Evaluation Check(FlowCase x, bool printedE, Context ctx)
        {
            var v = x.Pop.V;
            var c0 = Lsz.C0(x.Pop).Value;
            var run = Run(x);
            var th0 = Angle(x.W0, v);
            if (th0 == 0 || th0 == Math.PI) return Proposition4.OnAxis(run.Trajectory, v, th0 == 0, run.StateError);
            var phase2 = run.T is { } tt ? (tt, run.WT!) : ((double, double[])?)null;
            return Judge(run.Steps().Select(s => (s.T, s.W)), v, x.W0, x.Depth, c0, phase2, run.StateError, printedE, ctx);
        }

        /// <summary>The exponents of Theorem 3's bounds on ln((1+cos θ)/(1−cos θ)) (the bound on cos θ is 1 − 2/(e^exponent + 1)):
        /// below ln C₁ + α ln(A₁t/B₁ + 1) up to T, above F[(0.6t+D)^{N/2} − D^{N/2}] + E; <paramref name="fScale"/> = ½ is the wrong
        /// variant F-halved.</summary>
        internal static (double Lower, double Upper) Bounds(int n, double c0, double n0, double lnC1, double e, double t, double fScale = 1)
        {
            var a1 = (n - 2) * c0;
            var b1 = Math.Pow(n0, 2.0 / n - 1);
            var alpha = 2 / ((n - 2) * Math.PI);
            var dd = Math.Pow(n0, 2.0 / n);
            var f = fScale * 4 * c0 / (0.6 * n * Math.PI);
            return (lnC1 + alpha * Math.Log(a1 * t / b1 + 1), f * (Math.Pow(0.6 * t + dd, n / 2.0) - Math.Pow(dd, n / 2.0)) + e);
        }

        /// <summary>Theorem 3's lower exponent after T: B₂ + A₂(t − T) with B₂ = ln((1+cos θ(T))/(1−cos θ(T))), A₂ = 2c₀‖w_e(T)‖^{1−2/N}/π.</summary>
        internal static double LowerAfter(int n, double c0, double[] wT, double[] v, double sinceT) =>
            FlowRun.LogRatio(wT, v) + 2 * c0 * Math.Pow(Vec.Norm(wT), 1 - 2.0 / n) / Math.PI * sinceT;

        /// <summary>The bounds at every step (t, w_e(t)) of a trajectory off the axis, phase 2 from (T, w_e(T)) when T was found; a
        /// violation counts beyond 10 × the state error propagated to ln((1+cos θ)/(1−cos θ)) + 10⁻⁹ relative.</summary>
        internal static Evaluation Judge(IEnumerable<(double T, double[] W)> steps, double[] v, double[] w0, int n, double c0,
            (double T, double[] W)? phase2, double stateError, bool printedE, Context ctx)
        {
            var fScale = ctx.Is("F-halved") ? 0.5 : 1;
            var th0 = Angle(w0, v);
            var n0 = Vec.Norm(w0);
            var lnC1 = FlowRun.LogRatio(w0, v);
            var e = printedE ? -2 * Math.Log(Math.Abs(Math.Tan(th0) / 2)) : lnC1;
            double? tT = phase2?.T;
            var count = 0;
            foreach (var (t, w) in steps)
            {
                count++;
                var lr = FlowRun.LogRatio(w, v);
                var tol = 10 * FlowRun.LogRatioError(w, v, stateError) + 1e-9 * Math.Max(1, Math.Abs(lr));
                var (lower, upper) = Bounds(n, c0, n0, lnC1, e, t, fScale);
                if (phase2 is { } p && t > p.T) lower = LowerAfter(n, c0, p.W, v, t - p.T);
                if (lr < lower - tol) return Evaluation.Fails(lower - lr, $"t = {t:R} (T = {tT:R}): ln((1+cos θ)/(1−cos θ)) = {lr:R} < lower bound " +
                    $"exponent {lower:R}");
                if (lr > upper + tol) return Evaluation.Fails(lr - upper, $"t = {t:R}: ln((1+cos θ)/(1−cos θ)) = {lr:R} > upper bound exponent {upper:R} " +
                    $"(E = {e:R}; cos θ = {Vec.Cos(w, v):R} > {1 - 2 / (Math.Exp(upper) + 1):R})");
            }
            return Evaluation.Holds($"T = {tT:R}; both bounds hold at {count} times up to t = 10");
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
        public override IReadOnlyList<CoverageClass> Coverage => Theorem3.CoverageClasses;
        public override IEnumerable<string> Classify(FlowCase x) => Theorem3.ClassesOf(x);
        public override FlowCase Generate(Choices c, Context ctx) => Theorem3.Generate3(c, ctx);
        public override Evaluation Evaluate(FlowCase x, Context ctx) => Theorem3.Check(x, printedE: false, ctx);
    }
}
