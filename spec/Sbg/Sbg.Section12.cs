using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;

namespace Verification.Spec;

// Section 12: the conditions of the cited gradient-flow results ((A1), (B3)); (B4) is with Assumption 6.1.

public static partial class Sbg
{
    // ---------------------------------------------------------------- Section 12 (A1): the Lipschitz constant

    public sealed record LipschitzCase(LeakyReluNetwork<Rational> Net1, LeakyReluNetwork<Rational> Net2, Rational[] X, string Shape)
    {
        public override string ToString() =>
            $"[{Shape}] θ₁: {SbgFormat.Network(Net1)}; θ₂: W = [{string.Join("; ", Net2.W.Select(Vec.Format))}], "
            + $"U = [{string.Join("; ", Net2.U.Select(Vec.Format))}]; x = {Vec.Format(X)}";
    }

    public sealed class Lipschitz : PropertyClaim<LipschitzCase>
    {
        public override string Id => "SBG.Lipschitz";
        public override string Where => "Section 12, proof of (A1)";
        public override string Statement =>
            "|Φ(θ₁; x) − Φ(θ₂; x)| ≤ 2v‖x‖ Σⱼ(‖w₁⁽ʲ⁾ − w₂⁽ʲ⁾‖ + ‖u₁⁽ʲ⁾ − u₂⁽ʲ⁾‖) = 2v‖x‖‖W₁ − W₂‖: "
            + "the network is globally 2v‖x‖-Lipschitz in W (Frobenius norm).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting =>
            "k = 1..8, d = 1..3 (one case in five up to 6), α ∈ (0, 1) including both ends, v ∈ (0, 4], x = s·x̂ ≠ 0; θ₁, θ₂ generic (or equal), "
            + "or aligned (every row moved by δ along x̂ inside one linear piece, the direction of steepest change)";
        public override string Trust => "exact: both sides squared ((ΔΦ)² ≤ 4v²‖x‖²‖ΔW‖²)";
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "The last step Σⱼ(‖Δw⁽ʲ⁾‖ + ‖Δu⁽ʲ⁾‖) = ‖ΔW‖ is false: a sum of 2k row norms is an ℓ₁ norm, which can be √(2k) times the Frobenius norm. "
            + "The stated constant 2v‖x‖ fails for k ≥ 3; the sharp constant is √(2k)·v‖x‖ (the factor 2 in the middle step is also loose: "
            + "1 suffices because σ is 1-Lipschitz). "
            + "(A1) itself survives: the network is globally, hence locally, Lipschitz, with constant √(2k)·v‖x‖.",
            "k = 3, d = 1, v = 1, x = (1), any α ∈ (0, 1): W₁ = w⁽ʲ⁾ = (1), u⁽ʲ⁾ = (2); W₂ = w⁽ʲ⁾ = (2), u⁽ʲ⁾ = (1): Φ₁ = −3, Φ₂ = 3, "
            + "|ΔΦ| = 6 > 2·1·1·√6 ≈ 4.90",
            "|Φ(θ₁; x) − Φ(θ₂; x)| ≤ v‖x‖ Σⱼ(‖Δw⁽ʲ⁾‖ + ‖Δu⁽ʲ⁾‖) ≤ √(2k)·v‖x‖·‖W₁ − W₂‖, with equality for aligned moves");
        public override Claim Corrected => new LipschitzCorrected(this);

        /// <summary>The same generator as the corrected statement, hence its classes (k ≥ 3 is where the printed constant fails).</summary>
        public override IReadOnlyList<CoverageClass> Coverage => new LipschitzCorrected(this).Coverage;

        public override IEnumerable<string> Classify(LipschitzCase x) => new LipschitzCorrected(this).Classify(x);
        public override IReadOnlyList<Constant> Constants => [new("c", 2, 0, 8, "the sharp constant is √(2k): 4 for k = 8, the largest k generated")];
        public override IReadOnlyList<string> WrongVariants => ["constant-1"];
        public override LipschitzCase Generate(Choices c, Context ctx) => Pair(c, ctx);
        public override string Describe(LipschitzCase x) => x.ToString();
        public override Evaluation Evaluate(LipschitzCase x, Context ctx)
        {
            var constant = ctx.Is("constant-1") ? Rational.One : ctx.Constant("c", 2);
            return Bound(x, constant * constant);
        }

