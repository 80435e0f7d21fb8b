using System.Buffers.Binary;
using System.IO.Compression;

namespace Verification.Data.Mnist;

/// <summary>
/// The standard MNIST IDX files (big-endian header: magic 0x00000803 and count, rows, columns for images; 0x00000801 and
/// count for labels; then one unsigned byte per pixel or label), plain or gzipped (recognised by content, not by name).
/// Hand-written because no library here reads IDX: the format is twenty lines.
/// </summary>
public static class IdxReader
{
    private const int ImagesMagic = 0x0803;
    private const int LabelsMagic = 0x0801;

    /// <summary>The four files the folder given with --mnist must hold, each possibly with ".gz" appended.</summary>
    public static readonly string[] FileNames =
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    private const string Needs = "the --mnist folder needs train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and "
        + "t10k-labels-idx1-ubyte, gzipped or not";

    /// <summary>The training and test sets from a folder with the four standard files.</summary>
    public static MnistData LoadFolder(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory)) throw new MnistDataException($"MNIST data missing: the IDX folder '{directory}' does not exist ({Needs})");
        var train = Load(Find(directory, "train-images-idx3-ubyte"), Find(directory, "train-labels-idx1-ubyte"));
        var test = Load(Find(directory, "t10k-images-idx3-ubyte"), Find(directory, "t10k-labels-idx1-ubyte"));
        return new MnistData($"IDX files in {Path.GetFullPath(directory)}", train, test);
    }

    /// <summary>One image file and its label file.</summary>
    public static MnistImages Load(string imagesPath, string labelsPath)
    {
        var images = ReadAll(imagesPath);
        var labels = ReadAll(labelsPath);
        var n = Header(images, imagesPath, ImagesMagic, 16);
        var rows = BinaryPrimitives.ReadInt32BigEndian(images.AsSpan(8));
        var columns = BinaryPrimitives.ReadInt32BigEndian(images.AsSpan(12));
        if (rows != MnistImages.Rows || columns != MnistImages.Columns)
            throw Bad(imagesPath, $"images are {rows}×{columns}, not 28×28");
        var need = 16 + (long)n * MnistImages.PixelsPerImage;
        if (images.LongLength != need) throw Bad(imagesPath, $"{images.LongLength} bytes, but the header's {n} images of 28×28 need {need} (truncated?)");
        var m = Header(labels, labelsPath, LabelsMagic, 8);
        if (labels.LongLength != 8 + (long)m) throw Bad(labelsPath, $"{labels.LongLength} bytes, but the header's {m} labels need {8 + (long)m} (truncated?)");
        if (m != n) throw Bad(labelsPath, $"{m} labels for the {n} images of {Path.GetFileName(imagesPath)}");
        var label = labels.AsSpan(8).ToArray();
        var at = Array.FindIndex(label, l => l >= MnistImages.Classes);
        if (at >= 0) throw Bad(labelsPath, $"label {label[at]} at index {at} is not a digit 0 … 9");
        var pixels = new float[n * MnistImages.PixelsPerImage];
        var bytes = images.AsSpan(16);
        for (var i = 0; i < pixels.Length; i++) pixels[i] = bytes[i] / 255f;
        return new MnistImages(pixels, label);
    }

    private static int Header(byte[] data, string path, int magic, int headerBytes)
    {
        if (data.Length < headerBytes) throw Bad(path, $"{data.Length} bytes, shorter than the {headerBytes}-byte IDX header (truncated?)");
        var found = BinaryPrimitives.ReadInt32BigEndian(data);
        if (found != magic) throw Bad(path, $"magic number 0x{found:x8}, not 0x{magic:x8} (not an IDX {(magic == ImagesMagic ? "image" : "label")} file)");
        var n = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4));
        if (n <= 0) throw Bad(path, $"the header says {n} items");
        return n;
    }

    private static string Find(string directory, string name)
    {
        // also the dotted spelling some mirrors use (train-images.idx3-ubyte)
        var dotted = name.Replace("-idx", ".idx", StringComparison.Ordinal);
        foreach (var candidate in new[] { name, name + ".gz", dotted, dotted + ".gz" })
        {
            var path = Path.Combine(directory, candidate);
            if (File.Exists(path)) return path;
        }
        throw new MnistDataException($"MNIST data missing: no {name} (or {name}.gz) in '{directory}' ({Needs})");
    }

    private static byte[] ReadAll(string path)
    {
        try
        {
            var raw = File.ReadAllBytes(path);
            if (raw.Length < 2 || raw[0] != 0x1f || raw[1] != 0x8b) return raw;
            using var gz = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var copy = new MemoryStream();
            gz.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw Bad(path, $"cannot be read: {e.Message}", e);
        }
    }

    private static MnistDataException Bad(string path, string what, Exception? inner = null)
    {
        var message = $"MNIST data bad: {path}: {what} ({Needs})";
        return inner is null ? new MnistDataException(message) : new MnistDataException(message, inner);
    }
}
