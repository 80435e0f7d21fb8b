using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>A margin loss ℓ(z) of z = y·φ(x, w) with its first two derivatives.</summary>
public abstract class MarginLoss
{
    public abstract double Value(double z);
    public abstract double D1(double z);
    public abstract double D2(double z);
    public abstract string Name { get; }

    /// <summary>The paper's logit (binary cross-entropy) loss ℓ(z) = ln(1 + e^(−z)).</summary>
    public static readonly MarginLoss Logistic = new LogisticLoss();

    /// <summary>The exponential loss e^(−z), used to weaken the hypothesis "the loss is logistic".</summary>
    public static readonly MarginLoss Exponential = new ExponentialLoss();

    private sealed class LogisticLoss : MarginLoss
    {
        public override double Value(double z) => z > 0 ? Log1PExp(-z) : -z + Log1PExp(z);

        /// <summary>ln(1 + e^t), t ≤ 0, to relative accuracy: ln(1 + x) by Goldberg's ln(u)·x/(u − 1), u = fl(1 + x), which
        /// cancels the rounding of 1 + x (Math.Log(1 + x) returns 0 for x below 2⁻⁵³, i.e. ℓ(z) = 0 for z ≳ 37, and loses
        /// relative accuracy well before).</summary>
        private static double Log1PExp(double t)
        {
            var x = Math.Exp(t);
            var u = 1 + x;
            return u == 1 ? x : Math.Log(u) * x / (u - 1);
        }
        /// <summary>ℓ'(z) = −1/(1 + e^z).</summary>
        public override double D1(double z) => z > 0 ? -Math.Exp(-z) / (1 + Math.Exp(-z)) : -1 / (1 + Math.Exp(z));
        /// <summary>ℓ''(z) = σ(z) σ(−z).</summary>
        public override double D2(double z) { var e = Math.Exp(-Math.Abs(z)); return e / ((1 + e) * (1 + e)); }
        public override string Name => "logistic";
    }

    private sealed class ExponentialLoss : MarginLoss
    {
        public override double Value(double z) => Math.Exp(-z);
        public override double D1(double z) => -Math.Exp(-z);
        public override double D2(double z) => Math.Exp(-z);
        public override string Name => "exponential";
    }
}

/// <summary>A vector with an error estimate: <see cref="Error"/> bounds the Euclidean norm of the error.</summary>
public readonly record struct VectorEstimate(double[] Value, double Error);

/// <summary>A symmetric matrix with an error estimate (bound on each entry's error).</summary>
public readonly record struct MatrixEstimate(double[,] Value, double Error);

/// <summary>
/// The population loss L(w) = E ℓ(y wᵀx), y = sgn(vᵀx) (sgn(0) = +1), of a data distribution, with its gradient
/// ∇L(w) = E ℓ'(y wᵀx) y x (for the logistic loss this is the paper's Eq. (2), −E y x / (1 + e^(y wᵀx))) and Hessian
/// E ℓ''(y wᵀx) x xᵀ, each with an error estimate.
/// </summary>
public abstract class Population
{
    protected Population(double[] v, MarginLoss loss)
    {
        if (v.Length < 2) throw new ArgumentException("Dimension must be at least 2.");
        var n = Math.Sqrt(v.Sum(x => x * x));
        if (Math.Abs(n - 1) > 1e-12) throw new ArgumentException($"v must be a unit vector (‖v‖ = {n}).");
        V = v;
        Loss = loss;
    }

    public double[] V { get; }
    public int Dimension => V.Length;
    public MarginLoss Loss { get; }
    public abstract string Name { get; }

    /// <summary>Whether the distribution is spherically symmetric (Assumption 1).</summary>
    public abstract bool SphericallySymmetric { get; }

    /// <summary>The relative accuracy that <see cref="Gradient(double[])"/> asks for.</summary>
    public const double DefaultGradientTolerance = 1e-12;

    public abstract Estimate Value(double[] w);

    /// <summary>∇L(w) at the default relative tolerance <see cref="DefaultGradientTolerance"/>.</summary>
    public VectorEstimate Gradient(double[] w) => Gradient(w, DefaultGradientTolerance);

