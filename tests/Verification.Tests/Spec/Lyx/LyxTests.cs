using Verification.Spec;
using Xunit;

namespace Verification.Tests.Spec;

/// <summary>
/// The claims of Long, Yin, Xin (conference and journal version), one nested class per section of the conference paper
/// (each a separate xunit collection, so the sections run in parallel).
/// </summary>
public static partial class LyxTests
{
    /// <summary>Registration of the LYX claims against the ledger.</summary>
    public sealed class Ledger
    {
        /// <summary>Every LYX id of the ledger is registered (none not-implemented).</summary>
        [Fact, Trait("Paper", "LYX")]
        public void EveryLedgerIdIsRegistered()
        {
            var missing = Claims.Registry.Ledger.Where(e => e.Id.StartsWith("LYX.")).Where(e => Claims.Registry.Find(e.Id) is null)
                .Select(e => e.Id).ToList();
            Assert.True(missing.Count == 0, "not implemented: " + string.Join(", ", missing));
        }
    }
}
