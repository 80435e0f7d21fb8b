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

    /// <summary>
    /// α across the whole of (0, 1) for the claims of Sections 5 and 6: generic (denominators ≤ 32), near 0 (α = 1/q, q ≤ 128,
    /// where Leaky ReLU is closest to ReLU) or near 1 (α = 1 − 1/q, where σ is closest to linear and the factor 1 − α of the
    /// proof of Proposition 10.2 vanishes). Weakened and fixed values as <see cref="Alpha"/>.
    /// </summary>
    internal static Rational AlphaAcrossRange(Choices c, Context ctx)
    {
        if (ctx.Weak("leaky") || ctx.Weak("alpha-above-1") || ctx.ConstantValues?.ContainsKey("alpha") == true) return Alpha(c, ctx);
        return c.Int(0, 3) switch
        {
            1 => new Rational(1, c.Int(2, 4 * MaxAlphaDenominator)),
            2 => 1 - new Rational(1, c.Int(2, 4 * MaxAlphaDenominator)),
            _ => c.In(Interval.Open(0, 1), MaxAlphaDenominator),
        };
    }

    /// <summary>A dimension: mostly 1..4, a fifth of the time 5..<paramref name="largest"/> (well beyond the figures' 2).</summary>
    internal static int WideDimension(Choices c, int largest = 10) => c.Int(0, 4) == 4 ? c.Int(5, largest) : c.Int(1, 4);

    /// <summary>A power of two: 1 mostly, else 2^±e with 10 ≤ e ≤ 40 (tiny and huge scales; exact, small numbers of bits).</summary>
    internal static Rational ScaleFactor(Choices c) => c.Int(0, 4) switch
    {
        3 => new Rational(1, System.Numerics.BigInteger.One << c.Int(10, 40)),
        4 => new Rational(System.Numerics.BigInteger.One << c.Int(10, 40), 1),
        _ => Rational.One,
    };

    /// <summary>Scales below this are "tiny", above its inverse "huge" (coverage classes).</summary>
    internal static readonly Rational TinyScale = new(1, 1024);

    /// <summary>
    /// A clustered network and input in the region |(w̄ − ū)·x| ≥ m·r·‖x‖ with m ≥ the constant c (printed 2). Widened for the
    /// coverage of Theorem 5.1: d up to 10, k up to 20, α across (0, 1), ū·x̂ often at a multiple of r/2 (so that the centre
    /// conditions of Lemma 10.1 and the neurons' kinks are hit at equality), and the whole network with r scaled by 2^±e.
    /// </summary>
    internal static ClusteredCase ClusteredInRegion(Choices c, Context ctx, string constantName = "c", int printed = 2)
    {
        var d = WideDimension(c);
        var k = c.Int(0, 4) == 4 ? c.Int(9, 20) : c.Int(1, 8);
        var alpha = AlphaAcrossRange(c, ctx);
        var v = V(c, ctx);
        var xHat = RationalSphere.UnitVector(c, d);
        var x = Vec.Scale(c.In(Interval.Closed(0, 4), 8) * ScaleFactor(c), xHat);
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
        // ū·x̂ = t·r, t ∈ [−3, 3]: the bounds are decided for |t| ≲ 3; half-integer t put centres and neurons on the kinks
        var t = c.Bool() ? new Rational(c.Signed(6), 2) : c.Centred(3, 64);
        var q = t * (r.Sign == 0 ? Rational.One : r);
        var uBar = Vec.Add(Vec.Scale(q, xHat), RationalSphere.Orthogonal(c, xHat));
        var a = Vec.Add(Vec.Scale((c.Bool() ? -1 : 1) * m * r, xHat), RationalSphere.Orthogonal(c, xHat));
        var wBar = Vec.Add(uBar, a);
        var s = ScaleFactor(c); // the statement is invariant under scaling the neurons and r together: tiny and huge networks
        Rational[] Sc(Rational[] y) => s == Rational.One ? y : Vec.Scale(s, y);
        var net = new LeakyReluNetwork<Rational>(
            dw.Select(dv => Sc(Vec.Add(wBar, dv))).ToList(), du.Select(dv => Sc(Vec.Add(uBar, dv))).ToList(), v, alpha);
        return new ClusteredCase(net, Sc(wBar), Sc(uBar), s * r, x);
    }

    /// <summary>
    /// The hypotheses of Theorem 5.1 on a case, exactly: 0 &lt; α &lt; 1, v &gt; 0, r ≥ 0, w̄ and ū the means of the clusters, every
    /// neuron within r of its centre (on squares), and x in the region |(w̄ − ū)·x| ≥ c·r‖x‖ (c = 2 as printed).
    /// </summary>
    internal static bool ClusteredHypothesesHold(ClusteredCase x, Rational constant, bool inRegion = true)
    {
        var net = x.Net;
        var r2 = x.R * x.R;
        return net.Alpha.Sign > 0 && net.Alpha < 1 && net.V.Sign > 0 && x.R.Sign >= 0
            && Vec.Sub(net.WBar, x.WCentre).All(e => e.Sign == 0) && Vec.Sub(net.UBar, x.UCentre).All(e => e.Sign == 0)
            && net.W.All(w => Vec.NormSquared<Rational>(Vec.Sub(w, x.WCentre)) <= r2)
            && net.U.All(u => Vec.NormSquared<Rational>(Vec.Sub(u, x.UCentre)) <= r2)
            && (!inRegion || Norms.AbsAtLeast(Vec.Dot<Rational>(x.A, x.X), constant * x.R, Vec.NormSquared<Rational>(x.X)));
    }
}
