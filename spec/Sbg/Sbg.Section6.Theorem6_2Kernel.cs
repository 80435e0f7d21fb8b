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
            "d = 1..5, S separable with margin 1 for w* (n = 1..7, also antipodal), α ∈ (0, 1) including 1/q and 1 − 1/q, "
            + "any (w, u) ∈ Q^{2d}, any pair x, x' including w*·x = 0 (σ'(0) = α), x = 0, x' = ±x; and the exact solution of (7) "
            + "(support guessed in double, solved exactly, else support enumeration) with its KKT conditions checked exactly";
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

        /// <summary>
        /// Widened for coverage: d up to 5, n up to 7, antipodal sets, α across (0, 1); x orthogonal to w* (σ'(0)), zero, or
        /// free, and x' free, equal to x, opposite to x, or orthogonal to w*.
        /// </summary>
        public override KernelCase Generate(Choices c, Context ctx)
        {
            var d = WideDimension(c, 5);
            var s = SeparableData.Exact(c, d, c.Int(0, 4) == 4 ? c.Int(6, 7) : c.Int(1, 5), antipodal: c.Int(0, 3) == 3);
            if (ctx.Weak("labels-from-teacher"))
            {
                var i = c.Int(0, s.N - 1);
                var y = s.Y.ToArray();
                y[i] = -y[i];
                s = new Dataset<Rational>(s.X, y, s.Teacher);
            }
            var alpha = AlphaAcrossRange(c, ctx);
            // y − (y·w*)/‖w*‖²·w*: exactly orthogonal to w* (RationalSphere.Orthogonal needs a unit vector, and w* is not one)
            Rational[] OrthogonalToTeacher()
            {
                var y = c.SmallVector(d, 4, 4);
                return Vec.Sub(y, Vec.Scale(Vec.Dot<Rational>(y, s.Teacher!) / Vec.NormSquared<Rational>(s.Teacher!), s.Teacher!));
            }
            var x1 = c.Int(0, 3) switch
            {
                1 => OrthogonalToTeacher(),
                2 => Enumerable.Repeat(Rational.Zero, d).ToArray(),
                _ => c.SmallVector(d, 4, 3),
            };
            var x2 = c.Int(0, 4) switch
            {
                2 => x1,
                3 => Vec.Scale(Rational.NegativeOne, x1),
                4 => OrthogonalToTeacher(),
                _ => c.SmallVector(d, 4, 3),
            };
            return new KernelCase(s, alpha, c.SmallVector(d, 4, 3), c.SmallVector(d, 4, 3), x1, x2);
        }

        /// <summary>0 &lt; α &lt; 1 and S separable with margin 1 by w* (yᵢw*·xᵢ ≥ 1), exactly.</summary>
        public static bool HypothesesHold(KernelCase x) =>
            x.Alpha.Sign > 0 && x.Alpha < 1 && Enumerable.Range(0, x.S.N).All(i => x.S.Y[i] * Vec.Dot<Rational>(x.S.Teacher!, x.S.X[i]) >= 1);

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("teacher-orthogonal", "the kernel after Theorem 6.2: σ'(y w*·x) at w*·x = 0 (σ'(0) not defined)", 0.10,
                "w*·x = 0 or w*·x' = 0 with the point non-zero"),
            new("same-point", "the kernel after Theorem 6.2: K(x, x) = ‖φ(x)‖²", 0.05, "x' = x ≠ 0"),
            new("opposite-points", "the kernel after Theorem 6.2: K(x, −x), its two terms swap", 0.05, "x' = −x ≠ 0"),
            new("zero-point", "the kernel after Theorem 6.2: K(0, x') = 0", 0.05, "x = 0 or x' = 0"),
            new("one-class", "Eq. (7) with S₋ or S₊ empty", 0.05, "all labels equal"),
            new("antipodal", "Section 15: antipodal S (x ∈ S ⇒ −x ∈ S)", 0.10, "S antipodal"),
            new("n-1", "Eq. (7) with one constraint", 0.03, "n = 1"),
            new("n-large", "Eq. (7): any n", 0.05, "n ≥ 6"),
            new("d-large", "the feature map after Theorem 6.2: x ∈ R^d, any d (features in R^{2d})", 0.05, "d ≥ 5"),
            new("alpha-near-0", "Eq. (1): 0 < α < 1 (φ(x₊) = (x₊, −αx₊))", 0.05, "α ≤ 1/20"),
            new("alpha-near-1", "Eq. (1): 0 < α < 1", 0.05, "α ≥ 19/20"),
        ];

        public override IEnumerable<string> Classify(KernelCase x)
        {
            var ws = x.S.Teacher!;
            bool NonZero(Rational[] p) => p.Any(e => e.Sign != 0);
            if ((NonZero(x.X1) && Vec.Dot<Rational>(ws, x.X1).Sign == 0) || (NonZero(x.X2) && Vec.Dot<Rational>(ws, x.X2).Sign == 0))
                yield return "teacher-orthogonal";
            if (NonZero(x.X1) && x.X1.SequenceEqual(x.X2)) yield return "same-point";
            if (NonZero(x.X1) && x.X1.Zip(x.X2, (p, q) => p + q).All(e => e.Sign == 0)) yield return "opposite-points";
            if (!NonZero(x.X1) || !NonZero(x.X2)) yield return "zero-point";
            if (x.S.Y.Distinct().Count() == 1) yield return "one-class";
            if (x.S.X.All(p => x.S.X.Any(q => p.Zip(q, (a, b) => a + b).All(e => e.Sign == 0)))) yield return "antipodal";
            if (x.S.N == 1) yield return "n-1";
            if (x.S.N >= 6) yield return "n-large";
            if (x.S.Dimension >= 5) yield return "d-large";
            if (x.Alpha <= new Rational(1, 20)) yield return "alpha-near-0";
            if (x.Alpha >= new Rational(19, 20)) yield return "alpha-near-1";
        }

        /// <summary>
        /// The exact solution of min ‖θ‖² s.t. θ·zᵢ ≥ 1: the support guessed by the double dual solver, then solved exactly on it
        /// and accepted only if its KKT conditions hold exactly (the minimiser is unique, so a KKT point is it); otherwise the
        /// full support enumeration. Exact either way; the guess only saves the enumeration's C(n, ≤ 2d) exact solves.
        /// </summary>
        public static MinNormSolution<Rational>? SolveProgram7(IReadOnlyList<Rational[]> z)
        {
            var guess = MinNormSeparator.SolveDual(z.Select(Vec.ToDouble).ToList(), 1e-12, 5_000);
            if (guess is not null && guess.Lambda.Max() is var top && top > 0)
            {
                var support = Enumerable.Range(0, z.Count).Where(i => guess.Lambda[i] > 1e-7 * top).ToArray();
                var gram = new Rational[support.Length, support.Length];
                for (var a = 0; a < support.Length; a++)
                    for (var b = 0; b < support.Length; b++) gram[a, b] = Vec.Dot<Rational>(z[support[a]], z[support[b]]);
                if (LinearAlgebra.TrySolve(gram, Enumerable.Repeat(Rational.One, support.Length).ToArray()) is { } mu && mu.All(m => m.Sign >= 0))
                {
                    var lambda = Enumerable.Repeat(Rational.Zero, z.Count).ToArray();
                    var theta = Enumerable.Repeat(Rational.Zero, z[0].Length).ToArray();
                    for (var a = 0; a < support.Length; a++)
                    {
                        lambda[support[a]] = mu[a];
                        theta = Vec.Add(theta, Vec.Scale(mu[a], z[support[a]]));
                    }
                    if (MinNormSeparator.KktViolation(z, theta, lambda) is null) return new MinNormSolution<Rational>(theta, lambda);
                }
            }
            return MinNormSeparator.SolveExact(z);
        }

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Section 14.2, last sentence", "for x₋ ∈ ℕ₋, φ(x₋) = (−αx₋, x₋)",
                "φ(x₋) = [σ'(w*·x₋)x₋, −σ'(−w*·x₋)x₋] = (αx₋, −x₋) as defined after Theorem 6.2; (−αx₋, x₋) = y·φ(x₋) is the constraint vector",
                "the definition of φ with w*·x₋ ≤ −1 gives (αx₋, −x₋); the constraint u·x₋ − αw·x₋ ≥ 1 of (7) is y⟨(w, u), φ(x₋)⟩ ≥ 1 with y = −1"),
            new(FindingKind.Textual, "Section 14.2, program after Eq. (7)", "∀x₊ ∈ ℕ₊, ∀x₋ ∈ ℕ₋",
                "𝕊₊, 𝕊₋ (the positive and negative training points)", "ℕ₊ is not defined anywhere; (7) in the main text has 𝕊₊, 𝕊₋"),
            new(FindingKind.Textual, "the kernel and feature map after Theorem 6.2", "σ'(y w*·x) (σ' undefined at 0)",
                "σ'(0) = α", "training points have |w*·x| ≥ 1, so (7) does not depend on it; K = ⟨φ, φ'⟩ holds with any value used on both sides "
                + "(class teacher-orthogonal)"),
        ];

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
            var sol = SolveProgram7(z);
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
