using MathNet.Numerics;
using Verification.Numerics;

namespace Verification.Data.Lsz;

/// <summary>
/// The law of the radius r = ‖P x‖ of the projection P x of a spherically symmetric x ∈ R^d onto a 2-plane (for the
/// paper's D₂ = D_{e₁,e₂}), together with what the population engine needs from it: E_r f(r) with an error estimate, the
/// conditional second moment of one coordinate orthogonal to the plane given r (for the Hessian), and the closed forms of
/// c₀ = E‖P x‖ and E‖P x‖².
/// </summary>
public abstract class RadialLaw
{
    /// <summary>E_r f(r) with an error estimate (quadrature error plus truncation bound where the support is cut).</summary>
    public abstract Estimate Expect(Func<double, double> f);

    /// <summary>E[x_k² | ‖P x‖ = r] for a coordinate k orthogonal to the plane (d ≥ 3).</summary>
    public abstract double PerpSecondMoment(double r);

    /// <summary>c₀ = E_{x∼D₂}‖x‖ in closed form.</summary>
    public abstract double C0ClosedForm { get; }

    /// <summary>E_{x∼D₂}‖x‖² in closed form.</summary>
    public abstract double SecondMoment2 { get; }

    /// <summary>c = E‖x‖ over the full space (Proposition 1's Lipschitz constant).</summary>
    public abstract double FullMeanNorm { get; }

    /// <summary>E‖x‖² over the full space; λ_max(Σ) = E‖x‖²/d for a spherically symmetric law.</summary>
    public abstract double FullSecondMoment { get; }

    /// <summary>The ambient dimension d.</summary>
    public abstract int Dimension { get; }

    /// <summary>c₀ by quadrature: E_r r.</summary>
    public Estimate C0ByQuadrature() => Expect(r => r);

    public abstract string Name { get; }
    public override string ToString() => Name;
}

/// <summary>x uniform on the sphere of radius R in R²: the projected radius is R exactly.</summary>
public sealed class CircleRadius(double radius = 1) : RadialLaw
{
    public double Radius { get; } = radius > 0 ? radius : throw new ArgumentException("Radius must be positive.");
    public override Estimate Expect(Func<double, double> f) => new(f(Radius), 0);
    public override double PerpSecondMoment(double r) => 0;
    public override double C0ClosedForm => Radius;
    public override double SecondMoment2 => Radius * Radius;
    public override double FullMeanNorm => Radius;
    public override double FullSecondMoment => Radius * Radius;
    public override int Dimension => 2;
    public override string Name => Radius == 1 ? "U(S^1)" : $"U({Radius}·S^1)";
}

/// <summary>
/// x uniform on the sphere R·S^(d−1), d ≥ 3: the projected radius r = R sin ψ has density (d−2) sin ψ cos^(d−3) ψ on
/// ψ ∈ [0, π/2] (from the density (d−2) r (1−r²)^((d−4)/2) of r/R; the substitution removes the endpoint singularity at d = 3).
/// c₀ = R Γ(3/2) Γ(d/2) / Γ((d+1)/2).
/// </summary>
public sealed class SphereProjectionRadius : RadialLaw
{
    public SphereProjectionRadius(int d, double radius = 1)
    {
        if (d < 3) throw new ArgumentException("SphereProjectionRadius needs d ≥ 3 (use CircleRadius for d = 2).");
        if (!(radius > 0)) throw new ArgumentException("Radius must be positive.");
        Dimension = d;
        Radius = radius;
    }

    public double Radius { get; }
    public override int Dimension { get; }

    public override Estimate Expect(Func<double, double> f)
    {
        var d = Dimension;
        return Quadrature.Integrate(psi => (d - 2) * Math.Sin(psi) * Math.Pow(Math.Cos(psi), d - 3) * f(Radius * Math.Sin(psi)), 0, Math.PI / 2, 1e-10);
    }

    public override double PerpSecondMoment(double r) => (Radius * Radius - r * r) / (Dimension - 2);
    public override double C0ClosedForm =>
        Radius * Math.Exp(SpecialFunctions.GammaLn(1.5) + SpecialFunctions.GammaLn(Dimension / 2.0) - SpecialFunctions.GammaLn((Dimension + 1) / 2.0));
    public override double SecondMoment2 => 2 * Radius * Radius / Dimension;
    public override double FullMeanNorm => Radius;
    public override double FullSecondMoment => Radius * Radius;
    public override string Name => Radius == 1 ? $"U(S^{Dimension - 1})" : $"U({Radius}·S^{Dimension - 1})";
}

