using Verification.Arithmetic;

namespace Verification.Harness;

/// <summary>What weakening one hypothesis produced.</summary>
/// <param name="Hypothesis">The hypothesis name, or "as-printed" for the unweakened search.</param>
/// <param name="Found">Whether a counterexample was found within the budget.</param>
/// <param name="Minimal">The shrunk counterexample (small integers and denominators first).</param>
/// <param name="LargestViolation">The largest violation seen among all failing cases, not only the minimal one.</param>
public sealed record HypothesisFinding(
    string Hypothesis,
    string Statement,
    string Weakened,
    Expectation? Expected,
    bool Found,
    CounterexampleClass? Class,
    Counterexample? Minimal,
    double LargestViolation,
    string? LargestViolationCase,
    int Cases)
{
    /// <summary>A counterexample that refutes the weakened statement: genuine or sample-only. Float-only ones are reported but
    /// refute only the double implementation, not the mathematics.</summary>
    public bool Refuted => Found && Class != CounterexampleClass.FloatOnly;

    /// <summary>Whether the search agrees with the team's recorded expectation (always true for the as-printed row).</summary>
    public bool MatchesExpectation => Expected is null || (Expected == Expectation.Counterexample) == Refuted;
}

/// <summary>
/// The tightness of a constant by bisection over random searches (assuming larger constants make the claim weaker, as for
/// the factor 2 in 2r): the largest value at which a counterexample was found and the smallest at which none was found.
/// Only the first is evidence (a lower bound on the sharp value); a search that finds nothing certifies nothing, so the sharp
/// value can lie above <see cref="SmallestHolding"/>. Claims with an exact analysis (<see cref="IExactTightness"/>) get that instead.
/// </summary>
public sealed record Tightness(string Constant, Rational Printed, Rational? LargestFailing, Rational? SmallestHolding, string Note, int Searches);

/// <param name="ExactTightness">The exact tightness grid of a claim that has one (<see cref="IExactTightness"/>), else empty.</param>
public sealed record FuzzReport(
    string ClaimId, string TargetId, ulong Seed, int Budget, IReadOnlyList<HypothesisFinding> Findings, IReadOnlyList<Tightness> Tightness,
    IReadOnlyList<ExactTightnessPoint> ExactTightness);

/// <summary>
/// Weakens one hypothesis at a time and searches for a counterexample with Hedgehog, shrinks it, confirms it in exact
/// arithmetic where the claim is exact (the claim's own evaluation is the exact one), and classifies it.
/// </summary>
public static class Fuzzer
{
    /// <summary>A claim that fails as printed is fuzzed through its corrected statement: the printed one is already refuted.</summary>
    public static Claim Target(Claim claim) => claim.Expected == Verdict.Fails && claim.Corrected is { } c ? c : claim;

    public static FuzzReport Run(Claim claim, string? onlyHypothesis, int budget, ulong seed, bool tightness = true)
    {
        var target = Target(claim);
        if (onlyHypothesis is not null && target.Hypotheses.All(h => h.Name != onlyHypothesis))
            throw new ArgumentException(
                $"{target.Id} has no hypothesis '{onlyHypothesis}'; it has: {string.Join(", ", target.Hypotheses.Select(h => h.Name))}.");
        var findings = new List<HypothesisFinding>();
        if (onlyHypothesis is null) findings.Add(Search(target, null, budget, seed));
        foreach (var h in target.Hypotheses.Where(h => onlyHypothesis is null || h.Name == onlyHypothesis))
            findings.Add(Search(target, h, budget, seed));
        var exact = tightness && onlyHypothesis is null && target is IExactTightness e ? e : null;
        var tight = tightness && onlyHypothesis is null
            ? target.Constants.Where(k => k.Name != exact?.TightConstant).Select(k => Tighten(target, k, budget, seed)).ToList()
            : [];
        return new FuzzReport(claim.Id, target.Id, seed, budget, findings, tight, exact?.TightnessGrid(seed) ?? []);
    }

    /// <summary>Searches with the hypothesis weakened (or as printed when null): first for genuine counterexamples, then for float-only ones.</summary>
    public static HypothesisFinding Search(Claim target, Hypothesis? h, int budget, ulong seed)
    {
        var ctx = new Context(Weakened: h?.Name);
        var run = target.Run(new RunRequest(budget, seed, ctx, Engine.Hedgehog));
        if (run.Counterexample is null && target.SupportsFloatSearch)
        {
            var floatRun = target.Run(new RunRequest(budget, seed, ctx, Engine.Hedgehog, FloatSearch: true));
            if (floatRun.Counterexample is not null) run = floatRun with { Cases = run.Cases + floatRun.Cases };
        }
        var cx = run.Counterexample;
        return new HypothesisFinding(h?.Name ?? "as-printed", h?.Statement ?? target.Statement, h?.Weakened ?? "(nothing weakened)", h?.Expected,
            cx is not null, cx?.Class, cx, run.LargestViolation, run.LargestViolationCase, run.Cases);
    }

    /// <param name="fixedValues">Other parameters held fixed during the search (for example one value of α).</param>
    public static Tightness Tighten(Claim target, Constant k, int budget, ulong seed, int steps = 8, IReadOnlyDictionary<string, Rational>? fixedValues = null)
    {
        var searches = 0;
        bool Fails(Rational value)
        {
            searches++;
            var values = new Dictionary<string, Rational>(fixedValues ?? new Dictionary<string, Rational>()) { [k.Name] = value };
            var ctx = new Context(ConstantValues: values);
            return target.Run(new RunRequest(budget, seed, ctx, Engine.Hedgehog)).Verdict == Verdict.Fails;
        }

        var (lo, hi) = (k.Low, k.High);
        if (Fails(hi)) return new Tightness(k.Name, k.Printed, hi, null, k.Note, searches);
        if (!Fails(lo)) return new Tightness(k.Name, k.Printed, null, lo, k.Note, searches);
        for (var i = 0; i < steps; i++)
        {
            var mid = Round((lo + hi) / 2, 256);
            if (mid <= lo || mid >= hi) break;
            if (Fails(mid)) lo = mid; else hi = mid;
        }
        return new Tightness(k.Name, k.Printed, lo, hi, k.Note, searches);
    }

    private static Rational Round(Rational x, int denominator) =>
        new(System.Numerics.BigInteger.Divide(x.Numerator * denominator * 2 + x.Denominator, x.Denominator * 2), denominator);
}
