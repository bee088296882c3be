using System.Globalization;

namespace ContentExtract.Evaluation.Report;

/// <summary>Prints each evaluation's summary line with its worst pages, and at the end all summary lines together.</summary>
internal static class ConsoleReport
{
    private const int WorstPageCount = 10;

    public static void PrintEvaluation(TextWriter output, EvaluationResult result)
    {
        output.WriteLine(SummaryLine(result));
        if (result.Score.Missing > 0)
        {
            output.WriteLine($"    {result.Score.Missing} gold pages have no page file or dump and were scored as empty");
        }

        var failures = result.Failures.ToArray();
        foreach (var failure in failures.Take(WorstPageCount))
        {
            output.WriteLine($"    failed {failure.Page}: {failure.Error}");
        }

        if (failures.Length > WorstPageCount)
        {
            output.WriteLine($"    … and {failures.Length - WorstPageCount} more failed pages (--report lists them all)");
        }

        // A page that scored full marks is not among the worst, even when fewer than ten did worse.
        foreach (var page in result.Score.Pages.Where(page => page.Score < 1.0).OrderBy(page => page.Score).ThenBy(page => page.Page, StringComparer.Ordinal).Take(WorstPageCount))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    worst {page.Score:F3} {page.Page}  {page.Detail}"));
        }

        output.WriteLine();
    }

    public static void PrintSummary(TextWriter output, IReadOnlyList<EvaluationResult> results, TimeSpan wallTime)
    {
        output.WriteLine("Summary");
        foreach (var result in results)
        {
            output.WriteLine("  " + SummaryLine(result));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run time {wallTime.TotalSeconds:F1} s on {Environment.ProcessorCount} cores."));
    }

    private static string SummaryLine(EvaluationResult result)
    {
        var timing = result.Timing;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Evaluation.Corpus,-17} {result.Evaluation.Extractor,-25} {result.Score.Summary}  [failed {result.Failures.Count()}, median {timing.MedianMilliseconds:F1} ms/page, total {timing.TotalMilliseconds / 1000:F1} s]");
    }
}
