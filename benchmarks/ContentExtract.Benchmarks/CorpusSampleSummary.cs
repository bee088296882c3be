using System.Globalization;
using BenchmarkDotNet.Reports;

namespace ContentExtract.Benchmarks;

/// <summary>
/// Boils <see cref="CorpusSampleBenchmarks"/> down to the figure issue 10 asks for: the median over pages of
/// ContentExtract's mean over SmartReader's on the same page (and over the bare AngleSharp parse), with the median
/// per-page times beside them. A median of per-page ratios, not a ratio of medians, so a few very large pages do not
/// decide it. Reads the <see cref="Summary"/> objects the switcher returns, so any <c>--filter</c> still works: with
/// no case of the class run it prints nothing, and a ratio whose rows were filtered out is reported as missing.
/// </summary>
internal static class CorpusSampleSummary
{
    private const string ContentExtract = nameof(CorpusSampleBenchmarks.ContentExtract);
    private const string SmartReader = nameof(CorpusSampleBenchmarks.SmartReader);
    private const string AngleSharpParse = nameof(CorpusSampleBenchmarks.AngleSharpParse);

    public static void Print(IEnumerable<Summary> summaries, TextWriter output)
    {
        var reports = summaries
            .SelectMany(summary => summary.Reports)
            .Where(report => report.BenchmarkCase.Descriptor.Type == typeof(CorpusSampleBenchmarks))
            .ToList();

        // One block per job, so that a run with several jobs does not mix their times.
        foreach (var job in reports.GroupBy(report => report.BenchmarkCase.Job.DisplayInfo, StringComparer.Ordinal))
        {
            // page → method → mean time in nanoseconds; a case that failed has no statistics and is left out.
            var pages = job
                .Where(report => report.ResultStatistics is not null)
                .GroupBy(report => (string)report.BenchmarkCase.Parameters[nameof(CorpusSampleBenchmarks.Page)]!, StringComparer.Ordinal)
                .Select(page => page.ToDictionary(report => report.BenchmarkCase.Descriptor.WorkloadMethod.Name, report => report.ResultStatistics!.Mean, StringComparer.Ordinal))
                .ToList();
            int failed = job.Count(report => report.ResultStatistics is null);

            output.WriteLine();
            output.WriteLine(Invariant($"// * CorpusSample summary ({job.Key}): {pages.Count} pages measured{(failed > 0 ? $", {failed} cases without a result" : string.Empty)} *"));
            output.WriteLine(Invariant($"Median over pages of ContentExtract / SmartReader: {Ratio(pages, SmartReader)}  (issue 10 asks for at most 0.60)"));
            output.WriteLine(Invariant($"Median over pages of ContentExtract / AngleSharp parse: {Ratio(pages, AngleSharpParse)}"));
            output.WriteLine(Invariant($"Median per-page time: ContentExtract {Time(pages, ContentExtract)}, SmartReader {Time(pages, SmartReader)}, AngleSharp parse {Time(pages, AngleSharpParse)}"));
            output.WriteLine("Times depend on the machine and its load; the ratios are the figures to compare.");
        }
    }

    private static string Ratio(List<Dictionary<string, double>> pages, string denominator)
    {
        var ratios = pages
            .Where(page => page.ContainsKey(ContentExtract) && page.ContainsKey(denominator))
            .Select(page => page[ContentExtract] / page[denominator])
            .ToList();
        return ratios.Count == 0 ? "missing (no page has both rows)" : Invariant($"{Median(ratios):0.00} over {ratios.Count} pages");
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
