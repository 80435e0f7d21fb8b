using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Xunit;
using static Verification.Tests.Lsz.ModelsOracles;

namespace Verification.Tests.Lsz;

/// <summary>
/// Sharper checks of Population.cs and Reduced.cs at the places where the oracle tests of <see cref="ModelsOracleTests"/> do
/// not look: the frame at w = 0 when fl(vᵀv) ≠ 1, Planar with no break point at all, the tolerance of the symmetry flag
/// at its boundary, the error estimate of a radial mixture, the degenerate branches (θ ∈ {0, π}: the label ignores x₂) with
/// a non-zero integrand, and the perpendicular moments of R·S^(d−1) for d ≠ 3. Every case takes milliseconds.
/// </summary>
[Trait("Paper", "LSZ")]
public class ModelsPopulationSurvivorTests
{
    private static double[] Normalise(params double[] x) { var n = Math.Sqrt(x.Sum(t => t * t)); return x.Select(t => t / n).ToArray(); }

    // ---------------------------------------------------------------- the frame at w = 0

    /// <summary>At w = 0 the frame is e₁ = v, cos θ = 1, sin θ = 0 exactly and e₂ a unit vector ⟂ e₁, also when v is a unit
    /// vector only up to rounding (fl(vᵀv) ≠ 1, so v − (vᵀv)v is a rounding residue, not a direction orthogonal to v).</summary>
    [Fact]
    public void Frame_at_the_origin_when_v_is_unit_only_up_to_rounding()
    {
        foreach (var v in new[] { Normalise(1, 1, 1), Normalise(1, 2), Normalise(3, 5, 7) })
        {
            Assert.NotEqual(1.0, Vec.Dot(v, v));    // the point of the case
            var law = v.Length == 2 ? (RadialLaw)new CircleRadius() : new SphereProjectionRadius(3);
            var (a, c, s, e1, e2) = new SphericalPopulation(law, v).Frame(new double[v.Length]);
            Assert.Equal(0, a);
            Assert.Equal(1, c);
            Assert.Equal(0, s);
            Assert.Equal(v, e1);
            Assert.True(Math.Abs(Vec.Norm(e2) - 1) < 1e-15, $"‖e₂‖ = {Vec.Norm(e2):R}");
            Assert.True(Math.Abs(Vec.Dot(e1, e2)) < 1e-15, $"e₁ᵀe₂ = {Vec.Dot(e1, e2):R}");
        }
    }

    // ---------------------------------------------------------------- Planar directly

    /// <summary>With v = w = 0 there is no break point (y ≡ sgn(0) = +1 everywhere) and the angle runs over [0, 2π]:
    /// E y = 1, E x₁² = R²/2, E x₁x₂ = 0.</summary>
    [Fact]
    public void Planar_without_any_break_point()
    {
        var law = new CircleRadius(2);
        double[] zero = [0, 0];
        var ey = Planar.Expect(law, Planar.Identity, zero, zero, (x1, x2, y, m) => y);
        Assert.True(Math.Abs(ey.Value - 1) <= 1e-14, $"E y = {ey}");
        var ex = Planar.Expect(law, Planar.Identity, zero, zero, (x1, x2, y, m) => x1 * x1);
        Assert.True(Math.Abs(ex.Value - 2) <= 1e-14, $"E x₁² = {ex}");
        var exy = Planar.Expect(law, Planar.Identity, zero, zero, (x1, x2, y, m) => x1 * x2);
        Assert.True(Math.Abs(exy.Value) <= 1e-14, $"E x₁x₂ = {exy}");
    }

    // ---------------------------------------------------------------- the symmetry flag at its tolerance

