namespace ContentExtract;

/// <summary>
/// Settings of a <see cref="ContentExtractor"/>, one sub-record per stage. Immutable; validated once
/// when the extractor is built.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults, suited to news pages.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>The largest input accepted, in bytes (or UTF-16 chars for strings).</summary>
    /// <value>Defaults to 32 MiB. Larger input raises <see cref="ContentExtractionException"/>.</value>
    public int MaxInputLength { get; init; } = 32 * 1024 * 1024;

    /// <summary>
    /// The most elements (start tags) a page's markup may hold. It bounds the memory the parsed page takes, about
    /// half a kilobyte an element; real pages hold a few thousand.
    /// </summary>
    /// <value>
    /// Defaults to 250,000. A page with more raises <see cref="ContentExtractionException"/> with
    /// <see cref="ExtractionFailure.TooComplex"/> before it is parsed.
    /// </value>
    public int MaxElements { get; init; } = 250_000;

    /// <summary>
    /// How much memory one page's parsed tree may take, as a multiple of the page's size: the start tags are counted
    /// before parsing and each element is reckoned at <see cref="BytesPerElement"/> bytes (measured on pages of empty
    /// elements, where the tree costs the most for the input: 350 to 900 bytes an element). A page whose tree would take
    /// more than this many times its size, and more than 4 MiB, raises <see cref="ContentExtractionException"/> with
    /// <see cref="ExtractionFailure.TooComplex"/> before it is parsed, so a megabyte of <c>&lt;br&gt;</c> (240,000
    /// elements, which parsed took 145 MB at its peak) is refused after one scan.
    /// </summary>
    /// <value>
    /// Defaults to 20. Pages of up to about 7,000 elements (4 MiB's worth) are never refused for it, nor are
    /// pages with 30 bytes of markup or more an element on average; no development-corpus page comes near it (the
    /// densest large page has 34 characters an element, the largest 15,800 elements in 2 MB). 0 sets no budget:
    /// <see cref="MaxElements"/> still applies.
    /// </value>
    public int MemoryBudgetFactor { get; init; } = 20;

    /// <summary>The memory an element of the parsed tree is reckoned to take, for <see cref="MemoryBudgetFactor"/>.</summary>
    internal const int BytesPerElement = 600;

    /// <summary>
    /// The least memory budget of a page, for <see cref="MemoryBudgetFactor"/>: what a small page may take whatever its size,
    /// 7,000 elements' worth. It was 16 MiB, which let 20,000 <c>&lt;br&gt;</c> in 78 KB take 150 times their size.
    /// </summary>
    internal const long MinMemoryBudget = 4L * 1024 * 1024;

    /// <summary>How many elements a page of <paramref name="length"/> characters may have within its memory budget; int.MaxValue for no budget.</summary>
    internal int ElementBudget(int length) =>
        MemoryBudgetFactor == 0 ? int.MaxValue : (int)Math.Min(int.MaxValue, Math.Max(MinMemoryBudget, (long)MemoryBudgetFactor * length) / BytesPerElement);

    /// <summary>The longest one page may take to extract; the time is checked in every long loop and between stages.</summary>
    /// <value>
    /// Defaults to 30 seconds (real pages take milliseconds). Exceeded, the page raises
    /// <see cref="ContentExtractionException"/> with <see cref="ExtractionFailure.TimedOut"/>;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> sets no limit.
    /// </value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Error-page noise settings.</summary>
    public NoiseOptions Noise { get; init; } = new();

    /// <summary>Boilerplate and main-content selection settings.</summary>
    public BoilerplateOptions Boilerplate { get; init; } = new();

    /// <summary>Plain-text path settings.</summary>
    public PlainTextOptions PlainText { get; init; } = new();

    /// <summary>Heuristics switched off, for the evaluation tool's ablation report; empty in every real use.</summary>
    internal IReadOnlySet<Pipeline.Rule> DisabledRules { get; init; } = System.Collections.Frozen.FrozenSet<Pipeline.Rule>.Empty;

    /// <summary>Whether every candidate's text, features and score are kept on the result, for the evaluation tool and the judge's fitting.</summary>
    internal bool TraceCandidates { get; init; }

    /// <summary>The article judge; null for the one the library ships (the fitting runs under a neutral one).</summary>
    internal Selection.ArticleJudge? Judge { get; init; }

    /// <summary>Whether SmartReader's article is weighed on every page, not only where the judge doubts (for fitting the judge).</summary>
    internal bool AlwaysConsultSecondOpinion { get; init; }

    /// <summary>Whether a named heuristic is in force (all are, unless an ablation run switched one off).</summary>
    internal bool Applies(Pipeline.Rule rule) => DisabledRules.Count == 0 || !DisabledRules.Contains(rule);

    internal void Validate()
    {
        if (MaxInputLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInputLength), MaxInputLength, "Must be positive.");
        }

        if (MaxElements <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxElements), MaxElements, "Must be positive.");
        }

        if (MemoryBudgetFactor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryBudgetFactor), MemoryBudgetFactor, "Must be 0 (no budget) or positive.");
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Must be positive, or Timeout.InfiniteTimeSpan.");
        }

        ArgumentNullException.ThrowIfNull(Noise);
        ArgumentNullException.ThrowIfNull(Boilerplate);
        ArgumentNullException.ThrowIfNull(PlainText);
        Boilerplate.Validate();
        PlainText.Validate();
    }
}

