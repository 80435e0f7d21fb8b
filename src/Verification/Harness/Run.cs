namespace Verification.Harness;

/// <summary>The budget profiles. <c>Ci</c> is what <c>dotnet test</c> runs (fixed seed); <c>Quick</c> is the default of
/// <c>verification check</c>; <c>Deep</c> is on demand. Budgets are case counts, never wall-clock deadlines.</summary>
public enum Profile { Ci, Quick, Standard, Deep }

public static class Budgets
{
    /// <summary>The fixed seed of the <c>ci</c> profile and the default of the command-line tool.</summary>
    public const ulong DefaultSeed = 20211;

    public static int Cases(Profile p) => p switch
    {
        Profile.Ci => 200,
        Profile.Quick => 300,
        Profile.Standard => 1_000,
        Profile.Deep => 10_000,
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    /// <summary>Cases for a claim under a profile: the profile's count divided by the claim's cost, at least 5.</summary>
    public static int CasesFor(Claim claim, Profile p) => Math.Max(5, Cases(p) / Math.Max(1, claim.CostPerCase));

    public static bool TryParse(string s, out Profile p) => Enum.TryParse(s, ignoreCase: true, out p) && Enum.IsDefined(p);
}

/// <summary>Which property-based engine drives generation and shrinking.</summary>
public enum Engine { FsCheck, Hedgehog }

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

/// <summary>A counterexample: the case as exact literals, how to replay it, and what kind it is.</summary>
/// <param name="Case">The instance, as literals that can be pasted into a regression example.</param>
/// <param name="Detail">The quantities that decided it.</param>
/// <param name="Seed">The engine's seed of the failing test: <c>--seed</c> <see cref="ReplaySeed"/> <c>--size</c> <see cref="Size"/> reproduces it.</param>
/// <param name="Choices">The shrunk choice sequence: <c>--replay</c> with it evaluates exactly this case.</param>
public sealed record Counterexample(
    string Case,
    string Detail,
    double Violation,
    CounterexampleClass Class,
    ulong Seed,
    ulong Gamma,
    int Size,
    int Shrinks,
    int[] Choices)
{
    public string ChoicesLiteral => Choices.Length == 0 ? "0" : string.Join(",", Choices);

    /// <summary>The seed as the command line takes it: "S", or "S:G" when FsCheck's generator gamma is not the default.</summary>
    public string ReplaySeed => Gamma == 0 || Gamma == FsCheckEngine.Gamma ? Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Seed}:{Gamma}";
}

/// <summary>The result of running a claim.</summary>
public sealed record ClaimRun(
    Verdict Verdict,
    int Cases,
    int Inconclusive,
    Counterexample? Counterexample,
    double LargestViolation,
    string? LargestViolationCase,
    string Note = "")
{
    public static ClaimRun Of(Verdict v, string note) => new(v, 0, 0, null, 0, null, note);
}
