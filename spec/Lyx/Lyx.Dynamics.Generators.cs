using Verification.Harness;

namespace Verification.Spec;

// The trajectory claims of Sections 3 and 5 (Theorems 1-2 [J 3.1-3.2], Propositions 3-4 [J 3-4]): population GD in d = 2 on
// generated densities and networks, with the coverage classes read from the hypotheses and proof steps of both versions.
public static partial class Lyx
{
    /// <summary>
    /// One population-GD trajectory of the class-1 problem (6) in d = 2. Conference: k = <paramref name="KPos"/> w's and as many
    /// u's, common bias b. Journal: n classes, <paramref name="KPos"/> columns positive for class 1, <paramref name="KOther"/>
    /// positive for each other class, <paramref name="KNeg"/> all-negative columns (allowed by Assumption 1), |v_{i,j}| = v,
    /// equal biases b_j = <paramref name="BiasTotal"/>/K. Density p(x) ∝ |x|^α on m ≤ |x| ≤ M (positive on the whole annulus).
    /// <paramref name="Theta"/> &gt; 0: η = θ·2/L with L the Lipschitz constant of Lemma 2's [4.2's] proof (bias theorems).
    /// </summary>
    public sealed record DynCase(bool Journal, int N, int KPos, int KOther, int KNeg, string Init, ulong Seed, double Eta, double Theta,
        double BiasTotal, double V, int Steps, double M1, double M2, double Alpha, double InitScale = 1)
    {
        public int Neurons => Journal ? KPos + (N - 1) * KOther + KNeg : 2 * KPos;

        public override string ToString() => FormattableString.Invariant(
            $"{(Journal ? $"journal n={N}, k₁={KPos}, other={KOther}, all-negative={KNeg}, v={V}" : $"conference k={KPos}")}, {Init} init seed {Seed}, ") +
            FormattableString.Invariant($"η={Eta:G6}{(Theta > 0 ? $" (θ={Theta}·2/L)" : "")}, Σb={BiasTotal:G6}, m={M1}, M={M2}, α={Alpha}, {Steps} steps") +
            (InitScale != 1 ? FormattableString.Invariant($", initial scale {InitScale:G6}") : "");
    }

    public static class Dyn
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<DynCase, Dynamics.Lyx.PopulationGd.Trajectory> Cache = new();
        public static readonly IReadOnlyList<string> Inits = ["gaussian", "half-space", "tied", "small", "large"];
        private static readonly double[] Etas = [0.1, 0.05, 0.2, 0.5, 1.0];
        private static readonly double[] OutputWeights = [0.5, 1.0, 0.25, 2.0];
        private static readonly double[] Thetas = [0.5, 0.9, 0.99];

        /// <summary>The fraction of the bias bound: near 0, inside, and near the bound (1/(2kM) conference, the re-derived 1/(4v) journal).</summary>
        private static readonly double[] BiasFractions = [0.5, 1.0 / 64, 63.0 / 64, 0.25, 1.5];

        /// <summary>Generates one trajectory case; every value inside the stated hypotheses (Assumption 2's p_min &gt; 0 on the whole
        /// annulus; b in (0, 1/(2kM)) resp. Σ b_j in (0, 1)).</summary>
        public static DynCase Generate(Choices c, bool journal, bool bias, int steps)
        {
            var m = new[] { 1.0, 0.5, 2.0, 0.125, 4.0 }[c.Int(0, 4)];
            var ratio = new[] { 2.0, 1.0625, 1.5, 4.0, 8.0 }[c.Int(0, 4)];
            var alpha = new[] { 0.0, 1.0, -1.0, 3.0 }[c.Int(0, 3)];
            var n = journal ? c.Int(2, 4) : 2;
            var kPos = c.Int(1, 8);
            var kOther = journal ? c.Int(1, 2) : kPos;
            var kNeg = journal ? c.Int(0, 1) : 0;
            var init = Inits[c.Int(0, Inits.Count - 1)];
            if (init == "tied" && kPos < 2) init = "gaussian";
            var seed = (ulong)c.Int(0, 1_000_000);
            var v = journal ? OutputWeights[c.Int(0, OutputWeights.Length - 1)] : 1.0;
            var bigM = m * ratio;
            if (!bias) return new DynCase(journal, n, kPos, kOther, kNeg, init, seed, Etas[c.Int(0, Etas.Length - 1)], 0, 0, v, steps, m, bigM, alpha);
            var frac = BiasFractions[c.Int(0, journal ? 4 : 3)];
            // conference: b < 1/(2kM); journal: Σ b_j < 1, the fraction 1.5 of 1/(4v) reaches [1/2, 1) for v ≤ 1/2 (capped below 1)
            var total = journal ? Math.Min(frac / (4 * v), 1 - 1.0 / 64) : frac / (2 * kPos * bigM);
            var theta = Thetas[c.Int(0, Thetas.Length - 1)];
            var x = new DynCase(journal, n, kPos, kOther, kNeg, init, seed, 0, theta, total, v, steps, m, bigM, alpha);
            return ProofLipschitz(x) is { } l ? x with { Eta = theta * 2 / l } : x with { Eta = 1e-3 };
        }

