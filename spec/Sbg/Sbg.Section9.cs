using Verification.Arithmetic;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Dynamics.Sbg;

namespace Verification.Spec;

// Section 9: the proof of Theorem 4.1, step by step.

public static partial class Sbg
{
    /// <summary>The proof of Theorem 4.1 step by step: (13), (14), (15), the per-epoch increment (17) and the count of violating epochs.</summary>
    public sealed class Theorem4_1Invariants : PropertyClaim<SgdCase>
    {
        public const int ExactEpochs = 2;
        public const int DoubleEpochs = 60;
        public const int DyadicBits = 20;

        public override string Id => "SBG.Thm4.1.Invariants";
        public override string Where => "Section 9, Eqs. (13)–(18) and the count of epochs with a loss violation";
        public override string Statement =>
            "At every SGD step: G(W_t)² ≤ G(W_{t−1})² + 2η|ℓ'|·y_tN(x_t) + 2kη²v²R_x²|ℓ'|² (13) and F(W_t) ≥ F(W_{t−1}) + 2kηvα|ℓ'| (14); "
            + "hence G(W_T)² ≤ G(W_0)² + T(2kη²v²R_x² + 2η) (15); in every epoch with a point of loss > ε₀, F grows by ≥ 2kηvα(1 − e^(−ε₀)) (17); "
            + "so the number N_viol of such epochs satisfies 2kηvα(1 − e^(−ε₀))·N_viol ≤ ‖W*‖G(W_T) − F(W_0).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational+double";
        public override string Setting =>
            "n = 1..4, d = 1..2, k = 1..3 (otherwise as SBG.Thm4.1), ε ∈ [1/20, 1/2], ε₀ = ε/(1 + 2v²R_x²ηkn); "
            + $"{ExactEpochs} epochs in exact rational arithmetic with |ℓ'| rounded to a multiple of 2^−{DyadicBits}, then {DoubleEpochs} epochs in double";
        public override string Trust =>
            $"(13), (14), (15) exact in rational arithmetic given the factor g = |ℓ'| of each step (rounded to 2^−{DyadicBits}; "
            + "the inequalities hold for any g ∈ [0, 1], so the rounding does not weaken them); the bounds g·yN ≤ 1, g ≤ 1, "
            + $"(17) and the epoch count involve e^x and are checked in double, (17) with the rounding allowance 2^−{DyadicBits}·2kηv; "
            + "the double run checks all of them with relative tolerance 1e−9";
        public override int CostPerCase => 5;

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("leaky", "0 < α < 1 (so σ' ∈ {α, 1} ≥ α)", "α ∈ [−1, 1)", Expectation.Counterexample,
                "for α < 0 the factors σ' = α are negative and (14) fails by the factor y w*·x ≥ 1 it multiplies"),
            new("margin", "y w*·x ≥ 1", "y w*·x ∈ [−1, 3]", Expectation.Counterexample, "(14) uses ⟨y x, w*⟩ ≥ 1 at every step"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["f-increment-4k", "g-no-quadratic"];

        public override SgdCase Generate(Choices c, Context ctx) => GenerateSgd(c, ctx, 4, 2, 3);
        public override string Describe(SgdCase x) => x.ToString();

        public override Evaluation Evaluate(SgdCase x, Context ctx)
        {
            var exact = Run<Rational>(x, ctx, x.S, x.W0, x.U0, Rationalisers.Dyadic(DyadicBits), ExactEpochs, 0, Math.Pow(2, -DyadicBits));
            if (exact is not null) return exact;
            var sd = x.S.ToDouble();
            var dbl = Run<double>(x, ctx, sd, x.W0.Select(Vec.ToDouble).ToArray(), x.U0.Select(Vec.ToDouble).ToArray(), Rationalisers.Identity,
                DoubleEpochs, 1e-9, 0);
            return dbl ?? Evaluation.Holds(
                $"(13), (14), (15), (17) and the epoch count hold at every step ({ExactEpochs} exact epochs, {DoubleEpochs} in double)");
        }

        private static Evaluation? Run<T>(
            SgdCase x, Context ctx, Dataset<T> s, T[][] w0, T[][] u0, Func<double, T> rationalise, int epochs, double tol, double gRounding)
            where T : System.Numerics.INumber<T>
        {
            var eta = T.CreateChecked(x.Eta.ToDouble());
            var v = T.CreateChecked(x.V.ToDouble());
            var alpha = T.CreateChecked(x.Alpha.ToDouble());
            if (typeof(T) == typeof(Rational)) { eta = (T)(object)x.Eta; v = (T)(object)x.V; alpha = (T)(object)x.Alpha; }
            var trainer = new Trainer<T>(w0, u0, v, alpha, s, eta, rationalise);
            var k = T.CreateChecked(x.K);
            var rx2 = s.MaxNormSquared;
            var two = T.CreateChecked(2);
            var fIncrement = ctx.Is("f-increment-4k") ? two * two * k * eta * v * alpha : two * k * eta * v * alpha;
            var bound = x.Bound();
            var eps0 = bound.Epsilon0(x.S.N, x.Epsilon.ToDouble());
            var g0 = trainer.G2;
            var f0 = trainer.F;
            var rng = new Random(x.Seed);
            long t = 0;
            var violating = 0;
            bool Le(T a, T b) => tol == 0 ? a <= b : double.CreateChecked(a) <= double.CreateChecked(b) + tol * Math.Max(1, Math.Abs(double.CreateChecked(b)));
            for (var e = 0; e < epochs; e++)
            {
                var fStart = trainer.F;
                var violation = false;
                foreach (var step in trainer.Epoch(rng))
                {
                    t++;
                    var g = step.G;
                    var quad = ctx.Is("g-no-quadratic") ? T.Zero : two * k * eta * eta * v * v * rx2 * g * g;
                    if (!Le(step.G2After, step.G2Before + two * eta * g * step.Margin + quad))
                        return Evaluation.Fails(double.CreateChecked(step.G2After - step.G2Before - two * eta * g * step.Margin - quad),
                            $"(13) fails at t = {t} ({typeof(T).Name}): G² {step.G2Before} → {step.G2After}, g = {g}, yN = {step.Margin}");
                    if (!Le(step.FBefore! + fIncrement * g, step.FAfter!))
                        return Evaluation.Fails(double.CreateChecked(step.FBefore! + fIncrement * g - step.FAfter!),
                            $"(14) fails at t = {t} ({typeof(T).Name}): F {step.FBefore} → {step.FAfter}, g = {g}");
                    var gd = double.CreateChecked(g);
                    if (gd * double.CreateChecked(step.Margin) > 1 + 1e-12 || gd > 1 + 1e-12) return Evaluation.Fails(gd,
                        $"|ℓ'|·yN ≤ 1 or |ℓ'| ≤ 1 fails at t = {t}");
                    if (CrossEntropy.Loss(double.CreateChecked(step.Margin)) > eps0) violation = true;
                }
                if (!Le(trainer.G2, g0 + T.CreateChecked(t) * (two * k * eta * eta * v * v * rx2 + two * eta)))
                    return Evaluation.Fails(1, $"(15) fails after t = {t}: G² = {trainer.G2}");
                if (violation)
                {
                    violating++;
                    var gain = double.CreateChecked(trainer.F - fStart);
                    var needed = bound.EpochIncrement(eps0) - gRounding * 2 * x.K * x.Eta.ToDouble() * x.V.ToDouble();
                    if (gain < needed * (1 - 1e-9)) return Evaluation.Fails(needed - gain,
                        $"(17) fails in epoch {e + 1}: F grew by {gain:R} < 2kηvα(1 − e^(−ε₀)) = {bound.EpochIncrement(eps0):R}");
                }
                var wStarNorm = Math.Sqrt(2 * x.K * Vec.NormSquared<Rational>(x.S.Teacher!).ToDouble());
                var countBound = (wStarNorm * Math.Sqrt(double.CreateChecked(trainer.G2)) - double.CreateChecked(f0)) / bound.EpochIncrement(eps0);
                if (violating > countBound * (1 + 1e-9) + 1e-9)
                    return Evaluation.Fails(violating - countBound,
                        $"{violating} epochs with a loss violation after epoch {e + 1}, but the count bound is {countBound:R}");
            }
            return null;
        }
    }
}
