using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Numerics;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Spec;

/// <summary>
/// Lin, Sun, Zhang (NeurIPS 2021), "Faster directional convergence of linear neural networks under spherically symmetric
/// data". File 003. Every claim is checked on the population loss: expectations are reduced to span{w, v} and integrated
/// with error control (Verification.Models.Lsz), flows are integrated with the adaptive Dormand-Prince pair
/// (Verification.Numerics). This file holds the cases, generators, hypotheses and helpers shared by the claims.
/// </summary>
public static partial class Lsz
{
    /// <summary>A point w of a population: the case of the pointwise identities.</summary>
    public sealed record PointCase(Population Pop, double[] W, string Note = "")
    {
        public override string ToString() => $"{Pop.Name}, v = {Vec.Format(Pop.V)}, w = {Vec.Format(W)}{(Note == "" ? "" : ", " + Note)}";
    }

    internal const string Sym = "spherical-symmetry";
    internal const string SymStatement = "Assumption 1: x is spherically symmetric (A x ∼ D for every orthogonal A)";
    internal const string SymWeak = "x uniform on an ellipse M·S¹ (M = rotation·diag(k, 1), k ∈ [1.5, 4.5]) or a five-point set in R² (the anisotropic " +
        "Gaussian of Data/Lsz is available but its polar quadrature is too slow for the fuzz budget)";
    internal const string Logit = "logistic-loss";
    internal const string LogitStatement = "the loss is the logit loss ℓ(z) = ln(1 + e^(−z))";
    internal const string LogitWeak = "the exponential loss ℓ(z) = e^(−z) in place of the logit loss";

    /// <summary>Tolerance from an error estimate: ten times the estimate plus a rounding allowance at the given scale.</summary>
    internal static double Tol(double err, double scale = 1) => 10 * err + 1e-12 * Math.Abs(scale) + 1e-15;

    /// <summary>c₀ = E_{x∼D₂}‖x‖: the closed form for symmetric laws; otherwise E‖x‖ of the marginal on the first two coordinates (D₂ = D in
    /// R²).</summary>
    internal static Estimate C0(Population p) => p switch
    {
        SphericalPopulation s => new Estimate(s.C0, 1e-15 * s.C0),
        PlanarPopulation q => Planar.Expect(q.Law, q.M, [0, 0], q.V, (x1, x2, _, _) => Math.Sqrt(x1 * x1 + x2 * x2)),
        // the marginal on the plane of the first two coordinates (D₂ = D in R²)
        PointsPopulation q => new Estimate(q.Points.Select((x, i) => q.Weights[i] * Math.Sqrt(x[0] * x[0] + x[1] * x[1])).Sum(), 1e-15),
        SpherePushforwardPopulation s => s.MarginalMeanNorm(),
        MixturePopulation m => m.Parts.Aggregate(new Estimate(0, 0), (acc, part) =>
        {
            var e = C0(part.Part);
            return new Estimate(acc.Value + part.Weight * e.Value, acc.Error + part.Weight * e.Error);
        }),
        _ => throw new ArgumentException(p.Name),
    };

    /// <summary>A population: symmetric as printed, non-symmetric when the symmetry hypothesis is weakened, exponential
    /// loss when the logit hypothesis is weakened.</summary>
    internal static Population Pop(Choices c, Context ctx, bool cheap = false)
    {
        var loss = ctx.Weak(Logit) ? MarginLoss.Exponential : MarginLoss.Logistic;
        return ctx.Weak(Sym) ? NonSymmetric(c, loss) : Symmetric(c, cheap || ctx.Weak(Logit), loss);
    }

    internal static Hypothesis SymHyp(Expectation e, string why) => new(Sym, SymStatement, SymWeak, e, why);
    internal static Hypothesis LogitHyp(Expectation e, string why) => new(Logit, LogitStatement, LogitWeak, e, why);

    internal static PointCase RandomPoint(Choices c, Context ctx, bool cheap = false, int normLo = -3, int normHi = 2)
    {
        var pop = Pop(c, ctx, cheap);
        var a = ctx.Weak(Logit) ? 0.5 + c.Int(0, 6) * 0.5 : Norm(c, normLo, normHi);
        var th = Theta(c);
        return new PointCase(pop, Point(pop.Dimension, a, th), $"‖w‖ = {a:R}, θ = {th:R}");
    }

