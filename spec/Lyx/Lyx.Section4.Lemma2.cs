using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

// Section 4.2 of the conference paper (landscape): Lemma 2 [J 4.2], the Lipschitz gradient with bias, and the text
// after it (no bias, not Lipschitz).
public static partial class Lyx
{
    /// <summary>LYX after Lemma 2 [4.2]: without bias the gradient is not Lipschitz near the origin.</summary>
    public sealed class TextNoBiasNotLipschitz : PropertyClaim<PopCase>
    {
        public override string Id => "LYX.Text.NoBiasNotLipschitz";
        public override string Where => "C after Lemma 2 [J after Lemma 4.2]";
        public override string Statement => "Lipschitz differentiability does not hold for b = 0, as the gradient is volatile near the origin.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting => "network (6), d = 2, k = 1, u = 0, b = 0; W_± = (±ε ω, 0) with |W_+ − W_−| = 2ε and εM < 1, so f < 1 on the whole " +
            "support and ∇_w l_1(W_±) = ∓E[1_{⟨±ω, x⟩>0} x]: the difference quotient is c_0/ε with c_0 = |E[1_{⟨ω,x⟩>0} x]| = 2c(M^{α+3} − m^{α+3})/(α+3) in " +
            "closed form; checked by the quadrature for ε down to 1/1000, so no finite L works.";
        public override string Trust => "numeric quadrature compared with the closed form (relative 1e-8)";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("bias-zero", "b = 0", "b ∈ (0, 1/2] (Lemma 2's regime)", Expectation.Counterexample, "for εM ≤ b both gradients vanish"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["same-direction"];
        public override int CostPerCase => 2;

        public override PopCase Generate(Choices c, Context ctx)
        {
            Population.Density(c, out var m, out var bigM, out var alpha);
            var dir = RationalSphere.Point(c, 2, Rational.One).Select(z => z.ToDouble()).ToArray();
            var eps = c.In(Interval.OpenClosed(Q(1, 1000), Q(1, 2)), 1000).ToDouble() / bigM;
            var b = ctx.Weak("bias-zero") ? c.In(Interval.OpenClosed(Q(0), Q(1, 2)), 4).ToDouble() : 0;
            return new PopCase(m, bigM, alpha, [], [], b, dir, eps, 0, 0, false, 0, [], []);
        }

        public override Evaluation Evaluate(PopCase x, Context ctx)
        {
            var dens = new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha);
            var sgn = ctx.Is("same-direction") ? 1 : -1;
            double[] G(double s) =>
                Dynamics.Lyx.Population2D.Conference(dens, [[s * x.Eps * x.Dir[0], s * x.Eps * x.Dir[1]]], [[0, 0]], x.B, 1e-12).Compute().Gradient[0];
            var g1 = G(1);
            var g2 = G(sgn);
            var diff = Math.Sqrt((g1[0] - g2[0]) * (g1[0] - g2[0]) + (g1[1] - g2[1]) * (g1[1] - g2[1]));
            var dist = ctx.Is("same-direction") ? x.Eps : 2 * x.Eps;
            var quotient = diff / dist;
            var c0 = 2 * dens.C * (Math.Pow(x.M2, x.Alpha + 3) - Math.Pow(x.M1, x.Alpha + 3)) / (x.Alpha + 3);
            var detail = $"|∇l(W₊) − ∇l(W₋)|/|W₊ − W₋| = {quotient:G10}, c_0/ε = {c0 / x.Eps:G10}";
            return Evaluation.Require(quotient * x.Eps >= c0 * (1 - 1e-8), c0 / x.Eps - quotient, detail);
        }
    }

    /// <summary>LYX Lemma 2 and J Lemma 4.2: Lipschitz gradient of the population loss with positive bias, against the proof's constant.</summary>
    public abstract class LipschitzClaim : PropertyClaim<PopCase>
    {
        protected abstract bool Journal { get; }
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Trust => "numeric: difference quotients of population gradients (quadrature errors far below the differences; a violation " +
            "must exceed the bound by 10 × the propagated error). The lemma asserts that some L exists, which finitely many quotients cannot refute; what is " +
            "checked is the explicit constant the proof derives.";
        public override IReadOnlyList<string> WrongVariants => ["tenth-of-L"];
        public override int CostPerCase => 20;

        public override PopCase Generate(Choices c, Context ctx)
        {
            var dens = Population.Density(c, out var m, out var bigM, out var alpha);
            var eps = Math.Pow(10, -c.Int(1, 3));
            var dir = new[] { Population.Q(c, 4, 2), Population.Q(c, 4, 2) };
            if (dir[0] == 0 && dir[1] == 0) dir[0] = 1;
            if (!Journal)
            {
                var k = c.Int(1, 3);
                var top = Q(1) / (2 * k * c.In(Interval.Closed(new R((int)Math.Round(bigM * 4), 4), new R((int)Math.Round(bigM * 4), 4)), 4));
                var b = c.In(Interval.Open(Q(0), top), 64).ToDouble();
                var w = Population.Vectors(c, k, 1);
                var u = Population.Vectors(c, k, 1);
                return new PopCase(m, bigM, alpha, w, u, b, dir, eps, 0, c.Int(0, 2 * k - 1), false, 0, [], []);
            }
            var n = c.Int(2, 3);
            var kk = c.Int(n, n + 1);
            var v = c.In(Interval.OpenClosed(Q(0), Q(2)), 4).ToDouble();
            var V = JournalNet<double>.ConstructV(n, kk, v);
            var narrow = c.Int(0, 3) > 0; // mostly Σb_j < 1/2 (where the proof's constant exists), sometimes up to 1
            var bias = Enumerable.Range(0, kk).Select(_ => c.In(Interval.Open(Q(0), Q(1, narrow ? 2 * kk : kk)), 64).ToDouble()).ToArray();
            return new PopCase(m, bigM, alpha, Population.Vectors(c, kk, 1), [], 0, dir, eps, 0, c.Int(0, kk - 1), true, v, V, bias);
        }

