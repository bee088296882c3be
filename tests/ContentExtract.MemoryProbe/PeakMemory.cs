using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ContentExtract.MemoryProbe;

/// <summary>What one probe cost, measured alone in a process of its own.</summary>
/// <param name="Name">The probe.</param>
/// <param name="InputBytes">The input's size in bytes, as a file holds it.</param>
/// <param name="BaselineBytes">The process's resident set once warmed up, before the probe (the input composed, the extractor's code compiled).</param>
/// <param name="OverBytes">The resident set's peak during the probe, over <paramref name="BaselineBytes"/>.</param>
/// <param name="AllocatedBytes">Everything the probe allocated (not a peak: the garbage collector takes most of it back as it goes).</param>
/// <param name="Outcome">What the extraction gave: <c>extracted</c>, a failure reason, or the archive's record counts.</param>
/// <param name="Milliseconds">How long the probe took.</param>
public sealed record ProbeResult(string Name, long InputBytes, long BaselineBytes, long OverBytes, long AllocatedBytes, string Outcome, long Milliseconds)
{
    /// <summary>The peak over the baseline as a multiple of the input's size.</summary>
    public double Ratio => (double)OverBytes / InputBytes;

    /// <summary>What the probe may take: <see cref="PeakMemory.Bound"/> of its input.</summary>
    public long BoundBytes => PeakMemory.Bound(InputBytes);
}

/// <summary>
/// Measures a probe's peak memory on Linux: the process's resident set (<c>VmRSS</c>) once it has composed the input,
/// extracted it once (so that compiling the code it reaches is not counted) and given back what the collector could, then
/// the peak resident set (<c>VmHWM</c>, reset through <c>/proc/self/clear_refs</c>) while it is extracted again. The
/// difference is what the page cost the process: its decoded text, parsed tree, segments and result, and whatever garbage
/// the collector let pile up before collecting. The process runs with the runtime's default settings, as the CLI does.
/// </summary>
public static class PeakMemory
{
    /// <summary>
    /// The most a page may take at its peak: <see cref="ExtractionOptions.MemoryBudgetFactor"/> (20) times its size, and
    /// never less than the least budget of any page (4 MiB, <see cref="ExtractionOptions.MinMemoryBudget"/>), which is what
    /// one extraction costs the process whatever the page (a 3 KB page takes 200-300 KB, the collector's unit of work).
    /// </summary>
    public static long Bound(long inputBytes) => Math.Max((long)ExtractionOptions.Default.MemoryBudgetFactor * inputBytes, ExtractionOptions.MinMemoryBudget);

    /// <summary>Runs <paramref name="probe"/> in this process and measures it; the process should do nothing else.</summary>
    public static ProbeResult MeasureHere(Probe probe)
    {
        byte[] input = probe.Compose();

        // Once before, so that compiling the code the page reaches is not counted; then everything the collector can
        // give back is given back, so that the measured run commits its memory anew.
        Run(probe, input);
        GiveBack();
        ResetPeak();
        long baseline = StatusBytes("VmRSS");
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        string outcome = Run(probe, input);
        long elapsed = clock.ElapsedMilliseconds;
        long peak = StatusBytes("VmHWM");
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        GC.KeepAlive(input);
        return new ProbeResult(probe.Name, input.Length, baseline, Math.Max(0, peak - baseline), allocated, outcome, elapsed);
    }

    /// <summary>
    /// Without SmartReader's second opinion, for counting allocations: it is asked only where the judge doubts, and a page
    /// and the same page repeated may differ in whether it is, a step that says nothing about how our own passes grow.
    /// </summary>
    private static readonly ContentExtractor WithoutSecondOpinion = new(new ExtractionOptions
    {
        DisabledRules = new HashSet<Pipeline.Rule> { Pipeline.Rule.SecondOpinionOnDoubt },
    });

    /// <summary>
    /// What one extraction of <paramref name="probe"/> allocates in this process (SmartReader's second opinion left out),
    /// after three to warm it. Run with
    /// tiered compilation off (<see cref="AllocationsInChild"/>), this is what the code allocates once the runtime has
    /// optimized it, as in a long run, not what unoptimized first calls add.
    /// </summary>
    public static long AllocationsHere(Probe probe)
    {
        byte[] input = probe.Compose();
        for (int i = 0; i < 3; i++)
        {
            Run(probe, input, WithoutSecondOpinion);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        Run(probe, input, WithoutSecondOpinion);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// <see cref="AllocationsHere"/> in a child process with tiered compilation off: every method is optimized before it
    /// first runs. With it on, AngleSharp's scope checks box an enum for every open element until the runtime recompiles
    /// them, which on a busy machine takes seconds: a page nested a thousand levels deep allocated five times as much in
    /// its first extractions as later.
    /// </summary>
    public static long AllocationsInChild(string name) =>
        long.Parse(RunChild(name, "allocations", ("DOTNET_TieredCompilation", "0")), CultureInfo.InvariantCulture);

    /// <summary>Runs the probe of that name in a child process (this assembly, <c>measure &lt;name&gt;</c>) and reads its result.</summary>
    public static ProbeResult MeasureInChild(string name) =>
        JsonSerializer.Deserialize(RunChild(name, "measure"), ProbeJsonContext.Default.ProbeResult) ?? throw new InvalidOperationException($"probe {name} wrote nothing");

    /// <summary>Runs this assembly in a child process in <paramref name="mode"/> on the probe, and returns what it writes.</summary>
    private static string RunChild(string name, string mode, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(DotnetHost(), [typeof(PeakMemory).Assembly.Location, mode, name])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("the probe process did not start");
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEndAsync();
        if (!child.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            child.Kill();
            throw new TimeoutException($"probe {name} ran for more than 5 minutes");
        }

        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"probe {name} exited with {child.ExitCode}: {error.Result}{output.Result}");
        }

        return output.Result.Trim();
    }

    private static string Run(Probe probe, byte[] input, ContentExtractor? extractor = null)
    {
        extractor ??= ContentExtractor.Default;
        try
        {
            if (probe.Kind == ProbeKind.Archive)
            {
                return RunArchive(extractor, input).GetAwaiter().GetResult();
            }

            var document = extractor.Extract(input, probe.Mode);
            GC.KeepAlive(document);
            return "extracted";
        }
        catch (ContentExtractionException ex)
        {
            return ex.Failure.ToString();
        }
    }

    private static async Task<string> RunArchive(ContentExtractor extractor, byte[] archive)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var result in extractor.ExtractArchiveAsync(new MemoryStream(archive)).ConfigureAwait(false))
        {
            string key = result.Outcome.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"));
    }

    private static void GiveBack()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Resets the peak resident set to the current one (Linux 4.0 and later); without it the peak is the process's whole life's.</summary>
    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A size field of <c>/proc/self/status</c>, in bytes.</summary>
    private static long StatusBytes(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new PlatformNotSupportedException($"no {field} in /proc/self/status: peak memory is measured on Linux only");
    }

    /// <summary>The dotnet host that runs this process (the test host's, under dotnet test), else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
    }
}

/// <summary>
/// The probe's result as JSON without reflection: the test project that reads it turns reflection-based serialization
/// off, as a trimmed or AOT application does.
/// </summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(ProbeResult))]
internal sealed partial class ProbeJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
