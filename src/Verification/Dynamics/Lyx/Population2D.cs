using MathNet.Numerics.Integration;

namespace Verification.Dynamics.Lyx;

/// <summary>A radial density on the annulus m ≤ |x| ≤ M in R²: p(x) = c |x|^α (α = 0 is uniform), normalised to mass 1.</summary>
public sealed record AnnulusDensity
{
    public AnnulusDensity(double m, double bigM, double alpha = 0)
    {
        if (!(m > 0) || !(bigM > m)) throw new ArgumentException($"Need 0 < m < M, got m = {m}, M = {bigM}.");
        if (!(alpha > -2)) throw new ArgumentException("Need α > −2 for a finite mass.");
        Min = m;
        Max = bigM;
        Alpha = alpha;
        // 2π c ∫_m^M r^(α+1) dr = 1
        C = 1 / (2 * Math.PI * (Math.Pow(bigM, alpha + 2) - Math.Pow(m, alpha + 2)) / (alpha + 2));
    }

    public double Min { get; }
    public double Max { get; }
    public double Alpha { get; }
    public double C { get; }

    /// <summary>∫_{r1}^{r2} r^s p(r) dr (radial moments; the area element contributes one power of r).</summary>
    public double Moment(double r1, double r2, int s)
    {
        var e = s + Alpha + 1;
        return e == 0 ? C * Math.Log(r2 / r1) : C * (Math.Pow(r2, e) - Math.Pow(r1, e)) / e; // ∫ r⁻¹ dr = ln at s + α = −1
    }

    public double PMax => C * Math.Max(Math.Pow(Min, Alpha), Math.Pow(Max, Alpha));
    public double PMin => C * Math.Min(Math.Pow(Min, Alpha), Math.Pow(Max, Alpha));

    /// <summary>
    /// C_p = max_{v, a} ∫_{⟨v, x⟩ = a} p(x) dS (LYX Lemma 3): the largest line integral. For the uniform density (α = 0) it is
    /// attained at the tangent line to the inner circle, C_p = 2 p √(M² − m²); for α ≠ 0 it is maximised numerically over a
    /// (the chord integral ∫ p(√(a² + t²)) dt by Gauss–Kronrod, a by golden-section search on a grid bracket).
    /// </summary>
    public double Cp()
    {
        if (Alpha == 0) return 2 * C * Math.Sqrt(Max * Max - Min * Min);
        double Line(double a)
        {
            // ∫ over t with m ≤ √(a²+t²) ≤ M of c (a²+t²)^(α/2) dt, both halves
            var tMax = Math.Sqrt(Math.Max(0, Max * Max - a * a));
            var tMin = a < Min ? Math.Sqrt(Min * Min - a * a) : 0;
            if (tMax <= tMin) return 0;
            return 2 * GaussKronrodRule.Integrate(t => C * Math.Pow(a * a + t * t, Alpha / 2), tMin, tMax, out _, out _, 1e-12, 15, 30);
        }
        var best = 0.0;
        var bestA = 0.0;
        for (var i = 0; i <= 400; i++)
        {
            var a = Max * i / 400;
            var v = Line(a);
            if (v > best) { best = v; bestA = a; }
        }
        double lo = Math.Max(0, bestA - Max / 400), hi = Math.Min(Max, bestA + Max / 400);
        for (var it = 0; it < 60; it++)
        {
            var m1 = lo + (hi - lo) * 0.382;
            var m2 = lo + (hi - lo) * 0.618;
            if (Line(m1) < Line(m2)) lo = m1; else hi = m2;
        }
        return Math.Max(best, Line((lo + hi) / 2));
    }
}

