namespace ContentExtract.Cli;

/// <summary>
/// Extracts one page's bytes. The tool calls the library's extractor through it; the tool's tests put a faulty one in
/// its place to show that a fault on one page is that page's failure, not the end of a run over a folder or a shard.
/// </summary>
/// <param name="content">The page's bytes.</param>
/// <param name="mode">HTML, text or sniffed.</param>
/// <param name="page">What is known besides the content.</param>
/// <param name="cancellationToken">Stops the extraction.</param>
/// <returns>The extracted document.</returns>
internal delegate ExtractedDocument PageExtraction(byte[] content, InputMode mode, PageInfo page, CancellationToken cancellationToken);

/// <summary>The library's extractor as a <see cref="PageExtraction"/>, and how an unexpected fault of it is reported.</summary>
internal static class PageExtractions
{
    /// <summary>The extraction the tool runs.</summary>
    /// <param name="extractor">The extractor.</param>
    /// <returns>A call of <see cref="ContentExtractor.Extract(ReadOnlySpan{byte}, InputMode, PageInfo?, CancellationToken)"/>.</returns>
    public static PageExtraction Of(ContentExtractor extractor) =>
        (content, mode, page, cancellationToken) => extractor.Extract(content, mode, page, cancellationToken);

    /// <summary>
    /// An exception the library does not document (a fault of its own on a page it should have handled), in the words
    /// the archive reader uses for such a record, so a run reports it, counts it and goes on.
    /// </summary>
    /// <param name="exception">The fault.</param>
    /// <returns>The failure line's reason.</returns>
    public static string DescribeFault(Exception exception) => $"extraction failed ({exception.GetType().Name}: {exception.Message})";
}
