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
    public static IReadOnlyList<Experiment> All { get; } =
    [
        new("sbg-fig4-fig5", "SBG.Fig4", "Two-neuron Leaky ReLU vs ReLU networks: exact sign map and output on a rational grid (Figs. 4 and 5)", 0, true, _ => Sbg.SignMaps.Fig4And5()),
        .. Sbg.Figures.All,
    ];

    public static Experiment? Find(string id) => All.FirstOrDefault(e => e.Id == id);
}
