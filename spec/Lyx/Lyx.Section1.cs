using System.Numerics;
using Verification.Arithmetic;
using Verification.Data.Lyx;
using Verification.Geometry;
using Verification.Geometry.Lyx;
using Verification.Harness;
using Verification.Models.Lyx;
using R = Verification.Arithmetic.Rational;

namespace Verification.Spec;

// Section 1 of the conference paper (introduction), journal Section 1.
public static partial class Lyx
{
    // ───────────────────────────── LYX.Text.PointwiseLoss ─────────────────────────────

    public sealed record PointwiseCase(int D, R[][] Q, R[] W, R[] X1, R[] X2, R Eta)
    {
        public override string ToString() => $"d={D}, η={Eta}, w={LyxGen.Format(W)}, x1={LyxGen.Format(X1)}, x2={LyxGen.Format(X2)}";
    }

    /// <summary>LYX Section 1: in more than one dimension the loss cannot be non-increasing point-wise during GD.</summary>
    public sealed class TextPointwiseLoss : PropertyClaim<PointwiseCase>
    {
        public override string Id => "LYX.Text.PointwiseLoss";
        public override string Where => "C Section 1 [J Section 1]";
        public override string Statement => "In the multi-dimensional case, during a GD weight update it is not possible that the loss is non-increasing " +
            "point-wise (on each input); only the population loss decreases.";
        public override ClaimKind Kind => ClaimKind.Exact;
        public override string Arithmetic => "rational";
        public override string Setting => "an existence statement, checked on a family of witnesses: network (6) with k = 1, u = 0, b = 0 in R^d (d ≥ 2, " +
            "rotated by a rational orthogonal matrix), two class-1 points x_1 = 2e_1 and x_2 = s(cos φ e_1 + sin φ e_2) at an obtuse angle (cos φ ≤ −3/5) " +
            "with s < 2|cos φ|, a small w activating both; one exact GD step with η ≤ 1/10 must increase the loss at x_2.";
        public override IReadOnlyList<Hypothesis> Hypotheses =>
        [
            new("dimension-above-1", "more than one dimension", "d = 1 (both points on the positive half-line)", Expectation.Counterexample,
                "in 1-D the active points of a neuron lie on one side, the step moves ⟨w, x⟩ up at all of them (the Brutzkus–Globerson case)"),
        ];
        public override IReadOnlyList<string> WrongVariants => ["x2-long"];

        public override IReadOnlyList<CoverageClass> Coverage =>
        [
            new("d-3", "C Section 1: 'in the multi-dimensional case'", 0.2, "d = 3"),
            new("eta-at-bound", "C Section 1 (the witness family's η ≤ 1/10 at equality)", 0.02, "η = 1/10"),
        ];

        public override IEnumerable<string> Classify(PointwiseCase x)
        {
            if (x.D == 3) yield return "d-3";
            if (x.Eta == Q(1, 10)) yield return "eta-at-bound";
        }

        public override PointwiseCase Generate(Choices c, Context ctx)
        {
            var eta = c.In(Interval.OpenClosed(Q(0), Q(1, 10)), 64);
            if (ctx.Weak("dimension-above-1"))
                return new PointwiseCase(1, [[R.One]], [c.In(Interval.OpenClosed(Q(0), Q(1, 8)), 8)], [Q(2)], [c.In(Interval.Closed(Q(1), Q(2)), 8)], eta);
            var d = c.Int(2, 3);
            var q = RationalSphere.OrthogonalMatrix(c, d);
            var t = c.In(Interval.Closed(Q(-3), Q(-2)), 8);          // cos φ = 2t/(t²+1) ∈ [−4/5, −3/5], sin φ > 0
            var dir = RationalSphere.UnitVector([t], 2);
            var cos = -dir[0] < 0 ? dir[0] : dir[0];
            var s = ctx.Is("x2-long") ? 2 * R.Abs(cos) + c.In(Interval.Closed(Q(0), Q(1, 2)), 4) : c.In(Interval.Closed(Q(1), 2 * R.Abs(cos)), 16) * Q(15, 16);
            var lambda = R.Abs(cos) / dir[1] + c.In(Interval.OpenClosed(Q(0), Q(2)), 4); // cos φ + λ sin φ > 0
            var delta = c.In(Interval.OpenClosed(Q(0), Q(1, 16)), 64);
            R[] E(R a, R b) { var v = Vec.Zero<R>(d); v[0] = a; v[1] = b; return LyxGen.Apply(q, v); }
            return new PointwiseCase(d, q, E(delta, delta * lambda), E(2, 0), E(s * dir[0], s * dir[1]), eta);
        }

        public override Evaluation Evaluate(PointwiseCase x, Context ctx)
        {
            var zero = new[] { Vec.Zero<R>(x.D) };
            var net = new ConferenceNet<R>([x.W], zero, R.Zero);
            var data = new List<(R[], R)> { (x.X1, R.One), (x.X2, R.One) };
            var next = net.GdStep(data, x.Eta);
            var inc = data.Select(p => next.Loss(p.Item1, R.One) - net.Loss(p.Item1, R.One)).ToList();
            return Evaluation.Require(inc.Any(z => z.Sign > 0), 1, $"loss changes at x_1, x_2: {string.Join(", ", inc)}");
        }
    }
}
