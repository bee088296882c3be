using System.Globalization;
using ContentExtract.Evaluation.Corpora;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// False alarms of error-page recognition: over article pages, which are never error pages and carry no error
/// fragments, the number reported as an error page or with any noise removed. Lower is better. Beside it, the number
/// these pages reported as another kind than article (challenge, listing, empty), which none of them is.
/// </summary>
internal sealed class FalseAlarmMetric(IReadOnlyList<CorpusPage> articlePages) : ICorpusMetric
{
    // Page measures, each 1 or 0; a page without a prediction has none and counts nowhere.
    private const string ErrorPage = "error-page";
    private const string Noisy = "noise";
    private const string OtherKind = "other-kind";

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions)
    {
        var pages = new List<PageResult>(articlePages.Count);
        foreach (var page in articlePages)
        {
            if (!predictions.TryGetValue(page.Key, out var prediction))
            {
                pages.Add(new PageResult(page.Key, 1.0, "no prediction", new Dictionary<string, double>()) { Missing = true });
                continue;
            }

            bool errorPage = prediction.IsErrorPage;
            bool noisy = prediction.Noise.Count > 0;
            bool otherKind = !errorPage && prediction.PageKind != PageKind.Article;
            string detail = errorPage
                ? $"error page, status {prediction.ErrorPage?.Status?.ToString(CultureInfo.InvariantCulture) ?? "none"}"
                : noisy ? $"noise: {Shorten(prediction.Noise[0].Text)}"
                : otherKind ? $"clean, but kind {prediction.PageKind}: {string.Join("; ", prediction.PageKindEvidence)}" : "clean";
            var measures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [ErrorPage] = errorPage ? 1 : 0,
                [Noisy] = noisy ? 1 : 0,
                [OtherKind] = otherKind ? 1 : 0,
            };
            pages.Add(new PageResult(page.Key, errorPage || noisy ? 0.0 : otherKind ? 0.5 : 1.0, detail, measures));
        }

        return pages;
    }

    public CorpusScore Summarize(IReadOnlyList<PageResult> pages)
    {
        var scored = pages.Where(page => !page.Missing).Select(page => page.Measures).ToArray();
        int errorPages = scored.Count(measures => measures[ErrorPage] > 0);
        int noisyPages = scored.Count(measures => measures[Noisy] > 0);
        int alarms = scored.Count(measures => measures[ErrorPage] > 0 || measures[Noisy] > 0);
        int otherKinds = scored.Count(measures => measures[OtherKind] > 0);
        return new CorpusScore(
            [new("false-alarms", alarms, FigureDirection.LowerIsBetter, IsCount: true), new("not-article", otherKinds, FigureDirection.LowerIsBetter, IsCount: true)],
            $"false-alarms={alarms} of {pages.Count} article pages (error page {errorPages}, noise {noisyPages}); other kind than article {otherKinds}",
            pages,
            pages.Count(page => page.Missing));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
