using ContentExtract.Segmentation;

namespace ContentExtract.Html;

/// <summary>An element that opened a furniture zone, the furniture element around it (-1 for none), and whether only its
/// name of customer reviews made it a comment zone.</summary>
internal readonly record struct ZoneInstance(PageZone Zone, int Parent, bool Reviews = false);

/// <summary>
/// Undoes zones that swallowed the article. Themes put layout and feature flags on the elements
/// around everything ("content-sidebar-wrap", "entry share", "right-sidebar"), which would turn the
/// whole article into furniture; so, as trafilatura's pruning undoes itself when it leaves too little
/// text, an element that holds most of the page's prose is not furniture, and neither is its kind of
/// zone when that kind holds most of the prose.
/// </summary>
internal static class ZoneGuard
{
    /// <summary>A furniture element holding more than this share of the page's prose is a wrapper.</summary>
    private const double WrapperShare = 0.5;

    /// <summary>Prose inside marked article-body elements from which a comment thread is trusted to be one.</summary>
    private const double TrustedArticleWords = 50;

    /// <summary>
    /// Prose words below which an element named for reviews holds no thread of them: a rating's summary beside the product's
    /// title ("95% of 7,778 reviews are positive."), which belongs to the product, not two or three reviews' worth of posts.
    /// </summary>
    private const double MinReviewThreadWords = 40;

    /// <param name="segments">The page's segments, whose zones are rewritten.</param>
    /// <param name="segmentInstances">For each segment, its innermost furniture element, or -1.</param>
    /// <param name="instances">The furniture elements.</param>
    /// <param name="wrappers">Whether zones that hold most of the page's prose are cleared (rule <c>ZoneWrapperGuard</c>);
    /// reviews that hold no thread are cleared either way.</param>
    public static void ClearWrapperZones(List<Segment> segments, List<int> segmentInstances, List<ZoneInstance> instances, bool wrappers = true)
    {
        if (instances.Count == 0)
        {
            return;
        }

        // Prose words inside each element, counting a segment for every furniture element around it.
        var words = new double[instances.Count];
        double total = 0, articleBody = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            var stats = segments[i].Stats;
            if (!stats.EndsWithSentenceEnd && stats.PunctuationDensity < 0.03)
            {
                continue;
            }

            total += stats.Words;
            if (segments[i].InArticleBody && segmentInstances[i] < 0)
            {
                articleBody += stats.Words;
            }

            for (int k = segmentInstances[i]; k >= 0; k = instances[k].Parent)
            {
                words[k] += stats.Words;
            }
        }

        if (total <= 0)
        {
            return;
        }

        // Reviews nest (a list of them, each one, its stars): the thread is the outermost element named for them. An element
        // comes after its parent, so one pass in order finds each one's outermost.
        var reviewThread = new int[instances.Count];
        var cleared = new bool[instances.Count];
        bool any = false;
        for (int k = 0; k < instances.Count; k++)
        {
            int parent = instances[k].Parent;
            reviewThread[k] = parent >= 0 && reviewThread[parent] >= 0 ? reviewThread[parent] : instances[k].Reviews ? k : -1;
            // A page whose marked article body stands outside the comment thread keeps the thread out.
            bool trustedComments = instances[k].Zone == PageZone.Comments && articleBody >= TrustedArticleWords;
            // A cookie or consent dialog is never the article's wrapper, however much its legal text outweighs a short article.
            bool wrapper = wrappers && words[k] > WrapperShare * total && !trustedComments && instances[k].Zone != PageZone.Promotion;
            if (wrapper || (instances[k].Reviews && words[reviewThread[k]] < MinReviewThreadWords))
            {
                cleared[k] = true;
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        for (int i = 0; i < segments.Count; i++)
        {
            int k = segmentInstances[i];
            while (k >= 0 && cleared[k])
            {
                k = instances[k].Parent;
            }

            segments[i].Zone = k >= 0 ? instances[k].Zone : PageZone.None;
        }
    }
}