/// <summary>
/// x ∼ N(0, s² I_d): the projected radius is s·Rayleigh, density ρ e^(−ρ²/2). The support is cut at ρ = 14; the cut mass is
/// e^(−98) and every integrand used is bounded by a polynomial of degree ≤ 3 in r times 1 + ‖w‖, so the truncation adds
/// less than 1e−38 (added to the error estimate).
/// </summary>
public sealed class GaussianRadius : RadialLaw
{
    public const double Cut = 14;

    public GaussianRadius(int d, double scale = 1)
    {
        if (d < 2) throw new ArgumentException("Dimension must be at least 2.");
        if (!(scale > 0)) throw new ArgumentException("Scale must be positive.");
        Dimension = d;
        Scale = scale;
    }

    public double Scale { get; }
    public override int Dimension { get; }

    public override Estimate Expect(Func<double, double> f)
    {
        var e1 = Quadrature.Integrate(rho => rho * Math.Exp(-rho * rho / 2) * f(Scale * rho), 0, 4, 1e-10);
        var e2 = Quadrature.Integrate(rho => rho * Math.Exp(-rho * rho / 2) * f(Scale * rho), 4, Cut, 1e-10);
        return new Estimate(e1.Value + e2.Value, e1.Error + e2.Error + 1e-38);
    }

    public override double PerpSecondMoment(double r) => Scale * Scale;
    public override double C0ClosedForm => Scale * Math.Sqrt(Math.PI / 2);
    public override double SecondMoment2 => 2 * Scale * Scale;
    public override double FullMeanNorm =>
        Scale * Math.Sqrt(2) * Math.Exp(SpecialFunctions.GammaLn((Dimension + 1) / 2.0) - SpecialFunctions.GammaLn(Dimension / 2.0));
    public override double FullSecondMoment => Dimension * Scale * Scale;
    public override string Name => Scale == 1 ? $"N(0, I_{Dimension})" : $"N(0, {Scale}² I_{Dimension})";
}

/// <summary>A radial mixture: x = R u with the law of R a finite mixture (of spheres and Gaussian scales) in one dimension d.</summary>
public sealed class RadialMixture : RadialLaw
{
    public RadialMixture(IReadOnlyList<(double Weight, RadialLaw Law)> parts)
    {
        if (parts.Count == 0) throw new ArgumentException("Empty mixture.");
        if (parts.Any(p => !(p.Weight > 0))) throw new ArgumentException("Mixture weights must be positive.");
        if (parts.Select(p => p.Law.Dimension).Distinct().Count() != 1) throw new ArgumentException("Mixture components must share the dimension.");
        var total = parts.Sum(p => p.Weight);
        Parts = parts.Select(p => (p.Weight / total, p.Law)).ToList();
    }

    public IReadOnlyList<(double Weight, RadialLaw Law)> Parts { get; }
    public override int Dimension => Parts[0].Law.Dimension;

    public override Estimate Expect(Func<double, double> f)
    {
        double v = 0, e = 0;
        foreach (var (w, law) in Parts)
        {
            var r = law.Expect(f);
            v += w * r.Value;
            e += w * r.Error;
        }
        return new Estimate(v, e);
    }

    /// <summary>Mixture of conditional moments: needs the component posterior given r, which is not available in closed
    /// form for point masses; the engine therefore integrates Hessian components per part (see PlanarPopulation).</summary>
    public override double PerpSecondMoment(double r) => throw new NotSupportedException("Use the parts of the mixture.");

    public override double C0ClosedForm => Parts.Sum(p => p.Weight * p.Law.C0ClosedForm);
    public override double SecondMoment2 => Parts.Sum(p => p.Weight * p.Law.SecondMoment2);
    public override double FullMeanNorm => Parts.Sum(p => p.Weight * p.Law.FullMeanNorm);
    public override double FullSecondMoment => Parts.Sum(p => p.Weight * p.Law.FullSecondMoment);
    public override string Name => "mixture{" + string.Join(" + ", Parts.Select(p => $"{p.Weight:G4}·{p.Law.Name}")) + "}";
}
