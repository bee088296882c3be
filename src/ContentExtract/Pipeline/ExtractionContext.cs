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

    public List<NoiseFragment> Noise { get; } = [];

    public ErrorPageInfo? ErrorPage { get; set; }

    public PageKind PageKind { get; set; } = PageKind.Article;

    /// <summary>A title known before segmentation (HTML metadata); the text path leaves it null.</summary>
    public string? TitleHint { get; set; }

    public string? Title { get; set; }

    public List<BreadcrumbItem> Breadcrumb { get; } = [];

    public List<LinkList> LinkLists { get; } = [];

    /// <summary>First segment of the main content run.</summary>
    public int ContentStart { get; set; } = -1;

    /// <summary>One past the last segment of the main content run.</summary>
    public int ContentEnd { get; set; } = -1;

    public bool HasContentRun => ContentStart >= 0 && ContentEnd > ContentStart;

    public List<ContentBlock> Blocks { get; } = [];

    /// <summary>For each block, the segments it was built from (for speaker context and diagnostics).</summary>
    public List<Segment> BlockSources { get; } = [];

    public List<Quotation> Quotes { get; } = [];

    public DocumentMetadata Metadata { get; set; } = DocumentMetadata.Empty;

    public string? Language { get; set; }
}

/// <summary>One step of the extraction; stages run in the order <see cref="ExtractionPipeline"/> lists them.</summary>
internal interface IExtractionStage
{
    void Run(ExtractionContext context);
}
