using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Boilerplate;

/// <summary>
/// Chooses the main content: the run of segments with the highest score, where prose scores its
/// size, short sentences half of theirs, short lines cost a little and furniture costs much. Short
/// headings between paragraphs survive because prose around them outweighs their cost; menus and
/// footers do not, because nothing outweighs a block of links. An end-of-article heading (comments,
/// related links) closes the run whatever follows it.
/// </summary>
internal sealed class ContentRunSelector : IExtractionStage
{
    private const double ShortCost = 3;
    private const double HeadingCost = 1;
    private const double BadCost = 10;
    private const double TerminatorCost = 1e6;

    private const double ArticleBodyWeight = 1.5;
    private const double OutsideBodyWeight = 0.5;
    private const double MarkedBodyWords = 50;
    private const double HeadlineStretchWeight = 2;
    private const int MinContainerDepth = 2;
    private const double MaxContainerGrowth = 2.0;

    /// <summary>A second run joins the main one when it scores this share of it …</summary>
    private const double SecondRunShare = 0.5;

    /// <summary>… lies within this many lines of it …</summary>
    private const int MaxGapSegments = 80;

    /// <summary>… and shares with it an element this deep (html, body and one wrapper lie above).</summary>
    private const int MinJoinDepth = 3;

    /// <summary>A run with fewer words of prose than this is retried without page zones …</summary>
    private const double FallbackWords = 40;

    /// <summary>… and the retry is kept when it has this many times the prose.</summary>
    private const double FallbackGain = 3;

    /// <summary>The least score a run needs to be an article: one short sentence is not one.</summary>
    private const double MinRunScore = 8;

    public void Run(ExtractionContext context)
    {
        var segments = context.Segments;
        var (scores, classes, reasons) = Score(context, relaxed: false);
        var (start, end, score) = BestRun(scores);

        // The fallback, as trafilatura runs its own: where page zones leave no article or a scrap of
        // one (a theme's flags on the article's wrapper), choose again without them and keep that
        // choice when it holds several times the prose.
        if (segments.Count > 0 && segments[0].Ancestry is not null && context.Options.Applies(Rule.ZoneFreeFallback))
        {
            double words = end > start && score >= MinRunScore ? ProseWords(segments, classes, start, end) : 0;
            if (words < FallbackWords)
            {
                var (relaxedScores, relaxedClasses, relaxedReasons) = Score(context, relaxed: true);
                var (relaxedStart, relaxedEnd, relaxedScore) = BestRun(relaxedScores);
                if (relaxedEnd > relaxedStart && relaxedScore >= MinRunScore
                    && ProseWords(segments, relaxedClasses, relaxedStart, relaxedEnd) >= FallbackGain * Math.Max(words, 1))
                {
                    (scores, classes, reasons, start, end, score) = (relaxedScores, relaxedClasses, relaxedReasons, relaxedStart, relaxedEnd, relaxedScore);
                }
            }
        }

        for (int i = 0; i < segments.Count; i++)
        {
            if (!segments[i].IsDecided)
            {
                segments[i].Decide(classes[i] is BlockClass.Bad or BlockClass.Terminator ? BlockRole.Boilerplate : BlockRole.Content, reasons[i]);
            }
        }

        if (end <= start || score < MinRunScore)
        {
            foreach (var segment in segments)
            {
                if (segment.Role == BlockRole.Content)
                {
                    segment.Decide(BlockRole.Boilerplate, "no prose run on the page");
                }
            }

            return;
        }

        if (context.Options.Applies(Rule.SecondRunJoin))
        {
            (start, end) = JoinSecondRun(segments, scores, classes, start, end, score);
        }

        if (context.Kind == InputKind.Text)
        {
            end = ExtendOverNumberedList(segments, classes, start, end);
        }

        if (context.Options.Applies(Rule.ContainerExpansion))
        {
            (start, end) = ExpandToContainer(segments, start, end);
        }

        context.ContentStart = start;
        context.ContentEnd = end;
        for (int i = 0; i < segments.Count; i++)
        {
            if (segments[i].Role == BlockRole.Content && (i < start || i >= end))
            {
                segments[i].Decide(BlockRole.Boilerplate, $"{segments[i].Reason}, outside the main run");
            }
        }
    }

