using Verification.Arithmetic;
using Verification.Geometry;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;
using static Verification.Data.Sbg.ClusteredNetworks;

namespace Verification.Spec;

/// <summary>
/// Sarussi, Brutzkus, Globerson. Towards understanding learning in neural networks with linear teachers (ICML 2021).
/// File 004. The network is Eq. (1): N(x) = v Σ σ(w⁽ⁱ⁾·x) − v Σ σ(u⁽ⁱ⁾·x), σ(z) = max{z, αz}, 0 &lt; α &lt; 1, v &gt; 0.
/// </summary>
public static partial class Sbg
{
    internal const int MaxAlphaDenominator = 32;

    /// <summary>α ∈ (0, 1) as printed; weakened to α ∈ [−1, 1) (ReLU and worse) or α ∈ (1, 4].</summary>
    internal static Rational Alpha(Choices c, Context ctx) =>
        ctx.ConstantValues is { } fixedValues && fixedValues.TryGetValue("alpha", out var fixedAlpha) ? fixedAlpha // a tightness search at one α
        : ctx.Weak("leaky") ? c.In(Interval.ClosedOpen(-1, 1), MaxAlphaDenominator)
        : ctx.Weak("alpha-above-1") ? c.In(Interval.OpenClosed(1, 4), MaxAlphaDenominator)
        : c.Bool() ? new Rational(1, c.Int(2, 4 * MaxAlphaDenominator)) // small α: where Leaky ReLU is closest to ReLU
        : c.In(Interval.Open(0, 1), MaxAlphaDenominator);

    /// <summary>v &gt; 0 as printed; weakened to v ∈ [−4, 4].</summary>
    internal static Rational V(Choices c, Context ctx) =>
        ctx.Weak("v-positive") ? c.In(Interval.Closed(-4, 4), 8) : c.In(Interval.OpenClosed(0, 4), 8);

    internal static readonly Hypothesis Leaky = new("leaky", "0 < α < 1 (Leaky ReLU)",
        "α ∈ [−1, 1): ReLU (α = 0) and non-monotone σ allowed", Expectation.Counterexample,
        "with α = 0 both neurons can be inactive, N(x) = 0 while (w̄ − ū)·x ≠ 0 (the paper's Fig. 4b)");

    internal static readonly Hypothesis AlphaAbove1 = new("alpha-above-1", "0 < α < 1", "α ∈ (1, 4]", Expectation.None,
        "for α > 1, max{z, αz} = α·max{z, z/α} is a positive multiple of a Leaky ReLU with slope 1/α, so signs are unchanged");

    internal static readonly Hypothesis VPositive = new("v-positive", "v > 0", "v ∈ [−4, 4]", Expectation.Counterexample,
        "v < 0 flips the sign of N and v = 0 makes it zero");

    /// <summary>Signs as −1, 0, +1 (sign(0) = 0, as in the paper's linear classifier).</summary>
    internal static int Sign(Rational x) => x.Sign;

    internal static int Sign(double x) => Math.Sign(x);

    /// <summary>A clustered network and input in the region |(w̄ − ū)·x| ≥ m·r·‖x‖ with m ≥ the constant c (printed 2).</summary>
    internal static ClusteredCase ClusteredInRegion(Choices c, Context ctx, string constantName = "c", int printed = 2)
    {
        var d = c.Int(1, 4);
        var k = c.Int(1, 8);
        var alpha = Alpha(c, ctx);
        var v = V(c, ctx);
        var xHat = RationalSphere.UnitVector(c, d);
        var x = Vec.Scale(c.In(Interval.Closed(0, 4), 8), xHat);
        var r = c.In(Interval.Closed(0, 2), 8);
        var deviationRadius = ctx.Weak("radius") ? 4 * r : r;
        var dw = Deviations(c, k, d, deviationRadius, xHat);
        var du = Deviations(c, k, d, deviationRadius, xHat);
        if (ctx.Weak("centres"))
        {
            // the neurons stay within r of w̄ and ū, but w̄ and ū are no longer their means
            var shift = Vec.Scale(c.Bool() ? r : -r, xHat);
            dw = dw.Select(_ => shift).ToArray();
            du = du.Select(_ => Vec.Scale(Rational.NegativeOne, shift)).ToArray();
        }
        var constant = ctx.Is("constant-zero") ? Rational.Zero
            : ctx.Is("sharp-constant") ? SharpConstant(alpha, k)
            : ctx.Constant(constantName, printed);
        var m = ctx.Weak("region") ? c.In(Interval.ClosedOpen(0, constant), 16)
            : ctx.Is("sharp-constant") ? constant + (1 + c.NonNegativeRational(4096, 1)) / 4096 // strictly above the sharp value
            : constant + c.NonNegativeRational(4, 4);
        var q = c.Centred(3, 64) * (r.Sign == 0 ? Rational.One : r); // ū·x̂ = t·r, t ∈ [−3, 3]: the bounds are decided for |t| ≲ 3
        var uBar = Vec.Add(Vec.Scale(q, xHat), RationalSphere.Orthogonal(c, xHat));
        var a = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), RationalSphere.Orthogonal(c, xHat));
        var wBar = Vec.Add(uBar, a);
        var net = new LeakyReluNetwork<Rational>(dw.Select(dv => Vec.Add(wBar, dv)).ToList(), du.Select(dv => Vec.Add(uBar, dv)).ToList(), v, alpha);
        return new ClusteredCase(net, wBar, uBar, r, x);
    }
}
