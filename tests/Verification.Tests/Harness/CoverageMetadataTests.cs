using System.Text.RegularExpressions;
using Verification.Harness;
using Verification.Spec;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>
/// The declared coverage classes of every claim (and of every corrected statement) are well formed: unique names, a source
/// that names a location in the paper, and a required share in (0, 1].
/// </summary>
public sealed partial class CoverageMetadataTests
{
    /// <summary>A paper location: a numbered section, theorem, equation, figure, definition, … or a parenthesised equation number.</summary>
    [GeneratedRegex(@"(Section|Sec\.|§|Theorem|Thm|Eqs?\.|Equation|Figs?\.|Figure|Definition|Def\.|Lemma|Proposition|Prop\.|Corollary|Cor\.|"
        + @"Assumption|Remark|Table|Appendix|Algorithm|\(B\d|\(A\d)\s*\(?[0-9A-Z]|\(\d+\)")]
    private static partial Regex PaperLocation();

    public static TheoryData<string> ClaimsWithCoverage()
    {
        var ids = new TheoryData<string>();
        foreach (var c in Claims.Registry.Implemented)
        {
            if (c.Coverage.Count > 0) ids.Add(c.Id);
            if (c.Corrected is { Coverage.Count: > 0 } k) ids.Add(k.Id);
        }
        return ids;
    }

    private static Claim Find(string id) => id.EndsWith("#corrected", StringComparison.Ordinal)
        ? ClaimAssert.Get(id[..^"#corrected".Length]).Corrected!
        : ClaimAssert.Get(id);

    [Theory]
    [MemberData(nameof(ClaimsWithCoverage))]
    public void Coverage_classes_are_well_formed(string id)
    {
        var classes = Find(id).Coverage;
        var duplicates = classes.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"{id}: coverage class names repeated: {string.Join(", ", duplicates)}");
        foreach (var c in classes)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Name), $"{id}: a coverage class without a name");
            Assert.False(string.IsNullOrWhiteSpace(c.Description), $"{id}: {c.Name} has no description");
            Assert.True(PaperLocation().IsMatch(c.Source ?? ""), $"{id}: {c.Name}'s source names no paper location: '{c.Source}'");
            Assert.True(c.RequiredShare > 0 && c.RequiredShare <= 1, $"{id}: {c.Name} requires share {c.RequiredShare}, not in (0, 1]");
        }
    }

    [Fact]
    public void The_location_pattern_accepts_paper_locations_and_rejects_other_text()
    {
        Assert.DoesNotMatch(PaperLocation(), "the extremal configuration");
        Assert.Matches(PaperLocation(), "Proposition 10.2, first domain");
        Assert.Matches(PaperLocation(), "Eq. (1) with k = 1");
        Assert.Matches(PaperLocation(), "the constraints of (7)");
        Assert.Matches(PaperLocation(), "Section 12 (B4)");
    }

    [Fact]
    public void Some_claims_declare_coverage() => Assert.True(ClaimsWithCoverage().Count > 0);

    /// <summary>One fixed experiment on the MNIST digits whose only input is the training seed: no hypothesis domain to cover.</summary>
    private static readonly HashSet<string> FixedData = ["LYX.MNIST"];

    [Fact]
    public void Every_claim_and_every_corrected_statement_declares_coverage_unless_it_runs_on_fixed_data()
    {
        var statements = Claims.Registry.Implemented.SelectMany(c => c.Corrected is { } k ? new[] { c, k } : [c]);
        var without = statements.Where(c => c.Coverage.Count == 0).Select(c => c.Id).Where(id => !FixedData.Contains(id)).ToList();
        Assert.True(without.Count == 0, "no coverage classes declared: " + string.Join(", ", without));
    }
}
