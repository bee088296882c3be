using ContentExtract.Text;

namespace ContentExtract.Pipeline;

/// <summary>Builds the immutable result from the finished working state.</summary>
internal static class DocumentAssembler
{
    private static Selection.CandidateTrace[] TraceCandidates(ExtractionContext context) =>
        context.Candidates.Select(c => new Selection.CandidateTrace(c.Source, ReferenceEquals(c, context.ChosenCandidate), c.Score, c.Features, c.Text(context.Segments))).ToArray();

    public static ExtractedDocument Assemble(ExtractionContext context)
    {
        // One block is its own text: a page of one paragraph of megabytes is not copied once more.
        string text = context.Blocks.Count == 1 ? context.Blocks[0].Text : string.Join("\n\n", context.Blocks.Select(block => block.Text));
        var decisions = new BlockDecision[context.Segments.Count];
        for (int i = 0; i < decisions.Length; i++)
        {
            var segment = context.Segments[i];
            decisions[i] = new BlockDecision { Index = i, Text = segment.Text, Role = segment.Role ?? BlockRole.Boilerplate, Reason = segment.Reason };
        }

        return new ExtractedDocument
        {
            Url = context.Page.Url ?? context.StatedAddress,
            InputKind = context.Kind,
            Language = text.Length > 0 ? LanguageIdentifier.Resolve(context.Language, text) : LanguageIdentifier.ResolveHead(context.Language, context.Segments.Select(s => s.Text), '\n'),
            PageKind = context.PageKind,
            ErrorPage = context.ErrorPage,
            Title = context.Title,
            // The init accessors copy the working lists into the document's own.
            Breadcrumb = context.Breadcrumb,
            Blocks = context.Blocks,
            Quotes = context.Quotes,
            LinkLists = context.LinkLists,
            PageKindEvidence = context.PageKindEvidence,
            Noise = ValueList<NoiseFragment>.Own([.. context.NestedNoise, .. context.Noise]),
            Metadata = context.Metadata,
            Text = text,
            Decisions = ValueList<BlockDecision>.Own(decisions),
            Trace = new ExtractionTrace
            {
                Candidates = context.Options.TraceCandidates ? TraceCandidates(context) : null,
                Selection = context.ChosenCandidate is { } chosen
                    ? new Selection.SelectionReport(context.Candidates.Where(c => c.Source != Selection.CandidateSource.SecondOpinion).Select(c => (c.Source, c.Score, c.KeptCount)).ToArray(), chosen.Source, context.JudgeMargin, context.SecondOpinionTime, context.SecondOpinionNote)
                    : null,
            },
        };
    }
}
