using Verification.Data.Lsz;
using Verification.Harness;
using Verification.Models.Lsz;
using Verification.Spec;
using Xunit;
using static Verification.Data.Lsz.LszCases;

namespace Verification.Tests.Spec;

public static partial class LszTests
{
    /// <summary>
    /// Theorem 1's exponents retyped from the page and compared with the exponent each failure reports: phase 1, A₁t + B₁ with
    /// A₁ = 2c₀/(π‖w(0)‖) (doubled by the wrong variant) and B₁ = ln((1 + cos θ(0))/(1 − cos θ(0))); phase 2 as printed,
    /// A₂√(t − T) + C₂ + B₂ with A₂ = 4c₀/√(0.6π), B₂ = ln((1 + cos θ(T))/(1 − cos θ(T))) − 4c₀‖w(T)‖/(0.6π), C₂ = ‖w(T)‖²/0.6.
    /// The cases avoid the coincidences c₀ = ‖w(0)‖ = 1 and θ(0) = π/2 (B₁ = 0), under which wrong formulas agree with the page.
    /// </summary>
    public sealed class Section3_1Theorem1
    {
        private static readonly Lsz.Theorem1 Thm1 = (Lsz.Theorem1)ClaimAssert.Get("LSZ.Thm1");

        private static double E(double cos) => Math.Log((1 + cos) / (1 - cos));

        [Fact]
        public void Phase_one_exponent_is_A1_t_plus_B1_and_the_doubled_A1_fails_before_T()
        {
            // the circle of radius 2 (c₀ = 2), w(0) = (1.6, 1.2): ‖w(0)‖ = 2, cos θ(0) = 0.6, B₁ = ln 4
            var x = new Lsz.FlowCase(new SphericalPopulation(new CircleRadius(2), V(2)), [1.6, 1.2]);
            var e = Thm1.Evaluate(x, new Context(Variant: "A1-doubled"));
            Assert.Equal(Status.Fails, e.Status);
            var t = Number(e.Detail, "first violation at t = ", " (T = ");
            Assert.True(t <= Number(e.Detail, " (T = ", ", ‖w(T)‖"), e.Detail);
            var a1 = 2 * 2 * 2 / (Math.PI * 2);
            Assert.Equal(a1 * t + E(0.6), Number(e.Detail, "< printed exponent ", " (cos θ"), 1e-12);
            Assert.Equal(a1 * t + E(0.6) - Number(e.Detail, "θ)/(1−cos θ)) = ", " < printed"), e.Violation, 1e-12);
        }

        [Fact]
        public void Phase_two_exponent_as_printed_is_A2_root_plus_C2_plus_B2()
        {
            var x = new Lsz.FlowCase(new SphericalPopulation(new CircleRadius(2), V(2)), [1.6, 1.2]);
            var e = Thm1.Evaluate(x, Context.AsPrinted);
            Assert.Equal(Status.Fails, e.Status);
            var run = new Lsz.FlowRun(x, 10);
            var wT = run.WT!;
            var (tt, n) = (run.T!.Value, Math.Sqrt(wT.Sum(c => c * c)));
            var t = Number(e.Detail, "first violation at t = ", " (T = ");
            Assert.True(t > tt, e.Detail);
            const double c0 = 2;
            var printed = 4 * c0 / Math.Sqrt(0.6 * Math.PI) * Math.Sqrt(t - tt) + n * n / 0.6 + E(wT[1] / n) - 4 * c0 * n / (0.6 * Math.PI);
            Assert.Equal(printed, Number(e.Detail, "< printed exponent ", " (cos θ"), 1e-9);
            Assert.Equal(1 - 2 / (Math.Exp(printed) + 1), Number(e.Detail, "< bound ", ")"), 1e-12);
        }
    }
}
