using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Dynamics.Lsz;
using Verification.Dynamics.Lyx;
using Verification.Dynamics.Sbg;
using Verification.Models.Lsz;
using Verification.Models.Lyx;
using Verification.Models.Sbg;
using Xunit;

namespace Verification.Tests.Harness;

/// <summary>
/// Issue 8: parameters outside a model's domain (negative learning rate, zero-dimensional data, empty data set, …) are
/// rejected at construction with a clear message, in every paper's models and dynamics. One row per case.
/// </summary>
public class BadParameterTests
{
    private static readonly Rational[][] W1 = [[1, 0]];
    private static readonly List<(Rational[], Rational)> OnePoint = [([1, 0], 1)];
    private static readonly Dataset<Rational> SbgData = new([[1, 0]], [1]);

    public static readonly TheoryData<string, string> Cases = new()
    {
        { "SBG trainer, learning rate 0", "learning rate must be positive" },
        { "SBG trainer, learning rate −1", "learning rate must be positive" },
        { "SBG trainer, neuron dimension differs from data", "dimensions differ" },
        { "SBG data set, empty", "training set is empty" },
        { "SBG data set, zero-dimensional points", "dimension d ≥ 1" },
        { "SBG data set, label 0", "Labels must be ±1" },
        { "SBG network, no neurons", "Need k ≥ 1" },
        { "SBG network, zero-dimensional neurons", "dimension d ≥ 1" },
        { "SBG convergence bound (Theorem 4.1), η = 0", "η must be positive" },
        { "LYX network, zero-dimensional weights", "Dimension must be at least 1" },
        { "LYX network, empty data set", "Empty data set" },
        { "LYX network, learning rate −1/10", "learning rate must be positive" },
        { "LYX journal V, k < n", "Need k ≥ n ≥ 1" },
        { "LYX polar grid, empty data set", "Empty data set" },
        { "LYX polar grid, learning rate 0", "learning rate must be positive" },
        { "LYX exact GD, empty data set", "Empty data set" },
        { "LYX exact GD, learning rate −1", "learning rate must be positive" },
        { "LYX annulus, m ≥ M", "Need 0 < m < M" },
        { "LYX population quadrature, tolerance 0", "tolerance must be positive" },
        { "LSZ population, one-dimensional v", "Dimension must be at least 2" },
        { "LSZ population, v not a unit vector", "v must be a unit vector" },
        { "LSZ Gaussian law, dimension 1", "Dimension must be at least 2" },
        { "LSZ sphere law, radius 0", "Radius must be positive" },
        { "LSZ point set, empty", "Empty point set" },
        { "LSZ GD, negative learning rate", "must be positive" },
    };

    private static void Construct(string name)
    {
        switch (name)
        {
            case "SBG trainer, learning rate 0": _ = new Trainer<Rational>(W1, W1, 1, new Rational(1, 2), SbgData, 0, Rational.FromDouble); break;
            case "SBG trainer, learning rate −1": _ = new Trainer<Rational>(W1, W1, 1, new Rational(1, 2), SbgData, -1, Rational.FromDouble); break;
            case "SBG trainer, neuron dimension differs from data":
                _ = new Trainer<Rational>([[1, 0, 0]], [[1, 0, 0]], 1, new Rational(1, 2), SbgData, 1, Rational.FromDouble); break;
            case "SBG data set, empty": _ = new Dataset<Rational>([], []); break;
            case "SBG data set, zero-dimensional points": _ = new Dataset<Rational>([[]], [1]); break;
            case "SBG data set, label 0": _ = new Dataset<Rational>([[1, 0]], [0]); break;
            case "SBG network, no neurons": _ = new LeakyReluNetwork<Rational>([], [], 1, new Rational(1, 2)); break;
            case "SBG network, zero-dimensional neurons": _ = new LeakyReluNetwork<Rational>([[]], [[]], 1, new Rational(1, 2)); break;
            case "SBG convergence bound (Theorem 4.1), η = 0": _ = new ConvergenceBound(Rx: 1, Alpha: 0.5, R0: 1, K: 2, Eta: 0, V: 1, WStarNorm: 1); break;
            case "LYX network, zero-dimensional weights": _ = new ConferenceNet<Rational>([[]], [[]], 0); break;
            case "LYX network, empty data set": _ = new ConferenceNet<Rational>(W1, W1, 0).MeanLoss([]); break;
            case "LYX network, learning rate −1/10": _ = new ConferenceNet<Rational>(W1, W1, 0).GdStep(OnePoint, new Rational(-1, 10)); break;
            case "LYX journal V, k < n": _ = JournalNet<Rational>.ConstructV(3, 2, 1); break;
            case "LYX polar grid, empty data set": _ = new PolarGridGd([], [0.0]); break;
            case "LYX polar grid, learning rate 0": new PolarGridGd([1.0], [0.0]).Run(PolarGridGd.Initialise(1, false, 1), 0, 10); break;
            case "LYX exact GD, empty data set": _ = new CommonDenominatorGd<long>([], W1, W1, 0, 1); break;
            case "LYX exact GD, learning rate −1": _ = new CommonDenominatorGd<long>([([1, 0], 1)], W1, W1, 0, -1); break;
            case "LYX annulus, m ≥ M": _ = new AnnulusDensity(2, 1); break;
            case "LYX population quadrature, tolerance 0": _ = new Population2D(new AnnulusDensity(1, 2), [[1.0, 0.5]], [0.3], [[1.0]], 0); break;
            case "LSZ population, one-dimensional v": _ = new PointsPopulation([[1.0]], [1.0]); break;
            case "LSZ population, v not a unit vector": _ = new SphericalPopulation(new CircleRadius(), [1.0, 1.0]); break;
            case "LSZ Gaussian law, dimension 1": _ = new GaussianRadius(1); break;
            case "LSZ sphere law, radius 0": _ = new SphereProjectionRadius(3, 0); break;
            case "LSZ point set, empty": _ = new PointsPopulation([], [1.0, 0.0]); break;
            case "LSZ GD, negative learning rate": GdRun.Run(new SphericalPopulation(new CircleRadius()), [1.0, 0.0], _ => -0.1, 3); break;
            default: throw new InvalidOperationException("unknown case " + name);
        }
    }

    [Theory, MemberData(nameof(Cases))]
    public void Rejected_at_construction_with_a_clear_message(string name, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Construct(name));
        Assert.Contains(message, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The enumeration can fail: valid parameters construct without complaint.</summary>
    [Fact]
    public void Valid_parameters_are_accepted()
    {
        _ = new Trainer<Rational>(W1, W1, 1, new Rational(1, 2), SbgData, new Rational(1, 10), Rational.FromDouble);
        _ = new ConferenceNet<Rational>(W1, W1, 0).GdStep(OnePoint, new Rational(1, 10));
        _ = new SphericalPopulation(new CircleRadius(), [0.6, 0.8]);
        _ = new AnnulusDensity(1, 2);
        _ = new ConvergenceBound(Rx: 1, Alpha: 0.5, R0: 1, K: 2, Eta: 0.1, V: 1, WStarNorm: 1);
    }
}
