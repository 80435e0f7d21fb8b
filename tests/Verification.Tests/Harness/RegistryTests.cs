using System.Reflection;
using System.Text.RegularExpressions;
using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>The registry against CLAIMS.md and the tests: every claim is findable, tested and honestly described.</summary>
public class RegistryTests
{
    [Fact]
    public void Ledger_lists_exactly_the_ids_of_CLAIMS_md_when_it_is_beside_the_clone()
    {
        var path = Path.Combine(Path.GetDirectoryName(Golden.Store.Root)!, "..", "shared", "CLAIMS.md");
        if (!File.Exists(path)) return; // a clone without shared/ beside it: the embedded ledger is all there is
        var ids = Regex.Matches(File.ReadAllText(path), @"^\|\s*`([A-Z]+\.[^`]+)`", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids, Ledger.Entries.Select(e => e.Id).ToList());
    }

    [Fact]
    public void Every_implemented_claim_has_a_test_named_after_it()
    {
        var tested = typeof(RegistryTests).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<ClaimAttribute>()?.Id).Where(id => id is not null).ToHashSet();
        var missing = Claims.Registry.Implemented.Select(c => c.Id).Where(id => !tested.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "claims without a [Claim] test: " + string.Join(", ", missing));
    }

    public static TheoryData<string> ImplementedIds() => new(Claims.Registry.Implemented.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(ImplementedIds))]
    public void Claim_metadata_is_complete(string id)
    {
        var c = Claims.Registry.Find(id)!;
        Assert.False(string.IsNullOrWhiteSpace(c.Where), "Where");
        Assert.False(string.IsNullOrWhiteSpace(c.Statement), "Statement");
        if (c.Kind == ClaimKind.NotExecutable)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.NotExecutableReason), "a not-executable claim says why");
            return;
        }
        // A claim that fails as printed shows its property can fail by failing; its corrected statement needs wrong variants.
        var checkedStatement = Fuzzer.Target(c);
        Assert.True(checkedStatement.WrongVariants.Count > 0, $"{checkedStatement.Id} has no deliberately wrong variant: nothing shows its property can fail");
        if (c.Expected == Verdict.Fails)
        {
            Assert.NotNull(c.Finding);
            Assert.NotNull(c.Corrected);
            Assert.Equal(id + "#corrected", c.Corrected!.Id);
        }
        else Assert.Null(c.Finding);
        foreach (var h in Fuzzer.Target(c).Hypotheses)
        {
            Assert.False(string.IsNullOrWhiteSpace(h.Why), $"{id}: hypothesis {h.Name} has no recorded reason");
            Assert.Matches("^[a-z0-9-]+$", h.Name);
        }
        Assert.Equal(Fuzzer.Target(c).Hypotheses.Count, Fuzzer.Target(c).Hypotheses.Select(h => h.Name).Distinct().Count());
    }
}