        /// <summary>
        /// The Lipschitz constant of ∇l_1 (Frobenius norm) that the proof of Lemma 2 [4.2] gives, or null where it gives none.
        /// Per column: (1) ≤ 2|S¹|M^d p_max/C · ε and (2) ≤ p_max εM|S¹|/b (d = 2, |S¹| = 2π), with C = 1/(2M) − (k − 2)b
        /// (conference) resp. C = (1/2 − 2vΣb_j)/M (journal, re-derived with |v_{i,j} − v_{r,j}| = 2v instead of the proof's
        /// w.l.o.g. 1, so it needs 2vΣb_j &lt; 1/2), times 2v per summand r ≠ i (journal); the proof bounds each column by the
        /// column-sum distance, so the Frobenius constant is (number of columns) × the per-column one.
        /// </summary>
        public static double? ProofLipschitz(DynCase x)
        {
            var dens = new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha);
            double pmax = dens.PMax, bigM = x.M2, s1 = 2 * Math.PI;
            if (!x.Journal)
            {
                var cc = 1 / (2 * bigM) - (x.KPos - 2) * x.BiasTotal;
                if (!(cc > 0) || !(x.BiasTotal > 0)) return null;
                return 2 * x.KPos * (2 * s1 * bigM * bigM * pmax / cc + pmax * bigM * s1 / x.BiasTotal);
            }
            var bj = x.BiasTotal / x.Neurons;
            var cj = (0.5 - 2 * x.V * x.BiasTotal) / bigM;
            if (!(cj > 0) || !(bj > 0)) return null;
            return x.Neurons * (x.N - 1) * 2 * x.V * (2 * s1 * bigM * bigM * pmax / cj + pmax * bigM * s1 / bj);
        }

        /// <summary>The initial weights: N(0, I) entries from the seed; half-space: first coordinates non-negative; tied: the second
        /// positive neuron equals the first (a tie GD never breaks); small / large: scaled by 1/16 / 4.</summary>
        public static double[][] Initial(DynCase x)
        {
            var rng = new Dynamics.Lyx.SplitMix64(x.Seed);
            var scale = x.InitScale * (x.Init == "small" ? 1.0 / 16 : x.Init == "large" ? 4.0 : 1.0);
            var w = new double[x.Neurons][];
            for (var l = 0; l < w.Length; l++)
            {
                w[l] = [scale * rng.Normal(), scale * rng.Normal()];
                if (x.Init == "half-space") w[l][0] = Math.Abs(w[l][0]);
            }
            if (x.Init == "tied") w[1] = (double[])w[0].Clone();
            return w;
        }

        /// <summary>V (n × K): column j &lt; k₁ positive for class 1, then k_other per other class, then the all-negative columns.</summary>
        public static double[][] OutputMatrix(DynCase x)
        {
            var v = new double[x.N][];
            for (var i = 0; i < x.N; i++)
            {
                v[i] = new double[x.Neurons];
                for (var j = 0; j < x.Neurons; j++)
                {
                    var owner = j < x.KPos ? 0 : j < x.KPos + (x.N - 1) * x.KOther ? 1 + (j - x.KPos) / x.KOther : -1;
                    v[i][j] = owner == i ? x.V : -x.V;
                }
            }
            return v;
        }

        public static Dynamics.Lyx.PopulationGd.Trajectory Run(DynCase x) => Cache.GetOrAdd(x, Compute);

        private static Dynamics.Lyx.PopulationGd.Trajectory Compute(DynCase x)
        {
            var dens = new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha);
            var w = Initial(x);
            var tol = x.BiasTotal > 0 ? 1e-7 : 1e-9;
            if (!x.Journal)
                return Dynamics.Lyx.PopulationGd.Conference(dens, w[..x.KPos], w[x.KPos..], x.BiasTotal, x.Eta, x.Steps, tol);
            var bias = Enumerable.Repeat(x.BiasTotal / x.Neurons, x.Neurons).ToArray();
            return Dynamics.Lyx.PopulationGd.Journal(dens, w, bias, OutputMatrix(x), x.Eta, x.Steps, tol);
        }

        public static double Cp(DynCase x) => new Dynamics.Lyx.AnnulusDensity(x.M1, x.M2, x.Alpha).Cp();

        /// <summary>p_R = P[D¹] for a radial density in d = 2: D¹ is an angular sector of width β, so p_R = β/(2π), sin β = 1/(κMR);
        /// for κMR ≤ 1 the proof's R can be enlarged to 1/(κM) (any larger R is a bound too), so β = π/2 and p_R = 1/4.</summary>
        public static double PR(double kappa, double bigM, double r)
        {
            var s = 1 / (kappa * bigM * r);
            return s >= 1 ? 0.25 : Math.Asin(s) / (2 * Math.PI);
        }

        /// <summary>The initialisation condition of Thm 1 [3.1] (|⟨w_j^(0), x⟩| &gt; b_j for a positive neuron and a point of the
        /// support, i.e. |w_j|·M &gt; b_j) and of Thm 2 [3.2] (some positive neuron non-zero).</summary>
        public static bool InitialisationCondition(DynCase x) =>
            Initial(x).Take(x.KPos).Any(w => Math.Sqrt(w[0] * w[0] + w[1] * w[1]) * x.M2 > (x.Journal ? x.BiasTotal / x.Neurons : x.BiasTotal));

        /// <summary>The coverage classes of a trajectory case (see <see cref="DynamicsClaim.Coverage"/>).</summary>
        public static IEnumerable<string> Classify(DynCase x, bool bias)
        {
            if (x.KPos >= 6) yield return "k-ge-6";
            if (!bias && x.KPos <= 2) yield return "k-below-3";
            if (x.Init == "half-space") yield return "half-space-init";
            if (x.Init == "tied") yield return "tied-neurons";
            if (x.Init is "small" or "large") yield return "init-scale-extreme";
            if (x.M2 / x.M1 <= 1.1) yield return "thin-shell";
            if (x.M2 / x.M1 >= 4) yield return "wide-annulus";
            if (x.Alpha != 0) yield return "non-uniform-density";
            if (x.Journal && x.N >= 3) yield return "n-ge-3";
            if (x.Journal && x.KNeg > 0) yield return "all-negative-column";
            if (!bias && x.Eta >= 0.5) yield return "eta-ge-half";
            if (bias && x.Theta >= 0.9) yield return "eta-near-2-over-L";
            if (bias)
            {
                var bound = x.Journal ? 1 / (4 * x.V) : 1 / (2 * x.KPos * x.M2);
                if (x.BiasTotal >= 0.9 * bound) yield return "bias-near-bound";
                if (x.BiasTotal <= bound / 32) yield return "bias-near-zero";
            }
        }
    }

    /// <summary>
    /// A trajectory claim: population GD runs on generated cases. It runs a fixed 30 cases at every budget (the simulation
    /// floor of the evidence standard), so its verdict cannot depend on the budget; trajectories are cached per case and shared
    /// between the claims of one version.
    /// </summary>
    public abstract class DynamicsClaim : PropertyClaim<DynCase>
    {
        protected virtual bool Journal => false;
        protected virtual bool PositiveBias => false;
        protected virtual int Steps => 150;
        public override ClaimKind Kind => ClaimKind.Simulation;
        public override string Arithmetic => "double";
        public override int CostPerCase => 7;
        public override string Setting => (Journal
                ? "journal network (6), class 1 of n ∈ {2, 3, 4}, k₁ ∈ [1, 8] positive columns, 1-2 per other class, 0-1 all-negative columns, " +
                    "v ∈ {1/4, 1/2, 1, 2}"
                : "conference network (6), class 1, k ∈ [1, 8] w's and as many u's")
            + $", d = 2, {(PositiveBias ? "bias in the theorem's range (near 0, inside, near the bound), η = θ·2/L with L from Lemma 2's [4.2's] " +
                "proof and θ ∈ {1/2, 9/10, 99/100}" : "b = 0, η ∈ {1/20, 1/10, 1/5, 1/2, 1}")}; densities ∝ |x|^α (α ∈ {{−1, 0, 1, 3}}) on " +
            $"annuli with m ∈ [1/8, 4] and M/m ∈ {{17/16, 3/2, 2, 4, 8}}; initialisations N(0, I), half-space, tied neurons, scaled by 1/16 or 4; " +
            $"population GD by quadrature (tolerance {(PositiveBias ? "1e-7" : "1e-9")}), horizon {Steps} steps. R is the largest |W^(t)| on the " +
            "horizon (the hypothesis |W^(t)| ≤ R for all t is checked on the horizon only).";
        public override string Trust => $"simulation: 30 generated trajectories at every budget, horizon {Steps} steps; a partial sum or count " +
            "above a bound computed with R = max_t |W^(t)| on the horizon violates it (partial sums only grow), staying below it supports the bound on " +
            "the horizon only";

        public override IReadOnlyList<CoverageClass> Coverage
        {
            get
            {
                var src = Journal ? "J Assumptions 1-2, Thm 3.2, Props 3-4" : "C Section 2 assumptions, Thm 2, Props 3-4";
                var list = new List<CoverageClass>
                {
                    new("k-ge-6", src + ": any k", 0.05, "six or more positive neurons"),
                    new("half-space-init", "Proposition 3's T_1 (the slow phase)", 0.05, "all positive neurons in a half-plane at t = 0: GC fails"),
                    new("tied-neurons", "Lemma 4 [5.2]'s 'general position', not assumed by the theorems", 0.05, "two positive neurons equal"),
                    new("init-scale-extreme", "Thm 2 [3.2]: any initialisation meeting its condition", 0.05, "initial weights scaled by 1/16 or 4"),
                    new("thin-shell", "Assumption 2: m ≤ |x| ≤ M, any 0 < m < M", 0.05, "M/m = 17/16"),
                    new("wide-annulus", "Assumption 2", 0.05, "M/m ≥ 4"),
                    new("non-uniform-density", "Assumption 2: p_min ≤ p ≤ p_max", 0.05, "p ∝ |x|^α, α ≠ 0"),
                };
                if (PositiveBias)
                {
                    list.Add(new("eta-near-2-over-L", "proof of Thm 1 [3.1]: η < 2/L (Eq. (9) [(5)], corrected)", 0.05, "θ ≥ 9/10"));
                    list.Add(new("bias-near-bound", Journal ? "J Thm 3.1: Σ b_j < 1 (Lemma 4.2's C needs 2vΣb_j < 1/2)" : "C Thm 1: b < 1/(2kM)",
                        0.05, "bias at least 9/10 of its bound"));
                    list.Add(new("bias-near-zero", "Thm 1 [3.1]: b > 0 (L grows like 1/b)", 0.05, "bias at most 1/32 of its bound"));
                }
                else
                {
                    list.Add(new("k-below-3", "Proposition 3/4 [J 3/4]: GC needs ≥ 3 positive neurons in d = 2", 0.05, "one or two positive neurons"));
                    list.Add(new("eta-ge-half", "Remark 2: Thm 2 [3.2] does not require η small", 0.05, "η ∈ {1/2, 1}"));
                }
                if (Journal)
                {
                    list.Add(new("n-ge-3", "J Section 2: n classes", 0.05, "n ≥ 3"));
                    list.Add(new("all-negative-column", "J Assumption 1 allows columns of one sign", 0.05, "a column with v_{r,j} = −v for all r"));
                }
                return list;
            }
        }

        public override IEnumerable<string> Classify(DynCase x) => Dyn.Classify(x, PositiveBias);

        public override DynCase Generate(Choices c, Context ctx) => Dyn.Generate(c, Journal, PositiveBias, Steps);

        /// <summary>30 cases at every budget (the fuzzer's searches and replays keep their own counts).</summary>
        public override ClaimRun Run(RunRequest request) =>
            base.Run(request.ReplayChoices is null && request.Engine == Engine.FsCheck && !request.FloatSearch
                ? request with { Cases = Budgets.SimulationRuns } : request);

        /// <summary>The wrong variants "bound-over-X": the claim's bound divided by X (a wrong constant): the comparison is live.</summary>
        protected static double BoundFactor(Context ctx) =>
            ctx.Is("bound-over-100") ? 1e-2 : ctx.Is("bound-over-10000") ? 1e-4 : ctx.Is("bound-over-100000") ? 1e-5 : 1;

        /// <summary>Per-step gains of Σ|w_j| over the positive neurons, Δ_t = Σ|w_j^{t+1}| − Σ|w_j^t| (t &lt; the last step).</summary>
        protected static double Gain(Dynamics.Lyx.PopulationGd.Trajectory t, int i) => t.PositiveNorm[i + 1] - t.PositiveNorm[i];

        /// <summary>Counts the steps of <paramref name="steps"/> where the gain is below <paramref name="need"/>(t) (less a quadrature
        /// allowance), and the smallest ratio gain/need.</summary>
        protected static (int Violations, int Of, double MinRatio) PerStep(Dynamics.Lyx.PopulationGd.Trajectory t, IEnumerable<int> steps,
            Func<int, double> need, double eta)
        {
            int bad = 0, of = 0;
            var min = double.PositiveInfinity;
            foreach (var i in steps)
            {
                if (i + 1 >= t.PositiveNorm.Length) continue;
                var n = need(i);
                if (!(n > 0)) continue;
                of++;
                var g = Gain(t, i);
                min = Math.Min(min, g / n);
                if (g < n - 10 * eta * (t.Error[i] + 1e-12)) bad++;
            }
            return (bad, of, min);
        }
    }
}
