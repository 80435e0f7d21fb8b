using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Numerics;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Spec;

// Generators, coverage classes and the flow run of the Section 4 claims (deep linear networks, Eqs. (13)-(17), (39), (41)).
public static partial class Lsz
{
    internal static class Sec4
    {
        /// <summary>
        /// Spherically symmetric laws (Assumption 1) beyond U(S¹)/U(S²): Gaussians in R², R³, R⁵, R¹⁰, a larger circle, shell
        /// and Gaussian mixtures, and U(S²). All have the fixed-panel gradient (Models/Lsz/FastGradient: U(S^{d−1}) as circles
        /// averaged over their radius), which is what makes trajectories affordable at the case floors; U(S²), still 5–8×
        /// slower per step, comes one case in nine.
        /// </summary>
        private static readonly Func<RadialLaw>[] Laws =
        [
            () => new CircleRadius(),
            () => new GaussianRadius(2),
            () => new GaussianRadius(3),
            () => new GaussianRadius(5, 0.5),
            () => new GaussianRadius(10),
            () => new CircleRadius(2.5),
            () => new RadialMixture([(1, new CircleRadius(0.5)), (2, new CircleRadius(3))]),
            () => new RadialMixture([(3, new GaussianRadius(4, 0.5)), (1, new GaussianRadius(4, 2))]),
            () => new SphereProjectionRadius(3),
        ];

        /// <summary>A law that is not spherically symmetric in R³: five points off the plane of v and w(0) (the flow leaves it).</summary>
        private static PointsPopulation Points3(MarginLoss loss) =>
            new PointsPopulation([[1, 0, 0.5], [-0.5, 1, -1], [0.3, -2, 1], [0, 0.4, 2], [-0.8, -0.6, -1.5]], V(3), loss: loss);

        /// <summary>The population: symmetric as printed; with the symmetry hypothesis weakened a planar non-symmetric law
        /// (ellipse or points, as in Lsz.Pop) or, one case in three, a non-symmetric point set in R³.</summary>
        public static Population Population(Choices c, Context ctx)
        {
            var loss = ctx.Weak(Logit) ? MarginLoss.Exponential : MarginLoss.Logistic;
            if (ctx.Weak(Sym)) return c.Int(0, 2) == 2 ? Points3(loss) : NonSymmetric(c, loss);
            // the sum of two choices (mod the count) spreads the laws evenly even where single raw values cluster; 0, 0 is U(S¹)
            var law = Laws[(c.Int(0, Laws.Length - 1) + c.Int(0, Laws.Length - 1)) % Laws.Length]();
            return new SphericalPopulation(law, V(law.Dimension), loss);
        }

        /// <summary>
        /// θ ∈ [0, π]: exactly 0 or π when allowed (w = ±a v exactly, so the flow stays on the axis), 10⁻ᵏ (k ≤ 8), π − 10⁻ᵏ
        /// (k ≤ <paramref name="nearPiDigits"/>: closer to π the transition time T outgrows any horizon), or πq with q ∈ (0, 1).
        /// </summary>
        public static double Angle0(Choices c, bool zero, bool pi, int nearPiDigits = 2) => ((c.Int(0, 7) + c.Int(0, 7)) % 8) switch
        {
            0 when zero => 0,
            1 when pi => Math.PI,
            2 => Math.Pow(10, -c.Int(1, 8)),
            3 => Math.PI - Math.Pow(10, -c.Int(1, nearPiDigits)),
            _ => Math.PI * c.In(Interval.Open(0, 1), 24).ToDouble(),
        };

        /// <summary>w = a(cos θ v + sin θ u), exactly ±a v at θ = 0 and π.</summary>
        public static double[] Start(int d, double a, double theta) => theta == Math.PI ? Vec.Scale(-a, V(d)) : Point(d, a, theta);

        /// <summary>A start of the induced flow: population, ‖w(0)‖ = m·10ᵏ ∈ [0.01, 90], θ(0) and depth N ∈ [lo, hi].</summary>
        public static FlowCase Flow(Choices c, Context ctx, int lo, int hi, bool zero = true, bool pi = false, int nearPiDigits = 2, int normHi = 1)
        {
            var pop = Population(c, ctx);
            var n = c.Int(lo, hi);
            var a = Norm(c, -2, normHi);
            var th = Angle0(c, zero, pi, nearPiDigits);
            return new FlowCase(pop, Start(pop.Dimension, a, th), n);
        }

