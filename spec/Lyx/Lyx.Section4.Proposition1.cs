using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

// Section 4.2 of the conference paper (landscape): Proposition 1 [J Prop 1] and the certificates of critical points.
public static partial class Lyx
{
    // ───────────────────────────── LYX.Prop1 / LYX.J.Prop1 ─────────────────────────────

    /// <summary>Exact certificates that a network is a critical point of the population loss on the annulus m ≤ |x| ≤ M, and its loss.</summary>
    internal static class CriticalPoints
    {
        /// <summary>Every neuron inactive on the support: |w|² M² ≤ b² gives ⟨w, x⟩ ≤ b for |x| ≤ M, so every indicator of Eq. (8) vanishes.</summary>
        public static bool Dead(IEnumerable<(R[] W, R B)> neurons, R bigM) => neurons.All(n => Vec.NormSquared(n.W) * bigM * bigM <= n.B * n.B);

        /// <summary>The vectors contain all 2^d vertices (±ρ, …, ±ρ) of a cube with ρ ≥ r; then max_j ⟨w_j, x⟩ = ρ‖x‖₁ ≥ ρ|x|.</summary>
        public static R? CubeScale(IReadOnlyList<R[]> vs)
        {
            var cand = vs.FirstOrDefault(v => v.All(z => z.Sign != 0));
            if (cand is null) return null;
            var rho = R.Abs(cand[0]);
            if (cand.Any(z => R.Abs(z) != rho)) return null;
            var d = cand.Length;
            for (var mask = 0; mask < 1 << d; mask++)
            {
                var vert = Enumerable.Range(0, d).Select(i => ((mask >> i) & 1) == 1 ? -rho : rho).ToArray();
                if (!vs.Any(v => v.SequenceEqual(vert))) return null;
            }
            return rho;
        }

        public static R[] Block(R[] v, int start, int d) => v.Skip(start).Take(d).ToArray();
    }

    public sealed record Prop1Case(int D, R B, R Mmin, R Mmax, R[][] W, R[][] U, R[] X1, R[] X2)
    {
        public override string ToString() => $"d={D}, b={B}, m={Mmin}, M={Mmax}, W={LyxGen.Format(W)}, U={LyxGen.Format(U)}, x1={LyxGen.Format(X1)}, " +
            $"x2={LyxGen.Format(X2)}";
    }

    /// <summary>LYX Prop 1 (conference): critical points with f(W, x_i) ≠ 0 have zero population loss.</summary>
    public sealed class Proposition1 : PropertyClaim<Prop1Case>
    {
        public override string Id => "LYX.Prop1";
        public override string Where => "C Prop 1 and its proof";
        public override string Statement =>
            "Network (1), d > 1: if W is a critical point of l(W) and there exists some x_i ∈ V_i (i = 1, 2) with f(W, x_i) ≠ 0, then l(W) = 0.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "network (1) on R^{2d}, V_1 = first d coordinates, V_2 = last d (Lemma 1 covers rotations), densities on the " +
            "annulus m ≤ |x| ≤ M of each V_i (any density: the certificates do not depend on it). Critical points built by construction and certified " +
            "exactly: (A) every neuron inactive on the support (|w|²M² ≤ b², needs b > 0): gradient 0 and f ≡ 0 on the support, so l = 1; (B) w's a cube " +
            "[±ρ]^d in V_1 and u's a cube in V_2 with ρm ≥ 1 + b: f ≥ 1 on class 1 and ≤ −1 on class 2, gradient 0, l = 0.";
        public override string Trust => "exact: criticality and the loss are certified in rational arithmetic (inactive neurons, or the cube certificate " +
            "ρ‖x‖₁ ≥ ρ|x|); only these two families of critical points are generated";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("dimension-above-1", "d > 1", "d = 1 allowed", Expectation.Counterexample, "family (A) already violates the printed statement in any d"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["cube-too-small"];
        public override Verdict Expected => Verdict.Fails;
        public override Finding? Finding => new(
            "With b > 0 a network whose neurons are all inactive on the annulus m ≤ |x| ≤ M is a critical point (the gradient integrands vanish on the " +
                "support) with l(W) = 1, yet f(W, x_i) ≠ 0 at points x_i ∈ V_i outside the support. The proof's continuity step only shows l = 0 or f ≡ 0 on " +
                "the support.",
            "d = 2, b = 1, m = 1, M = 2, k = 1, w_1 = (0, −1/2, 0, 0), u_1 = (0, 0, 0, −1/2): |w_1| M = |u_1| M = 1 ≤ b, so every neuron is inactive on the " +
                "support, ∇l(W) = 0 and l(W) = 1; yet x_1 = (0, −4, 0, 0) ∈ V_1 has f = 1 ≠ 0 and x_2 = (0, 0, 0, −4) ∈ V_2 has f = −1 ≠ 0 (the shrunk " +
                "counterexample of the ci run)",
            "Require the points x_i with f(W, x_i) ≠ 0 to lie in the support of D_i (m ≤ |x_i| ≤ M); with b = 0 the printed statement is equivalent to this " +
                "by homogeneity.");
        public override Claim? Corrected => new Proposition1Corrected(this);

        public override Prop1Case Generate(Choices c, Context ctx) => Generate(c, ctx, corrected: false);

        public override string? EvidenceCaveat => "critical points only from the certified families (cube, all inactive)";

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "C Prop 1", "there exists some x_i ∈ V_i such that f(W, x_i) ≠ 0 (i = 1, 2)",
                "for each i = 1, 2 some x_i ∈ V_i", "with one i only, the other block can be all inactive: l = ½(0 + 1) ≠ 0"),
            new(FindingKind.ProofStep, "C proof of Prop 1 (last step) [J proof of Prop 1]", "l is continuous, so either l(W) = 0 or f(W; x) ≡ 0",
                "f ≡ 0 on the support (connectedness of the annulus in d > 1 is what the step uses)", "outside the support nothing constrains " +
                    "f (the finding)"),
        ];

