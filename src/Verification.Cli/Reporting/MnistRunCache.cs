using Verification.Data.Mnist;
using Verification.Report;

namespace Verification.Cli.Reporting;

/// <summary>
/// The MNIST reproductions' last runs, kept beside the data cache (<c>runs/</c> under <see cref="MnistCache.DefaultDirectory"/>) so
/// that the report, which never trains on MNIST itself, can include them. <c>reproduce lyx-mnist</c> and <c>reproduce sbg-mnist</c>
/// save here; the report reads what is there (nothing: the section says "not run").
/// </summary>
public static class MnistRunCache
{
    /// <summary>The experiments whose runs are cached, with the claim each reproduces.</summary>
    private static readonly Dictionary<string, string> Claims = new(StringComparer.Ordinal)
    {
        [Experiments.Lyx.LyxMnistExperiment.Id] = "LYX.MNIST",
        ["sbg-mnist"] = "SBG.MNIST",
    };

    private static readonly HashSet<string> RenderedKeys = new(StringComparer.Ordinal) { "id", "arithmetic", "precision", "rows", "double columns" };

    public static string Directory => Path.Combine(MnistCache.DefaultDirectory(), "runs");

    public static bool Handles(string experimentId) => Claims.ContainsKey(experimentId);

    /// <summary>Keeps the snapshot of a finished reproduction (written atomically: a half-written run is never read back).</summary>
    public static void Save(Snapshot s, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var dir = directory ?? Directory;
        System.IO.Directory.CreateDirectory(dir);
        Output.WriteAtomically(Path.Combine(dir, s.Id + ".snapshot"), s.Render());
    }

    /// <summary>The cached runs as snapshots again (an unreadable file is skipped: the report shows what it can).</summary>
    public static IEnumerable<(string Id, string ClaimId, string Description, Snapshot Snapshot)> Load(string? directory = null)
    {
        var dir = directory ?? Directory;
        if (!System.IO.Directory.Exists(dir)) yield break;
        foreach (var (id, claim) in Claims)
        {
            var path = Path.Combine(dir, id + ".snapshot");
            if (!File.Exists(path)) continue;
            SnapshotFile file;
            try { file = SnapshotFile.Parse(File.ReadAllText(path), path); }
            catch (FormatException) { continue; }
            var arithmetic = file.HeaderLines.FirstOrDefault(l => l.StartsWith("# arithmetic: ", StringComparison.Ordinal))?["# arithmetic: ".Length..];
            var s = new Snapshot(id, arithmetic ?? "double");
            foreach (var line in file.HeaderLines)
            {
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                if (colon < 2) continue;
                var key = line[2..colon];
                if (!RenderedKeys.Contains(key)) s.With(key, line[(colon + 2)..]);
            }
            for (var j = 0; j < file.ColumnNames.Count; j++) s.Column(file.ColumnNames[j], file.Rows.Select(r => r[j]));
            yield return (id, claim, $"the last `verification reproduce {id}` run on this machine ({File.GetLastWriteTimeUtc(path):yyyy-MM-dd HH:mm} UTC)", s);
        }
    }
}
