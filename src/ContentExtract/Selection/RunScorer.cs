using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>Each segment's score for the run choice, its class and the signal behind it, and where the headline stands.</summary>
internal sealed record RunScores(double[] Scores, BlockClass[] Classes, string[] Reasons, int Headline);

/// <summary>Which page zones a scoring sets aside, reclassifying their blocks as if no zone were there.</summary>
internal enum ZoneRelaxation
{
    /// <summary>Every zone holds: furniture stays furniture.</summary>
    None,

    /// <summary>Comment threads are read as content: on a forum the thread is the page.</summary>
    Comments,

    /// <summary>No zone holds (a theme's flags on the article's own wrapper).</summary>
    All,
}

/// <summary>
/// Scores segments for the run choice: prose scores its size, short sentences half of theirs, short lines
/// cost a little and furniture costs much. Short headings between paragraphs survive because prose around
/// them outweighs their cost; menus and footers do not, because nothing outweighs a block of links. An
/// end-of-article heading (comments, related links) costs so much that no run crosses it.
/// </summary>
internal static class RunScorer
{
    private const double ShortCost = 3;
    private const double HeadingCost = 1;
    private const double BadCost = 10;
    public const double TerminatorCost = 1e6;


    private const string ZoneFreeNote = " (page zones set aside)";
    private const string CommentsNote = " (the thread read as content)";

    /// <summary>Scores every segment; <paramref name="relaxed"/> reclassifies segments inside page zones as if no zone were there.</summary>
    public static RunScores Score(ExtractionContext context, bool relaxed) => Score(context, relaxed ? ZoneRelaxation.All : ZoneRelaxation.None);

    /// <summary>The scores with every zone set aside, worked out once a page: segments do not change while candidates are generated.</summary>
    public static RunScores ZoneFree(ExtractionContext context) => context.ZoneFreeScores ??= Score(context, ZoneRelaxation.All);

    /// <summary>Scores every segment, with the zones <paramref name="relaxation"/> names set aside.</summary>
    public static RunScores Score(ExtractionContext context, ZoneRelaxation relaxation)
    {
        bool relaxed = relaxation != ZoneRelaxation.None;
        // The zone-free classes are needed only by the rare fallback run, so they are worked out here, not for every page.
        var classifier = relaxed ? BlockClassifier.For(context) : null;
        var segments = context.Segments;
        var scores = new double[segments.Count];
        var classes = new BlockClass[segments.Count];
        var reasons = new string[segments.Count];
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];

            // A segment decided since classification (a breadcrumb) counts as furniture.
            var (ownClass, ownReason) = relaxation switch
            {
                ZoneRelaxation.None => (segment.Class, segment.ClassReason),
                ZoneRelaxation.All when segment.Zone is PageZone.None or PageZone.ArticleBody => (segment.Class, segment.ClassReason + ZoneFreeNote),
                ZoneRelaxation.All => ZoneFree(classifier!, segment, ZoneFreeNote),
                _ when segment.Zone == PageZone.Comments => ZoneFree(classifier!, segment, CommentsNote),
                _ => (segment.Class, segment.ClassReason),
            };
            var blockClass = segment.Role is { } role && role != BlockRole.Content ? BlockClass.Bad : ownClass;
            string reason = segment.Role is not null ? segment.Reason : ownReason;

            // Inside the marked article body an end-of-article heading heads an inline box, not the end.
            if (blockClass == BlockClass.Terminator && segment.InArticleBody)
            {
                blockClass = BlockClass.Bad;
            }

            double words = segment.Stats.Words;
            scores[i] = blockClass switch
            {
                BlockClass.Good => words,
                BlockClass.NearGood => Math.Max(1, words * 0.5),

                // A text dump's data table (a results table, a price list) is the article where it stands among the
                // article's lines: its rows carry what a sentence would, at half weight, as the HTML path's container does.
                BlockClass.Short when segment.Markup == MarkupHint.TableRow && context.Kind == InputKind.Text => Math.Max(1, words * 0.5),

                // Rows of a data table and items of a list of plain text (ingredients, specifications) are
                // content wherever the prose around them is; alone they do not make a run.
                BlockClass.Short when segment.Markup is MarkupHint.TableRow or MarkupHint.ListItem or MarkupHint.OrderedListItem && segment.LinkChars == 0 => 0,
                BlockClass.Short when segment.Markup == MarkupHint.Heading => -HeadingCost,
                BlockClass.Short => -ShortCost,
                BlockClass.Terminator => -TerminatorCost,

                // Error-page text taken out of the page is as if it had never been there: it must not split the article around it.
                _ when segment.Role is BlockRole.Noise => 0,
                _ => -(BadCost + words),
            };

            classes[i] = blockClass;
            reasons[i] = reason;
        }

        // The next headline of the headline's rank starts the next story on the page: no run crosses it.
        int headline = FindHeadline(context);
        int storyEnd = StoryEnd(segments, headline, 0, segments.Count);
        if (storyEnd < segments.Count)
        {
            scores[storyEnd] = -TerminatorCost;
        }

        return new RunScores(scores, classes, reasons, headline);
    }

    private static (BlockClass, string) ZoneFree(BlockClassifier classifier, Segment segment, string note)
    {
        var (blockClass, reason) = classifier.Classify(segment, honourZone: false);
        return (blockClass, reason + note);
    }

    /// <summary>
    /// The page's headline: in HTML the h1 (else an h2) outside furniture that matches the title the page
    /// declares (teaser lists repeat it in their own headings); in a text dump the line its &lt;title&gt; names. -1 when none.
    /// </summary>
    public static int FindHeadline(ExtractionContext context)
    {
        if (context.Kind == InputKind.Text)
        {
            return context.TextHeadline;
        }

        if (context.TitleHint is not { Length: > 0 } hint)
        {
            return -1;
        }

        var segments = context.Segments;
        int anchor = -1;
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Markup == MarkupHint.Heading && segment.MarkupHeadingLevel <= 2 && segment.Text.Length >= 4
                && segment.Zone is PageZone.None or PageZone.ArticleBody
                && (anchor < 0 || segment.MarkupHeadingLevel < segments[anchor].MarkupHeadingLevel)
                && (hint.Contains(segment.Text, StringComparison.OrdinalIgnoreCase) || segment.Text.Contains(hint, StringComparison.OrdinalIgnoreCase)))
            {
                anchor = i;
            }
        }

        return anchor;
    }

    /// <summary>
    /// Where the page's story ends inside a span: at the next heading of the headline's rank after the headline, which
    /// starts the next story (an appended article, the next post of a blog's page), as it ends the headline's run.
    /// </summary>
    internal static int StoryEnd(IReadOnlyList<Segment> segments, int headline, int start, int end)
    {
        if (headline < 0 || headline < start || headline >= end)
        {
            return end;
        }

        int level = segments[headline].MarkupHeadingLevel;
        for (int i = headline + 1; i < end; i++)
        {
            if (segments[i].Markup == MarkupHint.Heading && segments[i].MarkupHeadingLevel <= level && segments[i].Zone is PageZone.None && !segments[i].InArticleBody)
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>The maximum-sum run (Kadane): [start, end).</summary>
    public static (int Start, int End, double Score) BestRun(ReadOnlySpan<double> scores)
    {
        double best = 0, current = 0;
        int bestStart = 0, bestEnd = 0, currentStart = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            if (current <= 0)
            {
                current = 0;
                currentStart = i;
            }

            current += scores[i];
            if (current > best)
            {
                best = current;
                bestStart = currentStart;
                bestEnd = i + 1;
            }
        }

        return (bestStart, bestEnd, best);
    }
}
