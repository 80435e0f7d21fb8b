using System.Globalization;
using System.Text;

namespace Verification.Harness;

/// <summary>
/// The LaTeX forms of a claim's texts, written once per paper (spec/&lt;Paper&gt;/&lt;Paper&gt;.Typeset.cs) and keyed by claim id:
/// prose with inline math between <c>$</c> signs, as Markdown and KaTeX read it. <see cref="Statement"/> and
/// <see cref="Corrected"/> typeset the claim's plain <see cref="Claim.Statement"/> and its corrected statement's, and must
/// agree with them (<see cref="Typeset.Agrees"/>); <see cref="Finding"/> is a one-line typeset summary of what is wrong,
/// each of whose formulas must occur in the plain finding (<see cref="Typeset.FormulasMissingFrom"/>).
/// </summary>
public sealed record TypesetForm(string Statement, string? Finding = null, string? Corrected = null);

/// <summary>
/// A small LaTeX-to-Unicode renderer for the subset the typeset forms use (accents, Greek, relations, norms, sub- and
/// superscripts, \frac, \sqrt, \text), and the normalisation under which a rendered form must equal the plain text.
/// Hand-written because it only has to invert the notation of the plain statements, not to typeset (KaTeX does that).
/// </summary>
public static class Typeset
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε", ["zeta"] = "ζ",
        ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν",
        ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ",
        ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["ell"] = "ℓ",
        ["geq"] = "≥", ["ge"] = "≥", ["leq"] = "≤", ["le"] = "≤", ["neq"] = "≠", ["ne"] = "≠", ["in"] = "∈", ["notin"] = "∉",
        ["cdot"] = "·", ["iff"] = "⇔", ["Leftrightarrow"] = "⇔", ["Rightarrow"] = "⇒", ["implies"] = "⇒", ["to"] = "→",
        ["rightarrow"] = "→", ["infty"] = "∞", ["sum"] = "Σ", ["prod"] = "∏", ["partial"] = "∂", ["nabla"] = "∇", ["langle"] = "⟨",
        ["rangle"] = "⟩", ["pm"] = "±", ["times"] = "×", ["approx"] = "≈", ["emptyset"] = "∅", ["varnothing"] = "∅", ["lfloor"] = "⌊",
        ["rfloor"] = "⌋", ["lceil"] = "⌈", ["rceil"] = "⌉", ["subseteq"] = "⊆", ["subset"] = "⊂", ["cup"] = "∪", ["cap"] = "∩",
        ["forall"] = "∀", ["exists"] = "∃", ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["Vert"] = "‖", ["|"] = "‖", ["vert"] = "|",
        ["lvert"] = "|", ["rvert"] = "|", ["lVert"] = "‖", ["rVert"] = "‖", ["sim"] = "∼", ["top"] = "T", ["mid"] = "|", ["circ"] = "∘",
        ["{"] = "{", ["}"] = "}", ["%"] = "%", ["#"] = "#", ["&"] = "&", ["_"] = "_", ["$"] = "$", ["prime"] = "'", ["setminus"] = "∖",
        ["wedge"] = "∧", ["vee"] = "∨", ["neg"] = "¬", ["mapsto"] = "↦", ["propto"] = "∝", ["ll"] = "≪", ["gg"] = "≫",
        ["log"] = "log", ["ln"] = "ln", ["exp"] = "exp", ["min"] = "min", ["max"] = "max", ["sin"] = "sin", ["cos"] = "cos",
        ["tan"] = "tan", ["arg"] = "arg", ["det"] = "det", ["lim"] = "lim", ["sup"] = "sup", ["inf"] = "inf", ["arctan"] = "arctan",
        ["sinh"] = "sinh", ["cosh"] = "cosh", ["tanh"] = "tanh",
    };

    /// <summary>Spacing and sizing commands that render as nothing (or as a space).</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "!", " ", "quad", "qquad", "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr",
        "displaystyle", "textstyle", "limits", "nolimits",
    };

    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["bar"] = '\u0304', ["overline"] = '\u0304', ["hat"] = '\u0302', ["widehat"] = '\u0302', ["tilde"] = '\u0303',
        ["widetilde"] = '\u0303', ["dot"] = '\u0307', ["vec"] = '\u20D7',
    };

    private static readonly HashSet<string> TextLike = new(StringComparer.Ordinal)
    {
        "text", "mathrm", "operatorname", "mathbf", "mathit", "mathsf", "mathtt", "textbf", "textit", "mathbb", "mathcal", "boldsymbol",
        "emph",
    };

    /// <summary>The Unicode text of a typeset form: its prose as written, each formula rendered.</summary>
    public static string Render(string typeset)
    {
        ArgumentNullException.ThrowIfNull(typeset);
        var sb = new StringBuilder();
        foreach (var (text, math) in Segments(typeset)) sb.Append(math ? RenderMath(text) : text.Replace("\\$", "$", StringComparison.Ordinal));
        return sb.ToString();
    }

    /// <summary>The formulas of a typeset form (the text between unescaped <c>$</c> signs).</summary>
    public static IEnumerable<string> Formulas(string typeset) => Segments(typeset).Where(s => s.Math).Select(s => s.Text);

    /// <summary>Prose and math segments; an unpaired <c>$</c> is an error, so that a broken form is caught by the agreement test.</summary>
    public static IReadOnlyList<(string Text, bool Math)> Segments(string typeset)
    {
        ArgumentNullException.ThrowIfNull(typeset);
        var parts = new List<(string, bool)>();
        var sb = new StringBuilder();
        var math = false;
        for (var i = 0; i < typeset.Length; i++)
        {
            var ch = typeset[i];
            if (ch == '\\' && i + 1 < typeset.Length && typeset[i + 1] == '$') { sb.Append(ch).Append('$'); i++; continue; }
            if (ch != '$') { sb.Append(ch); continue; }
            if (sb.Length > 0 || math) parts.Add((sb.ToString(), math));
            sb.Clear();
            math = !math;
        }
        if (math) throw new FormatException("unpaired $ in a typeset form: " + typeset);
        if (sb.Length > 0) parts.Add((sb.ToString(), false));
        return parts;
    }

    /// <summary>Renders one formula (without its <c>$</c> signs) to Unicode.</summary>
    public static string RenderMath(string tex)
    {
        ArgumentNullException.ThrowIfNull(tex);
        var pos = 0;
        var sb = new StringBuilder();
        while (pos < tex.Length) sb.Append(Atom(tex, ref pos));
        return sb.ToString();
    }

    private static string Atom(string s, ref int pos)
    {
        var ch = s[pos];
        switch (ch)
        {
            case '{':
                return Group(s, ref pos);
            case '}':
                throw new FormatException($"unbalanced '}}' at {pos} in: {s}");
            case '^' or '_':
                pos++;
                var arg = pos < s.Length ? Argument(s, ref pos) : throw new FormatException($"'{ch}' without an argument in: {s}");
                return arg == "*" && ch == '^' ? "*" : ch + arg;
            case '-':
                pos++;
                return "−";
            case '~':
                pos++;
                return " ";
            case '\\':
                return Command(s, ref pos);
            default:
                pos++;
                return ch.ToString();
        }
    }

    private static string Group(string s, ref int pos)
    {
        pos++; // '{'
        var sb = new StringBuilder();
        while (pos < s.Length && s[pos] != '}') sb.Append(Atom(s, ref pos));
        if (pos >= s.Length) throw new FormatException("unbalanced '{' in: " + s);
        pos++;
        return sb.ToString();
    }

    /// <summary>The argument of a command, a sub- or superscript: a group, a command, or one character.</summary>
    private static string Argument(string s, ref int pos)
    {
        while (pos < s.Length && s[pos] == ' ') pos++;
        if (pos >= s.Length) throw new FormatException("missing argument in: " + s);
        return s[pos] == '{' ? Group(s, ref pos) : Atom(s, ref pos);
    }

    private static string RawGroup(string s, ref int pos)
    {
        while (pos < s.Length && s[pos] == ' ') pos++;
        if (pos >= s.Length || s[pos] != '{') throw new FormatException("expected '{' in: " + s);
        var depth = 0;
        var start = pos + 1;
        for (; pos < s.Length; pos++)
        {
            if (s[pos] == '{') depth++;
            else if (s[pos] == '}' && --depth == 0) { pos++; return s[start..(pos - 1)]; }
        }
        throw new FormatException("unbalanced '{' in: " + s);
    }

    private static string Command(string s, ref int pos)
    {
        pos++; // '\'
        if (pos >= s.Length) throw new FormatException("a trailing backslash in: " + s);
        string name;
        if (char.IsAsciiLetter(s[pos]))
        {
            var start = pos;
            while (pos < s.Length && char.IsAsciiLetter(s[pos])) pos++;
            name = s[start..pos];
        }
        else name = s[pos++].ToString();
        if (Ignored.Contains(name)) return name is " " or "quad" or "qquad" or "," or ";" or ":" ? " " : "";
        if (Symbols.TryGetValue(name, out var sym)) return sym;
        if (Accents.TryGetValue(name, out var accent))
        {
            var arg = Argument(s, ref pos);
            return arg.Length == 0 ? arg : arg + accent;
        }
        if (TextLike.Contains(name)) return name.StartsWith("text", StringComparison.Ordinal) ? RawGroup(s, ref pos) : Argument(s, ref pos);
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
                var num = Argument(s, ref pos);
                var den = Argument(s, ref pos);
                return num + "/" + den;
            case "sqrt":
                return "√" + Argument(s, ref pos);
            default:
                throw new FormatException($"unknown command \\{name} in: {s}");
        }
    }

    private const string Sub = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private const string SubBase = "0123456789+−=()aehijklmnoprstuvx";
    private const string Sup = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀᴺ";
    private const string SupBase = "0123456789+−=()abcdefghijklmnoprstuvwxyzTN";

    /// <summary>
    /// The form two texts are compared in: Unicode sub- and superscript runs written as _… and ^…, canonical decomposition
    /// (w̄ and a precomposed ū alike; see <see cref="Decompose"/>), no white space, no brackets (the plain texts write e^(−q) where LaTeX writes e^{-q}),
    /// one minus sign, no Markdown emphasis. What survives: every letter, digit, operator, relation, accent and their order.
    /// </summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        var mode = ' ';
        foreach (var ch in text.Replace("...", "…", StringComparison.Ordinal))
        {
            int i;
            if ((i = Sub.IndexOf(ch, StringComparison.Ordinal)) >= 0)
            {
                if (mode != '_') sb.Append('_');
                mode = '_';
                sb.Append(SubBase[i]);
                continue;
            }
            if ((i = Sup.IndexOf(ch, StringComparison.Ordinal)) >= 0)
            {
                if (mode != '^') sb.Append('^');
                mode = '^';
                sb.Append(SupBase[i]);
                continue;
            }
            mode = ' ';
            sb.Append(ch);
        }
        var decomposed = Decompose(sb.ToString());
        var outText = new StringBuilder();
        foreach (var ch in decomposed)
        {
            if (char.IsWhiteSpace(ch) || ch is '(' or ')' or '[' or ']' or '{' or '}' or '`' or '*' or '\u2060') continue;
            outText.Append(ch switch { '-' or '–' => '−', '~' => '∼', _ => ch });
        }
        return outText.ToString();
    }

    private static readonly Dictionary<char, string> Precomposed = BuildPrecomposed();

    private static Dictionary<char, string> BuildPrecomposed()
    {
        // The suite runs with invariant globalization, where string.Normalize does not decompose: the precomposed letters
        // the papers' notation uses (macron, circumflex, tilde, dot) and the negated relations are listed here instead.
        var map = new Dictionary<char, string> { ['≠'] = "=\u0338", ['∉'] = "∈\u0338", ['≰'] = "≤\u0338", ['≱'] = "≥\u0338" };
        foreach (var (accent, letters) in new[]
        {
            ('\u0304', "aāeēiīoōuūAĀEĒIĪOŌUŪyȳYȲgḡGḠ"), ('\u0302', "aâeêiîoôuûcĉgĝhĥjĵsŝwŵyŷzẑAÂEÊIÎOÔUÛCĈGĜHĤJĴSŜWŴYŶZẐ"),
            ('\u0303', "aãeẽiĩoõuũnñvṽyỹAÃEẼIĨOÕUŨNÑVṼYỸ"), ('\u0307', "xẋyẏzżXẊYẎZŻ"),
        })
            for (var i = 0; i + 1 < letters.Length; i += 2) map[letters[i + 1]] = letters[i].ToString() + accent;
        return map;
    }

    /// <summary>Canonical decomposition of the precomposed characters in <see cref="Precomposed"/> (all others unchanged).</summary>
    public static string Decompose(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text) sb.Append(Precomposed.TryGetValue(ch, out var d) ? d : ch.ToString());
        return sb.ToString();
    }

    /// <summary>Whether a typeset form renders to the plain text (equal after <see cref="Normalise"/>); false when it does not parse.</summary>
    public static bool Agrees(string typeset, string plain) => Difference(typeset, plain) is null;

    /// <summary>Null when the forms agree; otherwise where they first differ (or why the typeset form does not parse).</summary>
    public static string? Difference(string typeset, string plain)
    {
        string rendered;
        try { rendered = Normalise(Render(typeset)); }
        catch (FormatException e) { return e.Message; }
        var expected = Normalise(plain);
        if (rendered == expected) return null;
        var i = 0;
        while (i < rendered.Length && i < expected.Length && rendered[i] == expected[i]) i++;
        string Around(string t) => t[Math.Max(0, i - 20)..Math.Min(t.Length, i + 30)];
        return string.Create(CultureInfo.InvariantCulture, $"differ at {i}: typeset renders …{Around(rendered)}…, plain has …{Around(expected)}…");
    }

    /// <summary>The formulas of a typeset form that do not occur (after <see cref="Normalise"/>) in the plain text.</summary>
    public static IReadOnlyList<string> FormulasMissingFrom(string typeset, string plain)
    {
        var haystack = Normalise(plain);
        var missing = new List<string>();
        foreach (var f in Formulas(typeset))
        {
            string r;
            try { r = Normalise(RenderMath(f)); }
            catch (FormatException e) { missing.Add(f + " (" + e.Message + ")"); continue; }
            if (!haystack.Contains(r, StringComparison.Ordinal)) missing.Add(f);
        }
        return missing;
    }
}
