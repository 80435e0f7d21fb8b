using Verification.Data.Mnist;
using Verification.Harness;
using Verification.Spec;
using Verification.Tests.Data.Mnist;
using Xunit;

namespace Verification.Tests.Spec;

public static partial class SbgTests
{
    /// <summary>
    /// Figs. 2 (MNIST) and 6: the claim's machinery on the committed fixture (three digits per class: fast, and a verdict that
    /// says nothing about the paper), without data (inconclusive with the reason), and its recorded verdict on the real package.
    /// </summary>
    public sealed class Mnist
    {
        private static MnistData Fixture()
        {
            var root = MnistFixture.TempCache();
            try
            {
                return MnistLoader.LoadCached(MnistFixture.Cache(root, MnistFixture.FixturePack()));
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        [Claim("SBG.MNIST")]
        public void Runs_thirty_fixed_runs_on_the_fixture_at_every_budget()
        {
            var c = new Sbg.Mnist(Fixture);
            var ci = c.Run(RunRequest.For(c, Profile.Ci));
            var deep = c.Run(RunRequest.For(c, Profile.Deep));
            Assert.Equal(30, ci.Cases);
            Assert.Equal(0, ci.Inconclusive);
            Assert.Equal(ci.Verdict, deep.Verdict);
            Assert.Equal(ci.Note, deep.Note);
            Assert.Equal(EvidenceLevel.Statistical, ci.Evidence!.Level);
            // the wrong variant (large initialisation linear too) is rejected on the fixture as well
            Assert.Equal(Verdict.Fails, c.Run(RunRequest.For(c, Profile.Ci, context: new Context(Variant: "large-init-linear"))).Verdict);
        }

        [Fact]
        public void Without_data_the_claim_is_inconclusive_with_the_fetch_command_and_trains_nothing()
        {
            var empty = MnistFixture.TempCache();
            try
            {
                var c = new Sbg.Mnist(() => MnistLoader.Load(new MnistOptions { CacheDirectory = empty, FetchIfMissing = false }));
                var run = c.Run(RunRequest.For(c, Profile.Ci));
                Assert.Equal(Verdict.Inconclusive, run.Verdict);
                Assert.Equal(0, run.Cases);
                MnistFixture.AssertOneLine(run.Note, "MNIST data missing", MnistLoader.FetchCommand);
            }
            finally
            {
                Directory.Delete(empty, true);
            }
        }

        /// <summary>The recorded verdict on the real package (30 runs of the fixed configuration; the cost is stated in the README).</summary>
        [NpmFact]
        public void Recorded_verdict_on_the_real_package() => ClaimAssert.Verdict("SBG.MNIST");
    }
}
