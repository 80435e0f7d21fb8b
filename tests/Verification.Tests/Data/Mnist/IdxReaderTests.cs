using System.IO.Compression;
using Verification.Data.Mnist;
using Xunit;

namespace Verification.Tests.Data.Mnist;

public class IdxReaderTests
{
    private static string CopyFixture()
    {
        var dir = Directory.CreateTempSubdirectory("mnist-idx-").FullName;
        foreach (var f in Directory.GetFiles(MnistFixture.IdxFolder)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    private static MnistDataException Fails(string dir) => Assert.Throws<MnistDataException>(() => IdxReader.LoadFolder(dir));

    [Fact]
    public void The_fixture_folder_loads_as_a_training_and_a_test_set()
    {
        var data = IdxReader.LoadFolder(MnistFixture.IdxFolder);
        Assert.Equal(20, data.Train!.Count);
        Assert.Equal(10, data.Test!.Count);
        Assert.Equal(Enumerable.Repeat(2, 10), data.Train.CountPerClass());
        Assert.Equal(Enumerable.Range(0, 10).Select(d => (byte)d), data.Test.Labels.ToArray());
        Assert.Equal(30, data.All.Count);
        Assert.All(data.All.Pixels.ToArray(), v => Assert.InRange(v, 0f, 1f));
        Assert.Contains(MnistFixture.IdxFolder, data.Source, StringComparison.Ordinal);
        // every digit has ink: a reader that dropped the pixels would fail here
        Assert.All(Enumerable.Range(0, 30), i => Assert.True(data.All.Image(i).ToArray().Sum() > 20));
    }

    [Fact]
    public void Gzipped_and_plain_files_read_the_same()
    {
        var dir = CopyFixture();
        try
        {
            foreach (var gz in Directory.GetFiles(dir, "*.gz"))
            {
                using (var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress))
                using (var output = File.Create(gz[..^3])) input.CopyTo(output);
                File.Delete(gz);
            }
            foreach (var plain in Directory.GetFiles(dir, "t10k-*"))
            {
                using (var input = File.OpenRead(plain))
                using (var output = new GZipStream(File.Create(plain + ".gz"), CompressionLevel.Fastest)) input.CopyTo(output);
                File.Delete(plain);
            }
            var swapped = IdxReader.LoadFolder(dir);
            var original = IdxReader.LoadFolder(MnistFixture.IdxFolder);
            Assert.Equal(original.All.Pixels.ToArray(), swapped.All.Pixels.ToArray());
            Assert.Equal(original.All.Labels.ToArray(), swapped.All.Labels.ToArray());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void The_idx_and_npm_fixtures_hold_the_same_digits_up_to_byte_rounding()
    {
        var idx = IdxReader.LoadFolder(MnistFixture.IdxFolder);
        var root = MnistFixture.TempCache();
        try
        {
            var npm = MnistLoader.LoadCached(MnistFixture.Cache(root, MnistFixture.FixturePack())).All;
            // IDX training image i is digit i % 10, its (i / 10)-th of the class; the test set has each class's third
            for (var i = 0; i < 30; i++)
            {
                var (digit, nth) = i < 20 ? (i % 10, i / 10) : (i - 20, 2);
                var a = idx.All.Image(i);
                var b = npm.Image(digit * MnistFixture.PerClass + nth);
                Assert.Equal(digit, idx.All.Label(i));
                Assert.Equal(digit, npm.Label(digit * MnistFixture.PerClass + nth));
                // round(255 v)/255 is within half a grey level of v (plus float rounding)
                for (var p = 0; p < MnistImages.PixelsPerImage; p++) Assert.True(Math.Abs(a[p] - b[p]) <= 0.5 / 255 + 1e-6, $"image {i}, pixel {p}");
            }
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Theory]
    [InlineData("t10k-images-idx3-ubyte", 16 + 784 * 10 - 1, "truncated")]
    [InlineData("t10k-images-idx3-ubyte", 10, "shorter than the 16-byte IDX header")]
    [InlineData("t10k-labels-idx1-ubyte", 17, "truncated")]
    public void A_truncated_file_is_refused_in_one_line_naming_it(string file, int keep, string expected)
    {
        var dir = CopyFixture();
        try
        {
            var path = Path.Combine(dir, file);
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..keep]);
            MnistFixture.AssertOneLine(Fails(dir).Message, "MNIST data bad", file, expected);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData(0, 0x01, "magic number")]        // a label file's magic in an image file
    [InlineData(11, 27, "not 28×28")]           // rows = 27
    [InlineData(7, 11, "11 labels for the 10 images")] // label count
    [InlineData(8 + 4, 12, "label 12 at index 4 is not a digit")]
    public void A_corrupt_file_is_refused_in_one_line(int offset, byte value, string expected)
    {
        var dir = CopyFixture();
        try
        {
            var file = expected.Contains("label", StringComparison.Ordinal) ? "t10k-labels-idx1-ubyte" : "t10k-images-idx3-ubyte";
            var path = Path.Combine(dir, file);
            var bytes = File.ReadAllBytes(path);
            bytes[offset == 0 ? 3 : offset] = value;
            if (expected.StartsWith("11 labels", StringComparison.Ordinal)) bytes = [.. bytes, 0];
            File.WriteAllBytes(path, bytes);
            MnistFixture.AssertOneLine(Fails(dir).Message, "MNIST data bad", file, expected);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_corrupt_gzip_stream_is_refused()
    {
        var dir = CopyFixture();
        try
        {
            var path = Path.Combine(dir, "train-images-idx3-ubyte.gz");
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            MnistFixture.AssertOneLine(Fails(dir).Message, "MNIST data bad", "train-images-idx3-ubyte.gz");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_missing_file_is_named_with_what_the_folder_needs()
    {
        var dir = CopyFixture();
        try
        {
            File.Delete(Path.Combine(dir, "t10k-labels-idx1-ubyte"));
            MnistFixture.AssertOneLine(Fails(dir).Message, "MNIST data missing", "no t10k-labels-idx1-ubyte", "--mnist folder needs");
            MnistFixture.AssertOneLine(Fails(Path.Combine(dir, "nope")).Message, "MNIST data missing", "does not exist");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
