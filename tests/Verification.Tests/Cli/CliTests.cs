using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Verification.Tests.Cli;

/// <summary>The command-line tool as a user meets it: exit codes, one-line errors without stack traces, JSON that parses.</summary>
public class CliTests
{
    private static readonly string Dll = Path.Combine(
        Path.GetDirectoryName(Golden.Store.Root)!, "src", "Verification.Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "verification.dll");

    public static (int Code, string Out, string Err) Run(params string[] args) => RunWith(null, args);

    public static (int Code, string Out, string Err) RunWith(IDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, outTask.Result, err);
    }

    [Theory]
    [InlineData("unknown claim id", "check", "--claim", "SBG.Thm99")]
    [InlineData("unknown paper", "check", "--paper", "XYZ")]
    [InlineData("malformed seed", "check", "--claim", "SBG.Eq6", "--seed", "12x")]
    [InlineData("invalid budget", "check", "--paper", "SBG", "--budget", "huge")]
    [InlineData("malformed replay string", "check", "--claim", "SBG.Eq6", "--replay", "1,two,3")]
    [InlineData("need exactly one --claim", "check", "--paper", "SBG", "--replay", "1,2")]
    [InlineData("unknown claim id", "fuzz", "--claim", "NOPE.1")]
    [InlineData("has no hypothesis", "fuzz", "--claim", "SBG.Thm5.1", "--drop", "nonsense")]
    [InlineData("invalid budget", "fuzz", "--claim", "SBG.Thm5.1", "--budget", "-3")]
    [InlineData("unknown experiment", "reproduce", "no-such-figure")]
    [InlineData("cannot be written", "reproduce", "sbg-fig4-fig5", "--out", "/dev/null/sub")]
    [InlineData("unknown golden snapshot", "golden", "accept", "no-such-snapshot")]
    [InlineData("has no wrong variant", "check", "--claim", "SBG.Thm5.1", "--variant", "nope")]
    [InlineData("unknown workload", "bench", "no-such-workload")]
    [InlineData("--fuzz-cases must be non-negative", "report", "--fuzz-cases", "-1")]
    [InlineData("Unrecognized command or argument", "frobnicate")]
    public void Bad_input_gets_one_line_and_exit_code_2(string expected, params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.OrdinalIgnoreCase);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void A_truncated_golden_file_is_bad_input_and_nothing_is_written()
    {
        var dir = Directory.CreateTempSubdirectory("golden-").FullName;
        var snaps = Directory.CreateDirectory(Path.Combine(dir, "__snapshots__")).FullName;
        File.WriteAllText(Path.Combine(snaps, "sbg-fig4-fig5.snap"), "# id: sbg-fig4-fig5\n# rows: 289\nx1\tx2\n-2\t-2\n");
        var before = Directory.GetFiles(dir, "*", SearchOption.AllDirectories);
        var (code, _, err) = Run("golden", "review", "--golden", dir);
        Assert.Equal(2, code);
        Assert.Contains("truncated", err);
        Assert.Equal(before, Directory.GetFiles(dir, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_changed_series_gets_a_numeric_summary_and_an_overlay_then_accept_makes_it_match()
    {
        // A committed weight-dynamics trajectory whose norms were 1% larger: what a reviewer sees after a model change.
        var dir = Directory.CreateTempSubdirectory("golden-").FullName;
        var snaps = Directory.CreateDirectory(Path.Combine(dir, "__snapshots__")).FullName;
        var committed = File.ReadAllLines(Golden.Store.PathOf("lyx-fig-weightdynamics"));
        var header = committed.TakeWhile(l => l.StartsWith('#')).Count();
        var names = committed[header].Split('\t');
        var col = Array.IndexOf(names, "w1_norm");
        var changed = committed.Select((line, i) =>
        {
            if (i <= header) return line;
            var cells = line.Split('\t');
            cells[col] = (double.Parse(cells[col], System.Globalization.CultureInfo.InvariantCulture) * 1.01)
                .ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
            return string.Join('\t', cells);
        });
        File.WriteAllLines(Path.Combine(snaps, "lyx-fig-weightdynamics.snap"), changed);
        var overlays = Path.Combine(dir, "review");
        var (code, output, _) = Run("golden", "review", "--golden", dir, "--out", overlays);
        Assert.Equal(0, code);
        Assert.Contains("lyx-fig-weightdynamics: differs", output);
        Assert.Contains("column w1_norm", output);
        Assert.Contains("times the tolerance", output);
        Assert.True(File.Exists(Path.Combine(overlays, "lyx-fig-weightdynamics-w1-norm-overlay.png")));
        Assert.Equal(0, Run("golden", "accept", "lyx-fig-weightdynamics", "--golden", dir).Code);
        var (_, after, _) = Run("golden", "review", "--golden", dir, "--out", overlays);
        Assert.DoesNotContain("lyx-fig-weightdynamics: differs", after);
    }

    [Fact]
    public void A_missing_golden_file_is_reported_by_review()
    {
        var dir = Directory.CreateTempSubdirectory("golden-").FullName;
        var (code, output, _) = Run("golden", "review", "--golden", dir);
        Assert.Equal(0, code);
        Assert.Contains("sbg-fig4-fig5: no committed snapshot", output);
    }

    [Fact]
    public void List_shows_every_id_of_the_ledger_as_json()
    {
        var (code, output, _) = Run("list", "--json");
        Assert.Equal(0, code);
        var claims = JsonDocument.Parse(output).RootElement.GetProperty("claims");
        Assert.Equal(Verification.Spec.Ledger.Entries.Count, claims.GetArrayLength());
    }

    [Fact]
    public void Check_json_gives_verdicts_with_case_counts_and_is_deterministic()
    {
        string[] args = ["check", "--claim", "SBG.Thm5.1", "--claim", "SBG.Eq6", "--claim", "SBG.Cor10.1", "--budget", "ci", "--json"];
        var (code, first, _) = Run(args);
        Assert.Equal(0, code);
        var claims = JsonDocument.Parse(first).RootElement.GetProperty("claims").EnumerateArray().ToList();
        var thm = claims.Single(c => c.GetProperty("id").GetString() == "SBG.Thm5.1");
        Assert.Equal("holds", thm.GetProperty("verdict").GetString());
        Assert.True(thm.GetProperty("cases").GetInt32() > 0);
        var eq6 = claims.Single(c => c.GetProperty("id").GetString() == "SBG.Eq6");
        Assert.Equal("fails", eq6.GetProperty("verdict").GetString());
        Assert.Equal("holds", eq6.GetProperty("corrected").GetProperty("verdict").GetString());
        var (_, second, _) = Run(args);
        Assert.Equal(WithoutTimings(first), WithoutTimings(second));
    }

    [Fact]
    public void Check_reports_a_deliberately_wrong_variant_as_fails()
    {
        var (code, output, _) = Run("check", "--claim", "SBG.Thm5.1", "--variant", "relu-activation", "--budget", "ci", "--json");
        Assert.Equal(0, code);
        var row = JsonDocument.Parse(output).RootElement.GetProperty("claims")[0];
        Assert.Equal("fails", row.GetProperty("verdict").GetString());
        Assert.Equal("fails", row.GetProperty("expected").GetString());
        Assert.Equal("genuine", row.GetProperty("counterexample").GetProperty("class").GetString());
    }

    [Fact]
    public void Check_json_is_the_same_on_one_core_and_on_two()
    {
        string[] args =
        [
            "check", "--claim", "SBG.Thm5.1", "--claim", "SBG.Lemma10.1", "--claim", "LYX.Lemma4", "--claim", "LYX.Remark3.Count", "--budget", "ci", "--json",
        ];
        var (_, two, _) = Run(args);
        var (code, one, _) = RunWith(new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1" }, args);
        Assert.Equal(0, code);
        Assert.Equal(WithoutTimings(two), WithoutTimings(one));
    }

    [Fact]
    public void Fuzz_json_reports_each_hypothesis_and_the_tightness_interval()
    {
        var (code, output, _) = Run("fuzz", "--claim", "SBG.Cor10.1", "--budget", "100", "--json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Contains(root.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("hypothesis").GetString() == "region" && f.GetProperty("found").GetBoolean());
        var t = Assert.Single(root.GetProperty("tightness").EnumerateArray());
        Assert.Equal("2", t.GetProperty("printed").GetString());
    }

    [Fact]
    public void Reproduce_writes_csv_atomically()
    {
        var dir = Directory.CreateTempSubdirectory("repro-").FullName;
        var (code, _, _) = Run("reproduce", "sbg-fig4-fig5", "--out", dir);
        Assert.Equal(0, code);
        Assert.Equal(["sbg-fig4-fig5.csv"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    /// <summary>
    /// <c>reproduce</c> of an experiment whose runs go to all cores (Table 1's cells in parallel) writes the same bytes on one
    /// core and on two, and twice in a row.
    /// </summary>
    [Fact]
    public void Reproduce_output_is_the_same_on_one_core_and_on_two()
    {
        string Produce(Dictionary<string, string> env)
        {
            var dir = Directory.CreateTempSubdirectory("repro-").FullName;
            var (code, stdout, _) = RunWith(env, "reproduce", "lyx-table1-reduced", "--out", dir);
            Assert.Equal(0, code);
            return File.ReadAllText(Path.Combine(dir, "lyx-table1-reduced.csv")) + WithoutTimings(stdout).Replace(dir, "OUT");
        }
        var two = Produce([]);
        Assert.Equal(two, Produce([]));
        Assert.Equal(two, Produce(new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1" }));
    }

    internal static string WithoutTimings(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"seconds\": [0-9.eE+-]+", "\"seconds\": 0");
}