    /// <summary>∇L(w) with an error estimate, aiming at ‖error‖ ≤ <paramref name="relativeTolerance"/> · ‖∇L(w)‖ (the target
    /// of the quadrature; the returned error is the honest estimate, which can exceed the target where it is not reachable).</summary>
    public abstract VectorEstimate Gradient(double[] w, double relativeTolerance);

    public abstract MatrixEstimate Hessian(double[] w);

    /// <summary>g(w) = −wᵀ∇L(w) (Eq. (7)), with error ‖w‖ times the gradient's error.</summary>
    public Estimate G(double[] w)
    {
        var gr = Gradient(w);
        return new Estimate(-Vec.Dot(w, gr.Value), Vec.Norm(w) * gr.Error);
    }

    public override string ToString() => Name;
}

/// <summary>
/// Expectations over a planar x = r M (cos φ, sin φ), φ uniform and independent of r, by nested adaptive Gauss-Kronrod
/// quadrature: inner over φ split at the four angles where vᵀx = 0 (jump of y) and wᵀx = 0 (sharp transition of ℓ' for large
/// ‖w‖), outer over the radial law. The error estimate is the outer estimate plus the largest inner estimate (the radial
/// law is a probability measure).
/// </summary>
public static class Planar
{
    /// <summary>E F(x₁, x₂, y, m⊥(r)) where m⊥(r) is the radial law's conditional perpendicular second moment.</summary>
    public static Estimate Expect(RadialLaw law, double[,] m, double[] w2, double[] v2, Func<double, double, double, double, double> f, double relTol = Quadrature.DefaultRelativeTolerance)
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

/// <summary>
/// A spherically symmetric distribution in R^d (Assumption 1) given by the radial law of its projection onto a 2-plane.
/// Every expectation is reduced to span{w, v}: with e₁ = w̄, e₂ the unit vector of v − (vᵀe₁)e₁, w = (‖w‖, 0) and
/// v = (cos θ, sin θ) in that frame; the components of ∇L orthogonal to the plane vanish by symmetry (x⊥ is symmetric given
/// the projection), and the Hessian is the 2×2 block plus E[ℓ''·x_k²] times the projector onto the complement.
/// </summary>
public sealed class SphericalPopulation : Population
{
    public SphericalPopulation(RadialLaw law, double[] v, MarginLoss? loss = null) : base(v, loss ?? MarginLoss.Logistic)
    {
        if (law.Dimension != v.Length) throw new ArgumentException($"Law is in R^{law.Dimension}, v in R^{v.Length}.");
        Law = law;
    }

    public SphericalPopulation(RadialLaw law, MarginLoss? loss = null) : this(law, UnitE1(law.Dimension), loss) { }

    private static double[] UnitE1(int d) { var v = new double[d]; v[0] = 1; return v; }

    public RadialLaw Law { get; }
    public override string Name => Law.Name + (Loss == MarginLoss.Logistic ? "" : $", {Loss.Name} loss");
    public override bool SphericallySymmetric => true;

    /// <summary>c₀ in closed form.</summary>
    public double C0 => Law.C0ClosedForm;

    /// <summary>The frame of span{w, v}: ‖w‖, cos θ, sin θ, e₁ = w̄ (v if w = 0), e₂ ⊥ e₁ with v = cos θ e₁ + sin θ e₂.</summary>
    public (double A, double Cos, double Sin, double[] E1, double[] E2) Frame(double[] w)
    {
        var d = Dimension;
        var a = Vec.Norm(w);
        var e1 = a > 0 ? Vec.Scale(1 / a, w) : (double[])V.Clone();
        var c = Vec.Dot(V, e1);
        var p = Vec.Axpy(-c, e1, V);
        var s = Vec.Norm(p);
        double[] e2;
        if (s > 1e-300 && a > 0) e2 = Vec.Scale(1 / s, p);
        else
        {
            // w ∥ v: any unit vector orthogonal to e₁
            var k = Math.Abs(e1[0]) < 0.9 ? 0 : 1;
            var ek = new double[d];
            ek[k] = 1;
            var q = Vec.Axpy(-e1[k], e1, ek);
            e2 = Vec.Scale(1 / Vec.Norm(q), q);
            s = 0;
        }
        if (a == 0) { c = 1; s = 0; }
        return (a, c, s, e1, e2);
    }

