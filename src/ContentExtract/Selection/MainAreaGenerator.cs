using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;
using ContentExtract.Segmentation;

namespace ContentExtract.Selection;

/// <summary>
/// The page's main area read whole: every block of the element that holds the most of the page's own text
/// (prose, headings, short lines alike) and the least of its furniture, with the furniture inside it left out.
/// A service page is sections of headings, feature lines and calls to action, a product page a description
/// beside specifications and prices: none of it is a run of prose, all of it is what the page is for. HTML only.
/// </summary>
internal static class MainAreaGenerator
{
    public static ArticleCandidate? Generate(ExtractionContext context, RunScores scores)
    {
        var segments = context.Segments;
        if (segments.Count == 0 || context.BlockTree is not { } tree)
        {
            return null;
        }

        // The page's own text counts for the element, furniture against it, links at what they weigh.
        var best = ElementBalance.Best(segments, tree, i => OwnBlock.Is(segments[i]) ? segments[i].Stats.Words * (1 - segments[i].LinkDensity) : -segments[i].Stats.Words);
        var candidate = new ArticleCandidate(CandidateSource.MainArea, segments.Count) { Classes = scores.Classes, Reasons = scores.Reasons };
        if (best is not var (first, last, balance) || balance < BestRunGenerator.MinRunScore)
        {
            return candidate;
        }

        int start = first, end = RunScorer.StoryEnd(segments, scores.Headline, first, last);
        for (int i = 0; i < segments.Count; i++)
        {
            bool inside = i >= start && i < end;
            candidate.Keep[i] = inside && OwnBlock.Is(segments[i]);
            if (!candidate.Keep[i] && !segments[i].IsDecided && scores.Classes[i] is not (BlockClass.Bad or BlockClass.Terminator))
            {
                candidate.Causes[i] = DropCause.OutsideRun;
            }
        }

        candidate.Start = start;
        candidate.End = end;
        return candidate;
    }
}
