namespace Verification.Harness;

/// <summary>The result of running a claim.</summary>
public sealed record ClaimRun(
    Verdict Verdict,
    int Cases,
    int Inconclusive,
    Counterexample? Counterexample,
    double LargestViolation,
    string? LargestViolationCase,
    string Note = "",
    Evidence? Evidence = null)
{
    public static ClaimRun Of(Verdict v, string note) => new(v, 0, 0, null, 0, null, note);
}
