namespace Verification.Harness;

/// <summary>The kind of a finding.</summary>
public enum FindingKind
{
    /// <summary>The statement fails as printed (a counterexample exists).</summary>
    False,

    /// <summary>The statement survives, but a step of its proof does not.</summary>
    ProofStep,

    /// <summary>A typo or inconsistency in the print, confirmed by re-derivation; the code reads it differently.</summary>
    Textual,

    /// <summary>An experiment whose reported behaviour does not appear under the stated and swept settings.</summary>
    NotReproduced,
}

/// <summary>
/// A place where the code reads the paper differently from its print (or where a proof step fails while the statement
/// survives): recorded as a finding of its own, never fixed silently.
/// </summary>
/// <param name="Kind">Proof step, textual, or not reproduced (a false statement is the claim's <see cref="Claim.Finding"/>).</param>
/// <param name="Where">The location in the paper.</param>
/// <param name="Printed">What the paper prints.</param>
/// <param name="Reading">What the code uses instead.</param>
/// <param name="Why">Why: the re-derivation or the counterexample that confirms it.</param>
public sealed record Discrepancy(FindingKind Kind, string Where, string Printed, string Reading, string Why);
