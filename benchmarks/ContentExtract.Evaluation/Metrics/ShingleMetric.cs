using ContentExtract.Evaluation.Corpora;
using static ContentExtract.Evaluation.Metrics.PythonTextSemantics;

namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// articlebench's token-shingle precision, recall and F1 (score.py <c>articlebench</c>, after the ScrapingHub benchmark):
/// shingles of 4 <c>\w+</c> tokens per page, the page's tp/fp/fn divided by their sum, precision and recall
/// averaged over the pages that have predicted and true shingles respectively, F1 from the two means.
/// </summary>
internal sealed class ShingleMetric(IReadOnlyList<ArticleTruth> truths) : ICorpusMetric
{
    private const int ShingleLength = 4;

    // Page measures: the page's shingle counts, each divided by their sum, and whether its tokens equal the truth's.
    private const string TruePositives = "tp";
    private const string FalsePositives = "fp";
    private const string FalseNegatives = "fn";
    private const string Exact = "exact";

    public bool HasPageF1 => true;

    public IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions)
    {
        var pages = new List<PageResult>(truths.Count);
        foreach (var truth in truths)
        {
            bool missing = !predictions.TryGetValue(truth.Key, out var prediction);
            var trueTokens = WordTokens(truth.ArticleBody);
            var predictedTokens = WordTokens(prediction?.Text);
            bool exact = trueTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal);
            var (tp, fp, fn) = Compare(Shingles(trueTokens), Shingles(predictedTokens));

            // The page figures of score.py's "worst" rows, which give an empty page 0 rather than skipping it.
            double pagePrecision = tp + fp > 0 ? tp / (tp + fp) : 0.0;
            double pageRecall = tp + fn > 0 ? tp / (tp + fn) : 0.0;
            double pageF1 = pagePrecision + pageRecall > 0 ? 2 * pagePrecision * pageRecall / (pagePrecision + pageRecall) : 0.0;
            var measures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [TruePositives] = tp,
                [FalsePositives] = fp,
                [FalseNegatives] = fn,
                [Exact] = exact ? 1 : 0,
            };
            pages.Add(new PageResult(truth.Key, pageF1, $"f1={FormatFixed3(pageF1)} p={FormatFixed3(pagePrecision)} r={FormatFixed3(pageRecall)} tokens={predictedTokens.Count}/{trueTokens.Count}", measures)
            {
                F1 = pageF1,
                Missing = missing,
            });
        }

        return pages;
    }

    public CorpusScore Summarize(IReadOnlyList<PageResult> pages)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        int exactPages = 0;
        foreach (var page in pages)
        {
            double tp = page.Measures[TruePositives], fp = page.Measures[FalsePositives], fn = page.Measures[FalseNegatives];
            exactPages += page.Measures[Exact] > 0 ? 1 : 0;
            bool perfect = fp == 0 && fn == 0;
            if (tp + fp > 0)
            {
                precisions.Add(perfect ? 1.0 : tp / (tp + fp));
            }

            if (tp + fn > 0)
            {
                recalls.Add(perfect ? 1.0 : tp / (tp + fn));
            }
        }

        double precision = precisions.Count > 0 ? precisions.Average() : 0.0;
        double recall = recalls.Count > 0 ? recalls.Average() : 0.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        double accuracy = pages.Count > 0 ? (double)exactPages / pages.Count : 0.0;
        return new CorpusScore(
            [new("f1", f1), new("precision", precision), new("recall", recall), new("accuracy", accuracy)],
            $"f1={FormatFixed3(f1)} p={FormatFixed3(precision)} r={FormatFixed3(recall)} accuracy={FormatFixed3(accuracy)} n={pages.Count}",
            pages,
            pages.Count(page => page.Missing));
    }

    // A text with 1-3 tokens is one short shingle; an empty text has none.
    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int windows = Math.Max(1, tokens.Count - ShingleLength + 1);
        for (int start = 0; start < windows && start < tokens.Count; start++)
        {
            // A space cannot occur inside a \w+ token, so it joins the window without ambiguity.
            string shingle = string.Join(' ', tokens.GetRange(start, Math.Min(ShingleLength, tokens.Count - start)));
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }

        return counts;
    }

    private static (double Tp, double Fp, double Fn) Compare(Dictionary<string, int> truth, Dictionary<string, int> prediction)
    {
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, trueCount) in truth)
        {
            int predictedCount = prediction.GetValueOrDefault(shingle);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }

        foreach (var (shingle, predictedCount) in prediction)
        {
            fp += Math.Max(0, predictedCount - truth.GetValueOrDefault(shingle));
        }

        // Dividing by the sum makes each page weigh the same however long its article is.
        double sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0.0, 0.0, 0.0);
    }
}
