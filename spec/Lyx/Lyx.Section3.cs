using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

// Section 3 of the conference paper (main results): Theorems 1-2 [J 3.1-3.2], the steps of their proofs (Markov,
// the descent inequality) and Remarks 1-2.
public static partial class Lyx
{
    public sealed class Theorem1 : BiasTheorem
    {
        public override string Id => "LYX.Thm1";
        public override string Where => "C Thm 1 and its proof";
        public override string Statement => "0 < b < 1/(2kM), {W^(t)} bounded, some data points with |⟨w_{j_1}^(0), x_1⟩| > b, |⟨u_{j_2}^(0), x_2⟩| > b: for " +
            "η < η_0(k, b, p_max, M), l(W^(t)) decreases monotonically to 0 and the misclassification probability tends to 0.";
    }

    public sealed class JTheorem3_1 : BiasTheorem
    {
        protected override bool Journal => true;
        public override string Id => "LYX.J.Thm3.1";
        public override string Where => "J Thm 3.1 and its proof";
        public override string Statement => "0 < Σ b_j < 1, Assumption 1, {W^t} bounded, some (x, i) with v_{i,j} > 0 and |⟨w_j^0, x⟩| > b_j: for η < η_0(v, " +
            "k, b, p_max, n, M), l_i(W^t) → 0 and the misclassification probability → 0 (the proof shows monotone decrease).";
    }

    public sealed class Theorem2 : TrajectoryClaim
    {
        public override string Id => "LYX.Thm2";
        public override IReadOnlyList<string> WrongVariants => ["bound-over-10000"];
        public override string Where => "C Thm 2 and its proof";
        public override string Statement => "b = 0, |W^(t)| ≤ R, the initialisation condition: Σ_t l(W^(t)) < C(d, M, R, p_min, p_max, η) (the proof's " +
            "value: (2RC_p/(ηp_R))·RM + 2η^{−1}R²M(d+1)C_p) and the misclassification probability tends to 0.";
        public override Evaluation Evaluate(TrajCase x, Context ctx)
        {
            var t = Trajectories.Run(x);
            var r = t.MaxNorm;
            if (PR(1, x.M2, r) is not { } pr) return Evaluation.Inconclusive("MR ≤ 1: p_R undefined");
            var cp = Trajectories.Cp(x);
            var bound = (2 * r * cp / (x.Eta * pr) * r * x.M2 + 2 / x.Eta * r * r * x.M2 * 3 * cp) * BoundFactor(ctx);
            var sum = t.Loss.Sum();
            var detail = $"Σ l on the horizon = {sum:G6}, C = {bound:G6}, final loss {t.Loss[^1]:G4} after {t.Steps} steps";
            if (sum > bound) return Evaluation.Fails(sum - bound, detail);
            return Evaluation.Holds(detail);
        }
    }

    public sealed class JTheorem3_2 : TrajectoryClaim
    {
        protected override bool Journal => true;
        public override string Id => "LYX.J.Thm3.2";
        public override string Where => "J Thm 3.2 and its proof";
        public override string Statement => "b_j = 0, Assumption 1, |W^t| ≤ R, some (x, i) with v_{i,j} > 0 and ⟨w_j^0, x⟩ ≠ 0: l_i(W^t) → 0 and the " +
            "misclassification probability → 0.";
        /// <summary>"weights-vanish": the limit claimed of the wrong quantity (|W^t| → 0 instead of l_i → 0); by J Lemma 5.1 the positive neurons never
        /// shrink.</summary>
        public override IReadOnlyList<string> WrongVariants => ["weights-vanish"];
        public override Evaluation Evaluate(TrajCase x, Context ctx)
        {
            var t = Trajectories.Run(x);
            if (ctx.Is("weights-vanish"))
                return Evaluation.Require(t.Norm[^1] < 1e-3 * t.Norm[0], t.Norm[^1], $"|W|: {t.Norm[0]:G4} → {t.Norm[^1]:G4} after {t.Steps} steps");
            var detail = $"l_i: {t.Loss[0]:G4} → {t.Loss[^1]:G4} after {t.Steps} steps; GC at the end: {t.Gc[^1]}";
            if (t.Loss[^1] < 1e-3 * Math.Max(t.Loss[0], 1e-12) || t.Loss[^1] < 1e-12) return Evaluation.Holds(detail);
            return Evaluation.Inconclusive(detail + " (limit not reached on the horizon)");
        }
    }

    // ───────────────────────────── LYX.Markov ─────────────────────────────

