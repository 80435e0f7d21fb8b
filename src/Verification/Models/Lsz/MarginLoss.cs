using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>A margin loss ℓ(z) of z = y·φ(x, w) with its first two derivatives.</summary>
public abstract class MarginLoss
{
    public abstract double Value(double z);
    public abstract double D1(double z);
    public abstract double D2(double z);
    public abstract string Name { get; }

    /// <summary>The paper's logit (binary cross-entropy) loss ℓ(z) = ln(1 + e^(−z)).</summary>
    public static readonly MarginLoss Logistic = new LogisticLoss();

    /// <summary>The exponential loss e^(−z), used to weaken the hypothesis "the loss is logistic".</summary>
    public static readonly MarginLoss Exponential = new ExponentialLoss();

    private sealed class LogisticLoss : MarginLoss
    {
        public override double Value(double z) => z > 0 ? Log1PExp(-z) : -z + Log1PExp(z);

        /// <summary>ln(1 + e^t), t ≤ 0, to relative accuracy: ln(1 + x) by Goldberg's ln(u)·x/(u − 1), u = fl(1 + x), which
        /// cancels the rounding of 1 + x (Math.Log(1 + x) returns 0 for x below 2⁻⁵³, i.e. ℓ(z) = 0 for z ≳ 37, and loses
        /// relative accuracy well before).</summary>
        private static double Log1PExp(double t)
        {
            var x = Math.Exp(t);
            var u = 1 + x;
            return u == 1 ? x : Math.Log(u) * x / (u - 1);
        }
        /// <summary>ℓ'(z) = −1/(1 + e^z).</summary>
        public override double D1(double z) => z > 0 ? -Math.Exp(-z) / (1 + Math.Exp(-z)) : -1 / (1 + Math.Exp(z));
        /// <summary>ℓ''(z) = σ(z) σ(−z).</summary>
        public override double D2(double z) { var e = Math.Exp(-Math.Abs(z)); return e / ((1 + e) * (1 + e)); }
        public override string Name => "logistic";
    }

    private sealed class ExponentialLoss : MarginLoss
    {
        public override double Value(double z) => Math.Exp(-z);
        public override double D1(double z) => -Math.Exp(-z);
        public override double D2(double z) => Math.Exp(-z);
        public override string Name => "exponential";
    }
}