    /// <summary>The flag accepts |‖Me₁‖² − ‖Me₂‖²| and |(Me₁)ᵀ(Me₂)| strictly below 1e−14: at exactly 1e−14 (constructed so
    /// that the rounded expressions equal the double 1e−14) M is not reported spherically symmetric. Both matrices are far
    /// from a multiple of an orthogonal matrix (column norms 1.4e−7 and 9.8e−8; columns at 45°), so "false" is also the
    /// right answer.</summary>
    [Fact]
    public void Symmetry_flag_at_its_tolerance()
    {
        static bool Symmetric(double[,] m) => new PlanarPopulation(new CircleRadius(), m, [1, 0]).SphericallySymmetric;
        // the test is MᵀM = cI to a relative 10⁻¹⁴ of ‖Me₁‖² + ‖Me₂‖², strictly; at equality the answer is "no".
        // diag(p, q): fl(p²) − fl(q²) = fl(10⁻¹⁴(fl(p²) + fl(q²))) exactly (constructed: the difference chosen on the grid
        // of fl(q²), the sum its preimage under the product, p and q their exact square roots in double)
        double p = 0.020825005858203405, q = 0.020825005858203197;
        Assert.Equal(1e-14 * (p * p + q * q), p * p - q * q);
        Assert.False(Symmetric(new double[,] { { p, 0 }, { 0, q } }));
        // columns (1, 0) and (2·10⁻¹⁴, 1): equal norms in double, (Me₁)ᵀ(Me₂) = 2·10⁻¹⁴ = the tolerance exactly
        Assert.Equal(1e-14 * (1 + (2e-14 * 2e-14 + 1)), 2e-14);
        Assert.False(Symmetric(new double[,] { { 1, 2e-14 }, { 0, 1 } }));
        Assert.True(Symmetric(new double[,] { { 1, 1e-14 }, { 0, 1 } }));
    }

    /// <summary>Regression: the tolerance was an absolute 10⁻¹⁴, so 10⁻⁸·diag(1, 2) (‖Me₁‖² − ‖Me₂‖² = −3·10⁻¹⁶) counted as
    /// spherically symmetric. The answer must not depend on the scale of M.</summary>
    [Fact]
    public void Symmetry_flag_does_not_depend_on_the_scale_of_M()
    {
        static bool Symmetric(double[,] m) => new PlanarPopulation(new CircleRadius(), m, [1, 0]).SphericallySymmetric;
        foreach (var c in new[] { 1e-8, 1, 1e8 })
        {
            Assert.False(Symmetric(new double[,] { { c, 0 }, { 0, 2 * c } }), $"scale {c}: diag(1, 2)");
            Assert.True(Symmetric(new double[,] { { 0.6 * c, -0.8 * c }, { 0.8 * c, 0.6 * c } }), $"scale {c}: rotation");
        }
    }

    // ---------------------------------------------------------------- Reduced directly

    /// <summary>The estimate over a radial mixture is the weighted sum of the parts' estimates, values and errors (the
    /// weights normalised), for the Gaussian and the sphere reductions.</summary>
    [Fact]
    public void Reduced_mixture_is_the_weighted_sum_of_its_parts()
    {
        RadialLaw g1 = new GaussianRadius(3, 0.7), g2 = new GaussianRadius(3, 1.6), s3 = new SphereProjectionRadius(3, 2);
        var mix = new RadialMixture([(1, g1), (2, g2), (1, s3)]);
        double c = Math.Cos(1.1), s = Math.Sin(1.1), a = 2.5;
        double F(double x1, double y) => MarginLoss.Logistic.D1(y * a * x1) * y;
        var r = Reduced.Expect(mix, c, s, F, 1, false);
        var parts = new[] { Reduced.Expect(g1, c, s, F, 1, false), Reduced.Expect(g2, c, s, F, 1, false), Reduced.Expect(s3, c, s, F, 1, false) };
        double[] wt = [0.25, 0.5, 0.25];
        var value = parts.Select((e, i) => wt[i] * e.Value).Sum();
        var error = parts.Select((e, i) => wt[i] * e.Error).Sum();
        Assert.True(Math.Abs(r.Value - value) <= 1e-15 * Math.Abs(value), $"{r} vs {value:R}");
        Assert.True(parts.All(e => e.Error > 0 && e.Error < 1e-12), string.Join(", ", parts));
        Assert.True(Math.Abs(r.Error - error) <= 1e-15 * error, $"error {r.Error:R} vs {error:R}");
    }

