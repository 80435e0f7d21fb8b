namespace Verification.Tests.Spec;

/// <summary>
/// Sarussi, Brutzkus, Globerson: one nested class per section of the paper (spec/Sbg/Sbg.&lt;Section&gt;.cs), each its own xunit
/// collection, so the sections run in parallel.
/// </summary>
public static partial class SbgTests;
