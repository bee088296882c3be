using ContentExtract.Boilerplate;
using ContentExtract.Pipeline;

namespace ContentExtract.Selection;

/// <summary>
/// SmartReader's article (a port of Mozilla's Readability: comma-rich paragraphs vote for their container),
/// mapped back onto the page's segments. It errs differently from the run and the densest element, which is
/// why it is asked; it is also the slowest, which is why it is asked only where the judge doubts. It reads
/// the document the segmenter already parsed, and consumes it: nothing reads the document after selection.
/// </summary>
internal static class SecondOpinionGenerator
{
    /// <summary>Share of a segment's text that must be in SmartReader's article for the segment to be in the candidate.</summary>
    private const double MinCover = 0.6;

    /// <summary>Address handed to SmartReader when the page's is unknown (it only resolves links with it).</summary>
    private static readonly Uri PlaceholderAddress = new("https://localhost/");

    public static ArticleCandidate? Generate(ExtractionContext context)
    {
        if (context.Document is not { } document)
        {
            return null;
        }

        string text;
        try
        {
            var reader = new SmartReader.Reader((context.Page.Url ?? PlaceholderAddress).AbsoluteUri, document);
            var article = reader.GetArticle();
            text = article.IsReadable ? article.TextContent ?? string.Empty : string.Empty;
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            // A second opinion that fails is no opinion; the page still has its own candidates.
            return null;
        }

        var segments = context.Segments;
        var relaxed = RunScorer.Score(context, relaxed: true);
        var candidate = new ArticleCandidate(CandidateSource.SecondOpinion, segments.Count) { Classes = relaxed.Classes, Reasons = relaxed.Reasons };
        var cover = new TextCover(text);
        if (cover.IsEmpty)
        {
            return candidate;
        }

        int start = -1, end = -1;
        for (int i = 0; i < segments.Count; i++)
        {
            bool content = !segments[i].IsDecided && relaxed.Classes[i] is not (BlockClass.Bad or BlockClass.Terminator);
            if (!content)
            {
                continue;
            }

            if (cover.Covers(segments[i].Text) >= MinCover)
            {
                candidate.Keep[i] = true;
                start = start < 0 ? i : start;
                end = i + 1;
            }
            else
            {
                candidate.Causes[i] = DropCause.OutsideRun;
            }
        }

        if (start >= 0)
        {
            candidate.Start = start;
            candidate.End = end;
        }

        return candidate;
    }
}
