using ContentExtract.Segmentation;

namespace ContentExtract.Pipeline;

/// <summary>
/// The working state of one extraction, handed from stage to stage. Created per call and never
/// shared, which keeps the extractor itself free of mutable state.
/// </summary>
internal sealed class ExtractionContext
{
    public ExtractionContext(IReadOnlyList<Segment> segments, InputKind kind, PageInfo page, ExtractionOptions options, CancellationToken cancellation)
    {
        Segments = segments;
        Kind = kind;
        Page = page;
        Options = options;
        Cancellation = cancellation;
    }

    public IReadOnlyList<Segment> Segments { get; }

    public InputKind Kind { get; }

    public PageInfo Page { get; }

    public ExtractionOptions Options { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>Where each stage's time goes; null when nothing listens for stage times.</summary>
    public Telemetry.ExtractionTelemetry? Telemetry { get; init; }

    /// <summary>Error-page fragments found among the segments.</summary>
    public List<NoiseFragment> Noise { get; } = [];

    /// <summary>Whole error documents cut out of the markup before it was parsed.</summary>
    public List<NoiseFragment> NestedNoise { get; } = [];

    /// <summary>What each segment is as error-page text, by segment index; null until the fragment stage has looked.</summary>
    public Noise.ErrorLine[]? ErrorLines { get; set; }

    /// <summary>The HTML <c>&lt;title&gt;</c> as the page prints it; null for text dumps.</summary>
    public string? PageTitle { get; set; }

    /// <summary>
    /// The parsed page, for a second opinion on the article; null for text dumps, and once the article is chosen: the tree
    /// is the largest thing a page holds, and nothing after selection reads it.
    /// </summary>
    public AngleSharp.Html.Dom.IHtmlDocument? Document { get; set; }

    /// <summary>The page's block elements, which <see cref="Segment.Element"/> numbers; null for text dumps.</summary>
    public BlockTree? BlockTree { get; init; }

    /// <summary>True when the markup declares the page an article (og:type, JSON-LD type).</summary>
    public bool DeclaresArticle => (DeclaredTypes & Html.DeclaredTypes.Article) != 0;

    /// <summary>What the markup declares the page to be (schema.org types, og:type); none for text dumps.</summary>
    public Html.DeclaredTypes DeclaredTypes { get; init; }

    /// <summary>Why the page kind was decided, for the explain output.</summary>
    public List<string> PageKindEvidence { get; } = [];

    public ErrorPageInfo? ErrorPage { get; set; }

    public PageKind PageKind { get; set; } = PageKind.Article;

    /// <summary>A title known before segmentation (HTML metadata); the text path leaves it null.</summary>
    public string? TitleHint { get; set; }

    public string? Title { get; set; }

    /// <summary>The segment a text dump shows its headline in, where its leading &lt;title&gt; line names it; -1 otherwise.</summary>
    public int TextHeadline { get; set; } = -1;

    /// <summary>
    /// The segment a text dump with no &lt;title&gt; line shows its headline in, found from the dump's shape
    /// (<see cref="Boilerplate.DumpHeadline"/>); -1 otherwise. It names the title only: the article is chosen as before.
    /// </summary>
    public int ShapeHeadline { get; set; } = -1;

    public List<BreadcrumbItem> Breadcrumb { get; } = [];

    public List<LinkList> LinkLists { get; } = [];

    /// <summary>First segment of the main content run.</summary>
    public int ContentStart { get; set; } = -1;

    /// <summary>One past the last segment of the main content run.</summary>
    public int ContentEnd { get; set; } = -1;

    public bool HasContentRun => ContentStart >= 0 && ContentEnd > ContentStart;

    /// <summary>Every answer the selection stage weighed, the chosen one among them.</summary>
    public IReadOnlyList<Selection.ArticleCandidate> Candidates { get; set; } = [];

    /// <summary>How far the judge's choice scored above the runner-up (infinite when there was none).</summary>
    public double JudgeMargin { get; set; } = double.PositiveInfinity;

    /// <summary>How long SmartReader took when the judge asked it for a second opinion; null when it was not asked.</summary>
    public TimeSpan? SecondOpinionTime { get; set; }

    /// <summary>Why SmartReader gave no opinion though the judge doubted (stopped at its time limit, not asked for lack of time, or switched off in the options); null otherwise.</summary>
    public string? SecondOpinionNote { get; set; }

    /// <summary>
    /// When the page's time budget (<see cref="ExtractionOptions.Timeout"/>) runs out, as a <see cref="System.Diagnostics.Stopwatch"/>
    /// timestamp; <see cref="long.MaxValue"/> for no budget. <see cref="Cancellation"/> fires then too: this says how long is left.
    /// </summary>
    public long Deadline { get; set; } = long.MaxValue;

    /// <summary>How much of the page's time budget is left; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for no budget.</summary>
    public TimeSpan TimeLeft => Deadline == long.MaxValue
        ? System.Threading.Timeout.InfiniteTimeSpan
        : TimeSpan.FromTicks(Math.Max(0, (long)((Deadline - System.Diagnostics.Stopwatch.GetTimestamp()) * ((double)TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency))));

    /// <summary>
    /// The block scores with every page zone set aside, worked out the first time the selection stage asks (each run's
    /// zone-free fallback, SmartReader's traced candidate ask for the same ones); null outside selection.
    /// </summary>
    public Selection.RunScores? ZoneFreeScores { get; set; }

    /// <summary>The candidate the judge chose; null before selection.</summary>
    public Selection.ArticleCandidate? ChosenCandidate { get; set; }

    public List<ContentBlock> Blocks { get; } = [];

    /// <summary>For each block, the segments it was built from (for speaker context and diagnostics).</summary>
    public List<Segment> BlockSources { get; } = [];

    public List<Quotation> Quotes { get; } = [];

    public DocumentMetadata Metadata { get; set; } = DocumentMetadata.Empty;

    /// <summary>The address the page states as its own (canonical link, og:url); the document's when the caller gave none.</summary>
    public Uri? StatedAddress { get; init; }

    /// <summary>The page's own text as its JSON-LD states it (an article's <c>articleBody</c>, a product's <c>description</c>), markup left in; null for text dumps.</summary>
    public string? StatedText { get; init; }

    /// <summary>True when the page states a publication date, even one that cannot be read as a date.</summary>
    public bool StatesPublished { get; init; }

    public string? Language { get; set; }

    /// <summary>Empties every content field of a page that must not be stored as an article, saying why on each block it had kept.</summary>
    public void ClearContent(string reason)
    {
        foreach (var segment in Segments)
        {
            if (segment.Role is not (BlockRole.Noise or BlockRole.Boilerplate))
            {
                segment.Decide(BlockRole.Boilerplate, reason);
            }
        }

        Blocks.Clear();
        BlockSources.Clear();
        Quotes.Clear();
        LinkLists.Clear();
        Breadcrumb.Clear();
        Title = null;
    }
}

/// <summary>One step of the extraction; stages run in the order <see cref="ExtractionPipeline"/> lists them.</summary>
internal interface IExtractionStage
{
    void Run(ExtractionContext context);
}
