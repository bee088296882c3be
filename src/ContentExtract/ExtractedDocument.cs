namespace ContentExtract;

/// <summary>
/// The typed result of extracting one page. Immutable, and compared by value: two extractions of the same page are
/// equal (<c>==</c>) and hash alike, their lists compared by content. Every collection is empty rather than null,
/// and a list given to an <c>init</c> accessor is copied, so that changing it later does not change the document.
/// </summary>
public sealed record ExtractedDocument
{
    /// <summary>
    /// The page's address: the one the caller gave (<see cref="PageInfo.Url"/>), else the one the page states as its
    /// own (<c>&lt;link rel="canonical"&gt;</c>, then <c>og:url</c>); null when neither is known.
    /// </summary>
    public Uri? Url { get; init; }

    /// <summary>Which path produced this document.</summary>
    public required InputKind InputKind { get; init; }

    /// <summary>
    /// The content's language as a BCP-47 primary tag (<c>zh</c>, <c>en</c>, …), or null when unknown: the one the page
    /// declares (<c>&lt;html lang&gt;</c>, <c>og:locale</c>) unless its text is in another script (an all-Chinese page
    /// declared <c>en</c> is <c>zh</c>), else the one its text reads as.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>What kind of scrape the page is.</summary>
    public PageKind PageKind { get; init; } = PageKind.Article;

    /// <summary>
    /// The evidence that decided <see cref="PageKind"/> when it is not <see cref="PageKind.Article"/>
    /// ("title \"404 Not Found\" announces status 404", "12 word units of other content"); empty for articles.
    /// </summary>
    public IReadOnlyList<string> PageKindEvidence { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>When the whole page is an error page, what it says about itself; otherwise null.</summary>
    public ErrorPageInfo? ErrorPage { get; init; }

    /// <summary>True when the whole page is an error page (a soft 404 and the like); its content fields are then empty.</summary>
    public bool IsErrorPage => ErrorPage is not null;

    /// <summary>The headline, or null when none was found.</summary>
    public string? Title { get; init; }

    /// <summary>The breadcrumb trail, without lead-in, separators and current-page marker.</summary>
    public IReadOnlyList<BreadcrumbItem> Breadcrumb { get; init => field = ValueList.From(value); } = ValueList<BreadcrumbItem>.Empty;

    /// <summary>The main content in reading order.</summary>
    public IReadOnlyList<ContentBlock> Blocks { get; init => field = ValueList.From(value); } = ValueList<ContentBlock>.Empty;

    /// <summary>Every quotation in the content, block or inline.</summary>
    public IReadOnlyList<Quotation> Quotes { get; init => field = ValueList.From(value); } = ValueList<Quotation>.Empty;

    /// <summary>Named groups of links outside the main content.</summary>
    public IReadOnlyList<LinkList> LinkLists { get; init => field = ValueList.From(value); } = ValueList<LinkList>.Empty;

    /// <summary>Error-page fragments found in the page and removed.</summary>
    public IReadOnlyList<NoiseFragment> Noise { get; init => field = ValueList.From(value); } = ValueList<NoiseFragment>.Empty;

    /// <summary>Author, date, site name and description, where the page gives them.</summary>
    public DocumentMetadata Metadata { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = DocumentMetadata.Empty;

    /// <summary>The plain text of <see cref="Blocks"/>, blocks separated by a blank line; the title is not included.</summary>
    public string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = string.Empty;

    /// <summary>Why each source block was kept or dropped, in page order.</summary>
    public IReadOnlyList<BlockDecision> Decisions { get; init => field = ValueList.From(value); } = ValueList<BlockDecision>.Empty;

    /// <summary>How the article was found; not part of the document's value (see <see cref="ExtractionTrace"/>).</summary>
    internal ExtractionTrace Trace { get; init; }

    /// <summary>How the article was chosen among candidates; null for pages that never reached the choice.</summary>
    internal Selection.SelectionReport? Selection => Trace.Selection;

    /// <summary>Every candidate the selection stage weighed, when the options ask for a trace.</summary>
    internal IReadOnlyList<Selection.CandidateTrace> CandidateTraces => Trace.Candidates ?? [];

    /// <summary>The paragraphs of <see cref="Blocks"/>.</summary>
    public IEnumerable<ParagraphBlock> Paragraphs => Blocks.OfType<ParagraphBlock>();

    /// <summary>The headings of <see cref="Blocks"/>.</summary>
    public IEnumerable<HeadingBlock> Headings => Blocks.OfType<HeadingBlock>();
}

/// <summary>
/// How a document was found: the selection's scores and the time SmartReader took, the candidates weighed. These are
/// diagnostics of the run, not facts of the page, so every trace equals every other: two extractions of the same page
/// stay equal although the second opinion took a different time.
/// </summary>
internal readonly struct ExtractionTrace : IEquatable<ExtractionTrace>
{
    public Selection.SelectionReport? Selection { get; init; }

    public IReadOnlyList<Selection.CandidateTrace>? Candidates { get; init; }

    public bool Equals(ExtractionTrace other) => true;

    public override bool Equals(object? obj) => obj is ExtractionTrace;

    public override int GetHashCode() => 0;

    public static bool operator ==(ExtractionTrace left, ExtractionTrace right) => left.Equals(right);

    public static bool operator !=(ExtractionTrace left, ExtractionTrace right) => !left.Equals(right);
}
