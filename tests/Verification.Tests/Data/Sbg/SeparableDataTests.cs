using FsCheck.Xunit;
using Verification.Arithmetic;
using Verification.Data.Sbg;
using Verification.Harness;
using Xunit;
using static Verification.Tests.Rationals;

namespace Verification.Tests.Data.Sbg;

/// <summary>Separable training sets: exact sets with their margins on fixed and arbitrary choices, and the Gaussian sets of the experiments.</summary>
[Trait("Paper", "SBG")]
public class SeparableDataTests
{
    [Property(MaxTest = 100)]
    public void Separable_sets_have_their_margins(int[] raw, byte d0, byte n0, bool antipodal, bool weaken)
    {
        var (d, n) = (d0 % 3 + 1, n0 % 4 + 1);
        var c = new Choices(raw ?? []);
        var s = SeparableData.Exact(c, d, n, antipodal, weaken);
        var w = s.Teacher!;
        Assert.Contains(w, x => x.Sign != 0);
        Assert.Equal(antipodal ? 2 * Math.Max(1, n / 2) : n, s.N);
        for (var i = 0; i < s.N; i++)
        {
            var margin = s.Y[i] * Vec.Dot<Rational>(w, s.X[i]);
            Assert.True(margin <= 3 && margin >= (weaken ? -1 : 1));
            if (antipodal && i % 2 == 1) { Assert.Equal(Vec.Scale(Rational.NegativeOne, s.X[i - 1]), s.X[i]); Assert.Equal(-s.Y[i - 1], s.Y[i]); }
        }
    }

    [Fact]
    public void Separable_points_and_teachers_on_fixed_choices()
    {
        Assert.Equal([Rational.One, Rational.Zero], SeparableData.Teacher(new Choices([]), 2)); // the zero vector is replaced
        Assert.Equal([Q(1), Q(-1, 2)], SeparableData.Teacher(new Choices([0, 1, 1, 2]), 2));
        Rational[] w = [1, 2];
        var p = SeparableData.Point(new Choices([0, 1, 0, 0]), w, -1, Q(3, 2)); // z = (1, 0) minus its projection on w
        Assert.Equal(Q(-3, 2), Vec.Dot<Rational>(w, p));
        Assert.Equal(Vec.Add(Vec.Scale(Q(-3, 10), w), Vec.Sub([1, 0], Vec.Scale(Q(1, 5), w))), p);
        // A teacher with a zero component is kept (only the zero vector is replaced).
        Assert.Equal([Rational.Zero, Rational.One], SeparableData.Teacher(new Choices([0, 0, 0, 1]), 2));
        // Exact sets on fixed choices: w* = (1); point 1: y = −1, s = lowest; point 2: y = +1, s = 3.
        int[] raw = [0, 1, 1, 0, 0, 0, 0, 0, 0, 2, 0, 0];
        var strong = SeparableData.Exact(new Choices(raw), 1, 2);
        Assert.Equal([-1, 1], strong.Y);
        Assert.Equal([[Q(-1)], [Q(3)]], strong.X);
        var weak = SeparableData.Exact(new Choices(raw), 1, 2, weakenMargin: true); // s ∈ [−1, 3]: the lowest is −1
        Assert.Equal([[Q(1)], [Q(1)]], weak.X); // s = −1 and −1 + 2
    }

    /// <summary>Both labels and, with the margin hypothesis weakened, margins below 1 are reachable; raw 0 gives label +1.</summary>
    [Fact]
    public void Separable_labels_and_weakened_margins_are_reachable()
    {
        Assert.Equal([1], SeparableData.Exact(new Choices([]), 1, 1).Y);
        var rng = new Random(5);
        var (negative, lowMargin, strictLowMargin) = (false, false, false);
        for (var k = 0; k < 200; k++)
        {
            var raw = Enumerable.Range(0, 40).Select(_ => rng.Next(0, 8)).ToArray();
            var weak = SeparableData.Exact(new Choices(raw), 2, 3, weakenMargin: true);
            var strict = SeparableData.Exact(new Choices(raw), 2, 3);
            for (var i = 0; i < 3; i++)
            {
                negative |= strict.Y[i] == -1;
                lowMargin |= weak.Y[i] * Vec.Dot<Rational>(weak.Teacher!, weak.X[i]) < 1;
                strictLowMargin |= strict.Y[i] * Vec.Dot<Rational>(strict.Teacher!, strict.X[i]) < 1;
            }
        }
        Assert.True(negative && lowMargin && !strictLowMargin);
    }

