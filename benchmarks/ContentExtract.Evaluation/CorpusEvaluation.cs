using ContentExtract.Evaluation.Baseline;
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
    /// <summary>Pages whose result is read from the SmartReader cache, by page key; they are not extracted. Null when none is.</summary>
    public IReadOnlyDictionary<string, CachedPage>? Cached { get; init; }

    /// <summary>Every extraction the evaluation needs: its extractor on each page not cached, and the reference extractor's where it has one.</summary>
    public IEnumerable<ExtractionJob> Jobs =>
        ExtractedPages.Select(page => new ExtractionJob(PageExtractor, page))
            .Concat(ReferenceExtractor is null ? [] : Pages.Select(page => new ExtractionJob(ReferenceExtractor, page)));

    /// <summary>The pages the extractor runs on: all of them but those read from the cache.</summary>
    public IEnumerable<CorpusPage> ExtractedPages => Cached is null ? Pages : Pages.Where(page => !Cached.ContainsKey(page.Key));

    /// <summary>A figure's name in the report and the gate file: <c>corpus/extractor/figure</c>, where the figure's own name may hold a half and a page type (<c>check/forum/f1</c>).</summary>
    public string FigureName(string figure) => $"{Corpus}/{Extractor}/{figure}";

    /// <summary>The JSON Lines file name, which score.py is pointed at.</summary>
    public string JsonlFileName => $"{Corpus}.{Extractor.Replace('/', '-')}.jsonl";
}
