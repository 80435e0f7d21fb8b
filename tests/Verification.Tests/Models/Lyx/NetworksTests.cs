using FsCheck.Xunit;
using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Dynamics.Lyx;
using Verification.Experiments.Lyx;
using Verification.Geometry.Lyx;
using Verification.Geometry;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Models.Lyx;

/// <summary>
/// The LYX networks (<see cref="ConferenceNet{T}"/>, <see cref="JournalNet{T}"/>): outputs, hinge losses and subgradients
/// against the formulas of Eq. (1), (2), (8) written out here (including the strict sets Ω at their boundaries and the
/// subgradient's factor y), exact and double models against each other, argument checks, and Assumption 1 against its
/// definition by brute force.
/// </summary>
[Trait("Paper", "LYX")]
public class NetworksTests
{
    private static Rational Relu(Rational z) => z.Sign > 0 ? z : Rational.Zero;
    private static Rational Dot(Rational[] a, Rational[] b) => a.Zip(b, (x, y) => x * y).Aggregate(Rational.Zero, (s, t) => s + t);

    [Property(MaxTest = 200)]
    public void Conference_net_output_loss_and_subgradient_written_out(int[] raw)
    {
        var g = new RawInts(raw);
        var (k, d, n) = (g.Int(1, 3), g.Int(1, 3), g.Int(1, 4));
        var w = Enumerable.Range(0, k).Select(_ => g.SmallRow(d)).ToArray();
        var u = Enumerable.Range(0, k).Select(_ => g.SmallRow(d)).ToArray();
        var b = Q(g.Int(-2, 2), 2);
        var data = Enumerable.Range(0, n).Select(_ => (g.SmallRow(d), g.Int(0, 1) == 1 ? Rational.One : Rational.NegativeOne)).ToList();
        var net = new ConferenceNet<Rational>(w, u, b);
        var (gw, gu) = (ConferenceNet<Rational>.Zeros(k, d), ConferenceNet<Rational>.Zeros(k, d));
        var loss = Rational.Zero;
        foreach (var (x, y) in data)
        {
            var f = Enumerable.Range(0, k).Aggregate(Rational.Zero, (s, j) => s + Relu(Dot(w[j], x) - b) - Relu(Dot(u[j], x) - b));
            Assert.Equal(f, net.Output(x));
            Assert.Equal(Relu(1 - y * f), net.Loss(x, y));
            loss += Relu(1 - y * f);
            if (y * f < 1) // Ω_W strict; Ω_{w_j} = {⟨w_j, x⟩ > b} strict
                for (var j = 0; j < k; j++)
                {
                    if (Dot(w[j], x) > b) gw[j] = gw[j].Zip(x, (a, xi) => a - y * xi / n).ToArray();
                    if (Dot(u[j], x) > b) gu[j] = gu[j].Zip(x, (a, xi) => a + y * xi / n).ToArray();
                }
        }
        Assert.Equal(loss / n, net.MeanLoss(data));
        var (mw, mu) = net.MeanGradient(data);
        Assert.Equal(gw, mw);
        Assert.Equal(gu, mu);
        var eta = Q(1, 3);
        var next = net.GdStep(data, eta);
        Assert.Equal(w.Select((r, j) => r.Zip(gw[j], (a, c) => a - eta * c).ToArray()).ToArray(), next.W);
        Assert.Equal(u.Select((r, j) => r.Zip(gu[j], (a, c) => a - eta * c).ToArray()).ToArray(), next.U);
        Assert.Equal(b, next.B);
        Assert.Equal((k, d), (next.K, next.Dim));
    }