    /// <summary>E F(x₁, x₂, y, m⊥) in the frame of span{w, v} with w = (a, 0), v = (cos θ, sin θ).</summary>
    public Estimate ExpectReduced(double a, double cos, double sin, Func<double, double, double, double, double> f) =>
        Planar.Expect(Law, Planar.Identity, [a, 0], [cos, sin], f);

    /// <summary>
    /// The gradient in the frame: (e₁ᵀ∇L, e₂ᵀ∇L). For the logistic loss and the laws of <see cref="FastGradient"/> (circles,
    /// Gaussians, mixtures of them) the fixed composite Gauss–Kronrod rule is tried first and kept when its error estimate is
    /// within <paramref name="relativeTolerance"/> of ‖(g₁, g₂)‖; otherwise (other laws or losses, or the estimate too
    /// large) the adaptive Gauss–Kronrod reduction <see cref="AdaptiveReducedGradient"/> answers, so correctness never depends on
    /// the fixed panels.
    /// </summary>
    public (Estimate G1, Estimate G2) ReducedGradient(double a, double cos, double sin, double relativeTolerance = DefaultGradientTolerance)
    {
        if (Loss == MarginLoss.Logistic && FastGradient.TryReduced(Law, a, cos, sin, relativeTolerance, out var f1, out var f2)) return (f1, f2);
        // the adaptive reductions keep their calibrated per-piece targets unless a smaller tolerance is asked for
        return AdaptiveReducedGradient(a, cos, sin, relativeTolerance < DefaultGradientTolerance ? relativeTolerance : null);
    }

    /// <summary>The gradient in the frame by the adaptive Gauss–Kronrod reductions of <see cref="Reduced"/> (relative target
    /// per piece; the engine's defaults when <paramref name="relativeTolerance"/> is null).</summary>
    public (Estimate G1, Estimate G2) AdaptiveReducedGradient(double a, double cos, double sin, double? relativeTolerance = null)
    {
        var l = Loss;
        var g1 = Reduced.Expect(Law, cos, sin, (x1, y) => l.D1(y * a * x1) * y * x1, 0, false, relativeTolerance);
        var g2 = Reduced.Expect(Law, cos, sin, (x1, y) => l.D1(y * a * x1) * y, 1, false, relativeTolerance);
        return (g1, g2);
    }

    public override Estimate Value(double[] w)
    {
        var (a, c, s, _, _) = Frame(w);
        var l = Loss;
        return Reduced.Expect(Law, c, s, (x1, y) => l.Value(y * a * x1), 0, false);
    }

    public override VectorEstimate Gradient(double[] w, double relativeTolerance)
    {
        var (a, c, s, e1, e2) = Frame(w);
        var (g1, g2) = ReducedGradient(a, c, s, relativeTolerance);
        var g = Vec.Axpy(g2.Value, e2, Vec.Scale(g1.Value, e1));
        return new VectorEstimate(g, Math.Sqrt(g1.Error * g1.Error + g2.Error * g2.Error));
    }

    public override MatrixEstimate Hessian(double[] w)
    {
        var (a, c, s, e1, e2) = Frame(w);
        var l = Loss;
        var h11 = Reduced.Expect(Law, c, s, (x1, y) => l.D2(y * a * x1) * x1 * x1, 0, false);
        var h12 = Reduced.Expect(Law, c, s, (x1, y) => l.D2(y * a * x1) * x1, 1, false);
        var h22 = Reduced.Expect(Law, c, s, (x1, y) => l.D2(y * a * x1), 2, false);
        var hp = Dimension > 2 ? Reduced.Expect(Law, c, s, (x1, y) => l.D2(y * a * x1), 0, true) : new Estimate(0, 0);
        var d = Dimension;
        var h = new double[d, d];
        for (var i = 0; i < d; i++)
        for (var j = 0; j < d; j++)
        {
            var pij = (i == j ? 1 : 0) - e1[i] * e1[j] - e2[i] * e2[j];
            h[i, j] = h11.Value * e1[i] * e1[j] + h12.Value * (e1[i] * e2[j] + e2[i] * e1[j]) + h22.Value * e2[i] * e2[j] + hp.Value * pij;
        }
        return new MatrixEstimate(h, h11.Error + 2 * h12.Error + h22.Error + hp.Error);
    }
}

/// <summary>
/// A planar distribution that need not be spherically symmetric: x = r M (cos φ, sin φ) with the radial law of a circle or
/// a standard Gaussian in R² (so M ≠ orthogonal gives an ellipse or an anisotropic Gaussian N(0, M Mᵀ)).
/// </summary>
public sealed class PlanarPopulation : Population
{
    public PlanarPopulation(RadialLaw law, double[,] m, double[] v, MarginLoss? loss = null) : base(v, loss ?? MarginLoss.Logistic)
    {
        if (law.Dimension != 2 || v.Length != 2) throw new ArgumentException("PlanarPopulation lives in R².");
        if (m.GetLength(0) != 2 || m.GetLength(1) != 2) throw new ArgumentException("M must be 2×2.");
        if (m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0] == 0) throw new ArgumentException("M must be invertible.");
        Law = law;
        M = m;
    }

