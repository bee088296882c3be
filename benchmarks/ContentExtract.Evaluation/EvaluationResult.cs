using ContentExtract.Evaluation.Extractors;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation;

/// <summary>A page the extractor threw on; it was scored as an empty prediction.</summary>
internal sealed record PageFailure(string Page, string Error);

/// <summary>Extraction time over a set of pages.</summary>
internal sealed record PageTiming(int Pages, double TotalMilliseconds, double MedianMilliseconds)
{
    public static PageTiming Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double median = sorted.Length == 0 ? 0.0
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return new PageTiming(sorted.Length, sorted.Sum(), median);
    }
}

/// <summary>One evaluation, scored.</summary>
/// <param name="Evaluation">What was scored.</param>
/// <param name="Score">Every page's result and the figures over all pages, each half and each page type.</param>
/// <param name="Outcomes">The extractor's outcome for each page it ran on, by page key; cached pages have none.</param>
/// <param name="Failures">The pages the extractor threw on, in this run or in the cached one.</param>
internal sealed record EvaluationResult(CorpusEvaluation Evaluation, SlicedScore Score, IReadOnlyDictionary<string, PageOutcome> Outcomes, IReadOnlyList<PageFailure> Failures)
{
    public PageTiming Timing => PageTiming.Of(Outcomes.Values.Select(outcome => outcome.Milliseconds));

    /// <summary>The pages on which the judge doubted and asked SmartReader, and SmartReader's time on them.</summary>
    public PageTiming SecondOpinions => PageTiming.Of(Outcomes.Values
        .Select(outcome => outcome.Document.Selection?.SecondOpinionTime)
        .OfType<TimeSpan>()
        .Select(time => time.TotalMilliseconds));

    /// <summary>The number of pages whose result came from the SmartReader cache.</summary>
    public int CachedPages => Evaluation.Pages.Count - Outcomes.Count;

    public static EvaluationResult Of(CorpusEvaluation evaluation, IReadOnlyDictionary<(IPageExtractor, string), PageOutcome> outcomes)
    {
        var pageOutcomes = evaluation.ExtractedPages.ToDictionary(page => page.Key, page => outcomes[(evaluation.PageExtractor, page.Path)], StringComparer.Ordinal);
        var predictions = pageOutcomes.ToDictionary(entry => entry.Key, entry => entry.Value.Document, StringComparer.Ordinal);
        IReadOnlyList<PageResult> pages;
        if (evaluation.ReferenceExtractor is { } reference)
        {
            var references = evaluation.Pages.ToDictionary(page => page.Key, page => outcomes[(reference, page.Path)].Document, StringComparer.Ordinal);
            pages = evaluation.Metric.ScorePages(predictions, references);
        }
        else
        {
            pages = evaluation.Metric.ScorePages(predictions);
        }

        // A cached page's result replaces the one scored here on no prediction at all.
        var cached = evaluation.Cached;
        if (cached is not null)
        {
            pages = pages.Select(page => cached.TryGetValue(page.Page, out var entry) ? entry.Result : page).ToArray();
        }

        var failures = new List<PageFailure>();
        foreach (var page in evaluation.Pages)
        {
            string? failure = pageOutcomes.TryGetValue(page.Key, out var outcome) ? outcome.Failure : cached?.GetValueOrDefault(page.Key)?.Failure;
            if (failure is not null)
            {
                failures.Add(new PageFailure(page.Key, failure));
            }
        }

        return new EvaluationResult(evaluation, new SlicedScore(evaluation.Metric, pages), pageOutcomes, failures);
    }
}
