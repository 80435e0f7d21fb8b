using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>A vector with an error estimate: <see cref="Error"/> bounds the Euclidean norm of the error.</summary>
public readonly record struct VectorEstimate(double[] Value, double Error);
