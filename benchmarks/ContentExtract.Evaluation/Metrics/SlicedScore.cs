namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// One evaluation's page results and the figures built from them over each slice of its pages: all of them, the tune
/// half and the check half, and within each of those every page type the gold gives (wcxb). Where the metric gives
/// each page an F1, every slice also counts its collapses.
/// </summary>
internal sealed class SlicedScore
{
    /// <summary>A page whose F1 is below this has collapsed: the extractor took the wrong part of the page, or next to nothing.</summary>
    public const double CollapseBelow = 0.5;

    public const string CollapsesFigure = "collapses";

    private readonly Dictionary<(PageHalf?, string?), CorpusScore> _slices = [];

    public SlicedScore(ICorpusMetric metric, IReadOnlyList<PageResult> pages)
    {
        Pages = pages;

        // Most pages first, as the wcxb README lists its types.
        PageTypes = pages.Where(page => page.PageType is not null)
            .GroupBy(page => page.PageType!, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key)
            .ToArray();
        foreach (var half in Halves)
        {
            var halfPages = half is null ? pages : pages.Where(page => page.Half == half).ToArray();
            _slices[(half, null)] = Summarize(metric, halfPages);
            foreach (string type in PageTypes)
            {
                _slices[(half, type)] = Summarize(metric, halfPages.Where(page => page.PageType == type).ToArray());
            }
        }
    }

    /// <summary>All pages (null), then each half.</summary>
    public static IReadOnlyList<PageHalf?> Halves { get; } = [null, PageHalf.Tune, PageHalf.Check];

    /// <summary>Every page's result, in gold order.</summary>
    public IReadOnlyList<PageResult> Pages { get; }

    /// <summary>The page types the gold gives, most pages first; empty for a corpus without types.</summary>
    public IReadOnlyList<string> PageTypes { get; }

    /// <summary>The figures over all pages.</summary>
    public CorpusScore All => _slices[(null, null)];

    /// <summary>The figures over one half (null for all pages), and within it over one page type (null for every type).</summary>
    public CorpusScore Of(PageHalf? half, string? pageType = null) => _slices[(half, pageType)];

    /// <summary>
    /// Every figure under its name within the evaluation: <c>f1</c> over all pages, <c>tune/f1</c> and <c>check/f1</c>
    /// over the halves, <c>forum/f1</c> and <c>check/forum/f1</c> over a page type.
    /// </summary>
    public IEnumerable<(string Name, Figure Figure)> NamedFigures()
    {
        foreach (var half in Halves)
        {
            string prefix = half is { } h ? PageHalves.Name(h) + "/" : string.Empty;
            foreach (var figure in Of(half).Figures)
            {
                yield return (prefix + figure.Name, figure);
            }

            foreach (string type in PageTypes)
            {
                foreach (var figure in Of(half, type).Figures)
                {
                    yield return ($"{prefix}{type}/{figure.Name}", figure);
                }
            }
        }
    }

    /// <summary>Pages whose F1 is below <see cref="CollapseBelow"/>; a page without an F1 is not counted.</summary>
    public static int Collapses(IEnumerable<PageResult> pages) => pages.Count(page => page.F1 is double f1 && f1 < CollapseBelow);

    private static CorpusScore Summarize(ICorpusMetric metric, IReadOnlyList<PageResult> pages)
    {
        var score = metric.Summarize(pages);
        return metric.HasPageF1
            ? score with { Figures = [.. score.Figures, new Figure(CollapsesFigure, Collapses(pages), FigureDirection.LowerIsBetter, IsCount: true)] }
            : score;
    }
}
