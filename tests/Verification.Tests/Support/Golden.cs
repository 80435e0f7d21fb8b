using Snapshooter;
using Verification.Report;
using Xunit;

namespace Verification.Tests;

/// <summary>
/// Golden-snapshot assertions: a thin wrapper over Snapshooter, which owns the file layout (golden/__snapshots__/ID.snap,
/// mismatches in __mismatch__) and the strict failure. Our part is the tolerance-aware comparison of doubles first, so that
/// output within the stated precision passes without rewriting anything, and never creating a missing snapshot: only
/// <c>verification golden accept</c> writes golden/.
/// </summary>
public static class Golden
{
    public static GoldenStore Store { get; } = GoldenStore.FindFrom(AppContext.BaseDirectory);

    public static void Assert(Snapshot current)
    {
        var diff = Store.Compare(current);
        if (diff.Matches) return;
        Store.WriteMismatch(current);
        if (diff.Missing)
            throw new Xunit.Sdk.XunitException(
                $"{diff.Summary()}. The output is in {Store.MismatchPathOf(current.Id)}; review it and run 'verification golden accept {current.Id}'.");
        // Beyond tolerance: let Snapshooter report its textual diff, in strict mode so it never creates or rewrites the file.
        Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        try
        {
            Snapshooter.Xunit.Snapshot.Match(current.Render(), new SnapshotFullName(current.Id + ".snap", Store.Root));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException(diff.Summary() + "\n" + e.Message);
        }
        throw new Xunit.Sdk.XunitException(diff.Summary() +
            $"\nReview with 'verification golden review'; accept with 'verification golden accept {current.Id}'.");
    }
}
