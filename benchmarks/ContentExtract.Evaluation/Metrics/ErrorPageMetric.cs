using System.Globalization;
using ContentExtract.Evaluation.Corpora;
using static ContentExtract.Evaluation.Metrics.PythonTextSemantics;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// Whole-page error recognition on error-pages: the share of pages reported as error pages, and the share of pages
/// that print their status whose reported status is that one.
/// </summary>
internal sealed class ErrorPageMetric(IReadOnlyList<ErrorPageGold> gold) : ICorpusMetric
{
    // Page measures, each 1 or 0.
    private const string Detected = "detected";
    private const string StatusExpected = "status-expected";
    private const string StatusRight = "status-right";

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions)
    {
        var pages = new List<PageResult>(gold.Count);
        foreach (var record in gold)
        {
            bool missing = !predictions.TryGetValue(record.Key, out var prediction);
            bool isErrorPage = prediction?.IsErrorPage ?? false;
            int? reported = prediction?.ErrorPage?.Status;
            bool statusExpected = record.Status is not null && record.ShowsStatus;
            bool statusRight = statusExpected && reported == record.Status;

            double pageScore = !isErrorPage ? 0.0 : !statusExpected || statusRight ? 1.0 : 0.5;
            var measures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [Detected] = isErrorPage ? 1 : 0,
                [StatusExpected] = statusExpected ? 1 : 0,
                [StatusRight] = statusRight ? 1 : 0,
            };
            string detail = $"error-page={(isErrorPage ? "yes" : "no")} status={reported?.ToString(CultureInfo.InvariantCulture) ?? "none"} expected={(statusExpected ? record.Status!.Value.ToString(CultureInfo.InvariantCulture) : "none shown")}";
            pages.Add(new PageResult(record.Key, pageScore, detail, measures) { Missing = missing });
        }

        return pages;
    }

    public CorpusScore Summarize(IReadOnlyList<PageResult> pages)
    {
        int detected = pages.Count(page => page.Measures[Detected] > 0);
        int statuses = pages.Count(page => page.Measures[StatusExpected] > 0);
        int statusesRight = pages.Count(page => page.Measures[StatusRight] > 0);
        double detectedShare = pages.Count > 0 ? (double)detected / pages.Count : 0.0;
        double statusShare = statuses > 0 ? (double)statusesRight / statuses : 0.0;
        return new CorpusScore(
            [new("detected", detectedShare), new("status", statusShare)],
            $"detected={FormatFixed3(detectedShare)} ({detected}/{pages.Count}) status={FormatFixed3(statusShare)} ({statusesRight}/{statuses})",
            pages,
            pages.Count(page => page.Missing));
    }
}
