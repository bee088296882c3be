using ContentExtract.Evaluation.Corpora;
using static ContentExtract.Evaluation.Metrics.PythonTextSemantics;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// The with/without snippet score of trafilatura's evaluation (score.py <c>snippets</c>): after whitespace is
/// collapsed on both sides, a <c>with</c> snippet found in the main text is a true positive, one not found a false
/// negative, a <c>without</c> snippet found a false positive; counts are summed over the corpus. Titles and
/// breadcrumbs are exact matches, counted where the gold has a non-empty one. Given the text of each page's source
/// (a text dump), titles and breadcrumbs are also scored where that source shows them, as <c>title-shown</c> and
/// <c>breadcrumb-shown</c>: a dump tool may lose a headline's space (w3m joins CJK lines) and no extractor can bring
/// it back.
/// </summary>
internal sealed class SnippetMetric(IReadOnlyList<SnippetGold> gold, IReadOnlyDictionary<string, string>? sourceTexts = null) : ICorpusMetric
{
    // Page measures: snippet counts; the title and breadcrumb ones are 1 or 0 and present only where the page scores them.
    private const string WithSnippets = "with";
    private const string WithFound = "with-found";
    private const string WithoutSnippets = "without";
    private const string WithoutLeaked = "without-leaked";
    private const string TitleRight = "title";
    private const string ShownTitleRight = "title-shown";
    private const string BreadcrumbRight = "breadcrumb";
    private const string ShownBreadcrumbRight = "breadcrumb-shown";

    public bool HasPageF1 => true;

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions)
    {
        var pages = new List<PageResult>(gold.Count);
        foreach (var record in gold)
        {
            bool missing = !predictions.TryGetValue(record.Key, out var prediction);
            string text = CollapseWhitespace(prediction?.Text);
            int found = record.With.Count(snippet => text.Contains(CollapseWhitespace(snippet), StringComparison.Ordinal));
            int leaked = record.Without.Count(snippet => text.Contains(CollapseWhitespace(snippet), StringComparison.Ordinal));
            var measures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [WithSnippets] = record.With.Count,
                [WithFound] = found,
                [WithoutSnippets] = record.Without.Count,
                [WithoutLeaked] = leaked,
            };

            string detail = $"with={found}/{record.With.Count} without_absent={record.Without.Count - leaked}/{record.Without.Count}";
            if (record.Title is not null)
            {
                bool titleRight = CollapseWhitespace(prediction?.Title) == CollapseWhitespace(record.Title);
                measures[TitleRight] = titleRight ? 1 : 0;
                detail += titleRight ? " title=ok" : " title=wrong";
                if (Shows(record.Key, record.Title))
                {
                    measures[ShownTitleRight] = titleRight ? 1 : 0;
                }
                else if (sourceTexts is not null)
                {
                    detail += " (not shown in the source)";
                }
            }

            if (record.Breadcrumb.Count > 0)
            {
                var predicted = (prediction?.Breadcrumb ?? []).Select(item => CollapseWhitespace(item.Text));
                bool breadcrumbRight = predicted.SequenceEqual(record.Breadcrumb.Select(CollapseWhitespace), StringComparer.Ordinal);
                measures[BreadcrumbRight] = breadcrumbRight ? 1 : 0;
                detail += breadcrumbRight ? " breadcrumb=ok" : " breadcrumb=wrong";
                if (record.Breadcrumb.All(item => Shows(record.Key, item)))
                {
                    measures[ShownBreadcrumbRight] = breadcrumbRight ? 1 : 0;
                }
            }

            int missed = record.With.Count - found;

            // A page with nothing to count (no with snippet, no without snippet found) has no F1 of its own.
            pages.Add(new PageResult(record.Key, F1(found, leaked, missed), detail, measures)
            {
                F1 = (2 * found) + leaked + missed > 0 ? F1(found, leaked, missed) : null,
                Missing = missing,
            });
        }

        return pages;
    }

    public CorpusScore Summarize(IReadOnlyList<PageResult> pages)
    {
        int tp = 0, fn = 0, fp = 0, tn = 0;
        int titlesRight = 0, titlesScored = 0, breadcrumbsRight = 0, breadcrumbsScored = 0;
        int shownTitlesRight = 0, shownTitles = 0, shownBreadcrumbsRight = 0, shownBreadcrumbs = 0;
        foreach (var page in pages)
        {
            var measures = page.Measures;
            int found = (int)measures[WithFound], leaked = (int)measures[WithoutLeaked];
            tp += found;
            fn += (int)measures[WithSnippets] - found;
            fp += leaked;
            tn += (int)measures[WithoutSnippets] - leaked;
            Count(measures, TitleRight, ref titlesRight, ref titlesScored);
            Count(measures, ShownTitleRight, ref shownTitlesRight, ref shownTitles);
            Count(measures, BreadcrumbRight, ref breadcrumbsRight, ref breadcrumbsScored);
            Count(measures, ShownBreadcrumbRight, ref shownBreadcrumbsRight, ref shownBreadcrumbs);
        }

        double precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        double recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        double f1 = F1(tp, fp, fn);
        var figures = new List<Figure>
        {
            new("f1", f1),
            new("precision", precision),
            new("recall", recall),
            new("with-found", Share(tp, tp + fn)),
            new("without-absent", Share(tn, tn + fp)),
        };
        string summary = $"f1={FormatFixed3(f1)} p={FormatFixed3(precision)} r={FormatFixed3(recall)} with_found={tp}/{tp + fn} without_absent={tn}/{tn + fp}";
        if (titlesScored > 0)
        {
            figures.Add(new("title", Share(titlesRight, titlesScored)));
            summary += $" title={titlesRight}/{titlesScored}";
        }

        if (breadcrumbsScored > 0)
        {
            figures.Add(new("breadcrumb", Share(breadcrumbsRight, breadcrumbsScored)));
            summary += $" breadcrumb={breadcrumbsRight}/{breadcrumbsScored}";
        }

        if (sourceTexts is not null)
        {
            figures.Add(new("title-shown", Share(shownTitlesRight, shownTitles)));
            figures.Add(new("breadcrumb-shown", Share(shownBreadcrumbsRight, shownBreadcrumbs)));
            summary += $" title_shown={shownTitlesRight}/{shownTitles} breadcrumb_shown={shownBreadcrumbsRight}/{shownBreadcrumbs}";
        }

        return new CorpusScore(figures, summary + $" n={pages.Count}", pages, pages.Count(page => page.Missing));
    }

    // A check the page scores adds to the count of checks, and when passed to the count of those right.
    private static void Count(IReadOnlyDictionary<string, double> measures, string name, ref int right, ref int scored)
    {
        if (measures.TryGetValue(name, out double value))
        {
            scored++;
            right += value > 0 ? 1 : 0;
        }
    }

    private bool Shows(string key, string text) =>
        sourceTexts is not null && sourceTexts.TryGetValue(key, out string? source) && source.Contains(CollapseWhitespace(text), StringComparison.Ordinal);

    private static double F1(int tp, int fp, int fn) => tp > 0 ? 2.0 * tp / (2 * tp + fp + fn) : 0.0;

    private static double Share(int part, int whole) => whole > 0 ? (double)part / whole : 0.0;
}
