namespace Verification.Harness;

/// <summary>What a verdict rests on, from strongest to weakest.</summary>
public enum EvidenceLevel
{
    /// <summary>A finite exact decision over every instance of a stated class (a certificate, not a search).</summary>
    DecidedExactly,

    /// <summary>Generated cases, every coverage class visited, decided in the claim's arithmetic.</summary>
    Checked,

    /// <summary>Generated cases, but some coverage class below its required share.</summary>
    CoverageIncomplete,

    /// <summary>Holds, but the bound exceeds the observed quantity by a large factor on every case: little power.</summary>
    Loose,

    /// <summary>A pass fraction over independent runs with a confidence interval against a stated threshold.</summary>
    Statistical,

    /// <summary>Nothing was decided (not executable, or every case discarded or inconclusive).</summary>
    None,
}

/// <summary>
/// The slack of an inequality conclusion on one case, observed ≤ bound (a claim with a ≥ conclusion passes its sides
/// swapped). Relative slack (bound − observed)/max(|bound|, |observed|) is scale-free; the factor bound/observed (both
/// positive) measures looseness.
/// </summary>
public readonly record struct Slack(double Observed, double Bound)
{
    public double Relative
    {
        get
        {
            var scale = Math.Max(Math.Abs(Bound), Math.Abs(Observed));
            return scale == 0 ? 0 : (Bound - Observed) / scale;
        }
    }

    /// <summary>bound/observed when both are positive; null otherwise.</summary>
    public double? Factor => Observed > 0 && Bound > 0 ? Bound / Observed : null;
}

/// <summary>The evidence of one run, printed with every verdict.</summary>
/// <param name="Level">The level reached.</param>
/// <param name="Basis">One line on what was decided and how (the claim's declared basis, with what the run observed).</param>
/// <param name="Coverage">Per coverage class, how often it was visited.</param>
/// <param name="Discarded">Cases whose premise was unmet: counted, never passed.</param>
/// <param name="SmallestSlack">The smallest relative slack seen over passing cases of an inequality conclusion.</param>
/// <param name="MedianSlack">Its median.</param>
/// <param name="LooseFactor">The smallest bound/observed factor seen (a large value everywhere means little power).</param>
/// <param name="Caveat">The claim's <see cref="Claim.EvidenceCaveat"/>: what limits the power of its check.</param>
public sealed record Evidence(
    EvidenceLevel Level,
    string Basis,
    IReadOnlyList<CoverageCount> Coverage,
    int Discarded,
    double? SmallestSlack,
    double? MedianSlack,
    double? LooseFactor,
    string? Caveat = null)
{
    /// <summary>A smallest bound/observed factor at or above this makes a passing inequality claim <see cref="EvidenceLevel.Loose"/>.</summary>
    public const double LooseThreshold = 10;

    public string LevelText => Text(Level);

    public static string Text(EvidenceLevel level) => level switch
    {
        EvidenceLevel.DecidedExactly => "decided exactly",
        EvidenceLevel.Checked => "checked",
        EvidenceLevel.CoverageIncomplete => "coverage incomplete",
        EvidenceLevel.Loose => "loose",
        EvidenceLevel.Statistical => "statistical",
        _ => "none",
    };
}
