using System.Diagnostics;
using System.Diagnostics.Metrics;
using ContentExtract.Archives;
using ContentExtract.Batches;
using ContentExtract.Decoding;
using ContentExtract.Html;
using ContentExtract.Noise;
using ContentExtract.Pipeline;
using ContentExtract.PlainText;
using ContentExtract.Segmentation;
using ContentExtract.Telemetry;

namespace ContentExtract;

/// <summary>
/// Extracts the article from a scraped page: HTML or a plain-text dump in, a typed
/// <see cref="ExtractedDocument"/> out. Build one, reuse it: an extractor is immutable and safe to
/// call from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var document = ContentExtractor.Default.Extract(File.ReadAllBytes("page.html"));
/// Console.WriteLine(document.Title);
/// foreach (var paragraph in document.Paragraphs) Console.WriteLine(paragraph.Text);
/// </code>
/// </example>
public sealed class ContentExtractor : IContentExtractor
{
    private readonly TextSegmenter _textSegmenter;
    private readonly HtmlSegmenter _htmlSegmenter;
    private readonly ExtractionTelemetry _telemetry;

    /// <summary>Creates an extractor with the default options.</summary>
    public ContentExtractor()
        : this(ExtractionOptions.Default)
    {
    }

    /// <summary>Creates an extractor with the given options.</summary>
    /// <param name="options">The settings; validated here, once.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range.</exception>
    public ContentExtractor(ExtractionOptions options)
        : this(options, meterFactory: null)
    {
    }

    /// <summary>Creates an extractor with the given options that reports its metrics through a meter of <paramref name="meterFactory"/>.</summary>
    /// <param name="options">The settings; validated here, once.</param>
    /// <param name="meterFactory">
    /// Creates the extractor's <see cref="Meter"/> (named <see cref="ContentExtractTelemetry.MeterName"/>): an application's
    /// dependency injection container has one. Null for the library's shared meter of the same name.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range.</exception>
    public ContentExtractor(ExtractionOptions options, IMeterFactory? meterFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _textSegmenter = new TextSegmenter(options.PlainText)
        {
            ContinuesColumns = options.Applies(Pipeline.Rule.ColumnContinuation),
            ReadsWrapWidthFromText = options.Applies(Pipeline.Rule.WrapWidthFromTextLines),
        };
        _htmlSegmenter = new HtmlSegmenter(options);
        _telemetry = ExtractionTelemetry.For(meterFactory);
    }

    /// <summary>A shared extractor with the default options.</summary>
    public static ContentExtractor Default { get; } = new();

    /// <summary>The settings this extractor was built with.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Extracts a page given as text.</summary>
    /// <param name="content">The page: HTML, or a text dump.</param>
    /// <param name="mode">How to read it; <see cref="InputMode.Auto"/> sniffs for markup.</param>
    /// <param name="page">What is known about the page besides its content.</param>
    /// <param name="cancellationToken">Stops the work, checked in every long loop and between stages.</param>
    /// <returns>The extracted document; never null.</returns>
    /// <exception cref="ContentExtractionException">
    /// The input is larger than <see cref="ExtractionOptions.MaxInputLength"/>, its markup holds more elements than
    /// <see cref="ExtractionOptions.MaxElements"/>, or it took longer than <see cref="ExtractionOptions.Timeout"/>
    /// (<see cref="ContentExtractionException.Failure"/> says which).
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public ExtractedDocument Extract(string content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var scope = _telemetry.StartPage(page);
        try
        {
            return scope.Succeeded(ExtractDecoded(content, mode, page, cancellationToken));
        }
        catch (Exception ex) when (scope.Failed(ex))
        {
            throw;
        }
    }

