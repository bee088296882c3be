using ContentExtract.Pipeline;

namespace ContentExtract.Noise;

/// <summary>
/// Decides what kind of scrape the page is once the content has been looked for. A page whose only
/// substance is error-page text is an error page, and its content fields are emptied so that a
/// crawler never stores it as an article; a page with no prose run is empty.
/// </summary>
internal sealed class PageKindClassifier : IExtractionStage
{
    /// <summary>Word units of content beside error text that still make an article.</summary>
    private const double ArticleWords = 40;

    public void Run(ExtractionContext context)
    {
        double contentWords = 0;
        foreach (var source in context.BlockSources)
        {
            contentWords += source.Stats.Words;
        }

        if (context.Options.Noise.DetectErrorPages && context.Noise.Count > 0 && contentWords < ArticleWords)
        {
            var first = context.Noise.Find(n => n.Status is not null) ?? context.Noise[0];
            context.ErrorPage = new ErrorPageInfo(first.Status, first.Reason, first.Server);
            context.PageKind = PageKind.Error;
            ClearContent(context, "the page is an error page");
            return;
        }

        if (context.Blocks.Count == 0)
        {
            context.PageKind = PageKind.Empty;
        }
    }

    private static void ClearContent(ExtractionContext context, string reason)
    {
        foreach (var source in context.BlockSources)
        {
            source.Decide(BlockRole.Boilerplate, reason);
        }

        context.Blocks.Clear();
        context.BlockSources.Clear();
        context.Quotes.Clear();
        context.LinkLists.Clear();
        context.Breadcrumb.Clear();
        context.Title = null;
    }
}
