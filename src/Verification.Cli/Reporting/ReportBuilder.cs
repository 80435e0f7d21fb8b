using System.Globalization;
using System.Text;
using Markdig;
using Verification.Experiments;
using Verification.Harness;
using Verification.Report;
using Verification.Spec;

namespace Verification.Cli.Reporting;

/// <summary>
/// Writes the self-contained report: index.md and its HTML rendering (formulas typeset by the KaTeX copy in katex/, so the
/// folder works offline), plots/ (PNG), data/ (CSV) and report.json. Everything is written to a temporary folder first and
/// moved into place at the end, so a failed run leaves nothing half-written. The page is built in the partial files:
/// Page (order, contents, findings summary), Claims (one section per claim), Assumptions, Evidence, Html.
/// </summary>
public sealed partial class ReportBuilder(Profile profile, ulong seed, int fuzzCases, bool progress)
{
    public sealed record ClaimSection(LedgerRow Row, FuzzReport? Fuzz, string? FuzzError);

    public sealed record ExperimentSection(string Id, string ClaimId, string Description, Snapshot Snapshot, IReadOnlyList<PlotSpec> Plots);

    public string Build(string outDir)
    {
        var final = Path.GetFullPath(outDir);
        var parent = Path.GetDirectoryName(final) ?? throw new UsageException($"cannot write a report at '{outDir}'");
        Output.EnsureWritableFolder(parent);
        var tmp = Path.Combine(parent, "." + Path.GetFileName(final) + ".tmp-" + Environment.ProcessId);
        if (Directory.Exists(tmp)) Directory.Delete(tmp, true);
        Directory.CreateDirectory(tmp);
        try
        {
            var claims = RunClaims();
            var experiments = RunExperiments();
            var plots = Path.Combine(tmp, "plots");
            var data = Path.Combine(tmp, "data");
            Directory.CreateDirectory(data);
            var snapshots = experiments.ToDictionary(e => e.Id, e => e.Snapshot);
            var extra = ClaimPlots(claims).Concat(ExperimentPlots.Combined(snapshots)).ToList();
            var paperForm = claims.Select(c => c.Row.Paper).Distinct()
                .ToDictionary(p => p, p => (IReadOnlyList<PlotSpec>)PaperFigures.For(p, snapshots).ToList());
            var mnist = MnistRuns.Load();
            var all = experiments.SelectMany(e => e.Plots).Concat(extra).Concat(paperForm.Values.SelectMany(v => v))
                .Concat(mnist.SelectMany(m => m.Plots)).ToList();
            Parallel.ForEach(all, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, spec => PlotRenderer.SavePng(spec, plots));
            foreach (var e in experiments) File.WriteAllText(Path.Combine(data, e.Id + ".csv"), Commands.ToCsv(e.Snapshot));
            var md = Markdown(new Page(claims, experiments, extra, paperForm, snapshots, mnist));
            File.WriteAllText(Path.Combine(tmp, "index.md"), md);
            File.WriteAllText(Path.Combine(tmp, "index.html"), Html(md));
            Assets.CopyKatex(tmp);
            File.WriteAllText(Path.Combine(tmp, "report.json"), Output.ToJson(new
            {
                profile = profile.ToString().ToLowerInvariant(),
                seed,
                fuzzCases,
                claims = claims.Select(c => new { c.Row, fuzz = c.Fuzz is null ? null : FuzzJson(c.Fuzz), c.FuzzError }),
                experiments = experiments.Select(e => new
                {
                    e.Id, e.ClaimId, e.Description, csv = "data/" + e.Id + ".csv", plots = e.Plots.Select(p => "plots/" + p.FileName),
                }),
            }));
            if (Directory.Exists(final)) Directory.Delete(final, true);
            Directory.Move(tmp, final);
            return final;
        }
        catch
        {
            if (Directory.Exists(tmp)) Directory.Delete(tmp, true);
            throw;
        }
    }

    private static object FuzzJson(FuzzReport f) => new
    {
        f.TargetId,
        findings = f.Findings.Select(h => new
        {
            h.Hypothesis, h.Weakened, expected = h.Expected?.ToString(), h.Found, h.Refuted, h.MatchesExpectation, h.Class, minimal = h.Minimal?.Case,
            h.LargestViolation,
        }),
        tightness = f.Tightness.Select(t => new
        {
            t.Constant, printed = t.Printed.ToString(), largestFailing = t.LargestFailing?.ToString(), smallestHolding = t.SmallestHolding?.ToString(),
        }),
        tightnessGrid = FuzzTightnessOutput.Json(f.ExactTightness),
    };

