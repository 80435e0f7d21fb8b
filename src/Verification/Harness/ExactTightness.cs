using Verification.Arithmetic;

namespace Verification.Harness;

/// <summary>A configuration that refutes a claim with a given constant, as exact literals, and what the claim's own exact
/// evaluation said of it.</summary>
/// <param name="Constant">The constant at which it fails: the claim with this constant in place of the printed one fails on it.</param>
public sealed record TightnessWitness(Rational Constant, string Case, string Detail);

/// <summary>
/// The sharp value of a constant at one point of a parameter grid, bracketed from both sides exactly: <see cref="Lower"/> is
/// the constant of an exact witness that fails (checked by the claim's own exact evaluation, every hypothesis checked exactly),
/// <see cref="Upper"/> is certified by an exact decision: no counterexample exists with any constant above it. A targeted
/// search (an optimiser over the free parameters) must find the same value; <see cref="SearchValue"/> is its best in double
/// and <see cref="SearchWitness"/> its best point rationalised and confirmed exactly (independent of the decision).
/// </summary>
/// <param name="At">The fixed parameters of the point, in order (for example α and k).</param>
/// <param name="Lower">Null when no constant admits a counterexample (then the claim holds even with <see cref="Upper"/>).</param>
/// <param name="ClosedForm">The derived closed form, compared with both ends.</param>
/// <param name="Certificate">What the upper end rests on (for example how many exact linear programs).</param>
public sealed record ExactTightnessPoint(
    string Constant,
    IReadOnlyList<KeyValuePair<string, Rational>> At,
    Rational? Lower,
    TightnessWitness? Witness,
    Rational Upper,
    string Certificate,
    Rational ClosedForm,
    double SearchValue,
    TightnessWitness? SearchWitness,
    int SearchEvaluations)
{
    /// <summary>Upper − lower (the whole upper end when nothing fails).</summary>
    public Rational Width => Upper - (Lower ?? Upper);

    /// <summary>Both ends equal the closed form within <paramref name="tolerance"/> and the lower end does not exceed the upper.</summary>
    public bool Agrees(double tolerance) =>
        (Lower is not { } l || (l <= Upper && Math.Abs((l - ClosedForm).ToDouble()) <= tolerance))
        && Math.Abs((Upper - ClosedForm).ToDouble()) <= tolerance
        && Math.Abs(SearchValue - ClosedForm.ToDouble()) <= tolerance
        && (SearchWitness is not { } s || (s.Constant <= Upper && Math.Abs((s.Constant - ClosedForm).ToDouble()) <= tolerance));
}

/// <summary>
/// A claim whose constant has an exact tightness analysis (a derived closed form, an exact decision and a targeted search)
/// instead of the fuzzer's generic bisection, which only gives a lower bound from random cases.
/// </summary>
public interface IExactTightness
{
    /// <summary>The constant analysed (one of the claim's <see cref="Claim.Constants"/>).</summary>
    string TightConstant { get; }

    /// <summary>The closed form, in words (for example "c*(α, k) = ⌊k/2⌋(1 − α)/(⌊k/2⌋ + ⌈k/2⌉α)").</summary>
    string ClosedFormText { get; }

    /// <summary>The analysis over the claim's grid; deterministic for a given seed (the search's random starts).</summary>
    IReadOnlyList<ExactTightnessPoint> TightnessGrid(ulong seed);
}