    /// <summary>−(v − (w̄ᵀv) w̄)ᵀ ∇L(w) with its error.</summary>
    internal static Estimate Rho(Population p, double[] w)
    {
        var g = p.Gradient(w);
        var vp = Vec.ProjectOut(w, p.V);
        return new Estimate(-Vec.Dot(vp, g.Value), Vec.Norm(vp) * g.Error);
    }

    internal static double Sin2(double[] w, double[] v) { var s = Math.Sin(Angle(w, v)); return s * s; }

    internal static string F(double x) => x.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Central differences of functions of w(t) along the gradient flow (forward and backward integration).</summary>
    internal static class FlowDiff
    {
        /// <summary>
        /// (q(w(h)) − q(w(−h)))/2h for h and h/2, with the state error of the flows per unit of the difference quotient (callers
        /// multiply it by a bound on ‖∇q‖) and the rounding of q itself.
        /// </summary>
        public static (double Dh, double Dh2, double StateErr, double Rounding) Central(
            Func<double[], double[]> field, double[] w0, Func<double[], double> q, double h)
        {
            var o = new OdeOptions(1e-12, 1e-14, InitialStep: h / 8);
            double D(double s, out double e)
            {
                var fw = DormandPrince.Integrate((_, w) => field(w), 0, w0, s, o);
                var bw = DormandPrince.Integrate((_, w) => Vec.Scale(-1, field(w)), 0, w0, s, o);
                // truncation (the integrator's local error estimates) plus rounding of the state: each accepted step
                // y ← y + hΣbᵢkᵢ rounds every coordinate, ≤ 2u‖y‖ per step in norm (u = 2⁻⁵³), which for large ‖w‖ dominates
                e = fw.SumLocalError + bw.SumLocalError + (fw.T.Count + bw.T.Count - 2) * 2 * 1.1102230246251565e-16 * Math.Max(Vec.Norm(fw.Last),
                    Vec.Norm(bw.Last));
                return (q(fw.Last) - q(bw.Last)) / (2 * s);
            }
            var d1 = D(h, out var e1);
            var d2 = D(h / 2, out var e2);
            // rounding of q itself: 2 ulp-sized errors over the difference quotient
            var rounding = 4e-16 * Math.Abs(q(w0)) / h;
            return (d1, d2, Math.Max(e1, e2) / (h / 2), rounding);
        }
    }

    /// <summary>An initial point of a flow.</summary>
    public sealed record FlowCase(Population Pop, double[] W0, int Depth = 1)
    {
        public override string ToString() => $"{Pop.Name}, v = {Vec.Format(Pop.V)}, w(0) = {Vec.Format(W0)} (‖w(0)‖ = {Vec.Norm(W0):R}, θ(0) = " +
            $"{Angle(W0, Pop.V):R}){(Depth > 1 ? $", N = {Depth}" : "")}";
    }

    /// <summary>An integrated gradient flow (or induced flow, N ≥ 2) with its transition time T and achieved accuracy.</summary>
    internal sealed class FlowRun
    {
        public static readonly OdeOptions Options = new(1e-9, 1e-11, MaxSteps: 20_000, MaxStep: 0.25, InitialStep: 1e-4);

        public FlowRun(FlowCase x, double horizon, bool resolveAfterT = true)
        {
            Case = x;
            Field = x.Depth == 1 ? w => Vec.Scale(-1, x.Pop.Gradient(w).Value) : w => Flows.InducedField(x.Pop.Gradient(w).Value, w, x.Depth);
            Trajectory = x.Depth == 1 ? Flows.GradientFlow(x.Pop, x.W0, horizon, Options) : Flows.InducedFlow(x.Pop, x.Depth, x.W0, horizon, Options);
            // T located as an event (Brent's method on wᵀẇ, re-integrated from the last step before it): about ten field evaluations
            var tr = Flows.LocateTransition(Trajectory.Ode, Field, Options with { MaxStep = double.PositiveInfinity });
            if (tr is { } t)
            {
                T = t.T;
                WT = t.W;
                if (!resolveAfterT) return;
                // a second integration from w(T) resolves the first instants after T
                After = DormandPrince.Integrate((_, w) => Field(w), T.Value, WT, Math.Max(horizon, T.Value + 1), Options with { InitialStep = 1e-7 });
            }
        }

        public FlowCase Case { get; }
        public Func<double[], double[]> Field { get; }
        public Trajectory Trajectory { get; }
        public double? T { get; }
        public double[]? WT { get; }
        public OdeSolution? After { get; }
        public double StateError => Trajectory.StateError + (After?.SumLocalError ?? 0);

