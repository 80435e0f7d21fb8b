using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verification.Cli;

public static class Output
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <summary>A plain aligned text table (stays readable when piped, unlike a terminal-width table).</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(i => all.Max(r => r[i].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var (r, idx) in all.Select((r, i) => (r, i)))
        {
            sb.AppendLine(string.Join("  ", r.Select((cell, i) => i == r.Count - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
            if (idx == 0) sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        }
        return sb.ToString();
    }

    /// <summary>Writes a file atomically: to a temporary file in the same folder, then moved into place.</summary>
    public static void WriteAtomically(string path, string content)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var tmp = Path.Combine(dir, "." + Path.GetFileName(path) + "." + Environment.ProcessId + ".tmp");
        try
        {
            File.WriteAllText(tmp, content);
            File.Move(tmp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(tmp); } catch (Exception) { /* best effort */ }
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>Creates (or checks) an output folder, failing with a usage error when it cannot be written.</summary>
    public static string EnsureWritableFolder(string dir)
    {
        try
        {
            Directory.CreateDirectory(dir);
            var probe = Path.Combine(dir, ".write-probe-" + Environment.ProcessId);
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return dir;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"output folder '{dir}' cannot be written: {e.Message}");
        }
    }

    /// <summary>Progress on the terminal (stderr), silent when redirected or when printing JSON.</summary>
    public static void Progress(bool enabled, string line)
    {
        if (enabled && !Console.IsErrorRedirected) Console.Error.Write("\r\u001b[2K" + line);
    }

    public static void EndProgress(bool enabled)
    {
        if (enabled && !Console.IsErrorRedirected) Console.Error.Write("\r\u001b[2K");
    }
}
