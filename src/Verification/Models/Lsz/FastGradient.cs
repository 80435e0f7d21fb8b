using MathNet.Numerics;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>
/// The population gradient of the logistic loss, ∇L(w) = E ℓ'(y wᵀx) y x (Eq. (2)), in the frame of span{w, v}
/// (w = (a, 0), v = (cos θ, sin θ), sin θ ≥ 0): g₁ = E ℓ'(y a x₁) y x₁ and g₂ = E ℓ'(y a x₁) y x₂, by a fixed composite
/// Gauss–Kronrod rule (<see cref="GaussKronrodPanels.K21"/>) on panels placed from the integrand's singularities, both
/// components in one pass over the nodes (ℓ' computed once per node, no allocation). For x uniform on R·S¹, x ∼ N(0, s² I_d),
/// x uniform on R·S^{d−1} (as circles averaged over their radius) and finite mixtures of them; other laws return false from <see cref="TryReduced"/>.
/// The integrand is the printed one; the only reductions are symmetries of the law — x → −x (y and ℓ'(y a x₁) y x are
/// invariant under it, so the expectation is twice that over the half where y = +1, resp. over z₁ ≥ 0), and for the circle
/// the reflections x₁ → −x₁ and x₂ → −x₂, which pair nodes so that ℓ'(u) and ℓ'(−u) come from one exponential — and, for
/// the Gaussian, the conditional law of x₂ given x₁ (as in <see cref="Reduced"/>). No result of the paper (Lemma 2's
/// c₀ sin²θ/π, Proposition 3's ∇L(av)) is inserted, so the claims checked with this gradient stay checks of it; the adaptive
/// path (unfolded polar quadrature for the circle) remains the independent cross-check in the tests.
/// </summary>
public static class FastGradient
{
    /// <summary>Whether <see cref="TryReduced"/> handles the law.</summary>
    public static bool Supports(RadialLaw law) => law switch
    {
        CircleRadius or GaussianRadius or SphereProjectionRadius => true,
        RadialMixture m => m.Parts.All(p => Supports(p.Law)),
        _ => false,
    };

    /// <summary>
    /// (g₁, g₂) with error estimates; false when the law is not handled or the estimated error exceeds
    /// <paramref name="relativeTolerance"/> × ‖(g₁, g₂)‖ (then the caller falls back to the adaptive quadrature).
    /// The error estimates are those of the quadrature given (a, cos θ, sin θ); like the adaptive path they do not include the
    /// conditioning of the frame itself.
    /// </summary>
    public static bool TryReduced(RadialLaw law, double a, double cos, double sin, double relativeTolerance, out Estimate g1, out Estimate g2)
    {
        g1 = g2 = default;
        if (!Supports(law)) return false;
        var r = Reduced(law, a, cos, sin);
        g1 = r.First;
        g2 = r.Second;
        var err = Math.Sqrt(g1.Error * g1.Error + g2.Error * g2.Error);
        var norm = Math.Sqrt(g1.Value * g1.Value + g2.Value * g2.Value);
        return err <= relativeTolerance * norm;
    }

    /// <summary>(g₁, g₂) for a supported law, whatever the error (infinite, with NaN values, when the grading would go below
    /// 10⁻¹²). a = ‖w‖ ≥ 0.</summary>
    public static PairEstimate Reduced(RadialLaw law, double a, double cos, double sin)
    {
        if (!(a >= 0)) throw new ArgumentException($"a = ‖w‖ must be non-negative, got {a}.");
        switch (law)
        {
            case CircleRadius c: return Circle(c.Radius, a, cos, sin);
            case GaussianRadius g: return Gaussian(g.Scale, a, cos, sin);
            case SphereProjectionRadius p: return SphereProjection(p, a, cos, sin);
            case RadialMixture mix:
                {
                    double v1 = 0, v2 = 0, e1 = 0, e2 = 0;
                    foreach (var (wt, part) in mix.Parts)
                    {
                        var r = Reduced(part, a, cos, sin);
                        v1 += wt * r.First.Value; e1 += wt * r.First.Error;
                        v2 += wt * r.Second.Value; e2 += wt * r.Second.Error;
                    }
                    return new PairEstimate(new Estimate(v1, e1), new Estimate(v2, e2));
                }
            default: throw new ArgumentException($"No fast gradient for {law}.");
        }
    }

    /// <summary>Below this grading scale (‖w‖ ≳ 10¹² or θ ≲ 10⁻¹² from 0 or π) the panels would resolve the transition
    /// no better than the rounding of the node positions: the estimate is returned unresolved (infinite error), so the
    /// caller falls back to the adaptive path.</summary>
    private const double MinScale = 1e-12;

