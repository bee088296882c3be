using ContentExtract.Evaluation.Corpora;
using ContentExtract.Evaluation.Extractors;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation;

/// <summary>One extractor scored on one corpus: a summary line, a set of figures, and a JSON Lines file.</summary>
/// <param name="Corpus">The corpus set's name (<c>articlebench</c>, …).</param>
/// <param name="Extractor">The extractor's label (<c>ContentExtract</c>, <c>ContentExtract-text/w3m</c>, <c>SmartReader</c>).</param>
/// <param name="PageExtractor">The extractor.</param>
/// <param name="Pages">The pages it reads; their keys are what <paramref name="Metric"/> looks predictions up by.</param>
/// <param name="Metric">The corpus's metric.</param>
/// <param name="WritesJsonl">False where the pages are other corpora's, whose JSON Lines are written with them.</param>
/// <param name="ReferenceExtractor">
/// When set, this extractor also runs on every page and the metric compares each prediction with its outcome there,
/// as injection invariance compares the injected page with the clean one; null where the metric scores against gold.
/// </param>
internal sealed record CorpusEvaluation(string Corpus, string Extractor, IPageExtractor PageExtractor, IReadOnlyList<CorpusPage> Pages, ICorpusMetric Metric, bool WritesJsonl = true, IPageExtractor? ReferenceExtractor = null)
{
    /// <summary>Every extraction the evaluation needs: its extractor on each page, and the reference extractor's where it has one.</summary>
    public IEnumerable<ExtractionJob> Jobs =>
        Pages.Select(page => new ExtractionJob(PageExtractor, page))
            .Concat(ReferenceExtractor is null ? [] : Pages.Select(page => new ExtractionJob(ReferenceExtractor, page)));

    /// <summary>The figure's name in the report and the gate file: <c>corpus/extractor/figure</c>.</summary>
    public string FigureName(Figure figure) => $"{Corpus}/{Extractor}/{figure.Name}";

    /// <summary>The JSON Lines file name, which score.py is pointed at.</summary>
    public string JsonlFileName => $"{Corpus}.{Extractor.Replace('/', '-')}.jsonl";
}
