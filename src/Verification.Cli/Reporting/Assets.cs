namespace Verification.Cli.Reporting;

/// <summary>
/// The report's static assets, embedded in the tool: KaTeX (katex.min.js, katex.min.css, the woff2 fonts and its MIT licence)
/// at the version pinned in Assets/katex/VERSION, taken with <c>npm pack</c> and checked against the registry's integrity by
/// scripts/update-katex.sh. Committed rather than fetched, so writing a report needs no network and the folder works offline.
/// </summary>
public static class Assets
{
    private const string Prefix = "katex/";

    /// <summary>The embedded KaTeX files, by their path below katex/.</summary>
    public static IReadOnlyList<string> KatexFiles { get; } =
        typeof(Assets).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Copies KaTeX into <paramref name="folder"/>/katex.</summary>
    public static void CopyKatex(string folder)
    {
        if (KatexFiles.Count == 0) throw new InvalidOperationException("the KaTeX assets are missing from the tool (Reporting/Assets/katex)");
        foreach (var name in KatexFiles)
        {
            var path = Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = typeof(Assets).Assembly.GetManifestResourceStream(name)!;
            using var target = File.Create(path);
            source.CopyTo(target);
        }
    }

    /// <summary>The pinned version line (katex@VERSION and its integrity).</summary>
    public static string KatexVersion
    {
        get
        {
            using var s = typeof(Assets).Assembly.GetManifestResourceStream(Prefix + "VERSION");
            return s is null ? "unknown" : new StreamReader(s).ReadToEnd().Trim();
        }
    }
}