    /// <summary>The Gaussian's θ-grading is scale-free (panels of 2 sin θ near z₁ = 0, where z₁ and z₁ cot θ are both exact to
    /// rounding): it needs only sin²θ to stay normal. Below this the answer is unresolved.</summary>
    private const double MinSinGaussian = 1e-100;
    private const int Buffer = 512;
    private static readonly PairEstimate Unresolved = new(new Estimate(double.NaN, double.PositiveInfinity), new Estimate(double.NaN, double.PositiveInfinity));

    /// <summary>ℓ'(u) = −1/(1 + e^u) and ℓ'(−u) from one exponential, for u ≥ 0 (u = aρ sin τ or a s z₁ with a, τ, z₁ ≥ 0).</summary>
    private static void LogisticD1Pair(double u, out double plus, out double minus)
    {
        var e = Math.Exp(-u);
        plus = -e / (1 + e); // −σ(−u)
        minus = -1 / (1 + e); // −σ(u)
    }

    /// <summary>
    /// x = ρ(cos φ, sin φ), φ uniform: y = +1 exactly on φ ∈ [θ − π/2, θ + π/2], so
    /// (g₁, g₂) = (1/π) ∫_{θ−π/2}^{θ+π/2} ℓ'(aρ cos φ) ρ (cos φ, sin φ) dφ.
    /// ℓ'(aρ cos φ) turns sharply where cos φ = 0 (φ = ±π/2, 3π/2), with poles at distance δ = asinh(π/(aρ)) from them.
    /// In the offset τ from the nearest such point (cos φ = ∓sin τ, which keeps its relative accuracy near the transition,
    /// unlike cos of φ itself), the reflection x₂ → −x₂ maps the part of the half circle beyond the mirror image of its other
    /// end onto that end (same x₁, opposite x₂: it cancels in g₂ and doubles in g₁), and x₁ → −x₁ pairs τ with −τ in the
    /// rest; with θ' = min(θ, π − θ) and s = sgn(π/2 − θ) (s = 1 at θ = π/2), κ = ρ/π:
    /// g₁ = 2κ ∫_{θ'}^{π/2} s sin τ ℓ'(s aρ sin τ) dτ + κ ∫_0^{θ'} sin τ [ℓ'(aρ sin τ) − ℓ'(−aρ sin τ)] dτ,
    /// g₂ = κ ∫_0^{θ'} cos τ [ℓ'(aρ sin τ) + ℓ'(−aρ sin τ)] dτ,
    /// which removes the cancellation of two O(1/(aρ)) halves in g₂ when θ is small and ‖∇L‖ = O(1/(aρ)²).
    /// The panels of [0, π/2] are cut at θ' and graded from δ/2 by factors of 2 towards τ = 0, so each panel's Bernstein
    /// ellipse keeps a fixed relative distance from the poles, and are at most π/4 wide elsewhere.
    /// </summary>
    private static PairEstimate Circle(double rho, double a, double cos, double sin)
    {
        var theta = Math.Atan2(sin, cos); // ∈ [0, π]
        var ar = a * rho;
        var delta = ar > 0 ? Math.Asinh(Math.PI / ar) : double.PositiveInfinity;
        if (delta / 2 < MinScale) return Unresolved;
        var thetaP = Math.Min(theta, Math.PI - theta);
        Span<double> centres = [0];
        Span<double> extra = [thetaP];
        Span<double> breaks = stackalloc double[Buffer];
        var n = PanelBreaks.Graded(breaks, 0, Math.PI / 2, centres, delta / 2, 2, Math.PI / 4, extra);
        var f = new CircleIntegrand(ar, rho / Math.PI, thetaP, theta <= Math.PI / 2 ? 1 : -1);
        return GaussKronrodPanels.K21.Integrate(ref f, breaks[..n]);
    }

    private readonly struct CircleIntegrand(double ar, double kappa, double thetaP, double s) : IPairIntegrand
    {
        public void Evaluate(double tau, out double f1, out double f2)
        {
            var (st, ct) = Math.SinCos(tau);
            LogisticD1Pair(ar * st, out var dp, out var dm);
            if (tau < thetaP)
            {
                f1 = kappa * st * (dp - dm);
                f2 = kappa * ct * (dp + dm);
            }
            else
            {
                f1 = 2 * kappa * st * (s > 0 ? dp : -dm);
                f2 = 0;
            }
        }
    }

