using Verification.Arithmetic;
using Verification.Dynamics.Sbg;
using Verification.Experiments.Sbg;
using Verification.Models.Sbg;
using Xunit;
using static Verification.Tests.Rationals;
using static Verification.Tests.Models.Sbg.SbgAssert;

namespace Verification.Tests.Dynamics.Sbg;

/// <summary>
/// The trainer against the update rules written out independently here: SGD steps, full-batch, normalised and relative
/// gradient steps, the epoch order (Fisher–Yates), stationarity, and exact against double arithmetic.
/// </summary>
[Trait("Paper", "SBG")]
public class TrainerTests
{
    private static Trainer<Rational> ExactTrainer(bool teacher = true)
    {
        var s = new Dataset<Rational>([[1, 2], [-2, 1], [3, -1]], [1, -1, 1], teacher ? [1, 0] : null);
        Rational[][] w0 = [[Q(1, 10), 0], [0, Q(-1, 5)]];
        Rational[][] u0 = [[0, Q(1, 10)], [Q(-1, 10), 0]];
        return new Trainer<Rational>(w0, u0, 2, Q(1, 4), s, Q(1, 2), Rationalisers.Dyadic(30));
    }

    /// <summary>The SGD update rule of Section 3 written out: w ← w + η v y g σ'(w·x) x, u ← u − η v y g σ'(u·x) x.</summary>
    private static (Rational[][] W, Rational[][] U) StepOracle(Trainer<Rational> t, int i)
    {
        var x = t.Data.X[i];
        Rational y = t.Data.Y[i];
        var margin = y * t.Output(x);
        var g = t.Rationalise(1 / (1 + Math.Exp(margin.ToDouble())));
        Rational Sp(Rational z) => z.Sign > 0 ? Rational.One : t.Alpha;
        var w = t.W.Select(r => Vec.Add(r, Vec.Scale(t.Eta * t.V * y * g * Sp(Vec.Dot<Rational>(r, x)), x))).ToArray();
        var u = t.U.Select(r => Vec.Sub(r, Vec.Scale(t.Eta * t.V * y * g * Sp(Vec.Dot<Rational>(r, x)), x))).ToArray();
        return (w, u);
    }

    [Fact]
    public void Sgd_step_follows_the_update_rule_and_records_the_proof_quantities()
    {
        var t = ExactTrainer();
        foreach (var i in new[] { 0, 2, 1, 1 })
        {
            var (w, u) = StepOracle(t, i);
            var g2 = t.G2;
            var f = t.F;
            var margin = t.Data.Y[i] * t.Output(t.Data.X[i]);
            var step = t.Step(i);
            Assert.Equal(w, t.W);
            Assert.Equal(u, t.U);
            Assert.Equal(i, step.Point);
            Assert.Equal(margin, step.Margin);
            Assert.Equal(t.Rationalise(1 / (1 + Math.Exp(margin.ToDouble()))), step.G);
            Assert.Equal(g2, step.G2Before);
            Assert.Equal(t.W.Concat(t.U).Aggregate(Rational.Zero, (a, r) => a + Vec.NormSquared<Rational>(r)), step.G2After);
            Assert.Equal(f, step.FBefore);
            Assert.Equal(t.W.Sum(r => r[0].ToDouble()) - t.U.Sum(r => r[0].ToDouble()), step.FAfter.ToDouble(), 12); // w* = e₁
            Assert.Equal(Vec.NormSquared<Rational>(t.Data.X[i]), step.XNorm2);
        }
        Assert.Equal(4, t.Steps);
        var quiet = ExactTrainer(teacher: false).Step(0, recordProofQuantities: false);
        Assert.Equal((Rational.Zero, Rational.Zero, default(Rational), default(Rational)), (quiet.G2Before, quiet.G2After, quiet.FBefore, quiet.FAfter));
        Assert.Equal("F needs the teacher w*.", Assert.Throws<InvalidOperationException>(() => ExactTrainer(teacher: false).F).Message);
        Assert.Equal(default, ExactTrainer(teacher: false).Step(0).FBefore);
    }

    [Fact]
    public void Sigma_prime_and_the_network_snapshot()
    {
        Assert.Equal(Rational.One, Trainer<Rational>.SigmaPrime(Q(1, 100), Q(1, 4)));
        Assert.Equal(Q(1, 4), Trainer<Rational>.SigmaPrime(Rational.Zero, Q(1, 4))); // σ'(0) = α
        Assert.Equal(Q(1, 4), Trainer<Rational>.SigmaPrime(-1, Q(1, 4)));
        var t = ExactTrainer();
        var net = t.Network;
        Assert.Equal(t.W, net.W);
        net.W[0][0] = 99; // a copy
        Assert.NotEqual(Q(99), t.W[0][0]);
        Assert.Equal(t.Output(t.Data.X[1]), t.Network.Output(t.Data.X[1]));
        Assert.Equal((2, Q(2), Q(1, 4), Q(1, 2)), (t.K, t.V, t.Alpha, t.Eta));
    }

