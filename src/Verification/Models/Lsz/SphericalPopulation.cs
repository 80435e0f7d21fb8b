using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

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
    /// spheres, Gaussians, mixtures of them) the fixed composite Gauss–Kronrod rule is tried first and kept when its error estimate is
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
