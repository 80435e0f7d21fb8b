namespace Verification.Cli;

/// <summary>Bad input to the tool: printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
