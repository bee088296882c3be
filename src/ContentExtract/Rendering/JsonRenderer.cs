using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ContentExtract.Archives;

namespace ContentExtract.Rendering;

/// <summary>Writes a document as the JSON of the output contract (camelCase, one object per document).</summary>
/// <remarks>
/// Every form writes the same JSON through the source-generated <c>JsonSerializerContext</c> (no reflection: safe to trim
/// and to compile ahead of time). The string, stream and text-writer forms keep non-ASCII text such as CJK readable
/// instead of writing <c>\uXXXX</c> escapes; streams get UTF-8 without a byte-order mark and are left open. The
/// <see cref="Utf8JsonWriter"/> forms write one value at the writer's position, with the writer's own indentation and
/// escaping. <see cref="JsonContractReader"/> reads the JSON back.
/// </remarks>
public static class JsonRenderer
{
    private static readonly JsonSerializerOptions Indented = CreateOptions(indented: true);
    private static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    /// <summary>Renders the document as JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="source">Where the page came from (a path, or "-" for standard input); written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (JSON Lines).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <returns>The JSON text.</returns>
    public static string Render(ExtractedDocument document, string? source = null, bool indented = true, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(ToJson(document, source, explain, record: null), TypeInfo(indented));
    }

    /// <summary>Writes the document as one JSON value to a <see cref="Utf8JsonWriter"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; its options decide indentation and escaping. Not flushed.</param>
    /// <param name="source">Where the page came from; written as <c>source</c>.</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    public static void Render(ExtractedDocument document, Utf8JsonWriter writer, string? source = null, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ToJson(document, source, explain, record: null), TypeInfo(indented: false));
    }

    /// <summary>Writes the document as JSON to a stream, in UTF-8.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="source">Where the page came from; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (no line end is added).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    public static void Render(ExtractedDocument document, Stream stream, string? source = null, bool indented = true, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, ToJson(document, source, explain, record: null), TypeInfo(indented));
    }

    /// <summary>Writes the document as JSON to a stream, in UTF-8, asynchronously.</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="source">Where the page came from; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (no line end is added).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the JSON is written and flushed.</returns>
    public static Task RenderAsync(ExtractedDocument document, Stream stream, string? source = null, bool indented = true, bool explain = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        return JsonSerializer.SerializeAsync(stream, ToJson(document, source, explain, record: null), TypeInfo(indented), cancellationToken);
    }

    /// <summary>Writes the document as JSON to a text writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="source">Where the page came from; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (no line end is added).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    public static void Render(ExtractedDocument document, TextWriter writer, string? source = null, bool indented = true, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        using var stream = new TextWriterStream(writer);
        JsonSerializer.Serialize(stream, ToJson(document, source, explain, record: null), TypeInfo(indented));
    }

    /// <summary>Writes the document as JSON to a text writer, asynchronously.</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="source">Where the page came from; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (no line end is added).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    public static Task RenderAsync(ExtractedDocument document, TextWriter writer, string? source = null, bool indented = true, bool explain = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        return JsonSerializer.SerializeAsync(new TextWriterStream(writer), ToJson(document, source, explain, record: null), TypeInfo(indented), cancellationToken);
    }

    /// <summary>
    /// Renders the document of an archive record as JSON: the document's fields, with <c>url</c> the record's
    /// target URI and a <c>record</c> object (index, offset, id, type, date, HTTP status).
    /// </summary>
    /// <param name="result">An extracted archive record.</param>
    /// <param name="source">Where the record came from, such as <c>crawl.warc.gz#12</c>; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (JSON Lines).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The record has no document (it was skipped or failed).</exception>
    public static string Render(ArchiveRecordResult result, string? source = null, bool indented = true, bool explain = false) =>
        JsonSerializer.Serialize(ToJson(result, source, explain), TypeInfo(indented));

    /// <summary>Writes the document of an archive record as one JSON value to a <see cref="Utf8JsonWriter"/>.</summary>
    /// <param name="result">An extracted archive record.</param>
    /// <param name="writer">Where to write; its options decide indentation and escaping. Not flushed.</param>
    /// <param name="source">Where the record came from, such as <c>crawl.warc.gz#12</c>; written as <c>source</c>.</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <exception cref="ArgumentException">The record has no document (it was skipped or failed).</exception>
    public static void Render(ArchiveRecordResult result, Utf8JsonWriter writer, string? source = null, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ToJson(result, source, explain), TypeInfo(indented: false));
    }

    /// <summary>Writes the document of an archive record as JSON to a stream, in UTF-8.</summary>
    /// <param name="result">An extracted archive record.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="source">Where the record came from, such as <c>crawl.warc.gz#12</c>; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (no line end is added).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <exception cref="ArgumentException">The record has no document (it was skipped or failed).</exception>
    public static void Render(ArchiveRecordResult result, Stream stream, string? source = null, bool indented = true, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, ToJson(result, source, explain), TypeInfo(indented));
    }

    /// <summary>Writes the document of an archive record as JSON to a stream, in UTF-8, asynchronously.</summary>
    /// <param name="result">An extracted archive record.</param>
    /// <param name="stream">Where to write; flushed, not closed.</param>
    /// <param name="source">Where the record came from, such as <c>crawl.warc.gz#12</c>; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (no line end is added).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the JSON is written and flushed.</returns>
    /// <exception cref="ArgumentException">The record has no document (it was skipped or failed).</exception>
    public static Task RenderAsync(ArchiveRecordResult result, Stream stream, string? source = null, bool indented = true, bool explain = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return JsonSerializer.SerializeAsync(stream, ToJson(result, source, explain), TypeInfo(indented), cancellationToken);
    }

    /// <summary>Writes the document of an archive record as JSON to a text writer.</summary>
    /// <param name="result">An extracted archive record.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="source">Where the record came from, such as <c>crawl.warc.gz#12</c>; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (no line end is added).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <exception cref="ArgumentException">The record has no document (it was skipped or failed).</exception>
    public static void Render(ArchiveRecordResult result, TextWriter writer, string? source = null, bool indented = true, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var stream = new TextWriterStream(writer);
        JsonSerializer.Serialize(stream, ToJson(result, source, explain), TypeInfo(indented));
    }

    /// <summary>Writes the document of an archive record as JSON to a text writer, asynchronously.</summary>
    /// <param name="result">An extracted archive record.</param>
    /// <param name="writer">Where to write; not flushed or closed.</param>
    /// <param name="source">Where the record came from, such as <c>crawl.warc.gz#12</c>; written as <c>source</c>.</param>
    /// <param name="indented">True for indented output; false for one line (no line end is added).</param>
    /// <param name="explain">True to add an <c>explain</c> array with the decision taken on every source block.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    /// <exception cref="ArgumentException">The record has no document (it was skipped or failed).</exception>
    public static Task RenderAsync(ArchiveRecordResult result, TextWriter writer, string? source = null, bool indented = true, bool explain = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return JsonSerializer.SerializeAsync(new TextWriterStream(writer), ToJson(result, source, explain), TypeInfo(indented), cancellationToken);
    }

    private static ContractDocument ToJson(ArchiveRecordResult result, string? source, bool explain)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Document is not { } document)
        {
            throw new ArgumentException($"Record {result.Record.Index} has no document ({result.Outcome}).", nameof(result));
        }

        var info = result.Record;
        var record = new JsonArchiveRecord(
            info.Index,
            info.Offset,
            info.RecordId,
            info.Type,
            info.Date?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            info.HttpStatus,
            info.Truncated,
            result.Reason);
        var json = ToJson(document, source, explain, record);
        return info.TargetUri is null ? json : json with { Url = info.TargetUri };
    }

    /// <summary>The contract's type information with the output settings: indented or not, relaxed escaping.</summary>
    internal static JsonTypeInfo<ContractDocument> TypeInfo(bool indented) =>
        (JsonTypeInfo<ContractDocument>)(indented ? Indented : Compact).GetTypeInfo(typeof(ContractDocument));

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        // Relaxed escaping keeps CJK text and quotation marks readable instead of \uXXXX.
        // The source-generated context is the only resolver: nothing falls back to reflection.
        var options = new JsonSerializerOptions(ContentExtractJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = ContentExtractJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }

    private static ContractDocument ToJson(ExtractedDocument d, string? source, bool explain, JsonArchiveRecord? record) => new(
        source,
        d.Url?.AbsoluteUri,
        d.InputKind == InputKind.Html ? "html" : "text",
        d.Language,
        NameOf(d.PageKind),
        d.PageKindEvidence,
        d.IsErrorPage,
        d.ErrorPage is { } e ? new JsonErrorPage(e.Status, e.Reason, e.Server) : null,
        d.Title,
        d.Breadcrumb.Select(b => new JsonBreadcrumbItem(b.Text, b.Url)).ToArray(),
        d.Blocks.Select(ToJson).ToArray(),
        d.Quotes.Select(q => new JsonQuote(q.Text, q.Speaker, q.BlockIndex, q.Inline)).ToArray(),
        d.LinkLists.Select(l => new JsonLinkList(l.Title, l.HasMore, l.MoreUrl, l.Links.Select(k => new JsonLink(k.Text, k.Url, k.Truncated)).ToArray())).ToArray(),
        d.Noise.Select(n => new JsonNoise("error-page", n.Status, n.Reason, n.Server, n.Text)).ToArray(),
        new JsonMetadata(d.Metadata.Author, d.Metadata.Published is { } published ? FormatDate(published) : null, d.Metadata.Published is not null && d.Metadata.PublishedOffsetUnknown, d.Metadata.SiteName, d.Metadata.Description),
        d.Text,
        record,
        explain ? d.Decisions.Select(x => new JsonDecision(x.Index, x.Kept, NameOf(x.Role), x.Reason, x.Text)).ToArray() : null);

    private static JsonBlock ToJson(ContentBlock block) => block switch
    {
        HeadingBlock h => new JsonHeading(h.Level, h.Text),
        QuoteBlock q => new JsonQuoteBlock(q.Text, q.Speaker),
        ListBlock l => new JsonList(l.Ordered, l.Items),
        TableBlock t => new JsonTable(t.Rows),
        CodeBlock c => new JsonCode(c.Text, c.Language),
        _ => new JsonParagraph(block.Text),
    };

    /// <summary>
    /// An ISO 8601 timestamp with the offset it was stated with (<c>Z</c> for UTC), to the precision it has. A date whose
    /// page stated no offset is written with <c>Z</c> too, as it always was; <c>publishedOffsetUnknown</c> says so.
    /// </summary>
    internal static string FormatDate(DateTimeOffset date) => date.Offset == TimeSpan.Zero
        ? date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    internal static string NameOf(PageKind kind) => kind switch
    {
        PageKind.Article => "article",
        PageKind.Error => "error",
        PageKind.Challenge => "challenge",
        PageKind.Listing => "listing",
        _ => "empty",
    };

    internal static string NameOf(BlockRole role) => role switch
    {
        BlockRole.Content => "content",
        BlockRole.Title => "title",
        BlockRole.Breadcrumb => "breadcrumb",
        BlockRole.Noise => "noise",
        BlockRole.LinkListTitle => "link-list-title",
        BlockRole.LinkListItem => "link-list-item",
        _ => "boilerplate",
    };
}