    /// <summary>
    /// x uniform on R·S^{d−1}: its projection on a 2-plane is R sin ψ (cos φ, sin φ) with φ uniform and ψ ∈ [0, π/2] of density
    /// (d − 2) sin ψ cos^{d−3} ψ (<see cref="SphereProjectionRadius.Expect"/>), so (g₁, g₂) is the circle's pair of radius
    /// ρ = R sin ψ averaged over ψ: an outer composite K21 over ψ whose nodes each call <see cref="Circle"/>. As a function of
    /// ρ the circle's pair is analytic off the imaginary rays |Im ρ| ≥ π/a (the poles of ℓ'(aρ sin τ)), so the outer panels are
    /// graded towards ψ = 0 from π/(2aR) by factors of 2, as the circle's are. The error is the outer |K − G| plus the inner
    /// errors weighted by the outer rule; an unresolved inner answer makes the whole one unresolved.
    /// </summary>
    private static PairEstimate SphereProjection(SphereProjectionRadius law, double a, double cos, double sin)
    {
        var first = a > 0 ? Math.PI / (2 * a * law.Radius) : double.PositiveInfinity;
        Span<double> centres = [0];
        Span<double> breaks = stackalloc double[Buffer];
        var n = PanelBreaks.Graded(breaks, 0, Math.PI / 2, centres, first < Math.PI / 2 ? first : 0, 2, Math.PI / 8);
        var f = new SphereIntegrand(law.Radius, law.Dimension, a, cos, sin);
        var r = GaussKronrodPanels.K21.Integrate(ref f, breaks[..n]);
        var inner = f.InnerErrorBound(breaks[..n]);
        return new PairEstimate(r.First with { Error = r.First.Error + inner.First }, r.Second with { Error = r.Second.Error + inner.Second });
    }

    private struct SphereIntegrand(double radius, int d, double a, double cos, double sin) : IPairIntegrand
    {
        private double _maxE1, _maxE2;

        public void Evaluate(double psi, out double f1, out double f2)
        {
            var (sp, cp) = Math.SinCos(psi);
            var w = (d - 2) * sp * (d == 3 ? 1 : Math.Pow(cp, d - 3));
            var c = Circle(radius * sp, a, cos, sin);
            f1 = w * c.First.Value;
            f2 = w * c.Second.Value;
            _maxE1 = Math.Max(_maxE1, w * c.First.Error);
            _maxE2 = Math.Max(_maxE2, w * c.Second.Error);
        }

        /// <summary>∫ over the breaks of the largest weighted inner error: the inner errors' contribution to the outer sum
        /// (Kronrod weights are positive and sum to the panel width).</summary>
        public readonly (double First, double Second) InnerErrorBound(ReadOnlySpan<double> breaks) =>
            ((breaks[^1] - breaks[0]) * _maxE1, (breaks[^1] - breaks[0]) * _maxE2);
    }

    private static readonly double InvSqrt2Pi = 1 / Math.Sqrt(2 * Math.PI);

    /// <summary>
    /// x ∼ N(0, s² I_d), x₁ = s z₁: given z₁, x₂ = s z₂ with z₂ ∼ N(0, 1) and y = +1 iff z₂ ≥ k = −z₁ cot θ, so with
    /// p = P(y = +1 | z₁) = Φ̄(k), u = a s z₁:
    /// g₁ = E_z₁ s z₁ [p ℓ'(u) − (1 − p) ℓ'(−u)], g₂ = E_z₁ s φ(k) [ℓ'(u) + ℓ'(−u)] (E[z₂; z₂ ≥ k] = φ(k)).
    /// Both integrands are even in z₁ (z₁ → −z₁ swaps the two labels), so the rule runs over [0, 14] and doubles.
    /// The poles of ℓ'(±u) lie at z₁ = ±iπ/(as), p turns on the scale |tan θ| and φ(k) on sin θ, φ(z₁) on the scale 1: each
    /// panel is as wide as the most demanding of the three allows at its left end (see the loop).
    /// Truncation at z₁ = 14 adds at most 2sφ(14) to g₁ and 2sφ(0)φ(14)/14 to g₂ (|ℓ'| ≤ 1, ∫_Z^∞ z φ = φ(Z), Φ̄(Z) ≤ φ(Z)/Z).
    /// </summary>
    private static PairEstimate Gaussian(double s, double a, double cos, double sin)
    {
        const double cut = GaussianRadius.Cut;
        var asz = a * s;
        var firstSigma = asz > 0 ? Math.PI / (2 * asz) : double.PositiveInfinity;
        var scaleTheta = sin > 0 ? sin : double.PositiveInfinity;
        if (firstSigma < MinScale || scaleTheta < MinSinGaussian) return Unresolved;
        Span<double> breaks = stackalloc double[Buffer];
        var n = GaussianBreaks(breaks, firstSigma, scaleTheta);
        if (n < 0) return Unresolved;
        var f = new GaussianIntegrand(s, asz, cos, sin);
        var r = GaussKronrodPanels.K21.Integrate(ref f, breaks[..n]);
        var phiCut = Math.Exp(-cut * cut / 2) * InvSqrt2Pi;
        return new PairEstimate(r.First with { Error = r.First.Error + 2 * s * phiCut },
            r.Second with { Error = r.Second.Error + 2 * s * InvSqrt2Pi * phiCut / cut });
    }

