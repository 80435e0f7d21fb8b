namespace Verification.Harness.Statistics;

/// <summary>
/// A simulation claim judged by a pass fraction (<see cref="PassRateTest"/>), never by "every seed": <see cref="PassRateTest.Runs"/>
/// independent runs, the same under every budget, each decoded from its own choices (a fixed function of the seed and the run
/// index, so the runs and hence the verdict do not depend on the budget). <see cref="PropertyClaim{TCase}.Evaluate"/> decides
/// one run against the per-run criterion:
/// <list type="bullet">
/// <item>holds: the run passes;</item>
/// <item>inconclusive: the run never met the claim's hypotheses; it is excluded from the fraction and counted (vacuous, never a pass);</item>
/// <item>fails with class <see cref="CounterexampleClass.Genuine"/>: the run violates what the paper states for every run at
/// every time (not a shortfall at a horizon the suite chose); one such run refutes the claim whatever the fraction;</item>
/// <item>any other failure (or an exception): the run misses the per-run criterion and counts against the fraction.</item>
/// </list>
/// A claim that fails by its fraction has a <see cref="CounterexampleClass.SampleOnly"/> counterexample (the first failing
/// run) unless <see cref="HorizonIsTheClaims"/>. Replays (<c>--replay</c>) and the fuzzer's searches run per case, as for any
/// property.
/// </summary>
public abstract class StatisticalClaim<TCase> : PropertyClaim<TCase>
{
    public override ClaimKind Kind => ClaimKind.Simulation;

    public override EvidenceLevel EvidenceBasis => EvidenceLevel.Statistical;

    /// <summary>The decision; its threshold is read from <see cref="PaperWords"/>.</summary>
    public virtual PassRateTest Test => PassRateTest.Default;

    /// <summary>The decision under a context: a wrong variant that claims the opposite may need its own threshold.</summary>
    protected virtual PassRateTest TestFor(Context ctx) => Test;

    /// <summary>The paper's words that the per-run criterion and the threshold are read from (quoted).</summary>
    public abstract string PaperWords { get; }

    /// <summary>What one run must show, and why the threshold p₀ is what the words say.</summary>
    public abstract string RunCriterion { get; }

    /// <summary>
    /// True when the claim's own statement is about the finite horizon the runs use (as Theorem 4.1's M(n, ε)): a failing
    /// fraction is then a genuine counterexample. False when the suite chose the horizon or threshold: sample-only at most.
    /// </summary>
    public virtual bool HorizonIsTheClaims => false;

    /// <summary>A statistical verdict rejects a wrong variant through the fraction: sample-only.</summary>
    public override CounterexampleClass WrongVariantClass =>
        HorizonIsTheClaims ? CounterexampleClass.Genuine : CounterexampleClass.SampleOnly;

    /// <summary>The choices of run <paramref name="run"/> under <paramref name="seed"/>: independent of the budget.</summary>
    protected virtual int[] RunChoices(ulong seed, int run)
    {
        // SplitMix64 over (seed, run): a fixed, portable stream per run (System.Random's algorithm is not specified across versions)
        var state = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(run + 1));
        var raw = new int[64];
        for (var i = 0; i < raw.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            raw[i] = (int)((z ^ (z >> 31)) >> 33);
        }
        return raw;
    }

    public override ClaimRun Run(RunRequest request)
    {
        if (request.ReplayChoices is not null || request.Engine != Engine.FsCheck || request.FloatSearch) return base.Run(request);
        var ctx = request.Context;
        var test = TestFor(ctx);
        int passes = 0, failures = 0, excluded = 0;
        var largest = 0.0;
        string? largestCase = null;
        int[]? firstFailing = null;
        // coverage over the runs: the same runs at every budget, so the same shares (a class missed is missed everywhere)
        var tally = new EvidenceTally(this, freezeOnFailure: false);
        for (var run = 0; run < test.Runs; run++)
        {
            var raw = RunChoices(request.Seed, run);
            var (x, r) = EvaluateChoices(raw, ctx);
            tally.Add(x, r);
            var detail = (x is null ? "" : Describe(x) + " — ") + r.Detail;
            if (r.Status == Status.Holds) { passes++; continue; }
            if (r.Status is Status.Inconclusive or Status.Discarded) { excluded++; continue; }
            failures++;
            if (r.Violation >= largest) (largest, largestCase) = (r.Violation, detail);
            if (r.Class == CounterexampleClass.Genuine || double.IsPositiveInfinity(r.Violation))
            {
                // one run that violates what the paper states for every run refutes the claim, whatever the fraction
                var decisive = MakeCounterexample(raw, ctx, request.Seed, 0, 0, 0) with { Class = CounterexampleClass.Genuine };
                var note = $"run {run + 1} of {test.Runs} violates the statement itself (not a shortfall at the horizon)";
                return new ClaimRun(Verdict.Fails, run + 1, excluded, decisive, largest, largestCase, note,
                    new Evidence(EvidenceLevel.Checked, note, tally.Coverage(), excluded, null, null, null));
            }
            firstFailing ??= raw;
        }
        var result = PassRateResult.Of(test, passes, failures, excluded);
        Counterexample? cx = null;
        if (result.Verdict == Verdict.Fails)
        {
            var cls = HorizonIsTheClaims ? CounterexampleClass.Genuine : CounterexampleClass.SampleOnly;
            var first = MakeCounterexample(firstFailing!, ctx, request.Seed, 0, 0, 0);
            cx = first with { Class = cls, Detail = $"{result}; first failing run: {first.Detail}" };
        }
        return new ClaimRun(result.Verdict, test.Runs, excluded, cx, largest, largestCase, result.ToString(),
            new Evidence(EvidenceLevel.Statistical, $"{test.Runs} independent runs, the same at every budget: {result}", tally.Coverage(),
                excluded, null, null, null));
    }
}
