using ContentExtract.Evaluation.Corpora;
using ContentExtract.Evaluation.Extractors;
using ContentExtract.Evaluation.Injection;
using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation;

/// <summary>Reads the selected corpora and lists what to score: each extractor on each form of each corpus.</summary>
internal sealed class EvaluationPlan(string corpusRoot, bool includeSmartReader, string? injectedDirectory = null)
{
    private readonly Lazy<ArticleBenchCorpus> _articleBench = new(() => ArticleBenchReader.Read(Path.Combine(corpusRoot, CorpusSets.ArticleBench)));
    private readonly Lazy<SnippetCorpus> _trafilaturaEval = new(() => SnippetCorpusReader.Read(Path.Combine(corpusRoot, CorpusSets.TrafilaturaEval)));
    private readonly Lazy<SnippetCorpus> _zhNews = new(() => SnippetCorpusReader.Read(Path.Combine(corpusRoot, CorpusSets.ZhNews)));

    public IReadOnlyList<CorpusEvaluation> Build(IEnumerable<string> corpusSets) =>
        corpusSets.SelectMany(set => set switch
        {
            CorpusSets.ArticleBench => ForEachForm(set, _articleBench.Value.Forms, new ShingleMetric(_articleBench.Value.Truths), includeSmartReader),
            CorpusSets.TrafilaturaEval => ForEachForm(set, _trafilaturaEval.Value.Forms, new SnippetMetric(_trafilaturaEval.Value.Gold), includeSmartReader),
            CorpusSets.ZhNews => ForEachForm(set, _zhNews.Value.Forms, new SnippetMetric(_zhNews.Value.Gold), includeSmartReader, dumps => new SnippetMetric(_zhNews.Value.Gold, SourceTexts(dumps))),

            // SmartReader reports neither quotes nor link lists, so it would only score zero here.
            CorpusSets.Structure => StructureEvaluations(),
            CorpusSets.ErrorPages => ErrorPageEvaluations(),
            CorpusSets.InjectNoise => InjectNoiseEvaluations(),
            _ => throw new ArgumentException($"Unknown corpus set '{set}'.", nameof(corpusSets)),
        }).ToArray();

    private static IEnumerable<CorpusEvaluation> ForEachForm(string corpus, CorpusForms forms, ICorpusMetric metric, bool withSmartReader, Func<PageSet, ICorpusMetric>? dumpMetric = null)
    {
        yield return new CorpusEvaluation(corpus, ExtractorLabels.ContentExtract, ContentExtractPageExtractor.Instance, forms.Html.Pages, metric);
        if (withSmartReader)
        {
            yield return new CorpusEvaluation(corpus, ExtractorLabels.SmartReader, SmartReaderPageExtractor.Instance, forms.Html.Pages, metric);
        }

        foreach (var dumps in forms.TextDumps)
        {
            yield return new CorpusEvaluation(corpus, ExtractorLabels.ContentExtractText(dumps.Name), ContentExtractPageExtractor.Instance, dumps.Pages, dumpMetric?.Invoke(dumps) ?? metric);
        }
    }

    // Each dump's text with whitespace collapsed, to tell which gold titles and breadcrumbs the dump still shows.
    private static Dictionary<string, string> SourceTexts(PageSet dumps) =>
        dumps.Pages.ToDictionary(
            page => page.Key,
            page => PythonTextSemantics.CollapseWhitespace(System.Text.Encoding.UTF8.GetString(page.ReadBytes())),
            StringComparer.Ordinal);

    private IEnumerable<CorpusEvaluation> StructureEvaluations()
    {
        var structure = StructureCorpusReader.Read(
            Path.Combine(corpusRoot, CorpusSets.Structure),
            corpus => corpus switch
            {
                CorpusSets.ArticleBench => _articleBench.Value.Forms,
                CorpusSets.ZhNews => _zhNews.Value.Forms,
                _ => throw new InvalidDataException($"structure/gold.json names an unknown corpus '{corpus}'."),
            });
        return ForEachForm(CorpusSets.Structure, structure.Forms, new StructureMetric(structure.Gold), withSmartReader: false);
    }

    private IEnumerable<CorpusEvaluation> ErrorPageEvaluations()
    {
        var errorPages = ErrorPageCorpusReader.Read(Path.Combine(corpusRoot, CorpusSets.ErrorPages));
        yield return new CorpusEvaluation(CorpusSets.ErrorPages, ExtractorLabels.ContentExtract, ContentExtractPageExtractor.Instance, errorPages.Pages, new ErrorPageMetric(errorPages.Gold));

        // Every dev article page, whichever sets were chosen, so the count means the same in every run.
        var articlePages = DevArticlePages(forms => forms.Html);
        yield return new CorpusEvaluation(CorpusSets.ErrorPages, ExtractorLabels.ContentExtract, ContentExtractPageExtractor.Instance, articlePages, new FalseAlarmMetric(articlePages), WritesJsonl: false);
    }

    // Each form of every dev article page, HTML and each text tool's dumps, with error bodies injected and compared
    // with the clean page, which the plain ContentExtract run extracts anyway.
    private IEnumerable<CorpusEvaluation> InjectNoiseEvaluations()
    {
        var injector = new ErrorBodyInjector(ErrorPageCorpusReader.ReadInjectableBodies(Path.Combine(corpusRoot, CorpusSets.ErrorPages)));
        var extractor = new InjectingPageExtractor(injector, injectedDirectory);
        var htmlPages = DevArticlePages(forms => forms.Html);
        yield return new CorpusEvaluation(CorpusSets.InjectNoise, ExtractorLabels.ContentExtract, extractor, htmlPages, new InjectionInvarianceMetric(htmlPages, injector), WritesJsonl: false, ReferenceExtractor: ContentExtractPageExtractor.Instance);

        var tools = DevArticleCorpora().SelectMany(corpus => corpus.Forms.TextDumps.Select(dumps => dumps.Name)).Distinct().Order(StringComparer.Ordinal);
        foreach (string tool in tools)
        {
            var dumpPages = DevArticlePages(forms => forms.TextDumps.FirstOrDefault(dumps => dumps.Name == tool));
            yield return new CorpusEvaluation(CorpusSets.InjectNoise, ExtractorLabels.ContentExtractText(tool), extractor, dumpPages, new InjectionInvarianceMetric(dumpPages, injector), WritesJsonl: false, ReferenceExtractor: ContentExtractPageExtractor.Instance);
        }
    }

    private (string Name, CorpusForms Forms)[] DevArticleCorpora() =>
    [
        (CorpusSets.ArticleBench, _articleBench.Value.Forms),
        (CorpusSets.TrafilaturaEval, _trafilaturaEval.Value.Forms),
        (CorpusSets.ZhNews, _zhNews.Value.Forms),
    ];

    // Keys carry the corpus because two corpora may name a page alike; the path, and so the extraction, is shared.
    // A page's HTML and text forms get the same key, so the injector gives them the same bodies.
    private CorpusPage[] DevArticlePages(Func<CorpusForms, PageSet?> form) => DevArticleCorpora()
        .SelectMany(corpus => (form(corpus.Forms)?.Pages ?? []).Select(page => page with { Key = $"{corpus.Name}/{page.Key}" }))
        .ToArray();
}
