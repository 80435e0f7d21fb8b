using MathNet.Numerics;
using MathNet.Numerics.Integration;
using Verification.Models.Lsz;
using Xunit;

namespace Verification.Tests.Models.Lsz;

/// <summary>
/// Independent oracles for the population models of Models/Lsz: closed forms and low-dimensional integrals written out
/// directly (other coordinates, other special functions and another quadrature than the code under test).
/// </summary>
internal static class ModelsOracles
{
    /// <summary>Standard normal cdf Φ and density φ.</summary>
    public static double NormalCdf(double x) => 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2));
    public static double NormalPdf(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);

    /// <summary>
    /// ∫_a^b f over the pieces between the sorted break points, each piece mapped by t = p + (q − p)(1 − cos πs)/2 (which
    /// makes square-root endpoint singularities smooth) and integrated by composite 40-point Gauss–Legendre on 4 panels of s.
    /// Fixed rules: for integrands analytic on each piece (apart from such endpoint singularities) the error is near rounding.
    /// </summary>
    public static double Integrate(Func<double, double> f, double a, double b, IEnumerable<double> breaks)
    {
        var pts = breaks.Where(t => t > a && t < b).Append(a).Append(b).Order().ToList();
        var sum = 0.0;
        for (var i = 0; i + 1 < pts.Count; i++)
        {
            double p = pts[i], q = pts[i + 1];
            if (!(q > p)) continue;
            for (var j = 0; j < 4; j++)
                sum += GaussLegendreRule.Integrate(s =>
                    f(p + (q - p) * (1 - Math.Cos(Math.PI * s)) / 2) * (q - p) * Math.PI * Math.Sin(Math.PI * s) / 2, j / 4.0, (j + 1) / 4.0, 40);
        }
        return sum;
    }

    /// <summary>Angles φ ∈ [0, 2π) where (p, q)·(cos φ, sin φ) = 0.</summary>
    public static IEnumerable<double> ZeroAngles(double p, double q)
    {
        if (p == 0 && q == 0) yield break;
        var phi = Math.Atan2(q, p);
        foreach (var t in new[] { phi + Math.PI / 2, phi - Math.PI / 2, phi + 3 * Math.PI / 2 })
            if (t >= 0 && t < 2 * Math.PI) yield return t;
    }

    /// <summary>E g(x, y) for x = M (cos φ, sin φ), φ uniform on [0, 2π), y = sgn(vᵀx) (sgn 0 = +1), by quadrature over φ
    /// split where vᵀx = 0 and wᵀx = 0.</summary>
    public static double Ellipse(double[,] m, double[] v, double[] w, Func<double, double, double, double> g)
    {
        var breaks = ZeroAngles(m[0, 0] * v[0] + m[1, 0] * v[1], m[0, 1] * v[0] + m[1, 1] * v[1])
            .Concat(ZeroAngles(m[0, 0] * w[0] + m[1, 0] * w[1], m[0, 1] * w[0] + m[1, 1] * w[1]));
        return Integrate(phi =>
        {
            double c = Math.Cos(phi), s = Math.Sin(phi);
            double x1 = m[0, 0] * c + m[0, 1] * s, x2 = m[1, 0] * c + m[1, 1] * s;
            var y = v[0] * x1 + v[1] * x2 >= 0 ? 1.0 : -1.0;
            return g(x1, x2, y);
        }, 0, 2 * Math.PI, breaks) / (2 * Math.PI);
    }

    /// <summary>
    /// E[F(x₁, y) · X] for x uniform on R·S² in the frame w = (a, 0, 0), v = (cos θ, sin θ, 0), X = 1, x₂, x₂² or x₃²
    /// (<paramref name="kind"/> 0, 1, 2, 3). Archimedes: x₁ = R t with t uniform on [−1, 1]; given t, (x₂, x₃) = Rρ(cos φ, sin φ),
    /// ρ = √(1 − t²), φ uniform, and y = +1 iff cos φ ≥ κ = −t cos θ/(ρ sin θ), i.e. on |φ| ≤ α = arccos κ, where the
    /// φ-integrals of 1, cos φ, cos²φ, sin²φ are elementary (the code under test uses the regularised incomplete beta function
    /// in the polar angle of x₁ instead).
    /// </summary>
    public static double SphereS2(double radius, double cos, double sin, Func<double, double, double> f, int kind)
    {
        double G(double t)
        {
            var rho2 = Math.Max(0, 1 - t * t);
            var rho = Math.Sqrt(rho2);
            var r2 = radius * radius * rho2;
            double fp = f(radius * t, 1), fm = f(radius * t, -1);
            if (sin == 0)
            {
                var fy = cos * t >= 0 ? fp : fm;
                return fy * kind switch { 0 => 1, 1 => 0, _ => r2 / 2 };
            }
            var kappa = rho == 0 ? -Math.Sign(t * cos) * double.PositiveInfinity : -t * cos / (rho * sin);
            var al = Math.Acos(Math.Clamp(kappa, -1, 1));
            double sa = Math.Sin(al), ca = Math.Cos(al);
            return kind switch
            {
                0 => fp * al / Math.PI + fm * (1 - al / Math.PI),
                1 => (fp - fm) * radius * rho * sa / Math.PI,
                2 => fp * r2 * (al + sa * ca) / (2 * Math.PI) + fm * (r2 / 2 - r2 * (al + sa * ca) / (2 * Math.PI)),
                _ => fp * r2 * (al - sa * ca) / (2 * Math.PI) + fm * (r2 / 2 - r2 * (al - sa * ca) / (2 * Math.PI)),
            };
        }
        return Integrate(G, -1, 1, [0, sin, -sin]) / 2;
    }

    /// <summary>
    /// Exponential loss ℓ(z) = e^(−z) on x ∼ N(0, Σ), y = sgn(vᵀx), in closed form. With u = vᵀx, σᵤ² = vᵀΣv, the conditional
    /// law wᵀx | u ∼ N(u wᵀΣv/σᵤ², wᵀΣw − (wᵀΣv)²/σᵤ²) gives L(w) = E e^(−y wᵀx) = 2 e^(wᵀΣw/2) Φ(−z), z = wᵀΣv/σᵤ;
    /// differentiating: ∇L = 2E(Φ(−z) Σw − φ(z) Σv/σᵤ), ∇²L = 2E(Φ(−z)(Σ + Σw wᵀΣ) − φ(z)(Σw vᵀΣ + Σv wᵀΣ)/σᵤ + z φ(z) Σv vᵀΣ/σᵤ²),
    /// E = e^(wᵀΣw/2).
    /// </summary>
    public static (double L, double[] G, double[,] H) ExponentialGaussian(double[,] sigma, double[] w, double[] v)
    {
        var d = w.Length;
        double[] Mv(double[] x) { var r = new double[d]; for (var i = 0; i < d; i++) for (var j = 0; j < d; j++) r[i] += sigma[i, j] * x[j]; return r; }
        double Dot(double[] x, double[] y) { var s = 0.0; for (var i = 0; i < d; i++) s += x[i] * y[i]; return s; }
        var sw = Mv(w);
        var sv = Mv(v);
        var su = Math.Sqrt(Dot(v, sv));
        var z = Dot(w, sv) / su;
        var e = Math.Exp(Dot(w, sw) / 2);
        var p = NormalCdf(-z);
        var q = NormalPdf(z);
        var g = new double[d];
        var h = new double[d, d];
        for (var i = 0; i < d; i++)
        {
            g[i] = 2 * e * (p * sw[i] - q * sv[i] / su);
            for (var j = 0; j < d; j++)
                h[i, j] = 2 * e * (p * (sigma[i, j] + sw[i] * sw[j]) - q * (sw[i] * sv[j] + sv[i] * sw[j]) / su + z * q * sv[i] * sv[j] / (su * su));
        }
        return (2 * e * p, g, h);
    }

    public static double[,] ScaledIdentity(int d, double s2)
    {
        var m = new double[d, d];
        for (var i = 0; i < d; i++) m[i, i] = s2;
        return m;
    }

    /// <summary>Logistic loss and derivatives written out directly (no branch for large |z|: used only for |z| ≤ 30).</summary>
    public static double LogisticValue(double z) => Math.Log(1 + Math.Exp(-z));
    public static double LogisticD1(double z) => -1 / (1 + Math.Exp(z));
    public static double LogisticD2(double z) => Math.Exp(z) / ((1 + Math.Exp(z)) * (1 + Math.Exp(z)));

    /// <summary>Largest absolute entry difference.</summary>
    public static double MaxDiff(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

    public static double MaxDiff(double[,] a, double[,] b)
    {
        var m = 0.0;
        for (var i = 0; i < a.GetLength(0); i++) for (var j = 0; j < a.GetLength(1); j++) m = Math.Max(m, Math.Abs(a[i, j] - b[i, j]));
        return m;
    }

    /// <summary>An estimate agrees with its oracle: every entry within <paramref name="valueTolerance"/>·scale, and the error
    /// estimate in [0, <paramref name="errorBound"/>·scale].</summary>
    public static void AssertAgrees(VectorEstimate e, double[] oracle, double scale, double valueTolerance, double errorBound, string what)
    {
        Assert.True(MaxDiff(e.Value, oracle) <= valueTolerance * scale, $"{what}: ({string.Join(", ", e.Value)}) vs ({string.Join(", ", oracle)})");
        Assert.True(e.Error >= 0 && e.Error <= errorBound * scale, $"{what}: error {e.Error}");
    }

    /// <inheritdoc cref="AssertAgrees(VectorEstimate, double[], double, double, double, string)"/>
    public static void AssertAgrees(MatrixEstimate e, double[,] oracle, double scale, double valueTolerance, double errorBound, string what)
    {
        Assert.True(MaxDiff(e.Value, oracle) <= valueTolerance * scale, $"{what} differs by {MaxDiff(e.Value, oracle):E2}");
        Assert.True(e.Error >= 0 && e.Error <= errorBound * scale, $"{what}: error {e.Error}");
    }

    public static double MaxAbs(double[,] a)
    {
        var m = 0.0;
        foreach (var x in a) m = Math.Max(m, Math.Abs(x));
        return m;
    }
}