/// <summary>Settings of the error-page noise stage.</summary>
public sealed record NoiseOptions
{
    /// <summary>Whether error-page fragments (status lines, server banners) are removed and reported.</summary>
    /// <value>Defaults to true.</value>
    public bool RemoveErrorFragments { get; init; } = true;

    /// <summary>Whether a page that is entirely an error page is reported as one, with its content left empty.</summary>
    /// <value>Defaults to true.</value>
    public bool DetectErrorPages { get; init; } = true;
}

/// <summary>Settings of the main-content selection stage.</summary>
public sealed record BoilerplateOptions
{
    /// <summary>Size, in word units, from which a block counts as prose on its own (a Han character is 2/3 of a unit).</summary>
    /// <value>Defaults to 20.</value>
    public int ProseBlockWords { get; init; } = 20;

    /// <summary>Whether link lists (related articles, sidebars) are recognized and returned.</summary>
    /// <value>Defaults to true.</value>
    public bool RecognizeLinkLists { get; init; } = true;

    /// <summary>
    /// Whether SmartReader (the C# port of Mozilla Readability) is asked for a second opinion on the pages where the
    /// article judge's two best candidates score within its doubt margin. SmartReader errs differently from the judge's
    /// candidates, which is why it is asked, and it is slower than the whole of this library on the pages it reads.
    /// </summary>
    /// <value>
    /// Defaults to true. Switched off, the judge's own choice stands on every page: a crawl takes markedly less CPU time,
    /// and a few doubted pages lose their article (the README's section on speed gives both figures).
    /// </value>
    public bool ConsultSecondOpinion { get; init; } = true;

    internal void Validate()
    {
        if (ProseBlockWords is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(ProseBlockWords), ProseBlockWords, "Must be between 1 and 1000.");
        }
    }
}

/// <summary>Settings of the plain-text path.</summary>
public sealed record PlainTextOptions
{
    /// <summary>Whether lines hard-wrapped by a text renderer (lynx, w3m) are joined back into paragraphs.</summary>
    /// <value>Defaults to true.</value>
    public bool RejoinWrappedLines { get; init; } = true;

    /// <summary>The narrowest wrap width, in columns, that is recognized as hard wrapping.</summary>
    /// <value>Defaults to 60.</value>
    public int MinWrapWidth { get; init; } = 60;

    internal void Validate()
    {
        if (MinWrapWidth is < 20 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MinWrapWidth), MinWrapWidth, "Must be between 20 and 10000.");
        }
    }
}
