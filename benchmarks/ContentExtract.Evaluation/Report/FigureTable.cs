using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Report;

/// <summary>
/// Every figure of a run under its full name, as the report and the gate file name them: <c>corpus/extractor/figure</c>
/// over all pages, <c>corpus/extractor/tune/figure</c> and <c>…/check/figure</c> over each half, with a page type
/// between where the corpus has types (<c>wcxb/ContentExtract/check/forum/f1</c>), and the comparison with SmartReader.
/// </summary>
internal static class FigureTable
{
    public static Dictionary<string, Figure> Of(IEnumerable<EvaluationResult> results, IEnumerable<SmartReaderComparison> comparisons)
    {
        var table = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var (name, figure) in result.Score.NamedFigures())
            {
                table[result.Evaluation.FigureName(name)] = figure;
            }
        }

        foreach (var comparison in comparisons)
        {
            foreach (var (name, figure) in comparison.NamedFigures())
            {
                table[name] = figure;
            }
        }

        return table;
    }
}
