using ContentExtract.Evaluation.Metrics;

namespace ContentExtract.Evaluation.Ablation;

/// <summary>One headline figure of the ablation table: a corpus, an extractor on it, and the figure's name.</summary>
/// <param name="Corpus">The corpus set.</param>
/// <param name="Extractor">The extractor's label (<c>ContentExtract</c>, <c>ContentExtract-text/w3m</c>).</param>
/// <param name="Figure">The figure's name within the evaluation (<c>f1</c>, <c>article/f1</c>, <c>false-alarms</c>).</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="IsCount">True for a number of pages.</param>
internal sealed record AblationColumn(string Corpus, string Extractor, string Figure, FigureDirection Direction, bool IsCount)
{
    /// <summary>The headline figures of each corpus set, for ContentExtract on its HTML pages; text paths show the first only.</summary>
    private static readonly Dictionary<string, string[]> HeadlineFigures = new(StringComparer.Ordinal)
    {
        [CorpusSets.ArticleBench] = ["f1"],
        [CorpusSets.TrafilaturaEval] = ["f1"],
        [CorpusSets.ZhNews] = ["f1"],
        [CorpusSets.ZhCwced] = ["f1"],
        [CorpusSets.Wcxb] = ["f1", "article/f1"],
        [CorpusSets.Structure] = ["quotes", "speakers", "linklists"],
        [CorpusSets.Structure2] = ["quotes", "speakers", "linklists"],
        [CorpusSets.ErrorPages] = ["detected", "false-alarms"],
        [CorpusSets.InjectNoise] = ["invariance"],
    };

    /// <summary>A short header: <c>wcxb article/f1</c>, <c>zh-news w3m f1</c>.</summary>
    public string Header
    {
        get
        {
            string form = ExtractorLabels.IsTextPath(Extractor) ? Extractor[(Extractor.LastIndexOf('/') + 1)..] + " " : string.Empty;
            return $"{Corpus} {form}{Figure}";
        }
    }

    /// <summary>The figure's full name over one half, as the figure table names it.</summary>
    public string NameIn(PageHalf half) => $"{Corpus}/{Extractor}/{PageHalves.Name(half)}/{Figure}";

    /// <summary>The figure's full name over all pages.</summary>
    public string Name => $"{Corpus}/{Extractor}/{Figure}";

    /// <summary>
    /// The headline figures the run measured, in run order: for ContentExtract on HTML every headline figure of the
    /// corpus; for the text paths the first (their F1, or inject-noise's invariance), and on structure sets every one, since
    /// a rule of the text path (how a dump's link box runs on) moves them while the HTML figures stand still.
    /// SmartReader does not run.
    /// </summary>
    public static IReadOnlyList<AblationColumn> From(IEnumerable<EvaluationResult> results)
    {
        var columns = new List<AblationColumn>();
        foreach (var result in results)
        {
            string corpus = result.Evaluation.Corpus, extractor = result.Evaluation.Extractor;
            if (!HeadlineFigures.TryGetValue(corpus, out var names) || extractor == ExtractorLabels.SmartReader)
            {
                continue;
            }

            bool textPath = ExtractorLabels.IsTextPath(extractor);
            bool everyFigure = !textPath || corpus is CorpusSets.Structure or CorpusSets.Structure2;
            var figures = result.Score.NamedFigures().ToDictionary(entry => entry.Name, entry => entry.Figure, StringComparer.Ordinal);
            foreach (string name in everyFigure ? names : names.Take(1))
            {
                if (figures.TryGetValue(name, out var figure) && !columns.Any(column => column.Corpus == corpus && column.Extractor == extractor && column.Figure == name))
                {
                    columns.Add(new AblationColumn(corpus, extractor, name, figure.Direction, figure.IsCount));
                }
            }
        }

        return columns;
    }
}
