using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Xunit;

namespace Verification.Tests.Models.Lsz;

/// <summary><see cref="Planar.Expect"/> directly: moments over radial mixtures, no break point at all, and break points where a
/// line lies on a coordinate axis.</summary>
[Trait("Paper", "LSZ")]
public class PlanarTests
{
    private static void Close(double want, double got, double rel, string what) =>
        Assert.True(Math.Abs(got - want) <= rel * Math.Abs(want), $"{what}: {got:R} vs {want:R}");

    /// <summary><see cref="Planar.Expect"/> over a radial mixture is the weighted sum over its parts (values and errors), with
    /// E 1 = 1, E x₁² = E r²/2 and E y x = (2c₀/π)v (E|vᵀx| = c₀ E|cos φ|), including w = 0 (no break of its own).</summary>
    [Fact]
    public void Planar_expectations_of_moments()
    {
        var law = new RadialMixture([(1, new CircleRadius(1)), (1, new CircleRadius(3))]);
        double[] v = [0.6, 0.8];
        foreach (var w in new[] { new[] { 0.0, 0 }, [0, 1.5], [2, -1] })
        {
            var one = Planar.Expect(law, Planar.Identity, w, v, (x1, x2, y, m) => 1);
            Close(1, one.Value, 1e-14, "E 1");
            Assert.True(one.Error >= 0 && one.Error < 1e-12, $"error {one.Error}");
            var x11 = Planar.Expect(law, Planar.Identity, w, v, (x1, x2, y, m) => x1 * x1);
            Close((0.5 + 4.5) / 2, x11.Value, 1e-14, "E x₁²");
            var yx = Planar.Expect(law, Planar.Identity, w, v, (x1, x2, y, m) => y * x2);
            Close(2 * 2 / Math.PI * 0.8, yx.Value, 1e-13, "E y x₂");
        }
        // M swaps the coordinates: the label's jumps (vᵀMu = sin φ = 0) are break points although Mᵀv lies on an axis
        foreach (var w in new[] { new[] { 0.0, 0 }, [0.4, 1] })
        {
            var swap = Planar.Expect(new CircleRadius(), new double[,] { { 0, 1 }, { 1, 0 } }, w, [1, 0], (x1, x2, y, m) => y * x1);
            Close(2 / Math.PI, swap.Value, 1e-13, "E y x₁ under a swap");
            var ey = Planar.Expect(new CircleRadius(), new double[,] { { 0, 1 }, { 1, 0 } }, w, [1, 0], (x1, x2, y, m) => y + x2);
            Assert.True(Math.Abs(ey.Value) <= 1e-14, $"E[y + x₂] = {ey} under a swap");
        }
        // a perpendicular second moment is passed for d > 2 only (R·S^(d−1): (R² − r²)/(d − 2))
        var perp = Planar.Expect(new SphereProjectionRadius(4, 2), Planar.Identity, [0, 0], [1, 0], (x1, x2, y, m) => m);
        Close(4.0 / 4, perp.Value, 1e-9, "E x₃² on 2·S³");
        var perp2 = Planar.Expect(new GaussianRadius(2, 2), Planar.Identity, [0, 0], [1, 0], (x1, x2, y, m) => m);
        Assert.Equal(0, perp2.Value);
    }

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
            Assert.True(Math.Abs(e.Value - want) <= 1e-10 * want && Math.Abs(e.Value - want) <= e.Error, $"M = [[{m[0, 0]}, {m[0, 1]}], [{m[1, 0]}, " +
                $"{m[1, 1]}]]: E ℓ''(a x₁) = {e} vs {want:R}");
            var ey = Planar.Expect(new CircleRadius(), m, [0.4, 1], [1, 0], (x1, x2, y, _) => y);
            Assert.True(Math.Abs(ey.Value) <= 1e-15 && ey.Error <= 1e-12, $"M = [[{m[0, 0]}, {m[0, 1]}], [{m[1, 0]}, {m[1, 1]}]]: E y = {ey}");
        }
    }
}