/// <summary>
/// Population quantities of a ReLU network with hinge losses on a radial density in R², with error control.
/// Neurons l have weights w_l ∈ R² and biases b_l ≥ 0; margins φ_q(x) = Σ_l C[q, l] σ(⟨w_l, x⟩ − b_l) (conference class 1:
/// one margin f̃ with C = (1..1, −1..−1); journal class i: φ_r = f_i − f_r with C[r, l] = v_{i,l} − v_{r,l}). The loss is
/// Σ_q E σ(1 − φ_q). Along a ray x = rω every φ_q is piecewise linear in r with breakpoints r = b_l/⟨w_l, ω⟩, so every
/// radial integral is exact (closed-form moments of the density); for b = 0 a single linear piece, i.e. closed form per
/// angle. The angular integral is split at the angles where an activation pattern changes on the annulus (⟨w_l, ω⟩ = 0,
/// b_l/m, b_l/M) and each piece integrated by adaptive 10-point Gauss–Legendre, bisecting until two levels agree; the
/// reported error is the sum of those differences (an estimate, not a proof: the integrand is smooth on each piece except at
/// the finitely many kinks where φ_q = 1 crosses m or M or two breakpoints cross, which bisection localises).
/// </summary>
public sealed class Population2D
{
    private static readonly double[] Nodes;
    private static readonly double[] Weights;

    static Population2D()
    {
        var rule = new GaussLegendreRule(-1, 1, 10);
        Nodes = rule.Abscissas;
        Weights = rule.Weights;
    }

    public Population2D(AnnulusDensity density, double[][] w, double[] b, double[][] c, double tolerance = 1e-11)
    {
        if (w.Length == 0 || w.Any(v => v.Length != 2)) throw new ArgumentException("Need at least one neuron in R².");
        if (b.Length != w.Length || b.Any(x => !(x >= 0))) throw new ArgumentException("Need one bias b_l ≥ 0 per neuron.");
        if (c.Length == 0 || c.Any(r => r.Length != w.Length)) throw new ArgumentException("Margin coefficients must have one entry per neuron.");
        // with a tolerance ≤ 0 (or NaN) every panel would split to the depth cap, 2⁴⁰ panels
        if (!(tolerance > 0)) throw new ArgumentException($"The quadrature tolerance must be positive, got {tolerance}.");
        Density = density;
        Wt = w;
        Bias = b;
        Coef = c;
        Tolerance = tolerance;
    }

    public AnnulusDensity Density { get; }
    public double[][] Wt { get; }
    public double[] Bias { get; }
    public double[][] Coef { get; }
    public double Tolerance { get; }
    private int L => Wt.Length;
    private int Q => Coef.Length;

    /// <summary>Population quantities and the estimated absolute error of each.</summary>
    public sealed record Result(
        double Loss, double[] POmega, double[][] Gradient, double[,] EProj, double[,] PJoint, double Error)
    {
        /// <summary>P[Ω_q ∩ Ω_{w_l}] and E[1_{Ω_q ∩ Ω_{w_l}} ⟨w̃_l, x⟩] indexed [q, l].</summary>
        public double GradNormSquared => Gradient.Sum(g => g[0] * g[0] + g[1] * g[1]);
    }

    private int Size => 1 + Q + 2 * L + 2 * Q * L;

    public Result Compute()
    {
        var cuts = new List<double> { 0, 2 * Math.PI };
        for (var l = 0; l < L; l++)
        {
            var nrm = Math.Sqrt(Wt[l][0] * Wt[l][0] + Wt[l][1] * Wt[l][1]);
            if (nrm == 0) continue;
            var phi = Math.Atan2(Wt[l][1], Wt[l][0]);
            var offs = new List<double> { Math.PI / 2 };
            foreach (var r in new[] { Density.Min, Density.Max })
                if (Bias[l] > 0 && Bias[l] / (r * nrm) < 1) offs.Add(Math.Acos(Bias[l] / (r * nrm)));
            foreach (var o in offs)
                foreach (var t in new[] { phi + o, phi - o })
                    cuts.Add(((t % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI));
        }
        cuts.Sort();
        if (Bias.All(x => x == 0)) cuts = RefineHomogeneous(cuts);
        var total = new double[Size];
        var error = 0.0;
        var buf = new double[Size];
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            if (cuts[i + 1] - cuts[i] < 1e-15) continue;
            var whole = Panel(cuts[i], cuts[i + 1], buf);
            error += Adapt(cuts[i], cuts[i + 1], whole, total, 0);
        }
        var res = new Result(total[0], new double[Q], new double[L][], new double[Q, L], new double[Q, L], error);
        for (var q = 0; q < Q; q++) res.POmega[q] = total[1 + q];
        for (var l = 0; l < L; l++) res.Gradient[l] = [total[1 + Q + 2 * l], total[2 + Q + 2 * l]];
        var off = 1 + Q + 2 * L;
        for (var q = 0; q < Q; q++)
            for (var l = 0; l < L; l++)
            {
                res.EProj[q, l] = total[off + q * L + l];
                res.PJoint[q, l] = total[off + Q * L + q * L + l];
            }
        return res;
    }

