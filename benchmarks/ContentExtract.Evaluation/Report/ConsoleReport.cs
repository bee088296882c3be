using System.Globalization;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Report;

/// <summary>Prints each evaluation's summary line with its halves and worst pages, and at the end all summary lines together.</summary>
internal static class ConsoleReport
{
    private const int WorstPageCount = 10;

    public static void PrintEvaluation(TextWriter output, EvaluationResult result)
    {
        output.WriteLine(SummaryLine(result));
        PrintHalves(output, result, "    ");
        if (result.Score.All.Missing > 0)
        {
            output.WriteLine($"    {result.Score.All.Missing} gold pages have no page file or dump and were scored as empty");
        }

        foreach (var failure in result.Failures.Take(WorstPageCount))
        {
            output.WriteLine($"    failed {failure.Page}: {failure.Error}");
        }

        if (result.Failures.Count > WorstPageCount)
        {
            output.WriteLine($"    … and {result.Failures.Count - WorstPageCount} more failed pages (--report lists them all)");
        }

        // A page that scored full marks is not among the worst, even when fewer than ten did worse.
        foreach (var page in result.Score.Pages.Where(page => page.Score < 1.0).OrderBy(page => page.Score).ThenBy(page => page.Page, StringComparer.Ordinal).Take(WorstPageCount))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    worst {page.Score:F3} {page.Page} ({PageHalves.Name(page.Half)})  {page.Detail}"));
        }

        output.WriteLine();
    }

    public static void PrintSummary(TextWriter output, IReadOnlyList<EvaluationResult> results)
    {
        output.WriteLine("Summary");
        foreach (var result in results)
        {
            output.WriteLine("  " + SummaryLine(result));
            PrintHalves(output, result, "      ");
        }

        output.WriteLine();
    }

    public static void PrintRunTime(TextWriter output, TimeSpan wallTime) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run time {wallTime.TotalSeconds:F1} s on {Environment.ProcessorCount} cores."));

    // Every figure with its tune and check halves beside it, then the same for each page type.
    private static void PrintHalves(TextWriter output, EvaluationResult result, string indent)
    {
        output.WriteLine($"{indent}{FigureFormat.WithHalves(result.Score)}");

        // A set of one page type (wcxb's dumps are all articles) would only print the line above again.
        foreach (string type in result.Score.PageTypes.Count > 1 ? result.Score.PageTypes : [])
        {
            int pages = result.Score.Of(null, type).Pages.Count;
            output.WriteLine($"{indent}{type,-13} n={pages,-4} {FigureFormat.WithHalves(result.Score, type)}");
        }
    }

    private static string SummaryLine(EvaluationResult result)
    {
        var timing = result.Timing;
        string source = result.CachedPages == 0 ? string.Empty
            : result.Outcomes.Count == 0 ? "from the SmartReader cache"
            : $"{result.CachedPages} pages from the SmartReader cache, ";
        string extraction = result.Outcomes.Count == 0 ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"median {timing.MedianMilliseconds:F1} ms/page, total {timing.TotalMilliseconds / 1000:F1} s");
        var asked = result.SecondOpinions;
        string opinions = asked.Pages == 0 || result.Outcomes.Count == 0 ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"; SmartReader asked on {asked.Pages} ({100.0 * asked.Pages / result.Outcomes.Count:F0} %), {asked.TotalMilliseconds / 1000:F1} s");
        return $"{result.Evaluation.Corpus,-17} {result.Evaluation.Extractor,-25} {result.Score.All.Summary}  [failed {result.Failures.Count}, {source}{extraction}{opinions}]";
    }
}
