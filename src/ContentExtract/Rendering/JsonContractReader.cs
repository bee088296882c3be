using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ContentExtract.Rendering;

/// <summary>
/// Reads the JSON of the output contract (what <see cref="JsonRenderer"/> and the command line's <c>json</c> and
/// <c>jsonl</c> formats write) back into an <see cref="ExtractedDocument"/>, through the source-generated
/// <c>JsonSerializerContext</c>: no reflection, safe to trim and to compile ahead of time.
/// </summary>
/// <remarks>
/// A document rendered with <c>explain: true</c> reads back equal to the original; without it, equal to the original
/// with no <see cref="ExtractedDocument.Decisions"/>, which only the <c>explain</c> array carries. <c>source</c> and an
/// archive record's <c>record</c> object are not part of the document and are not read. Fields the contract may add later
/// are ignored; a value outside the contract (an unknown <c>pageKind</c> or block <c>type</c>) is a <see cref="JsonException"/>.
/// A block's <c>type</c> comes first in its object, as the renderer writes it. <c>published</c> is read as the extractor reads
/// a page's date, so the text older versions wrote (<c>2024-11-05 10:20</c>) still reads; without
/// <c>publishedOffsetUnknown</c> (JSON written before it), the offset counts as unknown when that text names none. An
/// address that is not absolute reads as no <see cref="ExtractedDocument.Url"/>.
/// </remarks>
public static class JsonContractReader
{
    /// <summary>Reads one document from JSON text.</summary>
    /// <param name="json">One JSON object of the contract.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not JSON, or not a document of the contract.</exception>
    public static ExtractedDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromJson(JsonSerializer.Deserialize(json, ContentExtractJsonContext.Default.ContractDocument));
    }

    /// <summary>Reads one document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">One JSON object of the contract, in UTF-8.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The bytes are not JSON, or not a document of the contract.</exception>
    public static ExtractedDocument Read(ReadOnlySpan<byte> utf8Json) =>
        FromJson(JsonSerializer.Deserialize(utf8Json, ContentExtractJsonContext.Default.ContractDocument));

    /// <summary>Reads one document from a reader positioned on (or just before) its object, and leaves it on the object's end.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The value is not a document of the contract.</exception>
    public static ExtractedDocument Read(ref Utf8JsonReader reader) =>
        FromJson(JsonSerializer.Deserialize(ref reader, ContentExtractJsonContext.Default.ContractDocument));

    /// <summary>Reads one document from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The stream does not hold one document of the contract.</exception>
    public static async ValueTask<ExtractedDocument> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return FromJson(await JsonSerializer.DeserializeAsync(utf8Json, ContentExtractJsonContext.Default.ContractDocument, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads JSON Lines (the command line's <c>jsonl</c>): one document per line, blank lines skipped, in order.</summary>
    /// <param name="jsonLines">The stream, UTF-8; read to its end, not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The documents, as they are read.</returns>
    /// <exception cref="JsonException">A line is not a document of the contract (raised when that line is reached; the message gives its number).</exception>
    public static IAsyncEnumerable<ExtractedDocument> ReadLinesAsync(Stream jsonLines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        return ReadLines(jsonLines, cancellationToken);
    }

    private static async IAsyncEnumerable<ExtractedDocument> ReadLines(Stream jsonLines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(jsonLines, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        int number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ExtractedDocument document;
            try
            {
                document = Read(line);
            }
            catch (JsonException ex)
            {
                throw new JsonException($"Line {number}: {ex.Message}", ex);
            }

            yield return document;
        }
    }

    private static ExtractedDocument FromJson(ContractDocument? json)
    {
        if (json is null)
        {
            throw new JsonException("Expected a document object, found null.");
        }

        var errorPage = json.ErrorPage is { } e
            ? new ErrorPageInfo { Status = e.Status, Reason = e.Reason, Server = e.Server }
            : json.IsErrorPage ? new ErrorPageInfo() : null;
        var metadata = DocumentMetadata.Empty;
        if (json.Metadata is { } m)
        {
            var published = m.Published is null ? null : Html.HtmlMetadataReader.ParseDate(m.Published);
            metadata = new DocumentMetadata
            {
                Author = m.Author,
                Published = published?.Value,

                // Written by this contract: as it says. Older JSON does not say, and its text may still show no offset.
                PublishedOffsetUnknown = published is { } date && (m.PublishedOffsetUnknown ?? !date.OffsetStated),
                SiteName = m.SiteName,
                Description = m.Description,
            };
        }

        return new ExtractedDocument
        {
            Url = Uri.TryCreate(json.Url, UriKind.Absolute, out var url) ? url : null,
            InputKind = json.InputKind switch
            {
                "html" => InputKind.Html,
                "text" => InputKind.Text,
                var other => throw Unknown("inputKind", other),
            },
            Language = json.Language,
            PageKind = json.PageKind switch
            {
                "article" => PageKind.Article,
                "error" => PageKind.Error,
                "challenge" => PageKind.Challenge,
                "listing" => PageKind.Listing,
                "empty" => PageKind.Empty,
                var other => throw Unknown("pageKind", other),
            },
            PageKindEvidence = json.PageKindEvidence ?? [],
            ErrorPage = errorPage,
            Title = json.Title,
            Breadcrumb = [.. (json.Breadcrumb ?? []).Select(b => new BreadcrumbItem { Text = b.Text ?? string.Empty, Url = b.Url })],
            Blocks = [.. (json.Blocks ?? []).Select(FromJson)],
            Quotes = [.. (json.Quotes ?? []).Select(q => new Quotation { Text = q.Text ?? string.Empty, Speaker = q.Speaker, BlockIndex = q.BlockIndex, Inline = q.Inline })],
            LinkLists =
            [
                .. (json.LinkLists ?? []).Select(l => new LinkList
                {
                    Title = l.Title ?? string.Empty,
                    HasMore = l.HasMore,
                    MoreUrl = l.MoreUrl,
                    Links = [.. (l.Links ?? []).Select(k => new LinkItem { Text = k.Text ?? string.Empty, Url = k.Url, Truncated = k.Truncated })],
                }),
            ],
            Noise =
            [
                .. (json.Noise ?? []).Select(n => new NoiseFragment
                {
                    Kind = n.Kind == "error-page" ? NoiseKind.ErrorPage : throw Unknown("noise kind", n.Kind),
                    Status = n.Status,
                    Reason = n.Reason,
                    Server = n.Server,
                    Text = n.Text ?? string.Empty,
                }),
            ],
            Metadata = metadata,
            Text = json.Text ?? string.Empty,
            Decisions = [.. (json.Explain ?? []).Select(d => new BlockDecision { Index = d.Index, Text = d.Text ?? string.Empty, Role = RoleOf(d.Role), Reason = d.Reason ?? string.Empty })],
        };
    }

    private static ContentBlock FromJson(JsonBlock block) => block switch
    {
        JsonHeading h => new HeadingBlock(h.Text ?? string.Empty) { Level = h.Level },
        JsonParagraph p => new ParagraphBlock(p.Text ?? string.Empty),
        JsonQuoteBlock q => new QuoteBlock(q.Text ?? string.Empty) { Speaker = q.Speaker },
        JsonList l => new ListBlock { Ordered = l.Ordered, Items = l.Items ?? [] },
        JsonTable t => new TableBlock { Rows = [.. (t.Rows ?? []).Select(row => row ?? [])] },
        JsonCode c => new CodeBlock(c.Text ?? string.Empty) { Language = c.Language },
        null => throw new JsonException("Expected a block object, found null."),
        _ => throw new JsonException("A block without a known \"type\" (heading, paragraph, quote, list, table, code)."),
    };

    private static BlockRole RoleOf(string? role) => role switch
    {
        "content" => BlockRole.Content,
        "title" => BlockRole.Title,
        "breadcrumb" => BlockRole.Breadcrumb,
        "noise" => BlockRole.Noise,
        "link-list-title" => BlockRole.LinkListTitle,
        "link-list-item" => BlockRole.LinkListItem,
        "boilerplate" => BlockRole.Boilerplate,
        _ => throw Unknown("explain role", role),
    };

    private static JsonException Unknown(string field, string? value) =>
        new($"The contract has no {field} \"{value}\".");
}