    /// <summary>
    /// For b = 0, on each piece with a fixed activation pattern φ_q(rω) = r ⟨s_q, ω⟩ with s_q = Σ_{active} C[q, l] w_l, so the
    /// kinks of the radial integrals (where 1/⟨s_q, ω⟩ crosses m or M) are at θ = ψ_q ± arccos(c/|s_q|), c ∈ {1/m, 1/M}:
    /// adding them leaves only analytic integrands on every panel.
    /// </summary>
    private List<double> RefineHomogeneous(List<double> cuts)
    {
        var refined = new List<double>(cuts);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var mid = (cuts[i] + cuts[i + 1]) / 2;
            double cx = Math.Cos(mid), sy = Math.Sin(mid);
            for (var q = 0; q < Q; q++)
            {
                double sx = 0, syy = 0;
                for (var l = 0; l < L; l++)
                    if (Wt[l][0] * cx + Wt[l][1] * sy > 0) { sx += Coef[q][l] * Wt[l][0]; syy += Coef[q][l] * Wt[l][1]; }
                var rad = Math.Sqrt(sx * sx + syy * syy);
                if (rad == 0) continue;
                var psi = Math.Atan2(syy, sx);
                foreach (var c in new[] { 1 / Density.Min, 1 / Density.Max })
                {
                    if (c >= rad) continue;
                    var o = Math.Acos(c / rad);
                    foreach (var t in new[] { psi + o, psi - o })
                    {
                        var tt = ((t % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
                        if (tt > cuts[i] && tt < cuts[i + 1]) refined.Add(tt);
                    }
                }
            }
        }
        refined.Sort();
        return refined;
    }

    private double Adapt(double a, double b, double[] whole, double[] total, int depth)
    {
        var mid = (a + b) / 2;
        var left = Panel(a, mid, new double[Size]);
        var right = Panel(mid, b, new double[Size]);
        var diff = 0.0;
        for (var i = 0; i < Size; i++) diff = Math.Max(diff, Math.Abs(left[i] + right[i] - whole[i]));
        if (diff <= Tolerance * (b - a) / (2 * Math.PI) || depth >= 40)
        {
            for (var i = 0; i < Size; i++) total[i] += left[i] + right[i];
            return diff;
        }
        return Adapt(a, mid, left, total, depth + 1) + Adapt(mid, b, right, total, depth + 1);
    }

    private double[] Panel(double a, double b, double[] acc)
    {
        Array.Clear(acc);
        var h = (b - a) / 2;
        var m = (a + b) / 2;
        for (var i = 0; i < Nodes.Length; i++) Ray(m + h * Nodes[i], h * Weights[i], acc);
        return acc;
    }

    /// <summary>Adds weight × (radial integrals along the ray at angle θ) into acc.</summary>
    private void Ray(double theta, double weight, double[] acc)
    {
        double cx = Math.Cos(theta), sy = Math.Sin(theta);
        Span<double> a = stackalloc double[L];
        Span<double> brk = stackalloc double[L + 2];
        var nb = 0;
        brk[nb++] = Density.Min;
        brk[nb++] = Density.Max;
        for (var l = 0; l < L; l++)
        {
            a[l] = Wt[l][0] * cx + Wt[l][1] * sy;
            if (a[l] > 0 && Bias[l] > 0)
            {
                var t = Bias[l] / a[l];
                if (t > Density.Min && t < Density.Max) brk[nb++] = t;
            }
        }
        var br = brk[..nb];
        br.Sort();
        var off = 1 + Q + 2 * L;
        for (var p = 0; p + 1 < br.Length; p++)
        {
            double r0 = br[p], r1 = br[p + 1];
            if (r1 <= r0) continue;
            var rm = (r0 + r1) / 2;
            for (var q = 0; q < Q; q++)
            {
                // φ_q(r) = A + B r on this piece
                double A = 0, B = 0;
                for (var l = 0; l < L; l++)
                {
                    if (Coef[q][l] == 0 || !(rm * a[l] > Bias[l])) continue;
                    A -= Coef[q][l] * Bias[l];
                    B += Coef[q][l] * a[l];
                }
                // the sub-interval where φ_q < 1
                double s = r0, e = r1;
                if (B > 0) e = Math.Min(r1, (1 - A) / B);
                else if (B < 0) s = Math.Max(r0, (1 - A) / B);
                else if (A >= 1) continue;
                if (!(e > s)) continue;
                var i1 = Density.Moment(s, e, 1);
                var i2 = Density.Moment(s, e, 2);
                acc[0] += weight * ((1 - A) * i1 - B * i2);
                acc[1 + q] += weight * i1;
                for (var l = 0; l < L; l++)
                {
                    if (!(rm * a[l] > Bias[l])) continue;
                    var g = -Coef[q][l] * weight * i2;
                    acc[1 + Q + 2 * l] += g * cx;
                    acc[2 + Q + 2 * l] += g * sy;
                    var nrm = Math.Sqrt(Wt[l][0] * Wt[l][0] + Wt[l][1] * Wt[l][1]);
                    acc[off + q * L + l] += weight * a[l] / nrm * i2;
                    acc[off + Q * L + q * L + l] += weight * i1;
                }
            }
        }
    }

    /// <summary>The conference class-1 problem (6): neurons w_1..w_k then u_1..u_k, common bias b, margin f̃.</summary>
    public static Population2D Conference(AnnulusDensity density, double[][] w, double[][] u, double b, double tol = 1e-11)
    {
        var k = w.Length;
        var coef = new double[1][];
        coef[0] = Enumerable.Range(0, 2 * k).Select(l => l < k ? 1.0 : -1.0).ToArray();
        return new Population2D(density, w.Concat(u).ToArray(), Enumerable.Repeat(b, 2 * k).ToArray(), coef, tol);
    }

    /// <summary>The journal class-i problem (6): margins φ_r = f_i − f_r for r ≠ i, C[r, l] = v_{i,l} − v_{r,l}.</summary>
    public static Population2D Journal(AnnulusDensity density, double[][] w, double[] b, double[][] v, int i, double tol = 1e-11)
    {
        var coef = Enumerable.Range(0, v.Length).Where(r => r != i)
            .Select(r => Enumerable.Range(0, w.Length).Select(l => v[i][l] - v[r][l]).ToArray()).ToArray();
        return new Population2D(density, w, b, coef, tol);
    }
}

/// <summary>
/// A non-radial density on the annulus m ≤ |x| ≤ M in R² that concentrates its mass near a line while staying ≥ p_min &gt; 0
/// on the whole annulus (LYX Assumption 2): λ · (the radial density) + (1 − λ) · uniform on the square [c_x ± ε] × [c_y ± ε],
/// which must lie inside the annulus. Used where the proofs' C_p-bounds are tight only for such densities. Only half-planes
/// through the origin are needed (b = 0 and all other neurons inactive, so Ω_{w_j} is the whole active set): their mass and
/// first moment are closed forms (radial part) and exact polygon moments of the clipped square (hand-written: a single
/// half-plane clip of a square; no library needed).
/// </summary>
public sealed record SquareBumpMixture
{
    public SquareBumpMixture(AnnulusDensity radial, double lambda, double cx, double cy, double eps)
    {
        if (!(lambda > 0) || !(lambda <= 1)) throw new ArgumentException($"Need 0 < λ ≤ 1 (density positive on the annulus), got {lambda}.");
        if (!(eps > 0)) throw new ArgumentException("Need ε > 0.");
        var far = 0.0;
        foreach (var (sx, sy) in new[] { (-1, -1), (-1, 1), (1, -1), (1, 1) })
            far = Math.Max(far, Math.Sqrt((cx + sx * eps) * (cx + sx * eps) + (cy + sy * eps) * (cy + sy * eps)));
        var qx = Math.Clamp(0, cx - eps, cx + eps);
        var qy = Math.Clamp(0, cy - eps, cy + eps);
        var near = Math.Sqrt(qx * qx + qy * qy);
        if (!(near >= radial.Min) || !(far <= radial.Max)) throw new ArgumentException("The square must lie inside the annulus.");
        Radial = radial;
        Lambda = lambda;
        Cx = cx;
        Cy = cy;
        Eps = eps;
    }

