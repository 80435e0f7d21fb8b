using Verification.Arithmetic;
using Verification.Dynamics.Sbg;
using Verification.Experiments.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using Verification.Numerics;
using Xunit;
using SbgSpec = Verification.Spec.Sbg;

namespace Verification.Tests.Sbg;

/// <summary>Sarussi, Brutzkus, Globerson: the claims of Sections 4, 6, 8, 10 (regions), 12 and 15, and the experiments' code.</summary>
public class SbgTrainingAndTheoryTests
{
    [Claim("SBG.Prop10.1")] public void Prop10_1() => ClaimAssert.Verdict("SBG.Prop10.1");
    [Claim("SBG.Prop10.2")] public void Prop10_2() => ClaimAssert.Verdict("SBG.Prop10.2");
    [Claim("SBG.Lemma10.2")] public void Lemma10_2() => ClaimAssert.Verdict("SBG.Lemma10.2");
    [Claim("SBG.Def6.2")] public void Def6_2() => ClaimAssert.Verdict("SBG.Def6.2");
    [Claim("SBG.Thm6.2.Kernel")] public void Thm6_2_Kernel() => ClaimAssert.Verdict("SBG.Thm6.2.Kernel");
    [Claim("SBG.Antipodal")] public void Antipodal() => ClaimAssert.Verdict("SBG.Antipodal");
    [Claim("SBG.Bias")] public void Bias() => ClaimAssert.Verdict("SBG.Bias");
    [Claim("SBG.Lipschitz")] public void Lipschitz() => ClaimAssert.Verdict("SBG.Lipschitz");
    [Claim("SBG.Assumption6.1")] public void Assumption6_1() => ClaimAssert.Verdict("SBG.Assumption6.1");
    [Claim("SBG.B3")] public void B3() => ClaimAssert.Verdict("SBG.B3");
    [Claim("SBG.Thm4.1")] public void Thm4_1() => ClaimAssert.Verdict("SBG.Thm4.1");
    [Claim("SBG.Thm4.1.Invariants")] public void Thm4_1_Invariants() => ClaimAssert.Verdict("SBG.Thm4.1.Invariants");
    [Claim("SBG.Thm6.1")] public void Thm6_1() => ClaimAssert.Verdict("SBG.Thm6.1");
    [Claim("SBG.Thm6.2")] public void Thm6_2() => ClaimAssert.Verdict("SBG.Thm6.2");
    [Claim("SBG.Fig1")] public void Fig1() => ClaimAssert.Verdict("SBG.Fig1");
    [Claim("SBG.Fig2")] public void Fig2() => ClaimAssert.Verdict("SBG.Fig2");
    [Claim("SBG.Fig3")] public void Fig3() => ClaimAssert.Verdict("SBG.Fig3");
    [Claim("SBG.Fig7")] public void Fig7() => ClaimAssert.Verdict("SBG.Fig7");
    [Claim("SBG.Fig8")] public void Fig8() => ClaimAssert.Verdict("SBG.Fig8");
    [Claim("SBG.Fig9")] public void Fig9() => ClaimAssert.Verdict("SBG.Fig9");

    [Claim("SBG.MNIST")]
    public void Mnist()
    {
        var c = ClaimAssert.Get("SBG.MNIST");
        Assert.Equal(Verdict.NotExecutable, c.Run(RunRequest.For(c, Profile.Ci)).Verdict);
        Assert.Contains("MNIST", c.NotExecutableReason);
    }

    // ---------------------------------------------------------------- findings: minimal reproducers

    [Fact]
    public void Lipschitz_minimal_reproducer_k3()
    {
        var alpha = new Rational(1, 2);
        Rational[][] Rows(int value) => [[value], [value], [value]];
        var c = new SbgSpec.LipschitzCase(new(Rows(1), Rows(2), 1, alpha), new(Rows(2), Rows(1), 1, alpha), [Rational.One], "aligned");
        Assert.True(new SbgSpec.Lipschitz().Evaluate(c, Context.AsPrinted).IsFailure); // 36 > 4·6
        Assert.False(new SbgSpec.LipschitzCorrected().Evaluate(c, Context.AsPrinted).IsFailure); // 36 ≤ 6·6: equality, √(2k) is sharp
    }