    public sealed record MarkovCase(bool Journal, R[][] W, R[][] U, R B, R[] Bias, R[][] Vm, List<(R[] X, int Y)> Data)
    {
        public override string ToString() => Journal
            ? $"journal: V={LyxGen.Format(Vm)}, b={LyxGen.Format(Bias)}, W={LyxGen.Format(W)}, " +
                $"data=[{string.Join("; ", Data.Select(p => $"{LyxGen.Format(p.X)}:{p.Y}"))}]"
            : $"conference: b={B}, W={LyxGen.Format(W)}, U={LyxGen.Format(U)}, data=[{string.Join("; ", Data.Select(p => $"{LyxGen.Format(p.X)}:{p.Y}"))}]";
    }

    /// <summary>LYX proofs of Thm 1 / 3.1: P[ŷ ≠ y] ≤ l(W) (Markov's inequality with l ≥ 1 on misclassified points).</summary>
    public sealed class MarkovInequality : PropertyClaim<MarkovCase>
    {
        public override string Id => "LYX.Markov";
        public override string Where => "C proof of Thm 1; J proof of Thm 3.1 (same step)";
        public override string Statement => "A misclassified point has y f ≤ 0 (conference; ŷ = sign f with sign 0 = 0) or f_r ≥ f_y for some r ≠ y " +
            "(journal; ŷ = argmax), hence loss ≥ 1, so P[ŷ ≠ y] ≤ l(W) for every distribution.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "both networks (conference (1)/(6) with labels ±1; journal (6) with n ∈ {2, 3} classes, V from Assumption 1) on " +
            "finite data sets in R² (empirical distributions: the inequality is distribution-free); argmax ties go to the smallest index.";
        public override IReadOnlyList<string> WrongVariants => ["margin-half"];

        public override MarkovCase Generate(Choices c, Context ctx)
        {
            var journal = c.Bool();
            var d = 2;
            var data = new List<(R[], int)>();
            if (!journal)
            {
                var k = c.Int(1, 3);
                var w = Enumerable.Range(0, k).Select(_ => LyxGen.Vector(c, d, 3, 2)).ToArray();
                var u = Enumerable.Range(0, k).Select(_ => LyxGen.Vector(c, d, 3, 2)).ToArray();
                for (var p = c.Int(1, 5); p > 0; p--) data.Add((LyxGen.Vector(c, d, 3, 2), c.Bool() ? 1 : -1));
                return new MarkovCase(false, w, u, c.NonNegativeRational(1, 4), [], [], data);
            }
            var n = c.Int(2, 3);
            var kk = c.Int(n, n + 2);
            var V = JournalNet<R>.ConstructV(n, kk, c.In(Interval.OpenClosed(Q(0), Q(2)), 4));
            var ww = Enumerable.Range(0, kk).Select(_ => LyxGen.Vector(c, d, 3, 2)).ToArray();
            var bias = Enumerable.Range(0, kk).Select(_ => c.NonNegativeRational(1, 4)).ToArray();
            for (var p = c.Int(1, 5); p > 0; p--) data.Add((LyxGen.Vector(c, d, 3, 2), c.Int(0, n - 1)));
            return new MarkovCase(true, ww, [], R.Zero, bias, V, data);
        }

        public override Evaluation Evaluate(MarkovCase x, Context ctx)
        {
            var half = ctx.Is("margin-half");
            R loss = 0, wrong = 0;
            if (!x.Journal)
            {
                var net = new ConferenceNet<R>(x.W, x.U, x.B);
                foreach (var (p, y) in x.Data)
                {
                    var f = net.Output(p);
                    loss += half ? Relu(Q(1, 2) - y * f) : net.Loss(p, y);
                    if ((y * f).Sign <= 0) wrong += 1;
                }
            }
            else
            {
                var net = new JournalNet<R>(x.W, x.Bias, x.Vm);
                foreach (var (p, y) in x.Data)
                {
                    var f = net.Outputs(p);
                    loss += half
                        ? Enumerable.Range(0, f.Length).Where(i => i != y).Aggregate(R.Zero, (s, i) => s + Relu(Q(1, 2) - f[y] + f[i]))
                        : net.Loss(p, y);
                    if (net.Predict(p) != y) wrong += 1;
                }
            }
            var n = x.Data.Count;
            return Evaluation.Require(wrong <= loss, ((wrong - loss) / n).ToDouble(), $"P[ŷ ≠ y] = {wrong / n}, l(W) = {loss / n}");
        }
    }

    // ───────────────────────────── LYX.DescentLemma ─────────────────────────────

