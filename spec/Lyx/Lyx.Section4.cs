using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

// Section 4 of the conference paper (preliminaries): 4.1 decoupling (Lemma 1 [J 4.1]) and 4.2 Proposition 2 [J Prop 2].
public static partial class Lyx
{
    // ───────────────────────────── LYX.Lemma1 ─────────────────────────────

    public sealed record Lemma1Case(int D, R[][] Basis, R[] Bias, R[][] W, R[][] U, List<R[]> X1, List<R[]> X2, R B)
    {
        public override string ToString() => $"d={D}, b={B}, basis={LyxGen.Format(Basis)}, W={LyxGen.Format(W)}, U={LyxGen.Format(U)}, " +
            $"X1={LyxGen.Format(X1)}, X2={LyxGen.Format(X2)}";
    }

    /// <summary>LYX Lemma 1 [J Lemma 4.1(1)]: decoupling across orthogonal subspaces.</summary>
    public sealed class Lemma1 : PropertyClaim<Lemma1Case>
    {
        public override string Id => "LYX.Lemma1";
        public override string Where => "C Lemma 1 and its proof [J Lemma 4.1(1)]";
        public override string Statement => "With V_1 ⊥ V_2, f(W; x) = f(W_i; x) for x ∈ V_i (W = W_1 + W_2, W_i ∈ V_i^{2k}), so l(W) = ½(l_1(W_1) + " +
            "l_2(W_2)); hence if W_i* minimises l_i over V_i^{2k}, W_1* + W_2* minimises l.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "network (1) on R^{2d}, d ∈ {1, 2}, k ∈ {1, 2}, b ≥ 0; V_1, V_2 spanned by the column blocks of a rational " +
            "orthogonal matrix (Cayley transform); D_1, D_2 finite data sets (empirical distributions) with labels +1, −1; minimisers W_i* with zero loss " +
            "built from the data (one neuron per point: w_p = (1+b) x_p/|x_p|²), k ≥ number of points.";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("orthogonal", "V_1 and V_2 are orthogonal (assumption 1)", "V_2 tilted towards V_1 (complementary, not orthogonal); W_i is the component " +
                "along the direct sum", Expectation.Counterexample,
                "a class-1 point then sees the V_2 component of w_j: ⟨w_{j,2}, x⟩ ≠ 0"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["sum-without-half"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("bias-zero", "C (1): b ≥ 0", 0.1, "b = 0"),
            new("bias-positive", "C (1): b ≥ 0", 0.3, "b > 0"),
            new("d-2", "C Section 2: d-dimensional V_i", 0.3, "d = 2"),
        ];

        public override IEnumerable<string> Classify(Lemma1Case x)
        {
            yield return x.B.Sign == 0 ? "bias-zero" : "bias-positive";
            if (x.D == 2) yield return "d-2";
        }

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "C Section 4.1 (definition of l_i) and the line after (6)",
                "l_i(W) = E_{D_i}[max{1 + y·f(W, x), 0}] with the label y = (−1)^i; after (6): l_1(W) = E[max{1 + f̃(W, x), 0}]",
                "l_i = E_{D_i}[max{1 − y·f, 0}] with y = (−1)^{i+1} (class 1 has label +1), so l_1 = E[max{1 − f̃, 0}]",
                "Section 2 gives D_i the label (−1)^{i+1} and the hinge loss (2) max{1 − y f, 0}; with the printed sign class 1 would be " +
                    "trained towards f ≤ −1, contradicting Prop 2 (f̃ ≥ 1 gives l_1 = 0) and Eq. (8)"),
            new(FindingKind.Textual, "C proof of Lemma 1", "min over W ∈ R^{2k×2d} (and l(W_1) + l(W_2) before the l_i)",
                "W ∈ R^{2d×2k} as in Section 2, and ½(l_1(W_1) + l_2(W_2))", "Section 2 defines W ∈ R^{2d×2k}; l(W_i) alone would mix both classes"),
        ];

