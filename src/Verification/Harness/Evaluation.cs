namespace Verification.Harness;

/// <summary>How one case came out. <see cref="Discarded"/>: the case's premise is unmet (a vacuous case), so it is counted
/// apart and never passes.</summary>
public enum Status { Holds, Fails, Inconclusive, Discarded }

/// <summary>The result of evaluating a claim on one case.</summary>
/// <param name="Violation">How much the statement is violated (0 when it holds), in the claim's natural unit; the fuzzer
/// reports the largest it finds.</param>
/// <param name="Detail">The quantities that decided it, as exact literals where the arithmetic is exact.</param>
/// <param name="Class">Set by claims that know a failure is sample- or horizon-dependent.</param>
/// <param name="Slack">For an inequality conclusion that holds: its two sides, for the slack and looseness of the evidence.</param>
public sealed record Evaluation(Status Status, double Violation, string Detail, CounterexampleClass? Class = null, Slack? Slack = null)
{
    public static Evaluation Holds(string detail = "") => new(Status.Holds, 0, detail);

    /// <summary>Holds with the two sides of its inequality (observed ≤ bound) recorded for the evidence.</summary>
    public static Evaluation HoldsWithSlack(double observed, double bound, string detail = "") =>
        new(Status.Holds, 0, detail, null, new Slack(observed, bound));

    /// <summary>The case does not meet the claim's premise: counted apart, never a pass.</summary>
    public static Evaluation Discarded(string detail) => new(Status.Discarded, 0, detail);
    public static Evaluation Fails(double violation, string detail, CounterexampleClass? cls = null) => new(Status.Fails, violation, detail, cls);
    public static Evaluation Inconclusive(string detail) => new(Status.Inconclusive, 0, detail);

    /// <summary>Holds when <paramref name="ok"/>, fails with the given violation and detail otherwise.</summary>
    public static Evaluation Require(bool ok, double violation, string detail) => ok ? Holds(detail) : Fails(violation, detail);

    /// <summary>observed ≤ bound: holds with its slack recorded, fails with violation observed − bound otherwise.</summary>
    public static Evaluation RequireAtMost(double observed, double bound, string detail) =>
        observed <= bound ? HoldsWithSlack(observed, bound, detail) : Fails(observed - bound, detail);

    public bool IsFailure => Status == Status.Fails;
}

/// <summary>What a claim is being asked to do: which hypothesis is weakened, which wrong variant is used, which constant values.</summary>
public sealed record Context(string? Weakened = null, string? Variant = null, IReadOnlyDictionary<string, Arithmetic.Rational>? ConstantValues = null)
{
    public static readonly Context AsPrinted = new();

    /// <summary>True when the fuzzer has weakened the named hypothesis.</summary>
    public bool Weak(string hypothesis) => Weakened == hypothesis;

    /// <summary>True when the named deliberately wrong variant is requested.</summary>
    public bool Is(string variant) => Variant == variant;

    /// <summary>The value of a constant: the override if the tightness search set one, else the printed value.</summary>
    public Arithmetic.Rational Constant(string name, Arithmetic.Rational printed) =>
        ConstantValues is not null && ConstantValues.TryGetValue(name, out var v) ? v : printed;
}
