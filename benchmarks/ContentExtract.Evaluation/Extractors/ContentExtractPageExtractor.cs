using ContentExtract.Evaluation.Corpora;

namespace ContentExtract.Evaluation.Extractors;

/// <summary>ContentExtract on raw bytes: the HTML path for pages, the text path for text dumps, as the page's mode says.</summary>
/// <param name="extractor">The extractor the plan runs: the default one, or one with a rule switched off for the ablation report.</param>
internal sealed class ContentExtractPageExtractor(ContentExtractor extractor) : IPageExtractor
{
    // Long enough for any sane page on a slow machine; a page past it is a hang to report, not to wait for.
    private static readonly TimeSpan PageTimeLimit = TimeSpan.FromSeconds(60);

    public ExtractedDocument Extract(CorpusPage page, byte[] content)
    {
        using var deadline = new CancellationTokenSource(PageTimeLimit);
        var document = extractor.Extract(content, page.Mode, new PageInfo { Url = page.Url }, deadline.Token);

        // The decisions hold the text of every source block; a whole run's worth would only fill memory.
        return document with { Decisions = [] };
    }
}
