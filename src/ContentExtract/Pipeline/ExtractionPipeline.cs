using ContentExtract.Boilerplate;
using ContentExtract.Noise;
using ContentExtract.Selection;
using ContentExtract.Structure;

namespace ContentExtract.Pipeline;

/// <summary>
/// The stages every page goes through once it is segmented, in this order:
/// <list type="number">
/// <item><see cref="ErrorFragmentRemover"/> takes out error-page text (status lines, server banners) and reports it.</item>
/// <item><see cref="BlockClassificationStage"/> gives every segment its context-free class (prose, sentence, short, furniture, end-of-article).</item>
/// <item><see cref="TextDumpSignals"/> marks, in text dumps only, the furniture that markup would have fenced off: consent prose, comment threads.</item>
/// <item><see cref="BreadcrumbStage"/> finds the trail above the article, so that it is not mistaken for content.</item>
/// <item><see cref="ArticleSelectionStage"/> chooses the article among candidates (best run, headline run, densest element) with a judge.</item>
/// <item><see cref="TitleRecognizer"/> finds the headline above that run.</item>
/// <item><see cref="LinkListRecognizer"/> gathers named link lists outside the run.</item>
/// <item><see cref="BodyBlockBuilder"/> types the run's segments as headings, paragraphs, quotes, lists, tables and code blocks.</item>
/// <item><see cref="StatedTextStage"/> adds the page's own text as its JSON-LD states it, where the blocks lack most of it.</item>
/// <item><see cref="QuotationRecognizer"/> lists block and inline quotations with their speakers.</item>
/// <item><see cref="ErrorPageRecognizer"/> decides whether the whole page is an error page, and empties it if so.</item>
/// <item><see cref="PageKindClassifier"/> tells the other pages apart: article, challenge, listing or empty.</item>
/// </list>
/// The HTML path and the text path differ only in how they segment; from here on they share every stage.
/// </summary>
internal static class ExtractionPipeline
{
    public static IReadOnlyList<IExtractionStage> Stages { get; } =
    [
        new ErrorFragmentRemover(),
        new BlockClassificationStage(),
        new TextDumpSignals(),
        new BreadcrumbStage(),
        new ArticleSelectionStage(),
        new TitleRecognizer(),
        new LinkListRecognizer(),
        new BodyBlockBuilder(),
        new StatedTextStage(),
        new QuotationRecognizer(),
        new ErrorPageRecognizer(),
        new PageKindClassifier(),
    ];

    /// <summary>Each stage's name in the stage-time metric (<see cref="Telemetry.ContentExtractTelemetry.StageTag"/>), by position.</summary>
    private static readonly string[] StageNames = [.. Stages.Select(stage => Telemetry.ExtractionTelemetry.StageName(stage.GetType()))];

    public static ExtractedDocument Run(ExtractionContext context)
    {
        if (context.Telemetry is { } telemetry)
        {
            return RunTimed(context, telemetry);
        }

        foreach (var stage in Stages)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            stage.Run(context);
        }

        return DocumentAssembler.Assemble(context);
    }

    private static ExtractedDocument RunTimed(ExtractionContext context, Telemetry.ExtractionTelemetry telemetry)
    {
        for (int i = 0; i < Stages.Count; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            Stages[i].Run(context);
            telemetry.RecordStage(StageNames[i], start);
        }

        long assembly = System.Diagnostics.Stopwatch.GetTimestamp();
        var document = DocumentAssembler.Assemble(context);
        telemetry.RecordStage("document_assembler", assembly);
        return document;
    }
}
