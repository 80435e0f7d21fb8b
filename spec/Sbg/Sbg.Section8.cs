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
        public override string Setting =>
            "k = 1..8 (one case in five up to 16), d = 1..4 (up to 8), α ∈ (0, 1) including both ends, v ∈ (0, 4], any rational W, biases and x "
            + "(x = 0, zero biases and a pre-activation on σ's kink included), c ∈ (0, 4], also tiny (≥ 10⁻⁵) and huge (≤ 10⁵)";

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

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("x-zero", "Section 8.1: any x ∈ R^d is mapped to (x, 1); at x = 0 only the biases act", 0.03, "x = 0"),
            new("bias-zero", "Section 8.1: the bias may be zero (the network of Eq. (1))", 0.03, "b_w = b_u = 0"),
            new("kink", "Eq. (1): σ has a kink at 0; the augmented pre-activation (w, b)·(x, 1) = w·x + b can sit on it", 0.05,
                "some w⁽ⁱ⁾·x + b_w⁽ⁱ⁾ = 0 or u⁽ⁱ⁾·x + b_u⁽ⁱ⁾ = 0"),
            new("both-pieces", "Eq. (1): σ(z) = max{z, αz} is linear on each side of 0 only", 0.2,
                "some pre-activation > 0 and some < 0 in the same case"),
            new("c-tiny", "Section 8.1 (homogeneity for Theorems 6.1, 6.2): any c > 0, near 0", 0.03, "c ≤ 1/100"),
            new("c-huge", "Section 8.1: any c > 0, large", 0.03, "c ≥ 100"),
            new("k-1", "Eq. (1): 2k > 0 hidden units, the smallest width", 0.03, "k = 1"),
            new("wide", "Eq. (1): any k, well beyond 2–4", 0.05, "k ≥ 9"),
            new("high-dimension", "Eq. (1): x ∈ R^d for any d", 0.05, "d ≥ 5"),
            new("input-and-bias", "Section 8.1: (w, b)·(x, 1) = w·x + b, both parts acting in both clusters", 0.25,
                "some w⁽ⁱ⁾·x ≠ 0 with b_w⁽ⁱ⁾ ≠ 0 and some u⁽ⁱ⁾·x ≠ 0 with b_u⁽ⁱ⁾ ≠ 0"),
            .. AlphaClasses("Eq. (1)"),
        ];

        public override IReadOnlyList<Discrepancy> Discrepancies =>
        [
            new(FindingKind.Textual, "Section 8.1, last paragraph",
                "\"if we add a bias in the first layer, the model remains homogeneous\"",
                "positively 1-homogeneous in the trainable parameters W' = [W | b] with v fixed: N_{cW'}(x') = c·N_{W'}(x') for c > 0",
                "the model is not homogeneous in x once there is a bias (N(cx) ≠ cN(x) for b ≠ 0), and not for c < 0 since σ is not odd "
                + "(hypothesis 'c-positive'); what Lyu & Li (2020) need is positive homogeneity in the parameters, which holds"),
        ];

        public override BiasCase Generate(Choices c, Context ctx)
        {
            var d = SizeWide(c, 1, 4, 8);
            var k = SizeWide(c, 1, 8, 16);
            var net = new LeakyReluNetwork<Rational>(
                Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 4, 3)).ToList(),
                Enumerable.Range(0, k).Select(_ => c.SmallVector(d, 4, 3)).ToList(), V(c, ctx), AlphaWide(c, ctx));
            var scale = ctx.Weak("c-positive") ? c.In(Interval.Closed(-4, 4), 4)
                : c.Int(0, 5) switch
                {
                    4 => new Rational(1, c.Int(100, 100_000)),  // tiny scales
                    5 => new Rational(c.Int(100, 100_000), c.Int(1, 3)), // huge scales
                    _ => c.In(Interval.OpenClosed(0, 4), 4),
                };
            Rational[] Zeros(int n) => Enumerable.Repeat(Rational.Zero, n).ToArray();
            var x = c.Int(0, 9) == 9 ? Zeros(d) : c.SmallVector(d, 4, 3);
            var noBias = c.Int(0, 9) == 9;
            var bw = noBias ? Zeros(k) : c.SmallVector(k, 4, 3);
            var bu = noBias ? Zeros(k) : c.SmallVector(k, 4, 3);
            if (c.Int(0, 4) == 4) bw[0] = -Vec.Dot<Rational>(net.W[0], x); // the first w-neuron on σ's kink
            return new BiasCase(net, bw, bu, x, scale);
        }

        /// <summary>The hypotheses of Section 8.1 (0 &lt; α &lt; 1, v &gt; 0, c &gt; 0, one bias per neuron), checked exactly.</summary>
        public static bool HypothesesHold(BiasCase x) =>
            NetworkHypothesesHold(x.Net, x.X.Length) && x.C.Sign > 0 && x.Bw.Length == x.Net.K && x.Bu.Length == x.Net.K;

        public override IEnumerable<string> Classify(BiasCase x)
        {
            var pre = x.Net.W.Select((w, i) => Vec.Dot<Rational>(w, x.X) + x.Bw[i])
                .Concat(x.Net.U.Select((u, i) => Vec.Dot<Rational>(u, x.X) + x.Bu[i])).ToList();
            if (x.X.All(t => t.Sign == 0)) yield return "x-zero";
            if (x.Bw.Concat(x.Bu).All(t => t.Sign == 0)) yield return "bias-zero";
            if (pre.Any(p => p.Sign == 0)) yield return "kink";
            if (pre.Any(p => p.Sign > 0) && pre.Any(p => p.Sign < 0)) yield return "both-pieces";
            if (x.C <= new Rational(1, 100)) yield return "c-tiny";
            if (x.C >= 100) yield return "c-huge";
            if (x.Net.K == 1) yield return "k-1";
            if (x.Net.K >= 9) yield return "wide";
            if (x.X.Length >= 5) yield return "high-dimension";
            if (BothAct(x.Net.W, x.Bw) && BothAct(x.Net.U, x.Bu)) yield return "input-and-bias";
            foreach (var a in AlphaClassesOf(x.Net.Alpha)) yield return a;
            bool BothAct(IReadOnlyList<Rational[]> rows, Rational[] b) => rows.Where((w, i) => Vec.Dot<Rational>(w, x.X).Sign != 0 && b[i].Sign != 0).Any();
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