        /// <summary>E(θ) = ln((1 + cos θ)/(1 − cos θ)) = −2 ln tan(θ/2), computed from the stable angle.</summary>
        public static double LogRatio(double[] w, double[] v) => -2 * Math.Log(Math.Tan(Angle(w, v) / 2));

        /// <summary>Error of LogRatio from a state error δ: |dE/dθ| δθ = (2/sin θ)(δ/‖w‖).</summary>
        public static double LogRatioError(double[] w, double[] v, double delta) => 2 / Math.Sin(Angle(w, v)) * delta / Vec.Norm(w);

        /// <summary>All (t, w) of both integrations, the first up to T, the second after it (without a second integration, the first
        /// throughout).</summary>
        public IEnumerable<(double T, double[] W)> Points()
        {
            for (var i = 0; i < Trajectory.Ode.T.Count; i++)
                if (T is null || After is null || Trajectory.Ode.T[i] <= T) yield return (Trajectory.Ode.T[i], Trajectory.Ode.Y[i]);
            if (After is { } a) for (var i = 1; i < a.T.Count; i++) yield return (a.T[i], a.Y[i]);
        }
    }

    /// <summary>
    /// The law of a trajectory claim: those of <see cref="Sec4.Population"/> (Gaussians in R², R³, R⁵, R¹⁰, circles, mixtures, U(S²) one
    /// case in nine: all but U(S²) with the fast gradient, so that trajectories are affordable at the case floors); with the symmetry or
    /// the logit loss weakened, the planar laws of <see cref="Pop"/> (as the fuzz expectations were recorded).
    /// </summary>
    internal static Population FlowPopulation(Choices c, Context ctx) => ctx.Weak(Sym) || ctx.Weak(Logit) ? Pop(c, ctx, cheap: true)
        : Sec4.Population(c, ctx);

    /// <summary>
    /// A start of the gradient flow: a law of <see cref="FlowPopulation"/>; ‖w(0)‖ ∈ (0, 4] (denominator ≤ 8) or, one case in five,
    /// 10⁻ᵏ (k ≤ 3); θ(0) by <see cref="Sec4.Angle0"/> (0 and π exactly only when <paramref name="ends"/>, 10⁻ᵏ, π − 10⁻¹, π − 10⁻², or πq).
    /// Raw zeros decode to U(S¹), ‖w(0)‖ of the interval and θ(0) = 0 (or π/2 without the ends), the reproducer of Theorem 1.
    /// </summary>
    internal static FlowCase RandomFlow(Choices c, Context ctx, bool ends = false, int depth = 1)
    {
        var pop = FlowPopulation(c, ctx);
        var a = c.Int(0, 4) == 4 ? Math.Pow(10, -c.Int(1, 3)) : c.In(Interval.OpenClosed(0, 4), 8).ToDouble();
        var th = Sec4.Angle0(c, zero: ends, pi: ends);
        return new FlowCase(pop, Sec4.Start(pop.Dimension, a, th), depth);
    }

    /// <summary>The coverage classes of a gradient-flow start (Lemma 1, Theorem 1): laws, θ(0) regions and a small ‖w(0)‖.</summary>
    internal static List<CoverageClass> FlowCoverage(string claim, bool ends)
    {
        var l = new List<CoverageClass>
        {
            Cover.BeyondS2($"{claim}, Assumption 1: any spherically symmetric law", 0.3),
            Cover.GaussianD3($"{claim}, Assumption 1: the standard Gaussian (Section 1) in R^d", 0.1),
            new("theta0-obtuse", $"{claim}: vᵀw(0) < 0, where ‖w‖ first decreases (Lemma 3 (ii))", 0.2, "θ(0) ∈ (π/2, π)"),
            new("theta0-near-0", $"{claim}: θ(0) close to 0 (B₁ = −2 ln tan(θ(0)/2) large)", 0.03, "0 < θ(0) ≤ 10⁻¹"),
            new("theta0-near-pi", $"{claim}: θ(0) close to π (B₁ very negative, T large)", 0.03, "π − 0.2 < θ(0) < π"),
            Cover.NormSmall($"{claim}: any w(0) ≠ 0, also close to the origin (A₁ = 2c₀/(π‖w(0)‖) large)", 0.05, 0.05),
        };
        if (ends)
        {
            l.Add(new("theta0-zero", $"{claim} assumes nothing on θ(0): w(0) = a v stays on v (Remark 2), T = 0", 0.03, "θ(0) = 0"));
            l.Add(new("theta0-pi", $"{claim} assumes nothing on θ(0): w(0) = −a v shrinks along v through 0 (at T)", 0.03, "θ(0) = π"));
        }
        return l;
    }

