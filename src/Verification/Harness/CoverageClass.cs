namespace Verification.Harness;

/// <summary>
/// A region of a claim's hypothesis domain that a trustworthy check must visit (in the spirit of QuickCheck's
/// <c>cover</c>/<c>checkCoverage</c> and Hypothesis's statistics): a parameter at an extreme, an inequality hypothesis at
/// equality, a degenerate configuration a proof glosses over. Generated cases are classified by
/// <see cref="PropertyClaim{TCase}.Classify"/> and counted; a class whose observed share is below
/// <see cref="RequiredShare"/> was not visited often enough for the verdict to rest on it.
/// </summary>
/// <param name="Name">Short identifier, e.g. "alpha-near-0".</param>
/// <param name="Source">The hypothesis or proof step it comes from, with its location in the paper.</param>
/// <param name="RequiredShare">The smallest fraction of evaluated cases that must fall in the class (0 &lt; share ≤ 1).</param>
/// <param name="Description">What a case of the class looks like.</param>
public sealed record CoverageClass(string Name, string Source, double RequiredShare, string Description);

/// <summary>How often one coverage class was visited in a run.</summary>
/// <param name="Cases">Evaluated cases that fell in the class.</param>
/// <param name="Of">Evaluated cases in all (discarded cases are not evaluated).</param>
public sealed record CoverageCount(CoverageClass Class, int Cases, int Of)
{
    public double ObservedShare => Of == 0 ? 0 : (double)Cases / Of;

    public bool Met => Of > 0 && ObservedShare >= Class.RequiredShare;
}
