using System.Diagnostics;

namespace ContentExtract.Tests.Support;

/// <summary>
/// Checks that a pass grows linearly with its input, not that it is fast: the time at four times the size may be at
/// most six times the time at one size (plus a fixed allowance for noise on a shared machine), under a generous cap.
/// </summary>
internal static class Growth
{
    /// <summary>The collection of timed tests (<see cref="GrowthCollection"/>): they run alone, not beside the rest of the suite.</summary>
    public const string Collection = "Timed growth checks";

    private static readonly TimeSpan Allowance = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs <paramref name="run"/> on <paramref name="make"/>(n) and (4n) and fails on super-linear growth or the cap.</summary>
    public static void AssertLinear<T>(Func<int, T> make, Action<T> run, int n, TimeSpan cap)
    {
        var small = make(n);
        var large = make(4 * n);
        run(make(Math.Max(1, n / 8)));     // JIT and first-use costs out of the way

        // The least of a few runs: other work on the machine only ever adds time.
        var one = Min(Measure(() => run(small)), Measure(() => run(small)), Measure(() => run(small)));
        var four = Measure(() => run(large));
        if (four > one * 6 + Allowance)
        {
            four = Min(four, Measure(() => run(large)), Measure(() => run(large)));
        }

        Assert.True(four < cap, $"4n = {4 * n}: {four.TotalMilliseconds:F0} ms, over the cap of {cap.TotalSeconds:F0} s");
        Assert.True(four <= one * 6 + Allowance, $"n = {n}: {one.TotalMilliseconds:F0} ms; 4n: {four.TotalMilliseconds:F0} ms (more than 6× the time at n)");
    }

    private static TimeSpan Measure(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static TimeSpan Min(params TimeSpan[] times) => times.Min();
}

/// <summary>Timed tests, and tests that count the process's allocations, run one at a time, with no other test beside them.</summary>
[CollectionDefinition(Growth.Collection, DisableParallelization = true)]
public sealed class GrowthCollection;
