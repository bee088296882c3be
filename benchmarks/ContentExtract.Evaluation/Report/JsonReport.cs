using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentExtract.Evaluation.Extractors;

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
    IReadOnlyList<EvaluationEntry> Evaluations)
{
    private static readonly ReportJsonContext Json = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        // Keeps CJK page names and details readable instead of \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonReport Create(EvaluationOptions options, DateTimeOffset started, TimeSpan wallTime, IReadOnlyList<EvaluationResult> results) => new(
        options.CorpusRoot,
        options.SelectedSets,
        started,
        Math.Round(wallTime.TotalSeconds, 2),
        Environment.ProcessorCount,
        FigureTable.Of(results).ToDictionary(entry => entry.Key, entry => entry.Value.Value),
        TimingPerExtractor(results),
        results.Select(EvaluationEntry.Of).ToArray());

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
                .SelectMany(result => result.Evaluation.Pages.Select(page => (Identity: (result.Evaluation.PageExtractor, page.Path), result.Outcomes[page.Key].Milliseconds)))
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
            result.Score.Summary,
            result.Score.Figures.ToDictionary(figure => figure.Name, figure => figure.Value),
            result.Score.Pages.Count,
            result.Score.Missing,
            result.Failures.ToArray(),
            Math.Round(timing.TotalMilliseconds, 1),
            Math.Round(timing.MedianMilliseconds, 2),
            result.Score.Pages.Select(page => new PageEntry(
                page.Page,
                page.Score,
                page.Detail,
                result.Outcomes.TryGetValue(page.Page, out PageOutcome? outcome) ? Math.Round(outcome.Milliseconds, 2) : null)).ToArray());
    }
}

/// <param name="Milliseconds">Extraction time; null for a gold page without a page file.</param>
internal sealed record PageEntry(string Page, double Score, string Detail, double? Milliseconds);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
