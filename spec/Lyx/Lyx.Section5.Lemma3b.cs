using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

// Section 5 of the conference paper: the second part of Lemma 3 [J Lemma 5.1], |u_j| (|w_j| for v_{i,j} < 0) non-increasing
// above r under the learning-rate conditions, checked on radial densities and on densities concentrated near a line.
public static partial class Lyx
{
    /// <summary>Shared generator and evaluation of LYX.Lemma3b and LYX.J.Lemma5.1b.</summary>
    public static class ShrinkingNorms
    {
        /// <summary>Coverage of both claims (the classes that matter for the proofs' |∇|² and ⟨∇, w̃⟩ bounds).</summary>
        public static IReadOnlyList<CoverageClass> Coverage(bool journal) =>
        [
            new("concentrated-near-line", "C Lemma 3 / J Lemma 5.1: C_p = max over lines; Assumption 2 allows any density ≥ p_min > 0", 0.2,
                "λ·radial + (1 − λ)·uniform on a small square, λ ≤ 1/10 (mass near a line, positive on the whole annulus)"),
            new("bump-cut-by-neuron", "C proof of Lemma 3: E[1_Ω⟨w̃, x⟩] ≥ P²/(2C_p) is tight on a thin slab", 0.1,
                "the neuron's line ⟨w, x⟩ = 0 crosses the square"),
            new("radial-any-alpha", "C Section 2: radial densities c|x|^α", 0.2, "radial density"),
            new("r-near-norm", "C Lemma 3 / J Lemma 5.1: the hypothesis |w_j| > r at its edge", 0.1, "r ≥ 15/16 · the smallest shrinking norm"),
            new("eta-near-bound", "C Lemma 3 / J Lemma 5.1: the learning-rate hypothesis at its edge", 0.1, "η ≥ 15/16 · the printed bound"),
            new("thin-annulus", "C Section 2: any 0 < m < M", 0.05, "M/m ≤ 9/8"),
            .. (journal ? new CoverageClass[]
            {
                new("v-above-half", "J Assumption 1 (3): any v > 0 (the proof's |∇|² ≤ 2vM²ΣP² needs v ≤ 1/2)", 0.2, "v > 1/2"),
                new("n-at-least-3", "J (1): n classes (Lemma 5.1's bound has n)", 0.2, "n ≥ 3"),
                new("one-sign-column", "J Assumption 1 (2)", 0.1, "a column of V of one sign"),
            } : Array.Empty<CoverageClass>()),
        ];

        public static IEnumerable<string> Classify(PopCase x, bool journal)
        {
            if (x.Bump is { } q)
            {
                if (q[0] <= 0.1) yield return "concentrated-near-line";
                var shr = Shrinking(x, journal).ToList();
                if (shr.Any(v => CrossesSquare(v, q))) yield return "bump-cut-by-neuron";
            }
            else yield return "radial-any-alpha";
            var norms = Shrinking(x, journal).Select(Population.Norm).Where(z => z > 0).ToList();
            if (norms.Count > 0 && x.R0 >= 15.0 / 16 * norms.Min()) yield return "r-near-norm";
            if (x.Eta >= 15.0 / 16 * Bound(x, journal)) yield return "eta-near-bound";
            if (x.M2 <= 9.0 / 8 * x.M1) yield return "thin-annulus";
            if (!journal) yield break;
            if (x.V > 0.5) yield return "v-above-half";
            if (x.Vm.Length >= 3) yield return "n-at-least-3";
            if (HasSingleSignColumn(x.Vm)) yield return "one-sign-column";
        }

        private static bool CrossesSquare(double[] w, double[] q)
        {
            var s = new[] { (-1, -1), (-1, 1), (1, -1), (1, 1) }.Select(t => w[0] * (q[1] + t.Item1 * q[3]) + w[1] * (q[2] + t.Item2 * q[3])).ToList();
            return s.Min() < 0 && s.Max() > 0;
        }

        /// <summary>The vectors whose norms the lemma says do not grow: u_j (conference), w_j with v_{1,j} &lt; 0 (journal).</summary>
        public static IEnumerable<double[]> Shrinking(PopCase x, bool journal) =>
            journal ? Enumerable.Range(0, x.W.Length).Where(j => x.Vm[0][j] < 0).Select(j => x.W[j]) : x.U;

