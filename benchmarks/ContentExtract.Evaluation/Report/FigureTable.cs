using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Report;

/// <summary>Every figure of a run under its full name (<c>corpus/extractor/figure</c>), as the report and the gate file name them.</summary>
internal static class FigureTable
{
    public static Dictionary<string, Figure> Of(IEnumerable<EvaluationResult> results)
    {
        var table = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var figure in result.Score.Figures)
            {
                table[result.Evaluation.FigureName(figure)] = figure;
            }
        }

        return table;
    }
}
