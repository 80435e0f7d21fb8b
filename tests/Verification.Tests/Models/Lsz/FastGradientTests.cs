using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Xunit.Abstractions;
using Verification.Tests.Data.Lsz;
using Xunit;
using static Verification.Tests.Models.Lsz.ModelsOracles;

namespace Verification.Tests.Models.Lsz;

/// <summary>The fixed-panel gradient of <see cref="FastGradient"/> against the adaptive reductions, closed forms, the fallback
/// and determinism.</summary>
[Trait("Paper", "LSZ")]
public class FastGradientTests(ITestOutputHelper output)
{
    private const double Tol = 1e-12;

    public static TheoryData<string> Routed => new() { "S1", "S1r2.5", "G2", "G5", "G3mix", "S1mix", "S2", "S4" };

    private static RadialLaw Law(string name) => name switch
    {
        "S1" => new CircleRadius(),
        "S1r2.5" => new CircleRadius(2.5),
        "G2" => new GaussianRadius(2),
        "G5" => new GaussianRadius(5),
        "G3mix" => new RadialMixture([(3, new GaussianRadius(3, 0.5)), (1, new GaussianRadius(3, 2))]),
        "S1mix" => new RadialMixture([(1, new CircleRadius(0.5)), (2, new CircleRadius(3))]),
        _ => TestLaws.Law(name),
    };

    private static SphericalPopulation Pop(RadialLaw law, MarginLoss? loss = null)
    {
        var v = new double[law.Dimension];
        v[0] = 1;
        return new SphericalPopulation(law, v, loss);
    }

    private static readonly double[] Norms = [0, 1e-3, 0.3, 1, Math.Exp(3), 100];
    private static readonly double[] Angles = [0, 1e-8, 0.7, Math.PI / 2, 2.5, Math.PI - 1e-8, Math.PI];

    private static (double Cos, double Sin) CosSin(double th) => th == Math.PI ? (-1, 0) : (Math.Cos(th), Math.Sin(th));

    private static double Norm(Estimate g1, Estimate g2) => Math.Sqrt(g1.Value * g1.Value + g2.Value * g2.Value);
    private static double Err(Estimate g1, Estimate g2) => Math.Sqrt(g1.Error * g1.Error + g2.Error * g2.Error);

    [Theory]
    [MemberData(nameof(Routed))]
    public void Agrees_with_the_adaptive_path_within_the_sum_of_the_error_estimates(string name)
    {
        var law = Law(name);
        var pop = Pop(law);
        Assert.True(FastGradient.Supports(law));
        var worst = 0.0;
        foreach (var a in Norms)
        foreach (var th in Angles)
        {
            var (c, s) = CosSin(th);
            Assert.True(FastGradient.TryReduced(law, a, c, s, Tol, out var f1, out var f2), $"{name} a={a} θ={th}: fast path rejected");
            var norm = Norm(f1, f2);
            var fe = Err(f1, f2);
            Assert.True(fe <= Tol * norm, $"{name} a={a} θ={th}: error {fe:E2} above {Tol} × {norm:E3}");
            var (a1, a2) = pop.AdaptiveReducedGradient(a, c, s);
            var d = Math.Sqrt((f1.Value - a1.Value) * (f1.Value - a1.Value) + (f2.Value - a2.Value) * (f2.Value - a2.Value));
            Assert.True(d <= fe + Err(a1, a2), $"{name} a={a} θ={th}: fast ({f1}, {f2}) vs adaptive ({a1}, {a2})");
            // the public gradient takes the fast path: the same numbers
            var (p1, p2) = pop.ReducedGradient(a, c, s, Tol);
            Assert.Equal(f1, p1);
            Assert.Equal(f2, p2);
            worst = Math.Max(worst, fe / norm);
        }
        output.WriteLine($"{name}: largest relative error estimate {worst:E2}");
    }