        internal static LipschitzCase Pair(Choices c, Context ctx)
        {
            var d = SizeWide(c, 1, 3, 6);
            var k = c.Int(1, 8);
            var alpha = AlphaWide(c, ctx);
            var v = V(c, ctx);
            var xHat = RationalSphere.UnitVector(c, d);
            var x = Vec.Scale(c.In(Interval.OpenClosed(0, 4), 8), xHat);
            var aligned = c.Bool();
            List<Rational[]> w1, u1, w2, u2;
            if (aligned)
            {
                // both endpoints in one linear piece, every row moved by δ along x̂ in the direction that increases N
                var delta = c.In(Interval.OpenClosed(0, 2), 8);
                w1 = Enumerable.Range(0, k)
                    .Select(_ => Vec.Add(Vec.Scale(c.In(Interval.OpenClosed(0, 2), 4), xHat), RationalSphere.Orthogonal(c, xHat))).ToList();
                u1 = Enumerable.Range(0, k)
                    .Select(_ => Vec.Add(Vec.Scale(delta + c.In(Interval.OpenClosed(0, 2), 4), xHat), RationalSphere.Orthogonal(c, xHat))).ToList();
                w2 = w1.Select(w => Vec.Add(w, Vec.Scale(delta, xHat))).ToList();
                u2 = u1.Select(u => Vec.Sub(u, Vec.Scale(delta, xHat))).ToList();
            }
            else
            {
                w1 = Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 4, 3)).ToList();
                u1 = Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 4, 3)).ToList();
                w2 = Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 4, 3)).ToList();
                u2 = Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 4, 3)).ToList();
            }
            if (!aligned && c.Int(0, 9) == 9) (w2, u2) = (w1, u1); // θ₁ = θ₂: both sides 0
            return new LipschitzCase(new(w1, u1, v, alpha), new(w2, u2, v, alpha), x, aligned ? "aligned" : "generic");
        }

        /// <summary>|Φ(θ₁; x) − Φ(θ₂; x)| ≤ c·v‖x‖‖θ₁ − θ₂‖ decided on squares, with c² given.</summary>
        internal static Evaluation Bound(LipschitzCase x, Rational c2)
        {
            var dPhi = x.Net1.Output(x.X) - x.Net2.Output(x.X);
            var dW = x.Net1.W.Zip(x.Net2.W).Concat(x.Net1.U.Zip(x.Net2.U))
                .Aggregate(Rational.Zero, (acc, p) => acc + Vec.NormSquared<Rational>(Vec.Sub(p.First, p.Second)));
            var rhs = c2 * x.Net1.V * x.Net1.V * Vec.NormSquared<Rational>(x.X) * dW;
            var detail = $"(ΔΦ)² = {dPhi * dPhi}, c²v²‖x‖²‖Δθ‖² = {rhs} (c² = {c2}, k = {x.Net1.K})";
            var observed = Math.Sqrt((dPhi * dPhi).ToDouble()); // from the exact squares, so that equality reports slack 0 exactly
            var bound = Math.Sqrt(rhs.ToDouble());
            // decided exactly on squares; the doubles report the slack |ΔΦ| ≤ c·v‖x‖‖Δθ‖
            return dPhi * dPhi <= rhs ? Evaluation.HoldsWithSlack(observed, bound, detail) : Evaluation.Fails(observed - bound, detail);
        }
    }

    public sealed class LipschitzCorrected(Claim printed) : CorrectedStatement<LipschitzCase>(printed)
    {
        public override string Where => "Section 12 (A1) with the constant √(2k)";
        public override string Statement => "|Φ(θ₁; x) − Φ(θ₂; x)| ≤ √(2k)·v‖x‖·‖W₁ − W₂‖ for 0 < α < 1, v > 0.";
        // as recorded: the correction states no setting of its own and has the default trust of an exact claim
        public override string Setting => "";
        public override string Trust => "decided in exact rational arithmetic on every generated case; no tolerance";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("leaky", "0 < α < 1 (Leaky ReLU)", "α ∈ [−1, 1): ReLU and non-monotone σ allowed", Expectation.None,
                "for |α| ≤ 1, σ(z) = max{z, αz} is still 1-Lipschitz, which is all the bound uses"),
            new("alpha-above-1", "0 < α < 1 (σ is 1-Lipschitz)", "α ∈ (1, 4]", Expectation.Counterexample,
                "σ then has slope α > 1 on z < 0: rows moved through the negative piece change Φ by α·√(2k)·v‖x‖‖ΔW‖"),
            new("v-positive", "v > 0", "v ∈ [−4, 4]", Expectation.None, "only v² enters the squared bound"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["constant-k"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("aligned", "Section 12, (A1): equality of the corrected bound needs every row moved along x inside one linear piece", 0.2,
                "the aligned shape (the bound is attained)"),
            new("generic", "Section 12, (A1): any θ₁, θ₂", 0.2, "independent θ₁, θ₂"),
            new("identical", "Section 12, (A1): θ₁ = θ₂ (both sides 0)", 0.02, "θ₁ = θ₂"),
            new("crossing", "Section 12, Eq. (20): σ is 1-Lipschitz across its kink, where the two pieces meet", 0.1,
                "some row's pre-activation changes sign between θ₁ and θ₂"),
            new("k-1", "Section 12: any k ≥ 1 (√(2k) = √2 < 2: the printed constant holds)", 0.05, "k = 1"),
            new("k-3-plus", "Section 12: the printed constant fails from k = 3 on", 0.3, "k ≥ 3"),
            new("high-dimension", "Section 12: x ∈ R^d for any d", 0.05, "d ≥ 4"),
            .. AlphaClasses("Eq. (1)"),
        ];

        public static bool HypothesesHold(LipschitzCase x) =>
            NetworkHypothesesHold(x.Net1, x.X.Length) && NetworkHypothesesHold(x.Net2, x.X.Length) && x.Net1.K == x.Net2.K
            && x.Net1.V == x.Net2.V && x.Net1.Alpha == x.Net2.Alpha && x.X.Any(t => t.Sign != 0);

        public override IEnumerable<string> Classify(LipschitzCase x)
        {
            yield return x.Shape;
            var rows1 = x.Net1.W.Concat(x.Net1.U).ToList();
            var rows2 = x.Net2.W.Concat(x.Net2.U).ToList();
            if (rows1.Zip(rows2).All(p => p.First.SequenceEqual(p.Second))) yield return "identical";
            if (rows1.Zip(rows2).Any(p => Vec.Dot<Rational>(p.First, x.X).Sign * Vec.Dot<Rational>(p.Second, x.X).Sign < 0)) yield return "crossing";
            if (x.Net1.K == 1) yield return "k-1";
            if (x.Net1.K >= 3) yield return "k-3-plus";
            if (x.X.Length >= 4) yield return "high-dimension";
            foreach (var a in AlphaClassesOf(x.Net1.Alpha)) yield return a;
        }
        public override LipschitzCase Generate(Choices c, Context ctx)
        {
            var x = Lipschitz.Pair(c, ctx);
            if (!ctx.Weak("alpha-above-1")) return x;
            // for α > 1 move the rows through the negative piece, where σ has slope α
            Rational[][] Neg(IReadOnlyList<Rational[]> rows) => rows.Select(r => Vec.Scale(Rational.NegativeOne, r)).ToArray();
            return x with
            {
                Net1 = new(Neg(x.Net1.U), Neg(x.Net1.W), x.Net1.V, x.Net1.Alpha),
                Net2 = new(Neg(x.Net2.U), Neg(x.Net2.W), x.Net2.V, x.Net2.Alpha),
            };
        }
        public override string Describe(LipschitzCase x) => x.ToString();
        public override Evaluation Evaluate(LipschitzCase x, Context ctx) => Lipschitz.Bound(x, ctx.Is("constant-k") ? x.Net1.K : 2 * x.Net1.K);
    }

    // ---------------------------------------------------------------- Section 12: (B3) for the logistic loss

    public sealed record B3Case(double Q0, double Q1, double Q2, double Y, double X, double Theta, double K)
    {
        public override string ToString() => $"q₀ = {Q0:R}, q₁ = {Q1:R}, q₂ = {Q2:R}, y = {Y:R}, x = {X:R}, θ = {Theta:R}, K = {K:R}";
    }

    /// <summary>The functions of Lyu &amp; Li's Remark A.2 for ℓ(q) = log(1 + e^(−q)), in double with log1p/expm1.</summary>
    public static class LogisticB3
    {
        public static double F(double q) => -Math.Log(CrossEntropy.Loss(q));
        /// <summary>f'(q) = |ℓ'(q)|/ℓ(q).</summary>
        public static double FPrime(double q) => CrossEntropy.AbsDerivative(q) / CrossEntropy.Loss(q);
        public static double G(double x, bool wrongSign = false) => -Math.Log(CrossEntropy.Expm1(Math.Exp(wrongSign ? x : -x)));
        /// <summary>g'(x) = 1/f'(g(x)).</summary>
        public static double GPrime(double x) => 1 / FPrime(G(x));
        /// <summary>b_g = 2f(b_f) with b_f = 0: the smallest value max{2f(b_f), f(2b_f)} allows (f(0) = −log log 2 &gt; 0).</summary>
        public static double Bg => 2 * F(0);
    }

    public sealed class B3 : PropertyClaim<B3Case>
    {
        public override string Id => "SBG.B3";
        public override string Where => "Section 12, (B3) (citing Lyu & Li 2020, Remark A.2)";
        public override string Statement =>
            "The logistic loss satisfies (B3) with f(q) = −log(log(1 + e^(−q))), g(q) = −log(e^(e^(−q)) − 1), b_f = 0: f is C¹ with f' > 0; "
            + "f'(q)q is non-decreasing on (b_f, ∞) and tends to ∞; g is the inverse of f on [b_f, ∞) and for some "
            + "b_g ≥ max{2f(b_f), f(2b_f)} and K ≥ 1, g'(x) ≤ Kg'(θx) and f'(y) ≤ Kf'(θy) for x > b_g, y > g(b_g), θ ∈ [1/2, 1).";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting =>
            "q₀ ∈ [−20, 40], 0 < q₁ < q₂ ≤ 40, x ∈ (b_g, 40], y ∈ (g(b_g), 40], θ ∈ [1/2, 1) (rational grids; one case in five q₁, x − b_g, "
            + "y − g(b_g) or 1 − θ equal to 1/q, q ≤ 4096, near the ends); "
            + "witnesses b_g = 2f(0) = −2 log log 2 ≈ 0.733 and K = 2 (the paper states neither: these are our choices)";
        public override string Trust =>
            "closed forms in double with log1p and expm1 (relative error ≲ 1e−14); inequalities checked with a relative tolerance of 1e−9; "
            + "the divergence of f'(q)q is witnessed by f'(q)q ≥ 0.72q on (0, ∞) (f' ≥ f'(0) = 1/(2 log 2))";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("k-at-least-1", "K ≥ 1", "K ∈ [1/4, 1)", Expectation.Counterexample, "f' is increasing, so f'(y)/f'(θy) ≥ 1 > K"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["g-wrong-sign"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("q-negative", "Section 12, assumption (B3.2): f'(q) > 0 for all q ∈ R, not only beyond b_f", 0.1, "q₀ < 0"),
            new("q-near-bf", "Section 12, assumption (B3.3): f'(q)q non-decreasing on (b_f, ∞), just above b_f = 0", 0.05, "q₁ ≤ 1/8"),
            new("q-away-from-bf", "Section 12, assumption (B3.3): f'(q)q non-decreasing on all of (b_f, ∞), not only near b_f", 0.3, "q₁ ≥ 1"),
            new("theta-half", "Section 12, assumption (B3.4): θ ∈ [1/2, 1) at its closed end", 0.03, "θ = 1/2"),
            new("theta-near-1", "Section 12, assumption (B3.4): θ ∈ [1/2, 1) near its open end", 0.03, "θ ≥ 15/16"),
            new("theta-very-near-1", "Section 12, assumption (B3.4): θ → 1, closer than the grid of step 1/32 reaches", 0.05, "θ > 31/32"),
            new("x-near-bg", "Section 12, assumption (B3.4): x > b_g, just above", 0.05, "x − b_g ≤ 1/16"),
            new("y-near-gbg", "Section 12, assumption (B3.4): y > g(b_g), just above", 0.05, "y − g(b_g) ≤ 1/16"),
            new("large-arguments", "Section 12, assumption (B3.3)–(B3.4): q, x, y → ∞ (f'(q)q → ∞; e^(−q) underflows without log1p/expm1)",
                0.1, "x ≥ 30 or y ≥ 30"),
        ];

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Section 12, (B3) for the logistic loss",
                "\"satisfies (B3) with f(q) = −log(log(1 + e^(−q))), g(q) = −log(e^(e^(−q)) − 1), b_f = 0\" (b_g and K not given)",
                "b_g = 2f(0) = −2 log log 2 and K = 2, our witnesses for (B3.4)",
                "(B3.4) asks for some b_g ≥ max{2f(b_f), f(2b_f)} and K ≥ 1; the paper cites Lyu & Li's Remark A.2 without the values, "
                + "so a check needs a choice: these are the smallest b_g allowed and a K that suffices on the generated range"),
        ];

        public static bool HypothesesHold(B3Case x) =>
            x.Q1 > 0 && x.Q2 > x.Q1 && x.X > LogisticB3.Bg && x.Y > LogisticB3.G(LogisticB3.Bg) && x.Theta >= 0.5 && x.Theta < 1 && x.K >= 1;

        public override IEnumerable<string> Classify(B3Case x)
        {
            if (x.Q0 < 0) yield return "q-negative";
            if (x.Q1 <= 0.125) yield return "q-near-bf";
            if (x.Q1 >= 1) yield return "q-away-from-bf";
            if (x.Theta == 0.5) yield return "theta-half";
            if (x.Theta >= 15.0 / 16) yield return "theta-near-1";
            if (x.Theta > 31.0 / 32) yield return "theta-very-near-1";
            if (x.X - LogisticB3.Bg <= 1.0 / 16) yield return "x-near-bg";
            if (x.Y - LogisticB3.G(LogisticB3.Bg) <= 1.0 / 16) yield return "y-near-gbg";
            if (x.X >= 30 || x.Y >= 30) yield return "large-arguments";
        }

        public override B3Case Generate(Choices c, Context ctx)
        {
            double D(Interval i, int den) => c.In(i, den).ToDouble();
            // one offset in five just above its lower end (1/q, q ≤ 4096), otherwise on the grid of (0, 40]
            double Above() => c.Int(0, 4) == 4 ? 1.0 / c.Int(16, 4096) : D(Interval.OpenClosed(0, 40), 16);
            var q1 = c.Int(0, 4) == 4 ? 1.0 / c.Int(8, 4096) : D(Interval.OpenClosed(0, 20), 16);
            var q2 = q1 + D(Interval.OpenClosed(0, 20), 16);
            var gbg = LogisticB3.G(LogisticB3.Bg);
            var k = ctx.Weak("k-at-least-1") ? D(Interval.ClosedOpen(new Rational(1, 4), 1), 16) : 2;
            var q0 = D(Interval.Closed(-20, 40), 8);
            var y = gbg + Above();
            var x = LogisticB3.Bg + Above();
            var theta = c.Int(0, 4) == 4 ? 1 - 1.0 / c.Int(16, 4096) : D(Interval.ClosedOpen(new Rational(1, 2), 1), 32);
            return new B3Case(q0, q1, q2, y, x, theta, k);
        }

        public override string Describe(B3Case x) => x.ToString();

        public override Evaluation Evaluate(B3Case x, Context ctx)
        {
            const double tol = 1e-9;
            bool Le(double a, double b) => a <= b + tol * Math.Max(1, Math.Abs(b));
            var fails = new List<string>();
            if (!(LogisticB3.FPrime(x.Q0) > 0)) fails.Add($"(B3.2) f'({x.Q0:R}) = {LogisticB3.FPrime(x.Q0):R}");
            double H(double q) => LogisticB3.FPrime(q) * q;
            if (!Le(H(x.Q1), H(x.Q2))) fails.Add($"(B3.3) f'(q)q decreases: h(q₁) = {H(x.Q1):R} > h(q₂) = {H(x.Q2):R}");
            if (!Le(0.72 * x.Q2, H(x.Q2))) fails.Add($"(B3.3) f'(q)q = {H(x.Q2):R} < 0.72q");
            var back = LogisticB3.G(LogisticB3.F(x.Q1), ctx.Is("g-wrong-sign"));
            if (Math.Abs(back - x.Q1) > tol * Math.Max(1, x.Q1)) fails.Add($"g(f(q₁)) = {back:R} ≠ q₁");
            if (!(LogisticB3.Bg >= Math.Max(2 * LogisticB3.F(0), LogisticB3.F(0)) - tol)) fails.Add("b_g below max{2f(b_f), f(2b_f)}");
            if (!Le(LogisticB3.GPrime(x.X), x.K * LogisticB3.GPrime(x.Theta * x.X))) fails.Add(
                $"(B3.4) g'(x) = {LogisticB3.GPrime(x.X):R} > K·g'(θx) = {x.K * LogisticB3.GPrime(x.Theta * x.X):R}");
            if (!Le(LogisticB3.FPrime(x.Y), x.K * LogisticB3.FPrime(x.Theta * x.Y))) fails.Add(
                $"(B3.4) f'(y) = {LogisticB3.FPrime(x.Y):R} > K·f'(θy) = {x.K * LogisticB3.FPrime(x.Theta * x.Y):R}");
            // the slack reported is that of (B3.4) for f', the inequality whose constant K is our witness
            return fails.Count == 0
                ? Evaluation.HoldsWithSlack(LogisticB3.FPrime(x.Y), x.K * LogisticB3.FPrime(x.Theta * x.Y),
                    $"f'(q₀) = {LogisticB3.FPrime(x.Q0):R}, h(q₁) = {H(x.Q1):R}, h(q₂) = {H(x.Q2):R}")
                : Evaluation.Fails(1, string.Join("; ", fails));
        }
    }
}