        /// <summary>Unit vectors u₂ … u_N of a balanced chain: in the plane of the first two coordinates, or (one case in
        /// three, d ≥ 3) with a component along the third axis, so hidden layers are not confined to the data plane.</summary>
        public static List<double[]> Units(Choices c, int d, int count)
        {
            var tilt = d >= 3 && c.Int(0, 2) == 0;
            return Enumerable.Range(0, count).Select(_ =>
            {
                var a = Math.PI * c.SmallRational(6, 4).ToDouble();
                var u = new double[d];
                u[0] = Math.Cos(a);
                u[1] = Math.Sin(a);
                if (!tilt) return u;
                u[2] = 1;
                return Vec.Scale(1 / Vec.Norm(u), u);
            }).ToList();
        }

        /// <summary>Whether a hidden layer has a unit with a third component (hidden units off the plane of the data's v and w_e).</summary>
        public static bool OffPlane(List<double[,]> layers) =>
            layers.Take(layers.Count - 1).Any(m => m.GetLength(0) >= 3 && Enumerable.Range(0, m.GetLength(1)).Any(k => m[2, k] != 0));

        /// <summary>The classes of a population (distribution families of Assumption 1).</summary>
        public static IEnumerable<string> PopulationClasses(Population p)
        {
            if (p is not SphericalPopulation s) { if (p.Dimension >= 3) yield return "non-symmetric-d3"; yield break; }
            switch (s.Law)
            {
                case GaussianRadius g when g.Dimension >= 3: yield return "gaussian-d3"; break;
                case SphereProjectionRadius: yield return "sphere-d3"; break;
                case RadialMixture: yield return "mixture"; break;
                case CircleRadius r: yield return r.Radius == 1 ? "circle" : "circle-scaled"; break;
            }
        }

        /// <summary>The classes of a start: distribution, θ(0) (0, π, near 0, near π, obtuse), depth, and ‖w(0)‖ extremes.</summary>
        public static IEnumerable<string> FlowClasses(FlowCase x)
        {
            foreach (var k in PopulationClasses(x.Pop)) yield return k;
            var th = Angle(x.W0, x.Pop.V);
            if (th == 0) yield return "theta0-zero";
            else if (th == Math.PI) yield return "theta0-pi";
            else if (th < 1e-2) yield return "theta0-near-0";
            else if (th > Math.PI - 0.2) yield return "theta0-near-pi";
            if (th > Math.PI / 2 && th < Math.PI) yield return "theta0-obtuse";
            if (x.Depth == 1) yield return "N-1";
            if (x.Depth == 2) yield return "N-2";
            if (x.Depth >= 5) yield return "N-large";
            var a = Vec.Norm(x.W0);
            if (a < 0.1) yield return "norm-small";
            if (a >= 10) yield return "norm-large";
        }

        private const string Sources = "Assumption 1 (any spherically symmetric law: 'covers the standard Gaussian distribution and uniform distribution " +
            "on the sphere', Section 1)";

        /// <summary>The coverage classes shared by the Section 4 claims, from Assumption 1, the depth N and θ(0) ∈ [0, π].</summary>
        public static List<CoverageClass> Classes(bool zero, bool pi, bool nearPi, int nLo, int nHi, bool norms = true, bool largeNorms = true)
        {
            var l = new List<CoverageClass>
            {
                new("gaussian-d3", Sources, 0.05, "x ∼ N(0, s²I_d) with d ∈ {3, 5, 10} (d = 10: the dimension well beyond 2–3)"),
                new("mixture", Sources, 0.05, "a radial mixture (two circles, or two Gaussians in R⁴): not a single radius law"),
                new("sphere-d3", Sources, 0.03, "x ∼ U(S²)"),
                new("theta0-near-0", "θ(0) ∈ (0, π): the proofs divide by sin²θ (Eq. (16))", 0.03, "θ(0) = 10⁻ᵏ, k ≤ 8"),
                new("theta0-obtuse", "Lemma 3 (ii): g < 0 for θ > π/2, the descending phase", 0.1, "θ(0) ∈ (π/2, π)"),
            };
            if (zero) l.Add(new("theta0-zero", "Theorem 3, Proposition 4: only θ(0) = π is excluded, θ(0) = 0 is not (ln tan(θ/2) = −∞, " +
                "the bounds read cos θ ≥ 1)", 0.03, "w(0) = a v exactly"));
            if (pi) l.Add(new("theta0-pi", "Lemma 7, Lemma 8, Eqs. (39), (41): w_e ≠ 0 is the only hypothesis; θ = π (sin θ = 0) is allowed", 0.03,
                "w = −a v exactly"));
            if (nearPi) l.Add(new("theta0-near-pi", "Theorem 3: θ(0) ≠ π covers every θ(0) < π, where T grows without bound as θ(0) → π", 0.03,
                "θ(0) ∈ (π − 0.2, π)"));
            if (nLo <= 1) l.Add(new("N-1", "N ≥ 1: the linear model (Lemma 1-3) as the depth-1 case", 0.05, "N = 1"));
            if (nLo <= 2) l.Add(new("N-2", "N = 2: Proposition 4's case (Lemma 8 (i) and the proof of Lemma 6 need N > 2)", 0.05, "N = 2"));
            if (nHi >= 5) l.Add(new("N-large", "any depth N (Eq. (14) for general N)", 0.1, "N ∈ {5, 6}"));
            if (norms)
            {
                l.Add(new("norm-small", "Theorem 3: w_e(0) ≠ 0, any norm, near the saddle at the origin (Appendix B.4, Case 1)", 0.03, "‖w(0)‖ < 0.1"));
                if (largeNorms) l.Add(new("norm-large", "Theorem 3: w_e(0) ≠ 0, any norm", 0.03, "‖w(0)‖ ≥ 10"));
            }
            return l;
        }
    }