    /// <summary>θ within 10⁻¹² of the axis (where a converging flow spends its window): the Gaussian's θ-grading is scale-free,
    /// so the fixed rule answers there too, within the error sums of the adaptive path.</summary>
    [Theory]
    [InlineData(1e-13)]
    [InlineData(1e-40)]
    public void The_Gaussian_rule_resolves_angles_within_1e_12_of_the_axis(double sin)
    {
        var law = Law("G3mix");
        var pop = Pop(law);
        var cos = Math.Sqrt(1 - sin * sin);
        Assert.True(FastGradient.TryReduced(law, 40, cos, sin, Tol, out var f1, out var f2), $"sin θ = {sin}: fast path rejected");
        var (a1, a2) = pop.AdaptiveReducedGradient(40, cos, sin);
        Assert.True(Math.Abs(f1.Value - a1.Value) <= f1.Error + a1.Error, $"g₁: fast {f1} vs adaptive {a1}");
        Assert.True(Math.Abs(f2.Value - a2.Value) <= f2.Error + a2.Error, $"g₂: fast {f2} vs adaptive {a2}");
        Assert.False(FastGradient.TryReduced(law, 40, 1, 1e-160, Tol, out _, out _));
    }

    [Fact]
    public void Exponential_loss_keeps_the_adaptive_path()
    {
        var pop = Pop(new CircleRadius(), MarginLoss.Exponential);
        var (g1, g2) = pop.ReducedGradient(0.5, Math.Cos(1.1), Math.Sin(1.1));
        var (a1, a2) = pop.AdaptiveReducedGradient(0.5, Math.Cos(1.1), Math.Sin(1.1));
        Assert.Equal(a1, g1);
        Assert.Equal(a2, g2);
    }

    /// <summary>∇L(0) = ℓ'(0) E[y x] = −E|vᵀx| v / 2 = −(c₀/π) v (E|vᵀx| = c₀ E|cos φ| = 2c₀/π); and for every w the
    /// component along e₂ is −(c₀/π) sin θ (LSZ Lemma 2: −(v − (w̄ᵀv)w̄)ᵀ∇L = c₀ sin²θ/π).</summary>
    [Theory]
    [MemberData(nameof(Routed))]
    public void Closed_forms_at_zero_and_along_e2(string name)
    {
        var law = Law(name);
        var pop = Pop(law);
        var c0 = law.C0ClosedForm;
        var g0 = pop.Gradient(new double[law.Dimension], Tol);
        var want = Vec.Scale(-c0 / Math.PI, pop.V);
        var diff0 = Vec.Norm(Vec.Sub(g0.Value, want));
        Assert.True(diff0 <= g0.Error + 4e-16 * c0, $"{name}: ∇L(0) = {string.Join(", ", g0.Value)} vs −(c₀/π)v, error {g0.Error:E2}");
        foreach (var a in Norms)
        foreach (var th in Angles)
        {
            var (c, s) = CosSin(th);
            var (_, g2) = pop.ReducedGradient(a, c, s, Tol);
            var rhs = -c0 / Math.PI * s;
            Assert.True(Math.Abs(g2.Value - rhs) <= g2.Error + 4e-16 * c0, $"{name} a={a} θ={th}: g₂ = {g2} vs −c₀ sin θ/π = {rhs:R}");
        }
    }

    [Theory]
    [InlineData("S1")]
    [InlineData("G5")]
    public void Falls_back_to_the_adaptive_path_when_the_fixed_panels_miss_the_tolerance(string name)
    {
        var law = Law(name);
        var pop = Pop(law);
        double a = 3, th = 0.9, c = Math.Cos(th), s = Math.Sin(th);
        // a tolerance below the fixed rule's rounding term ((21 + panels + 8)·2⁻⁵³ ≥ 3.2e−15 of the L1 norm ≥ ‖g‖) forces it
        const double tiny = 1e-15;
        Assert.False(FastGradient.TryReduced(law, a, c, s, tiny, out var f1, out var f2));
        var (g1, g2) = pop.ReducedGradient(a, c, s, tiny);
        var (a1, a2) = pop.AdaptiveReducedGradient(a, c, s, tiny);
        Assert.Equal(a1, g1);
        Assert.Equal(a2, g2);
        Assert.True(Math.Abs(g1.Value - f1.Value) <= g1.Error + f1.Error && Math.Abs(g2.Value - f2.Value) <= g2.Error + f2.Error,
            $"{name}: fallback ({g1}, {g2}) vs fixed rule ({f1}, {f2})");
        // a pathological norm: the grading would go below 1e−12, the rule reports itself unresolved and the adaptive path answers
        Assert.False(FastGradient.TryReduced(law, 1e14, c, s, Tol, out _, out _));
        var (h1, h2) = pop.ReducedGradient(1e14, c, s, Tol);
        var (b1, b2) = pop.AdaptiveReducedGradient(1e14, c, s);
        Assert.Equal(b1, h1);
        Assert.Equal(b2, h2);
        Assert.True(double.IsFinite(h1.Value) && double.IsFinite(h2.Value));
    }