    /// <summary>In R² there is no perpendicular direction: E[F · m⊥] = 0 for a circle (the polar fallback of Reduced),
    /// for any F and θ.</summary>
    [Fact]
    public void Reduced_perpendicular_moment_of_a_circle_is_zero()
    {
        foreach (var th in new[] { 0.0, 0.8, 2.6 })
        {
            var r = Reduced.Expect(new CircleRadius(1.5), Math.Cos(th), Math.Sin(th), (x1, y) => 1 + y * x1 * x1, 0, true);
            Assert.Equal(0, r.Value);
        }
    }

    /// <summary>At θ = 0 and θ = π the label is sgn(±x₁) and does not depend on x₂, whose conditional law given x₁ is
    /// symmetric: E[F(x₁, y) x₂] = 0 exactly for any F (Gaussian and sphere reductions, d = 3 and 4); and E[F x₂²] =
    /// E[F(x₁, y) E(x₂² | x₁)] with E(x₂² | x₁) = s² (Gaussian) resp. (R² − x₁²)/(d − 1) (sphere).</summary>
    [Fact]
    public void Reduced_degenerate_branches_with_a_non_zero_integrand()
    {
        const double a = 1.3;
        double F(double x1, double y) => MarginLoss.Logistic.D1(y * a * x1) * y + 0.5;
        foreach (var cos in new[] { 1.0, -1.0 })
        foreach (RadialLaw law in new RadialLaw[] { new GaussianRadius(3, 1.5), new GaussianRadius(4, 0.8), new SphereProjectionRadius(3, 2), new SphereProjectionRadius(4, 1.5) })
        {
            var r1 = Reduced.Expect(law, cos, 0, F, 1, false);
            Assert.True(r1.Value == 0, $"{law}, cos θ = {cos}: E[F x₂] = {r1}");
            var r2 = Reduced.Expect(law, cos, 0, F, 2, false);
            double Fy(double x1) => F(x1, cos * x1 >= 0 ? 1 : -1);
            double want = law switch
            {
                GaussianRadius g => Integrate(z => Fy(g.Scale * z) * g.Scale * g.Scale * NormalPdf(z), -14, 14, [0]),
                // x₁ = R cos ψ with density ∝ sin^(d−2) ψ on [0, π]
                SphereProjectionRadius sp => SphereMoment(sp, psi => Fy(sp.Radius * Math.Cos(psi)) * sp.Radius * sp.Radius * Math.Sin(psi) * Math.Sin(psi) / (sp.Dimension - 1)),
                _ => throw new InvalidOperationException(),
            };
            Assert.True(Math.Abs(r2.Value - want) <= 1e-12 * Math.Abs(want), $"{law}, cos θ = {cos}: E[F x₂²] = {r2} vs {want:R}");
        }
    }

    /// <summary>E h(ψ) for the polar angle ψ of x₁ on R·S^(d−1): density sin^(d−2) ψ / ∫₀^π sin^(d−2).</summary>
    private static double SphereMoment(SphereProjectionRadius sp, Func<double, double> h)
    {
        var n = sp.Dimension - 2;
        var z = Integrate(psi => Math.Pow(Math.Sin(psi), n), 0, Math.PI, [Math.PI / 2]);
        return Integrate(psi => h(psi) * Math.Pow(Math.Sin(psi), n), 0, Math.PI, [Math.PI / 2]) / z;
    }