        internal static readonly IReadOnlyList<CoverageClass> Prop1Coverage =
        [
            new("bias-zero", "C (1): b ≥ 0 (Theorem 2's case b = 0)", 0.05, "b = 0"),
            new("d-3", "C Proposition 1: d > 1", 0.2, "d = 3"),
            new("cube-at-equality", "C Proposition 2 (the zero-loss certificate) at its radius", 0.05, "ρm = 1 + b"),
        ];

        public override IReadOnlyList<CoverageClass> Coverage => Prop1Coverage;

        public override IEnumerable<string> Classify(Prop1Case x) => ClassifyCase(x);

        internal static IEnumerable<string> ClassifyCase(Prop1Case x)
        {
            if (x.B.Sign == 0) yield return "bias-zero";
            if (x.D == 3) yield return "d-3";
            var rho = CriticalPoints.CubeScale(x.W.Select(v => CriticalPoints.Block(v, 0, x.D)).ToList());
            if (rho is { } r && r * x.Mmin == 1 + x.B) yield return "cube-at-equality";
        }

        internal static Prop1Case Generate(Choices c, Context ctx, bool corrected)
        {
            var d = ctx.Weak("dimension-above-1") ? c.Int(1, 3) : c.Int(2, 3);
            var m = c.In(Interval.Closed(Q(1, 2), Q(2)), 4);
            var bigM = m + c.In(Interval.OpenClosed(Q(0), Q(2)), 4);
            var dead = (!corrected || ctx.Is("x-anywhere")) && !c.Bool();
            R[] Embed(R[] v, int start) { var z = Vec.Zero<R>(2 * d); for (var i = 0; i < d; i++) z[start + i] = v[i]; return z; }
            if (dead)
            {
                var b = c.In(Interval.OpenClosed(Q(0), Q(1)), 4);
                var k = c.Int(1, 2);
                R[] Small(int start) => Embed(RationalSphere.Point(c, d, b / bigM * c.In(Interval.OpenClosed(Q(0), Q(1)), 4)), start);
                var w = Enumerable.Range(0, k).Select(_ => Small(0)).ToArray();
                var u = Enumerable.Range(0, k).Select(_ => Small(d)).ToArray();
                return new Prop1Case(d, b, m, bigM, w, u, Vec.Scale(2 * b / Vec.NormSquared(w[0]), w[0]), Vec.Scale(2 * b / Vec.NormSquared(u[0]), u[0]));
            }
            else
            {
                var b = c.NonNegativeRational(1, 4);
                var rho = (1 + b) / m * (ctx.Is("cube-too-small") ? Q(1, 4) : 1 + c.NonNegativeRational(2, 4));
                var w = LyxGen.CubeVertices(d, rho).Select(v => Embed(v, 0)).ToArray();
                var u = LyxGen.CubeVertices(d, rho).Select(v => Embed(v, d)).ToArray();
                var x1 = Embed(LyxGen.AnnulusPoint(c, d, m, bigM), 0);
                var x2 = Embed(LyxGen.AnnulusPoint(c, d, m, bigM), d);
                return new Prop1Case(d, b, m, bigM, w, u, x1, x2);
            }
        }

