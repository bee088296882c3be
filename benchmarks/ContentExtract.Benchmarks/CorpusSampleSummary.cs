using System.Globalization;
using BenchmarkDotNet.Reports;

namespace ContentExtract.Benchmarks;

/// <summary>
/// Boils <see cref="CorpusSampleBenchmarks"/> and <see cref="TextDumpSampleBenchmarks"/> down to the figures issue 15 is
/// judged on: the median over pages of ContentExtract's mean over the bare AngleSharp parse and over SmartReader on the
/// same page, the same for the bytes allocated, and the text path's megabytes a second, each printed beside its target. A median of per-page ratios, not a ratio of medians, so a few very large pages do not
/// decide it. Reads the <see cref="Summary"/> objects the switcher returns, so any <c>--filter</c> still works: with
/// no case of the class run it prints nothing, and a ratio whose rows were filtered out is reported as missing.
/// </summary>
internal static class CorpusSampleSummary
{
    private const string ContentExtract = nameof(CorpusSampleBenchmarks.ContentExtract);
    private const string SmartReader = nameof(CorpusSampleBenchmarks.SmartReader);
    private const string AngleSharpParse = nameof(CorpusSampleBenchmarks.AngleSharpParse);
    private const string WithoutSecondOpinion = nameof(CorpusSampleBenchmarks.ContentExtractWithoutSecondOpinion);

    public static void Print(IEnumerable<Summary> summaries, TextWriter output)
    {
        var all = summaries.SelectMany(summary => summary.Reports).ToList();
        var reports = all.Where(report => report.BenchmarkCase.Descriptor.Type == typeof(CorpusSampleBenchmarks)).ToList();

        // One block per job, so that a run with several jobs does not mix their times.
        foreach (var job in reports.GroupBy(report => report.BenchmarkCase.Job.DisplayInfo, StringComparer.Ordinal))
        {
            // page → method → mean time in nanoseconds; a case that failed has no statistics and is left out.
            var byPage = job
                .Where(report => report.ResultStatistics is not null)
                .GroupBy(report => (string)report.BenchmarkCase.Parameters[nameof(CorpusSampleBenchmarks.Page)]!, StringComparer.Ordinal)
                .ToList();
            var pages = byPage
                .Select(page => page.ToDictionary(report => report.BenchmarkCase.Descriptor.WorkloadMethod.Name, report => report.ResultStatistics!.Mean, StringComparer.Ordinal))
                .ToList();
            var allocations = byPage
                .Select(page => page
                    .Where(report => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is > 0)
                    .ToDictionary(report => report.BenchmarkCase.Descriptor.WorkloadMethod.Name, report => (double)report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)!.Value, StringComparer.Ordinal))
                .ToList();
            int failed = job.Count(report => report.ResultStatistics is null);

            output.WriteLine();
            output.WriteLine(Invariant($"// * CorpusSample summary ({job.Key}): {pages.Count} pages measured{(failed > 0 ? $", {failed} cases without a result" : string.Empty)} *"));
            output.WriteLine(Invariant($"Median over pages of ContentExtract / AngleSharp parse, time:       {Ratio(pages, AngleSharpParse)}  (issue 15 asks for at most 1.5)"));
            output.WriteLine(Invariant($"Median over pages of ContentExtract / SmartReader, time:            {Ratio(pages, SmartReader)}  (issue 15 asks for at most 0.35)"));
            output.WriteLine(Invariant($"Median over pages of ContentExtract / AngleSharp parse, allocated:  {Ratio(allocations, AngleSharpParse)}  (issue 15 asks for at most 3)"));
            output.WriteLine(Invariant($"Median over pages of ContentExtract / SmartReader, allocated:       {Ratio(allocations, SmartReader)}"));
            output.WriteLine(Invariant($"Median per-page time: ContentExtract {Time(pages, ContentExtract)}, SmartReader {Time(pages, SmartReader)}, AngleSharp parse {Time(pages, AngleSharpParse)}"));

            // A crawl pays the sum, not the median: SmartReader's second opinion is asked on a minority of pages, which it
            // makes several times slower, so it moves the sum far more than the median.
            output.WriteLine(Invariant($"Sum over pages (a crawl's time), / AngleSharp parse: ContentExtract {Total(pages, ContentExtract, AngleSharpParse)}, without second opinion {Total(pages, WithoutSecondOpinion, AngleSharpParse)}"));
            output.WriteLine(Invariant($"Median over pages of ContentExtract without second opinion / AngleSharp parse, time: {Ratio(pages, AngleSharpParse, WithoutSecondOpinion)}"));
            output.WriteLine("Times depend on the machine and its load; the ratios are the figures to compare.");
        }

        PrintTextPath(all.Where(report => report.BenchmarkCase.Descriptor.Type == typeof(TextDumpSampleBenchmarks)).ToList(), output);
    }

    /// <summary>Megabytes a second on the text dumps: over all dumps (their bytes over their times) and the median dump.</summary>
    private static void PrintTextPath(List<BenchmarkReport> reports, TextWriter output)
    {
        foreach (var job in reports.GroupBy(report => report.BenchmarkCase.Job.DisplayInfo, StringComparer.Ordinal))
        {
            var dumps = job
                .Where(report => report.ResultStatistics is not null)
                .Select(report => (Bytes: (double)TextDumpSample.Bytes((string)report.BenchmarkCase.Parameters[nameof(TextDumpSampleBenchmarks.Dump)]!), Nanoseconds: report.ResultStatistics!.Mean))
                .ToList();
            if (dumps.Count == 0)
            {
                continue;
            }

            double overall = dumps.Sum(dump => dump.Bytes) / dumps.Sum(dump => dump.Nanoseconds) * 1e3;
            double median = Median([.. dumps.Select(dump => dump.Bytes / dump.Nanoseconds * 1e3)]);
            output.WriteLine();
            output.WriteLine(Invariant($"// * TextDumpSample summary ({job.Key}): {dumps.Count} dumps measured *"));
            output.WriteLine(Invariant($"Text path, one thread: {overall:0.0} MB/s over all dumps, {median:0.0} MB/s on the median dump  (issue 15 asks for at least 100 MB/s)"));
        }
    }

    private static string Ratio(List<Dictionary<string, double>> pages, string denominator, string numerator = ContentExtract)
    {
        var ratios = pages
            .Where(page => page.ContainsKey(numerator) && page.ContainsKey(denominator))
            .Select(page => page[numerator] / page[denominator])
            .ToList();
        return ratios.Count == 0 ? "missing (no page has both rows)" : Invariant($"{Median(ratios):0.00} over {ratios.Count} pages");
    }

    /// <summary>The numerator's times summed over the pages that have both rows, over the denominator's on the same pages.</summary>
    private static string Total(List<Dictionary<string, double>> pages, string numerator, string denominator)
    {
        var both = pages.Where(page => page.ContainsKey(numerator) && page.ContainsKey(denominator)).ToList();
        return both.Count == 0 ? "missing" : Invariant($"{both.Sum(page => page[numerator]) / both.Sum(page => page[denominator]):0.00}");
    }

    private static string Time(List<Dictionary<string, double>> pages, string method)
    {
        var times = pages.Where(page => page.ContainsKey(method)).Select(page => page[method]).ToList();
        return times.Count == 0 ? "missing" : Invariant($"{Median(times) / 1e6:0.000} ms");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        int middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
