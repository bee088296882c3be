namespace ContentExtract;

/// <summary>One step of the breadcrumb trail.</summary>
public sealed record BreadcrumbItem
{
    /// <summary>The item's label.</summary>
    public required string Text { get; init; }

    /// <summary>The item's link, when the page gives one: absolute when the page's address is known.</summary>
    public string? Url { get; init; }
}

/// <summary>A quotation found in the content, either a whole block or a span inside a paragraph.</summary>
public sealed record Quotation
{
    /// <summary>The words between the quotation marks.</summary>
    public required string Text { get; init; }

    /// <summary>Who is quoted, when the text names them with a speech verb; otherwise null.</summary>
    public string? Speaker { get; init; }

    /// <summary>Index in <see cref="ExtractedDocument.Blocks"/> of the block holding the quotation.</summary>
    public required int BlockIndex { get; init; }

    /// <summary>True when the quotation is part of a paragraph; false for a <see cref="QuoteBlock"/>.</summary>
    public bool Inline { get; init; }
}

/// <summary>A named group of links outside the main content, such as "Related" or "全省动态 更多...".</summary>
public sealed record LinkList
{
    /// <summary>The group's heading, without its "more" marker.</summary>
    public required string Title { get; init; }

    /// <summary>True when the heading carries a "more" link or marker.</summary>
    public bool HasMore { get; init; }

    /// <summary>The address of the "more" link, when known.</summary>
    public string? MoreUrl { get; init; }

    /// <summary>The group's links, in order; compared by content.</summary>
    public IReadOnlyList<LinkItem> Links { get; init => field = ValueList.From(value); } = ValueList<LinkItem>.Empty;
}

/// <summary>One entry of a <see cref="LinkList"/>.</summary>
public sealed record LinkItem
{
    /// <summary>The link text, without bullet and without a trailing ellipsis.</summary>
    public required string Text { get; init; }

    /// <summary>The link's address, when known: absolute when the page's address is known.</summary>
    public string? Url { get; init; }

    /// <summary>True when the page cut the text short with an ellipsis.</summary>
    public bool Truncated { get; init; }
}

/// <summary>A fragment of noise that was found in the page and removed from the content.</summary>
public sealed record NoiseFragment
{
    /// <summary>What kind of noise it is.</summary>
    /// <value>Defaults to <see cref="NoiseKind.ErrorPage"/>, the only kind so far.</value>
    public NoiseKind Kind { get; init; } = NoiseKind.ErrorPage;

    /// <summary>The HTTP status it shows, when it shows one.</summary>
    public int? Status { get; init; }

    /// <summary>The reason phrase it shows, such as "Not Found".</summary>
    public string? Reason { get; init; }

    /// <summary>The server banner it shows, such as "nginx/1.24.0".</summary>
    public string? Server { get; init; }

    /// <summary>The removed text, its lines joined by single spaces.</summary>
    public required string Text { get; init; }
}

/// <summary>What an error page says about itself.</summary>
public sealed record ErrorPageInfo
{
    /// <summary>The HTTP status the page stands for, when it shows one.</summary>
    public int? Status { get; init; }

    /// <summary>The reason phrase, when it shows one.</summary>
    public string? Reason { get; init; }

    /// <summary>The server banner, when it shows one.</summary>
    public string? Server { get; init; }
}

/// <summary>Facts about the page that are not part of its content.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Metadata with every field unknown.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>
    /// The author's name, or several names joined by ", ": from the page's JSON-LD, its <c>author</c> meta tag, its
    /// <c>article:author</c> tag or its marked byline. Never an address: an <c>article:author</c> that is a profile
    /// URL is not a name.
    /// </summary>
    public string? Author { get; init; }

    /// <summary>
    /// When the page says it was published: its <c>article:published_time</c> (or <c>pubdate</c>, <c>publishdate</c>) meta
    /// tag, else the <c>datePublished</c> of its JSON-LD article. Null when the page gives none, or none that can be read.
    /// </summary>
    /// <value>
    /// The instant with the offset the page states. A page that gives a time without an offset
    /// (<c>2024-06-01T12:30:00</c>), or a date alone, gets its clock reading as stated, with offset zero, and
    /// <see cref="PublishedOffsetUnknown"/> set: it is then the time the page shows, not a UTC instant. When the meta tag
    /// and JSON-LD disagree, the meta tag wins (it is the page's one statement about itself; JSON-LD is often a plugin's,
    /// describing several things); but a meta time without an offset takes the JSON-LD one when that agrees with it and
    /// states its offset.
    /// </value>
    public DateTimeOffset? Published { get; init; }

    /// <summary>
    /// True when the page gave <see cref="Published"/> without an offset, so that its offset of zero stands for "not
    /// stated": it may be UTC or the site's local time. False when the offset is the page's (or there is no date).
    /// </summary>
    /// <value>Defaults to false: a date given to this record with an offset is taken at its word.</value>
    public bool PublishedOffsetUnknown { get; init; }

    /// <summary>The publishing site's name.</summary>
    public string? SiteName { get; init; }

    /// <summary>The page's summary or description.</summary>
    public string? Description { get; init; }
}

/// <summary>Why the extractor kept or dropped one source block of the page; feeds <c>--explain</c>.</summary>
public sealed record BlockDecision
{
    /// <summary>The block's position among the page's source blocks.</summary>
    public required int Index { get; init; }

    /// <summary>The block's text.</summary>
    public required string Text { get; init; }

    /// <summary>What the extractor decided the block is.</summary>
    public required BlockRole Role { get; init; }

    /// <summary>The signal that decided it, with its value.</summary>
    public required string Reason { get; init; }

    /// <summary>True when the block's text went into the main content.</summary>
    public bool Kept => Role == BlockRole.Content;
}
