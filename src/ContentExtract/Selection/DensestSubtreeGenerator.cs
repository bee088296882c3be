using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// The element of the page whose own text is most prose and least furniture, read whole: for every block
/// element, prose inside it counts for, links and furniture against, and the element with the largest
/// balance wins. Where a run is a stretch of lines, this is a box of the layout, so it disagrees with the
/// best run exactly where the run crossed a container's edge (took in a comment thread below the article,
/// or lost the article's second half behind an inline box). HTML only: a text dump has no elements.
/// </summary>
internal static class DensestSubtreeGenerator
{
    /// <summary>Weight of a sentence-length block's words against a prose block's.</summary>
    private const double SentenceWeight = 0.5;

    /// <summary>Cost of a short line (a label, a menu entry) inside the element.</summary>
    private const double ShortLineCost = 1;

    /// <summary>An end-of-article heading inside the element ends the candidate once this share of its prose stands before it.</summary>
    private const double ProseBeforeTerminator = 0.5;

    public static ArticleCandidate? Generate(ExtractionContext context, RunScores scores)
    {
        var segments = context.Segments;
        if (segments.Count == 0 || context.BlockTree is not { } tree)
        {
            return null;
        }

        var classes = scores.Classes;
        var best = ElementBalance.Best(segments, tree, i =>
        {
            var segment = segments[i];
            double words = segment.Stats.Words;
            return classes[i] switch
            {
                BlockClass.Good => words,
                BlockClass.NearGood => words * SentenceWeight,
                BlockClass.Short when segment.Markup is MarkupHint.Heading or MarkupHint.TableRow or MarkupHint.ListItem or MarkupHint.OrderedListItem && segment.LinkChars == 0 => 0,
                BlockClass.Short => -ShortLineCost,
                _ => -words,
            };
        });

        var candidate = new ArticleCandidate(CandidateSource.DensestSubtree, segments.Count) { Classes = classes, Reasons = scores.Reasons };
        if (best is not var (first, last, balance) || balance < BestRunGenerator.MinRunScore)
        {
            return candidate;
        }

        int start = first, end = RunScorer.StoryEnd(segments, scores.Headline, first, last);
        double total = 0, seen = 0;
        for (int i = start; i < end; i++)
        {
            total += classes[i] is BlockClass.Good or BlockClass.NearGood ? segments[i].Stats.Words : 0;
        }

        for (int i = start; i < end; i++)
        {
            if (classes[i] == BlockClass.Terminator && seen >= ProseBeforeTerminator * total && !segments[i].InArticleBody)
            {
                end = i;
                break;
            }

            if (classes[i] is BlockClass.Good or BlockClass.NearGood)
            {
                seen += segments[i].Stats.Words;
            }
        }

        // The element's own edges hold its furniture (a bio box, a "Contact:" line, a share prompt): inside the element,
        // the best run of the block scores is what its prose spans.
        var (runStart, runEnd, runScore) = RunScorer.BestRun(scores.Scores.AsSpan(start, end - start));
        if (runScore >= BestRunGenerator.MinRunScore)
        {
            (start, end) = (start + runStart, start + runEnd);
        }

        for (int i = 0; i < segments.Count; i++)
        {
            bool content = !segments[i].IsDecided && classes[i] is not (BlockClass.Bad or BlockClass.Terminator);
            candidate.Keep[i] = content && i >= start && i < end;
            if (content && !candidate.Keep[i])
            {
                candidate.Causes[i] = DropCause.OutsideRun;
            }
        }

        candidate.Start = start;
        candidate.End = end;
        return candidate;
    }
}
