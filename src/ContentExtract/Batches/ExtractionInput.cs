namespace ContentExtract.Batches;

/// <summary>
/// One page for <see cref="ContentExtractor.ExtractManyAsync(IAsyncEnumerable{ExtractionInput}, BatchExtractionOptions?, CancellationToken)"/>:
/// its content (bytes, text, or a stream opened when a worker takes it up) and what is known about it. Immutable.
/// </summary>
/// <example>
/// <code>
/// var inputs = Directory.EnumerateFiles("scrapes", "*.html").Select(path => ExtractionInput.FromFile(path));
/// await foreach (var result in ContentExtractor.Default.ExtractManyAsync(inputs))
/// {
///     Console.WriteLine(result.Document is { } page ? $"{result.Input.Source}: {page.Title}" : $"{result.Input.Source}: {result.Error!.Message}");
/// }
/// </code>
/// </example>
public sealed class ExtractionInput
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string? _text;
    private readonly Func<CancellationToken, Task<Stream>>? _open;

    private ExtractionInput(ReadOnlyMemory<byte> bytes, string? text, Func<CancellationToken, Task<Stream>>? open, InputMode mode, PageInfo? page, string? source)
    {
        _bytes = bytes;
        _text = text;
        _open = open;
        Mode = mode;
        Page = page;
        Source = source ?? page?.Url?.OriginalString;
    }

    /// <summary>How to read the content; <see cref="InputMode.Auto"/> sniffs for markup.</summary>
    public InputMode Mode { get; }

    /// <summary>What is known about the page besides its content; null for nothing.</summary>
    public PageInfo? Page { get; }

    /// <summary>
    /// Where the input came from, for the caller's own messages and the extractor's log lines: a path, an address, a
    /// database key. Defaults to the file's path (<see cref="FromFile"/>) or <see cref="PageInfo.Url"/>; null when neither is known.
    /// </summary>
    public string? Source { get; }

    /// <summary>A page given as bytes in any common charset, decoded as <see cref="ContentExtractor.Extract(ReadOnlySpan{byte}, InputMode, PageInfo?, CancellationToken)"/> decodes them.</summary>
    /// <param name="content">The page's bytes; not copied, so leave them unchanged until the page's result has come back.</param>
    /// <param name="mode">How to read the content.</param>
    /// <param name="page">What is known about the page; its <see cref="PageInfo.Charset"/> guides decoding.</param>
    /// <param name="source">Where the input came from, for messages.</param>
    /// <returns>The input.</returns>
    public static ExtractionInput FromBytes(ReadOnlyMemory<byte> content, InputMode mode = InputMode.Auto, PageInfo? page = null, string? source = null) =>
        new(content, null, null, mode, page, source);

    /// <summary>A page given as text: HTML, or a text dump.</summary>
    /// <param name="content">The page.</param>
    /// <param name="mode">How to read the content.</param>
    /// <param name="page">What is known about the page.</param>
    /// <param name="source">Where the input came from, for messages.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static ExtractionInput FromText(string content, InputMode mode = InputMode.Auto, PageInfo? page = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(default, content, null, mode, page, source);
    }

    /// <summary>
    /// A page read from a stream that is opened only when a worker takes the input up, and disposed after it is read:
    /// the batch holds no more pages in memory than it works on. A failure to open or read the stream is that input's
    /// failed result, not the batch's.
    /// </summary>
    /// <param name="open">Opens the stream (a file, a decompressing stream, a response body).</param>
    /// <param name="mode">How to read the content.</param>
    /// <param name="page">What is known about the page; its <see cref="PageInfo.Charset"/> guides decoding.</param>
    /// <param name="source">Where the input came from, for messages.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public static ExtractionInput FromStream(Func<CancellationToken, Task<Stream>> open, InputMode mode = InputMode.Auto, PageInfo? page = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new(default, null, open, mode, page, source);
    }

    /// <summary>A page read from a stream that is opened only when a worker takes the input up (see <see cref="FromStream(Func{CancellationToken, Task{Stream}}, InputMode, PageInfo?, string?)"/>).</summary>
    /// <param name="open">Opens the stream.</param>
    /// <param name="mode">How to read the content.</param>
    /// <param name="page">What is known about the page; its <see cref="PageInfo.Charset"/> guides decoding.</param>
    /// <param name="source">Where the input came from, for messages.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public static ExtractionInput FromStream(Func<Stream> open, InputMode mode = InputMode.Auto, PageInfo? page = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new(default, null, _ => Task.FromResult(open()), mode, page, source);
    }

    /// <summary>A page in a file, read when a worker takes the input up (a missing or unreadable file is that input's failed result).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">How to read the content.</param>
    /// <param name="page">What is known about the page; its <see cref="PageInfo.Charset"/> guides decoding.</param>
    /// <returns>The input, with the path as its <see cref="Source"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static ExtractionInput FromFile(string path, InputMode mode = InputMode.Auto, PageInfo? page = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new(default, null, _ => Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true)), mode, page, path);
    }

    /// <summary>Extracts this input with <paramref name="extractor"/>.</summary>
    internal async Task<ExtractedDocument> ExtractAsync(ContentExtractor extractor, CancellationToken cancellationToken)
    {
        if (_open is not null)
        {
            var stream = await _open(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The input's stream factory returned null.");
            await using (stream.ConfigureAwait(false))
            {
                return await extractor.ExtractAsync(stream, Mode, Page, cancellationToken).ConfigureAwait(false);
            }
        }

        return _text is not null
            ? extractor.Extract(_text, Mode, Page, cancellationToken)
            : extractor.Extract(_bytes.Span, Mode, Page, cancellationToken);
    }
}
