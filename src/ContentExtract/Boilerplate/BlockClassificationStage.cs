using ContentExtract.Pipeline;

namespace ContentExtract.Boilerplate;

/// <summary>Gives every undecided segment its context-free class, for the stages that read classes.</summary>
internal sealed class BlockClassificationStage : IExtractionStage
{
    public void Run(ExtractionContext context)
    {
        var segments = context.Segments;
        // Markup already tells menus and lists from prose; a text dump has only its words to go by.
        var classifier = BlockClassifier.For(context, pageHasFunctionWords: context.Kind == InputKind.Text && HasFunctionWords(segments));
        foreach (var segment in segments)
        {
            var (blockClass, reason) = classifier.Classify(segment, honourZone: true, out bool? saysFurniture);
            segment.Class = blockClass;
            segment.SaysFurniture = saysFurniture ?? classifier.SaysFurniture(segment);
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
                var (blockWords, blockStopwords) = segment.FunctionWords;
                words += blockWords;
                stopwords += blockStopwords;
            }
        }

        return words >= 100 && stopwords >= words * KnownLanguageStopwordShare;
    }
}