    [Fact]
    public void Assumption6_1_minimal_reproducer_negative_margin()
    {
        var c = new SbgSpec.MarginsCase([new Rational(-1, 4)]);
        Assert.True(c.SumLoss < 1); // Assumption 6.1 holds: L_S = log 2 < 1/n
        Assert.True(new SbgSpec.Assumption6_1().Evaluate(c, Context.AsPrinted).IsFailure);
    }

    [Fact]
    public void Prop10_2_holds_without_its_2r_condition_on_a_worst_case()
    {
        // ū·x = r‖x‖, w̄·x just below r‖x‖, w-neurons at w̄ ± r·x̂: (w̄ − ū)·x ≈ 0 but the sign still agrees
        var alpha = new Rational(1, 10);
        var r = Rational.One;
        var wBar = new Rational(99, 100);
        var net = new LeakyReluNetwork<Rational>([[wBar + r], [wBar - r]], [[r], [r]], 1, alpha);
        var n = net.Output([Rational.One]);
        Assert.True(n < 0 && wBar - r < 0);
    }

    // ---------------------------------------------------------------- the min-norm QP (program 7)

    [Fact]
    public void Exact_min_norm_separator_on_a_known_instance()
    {
        // min ‖θ‖² s.t. θ·(1, 0) ≥ 1, θ·(1, 1) ≥ 1: θ = (1, 0), λ = (1, 0)
        var sol = MinNormSeparator.SolveExact<Rational>([[1, 0], [1, 1]])!;
        Assert.Equal([Rational.One, Rational.Zero], sol.Theta);
        Assert.Null(MinNormSeparator.KktViolation<Rational>([[1, 0], [1, 1]], sol.Theta, sol.Lambda));
        // two active constraints: θ·(1, 0) ≥ 1, θ·(0, 1) ≥ 1 gives θ = (1, 1)
        var two = MinNormSeparator.SolveExact<Rational>([[1, 0], [0, 1]])!;
        Assert.Equal([Rational.One, Rational.One], two.Theta);
        Assert.Null(MinNormSeparator.SolveExact<Rational>([[1], [-1]])); // infeasible
    }

    [Fact]
    public void Dual_coordinate_ascent_agrees_with_the_exact_solver()
    {
        Rational[][] z = [[2, 1, 0], [1, -1, 1], [new Rational(1, 2), 2, 1], [3, 0, -1]];
        var exact = MinNormSeparator.SolveExact<Rational>(z)!;
        var dual = MinNormSeparator.SolveDual(z.Select(Vec.ToDouble).ToList())!;
        for (var j = 0; j < 3; j++) Assert.Equal(exact.Theta[j].ToDouble(), dual.Theta[j], 8);
    }

    [Fact]
    public void Kkt_check_rejects_a_wrong_multiplier()
    {
        Rational[][] z = [[1, 0], [1, 1]];
        Assert.NotNull(MinNormSeparator.KktViolation<Rational>(z, [1, 0], [1, 1]));
    }

    // ---------------------------------------------------------------- the loss, M(n, ε) and the trainer

    [Fact]
    public void Cross_entropy_is_stable_and_consistent()
    {
        Assert.Equal(Math.Log(2), CrossEntropy.Loss(0), 15);
        Assert.Equal(800, CrossEntropy.Loss(-800), 12);
        Assert.True(CrossEntropy.Loss(800) >= 0);
        Assert.Equal(-800, CrossEntropy.LogLoss(800), 9);
        foreach (var z in new[] { -30.0, -1, 0, 0.5, 3, 20 })
            Assert.Equal(1 - Math.Exp(-CrossEntropy.Loss(z)), CrossEntropy.AbsDerivative(z), 12); // |ℓ'| = 1 − e^(−ℓ)
        Assert.True(Math.Abs(CrossEntropy.Expm1(1e-10) - (1e-10 + 5e-21)) < 1e-25);
    }

