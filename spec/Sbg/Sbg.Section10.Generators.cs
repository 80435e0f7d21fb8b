using Verification.Arithmetic;
using Verification.Harness;
using Verification.Data.Sbg;
using Verification.Models.Sbg;

namespace Verification.Spec;

// Wider parameterisations and coverage helpers for Sections 8–15 (the shared generators of Sections 5–6 stay as they are).

public static partial class Sbg
{
    /// <summary>
    /// α ∈ (0, 1) reaching both ends of the range: a quarter of the cases take α = 1 − 1/q (q ≤ 128, Leaky ReLU close to
    /// linear), the rest follow <see cref="Alpha"/> (which already favours α = 1/q, close to ReLU). A weakened or fixed α is
    /// <see cref="Alpha"/>'s, so the fuzzer's parameterisation of the weakened hypotheses is unchanged.
    /// </summary>
    public static Rational AlphaWide(Choices c, Context ctx) =>
        ctx.Weak("leaky") || ctx.Weak("alpha-above-1") || ctx.ConstantValues is not null || c.Int(0, 3) != 3
            ? Alpha(c, ctx)
            : 1 - new Rational(1, c.Int(2, 4 * MaxAlphaDenominator));

    /// <summary>A dimension or width: usually in [lo, hi], one case in five in (hi, wideHi] (beyond the small sizes).</summary>
    public static int SizeWide(Choices c, int lo, int hi, int wideHi) => c.Int(0, 4) == 4 ? c.Int(hi + 1, wideHi) : c.Int(lo, hi);

    /// <summary>The α classes every network claim of Sections 8–15 declares (Eq. (1): 0 &lt; α &lt; 1, both ends).</summary>
    internal static IEnumerable<CoverageClass> AlphaClasses(string where) =>
    [
        new("alpha-near-0", where + ": 0 < α < 1 at its lower end (Leaky ReLU close to ReLU, where the α-terms of the proofs vanish)",
            0.03, "α ≤ 1/20"),
        new("alpha-near-1", where + ": 0 < α < 1 at its upper end (σ close to the identity)", 0.03, "α ≥ 15/16"),
    ];

    internal static IEnumerable<string> AlphaClassesOf(Rational alpha)
    {
        if (alpha <= new Rational(1, 20)) yield return "alpha-near-0";
        if (alpha >= new Rational(15, 16)) yield return "alpha-near-1";
    }

    /// <summary>0 &lt; α &lt; 1 and v &gt; 0, and every row of W and U of the same dimension, k rows each (Eq. (1)).</summary>
    internal static bool NetworkHypothesesHold(LeakyReluNetwork<Rational> n, int d) =>
        n.Alpha.Sign > 0 && n.Alpha < 1 && n.V.Sign > 0 && n.K >= 1 && n.W.Count == n.U.Count && n.W.Concat(n.U).All(r => r.Length == d);

    /// <summary>Some neuron of the cluster sits on the sphere of radius r around its centre (the closed ball of Section 5).</summary>
    internal static bool OnSphere(IEnumerable<Rational[]> neurons, Rational[] centre, Rational r) =>
        r.Sign > 0 && neurons.Any(w => Vec.NormSquared<Rational>(Vec.Sub(w, centre)) == r * r);

    /// <summary>Every neuron within r of its centre (exactly, on squares) and the centre the mean of its cluster.</summary>
    internal static bool ClusterHolds(IReadOnlyList<Rational[]> neurons, Rational[] centre, Rational r) =>
        r.Sign >= 0 && neurons.All(w => Vec.NormSquared<Rational>(Vec.Sub(w, centre)) <= r * r) && Vec.Mean(neurons).SequenceEqual(centre);

    /// <summary>Classes shared by the clustered-network claims of Section 10: a neuron on the sphere, k = 1, the ends of α.</summary>
    internal static IEnumerable<CoverageClass> ClusterClasses(string where) =>
    [
        new("neuron-on-sphere", "Section 5: r is the largest distance, so a closed ball; Lemma 10.1 needs the open one", 0.1,
            "some neuron at distance exactly r > 0 from its centre"),
        new("k-1", where + ": any k ≥ 1", 0.03, "k = 1"),
        new("wide", where + ": any k, beyond 2–4", 0.05, "k ≥ 9"),
        .. AlphaClasses("Eq. (1)"),
    ];

    internal static IEnumerable<string> ClusterClassesOf(ClusteredCase x)
    {
        if (OnSphere(x.Net.W, x.WCentre, x.R) || OnSphere(x.Net.U, x.UCentre, x.R)) yield return "neuron-on-sphere";
        if (x.Net.K == 1) yield return "k-1";
        if (x.Net.K >= 9) yield return "wide";
        foreach (var a in AlphaClassesOf(x.Net.Alpha)) yield return a;
    }

    /// <summary>Eq. (1) and Section 5's clustering: every neuron within r of its centre, and the centres the means.</summary>
    internal static bool ClusteredHypothesesHold(ClusteredCase x) =>
        NetworkHypothesesHold(x.Net, x.X.Length) && ClusterHolds(x.Net.W, x.WCentre, x.R) && ClusterHolds(x.Net.U, x.UCentre, x.R);

    /// <summary>The proof-step discrepancy of Section 10 that every proposition inherits from Lemma 10.1's strict inequality.</summary>
    internal static Discrepancy StrictBallStep(string where) => new(FindingKind.ProofStep, where,
        "\"we can use Lemma 10.1\": all w⁽ʲ⁾·x (resp. u⁽ʲ⁾·x) of one strict sign",
        "closed balls (Section 5's r is a maximum), where Lemma 10.1 gives only weak signs (some w⁽ʲ⁾·x = 0 possible)",
        "Lemma 10.1 fails on the sphere (SBG.Lemma10.1); the statement survives with closed balls, checked here with neurons on the sphere");
}
