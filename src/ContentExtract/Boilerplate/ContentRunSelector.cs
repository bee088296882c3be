using ContentExtract.Pipeline;

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
    private const double BadCost = 10;
    private const double TerminatorCost = 1e6;

    /// <summary>The least score a run needs to be an article: one short sentence is not one.</summary>
    private const double MinRunScore = 8;

    public void Run(ExtractionContext context)
    {
        var segments = context.Segments;
        var scores = new double[segments.Count];
        for (int i = 0; i < segments.Count; i++)
        {
            // A segment decided since classification (a breadcrumb) counts as furniture.
            var blockClass = segments[i].Role is { } role && role != BlockRole.Content ? BlockClass.Bad : segments[i].Class;
            string reason = segments[i].Role is not null ? segments[i].Reason : segments[i].ClassReason;
            double words = segments[i].Stats.Words;
            scores[i] = blockClass switch
            {
                BlockClass.Good => words,
                BlockClass.NearGood => Math.Max(1, words * 0.5),
                BlockClass.Short => -ShortCost,
                BlockClass.Terminator => -TerminatorCost,
                _ => -(BadCost + words),
            };

            if (!segments[i].IsDecided && blockClass is BlockClass.Bad or BlockClass.Terminator)
            {
                segments[i].Decide(BlockRole.Boilerplate, reason);
            }
            else if (!segments[i].IsDecided)
            {
                segments[i].Decide(BlockRole.Content, reason);
            }
        }

        var (start, end, score) = BestRun(scores);
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