    /// <summary>The classes of a gradient-flow start (see <see cref="FlowCoverage"/>).</summary>
    internal static IEnumerable<string> FlowStartClasses(FlowCase x)
    {
        foreach (var k in Cover.Population(x.Pop)) yield return k;
        var th = Angle(x.W0, x.Pop.V);
        if (th == 0) yield return "theta0-zero";
        else if (th == Math.PI) yield return "theta0-pi";
        else if (th <= 0.1) yield return "theta0-near-0";
        else if (th > Math.PI - 0.2) yield return "theta0-near-pi";
        if (th > Math.PI / 2 && th < Math.PI) yield return "theta0-obtuse";
        if (Vec.Norm(x.W0) < 0.05) yield return "norm-small";
    }

    /// <summary>A learning-rate schedule by name: η_k = η₀·(k+1)^α, η₀·q^k, or bounded pseudo-random in [η₋, η₊].</summary>
    public sealed record Schedule(string Kind, double Eta0, double Param, double EtaMinus = 0, double EtaPlus = 0)
    {
        public double Eta(int k) => Kind switch
        {
            "power" => Eta0 * Math.Pow(k + 1, Param),
            "geometric" => Eta0 * Math.Pow(Param, k),
            "bounded" => EtaMinus + (EtaPlus - EtaMinus) * (0.5 + 0.5 * Math.Sin(12.9898 * (k + 1) * Param)),
            _ => Eta0,
        };

        public double LogEta(int k) => Kind switch
        {
            "power" => Math.Log(Eta0) + Param * Math.Log(k + 1),
            "geometric" => Math.Log(Eta0) + k * Math.Log(Param),
            _ => Math.Log(Eta(k)),
        };

        public override string ToString() => Kind switch
        {
            "power" => $"η_k = {Eta0:R}·(k+1)^{Param:R}",
            "geometric" => $"η_k = {Eta0:R}·{Param:R}^k",
            "bounded" => $"η_k ∈ [{EtaMinus:R}, {EtaPlus:R}] (deterministic pseudo-random, phase {Param:R})",
            _ => $"η_k = {Eta0:R}",
        };
    }

    public sealed record GdCase(FlowCase Start, Schedule Schedule, double Delta = 1)
    {
        public override string ToString() => $"{Start}, {Schedule}{(Delta != 1 ? $", δ = {Delta:R}" : "")}";
    }

    /// <summary>A learning-rate schedule: constant, power, geometric or bounded, with η₀ ∈ [10⁻², 10²).</summary>
    /// <param name="etaMinusZero">Bounded schedules also with η₋ = 0 (one in two), for the claims that assume no lower bound on η_n.</param>
    internal static Schedule RandomSchedule(Choices c, bool etaMinusZero = false)
    {
        var eta0 = Norm(c, -2, 1);
        return c.Int(0, 3) switch
        {
            0 => new Schedule("constant", eta0, 0),
            1 => new Schedule("power", eta0, c.SmallRational(4, 4).ToDouble() / 2),
            2 => new Schedule("geometric", eta0, 1 + c.Int(1, 10) / 100.0),
            _ => new Schedule("bounded", eta0, c.Int(1, 9), etaMinusZero && c.Bool() ? 0 : eta0 / 4, eta0),
        };
    }

    /// <summary>Spherically symmetric laws whose gradient is fast enough for GD and flows (the fixed composite rule of FastGradient
    /// for circles and Gaussians): U(S¹), U(S²), N(0, I_d) for d = 2, 3, 6, 2.5·U(S¹) and a two-scale Gaussian mixture in R⁴.</summary>
    internal static SphericalPopulation TrajectoryPopulation(Choices c, MarginLoss? loss = null)
    {
        RadialLaw law = c.Int(0, 6) switch
        {
            0 => new CircleRadius(),
            1 => new SphereProjectionRadius(3),
            2 => new GaussianRadius(2),
            3 => new GaussianRadius(3),
            4 => new GaussianRadius(6),
            5 => new CircleRadius(2.5),
            _ => new RadialMixture([(3, new GaussianRadius(4, 0.5)), (1, new GaussianRadius(4, 2))]),
        };
        return new SphericalPopulation(law, V(law.Dimension), loss);
    }

