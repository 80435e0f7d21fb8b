using System.Text.Json;
using System.Text.Json.Nodes;
using Verification.Cli;
using Xunit;

namespace Verification.Tests.Cli;

/// <summary>
/// The baseline diff on documents built here: known fields read as sentences, every other field (coverage, evidence, anything
/// added later) compared generically by its JSON path, timings ignored, claims added and removed listed.
/// </summary>
public class BaselineDiffTests
{
    private const string Eq6 = """
        {"id": "SBG.Eq6", "verdict": "fails", "expected": "fails", "cases": 1, "seconds": 0.02,
         "counterexample": {"case": "r = 1, x = (1)", "class": "genuine", "choices": "0,0,-31"},
         "corrected": {"id": "SBG.Eq6#corrected", "verdict": "holds", "expected": "holds", "cases": 200}}
        """;

    private const string Thm = """
        {"id": "SBG.Thm5.1", "verdict": "holds", "expected": "holds", "cases": 300, "seconds": 1.5,
         "coverage": [{"class": "alpha-near-0", "required": 0.05, "observed": 0.1}, {"class": "k-large", "required": 0.05, "observed": 0.2}],
         "evidence": {"level": "checked", "smallestSlack": 0.25}}
        """;

    private static JsonElement Doc(string rows, string head = "\"schemaVersion\": 1, \"profile\": \"ci\", \"seed\": 20211") =>
        JsonDocument.Parse($"{{{head}, \"claims\": [{rows}]}}").RootElement.Clone();

