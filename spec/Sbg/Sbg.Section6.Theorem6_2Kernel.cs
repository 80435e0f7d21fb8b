using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Numerics;

namespace Verification.Spec;

// Section 6.2: the kernel and feature map of program (7) (after Theorem 6.2 and Section 14.2).

public static partial class Sbg
{
    // ---------------------------------------------------------------- the kernel and feature map of (7)

    public sealed record KernelCase(Dataset<Rational> S, Rational Alpha, Rational[] W, Rational[] U, Rational[] X1, Rational[] X2)
    {
        public override string ToString() =>
            $"S = [{string.Join("; ", S.X.Select((x, i) => $"{Vec.Format(x)}:{S.Y[i]:+0;-0}"))}], w* = {Vec.Format(S.Teacher!)}, α = {Alpha}, "
            + $"(w, u) = ({Vec.Format(W)}, {Vec.Format(U)}), x = {Vec.Format(X1)}, x' = {Vec.Format(X2)}";
    }

    /// <summary>σ'(z) with σ'(0) = α.</summary>
    internal static Rational SigmaPrime(Rational z, Rational alpha) => z.Sign > 0 ? Rational.One : alpha;

    /// <summary>φ(x) = [σ'(w*·x)x, −σ'(−w*·x)x] ∈ R^{2d}.</summary>
    public static Rational[] Phi(Rational[] wStar, Rational alpha, Rational[] x, bool dropMinus = false)
    {
        var t = Vec.Dot<Rational>(wStar, x);
        var a = Vec.Scale(SigmaPrime(t, alpha), x);
        var b = Vec.Scale((dropMinus ? 1 : -1) * SigmaPrime(-t, alpha), x);
        return [.. a, .. b];
    }

    /// <summary>K(x, x') = Σ_{y ∈ {±1}} σ'(y w*·x)σ'(y w*·x') x·x'.</summary>
    public static Rational Kernel(Rational[] wStar, Rational alpha, Rational[] x1, Rational[] x2, bool oneTerm = false)
    {
        var t1 = Vec.Dot<Rational>(wStar, x1);
        var t2 = Vec.Dot<Rational>(wStar, x2);
        var s = SigmaPrime(t1, alpha) * SigmaPrime(t2, alpha) + (oneTerm ? Rational.Zero : SigmaPrime(-t1, alpha) * SigmaPrime(-t2, alpha));
        return s * Vec.Dot<Rational>(x1, x2);
    }

    /// <summary>The left side of a constraint of (7): w·x − αu·x for y = +1, u·x − αw·x for y = −1.</summary>
    public static Rational Constraint7(Rational[] w, Rational[] u, Rational alpha, Rational[] x, int y) =>
        y > 0 ? Vec.Dot<Rational>(w, x) - alpha * Vec.Dot<Rational>(u, x) : Vec.Dot<Rational>(u, x) - alpha * Vec.Dot<Rational>(w, x);

