namespace ContentExtract;

/// <summary>One step of the breadcrumb trail.</summary>
/// <param name="Text">The item's label.</param>
/// <param name="Url">The item's link, when the page gives one.</param>
public sealed record BreadcrumbItem(string Text, string? Url);

/// <summary>A quotation found in the content, either a whole block or a span inside a paragraph.</summary>
/// <param name="Text">The words between the quotation marks.</param>
/// <param name="Speaker">Who is quoted, when the text names them with a speech verb; otherwise null.</param>
/// <param name="BlockIndex">Index in <see cref="ExtractedDocument.Blocks"/> of the block holding the quotation.</param>
/// <param name="Inline">True when the quotation is part of a paragraph; false for a <see cref="QuoteBlock"/>.</param>
public sealed record Quotation(string Text, string? Speaker, int BlockIndex, bool Inline);

/// <summary>A named group of links outside the main content, such as "Related" or "全省动态 更多...".</summary>
/// <param name="Title">The group's heading, without its "more" marker.</param>
/// <param name="HasMore">True when the heading carries a "more" link or marker.</param>
/// <param name="MoreUrl">The address of the "more" link, when known.</param>
/// <param name="Links">The group's links, in order.</param>
public sealed record LinkList(string Title, bool HasMore, string? MoreUrl, IReadOnlyList<LinkItem> Links);

/// <summary>One entry of a <see cref="LinkList"/>.</summary>
/// <param name="Text">The link text, without bullet and without a trailing ellipsis.</param>
/// <param name="Url">The link's address, when known.</param>
/// <param name="Truncated">True when the page cut the text short with an ellipsis.</param>
public sealed record LinkItem(string Text, string? Url, bool Truncated);

/// <summary>A fragment of noise that was found in the page and removed from the content.</summary>
/// <param name="Kind">What kind of noise it is.</param>
/// <param name="Status">The HTTP status it shows, when it shows one.</param>
/// <param name="Reason">The reason phrase it shows, such as "Not Found".</param>
/// <param name="Server">The server banner it shows, such as "nginx/1.24.0".</param>
/// <param name="Text">The removed text, its lines joined by single spaces.</param>
public sealed record NoiseFragment(NoiseKind Kind, int? Status, string? Reason, string? Server, string Text);

/// <summary>What an error page says about itself.</summary>
/// <param name="Status">The HTTP status the page stands for, when it shows one.</param>
/// <param name="Reason">The reason phrase, when it shows one.</param>
/// <param name="Server">The server banner, when it shows one.</param>
public sealed record ErrorPageInfo(int? Status, string? Reason, string? Server);

/// <summary>Facts about the page that are not part of its content.</summary>
/// <param name="Author">The author or byline.</param>
/// <param name="Published">The publication date as the page states it (ISO 8601 when the page gives one).</param>
/// <param name="SiteName">The publishing site's name.</param>
/// <param name="Description">The page's summary or description.</param>
public sealed record DocumentMetadata(string? Author, string? Published, string? SiteName, string? Description)
{
    /// <summary>Metadata with every field unknown.</summary>
    public static DocumentMetadata Empty { get; } = new(null, null, null, null);
}

/// <summary>Why the extractor kept or dropped one source block of the page; feeds <c>--explain</c>.</summary>
/// <param name="Index">The block's position among the page's source blocks.</param>
/// <param name="Text">The block's text.</param>
/// <param name="Role">What the extractor decided the block is.</param>
/// <param name="Reason">The signal that decided it, with its value.</param>
public sealed record BlockDecision(int Index, string Text, BlockRole Role, string Reason)
{
    /// <summary>True when the block's text went into the main content.</summary>
    public bool Kept => Role == BlockRole.Content;
}