    private List<ClaimSection> RunClaims()
    {
        var entries = Claims.Registry.Ledger;
        var sections = new ClaimSection[entries.Count];
        var done = 0;
        Parallel.For(0, entries.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var row = Checking.Run(entries[i], profile, seed);
            FuzzReport? fuzz = null;
            string? error = null;
            var claim = Claims.Registry.Find(entries[i].Id);
            if (claim is not null && claim.Kind != ClaimKind.NotExecutable && fuzzCases > 0)
            {
                try { fuzz = Fuzzer.Run(claim, null, Math.Max(10, fuzzCases / Math.Max(1, Fuzzer.Target(claim).CostPerCase)), seed); }
                catch (Exception e) when (e is not OutOfMemoryException) { error = e.GetType().Name + ": " + e.Message; }
            }
            sections[i] = new ClaimSection(row, fuzz, error);
            var n = Interlocked.Increment(ref done);
            lock (sections) Output.Progress(progress, $"[{n}/{entries.Count}] {entries[i].Id}");
        });
        Output.EndProgress(progress);
        return sections.ToList();
    }

    private List<ExperimentSection> RunExperiments() =>
        ExperimentCatalog.All
            .Where(e => e.Golden || profile == Profile.Deep)
            .Select(e =>
            {
                Output.Progress(progress, $"experiment {e.Id}");
                var s = ExperimentCatalog.Produce(e, e.DefaultSeed);
                return new ExperimentSection(e.Id, e.ClaimId, e.Description, s, ExperimentPlots.For(s).ToList());
            })
            .ToList();

    /// <summary>
    /// Figures about claims rather than experiments: Theorem 5.1's sharp constant c*(α, k) (derived closed form per k) with the
    /// certified grid points of the exact tightness analysis (the fuzz report's, or computed here when fuzzing was skipped).
    /// </summary>
    private static IEnumerable<PlotSpec> ClaimPlots(IReadOnlyList<ClaimSection> claims)
    {
        var thm = claims.FirstOrDefault(c => c.Row.Id == "SBG.Thm5.1");
        if (thm is null) yield break;
        var grid = thm.Fuzz?.ExactTightness is { Count: > 0 } g ? g : Sbg.Theorem5_1Tightness.Grid(Budgets.DefaultSeed);
        var alphas = Enumerable.Range(1, 99).Select(i => new Arithmetic.Rational(i, 100)).ToArray();
        var x = alphas.Select(a => a.ToDouble()).ToArray();
        double[] Curve(int k) => alphas.Select(a => Sbg.Theorem5_1Tightness.ClosedForm(a, k).ToDouble()).ToArray();
        var points = grid.Where(p => p.Lower is not null).ToList();
        double At(ExactTightnessPoint p) => p.At.Single(kv => kv.Key == "alpha").Value.ToDouble();
        var series = new List<PlotSeries>
        {
            new("c*(α, k), even k: (1 − α)/(1 + α)", x, Curve(2)),
            new("k = 3: (1 − α)/(1 + 2α)", x, Curve(3)),
            new("k = 5: 2(1 − α)/(2 + 3α)", x, Curve(5)),
            new("k = 1: 0 (no counterexample at any c)", [0, 1], [0, 0]),
            new("printed constant 2 (Thm 5.1)", [0, 1], [2, 2], SeriesStyle.Dashed),
            new("Eq. (6) as printed: 1", [0, 1], [1, 1], SeriesStyle.Dashed),
            new("certified (exact LPs): no counterexample above", grid.Select(At).ToArray(), grid.Select(p => p.Upper.ToDouble()).ToArray(),
                SeriesStyle.Points),
            new("exact witness fails at", points.Select(At).ToArray(), points.Select(p => p.Lower!.Value.ToDouble()).ToArray(), SeriesStyle.Points),
        };
        var widest = grid.Max(p => p.Width.ToDouble());
        yield return new PlotSpec("sbg-thm5-1-tightness.png", "Theorem 5.1: how large must the constant in c·r‖x‖ be?",
            "α (Leaky ReLU slope)", "constant c",
            series, Caption: "Counterexamples exist exactly for c ≤ c*(α, k) = ⌊k/2⌋(1 − α)/(⌊k/2⌋ + ⌈k/2⌉α): (1 − α)/(1 + α) for even k, " +
                "smaller for odd k, 0 for k = 1. " +
                $"Grid α ∈ {{1/100, 1/10, 1/4, 1/2, 3/4}}, k = 1…6 ({grid.Count} points): upper ends certified by exact LPs over activation " +
                "patterns, lower ends by exact witnesses found by a Nelder–Mead search and confirmed by the claim's exact evaluation; " +
                $"widest bracket {widest.ToString("G3", CultureInfo.InvariantCulture)}.");
    }

    /// <summary>The exact tightness grid: both ends exact (witness, certificate), the closed form, the search's agreement.</summary>
    private static void ExactTightnessTable(StringBuilder sb, IReadOnlyList<ExactTightnessPoint> grid)
    {
        var ic = CultureInfo.InvariantCulture;
        var names = grid[0].At.Select(kv => kv.Key).ToList();
        sb.AppendLine().AppendLine($"Constant `{grid[0].Constant}`, exact tightness per {string.Join(", ", names)}: lower = an exact witness fails " +
            "there (the claim's own evaluation), upper = certified by exact LPs over activation patterns (no counterexample above), " +
            "closed form derived; the Nelder–Mead search must agree within 10⁻⁶.").AppendLine();
        sb.AppendLine("| " + string.Join(" | ", names) + " | lower | upper | closed form | search | agrees |")
            .AppendLine("|" + string.Concat(Enumerable.Repeat("---|", names.Count + 5)));
        foreach (var p in grid)
            sb.AppendLine(ic, $"| {string.Join(" | ", p.At.Select(kv => kv.Value.ToString()))} | {p.Lower?.ToString() ?? "none"} | {p.Upper} | " +
                $"{p.ClosedForm} | {p.SearchValue.ToString("F9", ic)} | {(p.Agrees(FuzzTightnessOutput.Tolerance) ? "yes" : "**no**")} |");
    }
}
