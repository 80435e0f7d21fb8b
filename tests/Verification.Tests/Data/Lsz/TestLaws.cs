using Verification.Data.Lsz;
using Xunit;

namespace Verification.Tests.Data.Lsz;

/// <summary>Radial laws by short name, shared by the tests of Data, Models and Dynamics/Lsz.</summary>
public static class TestLaws
{
    public static TheoryData<string> Laws => new() { "S1", "S2", "S4", "G2", "G5", "Mix3" };

    internal static RadialLaw Law(string name) => name switch
    {
        "S1" => new CircleRadius(),
        "S2" => new SphereProjectionRadius(3),
        "S4" => new SphereProjectionRadius(5),
        "G2" => new GaussianRadius(2),
        "G5" => new GaussianRadius(5),
        "Mix3" => new RadialMixture([(1, new SphereProjectionRadius(3, 0.5)), (2, new SphereProjectionRadius(3, 2)), (1, new GaussianRadius(3, 1.5))]),
        _ => throw new ArgumentException(name),
    };
}