    [Fact]
    public void Full_batch_steps_follow_the_gradient()
    {
        var t = ExactTrainer();
        var n = t.Data.N;
        // W ← W + Σᵢ (η g_i / n) v yᵢ σ'(w·xᵢ) xᵢ, all σ' at the old parameters.
        var dW = t.W.Select(_ => new Rational[] { 0, 0 }).ToArray();
        var dU = t.U.Select(_ => new Rational[] { 0, 0 }).ToArray();
        for (var i = 0; i < n; i++)
        {
            var x = t.Data.X[i];
            Rational y = t.Data.Y[i];
            var g = t.Rationalise(1 / (1 + Math.Exp((y * t.Output(x)).ToDouble())));
            var scale = t.Eta * g / n * t.V * y;
            for (var j = 0; j < t.K; j++)
            {
                dW[j] = Vec.Add(dW[j], Vec.Scale(scale * Trainer<Rational>.SigmaPrime(Vec.Dot<Rational>(t.W[j], x), t.Alpha), x));
                dU[j] = Vec.Sub(dU[j], Vec.Scale(scale * Trainer<Rational>.SigmaPrime(Vec.Dot<Rational>(t.U[j], x), t.Alpha), x));
            }
        }
        var expectedW = t.W.Select((r, j) => Vec.Add(r, dW[j])).ToArray();
        var expectedU = t.U.Select((r, j) => Vec.Add(r, dU[j])).ToArray();
        t.GradientStep();
        Assert.Equal(expectedW, t.W);
        Assert.Equal(expectedU, t.U);
        Assert.Equal(1, t.Steps);
        var margins = Enumerable.Range(0, n).Select(i => (t.Data.Y[i] * t.Output(t.Data.X[i])).ToDouble()).ToArray();
        Close(margins.Average(z => Math.Log(1 + Math.Exp(-z))), t.Loss(), 1e-14);
    }

    [Fact]
    public void Normalised_and_relative_steps_have_their_lengths()
    {
        var s = new Dataset<double>([[1, 2], [-2, 1], [3, -1]], [1, -1, 1], [1, 0]);
        Trainer<double> Make(double scale) =>
            new([[0.1 * scale, 0], [0, -0.2 * scale]], [[0, 0.1 * scale], [-0.1 * scale, 0]], 1, 0.25, s, 0.5, Rationalisers.Identity);
        // Normalised: the factors are η|ℓ'ᵢ|/Σⱼℓⱼ, i.e. a plain GD step with η' = η·n/(n L_S) scaled per point.
        var a = Make(1);
        var b = Make(1);
        var sumLoss = 3 * a.Loss();
        var margins = Enumerable.Range(0, 3).Select(i => s.Y[i] * a.Output(s.X[i])).ToArray();
        a.NormalisedGradientStep(0.3);
        b.GradientStep(i => 0.3 * CrossEntropy.AbsDerivative(margins[i]) / sumLoss);
        for (var j = 0; j < 2; j++) for (var c = 0; c < 2; c++) { Close(b.W[j][c], a.W[j][c], 1e-13); Close(b.U[j][c], a.U[j][c], 1e-13); }
        // Relative: ‖ΔW‖ = η·min(‖W‖, 1), for ‖W‖ below and above 1.
        foreach (var scale in new[] { 1.0, 40.0 })
        {
            var t = Make(scale);
            var before = t.W.Concat(t.U).Select(r => (double[])r.Clone()).ToArray();
            var norm = Math.Sqrt(t.G2);
            t.RelativeGradientStep(0.2);
            var moved = Math.Sqrt(before.Zip(t.W.Concat(t.U)).Sum(p => p.First.Zip(p.Second).Sum(q => (q.First - q.Second) * (q.First - q.Second))));
            Close(0.2 * Math.Min(norm, 1), moved, 1e-12);
            Assert.Equal(1, t.Steps);
        }
        // A stationary point: no point activates anything and α = 0 kills the σ' factors; the relative step does nothing.
        var dead = new Trainer<double>([[-1.0, -1.0]], [[-1.0, -1.0]], 1, 0, new Dataset<double>([[1.0, 1.0]], [1]), 0.5, Rationalisers.Identity);
        dead.RelativeGradientStep(0.2);
        Assert.Equal((0L, -1.0), (dead.Steps, dead.W[0][0]));
    }