        public override Evaluation Evaluate(Prop1Case x, Context ctx) => Evaluate(x, ctx, corrected: false);

        internal static Evaluation Evaluate(Prop1Case x, Context ctx, bool corrected)
        {
            var net = new ConferenceNet<R>(x.W, x.U, x.B);
            var d = x.D;
            foreach (var (p, blk) in new[] { (x.X1, 0), (x.X2, d) })
            {
                if (net.Output(p) == 0) return Evaluation.Discarded("hypothesis f(W, x_i) ≠ 0 not met");
                if (corrected && !ctx.Is("x-anywhere"))
                {
                    var n2 = Vec.NormSquared(p);
                    if (n2 < x.Mmin * x.Mmin || n2 > x.Mmax * x.Mmax) return Evaluation.Discarded("x_i outside the support (hypothesis of the " +
                        "corrected statement not met)");
                }
            }
            R loss;
            string why;
            if (CriticalPoints.Dead(x.W.Concat(x.U).Select(v => (v, x.B)), x.Mmax)) { loss = 1; why = "all neurons inactive on the support: ∇l = 0, f ≡ 0 " +
                "there, l = 1"; }
            else if (Cube(x, 0, 0) && Cube(x, d, 1)) { loss = 0; why = "cube certificate: f ≥ 1 on class 1, f ≤ −1 on class 2 over the support, ∇l = 0, l = " +
                "0"; }
            else return Evaluation.Inconclusive("criticality not certified for this case");
            return Evaluation.Require(loss == 0, loss.ToDouble(), $"{why}; f(x_1) = {net.Output(x.X1)}, f(x_2) = {net.Output(x.X2)}");
        }

