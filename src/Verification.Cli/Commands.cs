using System.Globalization;
using System.Text;
using Verification.Experiments;
using Verification.Harness;
using Verification.Cli.Reporting;
using Verification.Report;
using Verification.Spec;

namespace Verification.Cli;

public static class Commands
{
    public static int List(string? paper, bool json)
    {
        var entries = Checking.Select([], paper);
        var rows = entries.Select(e =>
        {
            var c = Claims.Registry.Find(e.Id);
            return new
            {
                e.Id,
                Paper = e.Id[..e.Id.IndexOf('.')],
                e.Where,
                What = e.What,
                Kind = c is null ? "not-implemented" : Checking.Kind(c.Kind),
                Implemented = c is not null,
                Hypotheses = c is null ? [] : Fuzzer.Target(c).Hypotheses.Select(h => h.Name).ToArray(),
            };
        }).ToList();
        if (json)
        {
            Console.WriteLine(Output.ToJson(new { claims = rows }));
            return 0;
        }
        Console.Write(Output.Table(["claim", "where", "kind", "implemented"],
            rows.Select(r => (IReadOnlyList<string>)[r.Id, r.Where, r.Kind, r.Implemented ? "yes" : "no"])));
        Console.WriteLine($"\n{rows.Count(r => r.Implemented)} of {rows.Count} claims implemented.");
        return 0;
    }

    public static ulong ParseSeed(string? s) => ParseSeedAndGamma(s).Seed;

