using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Verification.Models.Sbg;

namespace Verification.Spec;

// Section 8.1: a first-layer bias.

public static partial class Sbg
{
    // ---------------------------------------------------------------- Section 8.1: bias

    public sealed record BiasCase(LeakyReluNetwork<Rational> Net, Rational[] Bw, Rational[] Bu, Rational[] X, Rational C)
    {
        public override string ToString() => SbgFormat.Network(Net) + $", b_w = {Vec.Format(Bw)}, b_u = {Vec.Format(Bu)}, x = {Vec.Format(X)}, c = {C}";
    }

    public sealed class Bias : PropertyClaim<BiasCase>
    {
        public override string Id => "SBG.Bias";
        public override string Where => "Section 8.1 (and footnote 2)";
        public override string Statement =>
            "A first-layer bias is equivalent to augmenting the input: v Σσ(w⁽ⁱ⁾·x + b_w⁽ⁱ⁾) − v Σσ(u⁽ⁱ⁾·x + b_u⁽ⁱ⁾) = N_{W'}((x, 1)) with W' = [W | b], "
            + "and the model stays 1-homogeneous in its trainable parameters: N_{cW'}(x') = c·N_{W'}(x') for c > 0 (what Theorems 6.1 and 6.2 need).";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "k = 1..8, d = 1..4, α ∈ (0, 1), v ∈ (0, 4], any rational W, biases and x, c ∈ (0, 4]";

        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("leaky", "0 < α < 1 (Leaky ReLU)", "α ∈ [−1, 1): ReLU and non-monotone σ allowed", Expectation.None,
                "both identities hold for any α: augmentation is exact and max{cz, αcz} = c·max{z, αz} for c > 0"),
            new("c-positive", "c > 0 (homogeneity is positive homogeneity)", "c ∈ [−4, 4]", Expectation.Counterexample,
                "σ is not odd: σ(−z) = −ασ(z)/… for z > 0, so N_{−W'} ≠ −N_{W'}"),
            new("first-layer", "the bias is in the first layer", "a bias b₂ added to the output (second layer) too", Expectation.Counterexample,
                "N + b₂ is not homogeneous: c(N + b₂) ≠ cN + b₂ unless b₂ = 0 or c = 1"),
        ];

        public override IReadOnlyList<string> WrongVariants => ["augment-with-zero"];

        public override BiasCase Generate(Choices c, Context ctx)
        {
            var d = c.Int(1, 4);
            var k = c.Int(1, 8);
            var net = new LeakyReluNetwork<Rational>(
                Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 4, 3)).ToList(),
                Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 4, 3)).ToList(), V(c, ctx), Alpha(c, ctx));
            var scale = ctx.Weak("c-positive") ? c.In(Interval.Closed(-4, 4), 4) : c.In(Interval.OpenClosed(0, 4), 4);
            return new BiasCase(net, c.SmallVector(k, 4, 3), c.SmallVector(k, 4, 3), c.SmallVector(d, 4, 3), scale);
        }

        public override string Describe(BiasCase x) => x.ToString();

        public override Evaluation Evaluate(BiasCase x, Context ctx)
        {
            var n = x.Net;
            var biased = Rational.Zero;
            for (var i = 0; i < n.K; i++)
                biased += LeakyReluNetwork<Rational>.Sigma(Vec.Dot<Rational>(n.W[i], x.X) + x.Bw[i], n.Alpha)
                    - LeakyReluNetwork<Rational>.Sigma(Vec.Dot<Rational>(n.U[i], x.X) + x.Bu[i], n.Alpha);
            biased *= n.V;
            var last = ctx.Is("augment-with-zero") ? Rational.Zero : Rational.One;
            var wp = n.W.Select((w, i) => (Rational[])[.. w, x.Bw[i]]).ToList();
            var up = n.U.Select((u, i) => (Rational[])[.. u, x.Bu[i]]).ToList();
            var aug = new LeakyReluNetwork<Rational>(wp, up, n.V, n.Alpha);
            Rational[] xp = [.. x.X, last];
            var b2 = ctx.Weak("first-layer") ? Rational.One : Rational.Zero;
            var augmented = aug.Output(xp) + b2;
            if (augmented != biased + b2) return Evaluation.Fails(Math.Abs((augmented - biased - b2).ToDouble()),
                $"biased network {biased} but N_W'((x, 1)) = {augmented - b2}");
            var scaled = new LeakyReluNetwork<Rational>(
                wp.Select(w => Vec.Scale(x.C, w)).ToList(), up.Select(u => Vec.Scale(x.C, u)).ToList(), n.V, n.Alpha).Output(xp) + b2;
            return Evaluation.Require(scaled == x.C * augmented, Math.Abs((scaled - x.C * augmented).ToDouble()),
                $"N_W'(x') = {augmented}, N_cW'(x') = {scaled}, c·N_W'(x') = {x.C * augmented}");
        }
    }
}
