using Verification.Report;

namespace Verification.Cli.Reporting;

/// <summary>One cached MNIST run included in the report: its snapshot and figures.</summary>
public sealed record MnistRun(string Id, string ClaimId, string Description, Snapshot Snapshot, IReadOnlyList<PlotSpec> Plots);

/// <summary>
/// The hook for the MNIST experiments, which the report never runs (too slow for its budget): it includes the cached runs
/// a provider returns. The MNIST experiments register their provider here (reading their cache); without one, or when the
/// cache is empty, the report shows the section as "not run".
/// </summary>
public static class MnistRuns
{
    /// <summary>Returns the cached runs (id, claim, description, snapshot); null means "no provider".</summary>
    public static Func<IEnumerable<(string Id, string ClaimId, string Description, Snapshot Snapshot)>>? Provider { get; set; }

    /// <summary>How to produce the cached runs, shown when there are none.</summary>
    public static string HowToRun { get; set; } =
        "the MNIST experiments of SBG (Figs. 2 and 6) and LYX (Section 6.2) are not run by the report; their cached runs are " +
        "included here once they exist";

    public static IReadOnlyList<MnistRun> Load() =>
        Provider?.Invoke().Select(r => new MnistRun(r.Id, r.ClaimId, r.Description, r.Snapshot, ExperimentPlots.For(r.Snapshot).ToList())).ToList() ?? [];
}