        /// <summary>For class c (block start): the neurons of its sign form a cube in the block with ρm ≥ 1 + b and vanish outside it; the others are
        /// inactive.</summary>
        private static bool Cube(Prop1Case x, int start, int cls)
        {
            var d = x.D;
            var mine = cls == 0 ? x.W : x.U;
            var other = cls == 0 ? x.U : x.W;
            var blocks = mine.Select(v => CriticalPoints.Block(v, start, d)).ToList();
            var rho = CriticalPoints.CubeScale(blocks);
            return rho is { } r && r * x.Mmin >= 1 + x.B && CriticalPoints.Dead(other.Select(v => (CriticalPoints.Block(v, start, d), x.B)), x.Mmax);
        }
    }

    /// <summary>The corrected statement of Proposition1; cases from the printed generator with the correction applied.</summary>
    public sealed class Proposition1Corrected(Proposition1 printed) : CorrectedStatement<Prop1Case>(printed)
    {
        public override string Statement =>
            "Network (1), d > 1: if W is a critical point of l and for i = 1, 2 there is a point x_i of the support (x_i ∈ V_i, m ≤ |x_i| ≤ M) with f(W, " +
                "x_i) ≠ 0, then l(W) = 0.";
        // as recorded: the correction states no setting of its own
        public override string Setting => "";
        public override string Trust =>
            Printed.Trust + "; with x_i in the support family (A) cannot meet the hypothesis, so only family (B) is decisive";
        /// <summary>"x-anywhere" drops the correction (x_i anywhere in V_i, the printed hypothesis), so the inactive family (A) is decisive again.</summary>
        public override IReadOnlyList<string> WrongVariants => ["x-anywhere"];
        public override string? EvidenceCaveat => "critical points only from the certified families; with x_i in the support only the cube family " +
            "meets the hypothesis, so this is a certificate for that family, not a search";
        public override IReadOnlyList<CoverageClass> Coverage => Proposition1.Prop1Coverage;
        public override IEnumerable<string> Classify(Prop1Case x) => Proposition1.ClassifyCase(x);
        public override Prop1Case Generate(Choices c, Context ctx) => Proposition1.Generate(c, ctx, corrected: true);
        public override Evaluation Evaluate(Prop1Case x, Context ctx) => Proposition1.Evaluate(x, ctx, corrected: true);
    }

    public sealed record JProp1Case(int D, int N, R V, R[][] Vm, R[] Bias, R Mmin, R Mmax, R[][] W, R[] X)
    {
        public override string ToString() => $"d_i={D}, n={N}, v={V}, m={Mmin}, M={Mmax}, b={LyxGen.Format(Bias)}, V={LyxGen.Format(Vm)}, " +
            $"W={LyxGen.Format(W)}, x={LyxGen.Format(X)}";
    }

    /// <summary>LYX J Prop 1: the same for the journal network (6) with V (Assumption 1) and biases b_j.</summary>
    public sealed class JProposition1 : PropertyClaim<JProp1Case>
    {
        public override string Id => "LYX.J.Prop1";
        public override string Where => "J Prop 1 and its proof";
        public override string Statement =>
            "Network (6) with Assumption 1, d > 1: if W is a critical point of l_i(W) and there exists some x ∈ V_i with f(W; x) ≠ 0, then l_i(W) = 0.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "journal network (6) for class i = 1 on V_i = R^{d_i}, d_i ∈ {2, 3}, n ∈ [2, 4], every V Assumption 1 allows " +
            "(drawn owners; columns of one sign, all −v), v from 1/8 to 4, annulus m ≤ |x| ≤ M. Critical points by construction, certified exactly: " +
            "(A) every neuron inactive on the support (|w_j|²M² ≤ b_j², equality included): l_i = n − 1; (B) the neurons with v_{i,j} > 0 a cube " +
            "with 2v(ρm − b_j) ≥ 1 (equality included), the other neurons with a positive entry inactive: l_i = 0; (C) as (A) but neurons of one-sign " +
            "columns active (l_i does not depend on them): l_i = n − 1 with f ≠ 0 on the support; (D) as (B) with active one-sign neurons: l_i = 0.";
        public override string Trust => "exact certificates of criticality and of the loss (see setting): inactive neurons are locally constant, " +
            "one-sign columns do not enter l_i, the cube gives every margin ≥ 1 on the support";
        public override string? EvidenceCaveat => "critical points only from the four certified families";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("dimension-above-1", "d > 1", "d_i = 1 allowed", Expectation.Counterexample, "family (A) already violates the printed statement"),
            new("assumption1", "V satisfies Assumption 1", "v_{i,j} of random signs", Expectation.Counterexample, "family (A) does not use V"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["cube-too-small"];
        public override Verdict Expected => Verdict.Fails;
        public override Finding? Finding => new(
            "With biases b_j > 0, a network all of whose neurons are inactive on the annulus is a critical point of l_i with l_i = n − 1, while f(W; x) ≠ 0 " +
                "at points x ∈ V_i outside the support. The earlier correction (x in the support) is itself false: Assumption 1 allows a column of V of " +
                "one sign (v_{r,j} = −v for all r); such a neuron changes every f_r by the same amount, so it never enters l_i, and while it is active on " +
                "the support f ≠ 0 there at a critical point with l_i = n − 1.",
            "n = 3, k = 3, V = [[1, −1, −1], [−1, 1, −1], [−1, −1, 1]] (v = 1), d_i = 2, b = (1, 1, 1), m = 1, M = 2, w_1 = w_2 = w_3 = (0, −1/2): |w_j| M = " +
                "1 ≤ b_j, so ∇l_1 = 0 and l_1 = n − 1 = 2; x = (0, −4) ∈ V_1 has f = (−1, −1, −1) ≠ 0. In the support: n = 2, k = 3, V = [[1, −1, −1], " +
                "[−1, 1, −1]], b = (1, 1, 0), w_1 = w_2 = 0, w_3 = (1, 0), m = 1, M = 2: ∇l_1 = 0 (w_1, w_2 inactive, column 3 of one sign), l_1 = 1, and " +
                "x = (3/2, 0) has f = (−3/2, −3/2) ≠ 0",
            "Require some x in the support of D_i (m_i ≤ |x| ≤ M_i) and some r ≠ i with f_i(W; x) ≠ f_r(W; x) (l_i depends on W only through " +
                "these margins).");
        public override Claim? Corrected => new JProposition1Corrected(this);

        public override JProp1Case Generate(Choices c, Context ctx) => Generate(c, ctx, corrected: false);

        public override IReadOnlyList<CoverageClass> Coverage => Prop1Coverage;

        internal static readonly IReadOnlyList<CoverageClass> Prop1Coverage =
        [
            new("one-sign-column", "J Assumption 1 (2): a column may have no positive entry", 0.2, "V has a column of one sign"),
            new("one-sign-active", "J proof of Proposition 1: ∇_{w_j} l_i = 0 for every j", 0.1, "a neuron of a one-sign column active at x"),
            new("n-at-least-3", "J (1): n classes", 0.2, "n ≥ 3"),
            new("d-3", "J Proposition 1: d > 1", 0.2, "d_i = 3"),
            new("cube-at-equality", "J Proposition 2 (the zero-loss certificate) at its radius", 0.05, "2v(ρm − b_max) = 1"),
            new("dead-at-boundary", "J proof of Lemma 4.2: |w_j| ≤ b_j/M gives h_j ≤ 0", 0.03, "|w_j|M = b_j for some inactive neuron"),
            new("x-on-boundary", "J Section 2: m ≤ |x| ≤ M", 0.05, "|x| = m or |x| = M"),
            new("v-below-half", "J Assumption 1 (3): any v > 0", 0.1, "v < 1/2"),
            new("zero-loss", "J Proposition 1: the conclusion l_i = 0", 0.2, "a certified critical point with l_i = 0"),
        ];

        public override IEnumerable<string> Classify(JProp1Case x)
        {
            if (HasSingleSignColumn(x.Vm)) yield return "one-sign-column";
            var k = x.W.Length;
            if (Enumerable.Range(0, k).Any(j => x.Vm.All(row => row[j].Sign < 0) && Vec.Dot<R>(x.W[j], x.X) > x.Bias[j])) yield return "one-sign-active";
            if (x.N >= 3) yield return "n-at-least-3";
            if (x.D == 3) yield return "d-3";
            var pos = Enumerable.Range(0, k).Where(j => x.Vm[0][j].Sign > 0).ToList();
            if (CriticalPoints.CubeScale(pos.Select(j => x.W[j]).ToList()) is { } rho && 2 * x.V * (rho * x.Mmin - pos.Max(j => x.Bias[j])) == 1)
                yield return "cube-at-equality";
            if (Enumerable.Range(0, k).Any(j => x.Bias[j].Sign > 0 && Vec.NormSquared(x.W[j]) * x.Mmax * x.Mmax == x.Bias[j] * x.Bias[j]))
                yield return "dead-at-boundary";
            var n2 = Vec.NormSquared(x.X);
            if (n2 == x.Mmin * x.Mmin || n2 == x.Mmax * x.Mmax) yield return "x-on-boundary";
            if (x.V < Q(1, 2)) yield return "v-below-half";
            if (Certify(x) is { } ct && ct.Loss.Sign == 0) yield return "zero-loss";
        }

        /// <summary>Assumption 1 exactly, d ≥ 2, 0 &lt; m &lt; M, b_j ≥ 0.</summary>
        public static bool HypothesesHold(JProp1Case x) => JournalNet<R>.SatisfiesAssumption1(x.Vm) && x.D >= 2 && x.Mmin.Sign > 0 && x.Mmin < x.Mmax
            && x.Bias.All(z => z.Sign >= 0) && R.Abs(x.Vm[0][0]) == x.V;

        internal static JProp1Case Generate(Choices c, Context ctx, bool corrected)
        {
            var d = ctx.Weak("dimension-above-1") ? c.Int(1, 3) : c.Int(2, 3);
            var n = c.Int(2, 4);
            var v = c.Pick(new[] { Q(1), Q(1, 4), Q(1, 2), Q(2) }) * c.In(Interval.Closed(Q(1, 2), Q(2)), 4);
            var m = c.In(Interval.Closed(Q(1, 2), Q(2)), 4);
            var bigM = m + c.In(Interval.OpenClosed(Q(0), Q(2)), 4);
            var family = c.Int(0, 3); // 0: all inactive, 1: cube, 2: inactive + active one-sign, 3: cube + active one-sign
            if (corrected && family == 0 && !ctx.Is("x-anywhere")) family = 2;
            var cube = family is 1 or 3;
            var verts = LyxGen.CubeVertices(d, R.One);
            var own0 = cube ? verts.Count : 1 + c.Int(0, 1);
            var oneSign = family >= 2 ? 1 + c.Int(0, 1) : c.Int(0, 1);
            // owners: own0 columns of class 0, one of each other class, then one-sign columns (−1)
            var owners = Enumerable.Repeat(0, own0).Concat(Enumerable.Range(1, n - 1)).Concat(Enumerable.Repeat(-1, oneSign)).ToArray();
            var k = owners.Length;
            var V = ctx.Weak("assumption1") ? RandomSigns(c, n, k, v)
                : Enumerable.Range(0, n).Select(i => owners.Select(o => o == i ? v : -v).ToArray()).ToArray();
            var bias = Enumerable.Range(0, k).Select(_ => cube ? c.NonNegativeRational(1, 4) : c.In(Interval.OpenClosed(Q(0), Q(1)), 4)).ToArray();
            var x = c.Int(0, 5) == 0 ? RationalSphere.Point(c, d, c.Bool() ? m : bigM) : LyxGen.AnnulusPoint(c, d, m, bigM);
            var w = new R[k][];
            R[] Dead(int j) => bias[j].Sign == 0 ? Vec.Zero<R>(d)
                : RationalSphere.Point(c, d, bias[j] / bigM * (c.Int(0, 3) == 0 ? R.One : c.In(Interval.OpenClosed(Q(0), Q(1)), 4)));
            var p = 0;
            var bmax = bias.Where((_, j) => owners[j] == 0).Max();
            var rho = (bmax + 1 / (2 * v)) / m * (ctx.Is("cube-too-small") ? Q(1, 4) : 1 + c.NonNegativeRational(2, 4));
            for (var j = 0; j < k; j++)
                w[j] = owners[j] == 0 && cube ? Vec.Scale(rho, verts[p++])
                    : owners[j] == -1 && family >= 2 ? Vec.Scale(bias[j] / Vec.NormSquared(x) * (1 + c.In(Interval.OpenClosed(Q(0), Q(2)), 4)), x)
                    : Dead(j);
            if (family == 0)
            {
                var j0 = Enumerable.Range(0, k).FirstOrDefault(j => Vec.NormSquared(w[j]).Sign > 0);
                if (Vec.NormSquared(w[j0]).Sign > 0) x = Vec.Scale(2 * bias[j0] / Vec.NormSquared(w[j0]), w[j0]); // outside the support
            }
            return new JProp1Case(d, n, v, V, bias, m, bigM, w, x);
        }

        private static R[][] RandomSigns(Choices c, int n, int k, R v) =>
            Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, k).Select(_ => c.Bool() ? -v : v).ToArray()).ToArray();

        /// <summary>Exact certificate of criticality and the loss, or null: neurons with every coefficient v_{1,j} − v_{r,j} zero never enter l_1;
        /// inactive neurons (|w|M ≤ b) are locally constant; if all others are inactive every margin is 0 (l_1 = n − 1), if the positive ones form
        /// a cube with 2v(ρm − b_j) ≥ 1 every margin is ≥ 1 on the support (l_1 = 0; margin 1 only on a null set).</summary>
        internal static (R Loss, string Why)? Certify(JProp1Case x)
        {
            var k = x.W.Length;
            bool Inert(int j) => Enumerable.Range(1, x.N - 1).All(r => x.Vm[0][j] == x.Vm[r][j]);
            bool Dead(int j) => Vec.NormSquared(x.W[j]) * x.Mmax * x.Mmax <= x.Bias[j] * x.Bias[j];
            // with b_j = 0 a zero neuron is not locally constant (a perturbation activates it on a half-space): only b_j > 0 counts here
            if (Enumerable.Range(0, k).All(j => Inert(j) || (x.Bias[j].Sign > 0 && Dead(j))))
                return (x.N - 1, "every neuron entering l_1 is inactive on the support: ∇l_1 = 0, every margin ≡ 0 there, l_1 = n − 1");
            var pos = Enumerable.Range(0, k).Where(j => x.Vm[0][j].Sign > 0).ToList();
            var rho = CriticalPoints.CubeScale(pos.Select(j => x.W[j]).ToList());
            var othersDead = Enumerable.Range(0, k).Where(j => x.Vm[0][j].Sign < 0 && !Inert(j)).All(Dead);
            if (rho is { } r && othersDead && JournalNet<R>.SatisfiesAssumption1(x.Vm) && pos.All(j => 2 * x.V * (r * x.Mmin - x.Bias[j]) >= 1))
                return (R.Zero, "cube certificate: f_1 − f_r ≥ 2v(ρm − b_j) ≥ 1 on the support, ∇l_1 = 0, l_1 = 0");
            return null;
        }

        public override Evaluation Evaluate(JProp1Case x, Context ctx) => Evaluate(x, ctx, corrected: false);

        internal static Evaluation Evaluate(JProp1Case x, Context ctx, bool corrected)
        {
            var net = new JournalNet<R>(x.W, x.Bias, x.Vm);
            var f = net.Outputs(x.X);
            var asPrinted = !corrected || ctx.Is("x-anywhere");
            if (asPrinted || ctx.Is("output-not-margin"))
            {
                if (f.All(z => z == 0)) return Evaluation.Discarded("hypothesis f(W; x) ≠ 0 not met");
            }
            else if (Enumerable.Range(1, x.N - 1).All(r => f[0] == f[r])) return Evaluation.Discarded("hypothesis f_i(x) ≠ f_r(x) for some r not met");
            if (!asPrinted)
            {
                var n2 = Vec.NormSquared(x.X);
                if (n2 < x.Mmin * x.Mmin || n2 > x.Mmax * x.Mmax) return Evaluation.Discarded("x outside the support (hypothesis not met)");
            }
            if (Certify(x) is not { } cert) return Evaluation.Inconclusive("criticality not certified for this case");
            return Evaluation.Require(cert.Loss == 0, cert.Loss.ToDouble(), $"{cert.Why}; f(x) = {LyxGen.Format(f)}");
        }
    }

    /// <summary>The corrected statement of JProposition1; cases from the printed generator with the correction applied.</summary>
    public sealed class JProposition1Corrected(JProposition1 printed) : CorrectedStatement<JProp1Case>(printed)
    {
        public override string Statement =>
            "Network (6) with Assumption 1, d > 1: if W is a critical point of l_i and f_i(W; x) ≠ f_r(W; x) for some x in the support of D_i (x ∈ V_i, " +
                "m_i ≤ |x| ≤ M_i) and some r ≠ i, then l_i(W) = 0.";
        // as recorded: the correction states no setting of its own
        public override string Setting => "";
        public override string Trust => "decided in exact rational arithmetic on every generated case; no tolerance";
        public override string? EvidenceCaveat => "critical points only from the certified families of the printed claim";
        public override IReadOnlyList<CoverageClass> Coverage => JProposition1.Prop1Coverage;
        public override IEnumerable<string> Classify(JProp1Case x) => Printed is JProposition1 p ? p.Classify(x) : [];
        /// <summary>"x-anywhere" drops the support condition; "output-not-margin" keeps it but asks only f ≠ 0 (the earlier correction, false
        /// because of one-sign columns).</summary>
        public override IReadOnlyList<string> WrongVariants => ["x-anywhere", "output-not-margin"];
        public override JProp1Case Generate(Choices c, Context ctx) => JProposition1.Generate(c, ctx, corrected: true);
        public override Evaluation Evaluate(JProp1Case x, Context ctx) => JProposition1.Evaluate(x, ctx, corrected: true);
    }
}
