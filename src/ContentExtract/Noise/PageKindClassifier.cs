using System.Globalization;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Noise;

/// <summary>
/// Tells apart the pages that are not error pages: articles, and the other scrapes a crawler must not
/// store as articles. A bot challenge says what it is ("Checking your browser", "请完成安全验证") and has
/// no body; a listing — a front page or a section page — is a wall of headline links with no prose run
/// of its own; an empty page has nothing to read. Each decision keeps its evidence for the explain output.
/// </summary>
internal sealed class PageKindClassifier : IExtractionStage
{
    /// <summary>Word units of content that make a page an article whatever else it shows.</summary>
    private const double ArticleWords = 100;

    /// <summary>A paragraph this long is an article's, not a teaser's.</summary>
    private const double ArticleParagraphWords = 40;

    /// <summary>Headline links that make a page without a prose run a listing.</summary>
    private const int ListingHeadlines = 12;

    /// <summary>Word units of link text that make a headline rather than a menu entry.</summary>
    private const double HeadlineWords = 4;

    public void Run(ExtractionContext context)
    {
        if (context.PageKind != PageKind.Article)
        {
            return;
        }

        double contentWords = 0, longestParagraph = 0;
        // Every kept block counts, the items of a list and the rows of a table as much as paragraphs.
        foreach (var segment in context.Segments)
        {
            if (segment.Role == BlockRole.Content)
            {
                contentWords += segment.Stats.Words;
                longestParagraph = Math.Max(longestParagraph, segment.Stats.Words);
            }
        }

        string words = contentWords.ToString("0", CultureInfo.InvariantCulture);
        if (contentWords < ArticleWords && FindChallenge(context) is { } challenge)
        {
            context.PageKind = PageKind.Challenge;
            context.PageKindEvidence.Add(challenge);
            context.PageKindEvidence.Add($"{words} word units of content");
            context.ClearContent("the page is a bot challenge");
            return;
        }

        if (context.ChosenCandidate is { Source: Selection.CandidateSource.ItemList } list && IsListing(context, list, contentWords))
        {
            context.PageKind = PageKind.Listing;
            context.PageKindEvidence.Add($"the content is a list of {list.ItemCount.ToString(CultureInfo.InvariantCulture)} alike linked items");
            context.PageKindEvidence.Add($"{words} word units of content");
            return;
        }

        if (contentWords < ArticleWords && longestParagraph < ArticleParagraphWords && !ClaimsToBeAnArticle(context)
            && CountHeadlineLinks(context) is var headlines and >= ListingHeadlines)
        {
            context.PageKind = PageKind.Listing;
            context.PageKindEvidence.Add($"{headlines.ToString(CultureInfo.InvariantCulture)} headline links");
            context.PageKindEvidence.Add($"no prose run: {words} word units of content, longest paragraph {longestParagraph.ToString("0", CultureInfo.InvariantCulture)}");
            return;
        }

        if (context.Blocks.Count == 0)
        {
            context.PageKind = PageKind.Empty;
            context.PageKindEvidence.Add(context.Segments.Count == 0 ? "no visible text" : $"no content block among {context.Segments.Count.ToString(CultureInfo.InvariantCulture)} source blocks");
        }
    }

    /// <summary>Items a list needs, and word units per item it may not exceed, to make the page a listing rather than an article in sections.</summary>
    private const int MinListingItems = 6;

    private const double MaxListingItemWords = 60;

    /// <summary>
    /// The content is a list of many short items, and not a discussion's posts: a thread is a list too, of posts, and
    /// an article in sections can be one of a few long ones.
    /// </summary>
    private static bool IsListing(ExtractionContext context, Selection.ArticleCandidate list, double contentWords)
    {
        if (list.ItemCount < MinListingItems || contentWords > list.ItemCount * MaxListingItemWords
            || (context.DeclaredTypes & Html.DeclaredTypes.Discussion) != 0)
        {
            return false;
        }

        double inThread = 0;
        foreach (var source in context.BlockSources)
        {
            inThread += source.Zone == Segmentation.PageZone.Comments ? source.Stats.Words : 0;
        }

        return inThread * 2 < contentWords;
    }

    /// <summary>
    /// A declared article type, a publication date, or markup that marks an article body, says the page is one article however
    /// little of it was found; a listing page has neither.
    /// </summary>
    private static bool ClaimsToBeAnArticle(ExtractionContext context)
    {
        if (context.DeclaresArticle || context.StatesPublished)
        {
            return true;
        }

        foreach (var segment in context.Segments)
        {
            if (segment.InArticleBody)
            {
                return true;
            }
        }

        return false;
    }

    private static string? FindChallenge(ExtractionContext context)
    {
        if (context.PageTitle is { } title && title.AsSpan().ContainsAny(PageKindLexicon.ChallengePhrases))
        {
            return $"title \"{title}\" is a bot challenge's";
        }

        foreach (var segment in context.Segments)
        {
            // Every script-driven page tells a reader without JavaScript to enable it, in <noscript>: that is no challenge.
            if (!segment.FromNoScript && segment.Text.Length <= 300 && segment.Text.AsSpan().ContainsAny(PageKindLexicon.ChallengePhrases))
            {
                return $"\"{(segment.Text.Length <= 60 ? segment.Text : segment.Text[..57] + "…")}\" asks the visitor to prove they are no bot";
            }
        }

        return null;
    }

    /// <summary>Links, or bulleted lines of a text dump, long enough to be headlines.</summary>
    private static int CountHeadlineLinks(ExtractionContext context)
    {
        int headlines = 0;
        foreach (var segment in context.Segments)
        {
            if (segment.Links.Count > 0)
            {
                foreach (var link in segment.Links)
                {
                    headlines += TextStatsOf(link.Text) >= HeadlineWords ? 1 : 0;
                }
            }
            else if (context.Kind == InputKind.Text && segment.Bullet != '\0' && segment.Stats.Words >= HeadlineWords && segment.Stats.SentenceEnds == 0)
            {
                headlines++;
            }
        }

        return headlines;
    }

    private static double TextStatsOf(string text) => Text.TextStats.Of(text).Words;
}
