using ContentExtract.Evaluation.Corpora;
using static ContentExtract.Evaluation.Metrics.PythonTextSemantics;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// The WCXB benchmark's own metric (its <c>evaluate.py</c>): both texts lower-cased and cut into <c>\w+</c> tokens, a bag
/// of words; per page, precision and recall from the size of the multiset intersection, F1 their harmonic mean. A page
/// whose truth has no tokens scores 1 when the prediction has none either, else 0; an empty prediction for a non-empty
/// truth scores 0. Beside it the shares of <c>with</c> snippets found and <c>without</c> snippets present, as a
/// case-insensitive substring test on the raw prediction, a page with an empty list counting 1 for it (upstream's
/// quirk). Corpus figures are plain means over the pages, summed in gold order as upstream's <c>sum()/n</c> does.
/// </summary>
internal sealed class WordBagMetric(IReadOnlyList<WcxbGold> gold) : ICorpusMetric
{
    private const string Precision = "precision";
    private const string Recall = "recall";
    private const string F1Measure = "f1";
    private const string WithRate = "with";
    private const string WithoutRate = "without";
    private const string TitleRight = "title";

    public bool HasPageF1 => true;

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions)
    {
        var pages = new List<PageResult>(gold.Count);
        foreach (var record in gold)
        {
            bool missing = !predictions.TryGetValue(record.Key, out var prediction);
            string predicted = prediction?.Text ?? string.Empty;
            var predictedTokens = WordTokens(Lower(predicted));
            var trueTokens = WordTokens(Lower(record.ArticleBody));
            var (precision, recall, f1) = WordF1(predictedTokens, trueTokens);

            string loweredPrediction = Lower(predicted);
            int found = record.With.Count(snippet => loweredPrediction.Contains(Lower(snippet), StringComparison.Ordinal));
            int present = record.Without.Count(snippet => loweredPrediction.Contains(Lower(snippet), StringComparison.Ordinal));
            double withRate = record.With.Count > 0 ? (double)found / record.With.Count : 1.0;
            double withoutRate = record.Without.Count > 0 ? (double)present / record.Without.Count : 1.0;

            var measures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [Precision] = precision,
                [Recall] = recall,
                [F1Measure] = f1,
                [WithRate] = withRate,
                [WithoutRate] = withoutRate,
            };
            string detail = $"{record.PageType} f1={FormatFixed3(f1)} p={FormatFixed3(precision)} r={FormatFixed3(recall)} tokens={predictedTokens.Count}/{trueTokens.Count} with={found}/{record.With.Count} without={present}/{record.Without.Count}";

            // Not upstream's: whether the headline found is the gold's, whitespace collapsed, as the other corpora score titles.
            if (record.Title is not null)
            {
                bool titleRight = string.Equals(CollapseSpaces(prediction?.Title), CollapseSpaces(record.Title), StringComparison.Ordinal);
                measures[TitleRight] = titleRight ? 1 : 0;
                detail += titleRight ? " title=ok" : " title=wrong";
            }
            pages.Add(new PageResult(record.Key, f1, detail, measures)
            {
                F1 = f1,
                Missing = missing,
                PageType = record.PageType,
            });
        }

        return pages;
    }

    public CorpusScore Summarize(IReadOnlyList<PageResult> pages)
    {
        double f1 = Mean(pages, F1Measure), precision = Mean(pages, Precision), recall = Mean(pages, Recall);
        double with = Mean(pages, WithRate), without = Mean(pages, WithoutRate);
        var figures = new List<Figure> { new("f1", f1), new("precision", precision), new("recall", recall), new("with", with), new("without", without, FigureDirection.LowerIsBetter) };
        string summary = $"f1={FormatFixed3(f1)} p={FormatFixed3(precision)} r={FormatFixed3(recall)} with={FormatFixed3(with)} without={FormatFixed3(without)} n={pages.Count}";
        int titled = pages.Count(page => page.Measures.ContainsKey(TitleRight));
        if (titled > 0)
        {
            int right = pages.Count(page => page.Measures.TryGetValue(TitleRight, out double value) && value > 0);
            figures.Add(new("title", (double)right / titled));
            summary += $" title={right}/{titled}";
        }

        return new CorpusScore(
            figures,
            summary,
            pages,
            pages.Count(page => page.Missing));
    }

    private static string CollapseSpaces(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (double Precision, double Recall, double F1) WordF1(List<string> predicted, List<string> truth)
    {
        if (truth.Count == 0)
        {
            return predicted.Count == 0 ? (1.0, 1.0, 1.0) : (0.0, 0.0, 0.0);
        }

        if (predicted.Count == 0)
        {
            return (0.0, 0.0, 0.0);
        }

        var trueCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string token in truth)
        {
            trueCounts[token] = trueCounts.GetValueOrDefault(token) + 1;
        }

        // Each predicted token uses up one true occurrence: the size of the multiset intersection.
        int overlap = 0;
        foreach (string token in predicted)
        {
            if (trueCounts.TryGetValue(token, out int left) && left > 0)
            {
                trueCounts[token] = left - 1;
                overlap++;
            }
        }

        double precision = (double)overlap / predicted.Count;
        double recall = (double)overlap / truth.Count;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return (precision, recall, f1);
    }

    // Left to right, then divided, as upstream's sum(...) / n.
    private static double Mean(IReadOnlyList<PageResult> pages, string measure)
    {
        if (pages.Count == 0)
        {
            return 0.0;
        }

        double sum = 0.0;
        foreach (var page in pages)
        {
            sum += page.Measures[measure];
        }

        return sum / pages.Count;
    }
}