    public AnnulusDensity Radial { get; }
    public double Lambda { get; }
    public double Cx { get; }
    public double Cy { get; }
    public double Eps { get; }

    /// <summary>Largest value of the density (the square's uniform part adds (1 − λ)/(4ε²)).</summary>
    public double PMax => Lambda * Radial.PMax + (1 - Lambda) / (4 * Eps * Eps);

    /// <summary>An upper bound of C_p = max over lines of ∫ p dS: the sum of the two parts' maxima (the square's longest chord is its
    /// diagonal, 2√2ε, at density 1/(4ε²)). Using it in place of C_p only makes a learning-rate bound r/(C_p M²) smaller.</summary>
    public double CpUpperBound => Lambda * Radial.Cp() + (1 - Lambda) * 2 * Math.Sqrt(2) * Eps / (4 * Eps * Eps);

    /// <summary>P[⟨w, x⟩ &gt; 0] and E[1_{⟨w, x⟩ &gt; 0} x] (w ≠ 0).</summary>
    public (double P, double[] E) HalfPlane(double[] w)
    {
        var nw = Math.Sqrt(w[0] * w[0] + w[1] * w[1]);
        if (!(nw > 0)) throw new ArgumentException("Need w ≠ 0.");
        double ux = w[0] / nw, uy = w[1] / nw;
        // radial part: half the mass; first moment along w̃: ∫_{−π/2}^{π/2} cos θ dθ · c ∫ r^{α+2} dr = 2 · Moment(m, M, 1)
        var radialE = 2 * Radial.Moment(Radial.Min, Radial.Max, 1);
        var (area, mx, my) = ClippedSquare(ux, uy);
        var sq = 4 * Eps * Eps;
        var p = Lambda * 0.5 + (1 - Lambda) * area / sq;
        return (p, [Lambda * radialE * ux + (1 - Lambda) * mx / sq, Lambda * radialE * uy + (1 - Lambda) * my / sq]);
    }

