using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Microsoft.FSharp.Collections;
using HGen = Hedgehog.Linq.Gen;
using HRange = Hedgehog.Linq.Range;

namespace Verification.Harness;

/// <summary>What an engine found: the shrunk failing choice sequence, if any, and how to replay it.</summary>
internal sealed record EngineResult(int Tests, int[]? Failing, ulong Seed, ulong Gamma, int Size, int Shrinks);

/// <summary>Drives a predicate over choice sequences with FsCheck (generation, shrinking, replay by seed and size).</summary>
internal static class FsCheckEngine
{
    /// <summary>FsCheck's splittable generator needs an odd gamma; fixing it makes a single ulong a complete seed.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15;

    private static int Bound(int size) => 8 + size * size * 60;

    private static readonly Gen<int[]> Choices = FsCheck.Fluent.Gen.Sized(size =>
        FsCheck.Fluent.Gen.Choose(0, 96 + 4 * size).SelectMany(len => FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Choose(-Bound(size), Bound(size)), len)));

    public static EngineResult Run(Func<int[], bool> holds, int maxTest, ulong seed, ulong? gamma, int? replaySize)
    {
        int[]? lastFailing = null;
        bool Tracked(int[] raw)
        {
            var ok = holds(raw);
            if (!ok) lastFailing = raw;
            return ok;
        }

        var runner = new CaptureRunner();
        var property = Prop.ForAll(Arb.From(Choices, ChoiceShrinker.Shrink), (Func<int[], bool>)Tracked);
        var config = Config.Quick.WithMaxTest(maxTest).WithRunner(runner).WithQuietOnSuccess(true).WithEndSize(100);
        config = replaySize is int size ? config.WithReplay(seed, gamma ?? Gamma, size) : config.WithReplay(seed, gamma ?? Gamma);
        Check.One(config, property);
        var result = runner.Result ?? throw new InvalidOperationException("FsCheck reported no result.");
        if (result is TestResult.Failed failed)
        {
            // Item6 and Item7 are the generator state (seed and gamma) and size of the failing test: they replay it as the first test.
            return new EngineResult(failed.Item1.NumberOfTests, lastFailing ?? [], failed.Item6.Seed, failed.Item6.Gamma, failed.Item7,
                failed.Item1.NumberOfShrinks);
        }
        var tests = result is TestResult.Passed p ? p.Item1.NumberOfTests : maxTest;
        return new EngineResult(tests, null, seed, gamma ?? Gamma, 0, 0);
    }

    private sealed class CaptureRunner : IRunner
    {
        public TestResult? Result { get; private set; }
        public void OnStartFixture(Type t) { }
        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) { }
        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) { }
        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}

/// <summary>
/// Shrinks a choice sequence: shorter first (unread choices read as 0), then single choices towards 0. Hand-written because
/// FsCheck's default array shrinker deletes elements anywhere, which shifts every later choice and rarely keeps a failure.
/// </summary>
internal static class ChoiceShrinker
{
    public static IEnumerable<int[]> Shrink(int[] raw)
    {
        if (raw.Length == 0) yield break;
        for (var len = 0; len < raw.Length; len = len == 0 ? 1 : len * 2)
            yield return raw[..len];
        yield return raw[..^1];
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == 0) continue;
            foreach (var smaller in new[] { 0, raw[i] / 2, raw[i] - Math.Sign(raw[i]) }.Distinct())
            {
                if (smaller == raw[i]) continue;
                var copy = (int[])raw.Clone();
                copy[i] = smaller;
                yield return copy;
            }
        }
    }
}

/// <summary>Drives a predicate over choice sequences with Hedgehog (integrated shrinking), for the fuzzer.</summary>
internal static class HedgehogEngine
{
    public static EngineResult Run(Func<int[], bool> holds, int tests, ulong seed, int shrinkLimit = 2_000)
    {
        int[]? lastFailing = null;
        var gen = Hedgehog.Linq.GenExtensions.Select(
            Hedgehog.Linq.GenExtensions.List(HGen.Int32(HRange.LinearFromInt32(0, -600_000, 600_000)), HRange.LinearInt32(0, 500)),
            l => l.ToArray());
        var property = Hedgehog.Linq.PropertyExtensions.Select(Hedgehog.Linq.PropertyExtensions.ForAll(gen), raw =>
        {
            var ok = holds(raw);
            if (!ok) lastFailing = raw; // greedy shrinking: the last failing evaluation is the shrunk counterexample
            return ok;
        });
        var config = Hedgehog.PropertyConfig.withSeed(Hedgehog.SeedModule.from(seed), Hedgehog.PropertyConfig.Default)
            ;
        config = Hedgehog.Linq.PropertyConfigExtensions.WithShrinks(Hedgehog.Linq.PropertyConfigExtensions.WithTests(config, tests), shrinkLimit);
        var report = Hedgehog.Linq.PropertyExtensions.Report(property, config);
        if (report.Status is Hedgehog.Status.Failed f)
            return new EngineResult(report.Tests, lastFailing ?? [], seed, 0, 0, f.Item.Shrinks);
        return new EngineResult(report.Tests, null, seed, 0, 0, 0);
    }
}
