namespace ContentExtract.Evaluation.Metrics;

/// <summary>How one gold page fared under a metric: what the corpus figures are built from, and what ranks it.</summary>
/// <param name="Page">The page's key.</param>
/// <param name="Score">Ranks the worst pages: 1 is full marks, lower is worse.</param>
/// <param name="Detail">A short account of the score, numbers only (no extracted text: SmartReader's results are committed).</param>
/// <param name="Measures">The page's numbers, by a name the metric chooses, that its corpus figures are summed or averaged from.</param>
internal sealed record PageResult(string Page, double Score, string Detail, IReadOnlyDictionary<string, double> Measures)
{
    /// <summary>The page's own F1, which collapses and the comparison with SmartReader use; null where the metric has none for the page.</summary>
    public double? F1 { get; init; }

    /// <summary>True when the extractor had no prediction for this gold page (no page file, no dump).</summary>
    public bool Missing { get; init; }

    /// <summary>The gold's page type (wcxb: article, forum, …); null where the corpus has none.</summary>
    public string? PageType { get; init; }

    /// <summary>The fixed half the page belongs to.</summary>
    public PageHalf Half { get; } = PageHalves.Of(Page);
}
