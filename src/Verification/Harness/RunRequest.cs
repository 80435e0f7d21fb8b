namespace Verification.Harness;

/// <summary>A request to run a claim.</summary>
/// <param name="Cases">How many generated cases.</param>
/// <param name="Seed">The seed; the same seed and cases give the same result.</param>
/// <param name="Context">Weakened hypothesis, wrong variant and constant overrides (as printed by default).</param>
/// <param name="Engine">FsCheck for checking, Hedgehog for fuzzing.</param>
/// <param name="ReplayChoices">Evaluate exactly this choice sequence instead of generating.</param>
/// <param name="ReplaySize">With FsCheck: replay the engine's (seed, gamma, size) of a reported failure.</param>
/// <param name="Gamma">FsCheck's generator gamma for such a replay (null: the fixed gamma of a fresh run).</param>
/// <param name="FloatSearch">Look for cases where the double evaluation fails while the exact one holds.</param>
public sealed record RunRequest(
    int Cases,
    ulong Seed,
    Context Context,
    Engine Engine = Engine.FsCheck,
    int[]? ReplayChoices = null,
    int? ReplaySize = null,
    ulong? Gamma = null,
    bool FloatSearch = false)
{
    public static RunRequest For(Claim claim, Profile profile, ulong seed = Budgets.DefaultSeed, Context? context = null) =>
        new(Budgets.CasesFor(claim, profile), seed, context ?? Context.AsPrinted);
}
