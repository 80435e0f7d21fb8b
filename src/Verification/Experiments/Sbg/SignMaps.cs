using Verification.Arithmetic;
using Verification.Models.Sbg;
using Verification.Report;

namespace Verification.Experiments.Sbg;

/// <summary>
/// Figs. 4 and 5 of Sarussi, Brutzkus and Globerson (supplement, Section 11): the two-neuron networks with w = (1, 0) and
/// u = (0, 1), Leaky ReLU against ReLU, evaluated exactly on a rational grid. The paper does not state α or v; we use
/// α = 1/10 and v = 1 (the sign map does not depend on either for α ∈ (0, 1), v &gt; 0).
/// </summary>
public static class SignMaps
{
    public static readonly Rational Alpha = new(1, 10);

    /// <summary>The grid −2, −7/4, …, 2 in each coordinate.</summary>
    public static IEnumerable<Rational[]> Grid()
    {
        for (var i = -8; i <= 8; i++)
            for (var j = -8; j <= 8; j++)
                yield return [new Rational(i, 4), new Rational(j, 4)];
    }

    public static LeakyReluNetwork<Rational> TwoNeuron(Rational alpha) =>
        new([[Rational.One, Rational.Zero]], [[Rational.Zero, Rational.One]], Rational.One, alpha);

    public static Snapshot Fig4And5()
    {
        var leaky = TwoNeuron(Alpha);
        var relu = TwoNeuron(Rational.Zero);
        var grid = Grid().ToList();
        return new Snapshot("sbg-fig4-fig5", "rational (exact)", significantDigits: 10)
            .With("claim", "SBG.Fig4")
            .With("network", "k = 1, w = (1, 0), u = (0, 1), v = 1")
            .With("alpha", $"{Alpha} for the Leaky ReLU network (not stated in the paper); 0 for the ReLU network")
            .With("grid", "x1, x2 in {-2, -7/4, ..., 2}")
            .With("columns", "N = network output (exact); sign of N; sign of the linear classifier (w - u).x")
            .Column("x1", grid.Select(p => p[0]))
            .Column("x2", grid.Select(p => p[1]))
            .Column("N_leaky", grid.Select(p => leaky.Output(p)))
            .Column("sign_leaky", grid.Select(p => leaky.Output(p).Sign))
            .Column("N_relu", grid.Select(p => relu.Output(p)))
            .Column("sign_relu", grid.Select(p => relu.Output(p).Sign))
            .Column("sign_linear", grid.Select(p => (p[0] - p[1]).Sign));
    }
}
