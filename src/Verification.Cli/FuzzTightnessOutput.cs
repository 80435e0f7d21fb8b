using System.Globalization;
using System.Text;
using Verification.Arithmetic;
using Verification.Harness;

namespace Verification.Cli;

/// <summary>The exact tightness grid of a fuzz report (<see cref="IExactTightness"/>), as JSON entries and as text.</summary>
public static class FuzzTightnessOutput
{
    /// <summary>How close both ends must be to the closed form (and the search to both): the issue's 10⁻⁶.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>
    /// One JSON object per grid point: the fixed parameters by name (integers as numbers, other values as exact strings with
    /// an approximation), lower, upper and closedForm as exact strings, the extremal witness and the search's own result.
    /// </summary>
    public static IReadOnlyList<Dictionary<string, object?>> Json(IReadOnlyList<ExactTightnessPoint> grid) => grid.Select(p =>
    {
        var o = new Dictionary<string, object?> { ["constant"] = p.Constant };
        foreach (var (name, value) in p.At)
        {
            if (value.Denominator.IsOne) o[name] = (long)value.Numerator;
            else { o[name] = value.ToString(); o[name + "Approx"] = value.ToDouble(); }
        }
        o["lower"] = p.Lower?.ToString();
        o["upper"] = p.Upper.ToString();
        o["closedForm"] = p.ClosedForm.ToString();
        o["lowerApprox"] = p.Lower?.ToDouble();
        o["upperApprox"] = p.Upper.ToDouble();
        o["width"] = p.Width.ToString();
        o["agreesWithClosedForm"] = p.Agrees(Tolerance);
        o["certificate"] = p.Certificate;
        o["witness"] = Witness(p.Witness);
        o["search"] = new Dictionary<string, object?>
        {
            ["value"] = p.SearchValue,
            ["confirmed"] = p.SearchWitness?.Constant.ToString(),
            ["confirmedApprox"] = p.SearchWitness?.Constant.ToDouble(),
            ["evaluations"] = p.SearchEvaluations,
            ["witness"] = Witness(p.SearchWitness),
        };
        if (p.Lower is null) o["note"] = "no configuration fails at any constant: the claim holds with the upper end itself";
        return o;
    }).ToList();

    private static Dictionary<string, object?>? Witness(TightnessWitness? w) => w is null ? null : new()
    {
        ["constant"] = w.Constant.ToString(),
        ["case"] = w.Case,
        ["detail"] = w.Detail,
    };

    /// <summary>A table (one row per grid point) and one line per extremal witness.</summary>
    public static string Text(IReadOnlyList<ExactTightnessPoint> grid, string? closedFormText)
    {
        if (grid.Count == 0) return "";
        var ic = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ic, $"\n-- constant {grid[0].Constant}: exact tightness per {string.Join(", ", grid[0].At.Select(kv => kv.Key))}");
        if (closedFormText is not null) sb.AppendLine(ic, $"   closed form: {closedFormText}");
        sb.AppendLine("   lower: an exact witness fails at it; upper: certified, no counterexample above it; search: Nelder–Mead's best in double");
        var names = grid[0].At.Select(kv => kv.Key).ToList();
        sb.Append(Output.Table([.. names, "lower (witness)", "upper (certified)", "closed form", "≈", "width", "search", "agrees"],
            grid.Select(p => (IReadOnlyList<string>)
            [
                .. p.At.Select(kv => kv.Value.ToString()), p.Lower?.ToString() ?? "none", p.Upper.ToString(), p.ClosedForm.ToString(),
                p.ClosedForm.ToDouble().ToString("F7", ic), Fmt(p.Width), p.SearchValue.ToString("F9", ic), p.Agrees(Tolerance) ? "yes" : "NO",
            ])));
        foreach (var p in grid.Where(p => p.Witness is not null))
            sb.AppendLine(ic, $"   witness at {string.Join(", ", p.At.Select(kv => $"{kv.Key} = {kv.Value}"))}: {p.Witness!.Case} — {p.Witness.Detail}");
        var bad = grid.Count(p => !p.Agrees(Tolerance));
        sb.AppendLine(bad == 0
            ? $"   all {grid.Count} points: both ends and the search agree with the closed form within {Tolerance.ToString("0e0", ic)}"
            : $"   {bad} of {grid.Count} points DISAGREE with the closed form (tolerance {Tolerance.ToString("0e0", ic)})");
        return sb.ToString();

        static string Fmt(Rational w) => w.Sign == 0 ? "0" : w.ToDouble().ToString("G3", CultureInfo.InvariantCulture);
    }
}