    [Fact]
    public void M_in_log_space_matches_the_direct_formula()
    {
        var b = new ConvergenceBound(Rx: 2, Alpha: 0.5, R0: 1, K: 3, Eta: 0.1, V: 1, WStarNorm: 1.5);
        int n = 4;
        var eps = 0.1;
        var a = 1 + (1 + 2 * 1 * 4 * 0.1 * 3 * n) / eps;
        var c1 = 4 / 0.25 + 1 / (3 * 0.1 * 1 * 0.25);
        var c2 = Math.Sqrt(1 * (8 * 9 * 0.01 * 4 + 8 * 3 * 0.1)) / (2 * 3 * Math.Pow(0.05, 1.5));
        var c3 = 2 / 0.05;
        var m = c1 * 1.5 * 1.5 * n * n * a * a + c2 * Math.Pow(1.5, 1.5) * Math.Pow(n, 1.5) * Math.Pow(a, 1.5) + c3 * 1.5 * n * a + n;
        Assert.Equal(Math.Log(m), b.LogM(n, eps), 10);
        // huge M stays finite in log space
        var tiny = b with { Alpha = 1e-200, Eta = 1e-200 };
        Assert.True(double.IsFinite(tiny.LogM(n, 1e-100)));
    }

    [Fact]
    public void Exact_and_double_sgd_agree()
    {
        var s = new Dataset<Rational>([[1, 2], [-2, 1], [3, -1]], [1, -1, 1], [1, 0]);
        Rational[][] w0 = [[new Rational(1, 10), 0], [0, new Rational(-1, 5)]];
        Rational[][] u0 = [[0, new Rational(1, 10)], [new Rational(-1, 10), 0]];
        var exact = new Trainer<Rational>(w0, u0, 1, new Rational(1, 4), s, new Rational(1, 2), Rationalisers.Dyadic(40));
        var dbl = new Trainer<double>(w0.Select(Vec.ToDouble).ToArray(), u0.Select(Vec.ToDouble).ToArray(), 1, 0.25, s.ToDouble(), 0.5, Rationalisers.Identity);
        foreach (var i in new[] { 0, 2, 1, 1, 0, 2 }) { exact.Step(i); dbl.Step(i); }
        for (var j = 0; j < 2; j++)
            for (var c = 0; c < 2; c++)
            {
                Assert.Equal(exact.W[j][c].ToDouble(), dbl.W[j][c], 9);
                Assert.Equal(exact.U[j][c].ToDouble(), dbl.U[j][c], 9);
            }
    }

    [Fact]
    public void Sgd_epoch_visits_every_point_once()
    {
        var rng = new Random(5);
        for (var rep = 0; rep < 10; rep++)
            Assert.Equal(Enumerable.Range(0, 7), Trainer<double>.Permutation(7, rng).OrderBy(i => i));
    }

    [Fact]
    public void Trainer_rejects_bad_parameters()
    {
        var s = new Dataset<double>([[1.0]], [1], [1.0]);
        Assert.Throws<ArgumentException>(() => new Trainer<double>([[0.0]], [[0.0]], 1, 0.5, s, 0, Rationalisers.Identity));
        Assert.Throws<ArgumentException>(() => new Dataset<double>([], [], null));
        Assert.Throws<ArgumentException>(() => new Dataset<double>([[1.0]], [2], null));
    }

    [Fact]
    public void Inside_an_nar_gradient_descent_moves_all_neurons_of_a_type_alike()
    {
        var s = new Dataset<Rational>([[1, 1], [-1, 2]], [1, -1], [1, -1]);
        Rational[][] w0 = [[2, -1], [3, -1]]; // both: positive on x₁ (3, 2 > 0... ) — same signs on both points
        Rational[][] u0 = [[-2, 1], [-3, 1]];
        var t = new Trainer<Rational>(w0, u0, 1, new Rational(1, 3), s, new Rational(1, 10), Rationalisers.Dyadic(20));
        Assert.True(Runs.InSomeNar(t, out _, out _));
        var before = Vec.Sub(t.W[1], t.W[0]);
        t.GradientStep();
        Assert.Equal(before, Vec.Sub(t.W[1], t.W[0]));
    }

    [Fact]
    public void Normalised_gradient_step_stays_finite_when_the_loss_underflows()
    {
        var s = new Dataset<double>([[1.0], [-1.0]], [1, -1], [1.0]);
        var t = new Trainer<double>([[5000.0]], [[-5000.0]], 1, 0.25, s, 0.1, Rationalisers.Identity);
        Assert.Equal(0, t.Loss());
        t.NormalisedGradientStep(0.1);
        Assert.True(double.IsFinite(t.W[0][0]) && t.W[0][0] > 5000);
        t.RelativeGradientStep(0.1);
        Assert.True(double.IsFinite(t.W[0][0]) && t.W[0][0] > 5000);
    }
}