    public sealed class Theorem6_2Kernel : PropertyClaim<KernelCase>
    {
        public override string Id => "SBG.Thm6.2.Kernel";
        public override string Where => "After Theorem 6.2 (Section 6.2) and Section 14.2";
        public override string Statement =>
            "Program (7) is a hard-margin SVM with kernel K(x, x') = Σ_{y∈{±1}} σ'(y w*·x)σ'(y w*·x') x·x' and feature map φ(x) = [σ'(w*·x)x, −σ'(−w*·x)x]: "
            + "K = ⟨φ(x), φ(x')⟩, and each constraint of (7) is yᵢ⟨(w, u), φ(xᵢ)⟩ ≥ 1 (Section 14.2: φ(x₊) = (x₊, −αx₊), "
            + "and (−αx₋, x₋) = y·φ(x₋) for negatives).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting =>
            "d = 1..3, S separable with margin 1 for w* (n = 1..5), α ∈ (0, 1), any (w, u) ∈ Q^{2d}, any pair x, x' including w*·x = 0 (σ'(0) = α); "
            + "and the exact solution of (7) by support enumeration with its KKT conditions checked exactly";
        public override string Trust =>
            "polynomial identities checked exactly at generated points; the solution of (7) is exact (support enumeration) and its KKT conditions hold "
            + "with equality in rational arithmetic";
        public override int CostPerCase => 2;

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("labels-from-teacher", "yᵢ = sign(w*·xᵢ) (S is separable by the teacher)", "one label flipped", Expectation.Counterexample,
                "φ is defined through w*, so a point labelled against w* gets the feature of the other class: its constraint of (7) is not yᵢ⟨θ, φ(xᵢ)⟩ ≥ 1"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["phi-no-minus", "kernel-one-term"];

        public override KernelCase Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 3);
            var s = SeparableData.Exact(c, d, c.Int(1, 5));
            if (ctx.Weak("labels-from-teacher"))
            {
                var i = c.Int(0, s.N - 1);
                var y = s.Y.ToArray();
                y[i] = -y[i];
                s = new Dataset<Rational>(s.X, y, s.Teacher);
            }
            var alpha = Alpha(c, ctx);
            var x1 = c.Bool()
                ? RationalSphere.Orthogonal(c, s.Teacher!.Select(t => t / Vec.NormSquared<Rational>(s.Teacher!)).ToArray())
                : c.SmallVector(d, 4, 3);
            return new KernelCase(s, alpha, c.SmallVector(d, 4, 3), c.SmallVector(d, 4, 3), x1, c.SmallVector(d, 4, 3));
        }

        public override string Describe(KernelCase x) => x.ToString();

        public override Evaluation Evaluate(KernelCase x, Context ctx)
        {
            var ws = x.S.Teacher!;
            var dropMinus = ctx.Is("phi-no-minus");
            var oneTerm = ctx.Is("kernel-one-term");
            var points = x.S.X.Append(x.X1).Append(x.X2).ToList();
            foreach (var a in points)
                foreach (var b in points)
                {
                    var k = Kernel(ws, x.Alpha, a, b, oneTerm);
                    var ip = Vec.Dot<Rational>(Phi(ws, x.Alpha, a, dropMinus), Phi(ws, x.Alpha, b, dropMinus));
                    if (k != ip) return Evaluation.Fails(Math.Abs((k - ip).ToDouble()), $"K({Vec.Format(a)}, {Vec.Format(b)}) = {k} but ⟨φ, φ'⟩ = {ip}");
                }
            var theta = x.W.Concat(x.U).ToArray();
            for (var i = 0; i < x.S.N; i++)
            {
                var lhs = Constraint7(x.W, x.U, x.Alpha, x.S.X[i], x.S.Y[i]);
                var svm = x.S.Y[i] * Vec.Dot<Rational>(theta, Phi(ws, x.Alpha, x.S.X[i], dropMinus));
                if (lhs != svm) return Evaluation.Fails(Math.Abs((lhs - svm).ToDouble()), $"constraint {i} of (7): {lhs}, but yᵢ⟨(w, u), φ(xᵢ)⟩ = {svm}");
            }
            // (7) solved exactly as the SVM: min ‖θ‖² s.t. yᵢ⟨θ, φ(xᵢ)⟩ ≥ 1, with its KKT conditions
            var z = x.S.X.Select((xi, i) => Vec.Scale<Rational>(x.S.Y[i], Phi(ws, x.Alpha, xi, dropMinus))).ToList();
            var sol = MinNormSeparator.SolveExact(z);
            if (sol is null) return Evaluation.Fails(1, "program (7) infeasible although S is separable by w* (θ = (c·w*, −c·w*) is feasible for large c)");
            if (MinNormSeparator.KktViolation(z, sol.Theta, sol.Lambda) is { } kkt) return Evaluation.Fails(1, "KKT: " + kkt);
            var d = x.S.Dimension;
            var (w7, u7) = (sol.Theta[..d], sol.Theta[d..]);
            for (var i = 0; i < x.S.N; i++)
                if (Constraint7(w7, u7, x.Alpha, x.S.X[i], x.S.Y[i]) < 1) return Evaluation.Fails(1, $"the SVM solution violates constraint {i} of (7)");
            return Evaluation.Holds($"(7) solved: w = {Vec.Format(w7)}, u = {Vec.Format(u7)}, λ = {Vec.Format(sol.Lambda)}");
        }
    }
}
