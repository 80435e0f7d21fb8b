using Verification.Arithmetic;
using Verification.Harness;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>Same seed, same result; printed seeds and choices replay failures exactly; NaN and exceptions never pass.</summary>
public class DeterminismTests
{
    [Fact]
    public void Same_seed_gives_the_same_counterexample_twice()
    {
        var c = ClaimAssert.Get("SBG.Eq6");
        var a = c.Run(RunRequest.For(c, Profile.Quick, 7));
        var b = c.Run(RunRequest.For(c, Profile.Quick, 7));
        Assert.Equal(a.Counterexample!.ChoicesLiteral, b.Counterexample!.ChoicesLiteral);
        Assert.Equal(a.Counterexample.Case, b.Counterexample.Case);
    }

    [Fact]
    public void Printed_seed_and_size_replay_the_failure_as_the_first_test()
    {
        var c = ClaimAssert.Get("SBG.Thm5.1");
        var wrong = new Context(Variant: "relu-activation");
        var run = c.Run(RunRequest.For(c, Profile.Ci, 11, wrong));
        Assert.Equal(Verdict.Fails, run.Verdict);
        var cx = run.Counterexample!;
        var replay = c.Run(new RunRequest(1, cx.Seed, wrong, ReplaySize: cx.Size, Gamma: cx.Gamma));
        Assert.Equal(Verdict.Fails, replay.Verdict);
        var byChoices = c.Run(new RunRequest(1, 0, wrong, ReplayChoices: cx.Choices));
        Assert.Equal(Verdict.Fails, byChoices.Verdict);
        Assert.Equal(cx.Case, byChoices.Counterexample!.Case);
    }

    [Fact]
    public void Fuzzer_is_deterministic_by_seed()
    {
        var c = ClaimAssert.Get("SBG.Thm5.1");
        var h = c.Hypotheses.Single(x => x.Name == "leaky");
        var a = Fuzzer.Search(c, h, 200, 3);
        var b = Fuzzer.Search(c, h, 200, 3);
        Assert.Equal(a.Minimal?.ChoicesLiteral, b.Minimal?.ChoicesLiteral);
        Assert.Equal(a.LargestViolation, b.LargestViolation);
    }

    [NotRegistered]
    private sealed class NaNClaim : PropertyClaim<double>
    {
        public override string Id => "TEST.NaN";
        public override string Where => "test";
        public override string Statement => "a property that computes NaN";
        public override ClaimKind Kind => ClaimKind.Numeric;
        public override string Arithmetic => "double";
        public override double Generate(Choices c, Context ctx) => c.Int(0, 3);
        public override Evaluation Evaluate(double x, Context ctx) => x > 0 ? new Evaluation(Status.Holds, double.NaN, "0/0") : Evaluation.Holds();
    }

    [NotRegistered]
    private sealed class ThrowingClaim : PropertyClaim<int>
    {
        public override string Id => "TEST.Throws";
        public override string Where => "test";
        public override string Statement => "a property whose model rejects its input";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override int Generate(Choices c, Context ctx) => c.Int(0, 3);
        public override Evaluation Evaluate(int x, Context ctx) => Evaluation.Require((Rational.One / x).Sign > 0, 1, "");
    }

    [Fact]
    public void NaN_reaching_a_property_is_a_failure_naming_the_claim()
    {
        var run = new NaNClaim().Run(new RunRequest(50, 1, Context.AsPrinted));
        Assert.Equal(Verdict.Fails, run.Verdict);
        Assert.Contains("TEST.NaN: NaN reached the property", run.Counterexample!.Detail);
    }

    [Fact]
    public void An_exception_in_a_property_is_a_failure_not_a_crash()
    {
        var run = new ThrowingClaim().Run(new RunRequest(50, 1, Context.AsPrinted));
        Assert.Equal(Verdict.Fails, run.Verdict);
        Assert.Contains("DivideByZeroException", run.Counterexample!.Detail);
    }
}
