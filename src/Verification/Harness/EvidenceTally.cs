namespace Verification.Harness;

/// <summary>
/// Collects the evidence of one run case by case: coverage classes visited, discarded cases, and the slack of passing
/// inequality conclusions. Counting stops at the first failure, so that the shrinker's attempts are not counted as cases.
/// </summary>
internal sealed class EvidenceTally
{
    private readonly Claim _claim;
    private readonly Dictionary<string, int> _visits = new(StringComparer.Ordinal);
    private readonly List<double> _slacks = [];
    private double? _smallestFactor;
    private bool _frozen;

    private readonly bool _freezeOnFailure;

    /// <param name="freezeOnFailure">False for a statistical claim, whose failing runs are members of the sample, not a search's end.</param>
    public EvidenceTally(Claim claim, bool freezeOnFailure = true) => (_claim, _freezeOnFailure) = (claim, freezeOnFailure);

    public int Evaluated { get; private set; }

    public int Discarded { get; private set; }

    /// <summary>Of the discarded cases, those stopped by the claim's size guard.</summary>
    public int GuardHits { get; private set; }

    /// <summary>Stops counting (after the first failure the engine shrinks; its attempts are not cases of the run).</summary>
    public void Freeze() => _frozen = true;

    public void Add<TCase>(TCase? x, Evaluation r)
    {
        if (_frozen) return;
        if (r.IsFailure && _freezeOnFailure) _frozen = true;
        if (r.Status == Status.Discarded)
        {
            Discarded++;
            if (r.Detail == PropertyClaim<TCase>.SizeGuardDetail) GuardHits++;
            return;
        }
        if (r.Status == Status.Inconclusive) return;
        Evaluated++;
        if (x is not null && _claim is PropertyClaim<TCase> p)
            foreach (var name in p.Classify(x).Distinct())
                _visits[name] = _visits.GetValueOrDefault(name) + 1;
        if (r.Status == Status.Holds && r.Slack is { } s)
        {
            _slacks.Add(s.Relative);
            if (s.Factor is { } f) _smallestFactor = _smallestFactor is { } g ? Math.Min(f, g) : f;
        }
    }

    /// <summary>Every declared class with the number of evaluated cases that fell in it.</summary>
    public IReadOnlyList<CoverageCount> Coverage() =>
        _claim.Coverage.Select(c => new CoverageCount(c, _visits.GetValueOrDefault(c.Name), Evaluated)).ToList();

    public Evidence Evidence(Verdict verdict)
    {
        var coverage = Coverage();
        double? smallest = _slacks.Count > 0 ? _slacks.Min() : null;
        double? median = _slacks.Count > 0 ? MathNet.Numerics.Statistics.Statistics.Median(_slacks) : null;
        var basis = _claim.EvidenceBasis;
        var level = verdict switch
        {
            Verdict.Fails => basis,
            Verdict.Holds when basis == EvidenceLevel.Checked && coverage.Any(c => !c.Met) => EvidenceLevel.CoverageIncomplete,
            Verdict.Holds when basis == EvidenceLevel.Checked && _smallestFactor >= Harness.Evidence.LooseThreshold => EvidenceLevel.Loose,
            Verdict.Holds => basis,
            _ => EvidenceLevel.None,
        };
        var text = $"{Evaluated} cases evaluated" + (Discarded > 0 ? $", {Discarded} discarded" : "")
            + (GuardHits > 0 ? $" ({GuardHits} by the size guard)" : "");
        return new Evidence(level, text, coverage, Discarded, smallest, median, _smallestFactor, _claim.EvidenceCaveat);
    }
}
