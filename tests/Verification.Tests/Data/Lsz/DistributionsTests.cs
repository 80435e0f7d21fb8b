using Verification.Data.Lsz;
using Xunit;
using static Verification.Tests.Data.Lsz.TestLaws;

namespace Verification.Tests.Data.Lsz;

/// <summary>
/// The radial laws of <c>Data/Lsz/Distributions.cs</c> against closed forms derived by hand: moments of the projected radius
/// r = ‖Px‖ (E r^k) and of ‖x‖, the conditional perpendicular moment, names, and the messages for invalid parameters.
/// Oracles: for x uniform on R·S^(d−1), E‖Px‖² = 2R²/d and E‖Px‖⁴ = 8R⁴/(d(d+2)) (from E x₁⁴ = 3/(d(d+2)),
/// E x₁²x₂² = 1/(d(d+2))), c₀ = R Γ(3/2)Γ(d/2)/Γ((d+1)/2) (π R/4 at d = 3, 2R/3 at d = 4); for x ∼ N(0, s² I) the projected
/// radius is s·Rayleigh: E r = s√(π/2), E r² = 2s², E r⁴ = 8s⁴, E‖x‖ = s√2 Γ((d+1)/2)/Γ(d/2) (s√(π/2) at d = 2, 2s√(2/π) at
/// d = 3).
/// </summary>
[Trait("Paper", "LSZ")]
public class DistributionsTests
{
    /// <summary>|estimate − exact| within the reported error (×10) plus rounding, and the error itself small.</summary>
    private static void Near(double want, Verification.Numerics.Estimate got, string what, double maxError = 1e-9)
    {
        Assert.True(Math.Abs(got.Value - want) <= 10 * got.Error + 1e-13 * Math.Max(1, Math.Abs(want)), $"{what}: {got} vs {want:R}");
        Assert.True(got.Error >= 0 && got.Error <= maxError * Math.Max(1, Math.Abs(want)), $"{what}: error {got.Error:E2}");
    }

    [Fact]
    public void CircleRadius_is_a_point_mass_at_R()
    {
        var c = new CircleRadius(2);
        var e = c.Expect(r => r * r * r);
        Assert.Equal(8, e.Value);
        Assert.Equal(0, e.Error);
        Assert.Equal(0, c.PerpSecondMoment(1.5));
        Assert.Equal(2, c.C0ClosedForm);
        Assert.Equal(4, c.SecondMoment2);
        Assert.Equal(2, c.FullMeanNorm);
        Assert.Equal(4, c.FullSecondMoment);
        Assert.Equal(2, c.Dimension);
        Assert.Equal(2, c.Radius);
        Assert.Equal("U(2·S^1)", c.Name);
        Assert.Equal("U(2·S^1)", c.ToString());
        Assert.Equal("U(S^1)", new CircleRadius().Name);
        Assert.Equal(1, new CircleRadius().Radius);
        Assert.Equal(2, c.C0ByQuadrature().Value);
        foreach (var bad in new[] { 0, -1, double.NaN })
            Assert.Equal("Radius must be positive.", Assert.Throws<ArgumentException>(() => new CircleRadius(bad)).Message);
    }

    [Theory]
    [InlineData(3, 1.0)]
    [InlineData(3, 2.0)]
    [InlineData(4, 0.5)]
    [InlineData(7, 3.0)]
    public void SphereProjectionRadius_moments(int d, double radius)
    {
        var law = new SphereProjectionRadius(d, radius);
        Assert.Equal(d, law.Dimension);
        Assert.Equal(radius, law.Radius);
        Near(1, law.Expect(_ => 1), "mass");
        Near(2 * radius * radius / d, law.Expect(r => r * r), "E r²");
        Near(8 * Math.Pow(radius, 4) / (d * (d + 2.0)), law.Expect(r => r * r * r * r), "E r⁴");
        Assert.Equal(2 * radius * radius / d, law.SecondMoment2, 1e-15);
        Near(law.C0ClosedForm, law.C0ByQuadrature(), "c₀ by quadrature");
        Assert.Equal(radius, law.FullMeanNorm);
        Assert.Equal(radius * radius, law.FullSecondMoment, 1e-15);
        // ‖x‖² = R² = r² + (d − 2) E[x_k² | r] for each of the d − 2 perpendicular coordinates
        foreach (var r in new[] { 0, 0.3 * radius, radius })
            Assert.Equal(radius * radius, r * r + (d - 2) * law.PerpSecondMoment(r), 1e-14);
        // E_r[r² + (d − 2) m⊥(r)] = R²
        Near(radius * radius, law.Expect(r => r * r + (d - 2) * law.PerpSecondMoment(r)), "E‖x‖²");
    }

