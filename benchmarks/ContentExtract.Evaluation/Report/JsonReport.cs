using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentExtract.Evaluation.Extractors;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Report;

/// <summary>The <c>--report</c> file: every figure, every page's score and time, and the time per extractor.</summary>
internal sealed record JsonReport(
    string CorpusRoot,
    IReadOnlyList<string> CorpusSets,
    DateTimeOffset Started,
    double WallSeconds,
    int ProcessorCount,
    IReadOnlyDictionary<string, double> Figures,
    IReadOnlyList<ExtractorTiming> Timing,
    IReadOnlyList<EvaluationEntry> Evaluations,
    IReadOnlyList<ComparisonEntry> SmartReaderComparisons)
{
    private static readonly ReportJsonContext Json = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        // Keeps CJK page names and details readable instead of \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonReport Create(EvaluationOptions options, DateTimeOffset started, TimeSpan wallTime, IReadOnlyList<EvaluationResult> results, IReadOnlyList<SmartReaderComparison> comparisons) => new(
        options.CorpusRoot,
        options.SelectedSets,
        started,
        Math.Round(wallTime.TotalSeconds, 2),
        Environment.ProcessorCount,
        FigureTable.Of(results, comparisons).OrderBy(entry => entry.Key, StringComparer.Ordinal).ToDictionary(entry => entry.Key, entry => entry.Value.Value),
        TimingPerExtractor(results),
        results.Select(EvaluationEntry.Of).ToArray(),
        comparisons.Select(ComparisonEntry.Of).ToArray());

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json.JsonReport));
    }

    // A page several corpora share (structure reuses articlebench pages) was extracted once and is counted once;
    // an injected page is the same file read by another extractor, and counts as a page of its own.
    private static ExtractorTiming[] TimingPerExtractor(IReadOnlyList<EvaluationResult> results) => results
        .GroupBy(result => result.Evaluation.Extractor, StringComparer.Ordinal)
        .Select(group =>
        {
            var timing = PageTiming.Of(group
                .SelectMany(result => result.Evaluation.ExtractedPages.Select(page => (Identity: (result.Evaluation.PageExtractor, page.Path), result.Outcomes[page.Key].Milliseconds)))
                .DistinctBy(page => page.Identity)
                .Select(page => page.Milliseconds));
            return new ExtractorTiming(group.Key, timing.Pages, Math.Round(timing.TotalMilliseconds, 1), Math.Round(timing.MedianMilliseconds, 2));
        })
        .ToArray();
}

internal sealed record ExtractorTiming(string Extractor, int Pages, double TotalMilliseconds, double MedianMillisecondsPerPage);

internal sealed record EvaluationEntry(
    string Corpus,
    string Extractor,
    string Summary,
    IReadOnlyDictionary<string, double> Figures,
    int Pages,
    int Missing,
    int CachedPages,
    IReadOnlyList<PageFailure> Failures,
    double TotalMilliseconds,
    double MedianMillisecondsPerPage,
    IReadOnlyList<PageEntry> PageScores)
{
    public static EvaluationEntry Of(EvaluationResult result)
    {
        var timing = result.Timing;
        return new EvaluationEntry(
            result.Evaluation.Corpus,
            result.Evaluation.Extractor,
            result.Score.All.Summary,
            result.Score.NamedFigures().ToDictionary(entry => entry.Name, entry => entry.Figure.Value),
            result.Score.Pages.Count,
            result.Score.All.Missing,
            result.CachedPages,
            result.Failures,
            Math.Round(timing.TotalMilliseconds, 1),
            Math.Round(timing.MedianMilliseconds, 2),
            result.Score.Pages.Select(page => new PageEntry(
                page.Page,
                PageHalves.Name(page.Half),
                page.PageType,
                page.Score,
                page.F1,
                page.Missing,
                page.Detail,
                result.Outcomes.TryGetValue(page.Page, out PageOutcome? outcome) ? Math.Round(outcome.Milliseconds, 2) : null)).ToArray());
    }
}

/// <summary>One page's score, with what it takes to slice the pages again: its half and page type.</summary>
/// <param name="Half"><c>tune</c> or <c>check</c>.</param>
/// <param name="PageType">wcxb's page type; null elsewhere.</param>
/// <param name="Score">What ranks the worst pages.</param>
/// <param name="F1">The page F1 collapses and the SmartReader comparison use; null where the metric has none.</param>
/// <param name="Missing">True for a gold page without a page file or dump.</param>
/// <param name="Milliseconds">Extraction time; null for a gold page without a page file, or one read from the SmartReader cache.</param>
internal sealed record PageEntry(string Page, string Half, string? PageType, double Score, double? F1, bool Missing, string Detail, double? Milliseconds);

/// <summary>ContentExtract against SmartReader on one corpus: collapses on each side and the pages it is far behind on.</summary>
internal sealed record ComparisonEntry(string Corpus, int ContentExtractCollapses, int SmartReaderCollapses, IReadOnlyList<BehindEntry> Behind)
{
    public static ComparisonEntry Of(SmartReaderComparison comparison) => new(
        comparison.Corpus,
        SlicedScore.Collapses(comparison.ContentExtract.Pages),
        SlicedScore.Collapses(comparison.SmartReader.Pages),
        comparison.Behind.Select(page => new BehindEntry(page.Page, PageHalves.Name(page.Half), page.PageType, page.ContentExtractF1, page.SmartReaderF1)).ToArray());
}

internal sealed record BehindEntry(string Page, string Half, string? PageType, double ContentExtractF1, double SmartReaderF1);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
