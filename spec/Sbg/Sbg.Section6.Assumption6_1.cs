using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;

namespace Verification.Spec;

// Section 6: Assumption 6.1, against (B4) of Section 12.

public static partial class Sbg
{
    // ---------------------------------------------------------------- Assumption 6.1 and (B4)

    /// <summary>The margins qᵢ = yᵢN_θ(xᵢ) of a training set of n points: the assumptions of Section 6 depend on θ only through them.</summary>
    public sealed record MarginsCase(Rational[] Q)
    {
        public override string ToString() => $"n = {Q.Length}, margins q = {Vec.Format(Q)}";
        public double SumLoss => Q.Sum(q => CrossEntropy.Loss(q.ToDouble()));
    }

    public sealed class Assumption6_1 : PropertyClaim<MarginsCase>
    {
        public override string Id => "SBG.Assumption6.1";
        public override string Where => "Assumption 6.1 (Section 6) and Section 12, (B4)";
        public override string Statement =>
            "Assumption 6.1, L_S(θ_{t₀}) < 1/n, is (B4) of Lyu & Li (2020) for the logistic loss: "
            + "L(θ_{t₀}) < e^(−f(b_f)) = ℓ(b_f) with b_f = 0 (L the summed loss), "
            + "so that the gradient-flow results apply — in particular the training set is then classified correctly and the smoothed margin (5) is positive.";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override string Setting =>
            "n = 1..40 training points given by their margins qᵢ = yᵢN(xᵢ) (the assumption depends on θ only through them): q₁ ∈ [−1/2, 4] "
            + "and the others ≥ n + 8, so n·L_S ≤ ℓ(−1/2) + 10⁻⁴ < 1; or a fraction (up to 1 − 1/1000) of the budget n·L_S < 1 spread over "
            + "the points by small integer weights, each qᵢ rounded up from ℓ⁻¹ of its share";
        public override string Trust => "Σℓ(qᵢ) in double with log1p (error ≲ 1e−15) compared with log 2; cases within 1e−12 of the threshold are inconclusive";
        public override Verdict Expected => Verdict.Fails;
        public override Finding Finding => new(
            "Assumption 6.1 is weaker than (B4), which Section 12 says it is. (B4) with ℓ(q) = e^(−f(q)), "
            + "f(q) = −log log(1 + e^(−q)) and b_f = 0 (Section 12) requires the summed loss Σℓ(qᵢ) = n·L_S below ℓ(0) = log 2, i.e. L_S < (log 2)/n; "
            + "Assumption 6.1 allows (log 2)/n ≤ L_S < 1/n, where a training point can be misclassified (ℓ(qᵢ) ≥ log 2 ⇔ qᵢ ≤ 0) and the smoothed margin "
            + "(5) is ≤ 0, so the monotonicity and KKT results of Lyu & Li cannot be invoked.",
            "n = 1, q₁ = y₁N(x₁) = −1/4 (e.g. k = 1, d = 1, v = 1, α = 1/2, w = (0), u = (1/4), x = (1), y = +1): "
            + "L_S = log(1 + e^{1/4}) ≈ 0.826 < 1 = 1/n, but (B4) needs L < log 2 ≈ 0.693, "
            + "the point is misclassified and γ̃ = −log(e^{0.826} − 1)/‖θ‖ < 0 (q₁ = 0 is the boundary case: L_S = log 2 exactly)",
            "Assumption 6.1 with the threshold (log 2)/n: L_S(θ_{t₀}) < (log 2)/n is (B4); it implies yᵢN(xᵢ) > 0 for all i and γ̃(θ_{t₀}) > 0");
        public override Claim Corrected => new Assumption6_1Corrected(this);
        public override IReadOnlyList<string> WrongVariants => ["threshold-2"];
        public override MarginsCase Generate(Choices c, Context ctx) => Margins(c, Interval.Closed(new Rational(-1, 2), 4), 1);
        public override string Describe(MarginsCase x) => x.ToString();

