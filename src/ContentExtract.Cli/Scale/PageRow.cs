using System.Text.Json.Serialization;
using ContentExtract.Rendering;
using Parquet.Serialization.Attributes;

namespace ContentExtract.Cli.Scale;

// The Parquet schema of docs/output-contract.md ("Parquet"), one row per page file or archive record. Column names are
// snake_case, as SQL engines and Spark expect; renaming or removing one is a breaking change, like a JSON field.
// Parquet.Net names columns from [JsonPropertyName] and maps List<T> of classes to LIST of STRUCT.

/// <summary>One row of a shard's Parquet output.</summary>
internal sealed class PageRow
{
    [JsonPropertyName("source")]
    [ParquetRequired]
    public string Source { get; set; } = string.Empty;

    [JsonPropertyName("input")]
    [ParquetRequired]
    public string Input { get; set; } = string.Empty;

    [JsonPropertyName("record_index")]
    public int? RecordIndex { get; set; }

    [JsonPropertyName("record_offset")]
    public long? RecordOffset { get; set; }

    [JsonPropertyName("record_id")]
    public string? RecordId { get; set; }

    [JsonPropertyName("record_type")]
    public string? RecordType { get; set; }

    [JsonPropertyName("record_date")]
    [ParquetTimestamp(ParquetTimestampResolution.Microseconds, useLogicalTimestamp: true, isAdjustedToUTC: true)]
    public DateTime? RecordDate { get; set; }

    [JsonPropertyName("http_status")]
    public int? HttpStatus { get; set; }

    [JsonPropertyName("truncated")]
    public string? Truncated { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("outcome")]
    [ParquetRequired]
    public string Outcome { get; set; } = string.Empty;

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("input_kind")]
    public string? InputKind { get; set; }

    [JsonPropertyName("page_kind")]
    public string? PageKind { get; set; }

    [JsonPropertyName("page_kind_evidence")]
    public List<string> PageKindEvidence { get; set; } = [];

    [JsonPropertyName("is_error_page")]
    public bool? IsErrorPage { get; set; }

    [JsonPropertyName("error_status")]
    public int? ErrorStatus { get; set; }

    [JsonPropertyName("error_reason")]
    public string? ErrorReason { get; set; }

    [JsonPropertyName("error_server")]
    public string? ErrorServer { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("language")]
    public string? Language { get; set; }

    [JsonPropertyName("author")]
    public string? Author { get; set; }

    [JsonPropertyName("published")]
    public string? Published { get; set; }

    [JsonPropertyName("published_offset_unknown")]
    public bool? PublishedOffsetUnknown { get; set; }

    [JsonPropertyName("site_name")]
    public string? SiteName { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("breadcrumb")]
    public List<BreadcrumbRow> Breadcrumb { get; set; } = [];

    [JsonPropertyName("quotes")]
    public List<QuoteRow> Quotes { get; set; } = [];

    [JsonPropertyName("link_lists")]
    public List<LinkListRow> LinkLists { get; set; } = [];

    [JsonPropertyName("noise")]
    public List<NoiseRow> Noise { get; set; } = [];

    /// <summary>Characters of text the row holds, to size row groups by what they weigh rather than by count alone.</summary>
    [JsonIgnore]
    public long TextChars { get; private set; }

    public static PageRow From(ShardItem item)
    {
        var record = item.Record?.Record;
        var row = new PageRow
        {
            Source = item.Source,
            Input = item.Input,
            RecordIndex = record?.Index,
            RecordOffset = record?.Offset,
            RecordId = record?.RecordId,
            RecordType = record?.Type,
            RecordDate = record?.Date?.UtcDateTime,
            HttpStatus = record?.HttpStatus,
            Truncated = record?.Truncated,
            Url = item.Url ?? item.Document?.Url?.AbsoluteUri,
            Outcome = item.Outcome switch
            {
                ItemOutcome.Extracted => "extracted",
                ItemOutcome.Skipped => "skipped",
                _ => "failed",
            },
            Reason = item.Reason,
        };

        if (item.Document is { } d)
        {
            row.InputKind = d.InputKind == ContentExtract.InputKind.Html ? "html" : "text";
            row.PageKind = JsonRenderer.NameOf(d.PageKind);
            row.PageKindEvidence = [.. d.PageKindEvidence];
            row.IsErrorPage = d.IsErrorPage;
            row.ErrorStatus = d.ErrorPage?.Status;
            row.ErrorReason = d.ErrorPage?.Reason;
            row.ErrorServer = d.ErrorPage?.Server;
            row.Title = d.Title;
            row.Language = d.Language;
            row.Author = d.Metadata.Author;
            row.Published = d.Metadata.Published is { } published ? JsonRenderer.FormatDate(published) : null;
            row.PublishedOffsetUnknown = d.Metadata.Published is not null && d.Metadata.PublishedOffsetUnknown;
            row.SiteName = d.Metadata.SiteName;
            row.Description = d.Metadata.Description;
            row.Text = d.Text;
            row.Breadcrumb = [.. d.Breadcrumb.Select(b => new BreadcrumbRow { Text = b.Text, Url = b.Url })];
            row.Quotes = [.. d.Quotes.Select(q => new QuoteRow { Text = q.Text, Speaker = q.Speaker, BlockIndex = q.BlockIndex, Inline = q.Inline })];
            row.LinkLists = [.. d.LinkLists.Select(l => new LinkListRow
            {
                Title = l.Title,
                HasMore = l.HasMore,
                MoreUrl = l.MoreUrl,
                Links = [.. l.Links.Select(k => new LinkRow { Text = k.Text, Url = k.Url, Truncated = k.Truncated })],
            })];
            row.Noise = [.. d.Noise.Select(n => new NoiseRow { Kind = "error-page", Status = n.Status, Reason = n.Reason, Server = n.Server, Text = n.Text })];
            row.TextChars = d.Text.Length + (d.Title?.Length ?? 0)
                + d.Quotes.Sum(q => (long)q.Text.Length)
                + d.LinkLists.Sum(l => l.Links.Sum(k => (long)k.Text.Length + (k.Url?.Length ?? 0)))
                + d.Noise.Sum(n => (long)n.Text.Length);
        }

        row.TextChars += row.Source.Length + (row.Url?.Length ?? 0) + (row.Reason?.Length ?? 0) + 64;
        return row;
    }
}

/// <summary>A breadcrumb step.</summary>
internal sealed class BreadcrumbRow
{
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;

    [JsonPropertyName("url")]
    public string? Url { get; set; }
}

/// <summary>A quotation, with the index of its block in the document.</summary>
internal sealed class QuoteRow
{
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;

    [JsonPropertyName("speaker")]
    public string? Speaker { get; set; }

    [JsonPropertyName("block_index")]
    public int BlockIndex { get; set; }

    [JsonPropertyName("inline")]
    public bool Inline { get; set; }
}

/// <summary>A named list of links.</summary>
internal sealed class LinkListRow
{
    [JsonPropertyName("title")]
    public string Title { get; set; } = string.Empty;

    [JsonPropertyName("has_more")]
    public bool HasMore { get; set; }

    [JsonPropertyName("more_url")]
    public string? MoreUrl { get; set; }

    [JsonPropertyName("links")]
    public List<LinkRow> Links { get; set; } = [];
}

/// <summary>One link of a list.</summary>
internal sealed class LinkRow
{
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("truncated")]
    public bool Truncated { get; set; }
}

/// <summary>A removed fragment of error-page noise.</summary>
internal sealed class NoiseRow
{
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName("status")]
    public int? Status { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("server")]
    public string? Server { get; set; }

    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;
}
