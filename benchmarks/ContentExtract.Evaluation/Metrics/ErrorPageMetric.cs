using ContentExtract.Evaluation.Corpora;
using static ContentExtract.Evaluation.Metrics.PythonTextSemantics;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// Whole-page error recognition on error-pages: the share of pages reported as error pages, and the share of pages
/// that print their status whose reported status is that one.
/// </summary>
internal sealed class ErrorPageMetric(IReadOnlyList<ErrorPageGold> gold) : ICorpusMetric
{
    public CorpusScore Score(IReadOnlyDictionary<string, ExtractedDocument> predictions)
    {
        int detected = 0, statuses = 0, statusesRight = 0, missing = 0;
        var pages = new List<PageScore>();
        foreach (var record in gold)
        {
            if (!predictions.TryGetValue(record.Key, out var prediction))
            {
                missing++;
            }

            bool isErrorPage = prediction?.IsErrorPage ?? false;
            int? reported = prediction?.ErrorPage?.Status;
            bool statusExpected = record.Status is not null && record.ShowsStatus;
            bool statusRight = statusExpected && reported == record.Status;
            detected += isErrorPage ? 1 : 0;
            statuses += statusExpected ? 1 : 0;
            statusesRight += statusRight ? 1 : 0;

            double pageScore = !isErrorPage ? 0.0 : !statusExpected || statusRight ? 1.0 : 0.5;
            pages.Add(new PageScore(record.Key, pageScore, $"error-page={(isErrorPage ? "yes" : "no")} status={reported?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} expected={(statusExpected ? record.Status!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none shown")}"));
        }

        double detectedShare = gold.Count > 0 ? (double)detected / gold.Count : 0.0;
        double statusShare = statuses > 0 ? (double)statusesRight / statuses : 0.0;
        return new CorpusScore(
            [new("detected", detectedShare), new("status", statusShare)],
            $"detected={FormatFixed3(detectedShare)} ({detected}/{gold.Count}) status={FormatFixed3(statusShare)} ({statusesRight}/{statuses})",
            pages,
            missing);
    }
}