    [Fact]
    public void Deterministic_on_repeated_calls_and_across_threads()
    {
        var circle = Pop(new CircleRadius());
        var gauss = Pop(new GaussianRadius(5));
        var rng = new Random(20211);
        var ws = Enumerable.Range(0, 64).Select(_ =>
        {
            var t = rng.NextDouble() * 2 * Math.PI;
            var r = Math.Exp(rng.NextDouble() * 6 - 3);
            return (C: new[] { r * Math.Cos(t), r * Math.Sin(t) }, G: new[] { r * Math.Cos(t), r * Math.Sin(t), 0.3 * r, 0, -0.2 * r });
        }).ToArray();
        var first = ws.Select(w => (circle.Gradient(w.C, Tol), gauss.Gradient(w.G, Tol))).ToArray();
        var again = new (VectorEstimate, VectorEstimate)[ws.Length];
        Parallel.For(0, ws.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => again[i] = (circle.Gradient(ws[i].C, Tol),
            gauss.Gradient(ws[i].G, Tol)));
        for (var i = 0; i < ws.Length; i++)
        {
            Assert.Equal(Bits(first[i].Item1), Bits(again[i].Item1));
            Assert.Equal(Bits(first[i].Item2), Bits(again[i].Item2));
        }
    }

    private static long[] Bits(VectorEstimate g) => [.. g.Value.Select(BitConverter.DoubleToInt64Bits), BitConverter.DoubleToInt64Bits(g.Error)];

    [Fact]
    public void The_circle_is_unresolved_exactly_when_its_grading_would_start_below_1e_12()
    {
        // δ = asinh(π/(aρ)) is the distance of ℓ''s poles from the transition; the panels are graded from δ/2, and below
        // δ/2 = 10⁻¹² the answer is unresolved (NaN, infinite error) so that the caller takes the adaptive path
        static double ArFor(double halfDelta) => Math.PI / Math.Sinh(2 * halfDelta);
        var below = FastGradient.Reduced(new CircleRadius(), ArFor(0.9e-12), 0.6, 0.8);
        Assert.True(double.IsNaN(below.First.Value) && double.IsPositiveInfinity(below.First.Error), $"{below}");
        var above = FastGradient.Reduced(new CircleRadius(2), ArFor(1.1e-12) / 2, 0.6, 0.8);
        Assert.True(double.IsFinite(above.First.Value) && double.IsFinite(above.First.Error), $"{above}");
    }

    [Fact]
    public void The_Gaussian_error_estimate_includes_the_truncation_at_the_cut()
    {
        // a = 0 and θ = π/2: ℓ'(0) = −½ and p = ½, so the g₁ integrand vanishes at every node and K21's estimate is 0; what
        // remains is the truncation bound 2sφ(14) of the tail beyond the cut (|ℓ'| ≤ 1, ∫_14^∞ z φ = φ(14))
        const double s = 3;
        var r = FastGradient.Reduced(new GaussianRadius(2, s), 0, 0, 1);
        var phi14 = Math.Exp(-98) / Math.Sqrt(2 * Math.PI);
        Assert.Equal(0, r.First.Value);
        Assert.True(Math.Abs(r.First.Error / (2 * s * phi14) - 1) < 1e-13, $"{r.First.Error:R} vs {2 * s * phi14:R}");
    }

