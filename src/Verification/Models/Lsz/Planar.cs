using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>
/// Expectations over a planar x = r M (cos φ, sin φ), φ uniform and independent of r, by nested adaptive Gauss-Kronrod
/// quadrature: inner over φ split at the four angles where vᵀx = 0 (jump of y) and wᵀx = 0 (sharp transition of ℓ' for large
/// ‖w‖), outer over the radial law. The error estimate is the outer estimate plus the largest inner estimate (the radial
/// law is a probability measure).
/// </summary>
public static class Planar
{
    /// <summary>E F(x₁, x₂, y, m⊥(r)) where m⊥(r) is the radial law's conditional perpendicular second moment.</summary>
    public static Estimate Expect(RadialLaw law, double[,] m, double[] w2, double[] v2, Func<double, double, double, double, double> f,
        double relTol = Quadrature.DefaultRelativeTolerance)
    {
        if (law is RadialMixture mix)
        {
            double val = 0, err = 0;
            foreach (var (wt, part) in mix.Parts)
            {
                var e = Expect(part, m, w2, v2, f, relTol);
                val += wt * e.Value;
                err += wt * e.Error;
            }
            return new Estimate(val, err);
        }
        var breaks = new List<double>();
        void AddPerp(double a, double b)
        {
            // angles φ with (a, b)·M u(φ) = 0, i.e. u ⊥ Mᵀ(a, b)
            var px = m[0, 0] * a + m[1, 0] * b;
            var py = m[0, 1] * a + m[1, 1] * b;
            if (px == 0 && py == 0) return;
            var ang = Math.Atan2(py, px);
            breaks.Add(ang + Math.PI / 2);
            breaks.Add(ang - Math.PI / 2);
        }
        AddPerp(v2[0], v2[1]);
        AddPerp(w2[0], w2[1]);
        var start = breaks.Count > 0 ? breaks[0] : 0;
        var norm = breaks.Select(b => start + Mod2Pi(b - start)).ToList();
        var maxInner = 0.0;
        var outer = law.Expect(r =>
        {
            var perp = law.Dimension > 2 ? law.PerpSecondMoment(r) : 0;
            var inner = Quadrature.Piecewise(phi =>
            {
                var ux = Math.Cos(phi);
                var uy = Math.Sin(phi);
                var x1 = r * (m[0, 0] * ux + m[0, 1] * uy);
                var x2 = r * (m[1, 0] * ux + m[1, 1] * uy);
                var y = v2[0] * x1 + v2[1] * x2 >= 0 ? 1.0 : -1.0;
                return f(x1, x2, y, perp);
            }, start, start + 2 * Math.PI, norm, relTol);
            maxInner = Math.Max(maxInner, inner.Error / (2 * Math.PI));
            return inner.Value / (2 * Math.PI);
        });
        return new Estimate(outer.Value, outer.Error + maxInner);
    }

    private static double Mod2Pi(double x)
    {
        var r = x % (2 * Math.PI);
        return r < 0 ? r + 2 * Math.PI : r;
    }

    public static readonly double[,] Identity = { { 1, 0 }, { 0, 1 } };
}
