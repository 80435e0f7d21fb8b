using Verification.Harness;

namespace Verification.Spec;

/// <summary>The registry of this suite's claims: every claim class in this assembly, against the ledger of CLAIMS.md.</summary>
public static class Claims
{
    private static readonly Lazy<Registry> Lazy = new(() => new Registry([typeof(Claims).Assembly], Ledger.Entries));

    public static Registry Registry => Lazy.Value;
}
