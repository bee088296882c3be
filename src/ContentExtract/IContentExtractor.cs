using ContentExtract.Archives;
using ContentExtract.Batches;

namespace ContentExtract;

/// <summary>
/// What <see cref="ContentExtractor"/> does, as an interface: take it as a dependency (the hosting package registers
/// it) and substitute a fake in tests. Implementations are expected to be thread-safe, as <see cref="ContentExtractor"/> is.
/// </summary>
public interface IContentExtractor
{
    /// <summary>The settings the extractor works with.</summary>
    ExtractionOptions Options { get; }

    /// <summary>Extracts a page given as text (see <see cref="ContentExtractor.Extract(string, InputMode, PageInfo?, CancellationToken)"/>).</summary>
    /// <param name="content">The page: HTML, or a text dump.</param>
    /// <param name="mode">How to read it; <see cref="InputMode.Auto"/> sniffs for markup.</param>
    /// <param name="page">What is known about the page besides its content.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The extracted document; never null.</returns>
    /// <exception cref="ContentExtractionException">The input cannot be a page (<see cref="ContentExtractionException.Failure"/> says why).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    ExtractedDocument Extract(string content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default);

    /// <summary>Extracts a page given as bytes in any common charset (see <see cref="ContentExtractor.Extract(ReadOnlySpan{byte}, InputMode, PageInfo?, CancellationToken)"/>).</summary>
    /// <param name="content">The page's bytes.</param>
    /// <param name="mode">How to read it; <see cref="InputMode.Auto"/> sniffs for markup.</param>
    /// <param name="page">What is known about the page; its <see cref="PageInfo.Charset"/> guides decoding.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The extracted document; never null.</returns>
    /// <exception cref="ContentExtractionException">The input cannot be a page (<see cref="ContentExtractionException.Failure"/> says why).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    ExtractedDocument Extract(ReadOnlySpan<byte> content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a page from a stream and extracts it (see <see cref="ContentExtractor.ExtractAsync"/>).</summary>
    /// <param name="content">The stream; read to its end, not closed.</param>
    /// <param name="mode">How to read it; <see cref="InputMode.Auto"/> sniffs for markup.</param>
    /// <param name="page">What is known about the page; its <see cref="PageInfo.Charset"/> guides decoding.</param>
    /// <param name="cancellationToken">Stops the reading and the work.</param>
    /// <returns>The extracted document; never null.</returns>
    /// <exception cref="ContentExtractionException">The input cannot be a page (<see cref="ContentExtractionException.Failure"/> says why).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    Task<ExtractedDocument> ExtractAsync(Stream content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default);

    /// <summary>Extracts every page of a web archive, one result per record in archive order (see <see cref="ContentExtractor.ExtractArchiveAsync"/>).</summary>
    /// <param name="archive">The archive; read forward only, once, and not closed.</param>
    /// <param name="options">Parallelism and read-ahead; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading and extraction.</param>
    /// <returns>One result per record, in archive order, streamed.</returns>
    IAsyncEnumerable<ArchiveRecordResult> ExtractArchiveAsync(Stream archive, ArchiveExtractionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Extracts many pages at once, one result per input in input order, failures included (see <see cref="ContentExtractor.ExtractManyAsync(IAsyncEnumerable{ExtractionInput}, BatchExtractionOptions?, CancellationToken)"/>).</summary>
    /// <param name="inputs">The pages.</param>
    /// <param name="options">Parallelism and window; null for the defaults.</param>
    /// <param name="cancellationToken">Stops taking inputs and the extractions under way.</param>
    /// <returns>One result per input, in input order, streamed as they are ready.</returns>
    IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<ExtractionInput> inputs, BatchExtractionOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Extracts many pages at once, one result per input in input order, failures included (see <see cref="ContentExtractor.ExtractManyAsync(IEnumerable{ExtractionInput}, BatchExtractionOptions?, CancellationToken)"/>).</summary>
    /// <param name="inputs">The pages.</param>
    /// <param name="options">Parallelism and window; null for the defaults.</param>
    /// <param name="cancellationToken">Stops taking inputs and the extractions under way.</param>
    /// <returns>One result per input, in input order, streamed as they are ready.</returns>
    IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IEnumerable<ExtractionInput> inputs, BatchExtractionOptions? options = null, CancellationToken cancellationToken = default);
}
