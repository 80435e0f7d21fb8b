using Verification.Harness;

namespace Verification.Spec;

/// <summary>
/// The LaTeX forms of the claims (spec/&lt;Paper&gt;/&lt;Paper&gt;.Typeset.cs), looked up by claim id, and whether a form still
/// agrees with the claim's plain texts: a form that disagrees (a statement edited since) is not used, so the report shows
/// the plain text and says so rather than an outdated formula.
/// </summary>
public static class Typesetting
{
    private static readonly Lazy<Dictionary<string, TypesetForm>> All = new(() =>
        Sbg.TypesetForms.Concat(Lyx.TypesetForms).Concat(Lsz.TypesetForms).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

    /// <summary>Every registered LaTeX form by claim id.</summary>
    public static IReadOnlyDictionary<string, TypesetForm> Forms => All.Value;

    /// <summary>The LaTeX form of a claim, or null when there is none.</summary>
    public static TypesetForm? For(string id) => All.Value.GetValueOrDefault(id);

    /// <summary>What a claim's LaTeX form says, checked against its plain texts.</summary>
    public sealed record Checked(string? Statement, string? Finding, string? Corrected, string Status);

    /// <summary>
    /// The parts of a claim's LaTeX form that agree with its plain texts (null for the others), and a status: "typeset",
    /// "no LaTeX form", or which parts are out of date.
    /// </summary>
    public static Checked Check(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (For(claim.Id) is not { } form) return new(null, null, null, "no LaTeX form");
        var stale = new List<string>();
        var statement = Typeset.Agrees(form.Statement, claim.Statement) ? form.Statement : Stale("statement");
        string? finding = null;
        if (form.Finding is { } f && claim.Finding is { } pf)
            finding = Typeset.FormulasMissingFrom(f, FindingText(claim, pf)).Count == 0 ? f : Stale("finding");
        string? corrected = null;
        if (form.Corrected is { } c && claim.Corrected is { } pc) corrected = Typeset.Agrees(c, pc.Statement) ? c : Stale("corrected statement");
        return new(statement, finding, corrected, stale.Count == 0 ? "typeset" : "LaTeX form out of date: " + string.Join(", ", stale));

        string? Stale(string part)
        {
            stale.Add(part);
            return null;
        }
    }

    /// <summary>The plain text a typeset finding's formulas must occur in: the finding, its reproducer, corrected statement and the claim.</summary>
    public static string FindingText(Claim claim, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Summary + " " + finding.MinimalReproducer + " " + finding.CorrectedStatement + " " + claim.Statement;
    }
}
