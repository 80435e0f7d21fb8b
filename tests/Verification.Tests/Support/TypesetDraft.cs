using System.Globalization;
using System.Text;

namespace Verification.Tests.Support;

/// <summary>
/// Drafts a LaTeX form of a plain statement (the inverse of <see cref="Verification.Harness.Typeset.Render"/> on the plain texts'
/// notation): runs of formula-like words become inline math, accents, Greek, relations, norms and sub-/superscripts become
/// LaTeX. A starting point for a maintainer (printed by the agreement test for a missing or stale form), not a typesetter.
/// </summary>
public static class TypesetDraft
{
    private static readonly Dictionary<char, string> Map = new()
    {
        ['α'] = @"\alpha", ['β'] = @"\beta", ['γ'] = @"\gamma", ['δ'] = @"\delta", ['ε'] = @"\varepsilon", ['ζ'] = @"\zeta", ['η'] = @"\eta",
        ['θ'] = @"\theta", ['ι'] = @"\iota", ['κ'] = @"\kappa", ['λ'] = @"\lambda", ['μ'] = @"\mu", ['ν'] = @"\nu", ['ξ'] = @"\xi",
        ['π'] = @"\pi", ['ρ'] = @"\rho", ['σ'] = @"\sigma", ['τ'] = @"\tau", ['φ'] = @"\varphi", ['χ'] = @"\chi", ['ψ'] = @"\psi",
        ['ω'] = @"\omega", ['Γ'] = @"\Gamma", ['Δ'] = @"\Delta", ['Θ'] = @"\Theta", ['Λ'] = @"\Lambda", ['Π'] = @"\Pi", ['Φ'] = @"\Phi",
        ['Ψ'] = @"\Psi", ['Ω'] = @"\Omega", ['ℓ'] = @"\ell", ['Σ'] = @"\sum", ['∏'] = @"\prod",
        ['≥'] = @"\geq", ['≤'] = @"\leq", ['≠'] = @"\neq", ['∈'] = @"\in", ['∉'] = @"\notin", ['·'] = @"\cdot", ['⇔'] = @"\iff",
        ['⇒'] = @"\Rightarrow", ['→'] = @"\to", ['∞'] = @"\infty", ['∂'] = @"\partial", ['∇'] = @"\nabla", ['⟨'] = @"\langle",
        ['⟩'] = @"\rangle", ['±'] = @"\pm", ['×'] = @"\times", ['≈'] = @"\approx", ['∅'] = @"\emptyset", ['⌊'] = @"\lfloor",
        ['⌋'] = @"\rfloor", ['⌈'] = @"\lceil", ['⌉'] = @"\rceil", ['⊆'] = @"\subseteq", ['⊂'] = @"\subset", ['∪'] = @"\cup",
        ['∩'] = @"\cap", ['∀'] = @"\forall", ['∃'] = @"\exists", ['…'] = @"\ldots", ['⋯'] = @"\cdots", ['‖'] = @"\Vert ",
        ['|'] = @"\vert ", ['∼'] = @"\sim", ['∘'] = @"\circ", ['∖'] = @"\setminus", ['∧'] = @"\wedge", ['∨'] = @"\vee", ['¬'] = @"\neg",
        ['↦'] = @"\mapsto", ['∝'] = @"\propto", ['≪'] = @"\ll", ['≫'] = @"\gg", ['−'] = "-", ['–'] = "-", ['{'] = @"\{", ['}'] = @"\}",
        ['%'] = @"\%", ['#'] = @"\#", ['&'] = @"\&", ['ᵀ'] = @"^{\top}", ['*'] = "^{*}", ['√'] = @"\sqrt", ['~'] = @"\sim",
    };

    private static readonly HashSet<string> Functions = ["log", "ln", "exp", "min", "max", "sin", "cos", "tan", "arg", "det", "lim", "sup", "inf",
        "arctan", "sinh", "cosh", "tanh"];

    private const string Sub = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private const string SubBase = "0123456789+-=()aehijklmnoprstuvx";
    private const string Sup = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴺ";
    private const string SupBase = "0123456789+-=()abcdefghijklmnoprstuvwxyzN";