    /// <summary>
    /// An article split in two by an inline box, a gallery or a block of teasers leaves two runs of prose
    /// where Kadane keeps only the larger. The next-best run before or after it joins when it holds at
    /// least <see cref="SecondRunShare"/> of the main run's score, no end-of-article heading lies between
    /// them, the gap is at most <see cref="MaxGapSegments"/> lines, and the prose of both sits in one
    /// element below the page's outer wrappers (<see cref="MinJoinDepth"/>). The lines of the gap stay out.
    /// </summary>
    private static (int Start, int End) JoinSecondRun(IReadOnlyList<Segment> segments, double[] scores, BlockClass[] classes, int start, int end, double score)
    {
        var (afterStart, afterEnd, afterScore) = BestRun(scores.AsSpan(end));
        afterStart += end;
        afterEnd += end;
        var (beforeStart, beforeEnd, beforeScore) = BestRun(scores.AsSpan(0, start));
        bool after = afterEnd > afterStart && afterScore >= SecondRunShare * score && Bridgeable(segments, scores, classes, start, end, afterStart, afterEnd, end, afterStart);
        bool before = beforeEnd > beforeStart && beforeScore >= SecondRunShare * score && Bridgeable(segments, scores, classes, start, end, beforeStart, beforeEnd, beforeEnd, start);
        if (after && (!before || afterScore >= beforeScore))
        {
            MarkGap(segments, end, afterStart);
            return (start, afterEnd);
        }

        if (before)
        {
            MarkGap(segments, beforeEnd, start);
            return (beforeStart, end);
        }

        return (start, end);
    }

