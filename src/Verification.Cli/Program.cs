using System.CommandLine;
using System.Globalization;
using Verification.Cli;
using Verification.Harness;
using Verification.Spec;

var json = new Option<bool>("--json") { Description = "Print one JSON document instead of text." };
var paper = new Option<string?>("--paper") { Description = "Only the claims of one paper: LYX, LSZ or SBG." };
var claimIds = new Option<string[]>("--claim") { Description = "A claim id from CLAIMS.md (repeatable).", AllowMultipleArgumentsPerToken = false };
var budget = new Option<string>("--budget") { Description = "Budget profile: ci, quick (default), standard or deep.", DefaultValueFactory = _ => "quick" };
var seed = new Option<string?>("--seed") { Description = "Seed (unsigned integer); the same seed gives the same result." };
var replay = new Option<string?>("--replay")
{
    Description = "Evaluate exactly this choice sequence (comma-separated integers, as printed with a counterexample).",
};
var size = new Option<int?>("--size") { Description = "With --seed: replay FsCheck's failing test of this size." };
var corrected = new Option<bool>("--corrected") { Description = "Check the corrected statement of a claim that fails as printed." };
var variant = new Option<string?>("--variant") { Description = "Check a deliberately wrong variant of the claim (it must fail): shows the property can fail." };

var list = new Command("list", "List every claim of CLAIMS.md with its location, kind and whether it is implemented.") { paper, json };
list.SetAction(r => Run(() => Commands.List(r.GetValue(paper), r.GetValue(json))));

var baseline = new Option<string?>("--baseline")
{
    Description = "An earlier 'check --json' output: also print what changed since, claim by claim (reported only; never changes the exit code).",
};
var check = new Command("check",
    "Check claims and print the ledger of verdicts. Exit code 0 when every verdict and corrected verdict matches its recorded expectation, " +
    "1 when any differs (listed at the end; inconclusive differs unless recorded; not-executable never does), 2 on bad input. The expectation " +
    "is the claim's recorded verdict, holds with --corrected, fails with --variant; a --replay is judged as a one-case run against it.")
{
    claimIds, paper, budget, seed, replay, size, corrected, variant, baseline, json,
};
check.SetAction(r => Run(() => Commands.Check(r.GetValue(claimIds) ?? [], r.GetValue(paper), r.GetValue(budget)!, r.GetValue(seed), r.GetValue(replay),
    r.GetValue(size), r.GetValue(corrected), r.GetValue(variant), r.GetValue(json), r.GetValue(baseline))));

var fuzzClaim = new Option<string>("--claim") { Description = "The claim to fuzz.", Required = true };
var drop = new Option<string?>("--drop") { Description = "Only this hypothesis (default: each in turn)." };
var fuzzBudget = new Option<string>("--budget") { Description = "Cases per search (a number, or a profile name).", DefaultValueFactory = _ => "300" };
var noTight = new Option<bool>("--no-tightness") { Description = "Skip the tightness search of constants." };
var fuzz = new Command("fuzz", "Weaken each hypothesis in turn and search for counterexamples; search the tightness of constants.")
{
    fuzzClaim, drop, fuzzBudget, seed, noTight, json,
};
fuzz.SetAction(r => Run(() => Commands.Fuzz(r.GetValue(fuzzClaim)!, r.GetValue(drop), r.GetValue(fuzzBudget)!, r.GetValue(seed), !r.GetValue(noTight),
    r.GetValue(json))));

var experiment = new Argument<string>("experiment") { Description = "Experiment id (see 'verification reproduce --list')." , Arity = ArgumentArity.ZeroOrOne };
var outDir = new Option<string?>("--out") { Description = "Folder for the CSV files." };
var listExperiments = new Option<bool>("--list") { Description = "List the experiments." };
var reproduce = new Command("reproduce", "Run a paper experiment and write its series as CSV.") { experiment, seed, outDir, listExperiments, json };
reproduce.SetAction(r => Run(() => Commands.Reproduce(r.GetValue(experiment), r.GetValue(seed), r.GetValue(outDir), r.GetValue(listExperiments),
    r.GetValue(json))));

var reportOut = new Option<string>("--out") { Description = "Folder for the report (replaced atomically).", DefaultValueFactory = _ => "report" };
var fuzzCases = new Option<int>("--fuzz-cases")
{
    Description = "Cases per fuzz search in the assumption analysis (0 skips it).", DefaultValueFactory = _ => 60,
};
var report = new Command("report",
    "Write a self-contained report: ledger, findings, trust, assumption analysis, experiments and plots (index.md, index.html).")
{
    reportOut, budget, seed, fuzzCases,
};
report.SetAction(r => Run(() => Commands.Report(r.GetValue(reportOut)!, r.GetValue(budget)!, r.GetValue(seed), r.GetValue(fuzzCases))));

var benchNames = new Argument<string[]>("workload") { Description = "Workloads to run (default: all).", Arity = ArgumentArity.ZeroOrMore };
var growth = new Option<bool>("--growth")
{
    Description = "Also record how the cost grows with the work (Table 1 against runs and 2k; exact GD per step against the step index).",
};
var bench = new Command("bench", "Time the named workloads: median and range of wall time over repeated runs, and throughput.") { benchNames, growth, json };
bench.SetAction(r => Run(() => Commands.Bench(r.GetValue(benchNames) ?? [], r.GetValue(growth), r.GetValue(json))));

var goldenIds = new Argument<string[]>("id") { Description = "Snapshot ids to accept.", Arity = ArgumentArity.ZeroOrMore };
var goldenDir = new Option<string?>("--golden") { Description = "The golden folder (default: golden/ of the repository)." };
var overlays = new Option<string>("--out") { Description = "Folder for the overlay plots of changed series.", DefaultValueFactory = _ => "golden-review" };
var review = new Command("review", "List snapshots whose current output differs from the committed file, with numeric summaries and overlay plots.")
{
    goldenDir, overlays, json,
};
review.SetAction(r => Run(() => Commands.GoldenReview(r.GetValue(goldenDir), r.GetValue(overlays)!, r.GetValue(json))));
var accept = new Command("accept", "Overwrite the named snapshots with the current output (deliberately; nothing else writes golden/).")
{
    goldenIds, goldenDir,
};
accept.SetAction(r => Run(() => Commands.GoldenAccept(r.GetValue(goldenIds) ?? [], r.GetValue(goldenDir))));
var golden = new Command("golden", "Review and accept golden snapshots.") { review, accept };

var root = new RootCommand("Verification: executable checks of the claims of machine-learning-theory papers.")
{
    list, check, fuzz, reproduce, report, bench, golden,
};
root.Subcommands.Add(DataCommands.Create());
root.Subcommands.Add(SweepCommands.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    Console.Error.WriteLine("verification: " + string.Join("; ", parsed.Errors.Select(e => e.Message)) + " (see 'verification --help')");
    return 2;
}
return parsed.Invoke();

static int Run(Func<int> action)
{
    try
    {
        return action();
    }
    catch (UsageException e)
    {
        Console.Error.WriteLine("verification: " + e.Message);
        return 2;
    }
    catch (Exception e) when (e is ArgumentException or FormatException or Verification.Data.Mnist.MnistDataException)
    {
        Console.Error.WriteLine("verification: " + e.Message);
        return 2;
    }
    catch (Exception e)
    {
        Console.Error.WriteLine($"verification: internal error: {e.GetType().Name}: {e.Message}");
        return 1;
    }
}
