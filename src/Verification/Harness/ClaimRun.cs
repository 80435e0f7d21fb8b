namespace Verification.Harness;

/// <summary>The result of running a claim.</summary>
/// <param name="MissingData">Why an external data set the claim needs is absent (the verdict is then inconclusive and says nothing about the paper).</param>
public sealed record ClaimRun(
    Verdict Verdict,
    int Cases,
    int Inconclusive,
    Counterexample? Counterexample,
    double LargestViolation,
    string? LargestViolationCase,
    string Note = "",
    Evidence? Evidence = null,
    string? MissingData = null)
{
    public static ClaimRun Of(Verdict v, string note) => new(v, 0, 0, null, 0, null, note);
}