    [Fact]
    public void SphereProjectionRadius_closed_forms_by_hand_and_names_and_errors()
    {
        Assert.Equal(Math.PI / 4, new SphereProjectionRadius(3).C0ClosedForm, 1e-14); // exp of GammaLn sums: a few ulp
        Assert.Equal(2 * Math.PI / 4, new SphereProjectionRadius(3, 2).C0ClosedForm, 1e-14); // exp of GammaLn sums: a few ulp
        Assert.Equal(2.0 / 3, new SphereProjectionRadius(4).C0ClosedForm, 1e-14); // exp of GammaLn sums: a few ulp
        Assert.Equal(1.0 / 3, new SphereProjectionRadius(4, 0.5).C0ClosedForm, 1e-14); // exp of GammaLn sums: a few ulp
        // d = 5, R = 2, r = 1: (4 − 1)/3
        Assert.Equal(1, new SphereProjectionRadius(5, 2).PerpSecondMoment(1), 1e-15);
        Assert.Equal("U(S^2)", new SphereProjectionRadius(3).Name);
        Assert.Equal("U(2·S^4)", new SphereProjectionRadius(5, 2).Name);
        Assert.Equal("SphereProjectionRadius needs d ≥ 3 (use CircleRadius for d = 2).", Assert.Throws<ArgumentException>(() =>
            new SphereProjectionRadius(2)).Message);
        foreach (var bad in new[] { 0, -2, double.NaN })
            Assert.Equal("Radius must be positive.", Assert.Throws<ArgumentException>(() => new SphereProjectionRadius(3, bad)).Message);
    }

    [Theory]
    [InlineData(2, 1.0)]
    [InlineData(3, 0.5)]
    [InlineData(5, 2.0)]
    public void GaussianRadius_moments(int d, double s)
    {
        var law = new GaussianRadius(d, s);
        Assert.Equal(d, law.Dimension);
        Assert.Equal(s, law.Scale);
        Near(1, law.Expect(_ => 1), "mass");
        Near(s * Math.Sqrt(Math.PI / 2), law.Expect(r => r), "E r");
        Near(2 * s * s, law.Expect(r => r * r), "E r²");
        Near(8 * Math.Pow(s, 4), law.Expect(r => Math.Pow(r, 4)), "E r⁴");
        Assert.Equal(s * Math.Sqrt(Math.PI / 2), law.C0ClosedForm, 1e-15);
        Assert.Equal(2 * s * s, law.SecondMoment2, 1e-15);
        Assert.Equal(d * s * s, law.FullSecondMoment, 1e-14);
        Assert.Equal(s * s, law.PerpSecondMoment(0.7), 1e-15);
        Assert.Equal(s * s, law.PerpSecondMoment(3), 1e-15);
    }

    [Fact]
    public void GaussianRadius_full_mean_norm_names_and_errors()
    {
        Assert.Equal(Math.Sqrt(Math.PI / 2), new GaussianRadius(2).FullMeanNorm, 1e-14);
        Assert.Equal(3 * 2 * Math.Sqrt(2 / Math.PI), new GaussianRadius(3, 3).FullMeanNorm, 1e-14);
        // d = 4: √2 Γ(5/2)/Γ(2) = √2 · 3√π/4
        Assert.Equal(Math.Sqrt(2) * 3 * Math.Sqrt(Math.PI) / 4, new GaussianRadius(4).FullMeanNorm, 1e-14);
        Assert.Equal("N(0, I_3)", new GaussianRadius(3).Name);
        Assert.Equal("N(0, 2² I_4)", new GaussianRadius(4, 2).Name);
        Assert.Equal("Dimension must be at least 2.", Assert.Throws<ArgumentException>(() => new GaussianRadius(1)).Message);
        foreach (var bad in new[] { 0, -1, double.NaN })
            Assert.Equal("Scale must be positive.", Assert.Throws<ArgumentException>(() => new GaussianRadius(2, bad)).Message);
    }

