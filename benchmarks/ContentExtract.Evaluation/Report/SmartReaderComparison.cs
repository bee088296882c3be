using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Report;

/// <summary>A page where ContentExtract's page F1 is well below SmartReader's.</summary>
internal sealed record BehindPage(string Page, PageHalf Half, string? PageType, double ContentExtractF1, double SmartReaderF1);

/// <summary>
/// ContentExtract against SmartReader on one corpus, page by page: how many pages each collapses on (page F1 below
/// 0.5), and the pages where ContentExtract's page F1 is at least <see cref="BehindBy"/> below SmartReader's, which are
/// where a fix is most likely to be found. Pages without a page F1 on either side are left out.
/// </summary>
internal sealed class SmartReaderComparison
{
    /// <summary>How far below SmartReader's page F1 ContentExtract's must be for the page to be listed.</summary>
    public const double BehindBy = 0.3;

    public const string BehindFigure = "behind-smartreader";

    private SmartReaderComparison(string corpus, SlicedScore contentExtract, SlicedScore smartReader)
    {
        Corpus = corpus;
        ContentExtract = contentExtract;
        SmartReader = smartReader;
        var theirs = smartReader.Pages.Where(page => page.F1 is not null).ToDictionary(page => page.Page, StringComparer.Ordinal);
        Behind = contentExtract.Pages
            .Where(page => page.F1 is not null && theirs.ContainsKey(page.Page))
            .Select(page => new BehindPage(page.Page, page.Half, page.PageType, page.F1!.Value, theirs[page.Page].F1!.Value))
            .Where(page => page.SmartReaderF1 - page.ContentExtractF1 >= BehindBy)
            .OrderByDescending(page => page.SmartReaderF1 - page.ContentExtractF1)
            .ThenBy(page => page.Page, StringComparer.Ordinal)
            .ToArray();
    }

    public string Corpus { get; }

    public SlicedScore ContentExtract { get; }

    public SlicedScore SmartReader { get; }

    /// <summary>The pages ContentExtract is far behind on, the widest gap first.</summary>
    public IReadOnlyList<BehindPage> Behind { get; }

    /// <summary>One comparison per corpus that has both a ContentExtract and a SmartReader result with page F1s.</summary>
    public static IReadOnlyList<SmartReaderComparison> Of(IEnumerable<EvaluationResult> results)
    {
        var byCorpus = results.Where(result => result.Score.Pages.Any(page => page.F1 is not null)).ToLookup(result => result.Evaluation.Corpus, StringComparer.Ordinal);
        var comparisons = new List<SmartReaderComparison>();
        foreach (var corpus in byCorpus)
        {
            var contentExtract = corpus.FirstOrDefault(result => result.Evaluation.Extractor == ExtractorLabels.ContentExtract);
            var smartReader = corpus.FirstOrDefault(result => result.Evaluation.Extractor == ExtractorLabels.SmartReader);
            if (contentExtract is not null && smartReader is not null)
            {
                comparisons.Add(new SmartReaderComparison(corpus.Key, contentExtract.Score, smartReader.Score));
            }
        }

        return comparisons;
    }

    /// <summary>The number of pages ContentExtract is far behind on, over all pages and each half: <c>wcxb/ContentExtract/behind-smartreader</c>, <c>…/tune/behind-smartreader</c>.</summary>
    public IEnumerable<(string Name, Figure Figure)> NamedFigures()
    {
        foreach (var half in SlicedScore.Halves)
        {
            string prefix = half is { } h ? PageHalves.Name(h) + "/" : string.Empty;
            int count = Behind.Count(page => half is null || page.Half == half);
            yield return ($"{Corpus}/{ExtractorLabels.ContentExtract}/{prefix}{BehindFigure}", new Figure(BehindFigure, count, FigureDirection.LowerIsBetter, IsCount: true));
        }
    }
}
