using ContentExtract.Pipeline;

namespace ContentExtract.Boilerplate;

/// <summary>Gives every undecided segment its context-free class, for the stages that read classes.</summary>
internal sealed class BlockClassificationStage : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        var segments = context.Segments;
        // Markup already tells menus and lists from prose; a text dump has only its words to go by.
        var classifier = new BlockClassifier(context.Options.Boilerplate) { PageHasFunctionWords = context.Kind == InputKind.Text && HasFunctionWords(segments) };
        int sinceHeadline = int.MaxValue;
        foreach (var segment in segments)
        {
            var (blockClass, reason) = classifier.Classify(segment);

            // The lead under the headline is often named a teaser ("article-teaser", "news-details__teaser"), as teaser
            // cards are; a card links to its story, the lead does not.
            if (sinceHeadline <= MaxLeadDistance && context.Options.Applies(Pipeline.Rule.LeadUnderHeadline) && segment.Zone is Segmentation.PageZone.Related or Segmentation.PageZone.Header && segment.LinkChars == 0
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

    /// <summary>Share of function words in the page's long blocks that says their language is one the lexicon knows.</summary>
    private const double KnownLanguageStopwordShare = 0.12;

    /// <summary>Only blocks this long are sampled: prose, where function words are at their usual rate.</summary>
    private const double SampledBlockWords = 20;

    private static bool HasFunctionWords(IReadOnlyList<Segmentation.Segment> segments)
    {
        int words = 0, stopwords = 0;
        foreach (var segment in segments)
        {
            if (segment.Stats.Words >= SampledBlockWords && !segment.Stats.IsMostlyCjk)
            {
                var (blockWords, blockStopwords) = Text.LanguageIdentifier.CountStopwords(segment.Text);
                words += blockWords;
                stopwords += blockStopwords;
            }
        }

        return words >= 100 && stopwords >= words * KnownLanguageStopwordShare;
    }

    /// <summary>Lines after an h1 within which a teaser-named paragraph is the article's lead …</summary>
    private const int MaxLeadDistance = 3;

    /// <summary>… when it holds at least this many words.</summary>
    private const double MinLeadWords = 12;
}