    [Fact]
    public void Conference_net_boundaries_and_errors()
    {
        // y f = 1 exactly: outside Ω_W, no subgradient; ⟨w, x⟩ = b exactly: outside Ω_w.
        var net = new ConferenceNet<Rational>([[2]], [[0]], 1); // f(x) = relu(2x − 1)
        var (gw, gu) = net.MeanGradient([([1], 1)]); // f = 1, y f = 1
        Assert.Equal(Rational.Zero, gw[0][0]);
        (gw, _) = net.MeanGradient([([Q(1, 2)], 1)]); // ⟨w, x⟩ = 1 = b
        Assert.Equal(Rational.Zero, gw[0][0]);
        (gw, _) = net.MeanGradient([([Q(3, 4)], 1)]); // f = 1/2 < 1, ⟨w, x⟩ > b
        Assert.Equal(Q(-3, 4), gw[0][0]);
        var both = new ConferenceNet<Rational>([[1]], [[1]], 0); // f ≡ 0; u active too
        (gw, gu) = both.MeanGradient([([2], -1), ([1], 1)]);
        Assert.Equal((Q(1, 2), Q(-1, 2)), (gw[0][0], gu[0][0])); // (+2 − 1)/2 and (−2 + 1)/2
        Assert.Equal(Rational.Zero, ConferenceNet<Rational>.Relu(0));
        Assert.Equal(Q(3), ConferenceNet<Rational>.Relu(3));
        Assert.Equal(Rational.Zero, ConferenceNet<Rational>.Relu(-3));
        Assert.Equal("Need k ≥ 1 neurons w_j and the same number of u_j.",
            Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([], [], 0)).Message);
        Assert.Equal("Need k ≥ 1 neurons w_j and the same number of u_j.",
            Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([[1.0]], [], 0)).Message);
        Assert.Equal("Dimension must be at least 1.", Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([[]], [[]], 0)).Message);
        Assert.Equal("All weights must have the same dimension.",
            Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([[1.0]], [[1.0, 2]], 0)).Message);
        var one = new ConferenceNet<double>([[1.0]], [[0.0]], 0);
        Assert.Equal("The learning rate must be positive.", Assert.Throws<ArgumentException>(() => one.GdStep([([1.0], 1.0)], 0)).Message);
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => one.MeanLoss([])).Message);
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => one.MeanGradient([])).Message);
        Assert.Equal([[0.0, 0.0]], ConferenceNet<double>.Zeros(1, 2));
        Assert.Equal(11.0, ConferenceNet<double>.Dot([1.0, 2.0], [3.0, 4.0]));
    }

    /// <summary>
    /// The subgradient −y x of max{1 − y f, 0} holds for any real y, not only ±1 (where y = 1/y hides a wrong factor): with
    /// y = 1/2, w = 1, u = 1/2, b = 0, x = 1 the loss is 1 − (w − u)/2 near the point, so the exact difference quotients are
    /// ∂/∂w = −1/2 and ∂/∂u = +1/2.
    /// </summary>
    [Fact]
    public void Subgradient_carries_the_factor_y()
    {
        var y = Q(1, 2);
        var h = Q(1, 1000);
        Rational[] x = [1];
        var net = new ConferenceNet<Rational>([[1]], [[Q(1, 2)]], 0);
        var gw = ConferenceNet<Rational>.Zeros(1, 1);
        var gu = ConferenceNet<Rational>.Zeros(1, 1);
        net.AddSubgradient(x, y, 1, gw, gu);
        var l0 = net.Loss(x, y);
        var dw = (new ConferenceNet<Rational>([[1 + h]], [[Q(1, 2)]], 0).Loss(x, y) - l0) / h;
        var du = (new ConferenceNet<Rational>([[1]], [[Q(1, 2) + h]], 0).Loss(x, y) - l0) / h;
        Assert.Equal(Q(-1, 2), dw);
        Assert.Equal(Q(1, 2), du);
        Assert.Equal(dw, gw[0][0]);
        Assert.Equal(du, gu[0][0]);
    }

    [Fact]
    public void ExactAndDoubleModelsAgree()
    {
        Rational[][] w = [[new Rational(1, 2), 2], [-1, new Rational(1, 3)]];
        Rational[][] u = [[new Rational(1, 4), -1], [0, 1]];
        var exact = new ConferenceNet<Rational>(w, u, new Rational(1, 8));
        var dbl = new ConferenceNet<double>(w.Select(Vec.ToDouble).ToArray(), u.Select(Vec.ToDouble).ToArray(), 0.125);
        var data = new List<(Rational[], Rational)> { ([1, 1], 1), ([-2, new Rational(1, 2)], 1), ([0, -1], -1) };
        var ddata = data.Select(p => (Vec.ToDouble(p.Item1), p.Item2.ToDouble())).ToList();
        Assert.Equal(exact.MeanLoss(data).ToDouble(), dbl.MeanLoss(ddata), 1e-15);
        var e1 = exact.GdStep(data, new Rational(1, 10));
        var d1 = dbl.GdStep(ddata, 0.1);
        for (var j = 0; j < 2; j++) for (var i = 0; i < 2; i++) Assert.Equal(e1.W[j][i].ToDouble(), d1.W[j][i], 1e-15);
    }

    [Fact]
    public void BadParametersThrow()
    {
        Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([], [], 0));
        Assert.Throws<ArgumentException>(() => new AnnulusDensity(2, 1));
        Assert.Throws<ArgumentException>(() => JournalNet<double>.ConstructV(3, 2, 1));
        var net = new ConferenceNet<double>([[1.0]], [[0.0]], 0);
        Assert.Throws<ArgumentException>(() => net.GdStep([([1.0], 1.0)], -0.1));
        Assert.Throws<ArgumentException>(() => net.MeanLoss([]));
    }

    [Property(MaxTest = 200)]
    public void Journal_net_outputs_loss_prediction_and_subgradient_written_out(int[] raw)
    {
        var g = new RawInts(raw);
        var (k, d, classes, n) = (g.Int(1, 3), g.Int(1, 2), g.Int(2, 3), g.Int(1, 3));
        var w = Enumerable.Range(0, k).Select(_ => g.SmallRow(d)).ToArray();
        var bias = g.SmallRow(k);
        var v = Enumerable.Range(0, classes).Select(_ => g.SmallRow(k)).ToArray();
        var data = Enumerable.Range(0, n).Select(_ => (g.SmallRow(d), g.Int(0, classes - 1))).ToList();
        var net = new JournalNet<Rational>(w, bias, v);
        var grad = ConferenceNet<Rational>.Zeros(k, d);
        var loss = Rational.Zero;
        foreach (var (x, y) in data)
        {
            var f = Enumerable.Range(0, classes).Select(i => Enumerable.Range(0, k)
                .Aggregate(Rational.Zero, (s, j) => s + v[i][j] * Relu(Dot(w[j], x) - bias[j]))).ToArray();
            Assert.Equal(f, net.Outputs(x));
            var l = Enumerable.Range(0, classes).Where(i => i != y).Aggregate(Rational.Zero, (s, i) => s + Relu(1 - f[y] + f[i]));
            Assert.Equal(l, net.Loss(x, y));
            loss += l;
            var max = f.Max();
            Assert.Equal(Array.FindIndex(f, z => z == max), net.Predict(x)); // the smallest index among ties
            for (var j = 0; j < k; j++)
            {
                if (!(Dot(w[j], x) > bias[j])) continue;
                var c = Enumerable.Range(0, classes).Where(i => i != y && f[y] < f[i] + 1).Aggregate(Rational.Zero, (s, i) => s + v[y][j] - v[i][j]);
                grad[j] = grad[j].Zip(x, (a, xi) => a - c * xi / n).ToArray();
            }
        }
        Assert.Equal(loss / n, net.MeanLoss(data));
        Assert.Equal(grad, net.MeanGradient(data));
        var next = net.GdStep(data, Q(1, 2));
        Assert.Equal(w.Select((r, j) => r.Zip(grad[j], (a, c) => a - c / 2).ToArray()).ToArray(), next.W);
        Assert.Same(bias, next.Bias);
        Assert.Same(v, next.V);
        Assert.Equal((k, classes, d), (next.K, next.N, next.Dim));
    }

    [Fact]
    public void Journal_net_boundaries_and_errors()
    {
        // One neuron, two classes: f = (h, −h) with h = relu(x − 0).
        var net = new JournalNet<Rational>([[1]], [0], [[1], [-1]]);
        Assert.Equal(0, net.Predict([0])); // tie f = (0, 0): the smaller index
        Assert.Equal(1, net.Predict([-1]) + 1); // still a tie (h = 0)
        Assert.Equal(0, net.Predict([1]));
        Assert.Equal(1, new JournalNet<Rational>([[1]], [0], [[-1], [1]]).Predict([1]));
        // f_y − f_i = 1 exactly at x = 1/2 with y = 0: outside Ω_{y,i}, no subgradient; x = 1/4: inside, c = 2.
        Assert.Equal(Rational.Zero, net.MeanGradient([([Q(1, 2)], 0)])[0][0]);
        Assert.Equal(Q(-1, 2), net.MeanGradient([([Q(1, 4)], 0)])[0][0]);
        Assert.Equal(Q(2, 3), net.MeanGradient([([Q(1, 3)], 1)])[0][0]); // c = v₁ − v₀ = −2
        Assert.Equal(Rational.Zero, net.MeanGradient([([Rational.Zero], 1)])[0][0]); // ⟨w, x⟩ = b: inactive
        Assert.Equal(Rational.Zero, new JournalNet<Rational>([[1]], [0], [[1], [1]]).MeanGradient([([1], 0)])[0][0]); // c = 0
        Assert.Equal("Need k ≥ 1 neurons.", Assert.Throws<ArgumentException>(() => new JournalNet<double>([], [], [[], []])).Message);
        Assert.Equal("All weights must have the same positive dimension.",
            Assert.Throws<ArgumentException>(() => new JournalNet<double>([[]], [0], [[1], [1]])).Message);
        Assert.Equal("All weights must have the same positive dimension.",
            Assert.Throws<ArgumentException>(() => new JournalNet<double>([[1.0], [1, 2]], [0, 0], [[1, 1], [1, 1]])).Message);
        Assert.Equal("Need one bias per neuron.", Assert.Throws<ArgumentException>(() => new JournalNet<double>([[1.0]], [0, 0], [[1], [1]])).Message);
        Assert.Equal("V must have n ≥ 2 rows of length k.", Assert.Throws<ArgumentException>(() => new JournalNet<double>([[1.0]], [0], [[1]])).Message);
        Assert.Equal("V must have n ≥ 2 rows of length k.",
            Assert.Throws<ArgumentException>(() => new JournalNet<double>([[1.0]], [0], [[1], [1, 2]])).Message);
        var one = new JournalNet<double>([[1.0]], [0], [[1], [-1]]);
        Assert.Equal("The learning rate must be positive.", Assert.Throws<ArgumentException>(() => one.GdStep([([1.0], 0)], 0)).Message);
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => one.MeanLoss([])).Message);
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => one.MeanGradient([])).Message);
    }

    /// <summary>
    /// On the boundary ⟨w_j, x⟩ = b_j the neuron is inactive (Ω_{w_j} is the strict set {⟨w_j, x⟩ &gt; b_j}, proof of
    /// Lemma 4.1): the subgradient is 0 there, while the loss is positive (f = 0, so 1 − f_y + f_i = 1).
    /// </summary>
    [Fact]
    public void Journal_subgradient_is_zero_on_the_activation_boundary()
    {
        Rational[][] w = [[Rational.One, Rational.Zero]];
        var net = new JournalNet<Rational>(w, [Rational.Zero], [[Rational.One], [-Rational.One]]);
        (Rational[] X, int Y)[] data = [([Rational.Zero, Rational.One], 0)];
        Assert.Equal(Rational.One, net.MeanLoss(data));
        Assert.All(net.MeanGradient(data)[0], g => Assert.Equal(Rational.Zero, g));
        // Just inside Ω_w the subgradient is −(v_{0,0} − v_{1,0}) x = −2x.
        (Rational[] X, int Y)[] inside = [([new Rational(1, 8), Rational.One], 0)];
        Assert.Equal([new Rational(-1, 4), new Rational(-2, 1)], net.MeanGradient(inside)[0]);
    }

    /// <summary>Assumption 1 by its definition: one magnitude v &gt; 0; every class owns a positive entry; a positive v_{i,j} makes column j negative
    /// elsewhere.</summary>
    private static bool Assumption1(int[][] v)
    {
        var mag = Math.Abs(v[0][0]);
        if (mag == 0 || v.Any(r => r.Any(x => Math.Abs(x) != mag))) return false;
        for (var i = 0; i < v.Length; i++)
        {
            if (!v[i].Any(x => x > 0)) return false;
            for (var j = 0; j < v[i].Length; j++)
                if (v[i][j] > 0 && Enumerable.Range(0, v.Length).Any(r => r != i && v[r][j] >= 0)) return false;
        }
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Assumption1_agrees_with_its_definition(int[] raw)
    {
        var g = new RawInts(raw);
        var (n, k) = (g.Int(2, 3), g.Int(1, 4));
        // Mostly ±1 (so that the assumption often holds), sometimes 0 or 2.
        var v = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, k)
            .Select(_ => g.Int(0, 9) switch { 0 => 0, 1 => 2, var r => r % 2 == 0 ? 1 : -1 }).ToArray()).ToArray();
        return JournalNet<Rational>.SatisfiesAssumption1(v.Select(r => r.Select(x => (Rational)x).ToArray()).ToArray()) == Assumption1(v);
    }

    /// <summary>Assumption 1 (1): every class needs a neuron with v_{i,j} &gt; 0; class 1 of [[v, −v], [−v, −v]] has none.</summary>
    [Fact]
    public void Assumption1_requires_a_positive_entry_for_every_class()
    {
        Assert.False(JournalNet<double>.SatisfiesAssumption1([[1, -1], [-1, -1]]));
        Assert.True(JournalNet<double>.SatisfiesAssumption1([[1, -1], [-1, 1]]));
    }

    [Fact]
    public void Construct_V_owns_neuron_j_by_class_j_mod_n()
    {
        var v = JournalNet<Rational>.ConstructV(3, 5, Q(1, 2));
        for (var i = 0; i < 3; i++) for (var j = 0; j < 5; j++) Assert.Equal(j % 3 == i ? Q(1, 2) : Q(-1, 2), v[i][j]);
        Assert.True(JournalNet<Rational>.SatisfiesAssumption1(v));
        Assert.True(JournalNet<Rational>.SatisfiesAssumption1(JournalNet<Rational>.ConstructV(1, 1, 1)));
        Assert.False(JournalNet<Rational>.SatisfiesAssumption1([[0, 0], [0, 0]]));
        Assert.Equal("Need k ≥ n ≥ 1, got n = 3, k = 2.", Assert.Throws<ArgumentException>(() => JournalNet<double>.ConstructV(3, 2, 1)).Message);
        Assert.Equal("Need k ≥ n ≥ 1, got n = 0, k = 2.", Assert.Throws<ArgumentException>(() => JournalNet<double>.ConstructV(0, 2, 1)).Message);
        Assert.Equal("v must be positive.", Assert.Throws<ArgumentException>(() => JournalNet<double>.ConstructV(2, 2, 0)).Message);
    }
}
