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
/// <param name="Score">The metric's result.</param>
/// <param name="Outcomes">The extractor's outcome for each page, by page key.</param>
internal sealed record EvaluationResult(CorpusEvaluation Evaluation, CorpusScore Score, IReadOnlyDictionary<string, PageOutcome> Outcomes)
{
    public IEnumerable<PageFailure> Failures =>
        Evaluation.Pages.Where(page => Outcomes[page.Key].Failure is not null).Select(page => new PageFailure(page.Key, Outcomes[page.Key].Failure!));

    public PageTiming Timing => PageTiming.Of(Outcomes.Values.Select(outcome => outcome.Milliseconds));

    public static EvaluationResult Of(CorpusEvaluation evaluation, IReadOnlyDictionary<(IPageExtractor, string), PageOutcome> outcomes)
    {
        var pageOutcomes = evaluation.Pages.ToDictionary(page => page.Key, page => outcomes[(evaluation.PageExtractor, page.Path)], StringComparer.Ordinal);
        var predictions = pageOutcomes.ToDictionary(entry => entry.Key, entry => entry.Value.Document, StringComparer.Ordinal);
        if (evaluation.ReferenceExtractor is { } reference)
        {
            var references = evaluation.Pages.ToDictionary(page => page.Key, page => outcomes[(reference, page.Path)].Document, StringComparer.Ordinal);
            return new EvaluationResult(evaluation, evaluation.Metric.Score(predictions, references), pageOutcomes);
        }

        return new EvaluationResult(evaluation, evaluation.Metric.Score(predictions), pageOutcomes);
    }
}
