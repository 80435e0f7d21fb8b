namespace Verification.Harness;

public static class Budgets
{
    /// <summary>The fixed seed of the <c>ci</c> profile and the default of the command-line tool.</summary>
    public const ulong DefaultSeed = 20211;

    /// <summary>The earlier profile counts, divided by a claim's cost: still used by the papers that do not meet the floors yet.</summary>
    public static int Cases(Profile p) => p switch
    {
        Profile.Ci => 200,
        Profile.Quick => 300,
        Profile.Standard => 1_000,
        Profile.Deep => 10_000,
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    /// <summary>
    /// The case floors of the evidence standard: an exact claim gets at least 3,000 cases under <c>quick</c> and a numeric
    /// claim 100; <c>deep</c> is ten times <c>quick</c>; <c>ci</c> is smaller but must still hit every coverage class (a test
    /// checks it). A simulation claim is judged on a fixed number of independent runs, the same at every budget, so that
    /// its verdict cannot depend on the budget. A claim's cost no longer divides these: a claim too slow for its floor is
    /// made faster, not run on fewer cases.
    /// </summary>
    public static int Floor(ClaimKind kind, Profile p) => (kind, p) switch
    {
        (ClaimKind.Exact, Profile.Ci) => 200,
        (ClaimKind.Exact, Profile.Quick) => 3_000,
        (ClaimKind.Exact, Profile.Standard) => 10_000,
        (ClaimKind.Exact, Profile.Deep) => 30_000,
        (ClaimKind.Numeric, Profile.Ci) => 30,
        (ClaimKind.Numeric, Profile.Quick) => 100,
        (ClaimKind.Numeric, Profile.Standard) => 300,
        (ClaimKind.Numeric, Profile.Deep) => 1_000,
        (ClaimKind.Simulation, _) => SimulationRuns,
        _ => 0,
    };

    /// <summary>Independent runs of a simulation claim at every budget.</summary>
    public const int SimulationRuns = 30;

    /// <summary>The papers whose claims meet the floors. The others keep the earlier counts until their re-audit, and say so.</summary>
    private static readonly HashSet<string> PapersAtFloors = new(StringComparer.Ordinal) { "SBG", "LYX", "LSZ" };

    /// <summary>Why a claim runs fewer cases than the floor of its kind (shown in the ledger); null when it meets it.</summary>
    public static string? BelowFloorReason(Claim claim) => claim.BelowFloorReason ?? PaperBelowFloor(claim);

    private static string? PaperBelowFloor(Claim claim) => PapersAtFloors.Contains(claim.Paper) || claim.Kind == ClaimKind.NotExecutable
        ? null
        : $"{claim.Paper} claims keep the earlier case counts (profile count ÷ cost {claim.CostPerCase}) until the {claim.Paper} re-audit "
          + "meets the case floors of the evidence standard";

    /// <summary>Cases for a claim under a profile: the floor of its kind, or (below-floor papers) the earlier count ÷ cost, at least 5.</summary>
    public static int CasesFor(Claim claim, Profile p) => PaperBelowFloor(claim) is null
        ? Math.Max(1, Floor(claim.Kind, p))
        : Math.Max(5, Cases(p) / Math.Max(1, claim.CostPerCase));

    public static bool TryParse(string s, out Profile p) => Enum.TryParse(s, ignoreCase: true, out p) && Enum.IsDefined(p);
}
