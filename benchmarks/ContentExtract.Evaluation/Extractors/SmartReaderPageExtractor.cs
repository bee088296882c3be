using ContentExtract.Evaluation.Corpora;

namespace ContentExtract.Evaluation.Extractors;

/// <summary>The SmartReader baseline: <c>new Reader(url, html).GetArticle()</c>, its <c>TextContent</c> as the main text.</summary>
internal sealed class SmartReaderPageExtractor : IPageExtractor
{
    // SmartReader wants an absolute address even where the corpus has none.
    private const string PlaceholderUrl = "https://example.com/";

    public static SmartReaderPageExtractor Instance { get; } = new();

    public ExtractedDocument Extract(CorpusPage page, byte[] content)
    {
        string html = HtmlBytesDecoder.Decode(content, page.LegacyCharset);
        var article = new SmartReader.Reader(page.Url?.AbsoluteUri ?? PlaceholderUrl, html).GetArticle();
        return new ExtractedDocument
        {
            InputKind = InputKind.Html,
            Url = page.Url,
            Title = article.Title,
            Text = article.TextContent ?? string.Empty,
        };
    }
}