    /// <summary>Extracts a page given as text, within the time budget; the caller measures it.</summary>
    private ExtractedDocument ExtractDecoded(string content, InputMode mode, PageInfo? page, CancellationToken cancellationToken)
    {
        if (content.Length > Options.MaxInputLength)
        {
            throw new ContentExtractionException(ExtractionFailure.TooLarge, $"The input has {content.Length} characters; the limit is {Options.MaxInputLength}.");
        }

        page ??= PageInfo.None;
        if (Options.Timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            return ExtractWithin(content, mode, page, long.MaxValue, cancellationToken);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(Options.Timeout.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        budget.CancelAfter(Options.Timeout);
        try
        {
            return ExtractWithin(content, mode, page, deadline, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ContentExtractionException(ExtractionFailure.TimedOut, $"The page took longer than {Options.Timeout.TotalSeconds:0.#} s, the limit (ExtractionOptions.Timeout).");
        }
    }

    /// <summary>
    /// Extracts a page within the time <paramref name="cancellationToken"/> allows: it fires for the caller's cancellation or
    /// the page's time budget, which ends at <paramref name="deadline"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).
    /// </summary>
    private ExtractedDocument ExtractWithin(string content, InputMode mode, PageInfo page, long deadline, CancellationToken cancellationToken)
    {
        var kind = mode switch
        {
            InputMode.Html => InputKind.Html,
            InputMode.Text => InputKind.Text,
            _ => InputSniffer.Sniff(content),
        };

        bool timed = _telemetry.TimesStages;
        long start = timed ? Stopwatch.GetTimestamp() : 0;
        if (kind == InputKind.Html)
        {
            content = MarkupGuard.Apply(content, Options.MaxElements, Options.ElementBudget(content.Length), cancellationToken);
            var nested = new List<NoiseFragment>();
            if (Options.Noise.RemoveErrorFragments)
            {
                content = NestedErrorDocumentRemover.Remove(content, nested);
            }

            start = Timed(timed, "markup_guard", start);
            var htmlContext = HtmlContext(content, page, deadline, timed ? _telemetry : null, cancellationToken);
            Timed(timed, "html_segmenter", start);
            htmlContext.NestedNoise.AddRange(nested);
            return ExtractionPipeline.Run(htmlContext);
        }

        IReadOnlyList<Segment> segments = _textSegmenter.Segment(content, cancellationToken);
        Timed(timed, "text_segmenter", start);
        return ExtractionPipeline.Run(new ExtractionContext(segments, InputKind.Text, page, Options, cancellationToken) { Telemetry = timed ? _telemetry : null, Deadline = deadline });
    }

    /// <summary>
    /// Segments a page's markup (already through <see cref="MarkupGuard"/>) into the context the stages share. A method of
    /// its own so that nothing of the segmenter's result outlives it but the context: the parsed page goes with the
    /// context's reference once the article is chosen.
    /// </summary>
    internal ExtractionContext HtmlContext(string content, PageInfo page, long deadline, ExtractionTelemetry? telemetry, CancellationToken cancellationToken)
    {
        var html = _htmlSegmenter.Segment(content, page, cancellationToken);
        var context = new ExtractionContext(html.Segments, InputKind.Html, page, Options, cancellationToken)
        {
            Deadline = deadline,
            Telemetry = telemetry,
            TitleHint = html.Title,
            PageTitle = html.PageTitle,
            DeclaredTypes = html.DeclaredTypes,
            Language = html.Language,
            Metadata = html.Metadata,
            StatesPublished = html.StatesPublished,
            StatedAddress = html.StatedAddress,
            Document = html.Document,
            BlockTree = html.Blocks,
            StatedText = html.StatedText,
        };
        context.Breadcrumb.AddRange(html.Breadcrumb);
        return context;
    }

    /// <summary>Records the time of a stage begun at <paramref name="start"/> when stages are timed; returns the time the next one begins.</summary>
    private long Timed(bool timed, string stage, long start)
    {
        if (!timed)
        {
            return 0;
        }

        _telemetry.RecordStage(stage, start);
        return Stopwatch.GetTimestamp();
    }

    /// <summary>Extracts a page given as bytes in any common charset.</summary>
    /// <param name="content">The page's bytes.</param>
    /// <param name="mode">How to read it; <see cref="InputMode.Auto"/> sniffs for markup.</param>
    /// <param name="page">What is known about the page; its <see cref="PageInfo.Charset"/> guides decoding.</param>
    /// <param name="cancellationToken">Stops the work between stages.</param>
    /// <returns>The extracted document; never null.</returns>
    /// <exception cref="ContentExtractionException">The input is too large or is binary data.</exception>
    public ExtractedDocument Extract(ReadOnlySpan<byte> content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default)
    {
        using var scope = _telemetry.StartPage(page);
        try
        {
            return scope.Succeeded(ExtractBytes(content, mode, page, cancellationToken));
        }
        catch (Exception ex) when (scope.Failed(ex))
        {
            throw;
        }
    }

    /// <summary>Decodes and extracts a page given as bytes; the caller measures it.</summary>
    private ExtractedDocument ExtractBytes(ReadOnlySpan<byte> content, InputMode mode, PageInfo? page, CancellationToken cancellationToken)
    {
        if (content.Length > Options.MaxInputLength)
        {
            throw new ContentExtractionException(ExtractionFailure.TooLarge, $"The input has {content.Length} bytes; the limit is {Options.MaxInputLength}.");
        }

        bool timed = _telemetry.TimesStages;
        long start = timed ? Stopwatch.GetTimestamp() : 0;
        string text = CharsetDecoder.Decode(content, page?.Charset, mode, out _);
        Timed(timed, "decode", start);
        return ExtractDecoded(text, mode, page, cancellationToken);
    }

    /// <summary>Reads a page from a stream and extracts it.</summary>
    /// <param name="content">The stream; read to its end, not closed.</param>
    /// <param name="mode">How to read it; <see cref="InputMode.Auto"/> sniffs for markup.</param>
    /// <param name="page">What is known about the page; its <see cref="PageInfo.Charset"/> guides decoding.</param>
    /// <param name="cancellationToken">Stops the reading and the work between stages.</param>
    /// <returns>The extracted document; never null.</returns>
    /// <exception cref="ContentExtractionException">The input is too large or is binary data.</exception>
    public async Task<ExtractedDocument> ExtractAsync(Stream content, InputMode mode = InputMode.Auto, PageInfo? page = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var scope = _telemetry.StartPage(page);
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > Options.MaxInputLength)
                {
                    throw new ContentExtractionException(ExtractionFailure.TooLarge, $"The input is larger than the limit of {Options.MaxInputLength} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            return scope.Succeeded(ExtractBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), mode, page, cancellationToken));
        }
        catch (Exception ex) when (scope.Failed(ex))
        {
            throw;
        }
    }

    /// <summary>
    /// Extracts every page of a web archive (<c>.warc</c>, <c>.warc.gz</c>, <c>.wet</c>, <c>.wet.gz</c>; WARC/1.0
    /// or 1.1, plain or gzip-compressed, recognised from the first bytes). HTTP <c>response</c> records go
    /// through the HTML engine with the charset of their <c>Content-Type</c>; <c>conversion</c> records
    /// (WET text) through the text path; responses with status 400 and up come back as error pages without
    /// article extraction. Other records are returned as skipped, damaged ones as failed, and reading goes on.
    /// </summary>
    /// <param name="archive">The archive; read forward only, once, and not closed.</param>
    /// <param name="options">Parallelism and read-ahead; null for <see cref="ArchiveExtractionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops reading and extraction.</param>
    /// <returns>
    /// One result per record, in archive order, streamed: records are read as results are taken, extracted in
    /// parallel over a bounded window, so memory stays flat however large the archive.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    /// <exception cref="IOException">Reading the stream failed (raised while enumerating, after the records read before).</exception>
    /// <example>
    /// <code>
    /// await using var file = File.OpenRead("crawl.warc.gz");
    /// await foreach (var result in ContentExtractor.Default.ExtractArchiveAsync(file))
    /// {
    ///     if (result.Document is { } page) Console.WriteLine($"{result.Record.TargetUri}: {page.Title}");
    /// }
    /// </code>
    /// </example>
    public IAsyncEnumerable<ArchiveRecordResult> ExtractArchiveAsync(Stream archive, ArchiveExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        options ??= ArchiveExtractionOptions.Default;
        options.Validate();
        return ArchiveExtraction.RunAsync(this, archive, options, cancellationToken);
    }

    /// <summary>
    /// Extracts many pages at once: up to <see cref="BatchExtractionOptions.MaxDegreeOfParallelism"/> in parallel,
    /// results in input order, one result per input. An input that fails (refused with a
    /// <see cref="ContentExtractionException"/>, or its stream could not be opened or read) comes back as a result with
    /// its <see cref="ExtractionResult.Error"/>; the batch goes on.
    /// </summary>
    /// <param name="inputs">The pages; taken no faster than the window of <see cref="BatchExtractionOptions.MaxInputsInFlight"/> allows.</param>
    /// <param name="options">Parallelism and window; null for <see cref="BatchExtractionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops taking inputs and the extractions under way.</param>
    /// <returns>One result per input, in input order, streamed as they are ready.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (raised while enumerating).</exception>
    /// <remarks>The sequence's own exceptions (its enumerator threw, or it yielded null) end the batch, raised while enumerating after the results before them.</remarks>
    /// <example>
    /// <code>
    /// var inputs = Directory.EnumerateFiles("scrapes", "*.html").Select(path => ExtractionInput.FromFile(path));
    /// await foreach (var result in ContentExtractor.Default.ExtractManyAsync(inputs, new BatchExtractionOptions { MaxDegreeOfParallelism = 4 }))
    /// {
    ///     Console.WriteLine(result.Succeeded ? $"{result.Input.Source}: {result.Document.Title}" : $"{result.Input.Source}: {result.Error.Message}");
    /// }
    /// </code>
    /// </example>
    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IAsyncEnumerable<ExtractionInput> inputs, BatchExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= BatchExtractionOptions.Default;
        options.Validate();
        return BatchExtraction.RunAsync(this, inputs, options, cancellationToken);
    }

    /// <summary>Extracts many pages at once (see <see cref="ExtractManyAsync(IAsyncEnumerable{ExtractionInput}, BatchExtractionOptions?, CancellationToken)"/>).</summary>
    /// <param name="inputs">The pages; taken no faster than the window of <see cref="BatchExtractionOptions.MaxInputsInFlight"/> allows.</param>
    /// <param name="options">Parallelism and window; null for <see cref="BatchExtractionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops taking inputs and the extractions under way.</param>
    /// <returns>One result per input, in input order, streamed as they are ready.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (raised while enumerating).</exception>
    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IEnumerable<ExtractionInput> inputs, BatchExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ExtractManyAsync(BatchExtraction.AsAsync(inputs, CancellationToken.None), options, cancellationToken);
    }

    /// <summary>Extracts an HTML page.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="page">What is known about the page.</param>
    /// <param name="cancellationToken">Stops the work, checked in every long loop and between stages.</param>
    /// <returns>The extracted document; never null.</returns>
    /// <exception cref="ContentExtractionException">As for <see cref="Extract(string, InputMode, PageInfo?, CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public ExtractedDocument ExtractHtml(string html, PageInfo? page = null, CancellationToken cancellationToken = default) =>
        Extract(html, InputMode.Html, page, cancellationToken);

    /// <summary>Extracts a plain-text dump (a WET record, lynx or w3m output, a scraper's page text).</summary>
    /// <param name="text">The dump.</param>
    /// <param name="page">What is known about the page, such as a title from a WET header.</param>
    /// <param name="cancellationToken">Stops the work, checked in every long loop and between stages.</param>
    /// <returns>The extracted document; never null.</returns>
    /// <exception cref="ContentExtractionException">As for <see cref="Extract(string, InputMode, PageInfo?, CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public ExtractedDocument ExtractText(string text, PageInfo? page = null, CancellationToken cancellationToken = default) =>
        Extract(text, InputMode.Text, page, cancellationToken);
}