    public RadialLaw Law { get; }
    public double[,] M { get; }
    public override string Name => $"{Law.Name} mapped by M = [[{M[0, 0]:G4}, {M[0, 1]:G4}], [{M[1, 0]:G4}, {M[1, 1]:G4}]]" + (Loss == MarginLoss.Logistic ? "" : $", {Loss.Name} loss");

    /// <summary>MᵀM = cI up to rounding, relative to the scale of M (an absolute 10⁻¹⁴ called 10⁻⁸·diag(1, 2) symmetric).</summary>
    public override bool SphericallySymmetric
    {
        get
        {
            var n1 = M[0, 0] * M[0, 0] + M[1, 0] * M[1, 0];
            var n2 = M[0, 1] * M[0, 1] + M[1, 1] * M[1, 1];
            var tolerance = 1e-14 * (n1 + n2);
            return Math.Abs(n1 - n2) < tolerance && Math.Abs(M[0, 0] * M[0, 1] + M[1, 0] * M[1, 1]) < tolerance;
        }
    }

    private Estimate E(double[] w, Func<double, double, double, double> f, double relTol = Quadrature.DefaultRelativeTolerance) =>
        Planar.Expect(Law, M, w, V, (x1, x2, y, _) => f(x1, x2, y), relTol);

    public override Estimate Value(double[] w) { var l = Loss; return E(w, (x1, x2, y) => l.Value(y * (w[0] * x1 + w[1] * x2))); }

    /// <summary>Adaptive polar quadrature at its calibrated relative target per piece
    /// (<see cref="Quadrature.DefaultRelativeTolerance"/>) unless a tolerance below <see cref="Population.DefaultGradientTolerance"/> is asked for.</summary>
    public override VectorEstimate Gradient(double[] w, double relativeTolerance)
    {
        var l = Loss;
        var tol = relativeTolerance < DefaultGradientTolerance ? relativeTolerance : Quadrature.DefaultRelativeTolerance;
        var g1 = E(w, (x1, x2, y) => l.D1(y * (w[0] * x1 + w[1] * x2)) * y * x1, tol);
        var g2 = E(w, (x1, x2, y) => l.D1(y * (w[0] * x1 + w[1] * x2)) * y * x2, tol);
        return new VectorEstimate([g1.Value, g2.Value], Math.Sqrt(g1.Error * g1.Error + g2.Error * g2.Error));
    }

    public override MatrixEstimate Hessian(double[] w)
    {
        var l = Loss;
        var h11 = E(w, (x1, x2, y) => l.D2(y * (w[0] * x1 + w[1] * x2)) * x1 * x1);
        var h12 = E(w, (x1, x2, y) => l.D2(y * (w[0] * x1 + w[1] * x2)) * x1 * x2);
        var h22 = E(w, (x1, x2, y) => l.D2(y * (w[0] * x1 + w[1] * x2)) * x2 * x2);
        return new MatrixEstimate(new[,] { { h11.Value, h12.Value }, { h12.Value, h22.Value } }, h11.Error + h12.Error + h22.Error);
    }
}