    private static void MarkGap(IReadOnlyList<Segment> segments, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (segments[i].Role == BlockRole.Content)
            {
                segments[i].Decide(BlockRole.Boilerplate, $"{segments[i].Reason}, between the article's runs");
            }
        }
    }

    private static bool Bridgeable(IReadOnlyList<Segment> segments, double[] scores, BlockClass[] classes, int start, int end, int otherStart, int otherEnd, int gapStart, int gapEnd)
    {
        if (gapEnd - gapStart > MaxGapSegments)
        {
            return false;
        }

        for (int i = gapStart; i < gapEnd; i++)
        {
            if (classes[i] == BlockClass.Terminator || scores[i] <= -TerminatorCost)
            {
                return false;
            }
        }

        int[]? prefix = null;
        int length = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            int from = pass == 0 ? start : otherStart, to = pass == 0 ? end : otherEnd;
            for (int i = from; i < to; i++)
            {
                if (classes[i] is not (BlockClass.Good or BlockClass.NearGood) || segments[i].Ancestry is not { } ancestry)
                {
                    continue;
                }

                if (prefix is null)
                {
                    prefix = ancestry;
                    length = ancestry.Length;
                    continue;
                }

                length = Math.Min(length, ancestry.Length);
                int k = 0;
                while (k < length && prefix[k] == ancestry[k])
                {
                    k++;
                }

                length = k;
            }
        }

        return prefix is not null && length >= MinJoinDepth;
    }

    private const string ZoneFreeNote = " (page zones set aside)";

    private static (BlockClass, string) ZoneFree(BlockClassifier classifier, Segment segment)
    {
        var (blockClass, reason) = classifier.Classify(segment, honourZone: false);
        return (blockClass, reason + ZoneFreeNote);
    }

    private static (double[] Scores, BlockClass[] Classes, string[] Reasons) Score(ExtractionContext context, bool relaxed)
    {
        // The zone-free classes are needed only by the rare fallback run, so they are worked out here, not for every page.
        var classifier = relaxed ? new BlockClassifier(context.Options.Boilerplate) : null;
        var segments = context.Segments;
        var scores = new double[segments.Count];
        var classes = new BlockClass[segments.Count];
        var reasons = new string[segments.Count];
        bool markedBody = context.Options.Applies(Rule.MarkedBodyWeight) && HasMarkedArticleBody(segments);
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];

            // A segment decided since classification (a breadcrumb) counts as furniture.
            var (ownClass, ownReason) = !relaxed ? (segment.Class, segment.ClassReason)
                : segment.Zone is PageZone.None or PageZone.ArticleBody ? (segment.Class, segment.ClassReason + ZoneFreeNote)
                : ZoneFree(classifier!, segment);
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

            // Where the page marks its article body, prose inside it outweighs prose elsewhere.
            if (markedBody && scores[i] > 0)
            {
                scores[i] *= segment.InArticleBody ? ArticleBodyWeight : OutsideBodyWeight;
            }

            classes[i] = blockClass;
            reasons[i] = reason;
        }

        ApplyHeadlineAnchor(context, scores);
        return (scores, classes, reasons);
    }

    private static double ProseWords(IReadOnlyList<Segment> segments, BlockClass[] classes, int start, int end)
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

    /// <summary>
    /// An article follows its headline. Where the page's headline (the markup heading that matches
    /// the title the page declares) can be found, prose in the stretch after it weighs more, so a
    /// consent dialog, a comment thread or the next story on a long page does not outweigh the
    /// article that the page is about.
    /// </summary>
    private static void ApplyHeadlineAnchor(ExtractionContext context, double[] scores)
    {
        if (!context.Options.Applies(Rule.HeadlineAnchor))
        {
            return;
        }

        if (context.TitleHint is not { Length: > 0 } hint)
        {
            TextDumpSignals.ApplyHeadlineAnchor(context, scores);
            return;
        }

        var segments = context.Segments;
        // The headline is an h1 (else an h2) outside furniture: teaser lists repeat it in their own headings.
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

        if (anchor < 0)
        {
            return;
        }

        int level = segments[anchor].MarkupHeadingLevel;
        for (int i = anchor + 1; i < segments.Count; i++)
        {
            var segment = segments[i];

            // The stretch ends at the next headline of the same rank, which also ends the article: the
            // next story on the page starts there. An end-of-article heading ends it as well.
            if (segment.Markup == MarkupHint.Heading && segment.MarkupHeadingLevel <= level && segment.Zone is PageZone.None && !segment.InArticleBody)
            {
                scores[i] = -TerminatorCost;
                break;
            }

            if (segment.Class == BlockClass.Terminator)
            {
                break;
            }

            if (scores[i] > 0)
            {
                scores[i] *= HeadlineStretchWeight;
            }
        }
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
    private static int ItemNumber(string text)
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
    private static (int Start, int End) ExpandToContainer(IReadOnlyList<Segment> segments, int start, int end)
    {
        int[]? prefix = null;
        int prefixLength = 0;
        double runWords = 0;
        for (int i = start; i < end; i++)
        {
            var segment = segments[i];
            if (segment.Ancestry is not { } ancestry || segment.Class is not (BlockClass.Good or BlockClass.NearGood) || segment.Role != BlockRole.Content)
            {
                continue;
            }

            runWords += segment.Stats.Words;
            if (prefix is null)
            {
                prefix = ancestry;
                prefixLength = ancestry.Length;
                continue;
            }

            prefixLength = Math.Min(prefixLength, ancestry.Length);
            int k = 0;
            while (k < prefixLength && prefix[k] == ancestry[k])
            {
                k++;
            }

            prefixLength = k;
        }

        // html and body open every path: a container must lie deeper.
        if (prefix is null || prefixLength <= MinContainerDepth)
        {
            return (start, end);
        }

        int first = start, last = end;
        double extraWords = 0;
        for (int i = start - 1; i >= 0 && segments[i].Class != BlockClass.Terminator; i--)
        {
            if (Joins(segments[i], prefix, prefixLength))
            {
                first = i;
                extraWords += segments[i].Stats.Words;
            }
        }

        for (int i = end; i < segments.Count && segments[i].Class != BlockClass.Terminator; i++)
        {
            if (Joins(segments[i], prefix, prefixLength))
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
            var segment = segments[i];
            if ((i < start || i >= end) && segment.Role == BlockRole.Content && !Joins(segment, prefix, prefixLength))
            {
                segment.Decide(BlockRole.Boilerplate, $"{segment.ClassReason}, outside the article's container");
            }
        }

        return (first, last);
    }

    private static bool Joins(Segment segment, int[] prefix, int prefixLength)
    {
        if (segment.Role != BlockRole.Content || segment.Ancestry is not { } ancestry || ancestry.Length < prefixLength)
        {
            return false;
        }

        bool kind = segment.Class is BlockClass.Good or BlockClass.NearGood
            || (segment.Class == BlockClass.Short && segment.Markup is MarkupHint.Heading or MarkupHint.ListItem or MarkupHint.OrderedListItem or MarkupHint.TableRow);
        return kind && ancestry.AsSpan(0, prefixLength).SequenceEqual(prefix.AsSpan(0, prefixLength));
    }

    private static bool HasMarkedArticleBody(IReadOnlyList<Segment> segments)
    {
        double words = 0;
        foreach (var segment in segments)
        {
            if (segment.InArticleBody && segment.Class is BlockClass.Good or BlockClass.NearGood)
            {
                words += segment.Stats.Words;
            }
        }

        return words >= MarkedBodyWords;
    }

    /// <summary>The maximum-sum run (Kadane): [start, end).</summary>
    internal static (int Start, int End, double Score) BestRun(ReadOnlySpan<double> scores)
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