        public override Lemma1Case Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 2);
            var k = c.Int(1, 2);
            var basis = Subspaces.Basis(c, 2 * d, d, ctx.Weak("orthogonal"));
            var b = c.NonNegativeRational(2, 4);
            var w = Enumerable.Range(0, k).Select(_ => LyxGen.Vector(c, 2 * d, 3, 3)).ToArray();
            var u = Enumerable.Range(0, k).Select(_ => LyxGen.Vector(c, 2 * d, 3, 3)).ToArray();
            List<R[]> Points(int start) => Enumerable.Range(0, c.Int(1, k))
                .Select(_ => Subspaces.InSpan(basis, start, RationalSphere.Point(c, d, c.In(Interval.Closed(Q(1), Q(2)), 4)))).ToList();
            return new Lemma1Case(d, basis, [], w, u, Points(0), Points(d), b);
        }

        public override Evaluation Evaluate(Lemma1Case x, Context ctx)
        {
            var d = x.D;
            var net = new ConferenceNet<R>(x.W, x.U, x.B);
            R[][] Part(R[][] m, int start) => m.Select(v => Subspaces.Component(x.Basis, v, start, d)).ToArray();
            var net1 = new ConferenceNet<R>(Part(x.W, 0), Part(x.U, 0), x.B);
            var net2 = new ConferenceNet<R>(Part(x.W, d), Part(x.U, d), x.B);
            foreach (var p in x.X1)
                if (net.Output(p) != net1.Output(p)) return Evaluation.Fails(Math.Abs((net.Output(p) - net1.Output(p)).ToDouble()),
                    $"f(W; x) = {net.Output(p)} ≠ f(W_1; x) = {net1.Output(p)} at x = {LyxGen.Format(p)} ∈ V_1");
            foreach (var p in x.X2)
                if (net.Output(p) != net2.Output(p)) return Evaluation.Fails(Math.Abs((net.Output(p) - net2.Output(p)).ToDouble()),
                    $"f(W; x) = {net.Output(p)} ≠ f(W_2; x) = {net2.Output(p)} at x = {LyxGen.Format(p)} ∈ V_2");
            var d1 = x.X1.Select(p => (p, R.One)).ToList();
            var d2 = x.X2.Select(p => (p, R.NegativeOne)).ToList();
            R Full(ConferenceNet<R> n) => ctx.Is("sum-without-half") ? n.MeanLoss(d1) + n.MeanLoss(d2) : (n.MeanLoss(d1) + n.MeanLoss(d2)) / 2;
            var lhs = Full(net);
            var rhs = (net1.MeanLoss(d1) + net2.MeanLoss(d2)) / 2;
            if (lhs != rhs) return Evaluation.Fails(Math.Abs((lhs - rhs).ToDouble()), $"l(W) = {lhs} ≠ ½(l_1(W_1) + l_2(W_2)) = {rhs}");
            // minimisers: zero-loss W_1* ∈ V_1^{2k} (w's on class-1 points), W_2* ∈ V_2^{2k} (u's on class-2 points)
            var k = x.W.Length;
            var dim = 2 * d;
            R[][] Star(List<R[]> pts) =>
                Enumerable.Range(0, k).Select(j => j < pts.Count ? Vec.Scale((1 + x.B) / Vec.NormSquared(pts[j]), pts[j])
                : Vec.Zero<R>(dim)).ToArray();
            var zeros = Enumerable.Range(0, k).Select(_ => Vec.Zero<R>(dim)).ToArray();
            var w1 = new ConferenceNet<R>(Star(x.X1), zeros, x.B);
            var w2 = new ConferenceNet<R>(zeros, Star(x.X2), x.B);
            var l1 = w1.MeanLoss(d1);
            var l2 = w2.MeanLoss(d2);
            if (l1 != 0 || l2 != 0) return Evaluation.Inconclusive($"constructed W_i* do not have zero loss: {l1}, {l2}");
            var sum = new ConferenceNet<R>(Star(x.X1), Star(x.X2), x.B);
            var ls = Full(sum);
            return Evaluation.Require(ls == 0, ls.ToDouble(), $"l(W) = ½(l_1 + l_2) = {lhs}; l(W_1* + W_2*) = {ls} (minimum 0)");
        }

        public override string Describe(Lemma1Case x) => x.ToString();
    }

    // ───────────────────────────── LYX.J.Lemma4.1b ─────────────────────────────

    public sealed record JLemma41bCase(int N, int[] Dims, R[][] Basis, R[][] W, R[] Bias, R[][] V, List<(R[] X, int Y)> Data, int I, R Eta)
    {
        public override string ToString() => $"n={N}, dims=({string.Join(",", Dims)}), i={I}, η={Eta}, V={LyxGen.Format(V)}, b={LyxGen.Format(Bias)}, " +
            $"W={LyxGen.Format(W)}, data=[{string.Join("; ", Data.Select(p => $"{LyxGen.Format(p.X)}:{p.Y}"))}], basis={LyxGen.Format(Basis)}";
    }

    /// <summary>LYX J Lemma 4.1(2): a GD step on l_i leaves the sample losses of the other classes unchanged.</summary>
    public sealed class JLemma4_1b : PropertyClaim<JLemma41bCase>
    {
        public override string Id => "LYX.J.Lemma4.1b";
        public override string Where => "J Lemma 4.1(2) and its proof";
        public override string Statement => "If W' = W − η ∇_W l_i(W), then l(W'; {x, r}) = l(W; {x, r}) for every r ≠ i and almost every (x, r) ~ D_r.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "journal network (1) on R^D = ⊕ V_i (rational orthogonal blocks by a Cayley transform), n ∈ {2, 3}, d_i ∈ {1, 2}, " +
            "k ∈ [n, n+2], V from the Assumption-1 construction, b_j ≥ 0; l_i the mean loss over a finite class-i data set; every point of the other classes " +
            "is checked (not only almost every).";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("orthogonal", "the V_i are orthogonal (assumption 1)", "blocks tilted towards V_1 (complementary, not orthogonal)", Expectation.Counterexample,
                "the step ∇l_i ∈ V_i^k then has a non-zero inner product with points of V_r"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["step-on-full-loss"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("one-sign-column", "J Assumption 1 (2): a column may have no positive entry", 0.1, "V has a column of one sign"),
            new("n-3", "J (1): n classes", 0.3, "n = 3"),
        ];

        public override IEnumerable<string> Classify(JLemma41bCase x)
        {
            if (HasSingleSignColumn(x.V)) yield return "one-sign-column";
            if (x.N == 3) yield return "n-3";
        }

        public override JLemma41bCase Generate(Choices c, Context ctx)
        {
            var n = c.Int(2, 3);
            var dims = Enumerable.Range(0, n).Select(_ => c.Int(1, 2)).ToArray();
            var dim = dims.Sum();
            var basis = Subspaces.Basis(c, dim, dims[0], ctx.Weak("orthogonal"));
            var k = c.Int(n, n + 2);
            var v = c.In(Interval.OpenClosed(Q(0), Q(2)), 4);
            var V = Assumption1V(c, n, k, v, singleSign: true);
            var bias = Enumerable.Range(0, k).Select(_ => c.NonNegativeRational(1, 4)).ToArray();
            var w = Enumerable.Range(0, k).Select(_ => LyxGen.Vector(c, dim, 3, 3)).ToArray();
            var data = new List<(R[], int)>();
            var start = 0;
            for (var i = 0; i < n; i++)
            {
                for (var p = c.Int(1, 2); p > 0; p--) data.Add((Subspaces.InSpan(basis, start, LyxGen.Vector(c, dims[i], 3, 2)), i));
                start += dims[i];
            }
            return new JLemma41bCase(n, dims, basis, w, bias, V, data, c.Int(0, n - 1), c.In(Interval.OpenClosed(Q(0), Q(1)), 4));
        }

        public override Evaluation Evaluate(JLemma41bCase x, Context ctx)
        {
            var net = new JournalNet<R>(x.W, x.Bias, x.V);
            var own = x.Data.Where(p => p.Y == x.I).ToList();
            var next = ctx.Is("step-on-full-loss") ? net.GdStep(x.Data, x.Eta) : net.GdStep(own, x.Eta);
            foreach (var (p, r) in x.Data.Where(p => p.Y != x.I))
            {
                var before = net.Loss(p, r);
                var after = next.Loss(p, r);
                if (before != after) return Evaluation.Fails(Math.Abs((after - before).ToDouble()), $"class {r} point {LyxGen.Format(p)}: l(W) = {before}, " +
                    $"l(W') = {after}");
            }
            return Evaluation.Holds("all other-class sample losses unchanged");
        }
    }

    // ───────────────────────────── LYX.Prop2 / LYX.J.Prop2 ─────────────────────────────

    public sealed record Prop2Case(int D, R B, R Mmin, R Mmax, R[][] W, R[][] U, List<R[]> Tests, R V, R[] Bias, R[][] Vm)
    {
        public override string ToString() => $"d={D}, m={Mmin}, M={Mmax}, b={B}, v={V}, b_j={LyxGen.Format(Bias)}, W={LyxGen.Format(W)}, " +
            $"U={LyxGen.Format(U)}, tests={LyxGen.Format(Tests)}";
    }

    /// <summary>Shared generator of Prop 2 instances: the w's contain a rotated cube of scale ρ (its hull contains the ball of radius ρ), the small neurons lie
    /// in a ball.</summary>
    internal static class Proposition2Frame
    {
        public static (R[][] Q, List<R[]> Tests) Frame(Choices c, int d, R m, R bigM)
        {
            var q = RationalSphere.OrthogonalMatrix(c, d);
            var tests = new List<R[]>();
            for (var i = 0; i < d; i++)
            {
                var e = Vec.Zero<R>(d); e[i] = m;
                tests.Add(LyxGen.Apply(q, e));
                tests.Add(LyxGen.Apply(q, Vec.Scale(-1, e)));
            }
            for (var t = c.Int(1, 3); t > 0; t--) tests.Add(LyxGen.AnnulusPoint(c, d, m, bigM));
            return (q, tests);
        }
    }

    /// <summary>LYX Prop 2 (conference): the hull of the w_j containing the ball of radius (1+b)/m and |u_j| ≤ b/M give l_1 = 0.</summary>
    public sealed class Proposition2 : PropertyClaim<Prop2Case>
    {
        public override string Id => "LYX.Prop2";
        public override string Where => "C Prop 2 and its proof";
        public override string Statement => "Network (6): if the convex hull of the w_j contains the ball centred at 0 of radius (1+b)/m and every u_j lies " +
            "in the ball of radius b/M, then l_1(W) = 0 (f̃ ≥ 1 on m ≤ |x| ≤ M).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "d ∈ {1, 2, 3}, b ≥ 0; the w_j are the vertices of a cube [±ρ]^d, ρ = s(1+b)/m with s ≥ 1, rotated by a rational " +
            "orthogonal matrix (so the hull contains the ball), plus up to two arbitrary extra w_j; u_j = rational points of norm ≤ b/M; f̃ ≥ 1 is checked " +
            "exactly at the points ±m Q e_i (where the ball touches the cube's faces) and at random rational points of the annulus.";
        public override string Trust => "exact at the tested points (a universal statement over the annulus checked at finitely many rational points per " +
            "case, including the extremal ones)";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("hull-radius", "the hull contains the ball of radius (1+b)/m", "radius (1+b)/m · 2^(−d) (no extra neurons)", Expectation.Counterexample, "at " +
                "x = m Q e_1 the 2^(d−1) active vertices give f̃ ≤ (1+b)/2 < 1"),
            new("u-ball", "every u_j lies in the ball of radius b/M", "u_1 of norm up to 4(1+b)/m, tested at x = M " +
                "u_1/|u_1|", Expectation.Counterexample, "a large u_1 aligned with a data point cancels the w's"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["radius-b-over-m"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("radius-at-equality", "C Proposition 2: the hull contains the ball of radius (1+b)/m (at equality)", 0.05, "ρ = (1+b)/m exactly"),
            new("d-3", "C Section 2: any d", 0.2, "d = 3"),
            new("bias-zero", "C (1): b ≥ 0", 0.05, "b = 0"),
        ];

        public override IEnumerable<string> Classify(Prop2Case x)
        {
            if (x.D == 3) yield return "d-3";
            if (x.B.Sign == 0) yield return "bias-zero";
            if (x.W.Any(v => Vec.NormSquared(v) * x.Mmin * x.Mmin == x.D * (1 + x.B) * (1 + x.B))) yield return "radius-at-equality";
        }
        public override IReadOnlyList<Constant> Constants =>
        [
            new("radius", 1, new R(1, 16), 1, "multiplier of the ball radius (1+b)/m: the printed radius is sufficient; for the cube configurations " +
                "generated here the 2^(d−1) vertices of the face nearest m Q e_1 all contribute, so somewhat smaller factors still give zero loss (not tight " +
                "for these instances)"),
        ];

        public override Prop2Case Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 3);
            var m = c.In(Interval.Closed(Q(1, 2), Q(2)), 4);
            var bigM = m + c.In(Interval.OpenClosed(Q(0), Q(2)), 4);
            var b = c.NonNegativeRational(1, 4);
            var (q, tests) = Proposition2Frame.Frame(c, d, m, bigM);
            var weakHull = ctx.Weak("hull-radius") || ctx.Is("radius-b-over-m");
            var rho = ctx.Is("radius-b-over-m") ? b / m
                : ctx.Weak("hull-radius") ? (1 + b) / m / (1 << d)
                : ctx.Constant("radius", 1) * (1 + b) / m * (1 + c.NonNegativeRational(1, 4));
            var w = LyxGen.CubeVertices(d, rho).Select(v => LyxGen.Apply(q, v)).ToList();
            if (!weakHull) for (var e = c.Int(0, 2); e > 0; e--) w.Add(LyxGen.Vector(c, d, 3, 2));
            var u = new List<R[]>();
            if (ctx.Weak("u-ball"))
            {
                var dir = RationalSphere.Point(c, d, Rational.One);
                u.Add(Vec.Scale(c.In(Interval.Closed(Q(0), 4 * (1 + b) / m), 4), dir));
                tests.Add(Vec.Scale(bigM, dir));
            }
            while (u.Count < w.Count) u.Add(RationalSphere.Point(c, d, b / bigM * c.In(Interval.Closed(Q(0), Q(1)), 4)));
            while (w.Count < u.Count) w.Add(Vec.Zero<R>(d));
            return new Prop2Case(d, b, m, bigM, w.ToArray(), u.ToArray(), tests, R.Zero, [], []);
        }

        public override Evaluation Evaluate(Prop2Case x, Context ctx)
        {
            var net = new ConferenceNet<R>(x.W, x.U, x.B);
            foreach (var p in x.Tests)
            {
                var f = net.Output(p);
                if (f < 1) return Evaluation.Fails((1 - f).ToDouble(), $"f̃(W, x) = {f} < 1 at x = {LyxGen.Format(p)}: loss {1 - f}");
            }
            return Evaluation.Holds($"f̃ ≥ 1 at all {x.Tests.Count} test points");
        }
    }

    /// <summary>LYX J Prop 2: the journal's version with V and biases b_j.</summary>
    public sealed class JProposition2 : PropertyClaim<Prop2Case>
    {
        public override string Id => "LYX.J.Prop2";
        public override string Where => "J Prop 2";
        public override string Statement =>
            "Network (6) with Assumption 1: if the hull of {w_j : v_{i,j} > 0} contains the ball of radius max_j (1 + b_j)/m_i and {w_j : v_{i,j} < 0} lies " +
                "in the ball of radius min_j b_j/M_i, then l_i(W) = 0.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "class i = 1, n ∈ {2, 3}, d_i ∈ {1, 2, 3}, V from the Assumption-1 construction with v ∈ (0, 2], b_j ≥ 0; positive " +
            "neurons: a rotated cube at exactly the hypothesised radius times s ≥ 1; negative neurons in the hypothesised ball; l_i checked exactly at ±m Q " +
            "e_c and random annulus points.";
        public override string Trust => "exact at the tested points, including the extremal ones";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("assumption1", "V satisfies Assumption 1 (|v_{i,j}| = v)", "the negative entries of V have magnitude up to " +
                "3v", Expectation.Counterexample, "a negative neuron may then be cancelled less, but the positive margin 2v < 1 already fails"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["half-radius"];
        public override Verdict Expected => Verdict.Fails;
        public override Finding? Finding => new(
            "On the support f_i − f_r = 2v Σ_{v_{i,j}>0} σ(⟨w_j, x⟩ − b_j), and the printed radius only guarantees one term ≥ 1, so the margin can be 2v < 1 " +
                "when v < 1/2 (Assumption 1 allows any v > 0).",
            "n = 2, k = 4, V = [[1/3, −1/3, 1/3, −1/3], [−1/3, 1/3, −1/3, 1/3]], d_i = 1, b = 0, m = 1, M = 2: w_1 = 1, w_3 = −1 (hull [−1, 1] = ball of " +
                "radius (1+0)/1), w_2 = w_4 = 0; at x = 1: f_1 − f_2 = 2 · 1/3 · 1 = 2/3, so l_1 = 1/3 > 0 (the shrunk counterexample of the ci run)",
            "Radius max_j (b_j + 1/(2v))/m_i (equal to the printed one when v = 1/2): then some positive neuron has ⟨w_j, x⟩ ≥ b_j + 1/(2v) and f_i − f_r ≥ " +
                "1.");
        public override Claim? Corrected => new JProposition2Corrected(this);

        /// <summary>Classes of both versions' hypotheses (the printed and the corrected radius share them).</summary>
        internal static readonly IReadOnlyList<CoverageClass> JProp2Coverage =
        [
            new("radius-at-equality", "J Proposition 2: the hull contains the ball of the stated radius (at equality)", 0.05,
                "the positive neurons' cube has exactly the hypothesised radius"),
            new("v-below-half", "J Assumption 1: any v > 0 (the printed radius needs v ≥ 1/2)", 0.05, "v < 1/2"),
            new("v-above-half", "J Assumption 1: any v > 0", 0.2, "v > 1/2"),
            new("n-3", "J Section 2: n classes", 0.2, "n = 3"),
            new("d-3", "J Section 2: V_i = R^{d_i}, any d_i", 0.2, "d_i = 3"),
            new("bias-min-zero", "J Proposition 2: the negative neurons lie in the ball of radius min_j b_j/M_i (at its smallest, {0})", 0.1,
                "min_j b_j = 0"),
            new("one-sign-column", "J Assumption 1 allows a column of one sign (negative for every class)", 0.1,
                "a column with v_{r,j} = −v for every r (its neuron in the negative ball)"),
        ];
        public override IReadOnlyList<CoverageClass> Coverage => JProp2Coverage;
        public override IEnumerable<string> Classify(Prop2Case x) => ClassifyCase(x, corrected: false);

        internal static IEnumerable<string> ClassifyCase(Prop2Case x, bool corrected)
        {
            var radius = corrected ? (x.Bias.Max() + 1 / (2 * x.V)) / x.Mmin : (1 + x.Bias.Max()) / x.Mmin;
            var positive = Enumerable.Range(0, x.W.Length).Where(j => x.Vm[0][j].Sign > 0).ToList();
            if (positive.Any(j => Vec.NormSquared(x.W[j]) == x.D * radius * radius)) yield return "radius-at-equality";
            if (x.V < Q(1, 2)) yield return "v-below-half";
            if (x.V > Q(1, 2)) yield return "v-above-half";
            if (x.Vm.Length == 3) yield return "n-3";
            if (x.D == 3) yield return "d-3";
            if (x.Bias.Min().Sign == 0) yield return "bias-min-zero";
            if (HasSingleSignColumn(x.Vm)) yield return "one-sign-column";
        }

        public override Prop2Case Generate(Choices c, Context ctx) => Generate(c, ctx, corrected: false);

        internal static Prop2Case Generate(Choices c, Context ctx, bool corrected)
        {
            var d = c.Int(1, 3);
            var n = c.Int(2, 3);
            var v = c.In(Interval.OpenClosed(Q(0), Q(2)), 4);
            var m = c.In(Interval.Closed(Q(1, 2), Q(2)), 4);
            var bigM = m + c.In(Interval.OpenClosed(Q(0), Q(2)), 4);
            var (q, tests) = Proposition2Frame.Frame(c, d, m, bigM);
            var verts = LyxGen.CubeVertices(d, R.One);
            var k = n * verts.Count;
            var V = JournalNet<R>.ConstructV(n, k, v);
            if (ctx.Weak("assumption1"))
                for (var i = 0; i < n; i++) for (var j = 0; j < k; j++) if (V[i][j].Sign < 0) V[i][j] = -v * c.In(Interval.Closed(Q(1), Q(3)), 2);
            var bias = Enumerable.Range(0, k).Select(_ => c.NonNegativeRational(1, 4)).ToArray();
            var bmax = bias.Max();
            var bmin = bias.Min();
            var radius = corrected ? (bmax + 1 / (2 * v)) / m : (1 + bmax) / m;
            if (ctx.Is("half-radius")) radius /= 2 * (1 << d);
            var rho = radius * (ctx.Is("half-radius") ? 1 : 1 + c.NonNegativeRational(1, 4));
            var w = new R[k][];
            var p = 0;
            for (var j = 0; j < k; j++)
                w[j] = j % n == 0 ? LyxGen.Apply(q, Vec.Scale(rho, verts[p++]))
                    : RationalSphere.Point(c, d, bmin / bigM * c.In(Interval.Closed(Q(0), Q(1)), 4));
            if (c.Int(0, 2) == 2)
            {
                // a column of one sign (Assumption 1 allows it): negative for every class, its neuron in the negative ball, its bias the
                // largest drawn (so min_j b_j and max_j b_j, hence both radii, are unchanged); drawn last so that shrinking drops it first
                V = V.Select(row => row.Append(-v).ToArray()).ToArray();
                w = [.. w, RationalSphere.Point(c, d, bmin / bigM * c.In(Interval.Closed(Q(0), Q(1)), 4))];
                bias = [.. bias, bmax];
            }
            return new Prop2Case(d, R.Zero, m, bigM, w, [], tests, v, bias, V);
        }

        public override Evaluation Evaluate(Prop2Case x, Context ctx)
        {
            var net = new JournalNet<R>(x.W, x.Bias, x.Vm);
            foreach (var p in x.Tests)
            {
                var l = net.Loss(p, 0);
                if (l.Sign > 0) return Evaluation.Fails(l.ToDouble(), $"l_i(W; x) = {l} > 0 at x = {LyxGen.Format(p)} (f = {LyxGen.Format(net.Outputs(p))})");
            }
            return Evaluation.Holds($"zero loss at all {x.Tests.Count} test points");
        }
    }

    /// <summary>The corrected statement of JProposition2; cases from the printed generator with the correction applied.</summary>
    public sealed class JProposition2Corrected(JProposition2 printed) : CorrectedStatement<Prop2Case>(printed)
    {
        public override string Statement =>
            "Network (6) with Assumption 1: if the hull of {w_j : v_{i,j} > 0} contains the ball of radius max_j (b_j + 1/(2v))/m_i and {w_j : v_{i,j} < 0} " +
                "lies in the ball of radius min_j b_j/M_i, then l_i(W) = 0.";
        // as recorded: the correction states no setting of its own
        public override string Setting => "";
        // as recorded: the generic trust of an exact claim, not the printed claim's certificate wording
        public override string Trust => "decided in exact rational arithmetic on every generated case; no tolerance";
        /// <summary>With the corrected radius the weakened Assumption 1 no longer gives a counterexample.</summary>
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("assumption1", "V satisfies Assumption 1 (|v_{i,j}| = v)", "the negative entries of V have magnitude up to 3v", Expectation.None,
                "the neurons negative for class i lie in the ball of radius min b_j/M, so they are inactive on the support, and a positive neuron's " +
                    "coefficient v_{i,j} − v_{r,j} only grows beyond 2v: the corrected radius still gives f_i − f_r ≥ 1"),
        ];
        public override IReadOnlyList<string> WrongVariants => Printed.WrongVariants;
        public override IReadOnlyList<CoverageClass> Coverage => JProposition2.JProp2Coverage;
        public override IEnumerable<string> Classify(Prop2Case x) => JProposition2.ClassifyCase(x, corrected: true);
        public override Prop2Case Generate(Choices c, Context ctx) => JProposition2.Generate(c, ctx, corrected: true);
        public override Evaluation Evaluate(Prop2Case x, Context ctx) => ((JProposition2)Printed).Evaluate(x, ctx);
    }
}
