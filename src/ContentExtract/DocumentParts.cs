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
    /// When the page says it was published (<c>article:published_time</c> and the like), with the offset the page
    /// gives; a date without a time is midnight UTC. Null when the page gives none or gives one that cannot be read.
    /// </summary>
    public DateTimeOffset? Published { get; init; }

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
