using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using Xunit;

namespace Verification.Tests.Lyx;

/// <summary>
/// Pins the LYX networks and data where mutation testing found them unpinned: outputs, hinge losses and subgradients against
/// the formulas of Eq. (1), (2), (8) written out here (including the strict sets Ω at their boundaries), Assumption 1 against
/// its definition by brute force, and the exact data constructions (Cayley transform in closed form, lattice points).
/// </summary>
[Trait("Paper", "LYX")]
public class LyxMutationTests
{
    private static Rational Q(long n, long d = 1) => new(n, d);

    private static Rational Relu(Rational z) => z.Sign > 0 ? z : Rational.Zero;
    private static Rational Dot(Rational[] a, Rational[] b) => a.Zip(b, (x, y) => x * y).Aggregate(Rational.Zero, (s, t) => s + t);

    // ---------------------------------------------------------------- the conference network

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
        Assert.Equal("Need k ≥ 1 neurons w_j and the same number of u_j.", Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([], [], 0)).Message);
        Assert.Equal("Need k ≥ 1 neurons w_j and the same number of u_j.", Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([[1.0]], [], 0)).Message);
        Assert.Equal("Dimension must be at least 1.", Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([[]], [[]], 0)).Message);
        Assert.Equal("All weights must have the same dimension.", Assert.Throws<ArgumentException>(() => new ConferenceNet<double>([[1.0]], [[1.0, 2]], 0)).Message);
        var one = new ConferenceNet<double>([[1.0]], [[0.0]], 0);
        Assert.Equal("The learning rate must be positive.", Assert.Throws<ArgumentException>(() => one.GdStep([([1.0], 1.0)], 0)).Message);
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => one.MeanLoss([])).Message);
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => one.MeanGradient([])).Message);
        Assert.Equal([[0.0, 0.0]], ConferenceNet<double>.Zeros(1, 2));
        Assert.Equal(11.0, ConferenceNet<double>.Dot([1.0, 2.0], [3.0, 4.0]));
    }

    // ---------------------------------------------------------------- the journal network

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
            var f = Enumerable.Range(0, classes).Select(i => Enumerable.Range(0, k).Aggregate(Rational.Zero, (s, j) => s + v[i][j] * Relu(Dot(w[j], x) - bias[j]))).ToArray();
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
        Assert.Equal("All weights must have the same positive dimension.", Assert.Throws<ArgumentException>(() => new JournalNet<double>([[]], [0], [[1], [1]])).Message);
        Assert.Equal("All weights must have the same positive dimension.", Assert.Throws<ArgumentException>(() => new JournalNet<double>([[1.0], [1, 2]], [0, 0], [[1, 1], [1, 1]])).Message);
        Assert.Equal("Need one bias per neuron.", Assert.Throws<ArgumentException>(() => new JournalNet<double>([[1.0]], [0, 0], [[1], [1]])).Message);
        Assert.Equal("V must have n ≥ 2 rows of length k.", Assert.Throws<ArgumentException>(() => new JournalNet<double>([[1.0]], [0], [[1]])).Message);
        Assert.Equal("V must have n ≥ 2 rows of length k.", Assert.Throws<ArgumentException>(() => new JournalNet<double>([[1.0]], [0], [[1], [1, 2]])).Message);
        var one = new JournalNet<double>([[1.0]], [0], [[1], [-1]]);
        Assert.Equal("The learning rate must be positive.", Assert.Throws<ArgumentException>(() => one.GdStep([([1.0], 0)], 0)).Message);
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => one.MeanLoss([])).Message);
        Assert.Equal("Empty data set.", Assert.Throws<ArgumentException>(() => one.MeanGradient([])).Message);
    }

    /// <summary>Assumption 1 by its definition: one magnitude v &gt; 0; every class owns a positive entry; a positive v_{i,j} makes column j negative elsewhere.</summary>
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
        var v = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, k).Select(_ => g.Int(0, 9) switch { 0 => 0, 1 => 2, var r => r % 2 == 0 ? 1 : -1 }).ToArray()).ToArray();
        return JournalNet<Rational>.SatisfiesAssumption1(v.Select(r => r.Select(x => (Rational)x).ToArray()).ToArray()) == Assumption1(v);
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

    // ---------------------------------------------------------------- data

    [Fact]
    public void Cayley_transform_in_closed_form()
    {
        // A = [[0, t], [−t, 0]]: Q = [[1 − t², −2t], [2t, 1 − t²]]/(1 + t²).
        var t = Q(2, 3);
        var q = RationalSphere.Cayley(RationalSphere.Skew(2, [t]));
        var s = 1 + t * t;
        Assert.Equal([[(1 - t * t) / s, -2 * t / s], [2 * t / s, (1 - t * t) / s]], q);
        Assert.Equal([[1, 0, 0], [0, 1, 0], [0, 0, 1]], RationalSphere.Cayley(RationalSphere.Skew(3, [])));
        var a = RationalSphere.Skew(3, [1, 2]); // the third entry missing: zero
        Assert.Equal([[0, 1, 2], [-1, 0, 0], [-2, 0, 0]], a);
        Assert.Equal("The Cayley transform needs a skew-symmetric matrix.", Assert.Throws<ArgumentException>(() => RationalSphere.Cayley([[0, 1], [1, 0]])).Message);
        Assert.Throws<ArgumentException>(() => RationalSphere.Cayley([[1]]));
        Assert.Equal([2, 0, 0], LyxData.Column(a, 2));
        Assert.Equal([Q(3), Q(-2), Q(1)], LyxData.Combine([[1, 0, 1], [0, 1, 1]], [3, -2]));
        var p = RationalSphere.Point([Q(1, 2), Q(1, 3)], 3, Q(5, 2));
        Assert.Equal(Q(25, 4), Vec.NormSquared<Rational>(p));
        Assert.Equal(Vec.Scale(Q(5, 2), Verification.Geometry.RationalSphere.UnitVector([Q(1, 2), Q(1, 3)], 3)), p);
    }

    [Fact]
    public void Paper_880_point_set()
    {
        var (x, y) = LyxData.Paper880();
        // index (a − 10)·80 + (b − 1): a = 10, b = 1 and a = 20, b = 80 and a = 15, b = 20.
        Assert.Equal(2 * Math.Cos(Math.PI / 40), x[0], 15);
        Assert.Equal(2 * Math.Sin(Math.PI / 40), y[0], 15);
        Assert.Equal(1.0, x[879], 15);
        Assert.Equal(0.0, y[879], 14);
        Assert.Equal(20.0 / 15 * Math.Cos(Math.PI / 2), x[5 * 80 + 19], 15);
        Assert.Equal(20.0 / 15, y[5 * 80 + 19], 15);
        Assert.Equal(Enumerable.Range(10, 11).Select(a => 20.0 / a), LyxData.PaperRadii());
        var angles = LyxData.PaperAngles();
        Assert.Equal(80, angles.Length);
        Assert.Equal(Math.PI / 40, angles[0], 15);
        Assert.Equal(2 * Math.PI, angles[79], 15);
    }

    [Fact]
    public void Generators_on_fixed_choices()
    {
        Assert.Equal([[1, 0], [0, 1]], RationalSphere.OrthogonalMatrix(new Choices([]), 2));
        var q = RationalSphere.OrthogonalMatrix(new Choices([1, 3, 2, 1, 0, 5]), 3);
        for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++)
            Assert.Equal(i == j ? Rational.One : Rational.Zero, Vec.Dot<Rational>(LyxData.Column(q, i), LyxData.Column(q, j)));
        Assert.NotEqual(Rational.One, q[0][0]);
        Assert.Equal([Q(1), Q(-1, 2)], LyxGen.Vector(new Choices([0, 1, 1, 2]), 2));
        Assert.Equal([Q(3)], RationalSphere.Point(new Choices([0, 0]), 1, 3));
        Assert.Equal([Q(-3)], RationalSphere.Point(new Choices([0, 0, 1]), 1, 3));
        // d = 2, t = SmallRational(4, 4) with raw (q = 2, n = +1) = 1/2 → r·(4/5, −3/5).
        Assert.Equal([Q(8, 5), Q(-6, 5)], RationalSphere.Point(new Choices([1, 1]), 2, 2));
        Assert.Equal([Q(4, 5), Q(-3, 5)], RationalSphere.Point(new Choices([1, 1]), 2, Rational.One));
        foreach (var seed in Enumerable.Range(0, 20))
        {
            var raw = Enumerable.Range(0, 6).Select(i => (seed * 7 + i * 13) % 11).ToArray();
            var p = LyxGen.AnnulusPoint(new Choices(raw), 3, 1, 2);
            var n2 = Vec.NormSquared<Rational>(p);
            Assert.True(n2 >= 1 && n2 <= 4);
        }
        // raw zeros: radius In([1, 2], 8) = 1 (q = 1, the lowest numerator), t = 0 → (0, −1); raw (0, 1): radius 2.
        Assert.Equal([Q(0), Q(-1)], LyxGen.AnnulusPoint(new Choices([]), 2, 1, 2));
        Assert.Equal([Q(0), Q(-2)], LyxGen.AnnulusPoint(new Choices([0, 1]), 2, 1, 2));
        Rational[][] m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
        Assert.Equal([Q(2 * 2 - 3), Q(2 * 5 - 6), Q(2 * 8 - 9)], LyxGen.InBlock(m, 1, [2, -1]));
        Assert.Equal([Q(14), Q(32), Q(50)], LyxGen.Apply(m, [1, 2, 3]));
        Assert.Equal("(1/2, -1)", LyxGen.Format([Q(1, 2), Q(-1)]));
        Assert.Equal("[(1), (2, 3)]", LyxGen.Format(new[] { new Rational[] { 1 }, [2, 3] }));
        Assert.Equal("[(0.5, -1), (0.1)]", LyxGen.Format(new[] { new[] { 0.5, -1.0 }, [0.1] }));
        var cube = LyxGen.CubeVertices(3, Q(1, 2));
        Assert.Equal(8, cube.Count);
        Assert.Equal(8, cube.Select(v => string.Join(",", v)).Distinct().Count());
        Assert.All(cube, v => Assert.All(v, c => Assert.Equal(Q(1, 2), Rational.Abs(c))));
        Assert.Equal([Q(1, 2), Q(1, 2), Q(1, 2)], cube[0]);
        Assert.Equal([Q(-1, 2), Q(1, 2), Q(1, 2)], cube[1]);
    }

    [Fact]
    public void Rational_880_points()
    {
        // r₂(N²) = 4·∏(2eᵢ + 1) over the primes ≡ 1 mod 4 of N = 5²·13·17·29: 4·5·3·3·3 = 540.
        Assert.Equal(540, Rational880.LatticePointCount);
        // The lattice by an exact integer square-root test, as the oracle for "nearest lattice direction".
        const long n = Rational880.CircleRadius;
        var lattice = new List<double>();
        for (long px = -n; px <= n; px++)
        {
            var y2 = n * n - px * px;
            var r = (long)Math.Sqrt(y2);
            while (r * r > y2) r--;
            while ((r + 1) * (r + 1) <= y2) r++;
            if (r * r != y2) continue;
            lattice.Add(Math.Atan2(r, px));
            if (r != 0) lattice.Add(Math.Atan2(-r, px));
        }
        Assert.Equal(540, lattice.Count);
        static double Gap(double a, double b) => Math.Abs(Math.IEEERemainder(a - b, 2 * Math.PI));
        var pts = Rational880.Points();
        Assert.Equal(880, pts.Count);
        for (var a = 10; a <= 20; a++)
            for (var b = 1; b <= 80; b++)
            {
                var (x, y) = pts[(a - 10) * 80 + b - 1];
                Assert.Equal(1, y);
                Assert.Equal(Q(400, a * a), Vec.NormSquared<Rational>(x));
                var angle = Math.Atan2(x[1].ToDouble(), x[0].ToDouble());
                var theta = b * Math.PI / 40;
                Assert.True(Gap(angle, theta) <= lattice.Min(l => Gap(l, theta)) + 1e-12, $"a = {a}, b = {b}");
            }
        var (w, u) = Rational880.Initialise(3, 42, 16);
        Assert.Equal((3, 3), (w.Length, u.Length));
        Assert.All(w.Concat(u).SelectMany(r => r), v => Assert.True((v * 16).Denominator.IsOne));
        var (w2, _) = Rational880.Initialise(3, 42, 16);
        Assert.Equal(w, w2);
        Assert.NotEqual(w[0], u[0]);
        Assert.All(Rational880.Initialise(2, 42).W.SelectMany(r => r), v => Assert.True((v * 64).Denominator.IsOne));
    }
}