        /// <summary>Assumption 6.1 on a case: n·L_S = Σℓ(qᵢ) below the budget (1 as printed, log 2 corrected) by more than rounding.</summary>
        public static bool HypothesesHold(MarginsCase x, double budget) => x.Q.Length >= 1 && x.SumLoss < budget - LossTolerance;

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("misclassified", "Section 12 (B4) against Assumption 6.1: a margin qᵢ < 0 within L_S < 1/n", 0.05, "some qᵢ < 0"),
            new("margin-zero", "ℓ(0) = log 2 = e^(−f(b_f)), b_f = 0 (Section 12)", 0.03, "some qᵢ = 0"),
            new("gap", "(log 2)/n ≤ L_S < 1/n: Assumption 6.1 without (B4)", 0.10, "log 2 ≤ Σℓ(qᵢ) < 1"),
            new("b4-holds", "Section 12, (B4): Σℓ(qᵢ) < log 2", 0.10, "L_S < (log 2)/n"),
            new("near-threshold", "Assumption 6.1's < at near-equality", 0.05, "1 − n·L_S ≤ 1/100"),
            new("spread", "L_S is a mean over n points (Eq. (2))", 0.10, "at least two points carry a tenth of the loss budget each"),
            new("n-1", "Assumption 6.1 with n = 1", 0.05, "one training point"),
            new("n-large", "Assumption 6.1: any n", 0.05, "n ≥ 7"),
        ];

        public override IEnumerable<string> Classify(MarginsCase x) => ClassifyMargins(x, 1);

