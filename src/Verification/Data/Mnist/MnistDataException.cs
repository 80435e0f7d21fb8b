namespace Verification.Data.Mnist;

/// <summary>
/// MNIST data missing or bad. The message is one line that names what is missing or wrong and the command that fetches the
/// data; the command-line tool prints it with exit code 2 and <see cref="MnistLoader.TryLoad"/> returns it as the reason.
/// </summary>
public sealed class MnistDataException : Exception
{
    public MnistDataException() { }

    public MnistDataException(string message) : base(message) { }

    public MnistDataException(string message, Exception inner) : base(message, inner) { }
}