    public sealed record DescentCase(R Lc, R[] A, R[][] Q, R[] X, R Eta)
    {
        public override string ToString() => $"L={Lc}, eigenvalues={LyxGen.Format(A)}, Q={LyxGen.Format(Q)}, x={LyxGen.Format(X)}, η={Eta}";
    }

    /// <summary>LYX proofs of Thm 1 / 3.1, Eq. (9) [(5)]: the descent inequality and the learning-rate condition η &lt; L/2.</summary>
    public sealed class DescentLemma : PropertyClaim<DescentCase>
    {
        public override string Id => "LYX.DescentLemma";
        public override string Where => "C proof of Thm 1, Eq. (9); J proof of Thm 3.1, Eq. (5)";
        public override string Statement =>
            "As long as η < L/2: l(W⁺) ≤ l(W) − (η − η²L/2)|∇l(W)|² ≤ l(W) for an L-smooth l (L the Lipschitz constant of ∇l).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "L-smooth quadratics l(x) = ½ xᵀ A x with A = Q diag(a) Qᵀ, 0 ≤ a_i ≤ L, Q rational orthogonal (Cayley), dimension " +
            "1-3; one GD step x⁺ = x − η A x. Both inequalities of (9) are checked exactly. (The same two steps are used verbatim in the journal's (5).)";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("l-smooth", "∇l is L-Lipschitz", "eigenvalues up to 3L", Expectation.Counterexample, "the first inequality of (9) is the L-smoothness upper " +
                "bound"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["drop-eta-squared"];
        public override Verdict Expected => Verdict.Fails;
        public override Finding? Finding => new(
            "The printed condition η < L/2 does not make η − η²L/2 non-negative (that needs η ≤ 2/L): for L > 2, step sizes in (2/L, L/2) increase the loss.",
            "l(x) = (3/2)x² (L = 3), x = 1, η = 1 < L/2 = 3/2: x⁺ = 1 − 3 = −2, l(x⁺) = 6 > l(x) = 3/2 (η − η²L/2 = −1/2 < 0; the shrunk counterexample of " +
                "the ci run)",
            "η < 2/L (the standard condition); then (9) gives monotone decrease.");
        public override Claim? Corrected => new DescentLemmaCorrected(this);

        public override DescentCase Generate(Choices c, Context ctx) => Generate(c, ctx, corrected: false);

        internal static DescentCase Generate(Choices c, Context ctx, bool corrected)
        {
            var d = c.Int(1, 3);
            var lc = c.In(Interval.OpenClosed(Q(0), Q(8)), 4);
            var top = ctx.Weak("l-smooth") ? 3 * lc : lc;
            var a = Enumerable.Range(0, d).Select(_ => c.In(Interval.Closed(Q(0), top), 4)).ToArray();
            a[0] = top - c.In(Interval.Closed(Q(0), top), 8) / 8; // an eigenvalue near the top makes the step-size condition bite
            var q = RationalSphere.OrthogonalMatrix(c, d);
            var x = LyxGen.Vector(c, d, 4, 2);
            var eta = corrected ? c.In(Interval.Open(Q(0), 2 / lc), 16) : c.In(Interval.Open(Q(0), lc / 2), 16);
            return new DescentCase(lc, a, q, x, eta);
        }

        public override Evaluation Evaluate(DescentCase x, Context ctx)
        {
            var d = x.X.Length;
            R[] Apply(R[] v)
            {
                var y = x.Q.Select((_, i) => Enumerable.Range(0, d).Aggregate(R.Zero, (s, j) => s + x.Q[j][i] * v[j])).ToArray(); // Qᵀ v
                var z = y.Select((t, i) => x.A[i] * t).ToArray();
                return LyxGen.Apply(x.Q, z);
            }
            R Loss(R[] v) => Vec.Dot<R>(v, Apply(v)) / 2;
            var g = Apply(x.X);
            var next = x.X.Select((t, i) => t - x.Eta * g[i]).ToArray();
            var g2 = Vec.NormSquared(g);
            var coef = ctx.Is("drop-eta-squared") ? x.Eta : x.Eta - x.Eta * x.Eta * x.Lc / 2;
            var bound = Loss(x.X) - coef * g2;
            var ln = Loss(next);
            if (ln > bound) return Evaluation.Fails((ln - bound).ToDouble(), $"(9) fails: l(x⁺) = {ln} > l(x) − (η − η²L/2)|∇l|² = {bound}");
            return Evaluation.Require(ln <= Loss(x.X), (ln - Loss(x.X)).ToDouble(), $"l(x) = {Loss(x.X)}, l(x⁺) = {ln}, bound {bound}, η − η²L/2 = " +
                $"{x.Eta - x.Eta * x.Eta * x.Lc / 2}");
        }
    }

