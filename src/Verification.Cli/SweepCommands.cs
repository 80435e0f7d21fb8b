using System.CommandLine;
using System.Globalization;
using System.Text;
using Verification.Cli.Reporting;
using Verification.Data.Mnist;
using Verification.Experiments.Sbg;

namespace Verification.Cli;

/// <summary>
/// <c>verification sweep sbg-mnist</c>: the settings Figs. 2 and 6 leave unstated, over long horizons, to find out whether
/// the paper's curves appear (<see cref="MnistFigures.SweepGrid"/>); a summary CSV, the log-spaced series and plots.
/// </summary>
public static class SweepCommands
{
    public static Command Create()
    {
        var name = new Argument<string>("sweep") { Description = "The sweep: sbg-mnist (the only one so far)." };
        var outDir = new Option<string>("--out") { Description = "Folder for the CSV files and plots.", DefaultValueFactory = _ => "sweep-sbg-mnist" };
        var epochs = new Option<int>("--epochs") { Description = "Horizon in epochs.", DefaultValueFactory = _ => 3000 };
        var perDigit = new Option<int>("--per-digit") { Description = "Images per digit (0: all).", DefaultValueFactory = _ => 100 };
        var inits = new Option<int>("--inits") { Description = "Initialisations per setting.", DefaultValueFactory = _ => 2 };
        var pairs = new Option<string?>("--pairs") { Description = "Only these pairs, e.g. 01,35 (default: 01,35,49)." };
        var seed = new Option<string?>("--seed") { Description = "Seed (unsigned integer)." };
        var sweep = new Command("sweep",
            "Sweep the settings a paper leaves unstated. sbg-mnist: 3 pairs × raw/centred inputs × η ∈ {1e-4, 1e-3, 1e-2, 1e-1} × "
            + "σ ∈ {1e-6, 1e-3, 1}, k = 10 (and k = 50 on (0, 1) and (4, 9)), 2 initialisations, 3000 epochs on 100 images per digit: "
            + "about 7 CPU minutes, under an hour on 2 shared cores (see README).")
        {
            name, outDir, epochs, perDigit, inits, pairs, seed,
        };
        sweep.SetAction(r => Run(() => Sweep(r.GetValue(name)!, r.GetValue(outDir)!, r.GetValue(epochs), r.GetValue(perDigit), r.GetValue(inits),
            r.GetValue(pairs), r.GetValue(seed))));
        return sweep;
    }

    private static int Sweep(string name, string outDir, int epochs, int perDigit, int inits, string? pairs, string? seedText)
    {
        if (name != "sbg-mnist") throw new UsageException($"unknown sweep '{name}' (known: sbg-mnist)");
        if (epochs < 1 || perDigit < 0 || inits < 1) throw new UsageException("--epochs and --inits must be at least 1, --per-digit at least 0");
        var keep = pairs?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Length == 2 && char.IsDigit(p[0]) && char.IsDigit(p[1]) ? (p[0] - '0', p[1] - '0')
                : throw new UsageException($"--pairs: '{p}' is not two digits such as 01")).ToHashSet();
        var seed = seedText is null ? Harness.Budgets.DefaultSeed : Commands.ParseSeed(seedText);
        var dir = Output.EnsureWritableFolder(outDir);
        var images = MnistLoader.Load().All;
        var grid = MnistFigures.SweepGrid(epochs, perDigit).Where(s => keep is null || keep.Contains((s.Positive, s.Negative))).ToList();
        if (grid.Count == 0) throw new UsageException("--pairs selects no setting of the grid (pairs 01, 35, 49)");
        var runs = MnistFigures.Sweep(images, grid, inits, seed, (done, total, seconds) =>
            Output.Progress(true,
                $"sweep sbg-mnist: {Bar(done, total)} {done}/{total} runs, {seconds:F0} s, about {seconds / done * (total - done):F0} s left"));
        Output.EndProgress(true);
        var ic = CultureInfo.InvariantCulture;
        var summary = new StringBuilder("setting,pair,inputs,k,eta,std,scale,init,epochs,first_zero_epoch,final_frac_outside,min_frac_outside,final_r_over_wu,"
            + "min_r_over_wu,final_cos_median,final_cos_min,final_linear_agreement,final_train_accuracy,final_test_accuracy,first_agreement_epoch,"
            + "final_disagree_w,final_disagree_u,final_loss,seconds\n");
        var series = new StringBuilder("setting,init,epoch,loss,r,wu_norm,r_over_wu,frac_outside,cos_min,cos_median,linear_agreement,train_accuracy,"
            + "test_accuracy,disagree_w,disagree_u\n");
        foreach (var r in runs)
        {
            var (s, last) = (r.Setting, r.Series[^1]);
            summary.AppendLine(string.Join(",", [s.Id, $"{s.Positive}{s.Negative}", s.Spec.Centred ? "centred" : "raw", s.Spec.K.ToString(ic),
                s.Spec.Eta.ToString("G3", ic), s.Spec.Std.ToString("G3", ic), s.Scale, r.Init.ToString(ic), last.Epoch.ToString(ic),
                r.FirstZero?.ToString(ic) ?? "", F(last.FracOutside), F(r.Series.Min(p => p.FracOutside)), F(last.Ratio), F(r.Series.Min(p => p.Ratio)),
                F(last.CosMedian), F(last.CosMin), F(last.LinearAgreement), F(last.TrainAccuracy), F(last.TestAccuracy),
                r.FirstAgreement?.ToString(ic) ?? "", F(last.DisagreeW), F(last.DisagreeU), F(last.Loss), r.Seconds.ToString("F1", ic)]));
            foreach (var p in r.Series)
                series.AppendLine(string.Join(",", [s.Id, r.Init.ToString(ic), p.Epoch.ToString(ic), F(p.Loss), F(p.R), F(p.WuNorm), F(p.Ratio),
                    F(p.FracOutside), F(p.CosMin), F(p.CosMedian), F(p.LinearAgreement), F(p.TrainAccuracy), F(p.TestAccuracy), F(p.DisagreeW),
                    F(p.DisagreeU)]));
        }
        var header = $"# sweep sbg-mnist, seed {seed}: {grid.Count} settings × {inits} initialisations, {epochs} epochs, "
            + $"{(perDigit == 0 ? "all" : perDigit.ToString(ic))} images per digit, 80% train; α = 0.1, v = 1, SGD batch 1; pair, inputs, k, η and σ per row\n";
        Output.WriteAtomically(Path.Combine(dir, "sbg-mnist-sweep.csv"), header + summary);
        Output.WriteAtomically(Path.Combine(dir, "sbg-mnist-sweep-series.csv"), header + series);
        var plots = MnistPlots.WriteSweep(runs, dir);
        Console.WriteLine($"wrote {Path.Combine(dir, "sbg-mnist-sweep.csv")}, {Path.Combine(dir, "sbg-mnist-sweep-series.csv")} and {plots.Count} plots "
            + $"({runs.Count} runs, {runs.Sum(r => r.Seconds):F0} s of run time)");
        return 0;

        static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
    }

    private static string Bar(int done, int total)
    {
        var filled = (int)Math.Round(20.0 * done / Math.Max(1, total));
        return "[" + new string('#', filled) + new string('.', 20 - filled) + "]";
    }

    private static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is MnistDataException or UsageException)
        {
            Console.Error.WriteLine("verification: " + e.Message);
            return 2;
        }
    }
}
