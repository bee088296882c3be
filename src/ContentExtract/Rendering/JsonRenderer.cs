using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ContentExtract.Archives;

namespace ContentExtract.Rendering;

/// <summary>Writes a document as the JSON of the output contract (camelCase, one object per document).</summary>
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
        return Serialize(ToJson(document, source, explain, record: null), indented);
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
    public static string Render(ArchiveRecordResult result, string? source = null, bool indented = true, bool explain = false)
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
        return Serialize(info.TargetUri is null ? json : json with { Url = info.TargetUri }, indented);
    }

    private static string Serialize(ContractDocument json, bool indented)
    {
        var options = indented ? Indented : Compact;
        return JsonSerializer.Serialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ContractDocument>)options.GetTypeInfo(typeof(ContractDocument)));
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        // Relaxed escaping keeps CJK text and quotation marks readable instead of \uXXXX.
        var options = new JsonSerializerOptions(ContentExtractJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
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
        new JsonMetadata(d.Metadata.Author, d.Metadata.Published is { } published ? FormatDate(published) : null, d.Metadata.SiteName, d.Metadata.Description),
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

    /// <summary>An ISO 8601 timestamp with the offset it was stated with (<c>Z</c> for UTC), to the precision it has.</summary>
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
