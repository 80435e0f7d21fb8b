namespace Verification.Harness;

/// <summary>The budget profiles. <c>Ci</c> is what <c>dotnet test</c> runs (fixed seed); <c>Quick</c> is the default of
/// <c>verification check</c>; <c>Deep</c> is on demand. Budgets are case counts, never wall-clock deadlines.</summary>
public enum Profile { Ci, Quick, Standard, Deep }