    [Fact]
    public void Gaussian_panel_breaks_follow_the_width_rules_and_end_at_the_cut()
    {
        Span<double> dst = stackalloc double[64];
        // hand-computed: no ℓ' or θ limit → steps of 2 up to 6, one of 3, then the rest in one panel;
        // π/(2as) = ½ → widths ½, ½, 1 (= max(z, ½)), then as before
        Assert.Equal([0, 2, 4, 6, 9, 14], dst[..FastGradient.GaussianBreaks(dst, double.PositiveInfinity, 1)].ToArray());
        Assert.Equal([0, 0.5, 1, 2, 4, 6, 9, 14], dst[..FastGradient.GaussianBreaks(dst, 0.5, 1)].ToArray());
        static double Unit(double z) => z < 5 ? 2 : z < 8.5 ? 3 : double.PositiveInfinity;
        foreach (var firstSigma in new[] { 1e-3, 0.1, 0.7, 2.5, 40 })
            foreach (var sin in new[] { 1e-3, 0.05, 0.3, 0.8, 1 })
            {
                var n = FastGradient.GaussianBreaks(dst, firstSigma, sin);
                var b = dst[..n].ToArray();
                Assert.Equal(0, b[0]);
                Assert.Equal(GaussianRadius.Cut, b[^1]);
                for (var i = 0; i + 1 < n; i++)
                {
                    var (z, w) = (b[i], b[i + 1] - b[i]);
                    Assert.True(w > 0, $"σ₁ = {firstSigma}, sin θ = {sin}: breaks not increasing at {z}");
                    // every panel but the merged last one is within each factor's width at its left end (up to the rounding
                    // of the difference of two breaks)
                    var allowed = Math.Min(Math.Max(z, firstSigma), Math.Min(Unit(z), sin * Unit(z / sin)));
                    if (i + 2 < n)
                        Assert.True(w <= allowed * (1 + 1e-12),
                            $"σ₁ = {firstSigma}, sin θ = {sin}: panel [{z}, {b[i + 1]}] too wide");
                }
            }
        Assert.Equal(-1, FastGradient.GaussianBreaks(dst[..4], 1e-3, 1));
    }

    [Fact]
    public void A_negative_norm_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => FastGradient.Reduced(new CircleRadius(), -1, 1, 0));
        Assert.Contains("non-negative", e.Message);
        Assert.Throws<ArgumentException>(() => FastGradient.Reduced(new GaussianRadius(2), double.NaN, 1, 0));
    }

    private static void Close(double want, double got, double rel, string what) =>
        Assert.True(Math.Abs(got - want) <= rel * Math.Abs(want), $"{what}: {got:R} vs {want:R}");

    /// <summary>The mixture's error estimates are the weighted sums of its parts' (non-negative), the values the weighted
    /// sums of the values.</summary>
    [Fact]
    public void Fast_gradient_mixture_errors()
    {
        var c1 = new CircleRadius(0.5);
        var g2 = new GaussianRadius(2, 3);
        var mix = new RadialMixture([(1, c1), (3, g2)]);
        var r = FastGradient.Reduced(mix, 1.3, Math.Cos(0.4), Math.Sin(0.4));
        var a = FastGradient.Reduced(c1, 1.3, Math.Cos(0.4), Math.Sin(0.4));
        var b = FastGradient.Reduced(g2, 1.3, Math.Cos(0.4), Math.Sin(0.4));
        Close(0.25 * a.First.Value + 0.75 * b.First.Value, r.First.Value, 1e-15, "g₁");
        Close(0.25 * a.Second.Value + 0.75 * b.Second.Value, r.Second.Value, 1e-15, "g₂");
        Close(0.25 * a.First.Error + 0.75 * b.First.Error, r.First.Error, 1e-15, "g₁ error");
        Close(0.25 * a.Second.Error + 0.75 * b.Second.Error, r.Second.Error, 1e-15, "g₂ error");
        Assert.True(r.First.Error > 0 && r.Second.Error > 0);
        // θ = 0: g₂ = 0 exactly (the label does not depend on x₂), its error is the truncation term 2sφ(0)φ(14)/14 > 0 alone
        var z = FastGradient.Reduced(g2, 1.3, 1, 0);
        Assert.Equal(0, z.Second.Value);
        Close(2 * 3 * NormalPdf(0) * NormalPdf(14) / 14, z.Second.Error, 1e-12, "truncation bound of g₂");
        Assert.True(FastGradient.Supports(new RadialMixture([(1, new SphereProjectionRadius(3)), (1, new GaussianRadius(3))])));
        Assert.True(FastGradient.Supports(new RadialMixture([(1, new GaussianRadius(3)), (1, new GaussianRadius(3, 2))])));
    }
}
