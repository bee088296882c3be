using System.Text.Json.Serialization;

namespace ContentExtract.Rendering;

// The JSON shape of docs/output-contract.md, kept apart from the public model so that either can
// evolve without silently changing the other. Renaming a property here is a breaking change.
// JsonRenderer writes these records and JsonContractReader reads them, both through the source-generated context below.

internal sealed record ContractDocument(
    string? Source,
    string? Url,
    string InputKind,
    string? Language,
    string PageKind,
    IReadOnlyList<string> PageKindEvidence,
    bool IsErrorPage,
    JsonErrorPage? ErrorPage,
    string? Title,
    IReadOnlyList<JsonBreadcrumbItem> Breadcrumb,
    IReadOnlyList<JsonBlock> Blocks,
    IReadOnlyList<JsonQuote> Quotes,
    IReadOnlyList<JsonLinkList> LinkLists,
    IReadOnlyList<JsonNoise> Noise,
    JsonMetadata Metadata,
    string Text,
    JsonArchiveRecord? Record,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonDecision>? Explain);

internal sealed record JsonArchiveRecord(int Index, long Offset, string? Id, string? Type, string? Date, int? HttpStatus, string? Truncated, string? Damage);

internal sealed record JsonErrorPage(int? Status, string? Reason, string? Server);

internal sealed record JsonBreadcrumbItem(string Text, string? Url);

// Not abstract, so that a block of a type the contract does not know reads as a plain JsonBlock, which the reader
// reports as a JsonException (an abstract base would raise NotSupportedException).
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(JsonHeading), "heading")]
[JsonDerivedType(typeof(JsonParagraph), "paragraph")]
[JsonDerivedType(typeof(JsonQuoteBlock), "quote")]
[JsonDerivedType(typeof(JsonList), "list")]
[JsonDerivedType(typeof(JsonTable), "table")]
[JsonDerivedType(typeof(JsonCode), "code")]
internal record JsonBlock;

internal sealed record JsonHeading(int Level, string Text) : JsonBlock;

internal sealed record JsonParagraph(string Text) : JsonBlock;

internal sealed record JsonQuoteBlock(string Text, string? Speaker) : JsonBlock;

internal sealed record JsonList(bool Ordered, IReadOnlyList<string> Items) : JsonBlock;

internal sealed record JsonTable(IReadOnlyList<IReadOnlyList<string>> Rows) : JsonBlock;

internal sealed record JsonCode(string Text, string? Language) : JsonBlock;

internal sealed record JsonQuote(string Text, string? Speaker, int BlockIndex, bool Inline);

internal sealed record JsonLinkList(string Title, bool HasMore, string? MoreUrl, IReadOnlyList<JsonLink> Links);

internal sealed record JsonLink(string Text, string? Url, bool Truncated);

internal sealed record JsonNoise(string Kind, int? Status, string? Reason, string? Server, string Text);

// PublishedOffsetUnknown is nullable only so that JSON written before it existed reads as "not said".
internal sealed record JsonMetadata(string? Author, string? Published, bool? PublishedOffsetUnknown, string? SiteName, string? Description);

internal sealed record JsonDecision(int Index, bool Kept, string Role, string Reason, string Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ContractDocument))]
internal sealed partial class ContentExtractJsonContext : JsonSerializerContext;
