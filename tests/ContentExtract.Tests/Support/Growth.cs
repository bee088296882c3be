using System.Diagnostics;

namespace ContentExtract.Tests.Support;

/// <summary>
/// Checks that a pass grows linearly with its input, not that it is fast: the time at four times the size may be at
/// most six times the time at one size (plus a fixed allowance for noise on a shared machine), under a generous cap.
/// Time is the test thread's own CPU time where the system reports it, so that other work on the machine does not count.
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

    /// <summary>
    /// The CPU time the test's thread spent in <paramref name="action"/> where the system tells it (Linux's
    /// <c>/proc/thread-self/schedstat</c>), else the time on the clock: on a loaded machine the clock also counts the time
    /// the thread waited for a core, which made a linear pass look quadratic at a load average of 19 on two cores.
    /// </summary>
    private static TimeSpan Measure(Action action)
    {
        long? before = ThreadCpuNanoseconds();
        var watch = Stopwatch.StartNew();
        action();
        var wall = watch.Elapsed;
        long? after = ThreadCpuNanoseconds();
        return before is { } start && after is { } end && end >= start ? TimeSpan.FromTicks((end - start) / 100) : wall;
    }

    private static long? ThreadCpuNanoseconds()
    {
        try
        {
            string stat = File.ReadAllText("/proc/thread-self/schedstat");
            int space = stat.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 && long.TryParse(stat.AsSpan(0, space), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long nanoseconds) ? nanoseconds : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    private static TimeSpan Min(params TimeSpan[] times) => times.Min();
}

/// <summary>Timed tests, and tests that count the process's allocations, run one at a time, with no other test beside them.</summary>
[CollectionDefinition(Growth.Collection, DisableParallelization = true)]
public sealed class GrowthCollection;