    [Fact]
    public void Gaussian_sets()
    {
        Assert.Equal("Need n ≥ 2, d ≥ 1, σ > 0 and gap > 0.",
            Assert.Throws<ArgumentException>(() => SeparableData.Gaussians(1, 1, 2, 1, 1, 0.5, false)).Message);
        Assert.Throws<ArgumentException>(() => SeparableData.Gaussians(1, 4, 0, 1, 1, 0.5, false));
        Assert.Throws<ArgumentException>(() => SeparableData.Gaussians(1, 4, 2, 1, 0, 0.5, false));
        Assert.Throws<ArgumentException>(() => SeparableData.Gaussians(1, 4, 2, 1, 1, 0, false));
        var smallest = SeparableData.Gaussians(1, 2, 1, 1, 1, 0.5, false); // n = 2, d = 1 are allowed
        Assert.Equal((2, 1), (smallest.N, smallest.Dimension));
        var s = SeparableData.Gaussians(7, 6, 3, 1.5, 1, 0.5, false);
        Assert.Equal((6, 3), (s.N, s.Dimension));
        Assert.Equal([1, -1, 1, -1, 1, -1], s.Y);
        Assert.All(Enumerable.Range(0, 6), i => Assert.True(s.Y[i] * s.X[i][0] >= 0.5));
        Assert.Equal([2.0, 0, 0], s.Teacher!);
        Assert.Equal(s.X, SeparableData.Gaussians(7, 6, 3, 1.5, 1, 0.5, false).X); // deterministic by seed
        Assert.NotEqual(s.X[0], SeparableData.Gaussians(8, 6, 3, 1.5, 1, 0.5, false).X[0]);
        // The mean shifts the first coordinate only: with σ tiny the points sit at (±m, 0, 0).
        var tight = SeparableData.Gaussians(3, 4, 2, 2, 1e-9, 1, false);
        Assert.All(Enumerable.Range(0, 4), i => { Assert.Equal(tight.Y[i] * 2.0, tight.X[i][0], 6); Assert.Equal(0, tight.X[i][1], 6); });
        var a = SeparableData.Gaussians(7, 5, 2, 1.5, 1, 0.5, true);
        Assert.Equal(4, a.N);
        for (var i = 0; i < 4; i += 2)
        {
            Assert.Equal((1, -1), (a.Y[i], a.Y[i + 1]));
            Assert.Equal(a.X[i].Select(v => -v), a.X[i + 1]);
        }
        var o = SeparableData.WithOutlier(a, [9, 9]);
        Assert.Equal(5, o.N);
        Assert.Equal([9.0, 9.0], o.X[4]);
        Assert.Equal(1, o.Y[4]);
        Assert.Same(a.Teacher, o.Teacher);
        var (w0, u0) = SeparableData.GaussianInit(11, 3, 2, 0.1);
        Assert.Equal((3, 2, 3, 2), (w0.Length, w0[0].Length, u0.Length, u0[1].Length));
        Assert.NotEqual(w0[0], u0[0]);
        Assert.Equal(w0, SeparableData.GaussianInit(11, 3, 2, 0.1).W);
        Assert.All(w0.Concat(u0).SelectMany(r => r), v => Assert.True(Math.Abs(v) < 0.6)); // 6σ
        Assert.True(w0.Concat(u0).SelectMany(r => r).Select(Math.Abs).Max() > 0.01);
        // The smallest valid Gaussian sets.
        Assert.Equal(2, SeparableData.Gaussians(1, 2, 1, 1, 1, 0.5, false).N);
    }
}