    /// <summary>The corrected statement of DescentLemma; cases from the printed generator with the correction applied.</summary>
    public sealed class DescentLemmaCorrected(DescentLemma printed) : CorrectedStatement<DescentCase>(printed)
    {
        public override string Statement => "For an L-smooth l and η < 2/L: l(W⁺) ≤ l(W) − (η − η²L/2)|∇l(W)|² ≤ l(W).";
        // as recorded: the correction states no setting of its own
        public override string Setting => "";
        public override IReadOnlyList<Hypothesis> Hypotheses => Printed.Hypotheses;
        public override IReadOnlyList<string> WrongVariants => Printed.WrongVariants;
        public override DescentCase Generate(Choices c, Context ctx) => DescentLemma.Generate(c, ctx, corrected: true);
        public override Evaluation Evaluate(DescentCase x, Context ctx) => ((DescentLemma)Printed).Evaluate(x, ctx);
    }

    // ───────────────────────────── LYX.Remark1 ─────────────────────────────

    public sealed record Remark1Case(R B, R[][] W, R[][] U, List<R[]> Data, R Eta)
    {
        public override string ToString() => $"b={B}, η={Eta}, W={LyxGen.Format(W)}, U={LyxGen.Format(U)}, data={LyxGen.Format(Data)}";
    }

    /// <summary>LYX Remark 1: without the initialisation condition the gradient is zero and GD fails to update.</summary>
    public sealed class Remark1 : PropertyClaim<Remark1Case>
    {
        public override string Id => "LYX.Remark1";
        public override string Where => "C Remark 1 [J Remark 1, same wording]";
        public override string Statement =>
            "Without the initialisation condition (no w_j with |⟨w_j^(0), x_1⟩| > b for a class-1 data point), the algorithm suffers zero gradient and fails " +
                "to update.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "decoupled network (6), class 1, d = 2, finite data in the annulus 1 ≤ |x| ≤ 2 (rational norms), b ≥ 0, w_j with " +
            "|w_j| · 2 ≤ b (so the condition fails for every point of the annulus), u_j arbitrary; three exact GD steps.";
        public override IReadOnlyList<string> WrongVariants => ["w-active"];
        public override Verdict Expected => Verdict.Fails;
        public override Finding? Finding => new(
            "Only the gradient with respect to the w_j vanishes; the u_j still receive the gradient E[1_{Ω_W} 1_{Ω_{u_j}} x] from class-1 data, so GD does " +
                "update (it shrinks the u_j) while the loss stays ≥ 1.",
            "d = 2, b = 0, k = 1, w_1 = (0, 0), u_1 = (0, −2), data {(0, −1)} (label 1): the condition fails (⟨w_1, x⟩ = 0), but ∇_{u_1} l_1 = (0, −1) ≠ 0, " +
                "so GD moves u_1 (the shrunk counterexample of the ci run)",
            "Without the condition the w_j get zero gradient at every step and never move, so l_1(W^(t)) ≥ 1 for all t (the u_j can still move).");
        public override Claim? Corrected => new Remark1Corrected(this);

        public override Remark1Case Generate(Choices c, Context ctx)
        {
            var k = c.Int(1, 2);
            var b = c.NonNegativeRational(1, 4);
            var w = Enumerable.Range(0, k).Select(_ => ctx.Is("w-active") ? RationalSphere.Point(c, 2, 1 + b)
                : RationalSphere.Point(c, 2, b / 2 * c.In(Interval.Closed(Q(0), Q(1)), 4))).ToArray();
            var u = Enumerable.Range(0, k).Select(_ => LyxGen.Vector(c, 2, 3, 2)).ToArray();
            var data = Enumerable.Range(0, c.Int(1, 3)).Select(_ => LyxGen.AnnulusPoint(c, 2, Q(1), Q(2))).ToList();
            return new Remark1Case(b, w, u, data, c.In(Interval.OpenClosed(Q(0), Q(1)), 4));
        }

        public override Evaluation Evaluate(Remark1Case x, Context ctx) => Evaluate(x, ctx, corrected: false);