    /// <summary>Whether a population is one of the two laws the earlier generators used, U(S¹) and U(S²) (coverage classes ask for others).</summary>
    internal static bool IsUnitCircleOrSphere(Population p) =>
        p is SphericalPopulation { Law: CircleRadius { Radius: 1 } or SphereProjectionRadius { Dimension: 3, Radius: 1 } };

    /// <summary>E‖x‖ over the full space R^d (Proposition 1's Lipschitz constant; c₀ is the mean norm of the two-dimensional marginal).</summary>
    internal static double FullMeanNorm(Population p) => p switch
    {
        SphericalPopulation s => s.Law.FullMeanNorm,
        PointsPopulation q => q.Points.Select((x, i) => q.Weights[i] * Vec.Norm(x)).Sum(),
        SpherePushforwardPopulation s when s.SphericallySymmetric => s.Parts.Sum(q => q.Weight * q.M[0, 0]),
        _ => C0(p).Value,
    };

    /// <summary>The first violation of Eq. (9) met by WalkEquation9.</summary>
    internal readonly record struct Equation9Violation(int N, double Lhs, double Rhs, double S);

    /// <summary>
    /// Eq. (9) in log form along a GD run for n = 1 … <paramref name="last"/>: ln(1 − cos θ(n)) ≤ ln(1 − cos θ(0)) − B S_n⁻ with
    /// S_n⁻ = Σ_{k&lt;n} η_k/√(A + Σ_{i≤k} η_i²), A = ‖w(0)‖²/c₀², B = bFactor·(1 + cos θ(0))/π; margin 10⁻⁹ relative plus the accumulated
    /// quadrature error (10 n η × gradient error, propagated through 1/((1 − cos θ)‖w‖)). Null when it held; S is S_last⁻.
    /// </summary>
    internal static Equation9Violation? WalkEquation9(GdRun gd, double[] v, double c0, int last, double bFactor, out double sLast) =>
        WalkEquation9(gd.W, gd.Eta, gd.MaxGradError, v, c0, last, bFactor, out sLast);

    /// <summary>The walk of Eq. (9) on iterates w(n), rates η_n and the gradients' error bound (the judgement, apart from the run).</summary>
    internal static Equation9Violation? WalkEquation9(IReadOnlyList<double[]> ws, IReadOnlyList<double> etas, double gradError, double[] v, double c0,
        int last, double bFactor, out double sLast)
    {
        var w0 = ws[0];
        var a = Vec.Dot(w0, w0) / (c0 * c0);
        var b = bFactor * (1 + Vec.Cos(w0, v)) / Math.PI;
        var om0 = OneMinusCos(w0, v);
        double s = 0, sumEta2 = 0;
        sLast = 0;
        for (var n = 1; n <= last && n < ws.Count; n++)
        {
            var eta = etas[n - 1];
            sumEta2 += eta * eta;
            s += eta / Math.Sqrt(a + sumEta2);
            sLast = s;
            var lhs = Math.Log(OneMinusCos(ws[n], v));
            var rhs = Math.Log(om0) - b * s;
            var tol = 1e-9 * Math.Max(1, Math.Abs(rhs)) + 10 * n * eta * gradError / Math.Max(1e-300, OneMinusCos(ws[n], v) * Vec.Norm(ws[n]));
            if (lhs > rhs + tol) return new(n, lhs, rhs, s);
        }
        return null;
    }

    /// <summary>1 − cos θ computed stably as 2 sin²(θ/2).</summary>
    internal static double OneMinusCos(double[] w, double[] v) { var s = Math.Sin(Angle(w, v) / 2); return 2 * s * s; }

    /// <summary>The first violation met by WalkEquation12: condition (11) at step N, or the bound (12) at step N.</summary>
    internal readonly record struct Equation12Violation(int N, bool ConditionFailed, double Lhs, double Rhs);

    /// <summary>
    /// Walks a GD run from step s (Lemma 5 from 0, Theorem 2 from n₁): for n &gt; s, condition (11)
    /// ‖w(n)‖ + w̄(n−1)ᵀw(n) ≥ factor · c₀η_{n−1} cos θ(n−1)/π (factor = 1 + δ; within a relative slack) unless ignored, then
    /// Eq. (12) in log form ln(1 − cos θ(n)) ≤ ln(1 − cos θ(s)) − B S_n⁺, S_n⁺ = Σ η_k/√(A + Σ(η_i² + Cη_i)), A = ‖w(s)‖²/c₀²,
    /// C = 0.6/c₀², with margin 10⁻⁹ relative plus the accumulated quadrature error. Null when both held to the end.
    /// </summary>
    internal static Equation12Violation? WalkEquation12(GdRun gd, double[] v, double c0, int start, double b, double conditionFactor, double conditionSlack,
        bool ignoreCondition) => WalkEquation12(gd.W, gd.Eta, gd.MaxGradError, v, c0, start, b, conditionFactor, conditionSlack, ignoreCondition);

