using Verification.Arithmetic;
using Verification.Models.Sbg;

namespace Verification.Data.Sbg;

/// <summary>
/// A clustered network and an input for the claims of Section 5: the centres w̄, ū the region is stated with, the radius
/// bound r, and the multiplier m with |(w̄ − ū)·x| = m·r·‖x‖ that the generator aimed at (exact when r‖x‖ &gt; 0).
/// </summary>
public sealed record ClusteredCase(LeakyReluNetwork<Rational> Net, Rational[] WCentre, Rational[] UCentre, Rational R, Rational[] X)
{
    public Rational[] A => Vec.Sub(WCentre, UCentre);

    public override string ToString() => SbgFormat.Network(Net) + $", r = {R}, w̄ = {Vec.Format(WCentre)}, ū = {Vec.Format(UCentre)}, x = {Vec.Format(X)}";
}

public static class SbgFormat
{
    public static string Network(LeakyReluNetwork<Rational> n) =>
        $"k = {n.K}, d = {n.Dimension}, α = {n.Alpha}, v = {n.V}, " +
        $"W = [{string.Join("; ", n.W.Select(Vec.Format))}], U = [{string.Join("; ", n.U.Select(Vec.Format))}]";
}

/// <summary>Exact comparisons of the form |t| ≥ c·r·‖x‖ decided on squares, valid for any sign of c·r.</summary>
public static class Norms
{
    /// <summary>|t| ≥ m·‖x‖ where ‖x‖² = x2, decided exactly: true when m ≤ 0, otherwise t² ≥ m²·x2.</summary>
    public static bool AbsAtLeast(Rational t, Rational m, Rational x2) => m.Sign <= 0 || x2.Sign == 0 || t * t >= m * m * x2;

    /// <summary>|t| &gt; m·‖x‖, decided exactly.</summary>
    public static bool AbsGreater(Rational t, Rational m, Rational x2)
    {
        if (m.Sign < 0 && x2.Sign > 0) return true;
        if (m.Sign == 0 || x2.Sign == 0) return t.Sign != 0;
        return t * t > m * m * x2;
    }
}
