using Verification.Arithmetic;

namespace Verification.Harness;

/// <summary>How a claim is decided.</summary>
public enum ClaimKind { Exact, Numeric, Simulation, NotExecutable }

/// <summary>The outcome of checking a claim as printed.</summary>
public enum Verdict { Holds, Fails, Inconclusive, NotExecutable, NotImplemented }

/// <summary>What a counterexample is: confirmed exactly (or by a margin above the error bound), an artefact of floating
/// point (fails in double, holds exactly), or an artefact of a finite sample or truncated horizon.</summary>
public enum CounterexampleClass { Genuine, FloatOnly, SampleOnly }

/// <summary>What the team expects when a hypothesis is weakened.</summary>
public enum Expectation { Counterexample, None }

/// <summary>
/// A named hypothesis of a claim. The claim's parameterisation satisfies it by construction; when the fuzzer weakens it
/// the parameterisation switches to <see cref="Weakened"/> (for example α ∈ (0, 1) becomes α ∈ [−1, 2]).
/// </summary>
/// <param name="Name">Short identifier used on the command line (<c>--drop</c>).</param>
/// <param name="Statement">The hypothesis as the paper states it.</param>
/// <param name="Weakened">What the weakened parameterisation allows instead.</param>
/// <param name="Expected">The team's recorded expectation, asserted by a test.</param>
/// <param name="Why">One line on why that is expected (the known counterexample, or the argument that none exists).</param>
public sealed record Hypothesis(string Name, string Statement, string Weakened, Expectation Expected, string Why);

/// <summary>A numeric constant of a claim whose tightness the fuzzer can search, between <see cref="Low"/> and <see cref="High"/>.</summary>
/// <param name="Name">Identifier (for example "c" for the factor 2 in 2r).</param>
/// <param name="Printed">The value the paper prints.</param>
/// <param name="Low">Lower end of the search.</param>
/// <param name="High">Upper end of the search (larger constants make the claim weaker, so more likely to hold).</param>
/// <param name="Note">What is known about the tight value.</param>
public sealed record Constant(string Name, Rational Printed, Rational Low, Rational High, string Note);

/// <summary>
/// The team's recorded finding when a claim fails as printed: what is wrong, and a corrected statement that is checked too.
/// Its kind is <see cref="FindingKind.False"/> (a counterexample) or <see cref="FindingKind.NotReproduced"/> (an experiment);
/// proof-step and textual findings of claims that hold are recorded as <see cref="Discrepancy"/>.
/// </summary>
public sealed record Finding(string Summary, string MinimalReproducer, string CorrectedStatement, FindingKind Kind = FindingKind.False);

/// <summary>
/// A checkable statement of a paper, named by the id in <c>shared/CLAIMS.md</c>. Subclasses are discovered by reflection,
/// so adding a claim is adding a class.
/// </summary>
public abstract class Claim
{
    /// <summary>The id from CLAIMS.md, for example "SBG.Thm5.1".</summary>
    public abstract string Id { get; }

    /// <summary>The paper's short id: LYX, LSZ or SBG.</summary>
    public string Paper => Id[..Id.IndexOf('.')];

    /// <summary>Where in the paper (theorem, equation, section).</summary>
    public abstract string Where { get; }

    /// <summary>The statement in plain words, close to the paper's.</summary>
    public abstract string Statement { get; }

    public abstract ClaimKind Kind { get; }

    /// <summary>The arithmetic the verdict is decided in: "rational", "double", "rational+double".</summary>
    public abstract string Arithmetic { get; }

    /// <summary>The setting: model, data and dynamics the claim is checked on.</summary>
    public virtual string Setting => "";

    public virtual IReadOnlyList<Hypothesis> Hypotheses => [];

    public virtual IReadOnlyList<Constant> Constants => [];

    /// <summary>Deliberately wrong variants (a wrong constant, a broken model) that checking must reject.</summary>
    public virtual IReadOnlyList<string> WrongVariants => [];

    /// <summary>The recorded verdict as printed: <see cref="Verdict.Holds"/> unless the team found otherwise.</summary>
    public virtual Verdict Expected => Verdict.Holds;

    /// <summary>Present exactly when <see cref="Expected"/> is <see cref="Verdict.Fails"/>.</summary>
    public virtual Finding? Finding => null;

    /// <summary>
    /// The regions of the hypothesis domain a trustworthy check must visit, each citing the hypothesis or proof step it
    /// comes from; cases are classified by the claim and counted (see <see cref="CoverageClass"/>).
    /// </summary>
    public virtual IReadOnlyList<CoverageClass> Coverage => [];

    /// <summary>
    /// What the verdict can rest on at best: <see cref="EvidenceLevel.DecidedExactly"/> only for a finite exact decision over
    /// a stated class (a certificate), <see cref="EvidenceLevel.Statistical"/> for pass fractions over runs, otherwise
    /// <see cref="EvidenceLevel.Checked"/> (generated cases). A run may report a weaker level (coverage incomplete, loose).
    /// </summary>
    public virtual EvidenceLevel EvidenceBasis => Kind == ClaimKind.NotExecutable ? EvidenceLevel.None : EvidenceLevel.Checked;

    /// <summary>
    /// What limits the power of this claim's check, printed with its evidence (for example "checks an identity of the update
    /// that a correct trainer cannot violate; the limit t → ∞ is not observable"): so that a reader can tell such a holds
    /// from an exact decision. Null when nothing does.
    /// </summary>
    public virtual string? EvidenceCaveat => null;

    /// <summary>
    /// Why this claim, which decides its own run count, stays below the floor of its kind (e.g. a real-data training experiment
    /// too costly for 30 runs); null when it meets the floor. Shown in the ledger beside the verdict.
    /// </summary>
    public virtual string? BelowFloorReason => null;

    /// <summary>Places where the code reads the paper differently from its print, and proof steps that fail while the
    /// statement survives: findings of their own kind.</summary>
    public virtual IReadOnlyList<Discrepancy> Discrepancies => [];

    /// <summary>The corrected statement, checked as a claim of its own (id suffixed "#corrected").</summary>
    public virtual Claim? Corrected => null;

    /// <summary>For a claim that cannot be run here: why.</summary>
    public virtual string? NotExecutableReason => null;

    /// <summary>What the verdict rests on: what was exact, what numeric with which error bound, what came from a sample.</summary>
    public virtual string Trust => Kind switch
    {
        ClaimKind.Exact => "decided in exact rational arithmetic on every generated case; no tolerance",
        ClaimKind.NotExecutable => "not executed",
        _ => "numeric",
    };

    /// <summary>
    /// The class of counterexample each deliberately wrong variant must produce (asserted by a test): genuine where the claim
    /// is decided in its own arithmetic, sample-only where the verdict is a statistical test on a sample.
    /// </summary>
    public virtual CounterexampleClass WrongVariantClass => CounterexampleClass.Genuine;

    /// <summary>Relative cost of one case; budgets divide the number of cases by it.</summary>
    public virtual int CostPerCase => 1;

    /// <summary>Whether the claim also evaluates in double, so that float-only counterexamples can be searched for.</summary>
    public virtual bool SupportsFloatSearch => false;

    /// <summary>Runs the claim (or a weakened or wrong variant of it) under the given engine and options.</summary>
    public abstract ClaimRun Run(RunRequest request);

    public override string ToString() => Id;
}