    /// <summary>A LaTeX draft of a plain text: prose kept, formula-like words as inline math.</summary>
    public static string Of(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        var words = plain.Split(' ').Select(w =>
        {
            var core = w.TrimEnd(',', '.', ';', ':');
            return (Core: core, Trail: w[core.Length..], IsMath: core.Length > 0 && IsMath(core));
        }).ToList();
        var sb = new StringBuilder();
        var run = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var (core, trail, isMath) = words[i];
            if (i > 0 && run.Count == 0) sb.Append(' ');
            if (!isMath) { sb.Append(core).Append(trail); continue; }
            run.Add(core);
            if (trail.Length == 0 && i + 1 < words.Count && words[i + 1].IsMath) continue;
            sb.Append('$').Append(Math(string.Join(" ", run))).Append('$').Append(trail);
            run.Clear();
        }
        return sb.ToString();
    }

    private static bool IsMath(string word)
    {
        if (word is "a" or "A" or "I") return false;
        if (word.Length == 1 && char.IsAsciiLetter(word[0])) return true;
        if (word.All(char.IsAsciiDigit) || !word.Any(char.IsLetterOrDigit)) return true;
        var w = Verification.Harness.Typeset.Decompose(word);
        foreach (var ch in w)
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch is '(' or ')' or '\'' or '"' or '`' or '-' or '/' or ',') continue;
            return true;
        }
        var paren = w.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 && (paren == 1 || Functions.Contains(w[..paren]) || w[..paren] == "sign");
    }

    /// <summary>One formula: accents, symbols, sub- and superscript runs, multi-letter names upright.</summary>
    public static string Math(string s)
    {
        var t = Verification.Harness.Typeset.Decompose(s);
        var sb = new StringBuilder();
        for (var i = 0; i < t.Length; i++)
        {
            var ch = t[i];
            if (i + 1 < t.Length && t[i + 1] is '\u0304' or '\u0302' or '\u0303')
            {
                var acc = t[i + 1] switch { '\u0304' => "bar", '\u0302' => "hat", _ => "tilde" };
                sb.Append(CultureInfo.InvariantCulture, $@"\{acc}{{{Single(ch)}}}");
                i++;
                continue;
            }
            if (i + 1 < t.Length && t[i + 1] == '\u0338' && ch is '=' or '∈')
            {
                sb.Append(ch == '=' ? @"\neq " : @"\notin ");
                i++;
                continue;
            }
            if (ch == '√' && i + 1 < t.Length)
            {
                var end = i + 1;
                string inner;
                if (t[end] == '(')
                {
                    var depth = 0;
                    for (; end < t.Length; end++)
                    {
                        if (t[end] == '(') depth++;
                        else if (t[end] == ')' && --depth == 0) break;
                    }
                    inner = t[(i + 2)..System.Math.Min(end, t.Length)];
                    end++;
                }
                else
                {
                    while (end < t.Length && (char.IsLetterOrDigit(t[end]) || t[end] == '.')) end++;
                    inner = t[(i + 1)..end];
                }
                sb.Append(@"\sqrt{").Append(Math(inner)).Append('}');
                i = System.Math.Min(end, t.Length) - 1;
                continue;
            }
            int k;
            if ((k = Sub.IndexOf(ch, StringComparison.Ordinal)) >= 0 || (k = Sup.IndexOf(ch, StringComparison.Ordinal)) >= 0)
            {
                var sub = Sub.Contains(ch, StringComparison.Ordinal);
                var (set, bas) = sub ? (Sub, SubBase) : (Sup, SupBase);
                var body = new StringBuilder();
                while (i < t.Length && set.IndexOf(t[i], StringComparison.Ordinal) is var j and >= 0) { body.Append(bas[j]); i++; }
                i--;
                sb.Append(sub ? "_{" : "^{").Append(body).Append('}');
                continue;
            }
            if (ch is '^' or '_' && i + 1 < t.Length)
            {
                var start = i + 1;
                var end = start;
                if (t[start] == '(')
                {
                    var depth = 0;
                    for (; end < t.Length; end++)
                    {
                        if (t[end] == '(') depth++;
                        else if (t[end] == ')' && --depth == 0) { end++; break; }
                    }
                }
                else if (t[start] == '{' && Close(t, start) is var close and > 0)
                {
                    sb.Append(ch).Append('{').Append(Math(t[(start + 1)..close])).Append('}');
                    i = close;
                    continue;
                }
                else
                {
                    static int Class(char c) => char.IsAsciiDigit(c) ? 0 : char.IsUpper(c) ? 1 : 2;
                    // A run of one kind (x_i, T_NAR, R_x), or a capitalised word (T_Margin); y_tN is y_t N.
                    var word = Class(t[start]) == 1 && start + 1 < t.Length && Class(t[start + 1]) == 2;
                    while (end < t.Length && char.IsAsciiLetterOrDigit(t[end]) && (Class(t[end]) == Class(t[start]) || word && Class(t[end]) == 2)) end++;
                }
                if (end == start) end = start + 1;
                sb.Append(ch).Append('{').Append(Math(t[start..System.Math.Min(end, t.Length)])).Append('}');
                i = System.Math.Min(end, t.Length) - 1;
                continue;
            }
            if (char.IsAsciiLetter(ch))
            {
                var end = i;
                while (end < t.Length && char.IsAsciiLetter(t[end]) && !(end + 1 < t.Length && t[end + 1] is '\u0304' or '\u0302' or '\u0303'))
                    end++;
                if (end - i >= 3 || (end - i == 2 && (Functions.Contains(t[i..end]) || t[i..end].All(char.IsUpper))))
                {
                    var name = t[i..end];
                    sb.Append(Functions.Contains(name) ? @"\" + name + " " : $@"\mathrm{{{name}}}");
                    i = end - 1;
                    continue;
                }
            }
            sb.Append(Single(ch));
        }
        var tex = sb.ToString();
        while (tex.Contains("  ", StringComparison.Ordinal)) tex = tex.Replace("  ", " ", StringComparison.Ordinal);
        return tex.Replace(" }", "}", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);
    }

    private static int Close(string t, int open)
    {
        var depth = 0;
        for (var j = open; j < t.Length; j++)
        {
            if (t[j] == '{') depth++;
            else if (t[j] == '}' && --depth == 0) return j;
        }
        return -1;
    }

    private static string Single(char ch) => Map.TryGetValue(ch, out var m) ? (m.StartsWith('\\') && char.IsLetter(m[^1]) ? m + " " : m) : ch.ToString();
}