        internal static IEnumerable<string> ClassifyMargins(MarginsCase x, double budget)
        {
            var sum = x.SumLoss;
            if (x.Q.Any(q => q.Sign < 0)) yield return "misclassified";
            if (x.Q.Any(q => q.Sign == 0)) yield return "margin-zero";
            if (sum >= Math.Log(2) && sum < 1) yield return "gap";
            if (sum < Math.Log(2)) yield return "b4-holds";
            if (budget - sum <= budget / 100) yield return "near-threshold";
            if (x.Q.Count(q => CrossEntropy.Loss(q.ToDouble()) >= budget / 10) >= 2) yield return "spread";
            if (x.Q.Length == 1) yield return "n-1";
            if (x.Q.Length >= 7) yield return "n-large";
            if (x.Q.Min() <= new Rational(1, 4)) yield return "small-margin";
            if (x.Q.Min() >= 3) yield return "large-margins";
        }

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Section 12, (B4), against Eq. (2)", "𝓛(θ) < e^(−f(b_f)) (Lyu & Li's 𝓛 is the summed loss); L_S of Eq. (2) is the mean",
                "(B4) as n·L_S = Σℓ(qᵢ) < ℓ(0) = log 2",
                "Lyu & Li define 𝓛 = Σᵢ ℓ(qᵢ); the smoothed margin (5) uses exp(n·L_S), i.e. the sum, consistently with that reading"),
        ];

        public override Evaluation Evaluate(MarginsCase x, Context ctx)
        {
            var sum = x.SumLoss;
            if (!(sum < 1 - LossTolerance)) throw new InvalidOperationException($"generator bug: n·L_S = {sum} is not below 1");
            var threshold = ctx.Is("threshold-2") ? 2.0 : Math.Log(2);
            return ConsequencesOfB4(x, sum, threshold);
        }

        internal static Evaluation ConsequencesOfB4(MarginsCase x, double sum, double threshold)
        {
            if (Math.Abs(sum - threshold) < LossTolerance) return Evaluation.Inconclusive($"Σℓ(qᵢ) = {sum:R} within rounding of {threshold:R}");
            var b4 = sum < threshold;
            var classified = x.Q.All(q => q.Sign > 0);
            var smoothed = -Math.Log(CrossEntropy.Expm1(sum)); // ‖θ‖·γ̃
            var detail = $"n·L_S = Σℓ(qᵢ) = {sum:R}, (B4) Σℓ < log 2: {b4}, all qᵢ > 0: {classified}, ‖θ‖·γ̃ = {smoothed:R}";
            // the conclusion Σℓ(qᵢ) < log 2 is an inequality: its two sides are recorded for the slack of the evidence
            return b4 && classified && smoothed > 0
                ? Evaluation.HoldsWithSlack(sum, Math.Log(2), detail)
                : Evaluation.Fails(Math.Max(sum - Math.Log(2), 1e-12), detail);
        }

        /// <summary>
        /// n margins with Σℓ(qᵢ) &lt; budget by construction, n up to 40: either q₁ in the given interval (0 or its lower end a quarter
        /// of the time each) and every other margin in [n + 8, n + 20], whose losses sum to less than (n − 1)e^(−n−8); or the loss
        /// budget spread over the points: a fraction f of the budget (f up to 1 − 1/1000) split by small integer weights, each
        /// qᵢ the inverse loss of its share rounded up to a multiple of 1/4096 (ℓ decreasing, so its loss is at most the share).
        /// </summary>
        internal static MarginsCase Margins(Choices c, Interval first, double budget)
        {
            var n = c.Int(0, 4) == 4 ? c.Int(7, 40) : c.Int(1, 6);
            var q = new Rational[n];
            Rational Far() => n + 8 + c.In(Interval.Closed(0, 12), 4);
            if (c.Int(0, 2) == 0)
            {
                var pick = c.Int(0, 3); // a quarter each: q₁ = 0 (when allowed), q₁ at the interval's lower end, q₁ anywhere in it
                q[0] = pick == 3 && first.Contains(Rational.Zero) ? Rational.Zero : pick == 2 && first.Contains(first.Low) ? first.Low : c.In(first, 8);
                for (var i = 1; i < n; i++) q[i] = Far();
                return new MarginsCase(q);
            }
            var f = c.Bool() ? 1 - new Rational(1, c.Int(100, 1000)) : c.In(Interval.Open(0, 1), 16);
            var weights = Enumerable.Range(0, n).Select(_ => c.Int(0, 4)).ToArray();
            if (weights.All(w => w == 0)) weights[0] = 1;
            var total = weights.Sum();
            for (var i = 0; i < n; i++)
            {
                if (weights[i] == 0) { q[i] = Far(); continue; }
                var share = f.ToDouble() * budget * weights[i] / total;
                var inverse = -Math.Log(Math.Exp(share) - 1); // ℓ⁻¹(p) = −log(e^p − 1)
                q[i] = new Rational((System.Numerics.BigInteger)Math.Ceiling(inverse * 4096) + 1, 4096);
            }
            return new MarginsCase(q);
        }

        /// <summary>The rounding error allowed when comparing Σℓ(qᵢ) (double, ≤ 7 terms of relative error ~1e−16) with a constant.</summary>
        internal const double LossTolerance = 1e-12;
    }

    public sealed class Assumption6_1Corrected(Claim printed) : CorrectedStatement<MarginsCase>(printed)
    {
        public override string Where => "Assumption 6.1 with the threshold (log 2)/n";
        public override string Statement =>
            "If L_S(θ) < (log 2)/n then (B4) holds (Σℓ(qᵢ) < ℓ(0) = log 2), every qᵢ = yᵢN(xᵢ) > 0 and the smoothed margin γ̃(θ) > 0.";
        // as recorded: the correction states no setting of its own and has the default trust of a numeric claim
        public override string Setting => "";
        public override string Trust => "numeric";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("threshold", "L_S < (log 2)/n", "(log 2)/n ≤ L_S < 1/n allowed (q₁ ∈ [−1/2, 1/8))", Expectation.Counterexample,
                "q₁ = 0 gives L_S = (log 2)/n exactly at the printed Assumption 6.1's slack"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["threshold-2"];
        public override MarginsCase Generate(Choices c, Context ctx) =>
            ctx.Weak("threshold")
                ? Assumption6_1.Margins(c, Interval.ClosedOpen(new Rational(-1, 2), new Rational(1, 8)), 1)
                : Assumption6_1.Margins(c, Interval.Closed(new Rational(1, 8), 8), Math.Log(2));

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("near-threshold", "Section 12 (B4): L_S < (log 2)/n at near-equality", 0.05, "log 2 − n·L_S ≤ (log 2)/100"),
            new("small-margin", "ℓ(0) = log 2: the corrected threshold keeps every qᵢ > 0, some close to 0", 0.05, "min qᵢ ≤ 1/4"),
            new("large-margins", "Section 6 (the late phase of training): every margin large", 0.05, "min qᵢ ≥ 3"),
            new("spread", "L_S is a mean over n points (Eq. (2))", 0.10, "at least two points carry a tenth of the loss budget each"),
            new("n-1", "Eq. (2) with n = 1", 0.05, "one training point"),
            new("n-large", "Eq. (2): any n", 0.05, "n ≥ 7"),
        ];

        public override IEnumerable<string> Classify(MarginsCase x) => Assumption6_1.ClassifyMargins(x, Math.Log(2));
        public override string Describe(MarginsCase x) => x.ToString();
        public override Evaluation Evaluate(MarginsCase x, Context ctx)
        {
            var sum = x.SumLoss;
            if (!ctx.Weak("threshold") && !(sum < Math.Log(2) - Assumption6_1.LossTolerance)) throw new InvalidOperationException(
                $"generator bug: n·L_S = {sum} is not below log 2");
            if (ctx.Is("threshold-2"))
                return Evaluation.Require(x.Q.All(q => q >= 1), 1, $"wrong variant: claims every qᵢ ≥ 1; q = {Vec.Format(x.Q)}");
            return Assumption6_1.ConsequencesOfB4(x, sum, Math.Log(2));
        }
    }
}