    /// <summary>
    /// An integrated induced flow (14) (N = 1: the gradient flow) with its transition time T located as an event
    /// (<see cref="Flows.LocateTransition"/>), stopped <c>window</c> after the first accepted step with wᵀẇ ≥ 0 or at the
    /// horizon; and, when asked, a second integration from w(T) that resolves the first instants after T.
    /// </summary>
    internal sealed class DeepRun
    {
        /// <summary>rtol 10⁻⁹; steps ≤ 0.5 so that a sign change of wᵀẇ is not stepped over in the sign checks.</summary>
        public static readonly OdeOptions Options = new(1e-9, 1e-11, MaxSteps: 20_000, MaxStep: 0.5, InitialStep: 1e-4);

        public DeepRun(FlowCase x, double horizon, double window, double afterUntil = 0, OdeOptions? options = null,
            Func<double[], double>? windowAt = null)
        {
            var o = options ?? Options;
            Case = x;
            var n = x.Depth;
            Field = w => Flows.InducedField(x.Pop.Gradient(w).Value, w, n);
            double[] lastF = [];
            var maxErr = 0.0;
            double? seen = null;
            var sol = DormandPrince.Integrate((_, w) =>
            {
                var g = x.Pop.Gradient(w);
                maxErr = Math.Max(maxErr, g.Error * Math.Pow(Vec.Norm(w), 2 - 2.0 / n) * n);
                lastF = Flows.InducedField(g.Value, w, n);
                return lastF;
            }, 0, x.W0, horizon, o, (t, y) =>
            {
                // the last field evaluation of an accepted step is the FSAL stage at the new state
                if (seen is null && Vec.Dot(y, lastF) >= 0) { seen = t; window = windowAt?.Invoke(y) ?? window; }
                return seen is { } s && t >= s + window;
            });
            Trajectory = new Trajectory(sol, maxErr, sol.LastT);
            if (Flows.LocateTransition(sol, Field, o with { MaxStep = double.PositiveInfinity }) is not { } tr) return;
            T = tr.T;
            WT = tr.W;
            if (afterUntil > T) After = DormandPrince.Integrate((_, w) => Field(w), tr.T, tr.W, afterUntil, o with { InitialStep = 1e-7 });
        }

        public FlowCase Case { get; }
        public Func<double[], double[]> Field { get; }
        public Trajectory Trajectory { get; }
        public double? T { get; }
        public double[]? WT { get; }
        public OdeSolution? After { get; }
        public double StateError => Trajectory.StateError + (After?.SumLocalError ?? 0);

        /// <summary>(t, w, ẇ) at the accepted steps of the first integration (up to T when a second one resolves after it).</summary>
        public IEnumerable<(double T, double[] W, double[] F)> Steps()
        {
            var o = Trajectory.Ode;
            for (var i = 0; i < o.T.Count; i++)
                if (After is null || T is null || o.T[i] <= T) yield return (o.T[i], o.Y[i], o.F[i]);
            if (After is { } a) for (var i = 1; i < a.T.Count; i++) yield return (a.T[i], a.Y[i], a.F[i]);
        }
    }
}
