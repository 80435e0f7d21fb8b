using Xunit;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>Section 5: Figures 1(a), 1(b) and 2 (Appendix A.4).</summary>
    public sealed class Section5
    {
        [Claim("LSZ.Fig1a")] public void Figure1a() => ClaimAssert.Verdict("LSZ.Fig1a");
        [Claim("LSZ.Fig1b")] public void Figure1b() => ClaimAssert.Verdict("LSZ.Fig1b");
        [Claim("LSZ.Fig2")] public void Figure2() => ClaimAssert.Verdict("LSZ.Fig2");

        [Fact, Trait("Paper", "LSZ")] public void Figure1a_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Fig1a", "sgd-within-1e-6");
        [Fact, Trait("Paper", "LSZ")] public void Figure1b_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Fig1b", "sgd-within-1e-6");
        [Fact, Trait("Paper", "LSZ")] public void Figure2_RejectsWrongVariant() => ClaimAssert.Rejects("LSZ.Fig2", "no-sampling-band");
    }
}
