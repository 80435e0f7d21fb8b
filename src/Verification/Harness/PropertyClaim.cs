namespace Verification.Harness;

/// <summary>
/// A claim stated as a property over generated cases: <see cref="Generate"/> is the parameterisation (free parameters mapped
/// onto instances that satisfy the hypotheses, weakened ones when the context says so) and <see cref="Evaluate"/> decides one
/// case in the claim's arithmetic. Claims that are exact and also run in double override <see cref="EvaluateInDouble"/>, which
/// the fuzzer uses to find float-only counterexamples.
/// </summary>
public abstract class PropertyClaim<TCase> : Claim
{
    /// <summary>Decodes one case from its free parameters.</summary>
    public abstract TCase Generate(Choices c, Context ctx);

    /// <summary>Decides the claim on one case (exactly, for exact claims).</summary>
    public abstract Evaluation Evaluate(TCase x, Context ctx);

    /// <summary>The same decision in double precision, for exact claims that also run in double; null otherwise.</summary>
    public virtual Evaluation? EvaluateInDouble(TCase x, Context ctx) => null;

    public override bool SupportsFloatSearch =>
        GetType().GetMethod(nameof(EvaluateInDouble))!.DeclaringType != typeof(PropertyClaim<TCase>);

    /// <summary>The case as exact literals, pasteable into a regression example.</summary>
    public virtual string Describe(TCase x) => x?.ToString() ?? "null";

    /// <summary>Generates and evaluates the case a choice sequence encodes. Exceptions and NaN are failures, never passes.</summary>
    public (TCase? Case, Evaluation Result) EvaluateChoices(int[] raw, Context ctx, bool inDouble = false)
    {
        TCase x;
        try
        {
            x = Generate(new Choices(raw), ctx);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (default, Evaluation.Fails(double.PositiveInfinity, $"{Id}: the generator threw {e.GetType().Name}: {e.Message}"));
        }
        try
        {
            var r = inDouble ? EvaluateInDouble(x, ctx) ?? Evaluation.Holds() : Evaluate(x, ctx);
            if (double.IsNaN(r.Violation))
                return (x, Evaluation.Fails(double.PositiveInfinity, $"{Id}: NaN reached the property on {Describe(x)}: {r.Detail}"));
            return (x, r);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (x, Evaluation.Fails(double.PositiveInfinity, $"{Id}: evaluation threw {e.GetType().Name}: {e.Message} on {Describe(x)}"));
        }
    }

    public override ClaimRun Run(RunRequest request)
    {
        var ctx = request.Context;
        var inconclusive = 0;
        var largest = 0.0;
        string? largestCase = null;

        bool Holds(int[] raw)
        {
            var (x, r) = EvaluateChoices(raw, ctx);
            if (request.FloatSearch && r.Status == Status.Holds)
                (x, r) = EvaluateChoices(raw, ctx, inDouble: true);
            if (r.Status == Status.Inconclusive) inconclusive++;
            if (r.IsFailure && r.Violation >= largest)
            {
                largest = r.Violation;
                largestCase = x is null ? r.Detail : Describe(x) + " — " + r.Detail;
            }
            return !r.IsFailure;
        }

        if (request.ReplayChoices is { } replay)
        {
            var ok = Holds(replay);
            return ok
                ? new ClaimRun(inconclusive > 0 ? Verdict.Inconclusive : Verdict.Holds, 1, inconclusive, null, 0, null, "replayed one case")
                : new ClaimRun(Verdict.Fails, 1, inconclusive, MakeCounterexample(replay, ctx, request.Seed, 0, 0, 0), largest, largestCase,
                    "replayed one case");
        }

        var result = request.Engine == Engine.FsCheck
            ? FsCheckEngine.Run(Holds, request.Cases, request.Seed, request.Gamma, request.ReplaySize)
            : HedgehogEngine.Run(Holds, request.Cases, request.Seed);
        if (result.Failing is null)
        {
            var verdict = inconclusive > 0 && inconclusive == result.Tests ? Verdict.Inconclusive : Verdict.Holds;
            var note = inconclusive > 0 ? $"{inconclusive} of {result.Tests} cases inconclusive" : "";
            return new ClaimRun(verdict, result.Tests, inconclusive, null, 0, null, note);
        }
        var cx = MakeCounterexample(result.Failing, ctx, result.Seed, result.Gamma, result.Size, result.Shrinks);
        return new ClaimRun(Verdict.Fails, result.Tests, inconclusive, cx, Math.Max(largest, cx.Violation), largestCase);
    }

    private protected Counterexample MakeCounterexample(int[] raw, Context ctx, ulong seed, ulong gamma, int size, int shrinks)
    {
        var c = new Choices(raw);
        var used = raw;
        var (x, exact) = EvaluateChoices(raw, ctx);
        try { Generate(c, ctx); used = raw[..Math.Min(raw.Length, c.Used)]; } catch (Exception e) when (e is not OutOfMemoryException) { }
        var r = exact;
        CounterexampleClass cls;
        if (exact.IsFailure) cls = exact.Class ?? CounterexampleClass.Genuine;
        else
        {
            // Holds exactly: the failure was found by the double evaluation.
            (_, r) = EvaluateChoices(raw, ctx, inDouble: true);
            cls = CounterexampleClass.FloatOnly;
        }
        return new Counterexample(x is null ? "(generator failed)" : Describe(x), r.Detail, r.Violation, cls, seed, gamma, size, shrinks, used);
    }
}

/// <summary>A claim registered in the ledger that cannot be executed here (the reason is part of its metadata).</summary>
public abstract class NotExecutableClaim : Claim
{
    public override ClaimKind Kind => ClaimKind.NotExecutable;
    public override string Arithmetic => "none";
    public override Verdict Expected => Verdict.NotExecutable;
    public abstract override string NotExecutableReason { get; }
    public override ClaimRun Run(RunRequest request) => ClaimRun.Of(Verdict.NotExecutable, NotExecutableReason);
}