    /// <summary>
    /// The panel breaks of the Gaussian rule on [0, <see cref="GaussianRadius.Cut"/>] into <paramref name="dst"/>; their count,
    /// or −1 when they do not fit. Each panel is as wide as the most demanding factor of the integrand allows at its left end z:
    /// ℓ' — max(z, π/(2as)) (ratio 2 from <paramref name="firstSigma"/> = π/(2as), a fixed relative distance from the poles);
    /// φ(z) — <see cref="UnitSteps"/>; Φ̄(z|cot θ|) and φ(z cot θ) — the same steps on the scale <paramref name="scaleTheta"/>
    /// = sin θ (≤ |tan θ|). A remainder shorter than a quarter of the next panel is merged into it, so the last break is the
    /// cut exactly and the last panel is longer than a quarter of the one before.
    /// </summary>
    public static int GaussianBreaks(Span<double> dst, double firstSigma, double scaleTheta)
    {
        const double cut = GaussianRadius.Cut;
        var n = 0;
        dst[n++] = 0;
        for (var z = 0.0; z < cut;)
        {
            var w = Math.Min(Math.Max(z, firstSigma), Math.Min(UnitSteps(z), scaleTheta * UnitSteps(z / scaleTheta)));
            z = z + w >= cut - 0.25 * w ? cut : z + w;
            if (n == dst.Length) return -1;
            dst[n++] = z;
        }
        return n;
    }

    /// <summary>Panel width for the weight e^(−z²/2) at z (G10 error below 10⁻¹⁴ of the integral, measured): steps of 2 up to 6,
    /// then 3, then one panel from 9 (where the weight is below 10⁻¹⁷ of its peak) to the cut.</summary>
    private static double UnitSteps(double z) => z < 5 ? 2 : z < 8.5 ? 3 : double.PositiveInfinity;

    private readonly struct GaussianIntegrand : IPairIntegrand
    {
        private readonly double _s, _asz, _absCot, _halfInvSin2;
        private readonly bool _cosNonNegative, _random;

        public GaussianIntegrand(double s, double asz, double cos, double sin)
        {
            _s = s;
            _asz = asz;
            _random = sin > 0;
            _cosNonNegative = cos >= 0;
            _absCot = _random ? Math.Abs(cos / sin) : 0;
            _halfInvSin2 = _random ? 0.5 / (sin * sin) : 0;
        }

        public void Evaluate(double z, out double f1, out double f2)
        {
            LogisticD1Pair(_asz * z, out var dp, out var dm);
            var phi = Math.Exp(-0.5 * z * z) * InvSqrt2Pi;
            if (!_random)
            {
                // θ = 0 or π: y = sgn(cos θ · x₁), x₂ independent of y given x₁
                f1 = 2 * phi * _s * z * (_cosNonNegative ? dp : -dm);
                f2 = 0;
                return;
            }
            // q = Φ̄(z|cot θ|) = P(y = −1 | z₁ = z) for cos θ ≥ 0 and P(y = +1 | z) for cos θ < 0 (erfc underflows beyond 27)
            var t = z * _absCot * 0.7071067811865476;
            var q = t < 27 ? 0.5 * SpecialFunctions.Erfc(t) : 0;
            double p, pm;
            if (_cosNonNegative) { p = 1 - q; pm = q; } else { p = q; pm = 1 - q; }
            f1 = 2 * phi * _s * z * (p * dp - pm * dm);
            // φ(z) φ(z cot θ) = e^{−z²/(2 sin²θ)} / (2π)
            f2 = 2 * _s * Math.Exp(-z * z * _halfInvSin2) * (InvSqrt2Pi * InvSqrt2Pi) * (dp + dm);
        }
    }
}