    /// <summary>
    /// The epoch order is the textbook Fisher–Yates shuffle and draws exactly n − 1 numbers, so that the SGD runs (and their
    /// golden snapshots) see the same random stream epoch after epoch; the oracle is the shuffle written out.
    /// </summary>
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 7)]
    [InlineData(10, 11)]
    public void Epoch_order_is_Fisher_Yates(int n, int seed)
    {
        var rng = new Random(seed);
        var oracle = new Random(seed);
        for (var epoch = 0; epoch < 3; epoch++)
        {
            var expected = Enumerable.Range(0, n).ToArray();
            for (var i = n - 1; i >= 1; i--)
            {
                var j = oracle.Next(i + 1);
                (expected[i], expected[j]) = (expected[j], expected[i]);
            }
            var p = Trainer<double>.Permutation(n, rng);
            Assert.Equal(expected, p);
            Assert.Equal(Enumerable.Range(0, n), p.Order());
        }
        Assert.Equal(oracle.Next(), rng.Next()); // same number of draws
    }

    [Fact]
    public void Stationarity_and_bad_parameters()
    {
        var s = new Dataset<double>([[1.0, 1.0], [0, 0]], [1, -1]);
        Assert.True(new Trainer<double>([[-1.0, -1.0]], [[-1.0, 0]], 1, 0, s, 0.5, Rationalisers.Identity).IsStationary());
        Assert.False(new Trainer<double>([[-1.0, -1.0]], [[1.0, 0]], 1, 0, s, 0.5, Rationalisers.Identity).IsStationary()); // u active
        Assert.False(new Trainer<double>([[1.0, 1.0]], [[-1.0, 0]], 1, 0, s, 0.5, Rationalisers.Identity).IsStationary()); // w active
        Assert.False(new Trainer<double>([[-1.0, -1.0]], [[-1.0, 0]], 1, 0.1, s, 0.5, Rationalisers.Identity).IsStationary()); // α ≠ 0
        // A zero input moves nothing whatever σ'(0) is: with α = 1/2 and the other point's loss derivative underflowing
        // (margin 1000), the network is stationary although σ'(0) ≠ 0 and ℓ'(0) = 1/2 at x = 0.
        var withZero = new Dataset<double>([[1.0], [0.0]], [1, 1]);
        Assert.True(new Trainer<double>([[1000.0]], [[0.0]], 1, 0.5, withZero, 0.5, Rationalisers.Identity).IsStationary());
        // g = 0 (the loss derivative rounds to zero) makes any point stationary.
        Assert.True(new Trainer<double>([[1.0, 1.0]], [[1.0, 0]], 1, 0.5, s, 0.5, _ => 0.0).IsStationary());
        Assert.Equal("The learning rate must be positive; got -1.",
            Assert.Throws<ArgumentException>(() => new Trainer<double>([[1.0, 1.0]], [[1.0, 0]], 1, 0.5, s, -1, Rationalisers.Identity)).Message);
        Assert.Equal("Need k ≥ 1 w-neurons and as many u-neurons.",
            Assert.Throws<ArgumentException>(() => new Trainer<double>([[1.0, 1.0]], [], 1, 0.5, s, 1, Rationalisers.Identity)).Message);
        Assert.Throws<ArgumentException>(() => new Trainer<double>([], [], 1, 0.5, s, 1, Rationalisers.Identity));
        Assert.Equal("Neuron and data dimensions differ.",
            Assert.Throws<ArgumentException>(() => new Trainer<double>([[1.0]], [[1.0]], 1, 0.5, s, 1, Rationalisers.Identity)).Message);
        Assert.Throws<ArgumentException>(() => new Trainer<double>([[1.0, 1.0]], [[1.0]], 1, 0.5, s, 1, Rationalisers.Identity));
        Rational[][] w0 = [[1, 1]];
        var t = new Trainer<Rational>(w0, [[1, 0]], 1, Q(1, 2), new Dataset<Rational>([[1, 1]], [1]), 1, Rationalisers.Dyadic(4));
        t.Step(0);
        Assert.Equal(Q(1), w0[0][0]); // the trainer copies its initial parameters
        // A zero input moves nothing (its update is 0·x), even though σ'(0) = α ≠ 0: stationary when every other point's
        // loss derivative rounds to 0.
        var far = new Trainer<Rational>([[10, 10]], [[0, 0]], 1, Q(1, 2), new Dataset<Rational>([[1, 1], [0, 0]], [1, -1]), 1, Rationalisers.Dyadic(4));
        Assert.True(far.IsStationary());
    }

    [Fact]
    public void Epochs_are_fisher_yates_permutations()
    {
        // Fisher–Yates written out with the same generator: for i = n−1..1 swap p[i] and p[rng.Next(i + 1)].
        var (r1, r2) = (new Random(9), new Random(9));
        var p = Enumerable.Range(0, 6).ToArray();
        for (var i = 5; i > 0; i--) { var j = r2.Next(i + 1); (p[i], p[j]) = (p[j], p[i]); }
        Assert.Equal(p, Trainer<double>.Permutation(6, r1));
        var t = ExactTrainer();
        var steps = t.Epoch(new Random(4), recordProofQuantities: false);
        var order = Trainer<double>.Permutation(3, new Random(4));
        Assert.Equal(order, steps.Select(s => s.Point));
        Assert.Equal(3, t.Steps);
        // Successive epochs from one generator: Fisher–Yates draws exactly n − 1 numbers per permutation.
        var (shuffled, oracle) = (new Random(3), new Random(3));
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var expected = Enumerable.Range(0, 5).ToArray();
            for (var i = 4; i > 0; i--) { var j = oracle.Next(i + 1); (expected[i], expected[j]) = (expected[j], expected[i]); }
            Assert.Equal(expected, Trainer<double>.Permutation(5, shuffled));
        }
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
