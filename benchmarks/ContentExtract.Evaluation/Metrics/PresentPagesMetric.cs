namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// A metric restricted to the gold pages a form of the corpus has a file for. A text tool that printed nothing for a
/// page left no dump (wcxb: w3m has 710 of the 711 article dumps), and the text-only wcxb dumps exist for article
/// pages only: such a page is not a page of that set, rather than a page scored as empty.
/// </summary>
internal sealed class PresentPagesMetric(ICorpusMetric metric, IReadOnlySet<string> presentKeys) : ICorpusMetric
{
    public bool HasPageF1 => metric.HasPageF1;

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions) =>
        metric.ScorePages(predictions).Where(page => presentKeys.Contains(page.Page)).ToArray();

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions, IReadOnlyDictionary<string, ExtractedDocument> references) =>
        metric.ScorePages(predictions, references).Where(page => presentKeys.Contains(page.Page)).ToArray();

    public CorpusScore Summarize(IReadOnlyList<PageResult> pages) => metric.Summarize(pages);
}
