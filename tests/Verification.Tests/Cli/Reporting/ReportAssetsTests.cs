using System.Text.RegularExpressions;
using Verification.Cli.Reporting;
using Verification.Experiments;
using Xunit;

namespace Verification.Tests.Cli.Reporting;

/// <summary>What the report folder needs offline (KaTeX, pinned), and the paper-form figures built from the experiments' outputs.</summary>
public class ReportAssetsTests
{
    [Fact]
    public void KaTeX_is_embedded_at_its_pinned_version_with_its_licence_and_every_woff2_font_its_stylesheet_names()
    {
        Assert.Matches(@"^katex@\d+\.\d+\.\d+ sha512-[A-Za-z0-9+/=]+$", Assets.KatexVersion);
        foreach (var f in new[] { "katex/katex.min.js", "katex/katex.min.css", "katex/LICENSE" }) Assert.Contains(f, Assets.KatexFiles);
        var folder = Path.Combine(Path.GetTempPath(), "katex-assets-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assets.CopyKatex(folder);
            Assert.Contains("MIT", File.ReadAllText(Path.Combine(folder, "katex", "LICENSE")), StringComparison.Ordinal);
            var css = File.ReadAllText(Path.Combine(folder, "katex", "katex.min.css"));
            var fonts = Regex.Matches(css, @"url\((fonts/[^)]+\.woff2)\)").Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.True(File.Exists(Path.Combine(folder, "katex", f)), $"{f} is named by katex.min.css but not shipped"));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Without_a_provider_the_MNIST_section_has_no_runs()
    {
        Assert.Null(MnistRuns.Provider);
        Assert.Empty(MnistRuns.Load());
    }

    [Fact]
    public void The_LYX_weight_dynamics_figure_draws_the_Kelvin_picture_at_the_start_GC_entry_and_zero_loss()
    {
        var snap = ExperimentCatalog.Produce(ExperimentCatalog.Find("lyx-fig-weightdynamics")!, 0);
        var figures = PaperFigures.For("LYX", new Dictionary<string, Verification.Report.Snapshot> { [snap.Id] = snap }).ToList();
        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.Contains("ρ(θ)", string.Join(" ", f.Series.Select(s => s.Name)), StringComparison.Ordinal));
        // At zero loss every point lies inside ρ(θ) (LYX.Kelvin): the caption counts all 880.
        Assert.Contains("surrounds 880 of the 880 points", figures[^1].Caption, StringComparison.Ordinal);
        Assert.DoesNotContain("surrounds 880 of", figures[0].Caption, StringComparison.Ordinal);
    }
}
