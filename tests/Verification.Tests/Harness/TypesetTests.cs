using System.Text;
using Verification.Harness;
using Verification.Spec;
using Verification.Tests.Support;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>
/// The LaTeX forms against the plain texts. What is checked: a typeset statement (and corrected statement), rendered to
/// Unicode by <see cref="Typeset.Render"/>, equals the claim's plain text after <see cref="Typeset.Normalise"/> (white space,
/// brackets and the spelling of sub- and superscripts aside, every letter, digit, operator, relation and accent in order);
/// every formula of a typeset one-line finding occurs in the plain finding. Not checked: that KaTeX draws what the renderer
/// reads (the browser check counts KaTeX errors), or that a finding's prose says what the plain finding says.
/// </summary>
public class TypesetTests
{
    [Theory]
    [InlineData(@"$\bar{w} - \bar{u}$", "w̄ − ū")]
    [InlineData(@"$\lvert(\bar{w} - \bar{u})\cdot x\rvert \geq 2r\lVert x\rVert$", "|(w̄ − ū)·x| ≥ 2r‖x‖")]
    [InlineData(@"$w^{(j)}$ and $\theta_{t_0}$", "w⁽ʲ⁾ and θ_{t₀}")]
    [InlineData(@"$e^{-q}$, $\sqrt{2k}\cdot v$, $\frac{1}{n}$", "e^(−q), √(2k)·v, 1/n")]
    [InlineData(@"$\operatorname{sign}(N(x))$ on $\mathbb{R}^d$", "sign(N(x)) on R^d")]
    [InlineData(@"$v^\top w \neq 0$ in \$", "vᵀw ≠ 0 in $")]
    public void A_typeset_form_renders_to_its_plain_text(string tex, string plain) =>
        Assert.True(Typeset.Agrees(tex, plain), Typeset.Difference(tex, plain));

    [Theory]
    [InlineData(@"$2r\Vert x\Vert$", "r‖x‖")]              // a dropped factor
    [InlineData(@"$\bar{w} - \bar{u}$", "w̄ + ū")]          // a changed operator
    [InlineData(@"$\hat{w}$", "w̄")]                        // a changed accent
    [InlineData(@"$x \geq 0$", "x > 0")]                   // a changed relation
    [InlineData(@"$x_1 \leq 2$", "x₂ ≤ 2")]                // a changed index
    [InlineData(@"$a + b", "a + b")]                       // an unpaired $
    [InlineData(@"$\unknown{a}$", "a")]                    // a command the renderer does not know
    [InlineData(@"${a$", "a")]                             // an unbalanced brace
    public void A_form_that_says_something_else_disagrees(string tex, string plain) =>
        Assert.False(Typeset.Agrees(tex, plain), $"'{tex}' should not agree with '{plain}'");

    [Fact]
    public void A_finding_formula_must_occur_in_the_plain_finding()
    {
        Assert.Empty(Typeset.FormulasMissingFrom(@"The bound $\eta < L/2$ is wrong.", "the condition η < L/2 should be η < 2/L"));
        Assert.Equal([@"\eta < 3/L"], Typeset.FormulasMissingFrom(@"It should be $\eta < 3/L$.", "the condition η < L/2 should be η < 2/L"));
    }

    [Fact]
    public void Every_registered_claim_has_a_LaTeX_form_that_agrees_with_its_plain_texts()
    {
        var problems = new StringBuilder();
        foreach (var c in Claims.Registry.Implemented)
        {
            var form = Typesetting.For(c.Id);
            var ds = form is null ? "no LaTeX form" : Typeset.Difference(form.Statement, c.Statement);
            if (ds is not null) problems.AppendLine($"{c.Id} statement: {ds}; draft: {TypesetDraft.Of(c.Statement)}");
            if (c.Corrected is { } k && (form?.Corrected is null || Typeset.Difference(form.Corrected, k.Statement) is not null))
                problems.AppendLine($"{c.Id} corrected: {(form?.Corrected is { } fc ? Typeset.Difference(fc, k.Statement) : "none")}; " +
                    $"draft: {TypesetDraft.Of(k.Statement)}");
            if (c.Finding is { } f)
            {
                if (form?.Finding is null) problems.AppendLine($"{c.Id}: a finding without a typeset one-line summary");
                else if (Typeset.FormulasMissingFrom(form.Finding, Typesetting.FindingText(c, f)) is { Count: > 0 } missing)
                    problems.AppendLine($"{c.Id} finding: formulas not in the plain finding: {string.Join(" ; ", missing)}");
            }
            if (form is not null && Typesetting.Check(c).Status != "typeset") problems.AppendLine($"{c.Id}: {Typesetting.Check(c).Status}");
        }
        var unknown = Typesetting.Forms.Keys.Where(id => Claims.Registry.Find(id) is null).ToList();
        if (unknown.Count > 0) problems.AppendLine("LaTeX forms of no registered claim: " + string.Join(", ", unknown));
        Assert.True(problems.Length == 0, "LaTeX forms to write or update (spec/<Paper>/<Paper>.Typeset.cs):\n" + problems);
    }

    [Fact]
    public void Every_LaTeX_form_has_balanced_math_and_no_pipe_that_would_split_a_Markdown_table()
    {
        foreach (var (id, form) in Typesetting.Forms)
            foreach (var tex in new[] { form.Statement, form.Finding, form.Corrected }.OfType<string>())
            {
                _ = Typeset.Segments(tex); // throws on an unpaired $
                Assert.False(tex.Contains('|', StringComparison.Ordinal), $"{id}: write | as \\vert or \\Vert in '{tex}'");
            }
    }

    [Fact]
    public void A_claim_whose_statement_changed_falls_back_to_its_plain_text()
    {
        var claim = new EditedStatement();
        var check = Typesetting.Check(claim);
        Assert.Null(check.Statement);
        Assert.Contains("out of date", check.Status, StringComparison.Ordinal);
        Assert.Equal("no LaTeX form", Typesetting.Check(new UnknownClaim()).Status);
    }

    /// <summary>SBG.Thm5.1 with its constant edited after its LaTeX form was written.</summary>
    [NotRegistered]
    private sealed class EditedStatement : UnknownClaim
    {
        public override string Id => "SBG.Thm5.1";
        public override string Statement => Claims.Registry.Find("SBG.Thm5.1")!.Statement.Replace("2r‖x‖", "3r‖x‖", StringComparison.Ordinal);
    }

    [NotRegistered]
    private class UnknownClaim : Claim
    {
        public override string Id => "SBG.NotAClaim";
        public override string Where => "";
        public override string Statement => "x";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override ClaimRun Run(RunRequest request) => throw new NotSupportedException();
    }
}
