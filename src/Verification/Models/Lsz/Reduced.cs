using MathNet.Numerics;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>
/// One-dimensional reductions of E[F(x₁, y) · x₂^k] (k = 0, 1, 2) and E[F(x₁, y) · m⊥] over a spherically symmetric D₂ in the
/// frame w = (a, 0), v = (cos θ, sin θ), sin θ ≥ 0. Given x₁, the label y = sgn(cos θ x₁ + sin θ x₂) only depends on whether
/// x₂ exceeds −x₁ cot θ, and the conditional law of x₂ given x₁ is known in closed form:
/// N(0, s²) for the Gaussian (Φ, φ), and m·τ with m = √(R² − x₁²) and τ ∝ (1 − τ²)^(β−1), β = (d − 2)/2, for the sphere
/// R·S^(d−1) (regularised incomplete beta function). The remaining integral over x₁ is adaptive Gauss-Kronrod split where
/// ℓ(y a x₁) turns sharply (x₁ = 0) and where the threshold leaves [−m, m]. Circles and mixtures of them fall back to the
/// planar (polar) quadrature. The planar quadrature of <see cref="Planar"/> is the independent cross-check (unit tests).
/// </summary>
public static class Reduced
{
    /// <param name="relTol">Relative target per piece; null keeps the engine's defaults (1e−12 for the conditional reductions,
    /// <see cref="Quadrature.DefaultRelativeTolerance"/> for the planar fallback).</param>
    public static Estimate Expect(RadialLaw law, double cos, double sin, Func<double, double, double> f, int k, bool perp, double? relTol = null)
    {
        switch (law)
        {
            case RadialMixture mix:
                {
                    double v = 0, e = 0;
                    foreach (var (wt, part) in mix.Parts) { var r = Expect(part, cos, sin, f, k, perp, relTol); v += wt * r.Value; e += wt * r.Error; }
                    return new Estimate(v, e);
                }
            case GaussianRadius g: return Gaussian(g.Scale, cos, sin, f, k, perp, relTol ?? 1e-12);
            case SphereProjectionRadius s: return Sphere(s.Dimension, s.Radius, cos, sin, f, k, perp, relTol ?? 1e-12);
            default:
                return Planar.Expect(law, Planar.Identity, [1, 0], [cos, sin], (x1, x2, y, m) => f(x1, y) * (perp ? m : k == 0 ? 1 : k == 1 ? x2 : x2 * x2),
                    relTol ?? Quadrature.DefaultRelativeTolerance);
        }
    }

    private static double Phi(double z) => Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
    private static double UpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    private static Estimate Gaussian(double s, double cos, double sin, Func<double, double, double> f, int k, bool perp, double relTol)
    {
        double Integrand(double z1)
        {
            var x1 = s * z1;
            double fp = f(x1, 1), fm = f(x1, -1);
            if (sin <= 0)
            {
                var fy = cos * x1 >= 0 ? fp : fm;
                return Phi(z1) * (perp ? s * s * fy : k == 0 ? fy : k == 1 ? 0 : s * s * fy);
            }
            var kk = -cos * z1 / sin;
            var pp = UpperTail(kk);
            var ph = Phi(kk);
            var val = perp ? s * s * (pp * fp + (1 - pp) * fm)
                : k == 0 ? pp * fp + (1 - pp) * fm
                : k == 1 ? s * ph * (fp - fm)
                : s * s * ((pp + kk * ph) * fp + (1 - pp - kk * ph) * fm);
            return Phi(z1) * val;
        }
        var cut = GaussianRadius.Cut;
        // the label's conditional probability turns within |z₁| ≲ 40 sin θ/|cos θ| (|k| ≤ 40 covers double precision)
        var brk = new List<double> { 0, -4, 4 };
        if (sin > 0 && Math.Abs(cos) > 0)
            foreach (var m in new[] { 1.0, 8, 40 }) { var z = m * sin / Math.Abs(cos); if (z < 4) { brk.Add(z); brk.Add(-z); } }
        var r = Quadrature.Piecewise(Integrand, -cut, cut, brk, relTol);
        return new Estimate(r.Value, r.Error + 1e-38);
    }

    private static Estimate Sphere(int d, double radius, double cos, double sin, Func<double, double, double> f, int k, bool perp, double relTol)
    {
        var beta = (d - 2) / 2.0;
        var zs = Math.Sqrt(Math.PI) * Math.Exp(SpecialFunctions.GammaLn((d - 1) / 2.0) - SpecialFunctions.GammaLn(d / 2.0));
        var zt = ZTau(beta);
        var ratio = ZTau(beta + 1) / zt;
        var etau2 = 1 / (2 * beta + 1);
        double Integrand(double psi)
        {
            var s = Math.Cos(psi);
            var m = Math.Sin(psi);
            var x1 = radius * s;
            var weight = Math.Pow(m, d - 2) / zs;
            double fp = f(x1, 1), fm = f(x1, -1);
            var rm2 = radius * radius * m * m;
            if (sin <= 0 || m == 0)
            {
                var fy = cos * x1 >= 0 ? fp : fm;
                return weight * (perp ? rm2 / (d - 2) * (1 - etau2) * fy : k == 0 ? fy : k == 1 ? 0 : rm2 * etau2 * fy);
            }
            var kk = Math.Clamp(-cos * s / (sin * m), -1, 1);
            var pp = 1 - SpecialFunctions.BetaRegularized(beta, beta, (1 + kk) / 2);
            var t1 = Math.Pow(1 - kk * kk, beta) / (2 * beta * zt);
            var t2 = pp - ratio * (1 - SpecialFunctions.BetaRegularized(beta + 1, beta + 1, (1 + kk) / 2));
            var val = perp ? rm2 / (d - 2) * ((pp - t2) * fp + ((1 - pp) - (etau2 - t2)) * fm)
                : k == 0 ? pp * fp + (1 - pp) * fm
                : k == 1 ? radius * m * t1 * (fp - fm)
                : rm2 * (t2 * fp + (etau2 - t2) * fm);
            return weight * val;
        }
        var brk = new List<double> { Math.PI / 2 };
        if (sin > 0) { var p = Math.Atan(Math.Abs(cos) / sin); brk.Add(p); brk.Add(Math.PI - p); }
        return Quadrature.Piecewise(Integrand, 0, Math.PI, brk, relTol);
    }

    /// <summary>∫_{−1}^{1} (1 − τ²)^(β−1) dτ = 2^(2β−1) B(β, β).</summary>
    private static double ZTau(double beta) => Math.Exp((2 * beta - 1) * Math.Log(2) + SpecialFunctions.BetaLn(beta, beta));
}
