using ContentExtract.Pipeline;

namespace ContentExtract.Boilerplate;

/// <summary>Gives every undecided segment its context-free class, for the stages that read classes.</summary>
internal sealed class BlockClassificationStage : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        var classifier = new BlockClassifier(context.Options.Boilerplate);
        var segments = context.Segments;
        int sinceHeadline = int.MaxValue;
        foreach (var segment in segments)
        {
            var (blockClass, reason) = classifier.Classify(segment);

            // The lead under the headline is often named a teaser ("article-teaser", "news-details__teaser"), as teaser
            // cards are; a card links to its story, the lead does not.
            if (sinceHeadline <= MaxLeadDistance && segment.Zone is Segmentation.PageZone.Related or Segmentation.PageZone.Header && segment.LinkChars == 0
                && segment.Stats.EndsWithSentenceEnd && segment.Stats.Words >= MinLeadWords)
            {
                (blockClass, reason) = classifier.Classify(segment, honourZone: false);
                reason += ", the lead under the headline";
            }

            sinceHeadline = segment.Markup == Segmentation.MarkupHint.Heading && segment.MarkupHeadingLevel == 1 ? 0
                : sinceHeadline == int.MaxValue ? sinceHeadline : sinceHeadline + 1;
            segment.Class = blockClass;
            segment.ClassReason = reason;
        }
    }

    /// <summary>Lines after an h1 within which a teaser-named paragraph is the article's lead …</summary>
    private const int MaxLeadDistance = 3;

    /// <summary>… when it holds at least this many words.</summary>
    private const double MinLeadWords = 12;
}
