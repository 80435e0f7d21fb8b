using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Models.Lsz;
using Xunit;
using static Verification.Tests.Models.Lsz.ModelsOracles;

namespace Verification.Tests.Models.Lsz;

/// <summary>The frame of span{w, v}: a = ‖w‖, e₁, e₂, cos θ and sin θ, also at w = 0 and for w ∥ ±v.</summary>
public partial class PopulationTests
{
    /// <summary>Frame(w): a = ‖w‖, e₁ = w/‖w‖ (v at w = 0), e₂ a unit vector ⟂ e₁, v = cos θ e₁ + sin θ e₂ with sin θ ≥ 0; at w = 0
    /// exactly cos θ = 1, sin θ = 0; for w ∥ ±v, sin θ = 0 exactly and e₂ is still a unit vector ⟂ e₁.</summary>
    [Fact]
    public void Frame_of_span_w_v()
    {
        var r3 = Math.Sqrt(1 / 3.0);
        foreach (var v in new[] { new[] { 0.6, 0.8, 0 }, [0, 1, 0], [1, 0, 0], [r3, -r3, r3], [0, 0.8, -0.6] })
        {
            var pop = new SphericalPopulation(new SphereProjectionRadius(3), v);
            foreach (var w in new[] { new[] { 0.0, 0, 0 }, [1.5, -2, 0.5], Vec.Scale(2, v), Vec.Scale(-0.5, v), [0.9, 0, 0], [0, 3, 0], [0.3, 0.1, -4] })
            {
                var (a, c, s, e1, e2) = pop.Frame(w);
                var n = Vec.Norm(w);
                var what = $"v = ({string.Join(", ", v)}), w = ({string.Join(", ", w)})";
                Assert.Equal(n, a);
                Assert.True(Math.Abs(Vec.Norm(e1) - 1) < 1e-15 && Math.Abs(Vec.Norm(e2) - 1) < 1e-15, $"{what}: unit vectors");
                Assert.True(Math.Abs(Vec.Dot(e1, e2)) < 1e-15, $"{what}: e₁ ⟂ e₂");
                Assert.True(s >= 0, what);
                Assert.True(MaxDiff(Vec.Axpy(c, e1, Vec.Scale(s, e2)), v) < 1e-15, $"{what}: v = cos θ e₁ + sin θ e₂");
                if (n == 0)
                {
                    Assert.Equal(1, c);
                    Assert.Equal(0, s);
                    Assert.Equal(v, e1);
                }
                else
                {
                    Assert.True(MaxDiff(e1, Vec.Scale(1 / n, w)) < 1e-15, what);
                    Close(Vec.Dot(w, v) / n, c, 1e-15, what);
                    if (Math.Abs(Math.Abs(Vec.Dot(w, v)) - n) < 1e-15 * n) Assert.Equal(0, s);
                }
            }
        }
    }

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
}
