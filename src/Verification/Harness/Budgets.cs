namespace Verification.Harness;

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