    /// <summary>The perpendicular moments of x uniform on R·S^(d−1), d = 3, 4, 5, at a generic θ: E x₃² = R²/d,
    /// E[y x₃²] = 0 (x ↦ −x flips y and keeps x₃²), E[x₁² x₃²] = R⁴/(d(d + 2)), against the general branch of the
    /// sphere reduction (the conditional moments given x₁ divided by d − 2).</summary>
    [Fact]
    public void Sphere_perpendicular_moments()
    {
        foreach (var d in new[] { 3, 4, 5 })
        foreach (var th in new[] { 0.7, 2.2 })
        {
            var law = new SphereProjectionRadius(d, 2);
            double c = Math.Cos(th), s = Math.Sin(th), r2 = 4;
            var one = Reduced.Expect(law, c, s, (x1, y) => 1, 0, true);
            Assert.True(Math.Abs(one.Value - r2 / d) <= 1e-12, $"d = {d}: E x₃² = {one} vs {r2 / d:R}");
            var ey = Reduced.Expect(law, c, s, (x1, y) => y, 0, true);
            Assert.True(Math.Abs(ey.Value) <= 1e-12, $"d = {d}: E y x₃² = {ey}");
            var x1x3 = Reduced.Expect(law, c, s, (x1, y) => x1 * x1, 0, true);
            var want = r2 * r2 / (d * (d + 2.0));
            Assert.True(Math.Abs(x1x3.Value - want) <= 1e-12 * want, $"d = {d}: E x₁²x₃² = {x1x3} vs {want:R}");
        }
    }
    // ---------------------------------------------------------------- sharp transitions at large ‖w‖

    /// <summary>For x uniform on S¹ and a large, E ℓ''(a x₁) = (1/π)∫₋₁¹ ℓ''(a u)/√(1 − u²) du = (1 + π²/(6a²) + O(a⁻⁴))/(πa)
    /// (∫ℓ'' = 1, ∫ℓ''(u)u² du = π²/3): the mass sits within ~1/a of the two angles where wᵀx = 0, which must be break points
    /// also when Mᵀw lies on a coordinate axis (M = I with w = (a, 0), and M the swap with w = (a, 0), Mᵀw = (0, a)). Likewise
    /// the jumps of y are break points when Mᵀv lies on an axis: E y = 0 with an error estimate at rounding level. The
    /// Planar target is 1e−11 relative per piece, hence the tolerance 1e−10.</summary>
    [Fact]
    public void Planar_break_points_when_a_line_lies_on_an_axis()
    {
        const double a = 1e5;
        var want = (1 + Math.PI * Math.PI / (6 * a * a)) / (Math.PI * a);
        var swap = new double[,] { { 0, 1 }, { 1, 0 } };
        foreach (var m in new[] { Planar.Identity, swap })
        {
            var e = Planar.Expect(new CircleRadius(), m, [a, 0], [0.6, 0.8], (x1, x2, y, _) => MarginLoss.Logistic.D2(y * a * x1));
            Assert.True(Math.Abs(e.Value - want) <= 1e-10 * want && Math.Abs(e.Value - want) <= e.Error, $"M = [[{m[0, 0]}, {m[0, 1]}], [{m[1, 0]}, {m[1, 1]}]]: E ℓ''(a x₁) = {e} vs {want:R}");
            var ey = Planar.Expect(new CircleRadius(), m, [0.4, 1], [1, 0], (x1, x2, y, _) => y);
            Assert.True(Math.Abs(ey.Value) <= 1e-15 && ey.Error <= 1e-12, $"M = [[{m[0, 0]}, {m[0, 1]}], [{m[1, 0]}, {m[1, 1]}]]: E y = {ey}");
        }
    }

    /// <summary>The logistic Hessian on S² at ‖w‖ = 10⁴ is π²/(6a³) e₁e₁ᵀ + (1/a − π²/(3a³))/4 (I − e₁e₁ᵀ) up to e^(−a) for every θ
    /// (ℓ'' is even, so the label drops out; see <see cref="ModelsOracleTests.Sphere_S2_Hessian_at_a_large_norm"/>), also at
    /// θ ∈ {0, π} (the degenerate branch, no break from the label), where the 1/a-wide transition at x₁ = 0 (ψ = π/2) must
    /// be a break point of its own (a generic θ, e.g. 1, also needs it but takes ~1 s).</summary>
    [Theory]
    [InlineData(0.0)]
    [InlineData(Math.PI)]
    public void Sphere_S2_Hessian_at_a_large_norm_for_any_angle(double th)
    {
        const double a = 1e4;
        double[] v = th == Math.PI ? [-1, 0, 0] : [Math.Cos(th), Math.Sin(th), 0];
        var h = new SphericalPopulation(new SphereProjectionRadius(3), v).Hessian([a, 0, 0]).Value;
        var h11 = Math.PI * Math.PI / (6 * a * a * a);
        var h22 = (1 / a - Math.PI * Math.PI / (3 * a * a * a)) / 4;
        Assert.True(Math.Abs(h[0, 0] - h11) <= 1e-12 * h11, $"h₁₁ = {h[0, 0]:R} vs {h11:R}");
        Assert.True(Math.Abs(h[1, 1] - h22) <= 1e-12 * h22 && Math.Abs(h[2, 2] - h22) <= 1e-12 * h22, $"h₂₂ = {h[1, 1]:R}, h⊥ = {h[2, 2]:R} vs {h22:R}");
        Assert.True(Math.Abs(h[0, 1]) <= 1e-12 * h22, $"h₁₂ = {h[0, 1]:R}");
    }

