using ContentExtract.Evaluation.Corpora;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// False alarms of error-page recognition: over article pages, which are never error pages and carry no error
/// fragments, the number reported as an error page or with any noise removed. Lower is better. Beside it, the number
/// these pages reported as another kind than article (challenge, listing, empty), which none of them is.
/// </summary>
internal sealed class FalseAlarmMetric(IReadOnlyList<CorpusPage> articlePages) : ICorpusMetric
{
    public CorpusScore Score(IReadOnlyDictionary<string, ExtractedDocument> predictions)
    {
        int alarms = 0, errorPages = 0, noisyPages = 0, otherKinds = 0, missing = 0;
        var pages = new List<PageScore>();
        foreach (var page in articlePages)
        {
            if (!predictions.TryGetValue(page.Key, out var prediction))
            {
                missing++;
                continue;
            }

            bool errorPage = prediction.IsErrorPage;
            bool noisy = prediction.Noise.Count > 0;
            errorPages += errorPage ? 1 : 0;
            otherKinds += !errorPage && prediction.PageKind != PageKind.Article ? 1 : 0;
            noisyPages += noisy ? 1 : 0;
            alarms += errorPage || noisy ? 1 : 0;
            string detail = errorPage
                ? $"error page, status {prediction.ErrorPage?.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"
                : noisy ? $"noise: {Shorten(prediction.Noise[0].Text)}"
                : prediction.PageKind != PageKind.Article ? $"clean, but kind {prediction.PageKind}: {string.Join("; ", prediction.PageKindEvidence)}" : "clean";
            pages.Add(new PageScore(page.Key, errorPage || noisy ? 0.0 : prediction.PageKind != PageKind.Article ? 0.5 : 1.0, detail));
        }

        return new CorpusScore(
            [new("false-alarms", alarms, FigureDirection.LowerIsBetter), new("not-article", otherKinds, FigureDirection.LowerIsBetter)],
            $"false-alarms={alarms} of {articlePages.Count} article pages (error page {errorPages}, noise {noisyPages}); other kind than article {otherKinds}",
            pages,
            missing);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
