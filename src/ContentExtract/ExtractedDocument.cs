namespace ContentExtract;

/// <summary>
/// The typed result of extracting one page. Immutable; every collection is empty rather than null.
/// </summary>
public sealed record ExtractedDocument
{
    /// <summary>The page's address, when the caller gave one.</summary>
    public string? Url { get; init; }

    /// <summary>Which path produced this document.</summary>
    public required InputKind InputKind { get; init; }

    /// <summary>The content's language as a BCP-47 primary tag (<c>zh</c>, <c>en</c>, …), or null when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>What kind of scrape the page is.</summary>
    public PageKind PageKind { get; init; } = PageKind.Article;

    /// <summary>
    /// The evidence that decided <see cref="PageKind"/> when it is not <see cref="PageKind.Article"/>
    /// ("title \"404 Not Found\" announces status 404", "12 word units of other content"); empty for articles.
    /// </summary>
    public IReadOnlyList<string> PageKindEvidence { get; init; } = [];

    /// <summary>When the whole page is an error page, what it says about itself; otherwise null.</summary>
    public ErrorPageInfo? ErrorPage { get; init; }

    /// <summary>True when the whole page is an error page (a soft 404 and the like); its content fields are then empty.</summary>
    public bool IsErrorPage => ErrorPage is not null;

    /// <summary>The headline, or null when none was found.</summary>
    public string? Title { get; init; }

    /// <summary>The breadcrumb trail, without lead-in, separators and current-page marker.</summary>
    public IReadOnlyList<BreadcrumbItem> Breadcrumb { get; init; } = [];

    /// <summary>The main content in reading order.</summary>
    public IReadOnlyList<ContentBlock> Blocks { get; init; } = [];

    /// <summary>Every quotation in the content, block or inline.</summary>
    public IReadOnlyList<Quotation> Quotes { get; init; } = [];

    /// <summary>Named groups of links outside the main content.</summary>
    public IReadOnlyList<LinkList> LinkLists { get; init; } = [];

    /// <summary>Error-page fragments found in the page and removed.</summary>
    public IReadOnlyList<NoiseFragment> Noise { get; init; } = [];

    /// <summary>Author, date, site name and description, where the page gives them.</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>The plain text of <see cref="Blocks"/>, blocks separated by a blank line; the title is not included.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Why each source block was kept or dropped, in page order.</summary>
    public IReadOnlyList<BlockDecision> Decisions { get; init; } = [];

    /// <summary>How the article was chosen among candidates; null for pages that never reached the choice.</summary>
    internal Selection.SelectionReport? Selection { get; init; }

    /// <summary>Every candidate the selection stage weighed, when the options ask for a trace.</summary>
    internal IReadOnlyList<Selection.CandidateTrace> CandidateTraces { get; init; } = [];

    /// <summary>The paragraphs of <see cref="Blocks"/>.</summary>
    public IEnumerable<ParagraphBlock> Paragraphs => Blocks.OfType<ParagraphBlock>();

    /// <summary>The headings of <see cref="Blocks"/>.</summary>
    public IEnumerable<HeadingBlock> Headings => Blocks.OfType<HeadingBlock>();
}