    /// <summary>The logistic Hessian on N(0, s² I₃) at ‖w‖ = 10⁵ with θ near π/2 (cos θ = 10⁻³): ℓ'' is even, so h₁₁ = E ℓ''(a x₁)x₁²,
    /// h₂₂ = h⊥ = s² E ℓ''(a x₁), h₁₂ = 0, one-dimensional integrals over z₁ = x₁/s (oracle split at 0, ±1/(as), ±10/(as),
    /// ±40/(as)). The label's conditional probability turns over |z₁| ≲ 40 tan θ, far outside the 1/(as)-wide transition of
    /// ℓ'': the reduction must not put narrow pieces (reduced depth) into that transition.</summary>
    [Fact]
    public void Gaussian_Hessian_at_a_large_norm_near_a_right_angle()
    {
        const double s = 1.5, a = 1e5, c = 1e-3;
        var h = new SphericalPopulation(new GaussianRadius(3, s), [c, Math.Sqrt(1 - c * c), 0]).Hessian([a, 0, 0]).Value;
        var t = 1 / (a * s);
        double[] brk = [0, t, -t, 10 * t, -10 * t, 40 * t, -40 * t];
        var h22 = s * s * Integrate(z => MarginLoss.Logistic.D2(a * s * z) * NormalPdf(z), -14, 14, brk);
        var h11 = s * s * Integrate(z => MarginLoss.Logistic.D2(a * s * z) * z * z * NormalPdf(z), -14, 14, brk);
        Assert.True(Math.Abs(h[0, 0] - h11) <= 1e-12 * h11, $"h₁₁ = {h[0, 0]:R} vs {h11:R}");
        Assert.True(Math.Abs(h[1, 1] - h22) <= 1e-12 * h22 && Math.Abs(h[2, 2] - h22) <= 1e-12 * h22, $"h₂₂ = {h[1, 1]:R}, h⊥ = {h[2, 2]:R} vs {h22:R}");
        Assert.True(Math.Abs(h[0, 1]) <= 1e-12 * h22, $"h₁₂ = {h[0, 1]:R}");
    }

    /// <summary>The Gaussian reduction treats x₁ and −x₁ alike (its break points 0, ±4, ±z are symmetric about 0), so the
    /// mirrored problem — F(−x₁, y) at (−cos θ, sin θ), the same expectation — is computed on mirrored pieces: the same value
    /// to rounding and the same error estimate (to rounding, not merely the same order).</summary>
    [Theory]
    [InlineData(0.3)]
    [InlineData(1.2)]
    public void Reduced_Gaussian_is_mirror_symmetric(double th)
    {
        var g = new GaussianRadius(3, 1.2);
        double c = Math.Cos(th), sn = Math.Sin(th), a = 3;
        var r1 = Reduced.Expect(g, c, sn, (x1, y) => MarginLoss.Logistic.Value(y * a * x1) + x1, 0, false);
        var r2 = Reduced.Expect(g, -c, sn, (x1, y) => MarginLoss.Logistic.Value(-y * a * x1) - x1, 0, false);
        Assert.True(Math.Abs(r1.Value - r2.Value) <= 1e-15 * Math.Abs(r1.Value), $"{r1} vs {r2}");
        Assert.True(Math.Abs(r1.Error - r2.Error) <= 1e-9 * r1.Error, $"error {r1.Error:R} vs {r2.Error:R}");
    }
}