        public static double Cp(PopCase x) => x.Bump is { } q
            ? new Dynamics.Lyx.SquareBumpMixture(new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha), q[0], q[1], q[2], q[3]).CpUpperBound
            : new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha).Cp();

        /// <summary>The printed bound: min{r/(C_pM²), r/M} (C Lemma 3), min{r/(C_pM²), r/(2vnM)} (J Lemma 5.1); with the bump's upper bound
        /// of C_p (a smaller η, still inside the hypothesis).</summary>
        public static double Bound(PopCase x, bool journal) =>
            Math.Min(x.R0 / (Cp(x) * x.M2 * x.M2), journal ? x.R0 / (2 * x.V * x.Vm.Length * x.M2) : x.R0 / x.M2);

        public static PopCase Generate(Choices c, Context ctx, bool journal)
        {
            var bump = c.Int(0, 2) != 0;
            double m, bigM, alpha;
            double[]? q = null;
            if (bump)
            {
                m = c.In(Interval.Closed(Q(1, 2), Q(2)), 4).ToDouble();
                bigM = m * c.Pick(new[] { 2.0, 1.5, 1.125, 3 });
                alpha = c.Int(0, 2);
                var eps = c.Pick(new[] { 1.0 / 100, 1.0 / 400, 1.0 / 20 }) * (bigM - m);
                var lambda = c.Pick(new[] { 1.0 / 100, 1.0 / 1000, 1.0 / 10 });
                var t = RationalSphere.UnitVector(c, 2).Select(z => z.ToDouble()).ToArray();
                // centre radius near M (where |x| is largest), the square inside the annulus (corners within √2 ε of the centre)
                var rc = c.Int(0, 7) != 0 ? bigM - 1.5 * eps : m + 1.5 * eps + (bigM - m - 3 * eps) * c.In(Interval.Closed(Q(0), Q(1)), 8).ToDouble();
                q = [lambda, rc * t[0], rc * t[1], eps];
            }
            else _ = Population.Density(c, out m, out bigM, out alpha);
            int n = 0, k;
            double v = 0;
            double[][] V = [];
            if (journal)
            {
                n = c.Int(2, 4);
                k = n + c.Int(0, 2);
                // on the concentrated densities the proofs' bounds bind for large v (the printed η exceeds |w|/(2vC_pM²) once v > 1/2)
                var vr = q is not null ? c.Pick(new[] { Q(4), Q(8), Q(16) }) * c.In(Interval.Closed(Q(1), Q(2)), 4)
                    : c.Pick(new[] { Q(1), Q(1, 4), Q(1, 2), Q(2), Q(1, 8) }) * c.In(Interval.Closed(Q(1, 2), Q(2)), 4);
                v = vr.ToDouble();
                V = Assumption1V(c, n, k, vr, singleSign: true).Select(row => row.Select(z => z.ToDouble()).ToArray()).ToArray();
            }
            else k = c.Int(1, 3);
            double[] Perp() => q is null ? [Population.Q(c, 4, 4), Population.Q(c, 4, 4)] : [-q[2], q[1]];
            double[] Shr() => q is not null && c.Int(0, 7) != 0 ? Perp().Select(z => z * (1 + c.In(Interval.Closed(Q(0), Q(3)), 4).ToDouble())).ToArray()
                : [Population.Q(c, 4, 4), Population.Q(c, 4, 4)];
            // with the density concentrated, the other neurons are zero (b = 0): Ω is then the whole active half-plane, as in the
            // extremal case of the proofs
            double[][] w, u = [];
            if (!journal)
            {
                w = Enumerable.Range(0, k).Select(_ => q is null ? new[] { Population.Q(c, 4, 4), Population.Q(c, 4, 4) } : new double[2]).ToArray();
                u = Enumerable.Range(0, k).Select(_ => Shr()).ToArray();
                if (u.All(z => Population.Norm(z) == 0)) u[0] = [1, 0];
            }
            else
            {
                w = Enumerable.Range(0, k).Select(j => V[0][j] < 0 ? Shr() : q is null ? new[] { Population.Q(c, 4, 4), Population.Q(c, 4, 4) } : new double[2])
                    .ToArray();
                var neg = Enumerable.Range(0, k).Where(j => V[0][j] < 0).ToList();
                if (neg.All(j => Population.Norm(w[j]) == 0)) w[neg[0]] = [1, 0];
            }
            var draft = new PopCase(m, bigM, alpha, w, u, 0, [], 0, 0, 1, journal, v, V, new double[journal ? k : 0], q);
            var norms = Shrinking(draft, journal).Select(Population.Norm).Where(z => z > 0).ToList();
            var r = norms.Min() * (c.Int(0, 3) != 0 ? 255.0 / 256 : c.In(Interval.Open(Q(0), Q(1)), 8).ToDouble());
            draft = draft with { R0 = r };
            var tau = ctx.Weak("learning-rate") ? c.In(Interval.Closed(Q(1), Q(200)), 1).ToDouble()
                : c.Int(0, 3) != 0 ? 255.0 / 256 : c.In(Interval.Open(Q(0), Q(1)), 16).ToDouble();
            return draft with { Eta = tau * ctx.Constant("lr-factor", 1).ToDouble() * Bound(draft, journal) };
        }

        public static Evaluation Evaluate(PopCase x, Context ctx, bool journal)
        {
            var eta = ctx.Is("step-sign") ? -x.Eta : x.Eta;
            var names = journal ? Enumerable.Range(0, x.W.Length).Where(j => x.Vm[0][j] < 0).Select(j => $"w_{j + 1}").ToList()
                : Enumerable.Range(0, x.U.Length).Select(j => $"u_{j + 1}").ToList();
            var vecs = Shrinking(x, journal).ToList();
            if (x.Bump is { } q)
            {
                // every neuron that lowers the margin is zero except the shrinking ones, b = 0: the margins are ≤ 0 on the support, Ω = all,
                // so ∇ = (coefficient) · E[1_{⟨w, x⟩ > 0} x] in closed form (exact polygon moments of the square, radial moments).
                var mix = new Dynamics.Lyx.SquareBumpMixture(new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha), q[0], q[1], q[2], q[3]);
                var idx = journal ? Enumerable.Range(0, x.W.Length).Where(j => x.Vm[0][j] < 0).ToList() : Enumerable.Range(0, x.U.Length).ToList();
                var grads = idx.Select((j, t) =>
                {
                    var vec = vecs[t];
                    if (Population.Norm(vec) == 0) return new double[2];
                    var coef = journal ? Enumerable.Range(1, x.Vm.Length - 1).Sum(r => x.Vm[r][j] - x.Vm[0][j]) : 1; // −(v_{1,j} − v_{r,j}) summed
                    var (_, e) = mix.HalfPlane(vec);
                    return new[] { coef * e[0], coef * e[1] };
                }).ToList();
                return Population.NormsDoNotGrow(names.Zip(vecs, grads).Select(z => (z.First, z.Second, z.Third)), eta, x.R0, 1e-15,
                    $"square-bump density, C_p ≤ {mix.CpUpperBound:G6}, η = {x.Eta:G6}");
            }
            var dens = new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha);
            if (!journal)
            {
                var res = Dynamics.Lyx.Population2D.Conference(dens, x.W, x.U, x.B, 1e-10).Compute();
                var k = x.W.Length;
                return Population.NormsDoNotGrow(Enumerable.Range(0, k).Select(j => ($"u_{j + 1}", x.U[j], res.Gradient[k + j])), eta, x.R0, res.Error,
                    $"C_p = {dens.Cp():G6}, err {res.Error:G3}");
            }
            var jr = Dynamics.Lyx.Population2D.Journal(dens, x.W, x.Bias, x.Vm, 0, 1e-10).Compute();
            var negative = Enumerable.Range(0, x.W.Length).Where(j => x.Vm[0][j] < 0);
            return Population.NormsDoNotGrow(negative.Select(j => ($"w_{j + 1}", x.W[j], jr.Gradient[j])), eta, x.R0, jr.Error,
                $"C_p = {dens.Cp():G6}, err {jr.Error:G3}");
        }
    }

    /// <summary>LYX Lemma 3, second part: |u_j^(t)| non-increasing above r for η &lt; min{r/(C_p M²), r/M}.</summary>
    public sealed class Lemma3b : PropertyClaim<PopCase>
    {
        public override string Id => "LYX.Lemma3b";
        public override string Where => "C Lemma 3 (second sentence) and proof";
        public override string Statement => "Network (6): for any r > 0 and η < min{r/(C_p M²), r/M}, |u_j^(t)| is non-increasing (one GD step on the " +
            "population loss l_1 does not increase |u_j|) whenever |u_j| > r.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "population GD on l_1, d = 2, k ∈ [1, 3], b = 0; one third radial densities c|x|^α on m ≤ |x| ≤ M (gradient by " +
            "the population quadrature), two thirds λ·radial + (1 − λ)·uniform on a square of side 2ε inside the annulus (λ ≥ 1/1000: positive on the " +
            "whole annulus; mass concentrated near a line), the w_j zero and the u_j often perpendicular to the square's centre (their line cuts it), " +
            "gradient in closed form, C_p replaced by an upper bound (a smaller η); r = ρ min_j |u_j|, η = τ · the printed bound, ρ, τ up to 255/256.";
        public override string Trust => "numeric: an increase counts only if it exceeds 100× the propagated error (quadrature estimate, or 1e-15 for the " +
            "closed forms) plus 1e-13";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("learning-rate", "η < min{r/(C_pM²), r/M}", "η up to 200 × the bound", Expectation.Counterexample, "|u − ηg|² − |u|² = −2η⟨u, g⟩ + η²|g|² > " +
                "0 for η > 2⟨u, g⟩/|g|²"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["step-sign"];
        public override IReadOnlyList<Constant> Constants =>
        [
            new("lr-factor", 1, 1, 200, "multiplier of the learning-rate bound min{r/(C_pM²), r/M}: the printed bound is sufficient; the fuzzer finds growth " +
                "of |u_j| at factors of order 10 (e.g. one neuron u = (1, 0), r = 1/2, uniform on 1 ≤ |x| ≤ 2, at η = 4.25)"),
        ];
        public override IReadOnlyList<CoverageClass> Coverage => ShrinkingNorms.Coverage(false);
        public override IEnumerable<string> Classify(PopCase x) => ShrinkingNorms.Classify(x, false);
        public override int CostPerCase => 4;
        public override PopCase Generate(Choices c, Context ctx) => ShrinkingNorms.Generate(c, ctx, false);
        public override Evaluation Evaluate(PopCase x, Context ctx) => ShrinkingNorms.Evaluate(x, ctx, false);

        public static bool HypothesesHold(PopCase x) => x.R0 > 0 && x.Eta > 0 && x.Eta < ShrinkingNorms.Bound(x, false) && x.B == 0
            && ShrinkingNorms.Shrinking(x, false).Any(v => Population.Norm(v) > x.R0);
    }

    /// <summary>LYX J Lemma 5.1, second part: the journal's learning-rate condition with v and n.</summary>
    public sealed class JLemma5_1b : PropertyClaim<PopCase>
    {
        public override string Id => "LYX.J.Lemma5.1b";
        public override string Where => "J Lemma 5.1 (second sentence) and proof";
        public override string Statement => "Network (6), b_j = 0: for any r > 0 and η < min{r/(C_p M_i²), r/(2vnM_i)}, |w_j^t| is non-increasing if v_{i,j} " +
            "< 0 and |w_j^t| > r.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "one GD step on l_i (i = 1), d_i = 2, n ∈ [2, 4], k ∈ [n, n+2], every V Assumption 1 allows (drawn owners, columns " +
            "of one sign), v from 1/16 to 4 (radial) and 4 to 32 (concentrated densities); densities, r and η as in LYX.Lemma3b with the " +
            "journal's bound (the neurons with v_{1,j} > 0 zero on the concentrated densities).";
        public override string Trust => "numeric, as LYX.Lemma3b";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("learning-rate", "η < min{r/(C_pM_i²), r/(2vnM_i)}", "η up to 200 × the bound", Expectation.Counterexample, "large steps overshoot through " +
                "the origin"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["step-sign"];
        public override IReadOnlyList<CoverageClass> Coverage => ShrinkingNorms.Coverage(true);
        public override IEnumerable<string> Classify(PopCase x) => ShrinkingNorms.Classify(x, true);
        public override int CostPerCase => 4;
        public override Verdict Expected => Verdict.Fails;
        public override Finding? Finding => new(
            "The proof bounds |∇_{w_j} l_i|² by 2vM²ΣP² where |∇| = 2v|E[1_Ω x]| ≤ 2vMP gives 4v²M²P²; with ⟨∇, w̃⟩ ≥ (v/C_p)P² the step shrinks |w_j| " +
                "only for η ≤ |w_j|/(2vC_pM²). The printed min{r/(C_pM²), r/(2vnM)} exceeds this when v > 1/2 and C_pM > n, and for a density " +
                "concentrated near a line (C_p large, ⟨∇, w̃⟩ close to the bound) the norm grows.",
            "n = 2, k = 2, V = [[4, −4], [−4, 4]] (v = 4), b = 0, w_1 = 0, w_2 = (1, 0), density (1/100)·uniform on 1 ≤ |x| ≤ 2 + (99/100)·uniform on the " +
                "square [−1/100, 1/100] × [197/100, 199/100] (C_p ≤ 70.0), r = 99/100, η = 7/2000 < min{r/(C_pM²), r/(2vnM)} = 0.00353: ∇_{w_2} l_1 = " +
                "8·E[1_{x_1 > 0} x] ≈ (0.0594, 7.84), and |w_2 − η∇|² − |w_2|² ≈ 3.4·10⁻⁴ > 0",
            "η < min{r/(2vC_pM²), r/(2vnM)} (the first term divided by 2v; equal to the printed one when v = 1/2).");
        public override Claim? Corrected => new JLemma5_1bCorrected(this);

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.ProofStep, "J proof of Lemma 5.1", "|∇_{w_j} l_i(W)| = 2v|Σ_{r≠i} E[1_{Ω^j_{i,r}} x]| ≤ 2vM Σ_{r≠i} P[Ω^j_{i,r}]²",
                "|∇| ≤ 2vM P[Ω^j_{i,r*}] (one r* with v_{r*,j} > 0 by Assumption 1 (2); none for a column of one sign)",
                "|E[1_Ω x]| ≤ M·P[Ω], not M·P[Ω]²; the other r have coefficient v_{i,j} − v_{r,j} = 0"),
            new(FindingKind.ProofStep, "J proof of Lemma 5.1 (last display)", "|w − η∇|² ≤ |w|² − 2vη(|w|/C_p − ηM²) ΣP²",
                "|w|² − 2vη(|w|/C_p − 2vηM²) P² (|∇|² ≤ 4v²M²P²)", "the finding: the printed bound suffices only for v ≤ 1/2 or C_pM ≤ n"),
            new(FindingKind.Textual, "J Lemma 5.1 vs C Lemma 3", "η < min{r/(C_pM_i²), r/(2vnM_i)} (journal); η < min{r/(C_pM²), r/M} (conference)",
                "each as printed", "the conference network is the journal's with v = 1/2 and n = 2 only up to the factor n in the second term"),
        ];
        public override PopCase Generate(Choices c, Context ctx) => ShrinkingNorms.Generate(c, ctx, true);
        public override Evaluation Evaluate(PopCase x, Context ctx) => ShrinkingNorms.Evaluate(x, ctx, true);

        public static bool HypothesesHold(PopCase x) => x.R0 > 0 && x.Eta > 0 && x.Eta < ShrinkingNorms.Bound(x, true) && x.Bias.All(z => z == 0)
            && JournalNet<double>.SatisfiesAssumption1(x.Vm) && ShrinkingNorms.Shrinking(x, true).Any(v => Population.Norm(v) > x.R0);
    }

    /// <summary>J Lemma 5.1b with the first term of the bound divided by 2v, on the printed generator's cases (η rescaled).</summary>
    public sealed class JLemma5_1bCorrected(JLemma5_1b printed) : CorrectedStatement<PopCase>(printed)
    {
        public override string Statement => "Network (6), b_j = 0: for any r > 0 and η < min{r/(2vC_p M_i²), r/(2vnM_i)}, |w_j^t| is non-increasing if " +
            "v_{i,j} < 0 and |w_j^t| > r.";
        public override string Setting => "";
        public override IReadOnlyList<CoverageClass> Coverage => ShrinkingNorms.Coverage(true);
        public override IEnumerable<string> Classify(PopCase x) =>
            ShrinkingNorms.Classify(x, true).Where(z => z != "eta-near-bound").Concat(x.Eta >= 15.0 / 16 * Bound(x) ? ["eta-near-bound"] : []);
        /// <summary>"printed-bound": the printed η (not divided by 2v) on the same cases, which must fail again.</summary>
        public override IReadOnlyList<string> WrongVariants => ["printed-bound"];

        public static double Bound(PopCase x) => Math.Min(x.R0 / (2 * x.V * ShrinkingNorms.Cp(x) * x.M2 * x.M2), x.R0 / (2 * x.V * x.Vm.Length * x.M2));

        public override PopCase Generate(Choices c, Context ctx)
        {
            var x = ShrinkingNorms.Generate(c, ctx, true);
            if (ctx.Is("printed-bound")) return x;
            var printed = ShrinkingNorms.Bound(x, true);
            return x with { Eta = x.Eta / printed * Bound(x) };
        }

        public override Evaluation Evaluate(PopCase x, Context ctx) => ShrinkingNorms.Evaluate(x, ctx, true);
        public static bool HypothesesHold(PopCase x) => x.R0 > 0 && x.Eta > 0 && x.Eta < Bound(x) && x.Bias.All(z => z == 0);
    }
}
