using Verification.Report;

namespace Verification.Experiments;

/// <summary>
/// A reproduction of a paper's figure, table or trajectory: deterministic by seed, producing a <see cref="Snapshot"/>.
/// Golden experiments are cheap enough to run in <c>dotnet test</c> at their default seed and are compared with golden/.
/// </summary>
/// <param name="Id">Short id used on the command line and as the snapshot file name, e.g. "sbg-fig4-fig5".</param>
/// <param name="ClaimId">The CLAIMS.md id it reproduces.</param>
/// <param name="Golden">Whether a committed snapshot exists and <c>dotnet test</c> compares it.</param>
public sealed record Experiment(string Id, string ClaimId, string Description, ulong DefaultSeed, bool Golden, Func<ulong, Snapshot> Run);

/// <summary>All experiments of the suite.</summary>
public static class ExperimentCatalog
{
    private const ulong Seed = Harness.Budgets.DefaultSeed;

    public static IReadOnlyList<Experiment> All { get; } =
    [
        new("sbg-fig4-fig5", "SBG.Fig4", "Two-neuron Leaky ReLU vs ReLU networks: exact sign map and output on a rational grid (Figs. 4 and 5)", 0, true,
            _ => Sbg.SignMaps.Fig4And5()),
        .. Lyx.LyxExperiments.All.Select(e => new Experiment(e.Id, LyxClaim(e.Id), e.Description, Seed, e.Id == "lyx-fig-weightdynamics", e.Produce)),
        new("lyx-table1-reduced", "LYX.Table1",
            "Table 1 with 10 runs per cell (same code path as lyx-table1): the golden regression of the reproduction", Seed, true,
            s => Lyx.LyxExperiments.Table1(s, 10).As("lyx-table1-reduced")),
        Lyx.LyxMnistExperiment.Entry,
        .. Sbg.Figures.All,
        .. Sbg.MnistFigures.All,
        .. Lsz.LszExperiments.All.Select(e => new Experiment(e.Id, LszClaim(e.Id), e.Description, Seed, true, e.Produce)),
    ];

    private static string LszClaim(string id) => id switch
    {
        "lsz-fig1a" => "LSZ.Fig1a",
        "lsz-fig1b" => "LSZ.Fig1b",
        "lsz-fig2" => "LSZ.Fig2",
        _ => throw new InvalidOperationException($"no claim for experiment {id}"),
    };

    private static string LyxClaim(string id) => id switch
    {
        "lyx-table1" => "LYX.Table1",
        "lyx-fig-iterations" => "LYX.Fig.Iterations",
        "lyx-fig-normhistogram" => "LYX.Fig.NormHistogram",
        "lyx-fig-weightdynamics" => "LYX.Fig.WeightDynamics",
        "lyx-j-fig-subspaceangle" => "LYX.J.Fig.SubspaceAngle",
        _ => throw new InvalidOperationException($"no claim for experiment {id}"),
    };

    public static Experiment? Find(string id) => All.FirstOrDefault(e => e.Id == id);

    /// <summary>Runs an experiment; its snapshot carries the experiment's id (the golden file name).</summary>
    public static Report.Snapshot Produce(Experiment e, ulong seed)
    {
        var s = e.Run(seed);
        return s.Id == e.Id ? s : s.As(e.Id);
    }
}