    /// <summary>The walk of Eqs. (11)-(12) on iterates w(n), rates η_n and the gradients' error bound (the judgement, apart from the run).</summary>
    internal static Equation12Violation? WalkEquation12(IReadOnlyList<double[]> w, IReadOnlyList<double> etas, double gradError, double[] v, double c0,
        int start, double b, double conditionFactor, double conditionSlack, bool ignoreCondition)
    {
        var ws = w[start];
        var a = Vec.Dot(ws, ws) / (c0 * c0);
        var cc = 0.6 / (c0 * c0);
        var om = OneMinusCos(ws, v);
        double s = 0, sum = 0;
        for (var n = start + 1; n < w.Count; n++)
        {
            var eta = etas[n - 1];
            var wn = w[n - 1];
            var wn1 = w[n];
            var lhs11 = Vec.Norm(wn1) + Vec.Dot(wn, wn1) / Vec.Norm(wn);
            var rhs11 = conditionFactor * c0 * eta * Vec.Cos(wn, v) / Math.PI;
            if (!ignoreCondition && lhs11 < rhs11 - conditionSlack * Math.Abs(rhs11)) return new(n - 1, true, lhs11, rhs11);
            sum += eta * eta + cc * eta;
            s += eta / Math.Sqrt(a + sum);
            var lhs = Math.Log(OneMinusCos(wn1, v));
            var rhs = Math.Log(om) - b * s;
            var tol = 1e-9 * Math.Max(1, Math.Abs(rhs)) + 10 * n * eta * gradError / Math.Max(1e-300, OneMinusCos(wn1, v) * Vec.Norm(wn1));
            if (lhs > rhs + tol) return new(n, false, lhs, rhs);
        }
        return null;
    }

    internal static class Deep
    {
        /// <summary>ẇ_e at the given layers under the layer-wise flow, by the product rule: Σ_j (W_N ⋯ Ẇ_j ⋯ W_1)ᵀ.</summary>
        public static double[] EndToEndVelocity(IReadOnlyList<double[,]> layers, double[] grad)
        {
            var field = Flows.LayerField(layers, grad);
            var v = new double[layers[0].GetLength(1)];
            for (var j = 0; j < layers.Count; j++)
            {
                var l = layers.ToList();
                l[j] = field[j];
                v = Vec.Axpy(1, Flows.EndToEnd(l), v);
            }
            return v;
        }
    }

    /// <summary>The case of Eq. (14): depth N, end-to-end vector, and the layers at t = 0.</summary>
    public sealed record LayersCase(Population Pop, List<double[,]> Layers, string Init)
    {
        public double[] We => Flows.EndToEnd(Layers);
        public int N => Layers.Count;
        public override string ToString() => $"{Pop.Name}, v = {Vec.Format(Pop.V)}, N = {N}, {Init}, w_e(0) = {Vec.Format(We)}";
    }

    /// <summary>SGD seeds of the figure claims: the default seed (shared with the golden snapshot; the series are memoised, so the
    /// ci run costs one SGD run per figure), and four more with VERIFICATION_DEEP=1.</summary>
    internal static readonly ulong[] FigureSeeds = Environment.GetEnvironmentVariable("VERIFICATION_DEEP") == "1" ? [Budgets.DefaultSeed, 1, 2, 3, 4]
        : [Budgets.DefaultSeed];

    /// <summary>Descending-then-ascending on a sampled series, with slack for SGD noise.</summary>
    internal static string? NormPattern(double[] t, double[] norm, double slack)
    {
        var k = Array.IndexOf(norm, norm.Min());
        for (var i = 0; i < k; i++) if (norm[i + 1] > norm[i] + slack) return $"norm rises at t = {t[i + 1]:R} before its minimum at t = {t[k]:R}";
        for (var i = k; i + 1 < norm.Length; i++) if (norm[i + 1] < norm[i] - slack) return $"norm falls at t = {t[i + 1]:R} after its minimum at t = " +
            $"{t[k]:R}";
        return null;
    }
}
