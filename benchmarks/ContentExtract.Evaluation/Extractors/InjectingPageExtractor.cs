using ContentExtract.Evaluation.Corpora;
using ContentExtract.Evaluation.Injection;

namespace ContentExtract.Evaluation.Extractors;

/// <summary>
/// ContentExtract on a page with error bodies injected: the injector's plan for the page's key, injected into its
/// bytes, then extracted as <see cref="ContentExtractPageExtractor"/> extracts the clean page. The plan depends on
/// the key alone, so the metric can tell which bodies went in without seeing the bytes.
/// </summary>
internal sealed class InjectingPageExtractor(ErrorBodyInjector injector) : IPageExtractor
{
    public ErrorBodyInjector Injector => injector;

    public ExtractedDocument Extract(CorpusPage page, byte[] content) =>
        ContentExtractPageExtractor.Instance.Extract(page, ErrorBodyInjector.Inject(content, page.Mode, injector.Plan(page.Key)));
}