        internal static Evaluation Evaluate(Remark1Case x, Context ctx, bool corrected)
        {
            var data = x.Data.Select(p => (p, R.One)).ToList();
            var net = new ConferenceNet<R>(x.W, x.U, x.B);
            if (!corrected)
            {
                var (gw, gu) = net.MeanGradient(data);
                var nz = gw.Concat(gu).SelectMany(v => v).Count(z => z.Sign != 0);
                return Evaluation.Require(nz == 0, nz, $"gradient W: {LyxGen.Format(gw)}, U: {LyxGen.Format(gu)}");
            }
            for (var t = 0; t < 3; t++)
            {
                var l = net.MeanLoss(data);
                if (l < 1) return Evaluation.Fails((1 - l).ToDouble(), $"step {t}: l_1 = {l} < 1");
                var (gw, _) = net.MeanGradient(data);
                if (gw.SelectMany(v => v).Any(z => z.Sign != 0)) return Evaluation.Fails(1, $"step {t}: ∇_w l_1 = {LyxGen.Format(gw)} ≠ 0");
                net = net.GdStep(data, x.Eta);
            }
            return Evaluation.Holds("w_j fixed and l_1 ≥ 1 over three exact steps");
        }
    }

    /// <summary>The corrected statement of Remark1; cases from the printed generator with the correction applied.</summary>
    public sealed class Remark1Corrected(Remark1 printed) : CorrectedStatement<Remark1Case>(printed)
    {
        public override string Statement =>
            "If |⟨w_j^(0), x⟩| ≤ b for every j and every class-1 data point x, then ∇_{w_j} l_1(W^(t)) = 0 at every step, the w_j never move, f̃ ≤ 0 on the " +
                "data and l_1(W^(t)) ≥ 1 for all t (the u_j may still move).";
        // as recorded: the correction states no setting of its own
        public override string Setting => "";
        public override IReadOnlyList<string> WrongVariants => Printed.WrongVariants;
        public override Remark1Case Generate(Choices c, Context ctx) => ((Remark1)Printed).Generate(c, ctx);
        public override Evaluation Evaluate(Remark1Case x, Context ctx) => Remark1.Evaluate(x, ctx, corrected: true);
    }

    /// <summary>LYX Remark 2: a larger learning rate gives a larger weight bound R.</summary>
    public sealed class Remark2 : ExperimentClaim
    {
        public override string Id => "LYX.Remark2";
        public override string Where => "C Remark 2 [J Remark 2]";
        public override string Statement => "Theorem 2 does not require η small, but a larger learning rate implicitly results in a larger bound R for " +
            "|W^(t)| (and so a larger constant C in (5)).";
        public override string Trust => "simulation: 100 paired seeded runs (same W(0)) with η and 4η on the 880-point set, 2k = 8; paired t-test on max_t " +
            "|W^(t)|: holds if larger for 4η at p < 0.01, fails if significantly smaller, inconclusive otherwise";
        public override IReadOnlyList<string> WrongVariants => ["reverse-comparison"];
        public override ExpCase Generate(Choices c, Context ctx) => new(0, (ulong)c.Int(0, 1), c.Pick(Trajectories.LearningRates));
        protected override Evaluation EvaluateCore(ExpCase x, Context ctx)
        {
            var diffs = new double[100];
            var eta2 = 4 * x.Param;
            Parallel.For(0, 100, r =>
            {
                var seed = Dynamics.Lyx.SplitMix64.Derive(x.Seed, 11, r);
                var a = Experiments.Lyx.LyxExperiments.PaperGrid.Run(Dynamics.Lyx.PolarGridGd.Initialise(4, false, seed), x.Param, 100_000);
                var b = Experiments.Lyx.LyxExperiments.PaperGrid.Run(Dynamics.Lyx.PolarGridGd.Initialise(4, false, seed), eta2, 100_000);
                diffs[r] = ctx.Is("reverse-comparison") ? a.MaxNorm - b.MaxNorm : b.MaxNorm - a.MaxNorm;
            });
            var (m, s) = Experiments.Lyx.LyxExperiments.MeanStd(diffs);
            var t = m / (s / Math.Sqrt(100));
            var p = 2 * (1 - MathNet.Numerics.Distributions.StudentT.CDF(0, 1, 99, Math.Abs(t)));
            var detail = $"η = {x.Param} vs {eta2}: mean difference of max_t |W| = {m:G4} (sd {s:G4}), paired t = {t:G4}, p = {p:G3}";
            if (m > 0 && p < 0.01) return Evaluation.Holds(detail);
            return m < 0 && p < 0.01 ? Evaluation.Fails(-m, detail, CounterexampleClass.SampleOnly) : Evaluation.Inconclusive(detail);
        }
    }
}
