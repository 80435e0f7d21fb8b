namespace Verification.Harness;

/// <summary>Which property-based engine drives generation and shrinking.</summary>
public enum Engine { FsCheck, Hedgehog }