    /// <summary>Area and first moments (∫x, ∫y) of the square ∩ {⟨u, x⟩ &gt; 0} (Sutherland–Hodgman against one half-plane).</summary>
    private (double Area, double Mx, double My) ClippedSquare(double ux, double uy)
    {
        var pts = new List<(double X, double Y)> { (Cx - Eps, Cy - Eps), (Cx + Eps, Cy - Eps), (Cx + Eps, Cy + Eps), (Cx - Eps, Cy + Eps) };
        var clipped = new List<(double X, double Y)>();
        for (var i = 0; i < pts.Count; i++)
        {
            var a = pts[i];
            var b = pts[(i + 1) % pts.Count];
            double da = ux * a.X + uy * a.Y, db = ux * b.X + uy * b.Y;
            if (da > 0) clipped.Add(a);
            if ((da > 0) != (db > 0) && da != db)
            {
                var t = da / (da - db);
                clipped.Add((a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y)));
            }
        }
        double area = 0, mx = 0, my = 0;
        for (var i = 0; i < clipped.Count; i++)
        {
            var (x0, y0) = clipped[i];
            var (x1, y1) = clipped[(i + 1) % clipped.Count];
            var cr = x0 * y1 - x1 * y0;
            area += cr / 2;
            mx += (x0 + x1) * cr / 6;
            my += (y0 + y1) * cr / 6;
        }
        return (area, mx, my);
    }
}
