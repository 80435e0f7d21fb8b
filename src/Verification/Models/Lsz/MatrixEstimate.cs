using Verification.Arithmetic;
using Verification.Data.Lsz;
using Verification.Numerics;

namespace Verification.Models.Lsz;

/// <summary>A symmetric matrix with an error estimate (bound on each entry's error).</summary>
public readonly record struct MatrixEstimate(double[,] Value, double Error);
