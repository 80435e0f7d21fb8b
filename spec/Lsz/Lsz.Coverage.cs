using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Spec;

// Coverage classes shared by the Section 3 claims (logistic regression): the laws of Assumption 1 beyond U(S¹)/U(S²), θ at and near
// the ends of [0, π], ‖w‖ at scale extremes. Each claim states the source of a class in its own words (where the paper allows it).
public static partial class Lsz
{
    internal static class Cover
    {
        internal const string Laws = "Assumption 1 (Section 3: any spherically symmetric law; Section 1 names the standard Gaussian and the " +
            "uniform law on the sphere)";

        public static CoverageClass BeyondS2(string source, double share) => new("beyond-S2", source, share, "a law other than U(S¹), U(S²)");

        public static CoverageClass GaussianD3(string source, double share) =>
            new("gaussian-d3", source, share, "N(0, s²I_d) with d ≥ 3, or a mixture of such Gaussians");

        public static CoverageClass NearZero(string source, double share) => new("theta-near-0", source, share, "0 < θ < 10⁻⁴");

        public static CoverageClass NearPi(string source, double share) => new("theta-near-pi", source, share, "π − 10⁻⁴ < θ < π");

        public static CoverageClass NormSmall(string source, double share, double below) =>
            new("norm-small", source, share, $"‖w‖ < {below:G3}");

        public static CoverageClass NormLarge(string source, double share, double from) =>
            new("norm-large", source, share, $"‖w‖ ≥ {from:G3}");

        /// <summary>beyond-S2 and gaussian-d3 for a population.</summary>
        public static IEnumerable<string> Population(Population p)
        {
            if (!IsUnitCircleOrSphere(p)) yield return "beyond-S2";
            if (p is SphericalPopulation { Dimension: >= 3 } s && IsGaussian(s.Law)) yield return "gaussian-d3";
        }

        private static bool IsGaussian(RadialLaw law) => law is GaussianRadius || law is RadialMixture m && m.Parts.All(q => IsGaussian(q.Law));

        /// <summary>theta-near-0 / theta-near-pi (strictly inside (0, π)), theta-zero / theta-pi at the ends.</summary>
        public static IEnumerable<string> Angle(double th)
        {
            if (th == 0) yield return "theta-zero";
            else if (th == Math.PI) yield return "theta-pi";
            else if (th < 1e-4) yield return "theta-near-0";
            else if (th > Math.PI - 1e-4) yield return "theta-near-pi";
            if (th > Math.PI / 2) yield return "theta-obtuse";
        }

        /// <summary>norm-small / norm-large against the claim's own thresholds.</summary>
        public static IEnumerable<string> Norm(double a, double small, double large)
        {
            if (a < small) yield return "norm-small";
            if (a >= large) yield return "norm-large";
        }

        /// <summary>The classes of a point case: population, angle to v and norm.</summary>
        public static IEnumerable<string> Point(PointCase p, double small, double large) =>
            Population(p.Pop).Concat(Angle(LszCases.Angle(p.W, p.Pop.V))).Concat(Norm(Arithmetic.Vec.Norm(p.W), small, large));
    }
}
