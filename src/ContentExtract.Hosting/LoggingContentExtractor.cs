using System.Runtime.CompilerServices;
using ContentExtract.Archives;
using ContentExtract.Batches;
using Microsoft.Extensions.Logging;

namespace ContentExtract.Hosting;

/// <summary>
/// The <see cref="IContentExtractor"/> the container hands out: the library's extractor, with a log line for every input
/// that does not come back as an article. Refused and failed inputs are warnings, pages without an article (error pages,
/// bot challenges, empty pages) and skipped archive records are debug lines; cancellation is not logged. What is
/// logged is said in the README (section "Hosting"), with each event's id.
/// </summary>
internal sealed partial class LoggingContentExtractor(ContentExtractor inner, ILogger logger) : IContentExtractor
{
    /// <summary>The logger category.</summary>
    public const string Category = "ContentExtract";

    public ExtractionOptions Options => inner.Options;

    public ExtractedDocument Extract(string content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return Dropped(inner.Extract(content, mode, page, cancellationToken), SourceOf(page));
        }
        catch (ContentExtractionException ex)
        {
            InputRefused(logger, SourceOf(page), ex.Failure, ex.Message);
            throw;
        }
    }

    public ExtractedDocument Extract(ReadOnlySpan<byte> content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return Dropped(inner.Extract(content, mode, page, cancellationToken), SourceOf(page));
        }
        catch (ContentExtractionException ex)
        {
            InputRefused(logger, SourceOf(page), ex.Failure, ex.Message);
            throw;
        }
    }

    public async Task<ExtractedDocument> ExtractAsync(Stream content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return Dropped(await inner.ExtractAsync(content, mode, page, cancellationToken).ConfigureAwait(false), SourceOf(page));
        }
        catch (ContentExtractionException ex)
        {
            InputRefused(logger, SourceOf(page), ex.Failure, ex.Message);
            throw;
        }
    }

    public IAsyncEnumerable<ArchiveRecordResult> ExtractArchiveAsync(Stream archive, ArchiveExtractionOptions? options = null, CancellationToken cancellationToken = default) =>
        LogRecords(inner.ExtractArchiveAsync(archive, options, cancellationToken), cancellationToken);

    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<ExtractionInput> inputs, BatchExtractionOptions? options = null, CancellationToken cancellationToken = default) =>
        LogResults(inner.ExtractManyAsync(inputs, options, cancellationToken), cancellationToken);

    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IEnumerable<ExtractionInput> inputs, BatchExtractionOptions? options = null, CancellationToken cancellationToken = default) =>
        LogResults(inner.ExtractManyAsync(inputs, options, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<ExtractionResult> LogResults(IAsyncEnumerable<ExtractionResult> results, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            string source = result.Input.Source ?? $"#{result.Index}";
            switch (result.Error)
            {
                case null:
                    Dropped(result.Document!, source);
                    break;
                case ContentExtractionException refused:
                    InputRefused(logger, source, refused.Failure, refused.Message);
                    break;
                default:
                    InputFailed(logger, source, result.Error.GetType().Name, result.Error.Message);
                    break;
            }

            yield return result;
        }
    }

    private async IAsyncEnumerable<ArchiveRecordResult> LogRecords(IAsyncEnumerable<ArchiveRecordResult> results, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            string source = result.Record.TargetUri ?? $"record {result.Record.Index}";
            switch (result.Outcome)
            {
                case ArchiveRecordOutcome.Failed:
                    RecordFailed(logger, source, result.Record.Index, result.Reason);
                    break;
                case ArchiveRecordOutcome.Skipped:
                    RecordSkipped(logger, source, result.Record.Index, result.Reason);
                    break;
                default:
                    Dropped(result.Document!, source);
                    break;
            }

            yield return result;
        }
    }

    private ExtractedDocument Dropped(ExtractedDocument document, string source)
    {
        if (document.PageKind is not PageKind.Article and not PageKind.Listing)
        {
            PageDropped(logger, source, document.PageKind, document.PageKindEvidence.Count > 0 ? document.PageKindEvidence[0] : null);
        }

        return document;
    }

    private static string SourceOf(PageInfo? page) => page?.Url?.OriginalString ?? "(a page without URL)";

    [LoggerMessage(EventId = 1, EventName = "InputRefused", Level = LogLevel.Warning, Message = "{Source}: refused ({Failure}): {Reason}")]
    private static partial void InputRefused(ILogger logger, string source, ExtractionFailure failure, string reason);

    [LoggerMessage(EventId = 2, EventName = "InputFailed", Level = LogLevel.Warning, Message = "{Source}: failed ({ErrorType}): {Reason}")]
    private static partial void InputFailed(ILogger logger, string source, string errorType, string reason);

    [LoggerMessage(EventId = 3, EventName = "PageDropped", Level = LogLevel.Debug, Message = "{Source}: no article, the page is {PageKind} ({Evidence})")]
    private static partial void PageDropped(ILogger logger, string source, PageKind pageKind, string? evidence);

    [LoggerMessage(EventId = 4, EventName = "RecordFailed", Level = LogLevel.Warning, Message = "{Source}: archive record {RecordIndex} failed: {Reason}")]
    private static partial void RecordFailed(ILogger logger, string source, int recordIndex, string? reason);

    [LoggerMessage(EventId = 5, EventName = "RecordSkipped", Level = LogLevel.Debug, Message = "{Source}: archive record {RecordIndex} skipped: {Reason}")]
    private static partial void RecordSkipped(ILogger logger, string source, int recordIndex, string? reason);
}