        public override Evaluation Evaluate(PopCase x, Context ctx)
        {
            var dens = new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha);
            var s1 = 2 * Math.PI; // |S^1|
            var col = (int)x.R0;
            var nd = Population.Norm(x.Dir);
            double[][] Shift(double[][] a, int j) =>
                a.Select((v, i) => i == j ? new[] { v[0] + x.Eps * x.Dir[0] / nd, v[1] + x.Eps * x.Dir[1] / nd } : v).ToArray();
            Dynamics.Lyx.Population2D.Result r1, r2;
            double bound;
            if (!Journal)
            {
                var k = x.W.Length;
                var w2 = col < k ? Shift(x.W, col) : x.W;
                var u2 = col >= k ? Shift(x.U, col - k) : x.U;
                r1 = Dynamics.Lyx.Population2D.Conference(dens, x.W, x.U, x.B, 1e-10).Compute();
                r2 = Dynamics.Lyx.Population2D.Conference(dens, w2, u2, x.B, 1e-10).Compute();
                var cc = 1 / (2 * x.M2) - (k - 2) * x.B;
                // per column: (1) + (2) = 2|S|M^d p_max/C + p_max M |S|/b (class-1 terms); 2k columns
                bound = 2 * k * (2 * s1 * x.M2 * x.M2 * dens.PMax / cc + dens.PMax * x.M2 * s1 / x.B);
            }
            else
            {
                var sumB = x.Bias.Sum();
                var cc = (0.5 - sumB) / x.M2;
                if (!(cc > 0)) return Evaluation.Inconclusive($"Σb_j = {sumB} ≥ 1/2: the proof's constant C = (1/2 − Σb_j)/M is not positive");
                r1 = Dynamics.Lyx.Population2D.Journal(dens, x.W, x.Bias, x.Vm, 0, 1e-10).Compute();
                r2 = Dynamics.Lyx.Population2D.Journal(dens, Shift(x.W, col), x.Bias, x.Vm, 0, 1e-10).Compute();
                bound = 0;
                for (var j = 0; j < x.W.Length; j++)
                    for (var r = 1; r < x.Vm.Length; r++)
                        bound += Math.Abs(x.Vm[0][j] - x.Vm[r][j]) * (2 * s1 * x.M2 * x.M2 * dens.PMax / cc + dens.PMax * x.M2 * s1 / x.Bias[j]);
            }
            if (ctx.Is("tenth-of-L")) bound /= 1e4;
            var diff = r1.Gradient.Zip(r2.Gradient, (a, b) => Math.Sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]))).Sum();
            var quotient = diff / x.Eps;
            var err = 10 * (r1.Error + r2.Error) * r1.Gradient.Length / x.Eps;
            var detail = $"|∇l(W) − ∇l(W')|/|W − W'| = {quotient:G6} (ε = {x.Eps}), proof's L = {bound:G6}, error {err:G3}";
            return quotient > bound + err ? Evaluation.Fails(quotient - bound, detail) : Evaluation.Holds(detail);
        }
    }

    public sealed class Lemma2 : LipschitzClaim
    {
        protected override bool Journal => false;
        public override string Id => "LYX.Lemma2";
        public override string Where => "C Lemma 2 and its proof";
        public override string Statement => "Network (1) with 0 < b < 1/(2Mk): l(W) is Lipschitz differentiable, |∇l(W_1) − ∇l(W_2)| ≤ L|W_1 − W_2| with " +
            "L(k, b, p_max, M).";
        public override string Setting => "the class-1 part l_1 of network (1) (Lemma 1 decouples the two classes; the class-2 part is the same problem), d " +
            "= 2, k ∈ [1, 3], b ∈ (0, 1/(2kM)), radial densities on annuli; W random, one column moved by ε ∈ {10^−1, 10^−2, 10^−3}; |·| the column-wise " +
            "norm sum. Compared with the proof's constant L = 2k [2|S¹|M²p_max/C + p_max M|S¹|/b], C = 1/(2M) − (k − 2)b (terms (1) and (2) per column). The " +
            "bias hypothesis is not fuzzed here: dropping it (b = 0) is LYX.Text.NoBiasNotLipschitz, and for b above the range the proof's constant C is not " +
            "positive.";
    }

    public sealed class JLemma4_2 : LipschitzClaim
    {
        protected override bool Journal => true;
        public override string Id => "LYX.J.Lemma4.2";
        public override string Where => "J Lemma 4.2 and its proof";
        public override string Statement => "Network (1) with 0 < Σ_j b_j < 1: l(W) is Lipschitz differentiable with L depending on k, b, p_max, M, V.";
        public override string Setting => "class i = 1 of the journal network, d_i = 2, n ∈ {2, 3}, k ∈ [n, n+1], V from Assumption 1, b_j ∈ (0, 1/k) (Σb_j " +
            "< 1); compared with the proof's constant Σ_{j,r} |v_{1,j} − v_{r,j}| [2|S¹|M²p_max/C + p_max M|S¹|/b_j], C = (1/2 − Σb_j)/M, which exists only " +
            "for Σb_j < 1/2 (inconclusive otherwise: the statement's range Σb_j < 1 is wider than the proof's).";
    }
}
