using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// The run of segments with the highest score (<see cref="RunScorer"/>), carried over a numbered list in a text dump, and widened to the rest
/// of the element that holds its prose. Given a span, it looks only inside it: the headline's run is the same
/// method over the headline's own story, from the headline to the next story's headline.
/// </summary>
internal static class BestRunGenerator
{
    private const int MinContainerDepth = 2;
    private const double MaxContainerGrowth = 2.0;

    /// <summary>A run with fewer words of prose than this is retried without page zones …</summary>
    private const double FallbackWords = 40;

    /// <summary>… and the retry is kept when it has this many times the prose.</summary>
    private const double FallbackGain = 3;

    /// <summary>The least score a run needs to be an article: one short sentence is not one.</summary>
    public const double MinRunScore = 8;

    public static ArticleCandidate Generate(ExtractionContext context, RunScores strict, CandidateSource source = CandidateSource.BestRun, int from = 0, int to = int.MaxValue)
    {
        var segments = context.Segments;
        to = Math.Min(to, segments.Count);
        var (scores, classes, reasons) = (strict.Scores, strict.Classes, strict.Reasons);
        var (start, end, score) = RunScorer.BestRun(scores.AsSpan(from, to - from));
        (start, end) = (start + from, end + from);

        // The fallback, as trafilatura runs its own: where page zones leave no article or a scrap of
        // one (a theme's flags on the article's wrapper), choose again without them and keep that
        // choice when it holds several times the prose.
        if (segments.Count > 0 && context.BlockTree is not null && context.Options.Applies(Rule.ZoneFreeFallback))
        {
            double words = end > start && score >= MinRunScore ? ProseWords(segments, classes, start, end) : 0;
            if (words < FallbackWords)
            {
                var relaxed = RunScorer.ZoneFree(context);
                var (relaxedStart, relaxedEnd, relaxedScore) = RunScorer.BestRun(relaxed.Scores.AsSpan(from, to - from));
                (relaxedStart, relaxedEnd) = (relaxedStart + from, relaxedEnd + from);
                if (relaxedEnd > relaxedStart && relaxedScore >= MinRunScore
                    && ProseWords(segments, relaxed.Classes, relaxedStart, relaxedEnd) >= FallbackGain * Math.Max(words, 1))
                {
                    (scores, classes, reasons, start, end, score) = (relaxed.Scores, relaxed.Classes, relaxed.Reasons, relaxedStart, relaxedEnd, relaxedScore);
                }
            }
        }

        var candidate = new ArticleCandidate(source, segments.Count) { Classes = classes, Reasons = reasons };
        var keep = candidate.Keep;
        for (int i = 0; i < segments.Count; i++)
        {
            keep[i] = !segments[i].IsDecided && classes[i] is not (BlockClass.Bad or BlockClass.Terminator);
        }

        if (end <= start || score < MinRunScore)
        {
            for (int i = 0; i < segments.Count; i++)
            {
                if (keep[i])
                {
                    keep[i] = false;
                    candidate.Causes[i] = DropCause.NoRun;
                }
            }

            candidate.Start = candidate.End = 0;
            return candidate;
        }

        if (context.Kind == InputKind.Text)
        {
            end = ExtendOverNumberedList(segments, classes, start, end);
        }

        if (context.Options.Applies(Rule.ContainerExpansion))
        {
            (start, end) = ExpandToContainer(segments, context.BlockTree, candidate, scores, start, end, from, to);
        }

        for (int i = 0; i < segments.Count; i++)
        {
            if (keep[i] && (i < start || i >= end))
            {
                keep[i] = false;
                candidate.Causes[i] = DropCause.OutsideRun;
            }
        }

        candidate.Start = start;
        candidate.End = end;
        return candidate;
    }

    internal static double ProseWords(IReadOnlyList<Segment> segments, BlockClass[] classes, int start, int end)
    {
        double words = 0;
        for (int i = start; i < end; i++)
        {
            if (classes[i] is BlockClass.Good or BlockClass.NearGood)
            {
                words += segments[i].Stats.Words;
            }
        }

        return words;
    }

    /// <summary>A numbered list joins the article when its first item stands within this many lines after the run …</summary>
    private const int MaxListDistance = 2;

    /// <summary>… or within this many lines before its end, where the first items' notes carried the run on …</summary>
    private const int MaxListLead = 12;

    /// <summary>… each next item within this many lines of the one before …</summary>
    private const int MaxItemStep = 4;

    /// <summary>… and it counts at least this many items.</summary>
    private const int MinListItems = 3;