    private static JsonElement Row(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static BaselineDiff Compare(JsonElement old, JsonElement now, Func<string, bool>? inSelection = null) =>
        Baseline.Compare("base.json", old, now, inSelection);

    [Fact]
    public void The_same_rows_with_other_timings_are_unchanged()
    {
        var slower = Doc(Eq6.Replace("0.02", "9.5") + "," + Thm.Replace("1.5", "40"));
        var d = Compare(Doc(Eq6 + "," + Thm), slower);
        Assert.True(d.IsEmpty);
        Assert.Equal(2, d.Unchanged);
        Assert.Empty(d.Warnings);
        Assert.Contains("no changes: 2 claims unchanged", d.Render());
    }

    [Fact]
    public void Verdicts_case_counts_and_counterexamples_are_reported_by_name()
    {
        var now = Eq6.Replace("\"verdict\": \"fails\"", "\"verdict\": \"holds\"").Replace("\"cases\": 1,", "\"cases\": 3000,")
            .Replace("\"verdict\": \"holds\", \"expected\": \"holds\", \"cases\": 200",
                "\"verdict\": \"inconclusive\", \"expected\": \"holds\", \"cases\": 200")
            .Replace("\"class\": \"genuine\"", "\"class\": \"float-only\"").Replace("r = 1, x = (1)", "r = 2, x = (3)");
        var d = Compare(Doc(Eq6), Doc(now));
        var c = Assert.Single(d.Changed);
        Assert.Equal("SBG.Eq6", c.Id);
        Assert.Equal(["verdict", "corrected.verdict", "cases", "counterexample.case", "counterexample.class"], c.Changes.Select(f => f.Path));
        var text = d.Render();
        Assert.Contains("verdict: fails → holds", text);
        Assert.Contains("corrected verdict: holds → inconclusive", text);
        Assert.Contains("cases: 1 → 3000", text);
        Assert.Contains("counterexample: r = 1, x = (1) → r = 2, x = (3)", text);
        Assert.Contains("counterexample class: genuine → float-only", text);
        Assert.Contains("does not change the exit code", text);
    }

    [Fact]
    public void A_counterexample_that_appears_or_disappears_is_shown_with_its_class()
    {
        var holding = Eq6.Replace("\"counterexample\": {\"case\": \"r = 1, x = (1)\", \"class\": \"genuine\", \"choices\": \"0,0,-31\"},", "");
        var gone = Compare(Doc(Eq6), Doc(holding));
        var f = Assert.Single(Assert.Single(gone.Changed).Changes);
        Assert.Equal("counterexample", f.Path);
        Assert.Null(f.New);
        Assert.Contains("counterexample: genuine: r = 1, x = (1) → none", gone.Render());
        Assert.Contains("counterexample: none → genuine: r = 1, x = (1)", Compare(Doc(holding), Doc(Eq6)).Render());
    }

    [Fact]
    public void Unknown_fields_such_as_coverage_and_evidence_are_compared_without_code_for_them()
    {
        var now = Thm.Replace("\"observed\": 0.1}", "\"observed\": 0.02}").Replace("\"checked\"", "\"loose\"")
            .Replace("{\"class\": \"k-large\", \"required\": 0.05, \"observed\": 0.2}",
                "{\"class\": \"k-large\", \"required\": 0.05, \"observed\": 0.2}, {\"class\": \"ties\", \"required\": 0.01, \"observed\": 0}");
        var changes = Assert.Single(Compare(Doc(Thm), Doc(now)).Changed).Changes;
        Assert.Equal(["coverage[class=alpha-near-0].observed", "coverage[class=ties]", "evidence.level"], changes.Select(f => f.Path));
        Assert.Equal(0.1, changes[0].Old!.Value.GetDouble());
        Assert.Equal(0.02, changes[0].New!.Value.GetDouble());
        Assert.Null(changes[1].Old);
        var text = Compare(Doc(Thm), Doc(now)).Render();
        Assert.Contains("coverage[class=alpha-near-0].observed: 0.1 → 0.02", text);
        Assert.Contains("coverage[class=ties]: (absent) → {\"class\":\"ties\",\"required\":0.01,\"observed\":0}", text);
        Assert.Contains("evidence.level: checked → loose", text);
    }

    [Fact]
    public void A_field_new_in_this_run_is_one_change_and_reordered_keyed_elements_are_not_a_change()
    {
        var before = JsonNode.Parse(Thm)!.AsObject();
        before.Remove("evidence");
        var reordered = JsonNode.Parse(Thm)!.AsObject();
        var coverage = reordered["coverage"]!.AsArray();
        var first = coverage[0]!;
        coverage.RemoveAt(0);
        coverage.Add(first);
        var f = Assert.Single(Assert.Single(Compare(Doc(before.ToJsonString()), Doc(reordered.ToJsonString())).Changed).Changes);
        Assert.Equal("evidence", f.Path);
        Assert.Null(f.Old);
        Assert.Equal("checked", f.New!.Value.GetProperty("level").GetString());
    }

    [Fact]
    public void Arrays_without_a_distinct_key_are_compared_by_index_and_null_is_absent()
    {
        var changes = Baseline.Diff(Row("""{"a": [1, 2], "b": null, "c": {"seconds": 1, "wallSeconds": 2}}"""), Row("""{"a": [1, 3, 4], "c": {}}"""));
        Assert.Equal(["a[1]", "a[2]"], changes.Select(f => f.Path));
        Assert.Equal(2, changes[0].Old!.Value.GetInt32());
        Assert.Null(changes[1].Old);
    }

    [Fact]
    public void Claims_added_and_removed_are_listed_and_claims_outside_the_selection_are_not_removed()
    {
        var old = Doc(Eq6 + "," + Thm + ", {\"id\": \"SBG.Gone\", \"verdict\": \"holds\"}");
        var now = Doc(Eq6 + ", {\"id\": \"SBG.New\", \"verdict\": \"holds\"}");
        var d = Compare(old, now);
        Assert.Equal(["SBG.New"], d.Added);
        Assert.Equal(["SBG.Thm5.1", "SBG.Gone"], d.Removed);
        Assert.Contains("removed (not in this run): SBG.Thm5.1, SBG.Gone", d.Render());
        var narrowed = Compare(old, now, id => id != "SBG.Thm5.1");
        Assert.Equal(["SBG.Gone"], narrowed.Removed);
        Assert.Equal(1, narrowed.OutsideSelection);
    }

    [Theory]
    [InlineData("\"profile\": \"ci\", \"seed\": 20211", "no schemaVersion")]
    [InlineData("\"schemaVersion\": 2, \"profile\": \"ci\", \"seed\": 20211", "schemaVersion 2, this tool writes 1")]
    [InlineData("\"schemaVersion\": 1, \"profile\": \"quick\", \"seed\": 20211", "the baseline ran profile quick, seed 20211; this run profile ci")]
    [InlineData("\"schemaVersion\": 1, \"profile\": \"ci\", \"seed\": 7", "the baseline ran profile ci, seed 7; this run profile ci, seed 20211")]
    public void A_baseline_of_another_schema_profile_or_seed_is_said_so_and_still_compared(string head, string warning)
    {
        var d = Compare(Doc(Eq6, head), Doc(Eq6.Replace("\"cases\": 1,", "\"cases\": 2,")));
        Assert.Contains(d.Warnings, w => w.Contains(warning, StringComparison.Ordinal));
        Assert.Equal("cases", Assert.Single(Assert.Single(d.Changed).Changes).Path);
        Assert.Contains("note: " + d.Warnings[0], d.Render());
    }

    [Theory]
    [InlineData(null, "cannot read the baseline")]
    [InlineData("{\"claims\": [", "is not JSON")]
    [InlineData("", "is not JSON")]
    [InlineData("[1, 2]", "has no 'claims' list")]
    [InlineData("{\"schemaVersion\": 1, \"claims\": {}}", "has no 'claims' list")]
    [InlineData("{\"claims\": [{\"verdict\": \"holds\"}]}", "claims[0] has no string 'id'")]
    public void A_file_that_is_not_a_check_document_is_bad_input(string? content, string message)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("baseline-").FullName, "base.json");
        if (content is not null) File.WriteAllText(path, content);
        var e = Assert.Throws<UsageException>(() => Baseline.Load(path));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
