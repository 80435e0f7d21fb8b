using Verification.Models.Sbg;
using Xunit;
using static Verification.Tests.Models.Sbg.SbgAssert;

namespace Verification.Tests.Models.Sbg;

/// <summary>The clustering, region, PAR and margin measures of the experiments, written out on small networks.</summary>
[Trait("Paper", "SBG")]
public class MeasuresTests
{
    [Fact]
    public void Measures_written_out()
    {
        // w̄ = (1, 0), r = 1/2 (from W), ū = 0.
        var net = new LeakyReluNetwork<double>([[1, 0.5], [1, -0.5]], [[0, 0], [0, 0]], 1, 0.5);
        Assert.Equal(0.5, Measures.Radius(net));
        Assert.Equal(1, Measures.CentreDistance(net));
        // |(w̄ − ū)·x| < 2r‖x‖ = ‖x‖: (1, 0) is on the boundary (inside the linear region), (0, 1) and (1, 1) outside.
        Assert.Equal(2.0 / 3, Measures.FractionOutsideLinearRegion(net, [[1, 0], [0, 1], [1, 1]]));
        Assert.Equal(0.0, Measures.FractionOutsideLinearRegion(net, [[2, 0]]));
        Assert.Equal(Math.PI, Measures.MaxAngle([[1, 0], [0, 0], [0, 2], [-3, 0]]), 12);
        Assert.Equal(Math.PI / 2, Measures.MaxAngle([[1, 0], [0, 0], [0, 2]]), 12);
        Assert.Equal(0, Measures.MaxAngle([[1, 1]]));
        // Non-unit vectors at an angle strictly between 0 and π/2: the cosine must be normalised by both norms.
        Assert.Equal(Math.PI / 4, Measures.MaxAngle([[2, 0], [3, 3]]), 12);
        Assert.Equal(Math.Acos(0.6), Measures.MaxAngle([[0.5, 0], [3, 4]]), 12);
        var wide = new LeakyReluNetwork<double>([[1, 0], [0, 1]], [[1, 0], [1, 1]], 1, 0.5);
        Assert.Equal(Math.PI / 2, Measures.MaxIntraTypeAngle(wide), 12);
        var wideU = new LeakyReluNetwork<double>([[1, 0], [1, 1]], [[1, 0], [-1, 0]], 1, 0.5);
        Assert.Equal(Math.PI, Measures.MaxIntraTypeAngle(wideU), 12);
        Assert.Equal(Math.Sqrt(1 + 1 + 1 + 2), Measures.ThetaNorm(wide), 14);
        var s = new Dataset<double>([[1, 0], [-1, 0], [0, 1]], [1, -1, 1]);
        // sign(w·x) = y on all points: w = (1, 1) yes, (1, 0) no (0 on the third point); u = (−1, −1) yes.
        var par = new LeakyReluNetwork<double>([[1, 1], [1, 0]], [[-1, -1], [-1, 1]], 1, 0.5);
        Assert.Equal(0.5, Measures.ParFractionW(par, s));
        Assert.Equal(0.5, Measures.ParFractionU(par, s));
        Assert.Equal(1.0, Measures.ParFractionU(new LeakyReluNetwork<double>([[1, 1]], [[-1, -2]], 1, 0.5), s));
        // sign patterns (w·x > 0): (1,1) → T F T; (1,0) → T F F; (−1,0) → F T F: the largest disagreement is 3.
        Assert.Equal(3, Measures.MaxDisagreement([[1, 1], [1, 0], [-1, 0]], s));
        Assert.Equal(1, Measures.MaxDisagreement([[1, 1], [1, 0]], s));
        Assert.Equal(0, Measures.MaxDisagreement([[1, 1]], s));
        var (logSum, min) = Measures.Margins(par, s);
        var q = Enumerable.Range(0, 3).Select(i => s.Y[i] * par.Output(s.X[i])).ToArray();
        Close(Math.Log(q.Sum(z => Math.Log(1 + Math.Exp(-z)))), logSum, 1e-14);
        Assert.Equal(q.Min(), min);
        // An angle that is neither 0, π/2 nor π: cos = ⟨a, b⟩/(|a||b|) = 1/√2.
        Assert.Equal(Math.PI / 4, Measures.MaxAngle([[2, 0], [1, 1]]), 12);
    }
}
