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
            decisions[i] = new BlockDecision(i, segment.Text, segment.Role ?? BlockRole.Boilerplate, segment.Reason);
        }

        return new ExtractedDocument
        {
            Url = context.Page.Url?.AbsoluteUri,
            InputKind = context.Kind,
            Language = context.Language ?? (text.Length > 0 ? LanguageIdentifier.Identify(text) : LanguageIdentifier.Identify(context.Segments.Select(s => s.Text), '\n')),
            PageKind = context.PageKind,
            ErrorPage = context.ErrorPage,
            Title = context.Title,
            Breadcrumb = context.Breadcrumb.ToArray(),
            Blocks = context.Blocks.ToArray(),
            Quotes = context.Quotes.ToArray(),
            LinkLists = context.LinkLists.ToArray(),
            PageKindEvidence = context.PageKindEvidence.ToArray(),
            Noise = [.. context.NestedNoise, .. context.Noise],
            Metadata = context.Metadata,
            Text = text,
            Decisions = decisions,
            CandidateTraces = context.Options.TraceCandidates ? TraceCandidates(context) : [],
            Selection = context.ChosenCandidate is { } chosen
                ? new Selection.SelectionReport(context.Candidates.Where(c => c.Source != Selection.CandidateSource.SecondOpinion).Select(c => (c.Source, c.Score, c.KeptCount)).ToArray(), chosen.Source, context.JudgeMargin, context.SecondOpinionTime, context.SecondOpinionNote)
                : null,
        };
    }
}