    /// <summary>"S" or "S:G" (a failing test's FsCheck seed and gamma, as printed with a counterexample).</summary>
    public static (ulong Seed, ulong? Gamma) ParseSeedAndGamma(string? s)
    {
        if (s is null) return (Budgets.DefaultSeed, null);
        var parts = s.Split(':');
        if (parts.Length <= 2 && ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            if (parts.Length == 1) return (v, null);
            if (ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var g) && g % 2 == 1) return (v, g);
        }
        throw new UsageException($"malformed seed '{s}': expected an unsigned integer, or seed:gamma with an odd gamma as printed with a counterexample");
    }

    public static int[] ParseChoices(string s)
    {
        var parts = s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var result = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result[i]))
                throw new UsageException($"malformed replay string: '{parts[i]}' is not an integer " +
                    "(expected comma-separated integers as printed with a counterexample)");
        return result;
    }

    public static Profile ParseProfile(string s) =>
        Budgets.TryParse(s, out var p) ? p : throw new UsageException($"invalid budget '{s}': expected ci, quick, standard or deep");

    /// <summary>
    /// Checks claims and prints the ledger. Exit code 1 when a verdict differs from its recorded expectation (<see cref="Gate"/>),
    /// else 0; a baseline difference is reported and never changes the exit code.
    /// </summary>
    public static int Check(string[] ids, string? paper, string budget, string? seedText, string? replayText, int? size, bool corrected, string? variant,
        bool json, string? baselinePath = null)
    {
        var profile = ParseProfile(budget);
        var (seed, gamma) = ParseSeedAndGamma(seedText);
        var replay = replayText is null ? null : ParseChoices(replayText);
        if ((replay is not null || corrected || size is not null || variant is not null) && ids.Length != 1)
            throw new UsageException("--replay, --size, --corrected and --variant need exactly one --claim");
        if (variant is not null && Claims.Registry.Find(ids[0]) is { } vc)
        {
            var checkedStatement = corrected ? vc.Corrected ?? vc : vc;
            if (!checkedStatement.WrongVariants.Contains(variant))
                throw new UsageException(
                    $"{checkedStatement.Id} has no wrong variant '{variant}' (it has: {string.Join(", ", checkedStatement.WrongVariants)})");
        }
        if (size is < 0) throw new UsageException("--size must be non-negative");
        var entries = Checking.Select(ids, paper);
        // Read the baseline before the run, so bad input fails at once.
        var baseline = baselinePath is null ? (System.Text.Json.JsonElement?)null : Baseline.Load(baselinePath);
        var progress = !json;
        var rows = new LedgerRow[entries.Count];
        var done = 0;
        // Claims are independent and deterministic by seed, so running them on both cores changes nothing but the time.
        Parallel.For(0, entries.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            rows[i] = Checking.Run(entries[i], profile, seed, replay, corrected, size, gamma, variant);
            var n = Interlocked.Increment(ref done);
            lock (rows) Output.Progress(progress, $"[{n}/{entries.Count}] {entries[i].Id}: {Checking.VerdictText(rows[i].Verdict)}");
        });
        Output.EndProgress(progress);
        var verdicts = rows.GroupBy(r => Checking.VerdictText(r.Verdict)).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        var mismatches = Gate.Mismatches(rows);
        var doc = new CheckDocument(CheckDocument.CurrentSchemaVersion, profile.ToString().ToLowerInvariant(), seed,
            rows.Count(r => r.Verdict != Verdict.NotImplemented), rows.Length, verdicts, mismatches, Gate.NotExecuted(rows), rows);
        if (baseline is { } b)
        {
            // A baseline row is "removed" only if this run could have produced it: --claim and --paper narrow the selection.
            var selected = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var filtered = ids.Length > 0 || paper is not null;
            var current = System.Text.Json.JsonSerializer.SerializeToElement(doc, Output.Json);
            doc = doc with { Baseline = Baseline.Compare(baselinePath!, b, current, id => !filtered || selected.Contains(id.Split('#', '@')[0])) };
        }
        Console.Write(json ? Output.ToJson(doc) + "\n" : Checking.RenderLedger(doc));
        return Gate.ExitCode(mismatches);
    }

    public static int Fuzz(string id, string? drop, string budgetText, string? seedText, bool tightness, bool json)
    {
        var claim = Claims.Registry.Find(id) ?? throw new UsageException(Claims.Registry.IsKnownId(id)
            ? $"claim '{id}' is not implemented yet, so it cannot be fuzzed"
            : $"unknown claim id '{id}' (see 'verification list')");
        if (claim.Kind == ClaimKind.NotExecutable) throw new UsageException($"claim '{id}' is not executable: {claim.NotExecutableReason}");
        var budget = int.TryParse(budgetText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : Budgets.TryParse(budgetText, out var p) ? Budgets.CasesFor(claim, p)
            : throw new UsageException($"invalid budget '{budgetText}': expected a positive number of cases or a profile name");
        var seed = ParseSeed(seedText);
        var target = Fuzzer.Target(claim);
        if (drop is not null && target.Hypotheses.All(h => h.Name != drop))
            throw new UsageException($"{target.Id} has no hypothesis '{drop}' (it has: {string.Join(", ", target.Hypotheses.Select(h => h.Name))})");
        Output.Progress(!json, $"fuzzing {target.Id} with {budget} cases per search…");
        var report = Fuzzer.Run(claim, drop, budget, seed, tightness);
        Output.EndProgress(!json);
        if (json)
        {
            Console.WriteLine(Output.ToJson(new
            {
                report.ClaimId,
                report.TargetId,
                report.Seed,
                report.Budget,
                findings = report.Findings.Select(f => new
                {
                    f.Hypothesis,
                    f.Statement,
                    f.Weakened,
                    expected = f.Expected?.ToString().ToLowerInvariant(),
                    f.Found,
                    f.Refuted,
                    f.MatchesExpectation,
                    f.Class,
                    counterexample = Checking.View(target, f.Minimal),
                    f.LargestViolation,
                    f.LargestViolationCase,
                    f.Cases,
                }),
                tightness = report.Tightness.Select(t => new
                {
                    t.Constant,
                    printed = t.Printed.ToString(),
                    largestFailing = t.LargestFailing?.ToString(),
                    smallestHolding = t.SmallestHolding?.ToString(),
                    largestFailingApprox = t.LargestFailing?.ToDouble(),
                    smallestHoldingApprox = t.SmallestHolding?.ToDouble(),
                    t.Searches,
                    t.Note,
                }),
                tightnessGrid = FuzzTightnessOutput.Json(report.ExactTightness),
            }));
            return 0;
        }
        var sb = new StringBuilder();
        sb.AppendLine($"fuzz {report.ClaimId}" +
            (report.TargetId != report.ClaimId ? $" (fails as printed; fuzzing the corrected statement {report.TargetId})" : "") +
            $", seed {report.Seed}, {report.Budget} cases per search");
        sb.Append(Output.Table(["hypothesis", "weakened to", "expected", "found", "class", "agrees"],
            report.Findings.Select(f => (IReadOnlyList<string>)
            [
                f.Hypothesis, f.Weakened, f.Expected?.ToString().ToLowerInvariant() ?? "-", f.Found ? "counterexample" : "none",
                f.Class?.ToString().ToLowerInvariant() ?? "-", f.MatchesExpectation ? "yes" : "NO",
            ])));
        foreach (var f in report.Findings.Where(f => f.Minimal is not null))
        {
            var c = f.Minimal!;
            sb.AppendLine($"\n-- {f.Hypothesis}: seed {c.ReplaySeed}, replay choices {c.ChoicesLiteral}");
            sb.AppendLine($"   minimal: {c.Case}");
            sb.AppendLine($"   {c.Detail}");
            sb.AppendLine($"   largest violation: {f.LargestViolation.ToString("G4", CultureInfo.InvariantCulture)}" +
                (f.LargestViolationCase is { } lc ? $" at {lc}" : ""));
        }
        foreach (var t in report.Tightness)
        {
            sb.AppendLine($"\n-- constant {t.Constant} (printed {t.Printed}), bisection over random searches: counterexample up to " +
                $"{Fmt(t.LargestFailing)}, none found from {Fmt(t.SmallestHolding)} ({t.Searches} searches; a lower bound, not a certificate)");
            sb.AppendLine($"   {t.Note}");
        }
        sb.Append(FuzzTightnessOutput.Text(report.ExactTightness, (target as IExactTightness)?.ClosedFormText));
        Console.Write(sb.ToString());
        return 0;

        static string Fmt(Arithmetic.Rational? r) => r is { } v ? $"{v} (≈ {v.ToDouble().ToString("G4", CultureInfo.InvariantCulture)})" : "-";
    }

    public static int Reproduce(string? id, string? seedText, string? outDir, bool listOnly, bool json)
    {
        if (listOnly || id is null)
        {
            Console.Write(Output.Table(["experiment", "claim", "golden", "description"],
                ExperimentCatalog.All.Select(e => (IReadOnlyList<string>)[e.Id, e.ClaimId, e.Golden ? "yes" : "no", e.Description])));
            return id is null && !listOnly ? 2 : 0;
        }
        var exp = ExperimentCatalog.Find(id) ?? throw new UsageException($"unknown experiment '{id}' (see 'verification reproduce --list')");
        var seed = seedText is null ? exp.DefaultSeed : ParseSeed(seedText);
        var dir = outDir is null ? null : Output.EnsureWritableFolder(outDir);
        Experiments.Lyx.LyxMnistExperiment.Progress = line => Output.Progress(!json, line);
        Report.Snapshot snapshot;
        try
        {
            snapshot = ExperimentCatalog.Produce(exp, seed);
        }
        finally
        {
            Experiments.Lyx.LyxMnistExperiment.Progress = null;
            Output.EndProgress(!json);
        }
        var csv = ToCsv(snapshot);
        if (dir is not null) Output.WriteAtomically(Path.Combine(dir, exp.Id + ".csv"), csv);
        if (Reporting.MnistRunCache.Handles(exp.Id)) Reporting.MnistRunCache.Save(snapshot);
        // the long real-data runs are not in the report's default set, so their figures are drawn here
        if (dir is not null && exp.Id == Experiments.Lyx.LyxMnistExperiment.Id)
            foreach (var plot in Reporting.ExperimentPlots.For(snapshot))
            {
                Reporting.PlotRenderer.SavePng(plot, dir);
                if (!json) Console.WriteLine($"plot: {Path.Combine(dir, plot.FileName)}");
            }
        if (dir is not null && Reporting.MnistPlots.Handles(exp.Id)) Reporting.MnistPlots.WriteReproduction(snapshot, dir);
        if (json)
            Console.WriteLine(Output.ToJson(new
            {
                experiment = exp.Id,
                claim = exp.ClaimId,
                seed,
                header = snapshot.Header.ToDictionary(kv => kv.Key, kv => kv.Value),
                columns = snapshot.Columns.ToDictionary(c => c.Name, c => c.Cells),
                csv = dir is null ? null : Path.Combine(dir, exp.Id + ".csv"),
            }));
        else Console.Write(dir is null ? csv : $"wrote {Path.Combine(dir, exp.Id + ".csv")}\n");
        return 0;
    }

    public static string ToCsv(Snapshot s)
    {
        var sb = new StringBuilder();
        foreach (var (k, v) in s.Header) sb.Append("# ").Append(k).Append(": ").Append(v).Append('\n');
        sb.AppendLine(string.Join(",", s.Columns.Select(c => c.Name)));
        var n = s.Columns.Count == 0 ? 0 : s.Columns[0].Cells.Length;
        for (var i = 0; i < n; i++) sb.AppendLine(string.Join(",", s.Columns.Select(c => c.Cells[i])));
        return sb.ToString();
    }

    private static GoldenStore Store(string? dir)
    {
        try
        {
            return dir is null ? GoldenStore.FindFrom(Directory.GetCurrentDirectory()) : new GoldenStore(dir);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public static int Bench(string[] names, bool growth, bool json)
    {
        var all = Cli.Bench.Workloads.All;
        foreach (var n in names)
            if (all.All(w => w.Name != n)) throw new UsageException($"unknown workload '{n}' (workloads: {string.Join(", ", all.Select(w => w.Name))})");
        var chosen = names.Length == 0 ? all : all.Where(w => names.Contains(w.Name)).ToList();
        var results = chosen.Select(w => Cli.Bench.Workloads.Measure(w, line => Output.Progress(!json, line))).ToList();
        var growthPoints = growth ? Cli.Bench.Growth.Measure() : null;
        Output.EndProgress(!json);
        var machine = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
        if (json)
        {
            Console.WriteLine(Output.ToJson(new { machine, workloads = results, growth = growthPoints }));
            return 0;
        }
        var ic = CultureInfo.InvariantCulture;
        Console.Write(Output.Table(["workload", "median s", "range s", "throughput", "target", "meets"], results.Select(m => (IReadOnlyList<string>)
        [
            m.Name, m.MedianSeconds.ToString("G4", ic), $"{m.MinSeconds.ToString("G3", ic)}–{m.MaxSeconds.ToString("G3", ic)}",
            $"{m.UnitsPerSecond.ToString("G4", ic)} {m.Unit}/s", m.Target ?? "", m.MeetsTarget is { } b ? (b ? "yes" : "NO") : "",
        ])));
        Console.WriteLine($"\nmachine: {machine}");
        if (growthPoints is not null) Console.WriteLine("\n" + Cli.Bench.Growth.Render(growthPoints));
        return 0;
    }

    public static int Report(string outDir, string budget, string? seedText, int fuzzCases)
    {
        var profile = ParseProfile(budget);
        var seed = ParseSeed(seedText);
        if (fuzzCases < 0) throw new UsageException("--fuzz-cases must be non-negative");
        Reporting.MnistRuns.Provider ??= () => Reporting.MnistRunCache.Load(); // the report never trains on MNIST: it shows the last reproductions
        var path = new Reporting.ReportBuilder(profile, seed, fuzzCases, progress: true).Build(outDir);
        Console.WriteLine($"wrote {Path.Combine(path, "index.md")} and index.html");
        return 0;
    }

    public static int GoldenReview(string? dir, string overlayDir, bool json)
    {
        var store = Store(dir);
        var golden = ExperimentCatalog.All.Where(e => e.Golden).ToList();
        var results = new List<(GoldenDiff Diff, Snapshot Current, SnapshotFile? Committed)>();
        foreach (var e in golden)
        {
            try
            {
                var current = ExperimentCatalog.Produce(e, e.DefaultSeed);
                var path = store.PathOf(e.Id);
                var committed = File.Exists(path) ? SnapshotFile.Parse(File.ReadAllText(path), path) : null;
                results.Add((committed is null ? store.Compare(current) : GoldenStore.Compare(current, committed), current, committed));
            }
            catch (FormatException f)
            {
                throw new UsageException(f.Message);
            }
        }
        var stray = store.CommittedIds().Where(id => golden.All(e => e.Id != id)).ToList();
        var plots = new List<string>();
        var changed = results.Where(r => !r.Diff.Matches && r.Committed is not null && r.Diff.Columns.Count > 0).ToList();
        if (changed.Count > 0)
        {
            Output.EnsureWritableFolder(overlayDir);
            foreach (var (diff, current, committed) in changed)
                foreach (var spec in Overlays(diff, current, committed!))
                {
                    PlotRenderer.SavePng(spec, overlayDir);
                    plots.Add(Path.Combine(overlayDir, spec.FileName));
                }
        }
        if (json)
        {
            Console.WriteLine(Output.ToJson(new
            {
                differing = results.Where(r => !r.Diff.Matches).Select(r => r.Diff),
                matching = results.Where(r => r.Diff.Matches).Select(r => r.Diff.Id),
                stray,
                overlays = plots,
            }));
            return 0;
        }
        foreach (var (d, current, _) in results.Where(r => !r.Diff.Matches))
        {
            Console.WriteLine(d.Summary());
            foreach (var c in d.Columns)
                Console.WriteLine($"    stated precision: {current.SignificantDigits} significant digits, tolerance {current.Tolerance:G3}: " +
                    $"the change is {(c.MaxRelative / current.Tolerance).ToString("G3", CultureInfo.InvariantCulture)} times the tolerance");
        }
        Console.WriteLine($"{results.Count(r => r.Diff.Matches)} of {results.Count} snapshots match.");
        foreach (var p in plots) Console.WriteLine($"overlay: {p}");
        foreach (var s in stray) Console.WriteLine($"stray snapshot (no experiment produces it): {store.PathOf(s)}");
        if (Directory.Exists(store.MismatchFolder))
            foreach (var f in Directory.GetFiles(store.MismatchFolder)) Console.WriteLine($"mismatch file left by a test run: {f}");
        return 0;
    }

    /// <summary>Committed against current for each changed numeric column, against the first column when it is numeric.</summary>
    private static IEnumerable<PlotSpec> Overlays(GoldenDiff diff, Snapshot current, SnapshotFile committed)
    {
        double[] Column(IReadOnlyList<string[]> rows, int j) => rows.Select(r => Reporting.ExperimentPlots.ParseNumber(r[j])).ToArray();
        var now = SnapshotFile.Of(current);
        var x0Now = Column(now.Rows, 0);
        var x0Then = Column(committed.Rows, 0);
        var useFirst = !x0Now.Any(double.IsNaN) && !x0Then.Any(double.IsNaN);
        foreach (var c in diff.Columns)
        {
            var j = now.ColumnNames.ToList().IndexOf(c.Column);
            var yNow = Column(now.Rows, j);
            var yThen = Column(committed.Rows, j);
            var xNow = useFirst ? x0Now : Enumerable.Range(0, yNow.Length).Select(i => (double)i).ToArray();
            var xThen = useFirst ? x0Then : Enumerable.Range(0, yThen.Length).Select(i => (double)i).ToArray();
            yield return new PlotSpec($"{diff.Id}-{Reporting.ExperimentPlots.Slug(c.Column)}-overlay.png", $"{diff.Id}: {c.Column}, committed vs current",
                useFirst ? now.ColumnNames[0] : "row", c.Column,
                [new PlotSeries("committed", xThen, yThen), new PlotSeries("current", xNow, yNow, SeriesStyle.Dashed)],
                Caption: $"first differing row {c.FirstDifferingRow + 1}, max |Δ| {c.MaxAbsolute:G3}, max relative {c.MaxRelative:G3}");
        }
    }

    public static int GoldenAccept(string[] ids, string? dir)
    {
        if (ids.Length == 0) throw new UsageException("name the snapshots to accept (see 'verification golden review')");
        var store = Store(dir);
        var exps = ids.Select(id => ExperimentCatalog.Find(id) is { Golden: true } e ? e : throw new UsageException($"unknown golden snapshot '{id}'"))
            .ToList();
        foreach (var e in exps)
        {
            store.Accept(ExperimentCatalog.Produce(e, e.DefaultSeed));
            Console.WriteLine($"accepted {store.PathOf(e.Id)}");
        }
        return 0;
    }
}
