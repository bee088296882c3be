using ContentExtract.Evaluation.Corpora;
using ContentExtract.Evaluation.Extractors;
using ContentExtract.Evaluation.Injection;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation;

/// <summary>Lists what to score: each extractor on each form of each selected corpus.</summary>
/// <param name="corpora">The corpora, read once and shared by every plan built on them.</param>
/// <param name="contentExtractor">The ContentExtract the plan runs: the default one, or one with a rule switched off.</param>
/// <param name="includeSmartReader">Whether SmartReader runs beside it, on the corpora it can be scored on.</param>
/// <param name="injectedDirectory">Where inject-noise writes each page it extracts; null for nowhere.</param>
internal sealed class EvaluationPlan(CorpusLibrary corpora, ContentExtractor contentExtractor, bool includeSmartReader, string? injectedDirectory = null)
{
    // One instance per plan: the run extracts each page file once per extractor instance, whichever sets share it.
    private readonly ContentExtractPageExtractor _contentExtract = new(contentExtractor);

    public IReadOnlyList<CorpusEvaluation> Build(IEnumerable<string> corpusSets) =>
        corpusSets.SelectMany(set => set switch
        {
            CorpusSets.ArticleBench => ForEachForm(set, corpora.ArticleBench.Forms, new ShingleMetric(corpora.ArticleBench.Truths), includeSmartReader),
            CorpusSets.TrafilaturaEval => ForEachForm(set, corpora.TrafilaturaEval.Forms, new SnippetMetric(corpora.TrafilaturaEval.Gold), includeSmartReader),
            CorpusSets.ZhNews => ForEachForm(set, corpora.ZhNews.Forms, new SnippetMetric(corpora.ZhNews.Gold), includeSmartReader, dumps => new SnippetMetric(corpora.ZhNews.Gold, SourceTexts(dumps))),
            CorpusSets.ZhCwced => ForEachForm(set, corpora.ZhCwced.Forms, new ShingleMetric(corpora.ZhCwced.Truths), includeSmartReader),
            CorpusSets.Wcxb => ForEachForm(set, corpora.Wcxb.Forms, new WordBagMetric(corpora.Wcxb.Gold), includeSmartReader),

            // SmartReader reports neither quotes nor link lists, so it would only score zero here.
            CorpusSets.Structure => ForEachForm(set, corpora.Structure.Forms, new StructureMetric(corpora.Structure.Gold), withSmartReader: false),
            CorpusSets.Structure2 => ForEachForm(set, corpora.Structure2.Forms, new StructureMetric(corpora.Structure2.Gold), withSmartReader: false),
            CorpusSets.ErrorPages => ErrorPageEvaluations(),
            CorpusSets.InjectNoise => InjectNoiseEvaluations(),
            _ => throw new ArgumentException($"Unknown corpus set '{set}'.", nameof(corpusSets)),
        }).ToArray();

    // A text form is scored over the pages it has a dump of: a page the tool left no dump of is not a page of that set.
    private IEnumerable<CorpusEvaluation> ForEachForm(string corpus, CorpusForms forms, ICorpusMetric metric, bool withSmartReader, Func<PageSet, ICorpusMetric>? dumpMetric = null)
    {
        yield return new CorpusEvaluation(corpus, ExtractorLabels.ContentExtract, _contentExtract, forms.Html.Pages, metric);
        if (withSmartReader)
        {
            yield return new CorpusEvaluation(corpus, ExtractorLabels.SmartReader, SmartReaderPageExtractor.Instance, forms.Html.Pages, metric);
        }

        foreach (var dumps in forms.TextDumps)
        {
            var present = dumps.Pages.Select(page => page.Key).ToHashSet(StringComparer.Ordinal);
            var dumpSetMetric = new PresentPagesMetric(dumpMetric?.Invoke(dumps) ?? metric, present);
            yield return new CorpusEvaluation(corpus, ExtractorLabels.ContentExtractText(dumps.Name), _contentExtract, dumps.Pages, dumpSetMetric);
        }
    }

    // Each dump's text with whitespace collapsed, to tell which gold titles and breadcrumbs the dump still shows.
    private static Dictionary<string, string> SourceTexts(PageSet dumps) =>
        dumps.Pages.ToDictionary(
            page => page.Key,
            page => PythonTextSemantics.CollapseWhitespace(System.Text.Encoding.UTF8.GetString(page.ReadBytes())),
            StringComparer.Ordinal);

    private IEnumerable<CorpusEvaluation> ErrorPageEvaluations()
    {
        var errorPages = corpora.ErrorPages;
        yield return new CorpusEvaluation(CorpusSets.ErrorPages, ExtractorLabels.ContentExtract, _contentExtract, errorPages.Pages, new ErrorPageMetric(errorPages.Gold));

        // Every dev article page, whichever sets were chosen, so the count means the same in every run.
        var articlePages = DevArticlePages(forms => forms.Html);
        yield return new CorpusEvaluation(CorpusSets.ErrorPages, ExtractorLabels.ContentExtract, _contentExtract, articlePages, new FalseAlarmMetric(articlePages), WritesJsonl: false);
    }

    // Each form of every dev article page, HTML and each text tool's dumps, with error bodies injected and compared
    // with the clean page, which the plain ContentExtract run extracts anyway.
    private IEnumerable<CorpusEvaluation> InjectNoiseEvaluations()
    {
        var injector = new ErrorBodyInjector(corpora.InjectableBodies);
        var extractor = new InjectingPageExtractor(injector, _contentExtract, injectedDirectory);
        var htmlPages = DevArticlePages(forms => forms.Html);
        yield return new CorpusEvaluation(CorpusSets.InjectNoise, ExtractorLabels.ContentExtract, extractor, htmlPages, new InjectionInvarianceMetric(htmlPages, injector), WritesJsonl: false, ReferenceExtractor: _contentExtract);

        var tools = corpora.DevArticleCorpora.SelectMany(corpus => corpus.Forms.TextDumps.Select(dumps => dumps.Name)).Distinct().Order(StringComparer.Ordinal);
        foreach (string tool in tools)
        {
            var dumpPages = DevArticlePages(forms => forms.TextDumps.FirstOrDefault(dumps => dumps.Name == tool));
            yield return new CorpusEvaluation(CorpusSets.InjectNoise, ExtractorLabels.ContentExtractText(tool), extractor, dumpPages, new InjectionInvarianceMetric(dumpPages, injector), WritesJsonl: false, ReferenceExtractor: _contentExtract);
        }
    }

    // Keys carry the corpus because two corpora may name a page alike; the path, and so the extraction, is shared.
    // A page's HTML and text forms get the same key, so the injector gives them the same bodies.
    private CorpusPage[] DevArticlePages(Func<CorpusForms, PageSet?> form) => corpora.DevArticleCorpora
        .SelectMany(corpus => (form(corpus.Forms)?.Pages ?? []).Select(page => page with { Key = $"{corpus.Name}/{page.Key}" }))
        .ToArray();
}
