namespace Verification.Harness;

/// <summary>A counterexample: the case as exact literals, how to replay it, and what kind it is.</summary>
/// <param name="Case">The instance, as literals that can be pasted into a regression example.</param>
/// <param name="Detail">The quantities that decided it.</param>
/// <param name="Seed">The engine's seed of the failing test: <c>--seed</c> <see cref="ReplaySeed"/> <c>--size</c> <see cref="Size"/> reproduces it.</param>
/// <param name="Choices">The shrunk choice sequence: <c>--replay</c> with it evaluates exactly this case.</param>
public sealed record Counterexample(
    string Case,
    string Detail,
    double Violation,
    CounterexampleClass Class,
    ulong Seed,
    ulong Gamma,
    int Size,
    int Shrinks,
    int[] Choices)
{
    public string ChoicesLiteral => Choices.Length == 0 ? "0" : string.Join(",", Choices);

    /// <summary>The seed as the command line takes it: "S", or "S:G" when FsCheck's generator gamma is not the default.</summary>
    public string ReplaySeed =>
        Gamma == 0 || Gamma == FsCheckEngine.Gamma ? Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Seed}:{Gamma}";
}