    /// <summary>
    /// A text dump has no list markup to say that the numbered list after the introduction ("1) …", "2) …") is the
    /// article's, as a container says it in HTML. A list that starts at one right after the run, counts on item by
    /// item, and meets no end-of-article heading, joins the run with the lines that go with each item; a teaser list
    /// after the story stands under its heading ("Most read"), which ends the run before it.
    /// </summary>
    private static int ExtendOverNumberedList(IReadOnlyList<Segment> segments, BlockClass[] classes, int start, int end)
    {
        // The list may have begun inside the run, where its first items' notes carried it on.
        int at = -1;
        for (int i = Math.Max(start, end - MaxListLead); i < segments.Count && i <= end + MaxListDistance; i++)
        {
            if (i >= end && classes[i] == BlockClass.Terminator)
            {
                break;
            }

            if (ItemNumber(segments[i].Text) == 1)
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return end;
        }

        // Error text taken out of the page counts for no line between two items.
        int items = 1, last = at, expected = 2, gap = 0, lines = 0;
        for (int i = at + 1; i < segments.Count && gap < MaxItemStep; i++)
        {
            if (classes[i] == BlockClass.Terminator)
            {
                break;
            }

            if (segments[i].Role is BlockRole.Noise)
            {
                continue;
            }

            gap++;
            int number = ItemNumber(segments[i].Text);
            if (number == expected)
            {
                items++;
                expected++;
                last = i;
                lines += gap;
                gap = 0;
            }
            else if (number > 0)
            {
                break;
            }
        }

        if (items < MinListItems || last < end)
        {
            return end;
        }

        // The lines an item carries (its link, its note) come with it, up to as many as stood between two items.
        int step = lines / (items - 1), carried = 0;
        int stop = last + 1;
        for (int i = last + 1; i < segments.Count && carried < step - 1 && classes[i] != BlockClass.Terminator && ItemNumber(segments[i].Text) <= 0; i++)
        {
            carried += segments[i].Role is BlockRole.Noise ? 0 : 1;
            stop = i + 1;
        }

        return stop;
    }

    /// <summary>The number of an item of a numbered list ("3) Title", "3. Title"), or 0.</summary>
    internal static int ItemNumber(string text)
    {
        int i = 0, number = 0;
        while (i < text.Length && i < 3 && char.IsAsciiDigit(text[i]))
        {
            number = (number * 10) + (text[i] - '0');
            i++;
        }

        return i > 0 && i + 1 < text.Length && text[i] is '.' or ')' && text[i + 1] == ' ' ? number : 0;
    }

    /// <summary>
    /// Widens the run to the rest of the element that holds its prose: an article's introduction
    /// before a table of contents, its data tables and lists, its paragraphs after an inline box are
    /// in the same container even where furniture between them broke the run. Only prose, sentences
    /// and structured blocks (headings, list items, table rows) that no zone or link test marked as
    /// furniture join, and only up to an end-of-article heading and as much text again as the run has.
    /// </summary>
    private static (int Start, int End) ExpandToContainer(IReadOnlyList<Segment> segments, BlockTree? tree, ArticleCandidate candidate, double[] scores, int start, int end, int from, int to)
    {
        if (tree is null)
        {
            return (start, end);
        }

        // The container is the innermost element around every prose block of the run: it starts as the first one's
        // element and moves up to the parent until it holds each next one (it only ever moves up).
        var keep = candidate.Keep;
        bool found = false;
        int container = -1;
        double runWords = 0;
        for (int i = start; i < end; i++)
        {
            var segment = segments[i];
            if (segment.Class is not (BlockClass.Good or BlockClass.NearGood) || !keep[i])
            {
                continue;
            }

            runWords += segment.Stats.Words;
            if (!found)
            {
                found = true;
                container = segment.Element;
                continue;
            }

            while (container >= 0 && (segment.Element < 0 || !tree.Holds(container, segment.Element)))
            {
                container = tree.Parent(container);
            }
        }

        // html and body open every path: a container must lie deeper.
        if (!found || container < 0 || tree.Depth(container) <= MinContainerDepth)
        {
            return (start, end);
        }

        int first = start, last = end;
        double extraWords = 0;
        for (int i = start - 1; i >= from && segments[i].Class != BlockClass.Terminator && scores[i] > -RunScorer.TerminatorCost; i--)
        {
            if (Joins(segments[i], keep[i], tree, container))
            {
                first = i;
                extraWords += segments[i].Stats.Words;
            }
        }

        for (int i = end; i < to && segments[i].Class != BlockClass.Terminator && scores[i] > -RunScorer.TerminatorCost; i++)
        {
            if (Joins(segments[i], keep[i], tree, container))
            {
                last = i + 1;
                extraWords += segments[i].Stats.Words;
            }
        }

        if (extraWords > runWords * MaxContainerGrowth || (first == start && last == end))
        {
            return (start, end);
        }

        for (int i = first; i < last; i++)
        {
            if ((i < start || i >= end) && keep[i] && !Joins(segments[i], keep[i], tree, container))
            {
                keep[i] = false;
                candidate.Causes[i] = DropCause.OutsideContainer;
            }
        }

        return (first, last);
    }

    private static bool Joins(Segment segment, bool kept, BlockTree tree, int container)
    {
        if (!kept || segment.Element < 0 || !tree.Holds(container, segment.Element))
        {
            return false;
        }

        return segment.Class is BlockClass.Good or BlockClass.NearGood
            || (segment.Class == BlockClass.Short && segment.Markup is MarkupHint.Heading or MarkupHint.ListItem or MarkupHint.OrderedListItem or MarkupHint.TableRow);
    }
}