    [Fact]
    public void GaussianRadius_error_includes_the_truncation_bound_and_both_pieces()
    {
        var law = new GaussianRadius(2);
        // f ≡ 0: both quadrature estimates are (almost) zero, the truncation bound 1e−38 remains
        var zero = law.Expect(_ => 0);
        Assert.Equal(0, zero.Value);
        Assert.True(zero.Error >= 1e-38 && zero.Error < 1e-37, $"{zero.Error:E3}");
        // f = 1 beyond ρ = 4 only: the piece [4, 14] carries the value e^(−8) − e^(−98) and its error estimate
        var tail = law.Expect(r => r >= 4 ? 1 : 0);
        Assert.True(Math.Abs(tail.Value - Math.Exp(-8)) <= 10 * tail.Error + 1e-18, $"{tail}");
        Assert.True(tail.Error > 1e-38, $"{tail.Error:E3}");
        // f = 1 below ρ = 4 only: 1 − e^(−8)
        var head = law.Expect(r => r < 4 ? 1 : 0);
        Assert.True(Math.Abs(head.Value - (1 - Math.Exp(-8))) <= 10 * head.Error + 1e-15, $"{head}");
        Assert.True(head.Error > 1e-38);
        // the scale enters the integrand: for s = 2 the split is at r = 8
        Assert.True(Math.Abs(new GaussianRadius(2, 2).Expect(r => r >= 8 ? 1 : 0).Value - Math.Exp(-8)) < 1e-12);
    }

    [Fact]
    public void RadialMixture_normalises_weights_and_mixes_everything()
    {
        var mix = new RadialMixture([(1, new CircleRadius(1)), (3, new CircleRadius(2))]);
        Assert.Equal(2, mix.Parts.Count);
        Assert.Equal(0.25, mix.Parts[0].Weight);
        Assert.Equal(0.75, mix.Parts[1].Weight);
        Assert.Equal(2, mix.Dimension);
        var e = mix.Expect(r => r * r); // 0.25·1 + 0.75·4
        Assert.Equal(3.25, e.Value);
        Assert.Equal(0, e.Error); // point masses: no error (not w / 0)
        Assert.Equal(0.25 + 1.5, mix.C0ClosedForm, 1e-15);
        Assert.Equal(3.25, mix.SecondMoment2, 1e-15);
        Assert.Equal(1.75, mix.FullMeanNorm, 1e-15);
        Assert.Equal(3.25, mix.FullSecondMoment, 1e-15);
        Assert.Equal($"mixture{{{0.25:G4}·U(S^1) + {0.75:G4}·U(2·S^1)}}", mix.Name);
        Assert.Equal("Use the parts of the mixture.", Assert.Throws<NotSupportedException>(() => mix.PerpSecondMoment(1)).Message);

        // with quadrature parts: the errors are weighted the same way, and the moments mix
        var g = new RadialMixture([(2, new SphereProjectionRadius(3, 0.5)), (2, new GaussianRadius(3, 2))]);
        Assert.Equal(3, g.Dimension);
        var parts = new[] { new SphereProjectionRadius(3, 0.5).Expect(r => r * r), new GaussianRadius(3, 2).Expect(r => r * r) };
        var m2 = g.Expect(r => r * r);
        Near(0.5 * 2 * 0.25 / 3 + 0.5 * 8, m2, "E r²");
        Assert.Equal(0.5 * parts[0].Error + 0.5 * parts[1].Error, m2.Error, 1e-30);
        Assert.Equal(0.5 * (0.5 * Math.PI / 4) + 0.5 * 2 * Math.Sqrt(Math.PI / 2), g.C0ClosedForm, 1e-15);
        Assert.Equal(0.5 * 0.5 + 0.5 * 2 * 2 * Math.Sqrt(2 / Math.PI), g.FullMeanNorm, 1e-14);
        Assert.Equal(0.5 * 0.25 + 0.5 * 12, g.FullSecondMoment, 1e-14);
    }

    [Fact]
    public void RadialMixture_rejects_bad_parts()
    {
        Assert.Equal("Empty mixture.", Assert.Throws<ArgumentException>(() => new RadialMixture([])).Message);
        foreach (var w in new[] { 0, -1, double.NaN })
            Assert.Equal("Mixture weights must be positive.", Assert.Throws<ArgumentException>(() =>
                new RadialMixture([(1, new CircleRadius()), (w, new CircleRadius(2))])).Message);
        Assert.Equal("Mixture components must share the dimension.",
            Assert.Throws<ArgumentException>(() => new RadialMixture([(1, new CircleRadius()), (1, new SphereProjectionRadius(3))])).Message);
        Assert.Single(new RadialMixture([(2, new GaussianRadius(3))]).Parts);
        Assert.Equal(1, new RadialMixture([(2, new GaussianRadius(3))]).Parts[0].Weight);
    }

    [Theory]
    [MemberData(nameof(TestLaws.Laws), MemberType = typeof(TestLaws))]
    public void C0ClosedFormMatchesQuadrature(string name)
    {
        var law = Law(name);
        var q = law.C0ByQuadrature();
        Assert.True(Math.Abs(q.Value - law.C0ClosedForm) <= 10 * q.Error + 1e-13, $"{law}: quadrature {q} vs closed form {law.C0ClosedForm:R}");
    }
}
