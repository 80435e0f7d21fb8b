using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Verification.Numerics;
using Verification.Tests.Data.Lsz;
using Xunit;
using static Verification.Tests.Data.Lsz.TestLaws;
using static Verification.Tests.Models.Lsz.ModelsOracles;

namespace Verification.Tests.Models.Lsz;

/// <summary>
/// <see cref="Reduced"/> directly: the conditional reductions against the polar quadrature of <see cref="Planar"/>, zero and
/// degenerate integrands (θ ∈ {0, π}: the label ignores x₂), radial mixtures, the perpendicular moments of R·S^(d−1), the mirror
/// symmetry of the Gaussian reduction, and the tolerance each reduction works to.
/// </summary>
[Trait("Paper", "LSZ")]
public class ReducedTests
{
    [Theory]
    [MemberData(nameof(TestLaws.Laws), MemberType = typeof(TestLaws))]
    public void ConditionalReductionMatchesPolarQuadrature(string name)
    {
        var law = Law(name);
        var l = MarginLoss.Logistic;
        var deep = Environment.GetEnvironmentVariable("VERIFICATION_DEEP") == "1";
        // the polar (2-D nested) side is slow for the Gaussian laws and mixtures: those run with VERIFICATION_DEEP=1
        if (!deep && name is not ("S1" or "S2" or "S4")) return;
        foreach (var (a, th) in deep
            ? new[] { (0.7, 0.3), (4.0, 2.2), (30.0, 1e-4), (0.05, Math.PI - 1e-3), (2.0, 0.0), (1.5, Math.PI / 2) }
            : new[] { (0.7, 0.3), (2.0, 2.2) })
        {
            double c = Math.Cos(th), s = Math.Sin(th);
            var cases = new (Func<double, double, double> F, int K, bool Perp, Func<double, double, double, double, double> Full)[]
            {
                ((x1, y) => l.Value(y * a * x1), 0, false, (x1, x2, y, m) => l.Value(y * a * x1)),
                ((x1, y) => l.D1(y * a * x1) * y, 1, false, (x1, x2, y, m) => l.D1(y * a * x1) * y * x2),
                ((x1, y) => l.D2(y * a * x1), 2, false, (x1, x2, y, m) => l.D2(y * a * x1) * x2 * x2),
                ((x1, y) => l.D2(y * a * x1), 0, true, (x1, x2, y, m) => l.D2(y * a * x1) * m),
            };
            foreach (var (f, k, perp, full) in cases)
            {
                if (perp && law.Dimension == 2) continue;
                var r = Reduced.Expect(law, c, s, f, k, perp);
                var p = law is RadialMixture mix
                    ? mix.Parts.Aggregate(new Estimate(0, 0), (acc, q) =>
                    {
                        var e = Planar.Expect(q.Law, Planar.Identity, [a, 0], [c, s], full);
                        return new Estimate(acc.Value + q.Weight * e.Value, acc.Error + q.Weight * e.Error);
                    })
                    : Planar.Expect(law, Planar.Identity, [a, 0], [c, s], full);
                Assert.True(Math.Abs(r.Value - p.Value) <= 10 * (r.Error + p.Error) + 1e-13 * Math.Abs(p.Value), $"{name} a={a} θ={th} k={k} perp={perp}: " +
                    $"reduced {r} vs polar {p}");
            }
        }
    }

    /// <summary>E[x₂] = 0 exactly when the label does not depend on x₂ (θ = 0): a zero integrand gives zero with a
    /// non-negative error estimate; and each reduction forwards the relative tolerance it is given.</summary>
    [Fact]
    public void Reduced_zero_integrand_and_tolerance()
    {
        foreach (RadialLaw law in new RadialLaw[] { new GaussianRadius(3, 2), new SphereProjectionRadius(4, 1.5), new CircleRadius(),
            new RadialMixture([(1, new GaussianRadius(3)), (1, new SphereProjectionRadius(3))]) })
        {
            var r = Reduced.Expect(law, 1, 0, (x1, y) => 0, 1, false);
            Assert.Equal(0, r.Value);
            Assert.True(r.Error >= 0, $"{law}: error {r.Error}");
        }
    }

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
        foreach (RadialLaw law in new RadialLaw[] { new GaussianRadius(3, 1.5), new GaussianRadius(4, 0.8), new SphereProjectionRadius(3, 2),
            new SphereProjectionRadius(4, 1.5) })
        {
            var r1 = Reduced.Expect(law, cos, 0, F, 1, false);
            Assert.True(r1.Value == 0, $"{law}, cos θ = {cos}: E[F x₂] = {r1}");
            var r2 = Reduced.Expect(law, cos, 0, F, 2, false);
            double Fy(double x1) => F(x1, cos * x1 >= 0 ? 1 : -1);
            double want = law switch
            {
                GaussianRadius g => Integrate(z => Fy(g.Scale * z) * g.Scale * g.Scale * NormalPdf(z), -14, 14, [0]),
                // x₁ = R cos ψ with density ∝ sin^(d−2) ψ on [0, π]
                SphereProjectionRadius sp =>
                    SphereMoment(sp, psi => Fy(sp.Radius * Math.Cos(psi)) * sp.Radius * sp.Radius * Math.Sin(psi) * Math.Sin(psi) / (sp.Dimension - 1)),
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

    /// <summary><see cref="Reduced.Expect"/> forwards its relative target: 1e−3 takes fewer evaluations than the default
    /// (1e−12 for the conditional reductions, 1e−11 for the polar fallback), 1e−14 more; all agree within the loose target.</summary>
    [Theory]
    [InlineData("G")]
    [InlineData("S")]
    [InlineData("C")]
    public void Reduced_forwards_its_tolerance(string name)
    {
        RadialLaw law = name switch { "G" => new GaussianRadius(3, 1.2), "S" => new SphereProjectionRadius(3), _ => new CircleRadius() };
        var l = new CountingLoss();
        double a = 4, c = Math.Cos(0.9), s = Math.Sin(0.9);
        Estimate Run(double? tol) => Reduced.Expect(law, c, s, (x1, y) => l.D1(y * a * x1) * y, 1, false, tol);
        Estimate loose = default, def = default, tight = default;
        var nLoose = CountingLoss.Count(l, () => loose = Run(1e-3));
        var nDef = CountingLoss.Count(l, () => def = Run(null));
        var nTight = CountingLoss.Count(l, () => tight = Run(1e-14));
        var nDefExplicit = CountingLoss.Count(l, () => Run(name == "C" ? Quadrature.DefaultRelativeTolerance : 1e-12));
        Assert.True(nLoose < nDef && nDef < nTight, $"{name}: evaluations {nLoose} (1e−3), {nDef} (default), {nTight} (1e−14)");
        Assert.Equal(nDefExplicit, nDef);
        Assert.True(Math.Abs(loose.Value - tight.Value) <= 1e-3 * Math.Abs(tight.Value)
            && Math.Abs(def.Value - tight.Value) <= 1e-11 * Math.Abs(tight.Value));
    }
}
