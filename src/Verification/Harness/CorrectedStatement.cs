namespace Verification.Harness;

/// <summary>
/// The corrected statement of a claim that fails as printed, checked as a claim of its own with the id
/// "&lt;printed id&gt;#corrected". It is the one way to state a correction: metadata that the correction does not restate
/// (where, kind, arithmetic, setting, trust, cost, the class of its wrong variants) is the printed claim's, so no claim
/// forwards members by hand. It is reached through <see cref="Claim.Corrected"/> and never registered on its own.
/// </summary>
/// <typeparam name="TCase">The case type; usually the printed claim's, so the correction can reuse its generator.</typeparam>
public abstract class CorrectedStatement<TCase>(Claim printed) : PropertyClaim<TCase>
{
    /// <summary>The claim as printed, whose finding this statement corrects.</summary>
    public Claim Printed { get; } = printed;

    public sealed override string Id => Printed.Id + "#corrected";
    public override string Where => Printed.Where;
    public override ClaimKind Kind => Printed.Kind;
    public override string Arithmetic => Printed.Arithmetic;
    public override string Setting => Printed.Setting;
    public override string Trust => Printed.Trust;
    public override int CostPerCase => Printed.CostPerCase;
    public override CounterexampleClass WrongVariantClass => Printed.WrongVariantClass;

    /// <summary>A correction is recorded only once it is checked to hold.</summary>
    public sealed override Verdict Expected => Verdict.Holds;

    public sealed override Finding? Finding => null;

    public sealed override Claim? Corrected => null;
}