/// <summary>A finite point set with weights (an exact average; only rounding error).</summary>
public sealed class PointsPopulation : Population
{
    public PointsPopulation(IReadOnlyList<double[]> points, double[] v, IReadOnlyList<double>? weights = null, MarginLoss? loss = null) : base(v, loss ?? MarginLoss.Logistic)
    {
        if (points.Count == 0) throw new ArgumentException("Empty point set.");
        if (points.Any(p => p.Length != v.Length)) throw new ArgumentException("Point dimension differs from v.");
        weights ??= Enumerable.Repeat(1.0, points.Count).ToList();
        if (weights.Count != points.Count || weights.Any(x => !(x > 0))) throw new ArgumentException("Weights must be positive, one per point.");
        var total = weights.Sum();
        Points = points;
        Weights = weights.Select(x => x / total).ToArray();
    }

    public IReadOnlyList<double[]> Points { get; }
    public double[] Weights { get; }
    public override string Name => $"{Points.Count} points";
    public override bool SphericallySymmetric => false;
    private double Y(double[] x) => Vec.Dot(V, x) >= 0 ? 1 : -1;
    private double Tol => 1e-15 * Points.Count;

    public override Estimate Value(double[] w) =>
        new(Points.Select((x, i) => Weights[i] * Loss.Value(Y(x) * Vec.Dot(w, x))).Sum(), Tol);

    /// <summary>An exact finite average: the tolerance is met up to rounding.</summary>
    public override VectorEstimate Gradient(double[] w, double relativeTolerance)
    {
        var g = new double[Dimension];
        for (var i = 0; i < Points.Count; i++)
        {
            var x = Points[i];
            var y = Y(x);
            var c = Weights[i] * Loss.D1(y * Vec.Dot(w, x)) * y;
            for (var k = 0; k < g.Length; k++) g[k] += c * x[k];
        }
        return new VectorEstimate(g, Tol);
    }

    public override MatrixEstimate Hessian(double[] w)
    {
        var d = Dimension;
        var h = new double[d, d];
        for (var i = 0; i < Points.Count; i++)
        {
            var x = Points[i];
            var c = Weights[i] * Loss.D2(Y(x) * Vec.Dot(w, x));
            for (var a = 0; a < d; a++) for (var b = 0; b < d; b++) h[a, b] += c * x[a] * x[b];
        }
        return new MatrixEstimate(h, Tol);
    }
}

/// <summary>A finite mixture of populations with the same v and loss.</summary>
public sealed class MixturePopulation : Population
{
    public MixturePopulation(IReadOnlyList<(double Weight, Population Part)> parts) : base(parts[0].Part.V, parts[0].Part.Loss)
    {
        var total = parts.Sum(p => p.Weight);
        Parts = parts.Select(p => (p.Weight / total, p.Part)).ToList();
    }

    public IReadOnlyList<(double Weight, Population Part)> Parts { get; }
    public override string Name => string.Join(" + ", Parts.Select(p => $"{p.Weight:G3}·[{p.Part.Name}]"));
    public override bool SphericallySymmetric => Parts.All(p => p.Part.SphericallySymmetric);
    public override Estimate Value(double[] w) => Sum(p => p.Value(w));
    private Estimate Sum(Func<Population, Estimate> f) { double v = 0, e = 0; foreach (var (wt, p) in Parts) { var r = f(p); v += wt * r.Value; e += wt * r.Error; } return new(v, e); }

    public override VectorEstimate Gradient(double[] w, double relativeTolerance)
    {
        var g = new double[Dimension];
        var e = 0.0;
        foreach (var (wt, p) in Parts) { var r = p.Gradient(w, relativeTolerance); for (var k = 0; k < g.Length; k++) g[k] += wt * r.Value[k]; e += wt * r.Error; }
        return new VectorEstimate(g, e);
    }

    public override MatrixEstimate Hessian(double[] w)
    {
        var d = Dimension;
        var h = new double[d, d];
        var e = 0.0;
        foreach (var (wt, p) in Parts) { var r = p.Hessian(w); for (var a = 0; a < d; a++) for (var b = 0; b < d; b++) h[a, b] += wt * r.Value[a, b]; e += wt * r.Error; }
        return new MatrixEstimate(h, e);
    }
}
