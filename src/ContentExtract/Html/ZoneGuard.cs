using ContentExtract.Segmentation;

namespace ContentExtract.Html;

/// <summary>
/// Undoes zones that swallowed the article: a theme that puts "sidebar-layout" or "nav-wrapper" on
/// the element around everything would otherwise turn the whole page into furniture, as
/// trafilatura's pruning undoes itself when it leaves too little text.
/// </summary>
internal static class ZoneGuard
{
    /// <summary>A zone kind holding more than this share of the page's prose is a wrapper, not furniture.</summary>
    private const double WrapperShare = 0.6;

    /// <summary>Prose inside marked article-body elements from which the page's own markup is trusted.</summary>
    private const double TrustedArticleWords = 50;

    public static void ClearWrapperZones(List<Segment> segments)
    {
        Span<double> byZone = stackalloc double[Enum.GetValues<PageZone>().Length];
        double total = 0, articleBody = 0;
        foreach (var segment in segments)
        {
            var stats = segment.Stats;
            if (stats.EndsWithSentenceEnd || stats.PunctuationDensity >= 0.03)
            {
                total += stats.Words;
                byZone[(int)segment.Zone] += stats.Words;
                if (segment.InArticleBody && segment.Zone == PageZone.None)
                {
                    articleBody += stats.Words;
                }
            }
        }

        if (total <= 0)
        {
            return;
        }

        for (int zone = 0; zone < byZone.Length; zone++)
        {
            // Comments are long by nature; a comment thread never stands in for a missing article.
            // A marked article body that outweighs the zone shows the zone really is beside the article.
            if ((PageZone)zone is PageZone.None or PageZone.Comments || byZone[zone] <= WrapperShare * total
                || (articleBody >= TrustedArticleWords && articleBody >= byZone[zone]))
            {
                continue;
            }

            foreach (var segment in segments)
            {
                if ((int)segment.Zone == zone)
                {
                    segment.Zone = PageZone.None;
                }
            }
        }
    }
}
