using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Verification.Cli;

/// <summary>One field of a claim's row that differs from the baseline; <c>Old</c> or <c>New</c> is absent when the field is.</summary>
/// <param name="Path">The field's JSON path in the row: <c>verdict</c>, <c>counterexample.class</c>, <c>coverage[class=x].observed</c>.</param>
public sealed record FieldChange(string Path, JsonElement? Old, JsonElement? New);

/// <summary>The fields of one claim's row that changed.</summary>
public sealed record ClaimChange(string Id, IReadOnlyList<FieldChange> Changes);

/// <summary>What changed since an earlier <c>check --json</c> run, claim by claim.</summary>
/// <param name="File">The baseline file as given.</param>
/// <param name="SchemaVersion">The baseline's schemaVersion; null when it has none.</param>
/// <param name="Warnings">Why the two runs may differ for reasons other than the code (another schema, profile or seed).</param>
/// <param name="Added">Ids in this run and not in the baseline.</param>
/// <param name="Removed">Ids in the baseline, within this run's selection, and not in this run.</param>
/// <param name="OutsideSelection">Baseline rows not compared because <c>--claim</c> or <c>--paper</c> left them out of this run.</param>
/// <param name="Changed">Claims in both with at least one changed field.</param>
/// <param name="Unchanged">Claims in both with none.</param>
public sealed record BaselineDiff(
    string File,
    int? SchemaVersion,
    string? Profile,
    ulong? Seed,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    int OutsideSelection,
    IReadOnlyList<ClaimChange> Changed,
    int Unchanged)
{
    private static string Label(string path) => path switch
    {
        "expected" => "recorded verdict",
        "counterexample.case" => "counterexample",
        "corrected.counterexample.case" => "corrected counterexample",
        "largestViolation" => "largest violation",
        "corrected.verdict" or "corrected.cases" or "counterexample.class" or "corrected.counterexample" or "corrected.counterexample.class" =>
            path.Replace('.', ' '),
        _ => path,
    };

    /// <summary>One line per value, whatever the baseline's indentation: compact JSON, non-ASCII text as it is.</summary>
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>The text section printed before the gate's list.</summary>
    public string Render()
    {
        var sb = new StringBuilder();
        sb.AppendLine();
        var of = Profile is null ? "" : $" (profile {Profile}, seed {Seed?.ToString(CultureInfo.InvariantCulture) ?? "?"})";
        sb.AppendLine($"== changes since the baseline {File}{of}");
        foreach (var w in Warnings) sb.AppendLine($"   note: {w}");
        if (Added.Count > 0) sb.AppendLine($"   added (not in the baseline): {string.Join(", ", Added)}");
        if (Removed.Count > 0) sb.AppendLine($"   removed (not in this run): {string.Join(", ", Removed)}");
        foreach (var c in Changed)
        {
            sb.AppendLine($"   {c.Id}");
            foreach (var f in c.Changes)
            {
                var ce = f.Path.EndsWith("counterexample", StringComparison.Ordinal);
                sb.AppendLine($"     {Label(f.Path)}: {Show(f.Old, ce)} → {Show(f.New, ce)}");
            }
        }
        sb.AppendLine($"   {(IsEmpty ? "no changes: " : "")}{Unchanged} claim{(Unchanged == 1 ? "" : "s")} unchanged" +
            (OutsideSelection > 0 ? $"; {OutsideSelection} baseline claim{(OutsideSelection == 1 ? "" : "s")} outside this run's selection not compared" : ""));
        sb.AppendLine("   (timings are not compared; a change here does not change the exit code)");
        return sb.ToString();
    }

    private static string Show(JsonElement? e, bool counterexample)
    {
        if (e is not { } v) return counterexample ? "none" : "(absent)";
        if (counterexample && v.ValueKind == JsonValueKind.Object && v.TryGetProperty("case", out var c))
            return Short((v.TryGetProperty("class", out var k) ? k.ToString() + ": " : "") + c);
        return Short(v.ValueKind == JsonValueKind.String ? v.GetString()! : JsonSerializer.Serialize(v, Compact));
    }

    private static string Short(string s)
    {
        s = string.Join(' ', s.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return s.Length <= 120 ? s : s[..117] + "…";
    }
}

/// <summary>Reads a baseline and compares check documents as JSON trees, so a field added to the rows is compared unchanged.</summary>
public static class Baseline
{
    /// <summary>Array elements are matched by the first of these keys that every element has, as a distinct string; else by index.</summary>
    private static readonly string[] ElementKeys = ["id", "class", "name", "hypothesis", "level", "kind"];

    /// <summary>Paths with a readable label, listed first and in this order; every other path follows in the rows' order.</summary>
    private static readonly string[] Known =
    [
        "verdict", "corrected.verdict", "expected", "cases", "corrected.cases", "counterexample", "counterexample.case", "counterexample.class",
        "corrected.counterexample", "corrected.counterexample.case", "corrected.counterexample.class", "largestViolation",
    ];

    /// <summary>Timing differs from run to run, so it is never a change.</summary>
    public static bool IsTiming(string key) => key == "seconds" || key.EndsWith("Seconds", StringComparison.Ordinal);

    /// <summary>Reads and parses a baseline file; bad input (unreadable, not JSON, no claims list) is a usage error.</summary>
    public static JsonElement Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read the baseline '{path}': {OneLine(e.Message)}");
        }
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(text);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new UsageException($"the baseline '{path}' is not JSON (write it with 'verification check --json > FILE'): {OneLine(e.Message)}");
        }
        var notCheck = $"the baseline '{path}' is not a 'verification check --json' document";
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            throw new UsageException($"{notCheck}: it has no 'claims' list");
        var i = 0;
        foreach (var row in claims.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
                throw new UsageException($"{notCheck}: claims[{i}] has no string 'id'");
            i++;
        }
        return root;
    }

    /// <summary>
    /// Compares two check documents' rows by id. <paramref name="inSelection"/> says whether a baseline id is one this run
    /// could have produced (false for ids that <c>--claim</c> or <c>--paper</c> left out): only those count as removed.
    /// </summary>
    public static BaselineDiff Compare(string file, JsonElement baseline, JsonElement current, Func<string, bool>? inSelection = null)
    {
        inSelection ??= _ => true;
        var warnings = new List<string>();
        int? version = baseline.TryGetProperty("schemaVersion", out var sv) && sv.TryGetInt32(out var v) ? v : null;
        if (version is null)
            warnings.Add($"the baseline has no schemaVersion (written before version {CheckDocument.CurrentSchemaVersion}); compared field by field anyway");
        else if (version != CheckDocument.CurrentSchemaVersion)
            warnings.Add($"the baseline has schemaVersion {version}, this tool writes {CheckDocument.CurrentSchemaVersion}; compared field by field anyway");
        var profile = Text(baseline, "profile");
        var seed = baseline.TryGetProperty("seed", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetUInt64(out var u) ? u : (ulong?)null;
        var (nowProfile, nowSeed) = (Text(current, "profile"), current.GetProperty("seed").GetUInt64());
        if (profile != nowProfile || seed != nowSeed)
            warnings.Add($"the baseline ran profile {profile ?? "?"}, seed {seed?.ToString(CultureInfo.InvariantCulture) ?? "?"}; this run profile " +
                $"{nowProfile}, seed {nowSeed}: case counts and sample-dependent verdicts may differ for that reason alone");
        var old = Rows(baseline, warnings, "the baseline");
        var now = Rows(current, warnings, "this run");
        var added = now.Keys.Where(id => !old.ContainsKey(id)).ToList();
        var removed = old.Keys.Where(id => !now.ContainsKey(id) && inSelection(id)).ToList();
        var outside = old.Keys.Count(id => !now.ContainsKey(id) && !inSelection(id));
        var changed = new List<ClaimChange>();
        var unchanged = 0;
        foreach (var (id, row) in now)
        {
            if (!old.TryGetValue(id, out var before)) continue;
            var changes = Diff(before, row);
            if (changes.Count == 0) unchanged++;
            else changed.Add(new ClaimChange(id, changes));
        }
        return new BaselineDiff(file, version, profile, seed, warnings, added, removed, outside, changed, unchanged);
    }

    /// <summary>Every difference between two rows (or any two JSON values), timing fields left out.</summary>
    public static IReadOnlyList<FieldChange> Diff(JsonElement before, JsonElement after)
    {
        var acc = new List<FieldChange>();
        Walk("", Present(before), Present(after), acc);
        return acc.OrderBy(f => Array.IndexOf(Known, f.Path) is var i && i >= 0 ? i : Known.Length).ToList();
    }

    private static void Walk(string path, JsonElement? a, JsonElement? b, List<FieldChange> acc)
    {
        if (a is not { } x || b is not { } y)
        {
            if (a is not null || b is not null) acc.Add(new FieldChange(path, a, b));
            return;
        }
        if (x.ValueKind == JsonValueKind.Object && y.ValueKind == JsonValueKind.Object)
        {
            var keys = x.EnumerateObject().Select(p => p.Name).Concat(y.EnumerateObject().Select(p => p.Name)).Distinct().Where(k => !IsTiming(k));
            foreach (var k in keys)
                Walk(path.Length == 0 ? k : path + "." + k, Get(x, k), Get(y, k), acc);
        }
        else if (x.ValueKind == JsonValueKind.Array && y.ValueKind == JsonValueKind.Array)
        {
            if (ElementKey(x, y) is { } key)
            {
                var xs = x.EnumerateArray().ToDictionary(e => e.GetProperty(key).GetString()!);
                var ys = y.EnumerateArray().ToDictionary(e => e.GetProperty(key).GetString()!);
                foreach (var name in xs.Keys.Concat(ys.Keys).Distinct())
                    Walk($"{path}[{key}={name}]", xs.TryGetValue(name, out var xe) ? xe : null, ys.TryGetValue(name, out var ye) ? ye : null, acc);
            }
            else
            {
                var (xa, ya) = (x.EnumerateArray().ToList(), y.EnumerateArray().ToList());
                for (var i = 0; i < Math.Max(xa.Count, ya.Count); i++)
                    Walk($"{path}[{i}]", i < xa.Count ? Present(xa[i]) : null, i < ya.Count ? Present(ya[i]) : null, acc);
            }
        }
        else if (!JsonElement.DeepEquals(x, y)) acc.Add(new FieldChange(path, x, y));
    }

    private static string? ElementKey(JsonElement x, JsonElement y)
    {
        var all = x.EnumerateArray().Concat(y.EnumerateArray()).ToList();
        if (all.Count == 0 || all.Any(e => e.ValueKind != JsonValueKind.Object)) return null;
        return ElementKeys.FirstOrDefault(k =>
            all.All(e => e.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String) &&
            Distinct(x, k) && Distinct(y, k));

        static bool Distinct(JsonElement arr, string k) =>
            arr.EnumerateArray().Select(e => e.GetProperty(k).GetString()).Distinct().Count() == arr.GetArrayLength();
    }

    /// <summary>JSON null is treated as absent (the tool never writes null; it omits the field).</summary>
    private static JsonElement? Present(JsonElement e) => e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : e;

    private static JsonElement? Get(JsonElement o, string key) => o.TryGetProperty(key, out var v) ? Present(v) : null;

    private static string? Text(JsonElement o, string key) =>
        o.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static Dictionary<string, JsonElement> Rows(JsonElement doc, List<string> warnings, string which)
    {
        var rows = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var row in doc.GetProperty("claims").EnumerateArray())
        {
            var id = row.GetProperty("id").GetString()!;
            if (!rows.TryAdd(id, row)) warnings.Add($"{which} lists {id} more than once; the first row is compared");
        }
        return rows;
    }

    private static string OneLine(string s) => string.Join(' ', s.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
