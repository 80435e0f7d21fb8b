using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;
using static Verification.Tests.Cli.CliTests;

namespace Verification.Tests.Cli;

/// <summary>
/// <c>check</c> as a gate (exit 0 when every verdict matches its recorded expectation, 1 when one differs, 2 on bad input) and
/// as a diff against an earlier <c>--json</c> run, through the built tool.
/// </summary>
public class CheckGateTests
{
    /// <summary>The printed counterexample of SBG.Eq6 (recorded: fails), as its ledger prints it.</summary>
    private const string Eq6Counterexample = "0,-3,0,0,0,0,0,0,0,0,0,-67,0,13";

    [Fact]
    public void A_claim_that_fails_as_recorded_exits_0_and_the_json_carries_the_schema_version_first()
    {
        var (code, output, err) = Run("check", "--claim", "SBG.Eq6", "--budget", "ci", "--json");
        Assert.Equal(0, code);
        Assert.Empty(err);
        var root = JsonDocument.Parse(output).RootElement;
        var first = root.EnumerateObject().First();
        Assert.Equal(("schemaVersion", 1), (first.Name, first.Value.GetInt32()));
        Assert.Equal(0, root.GetProperty("mismatches").GetArrayLength());
        var row = root.GetProperty("claims")[0];
        Assert.Equal(("fails", "fails"), (row.GetProperty("verdict").GetString(), row.GetProperty("expected").GetString()));
        Assert.Equal("holds", row.GetProperty("corrected").GetProperty("expected").GetString());
    }

    /// <summary>
    /// A deterministic mismatch: replaying the all-zero choice sequence (the simplest case, which satisfies Eq. (6) and the
    /// theorem alike) on SBG.Eq6, recorded as failing. A replay is judged as a one-case run, so this case holds where the claim
    /// is recorded to fail: exit 1, named at the end of the ledger and in the JSON's mismatches. Replaying the printed
    /// counterexample instead reproduces the recorded verdict: exit 0.
    /// </summary>
    [Fact]
    public void A_replayed_case_that_holds_on_a_claim_recorded_as_failing_exits_1_and_says_which()
    {
        var (code, text, _) = Run("check", "--claim", "SBG.Eq6", "--replay", "0", "--budget", "ci");
        Assert.Equal(1, code);
        Assert.EndsWith("gate: 1 verdict differs from the recorded expectation (exit code 1):\n  SBG.Eq6: verdict holds, recorded fails\n", text);
        var (jsonCode, json, _) = Run("check", "--claim", "SBG.Eq6", "--replay", "0", "--budget", "ci", "--json");
        Assert.Equal(1, jsonCode);
        var m = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("mismatches").EnumerateArray());
        Assert.Equal("""{"id":"SBG.Eq6","field":"verdict","expected":"fails","actual":"holds"}""", JsonNode.Parse(m.GetRawText())!.ToJsonString());
        Assert.Equal(0, Run("check", "--claim", "SBG.Eq6", "--replay", Eq6Counterexample, "--budget", "ci").Code);
    }

    [Fact]
    public void With_corrected_the_expectation_is_holds_and_with_variant_it_is_fails()
    {
        var (code, output, _) = Run("check", "--claim", "SBG.Eq6", "--corrected", "--budget", "ci");
        Assert.Equal(0, code);
        Assert.DoesNotContain("a change to review", output);
        // The printed counterexample of Eq. (6) is no counterexample of the corrected statement.
        Assert.Equal(0, Run("check", "--claim", "SBG.Eq6", "--corrected", "--replay", Eq6Counterexample, "--budget", "ci").Code);
        var (vCode, vJson, _) = Run("check", "--claim", "SBG.Eq6", "--corrected", "--variant", "factor-1", "--budget", "ci", "--json");
        Assert.Equal(0, vCode);
        var row = JsonDocument.Parse(vJson).RootElement.GetProperty("claims")[0];
        Assert.Equal(("fails", "fails"), (row.GetProperty("verdict").GetString(), row.GetProperty("expected").GetString()));
        Assert.Equal("SBG.Eq6#corrected@factor-1", row.GetProperty("id").GetString());
        Assert.EndsWith(" --corrected --variant factor-1", row.GetProperty("counterexample").GetProperty("replay").GetString());
    }

    [Fact]
    public void The_baseline_diff_lists_what_changed_and_does_not_change_the_exit_code()
    {
        var (_, json, _) = Run("check", "--claim", "SBG.Eq6", "--claim", "SBG.Cor10.1", "--budget", "ci", "--json");
        var doc = JsonNode.Parse(json)!.AsObject();
        var eq6 = doc["claims"]!.AsArray().Single(r => (string?)r!["id"] == "SBG.Eq6")!.AsObject();
        eq6["verdict"] = "holds";
        // a field this version does not know (as coverage and evidence once were): compared without code changes
        eq6["futureField"] = JsonNode.Parse("""[{"class": "x-on-boundary", "required": 0.05, "observed": 0.5}]""");
        doc["claims"]!.AsArray().Add(JsonNode.Parse("""{"id": "SBG.Retired", "verdict": "holds"}"""));
        var path = Path.Combine(Directory.CreateTempSubdirectory("baseline-").FullName, "base.json");
        File.WriteAllText(path, doc.ToJsonString());

        var (code, text, err) = Run("check", "--claim", "SBG.Eq6", "--claim", "SBG.Cor10.1", "--budget", "ci", "--baseline", path);
        Assert.Equal(0, code);
        Assert.Empty(err);
        Assert.Contains($"== changes since the baseline {path} (profile ci, seed 20211)", text);
        Assert.Contains("   SBG.Eq6\n     verdict: holds → fails\n", text);
        Assert.Contains("futureField: [{\"class\":\"x-on-boundary\",\"required\":0.05,\"observed\":0.5}] → (absent)", text);
        Assert.Contains("1 claim unchanged; 1 baseline claim outside this run's selection not compared", text);

        var (jsonCode, withDiff, _) = Run("check", "--claim", "SBG.Eq6", "--claim", "SBG.Cor10.1", "--budget", "ci", "--baseline", path, "--json");
        Assert.Equal(0, jsonCode);
        var diff = JsonDocument.Parse(withDiff).RootElement.GetProperty("baseline");
        var changed = Assert.Single(diff.GetProperty("changed").EnumerateArray());
        Assert.Equal(["verdict", "futureField"], changed.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData(null, "cannot read the baseline")]
    [InlineData("not json at all", "is not JSON")]
    [InlineData("{\"schemaVersion\": 1}", "is not a 'verification check --json' document: it has no 'claims' list")]
    public void A_bad_baseline_is_bad_input_with_one_line_and_exit_code_2(string? content, string message)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("baseline-").FullName, "base.json");
        if (content is not null) File.WriteAllText(path, content);
        var (code, output, err) = Run("check", "--claim", "SBG.Eq6", "--budget", "ci", "--baseline", path);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", err);
    }
}
