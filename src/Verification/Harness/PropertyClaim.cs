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

    /// <summary>The names of the <see cref="Claim.Coverage"/> classes this case falls in (none by default).</summary>
    public virtual IEnumerable<string> Classify(TCase x) => [];

    /// <summary>The case as exact literals, pasteable into a regression example.</summary>
    public virtual string Describe(TCase x) => x?.ToString() ?? "null";

    /// <summary>
    /// A guard for widened generators: the largest a case may be, measured as the length of its exact literals
    /// (<see cref="Describe"/>). A larger case is not evaluated (exact arithmetic on it could take unbounded work); it is
    /// discarded as a guard hit and reported with the evidence. Null: no guard.
    /// </summary>
    public virtual int? SizeGuard => null;

    /// <summary>The detail of a case discarded by <see cref="SizeGuard"/>; the evidence counts these apart.</summary>
    public const string SizeGuardDetail = "size guard: the case's exact literals exceed the claim's limit";

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
        if (SizeGuard is { } limit && Describe(x).Length > limit)
            return (x, Evaluation.Discarded(SizeGuardDetail));
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
        var tally = new EvidenceTally(this);

        bool Holds(int[] raw)
        {
            var (x, r) = EvaluateChoices(raw, ctx);
            if (request.FloatSearch && r.Status == Status.Holds)
                (x, r) = EvaluateChoices(raw, ctx, inDouble: true);
            if (r.Status == Status.Inconclusive) inconclusive++;
            tally.Add(x, r);
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
            if (!ok)
                return new ClaimRun(Verdict.Fails, 1, inconclusive, MakeCounterexample(replay, ctx, request.Seed, 0, 0, 0), largest, largestCase,
                    "replayed one case", tally.Evidence(Verdict.Fails));
            var replayed = inconclusive > 0 || tally.Discarded > 0 ? Verdict.Inconclusive : Verdict.Holds;
            return new ClaimRun(replayed, 1, inconclusive, null, 0, null, "replayed one case" + (tally.Discarded > 0 ? " (premise unmet: discarded)" : ""),
                tally.Evidence(replayed));
        }

        var result = request.Engine == Engine.FsCheck
            ? FsCheckEngine.Run(Holds, request.Cases, request.Seed, request.Gamma, request.ReplaySize)
            : HedgehogEngine.Run(Holds, request.Cases, request.Seed);
        if (result.Failing is null)
        {
            var verdict = inconclusive + tally.Discarded >= result.Tests && (inconclusive > 0 || tally.Discarded > 0) ? Verdict.Inconclusive : Verdict.Holds;
            var notes = new List<string>();
            if (inconclusive > 0) notes.Add($"{inconclusive} of {result.Tests} cases inconclusive");
            if (tally.Discarded > 0) notes.Add($"{tally.Discarded} of {result.Tests} cases discarded (premise unmet)");
            return new ClaimRun(verdict, result.Tests, inconclusive, null, 0, null, string.Join("; ", notes), tally.Evidence(verdict));
        }
        tally.Freeze();
        var cx = MakeCounterexample(result.Failing, ctx, result.Seed, result.Gamma, result.Size, result.Shrinks);
        return new ClaimRun(Verdict.Fails, result.Tests, inconclusive, cx, Math.Max(largest, cx.Violation), largestCase, "", tally.Evidence(Verdict.Fails));
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
