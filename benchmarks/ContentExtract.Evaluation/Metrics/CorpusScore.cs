namespace ContentExtract.Evaluation.Metrics;

/// <summary>
/// Scores one extractor's predictions against a corpus's gold, in two steps: each page on its own
/// (<see cref="ScorePages(IReadOnlyDictionary{string, ExtractedDocument})"/>), then the corpus figures from any set of
/// those page results (<see cref="Summarize"/>). The split lets one run give figures for all pages, each half and each
/// page type, and lets SmartReader's page results come from a file instead of a run.
/// </summary>
internal interface ICorpusMetric
{
    /// <summary>Scores every gold page, in the gold's own order as score.py iterates it.</summary>
    /// <param name="predictions">The prediction for each page key; a key with none is scored as an empty prediction.</param>
    IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions);

    /// <summary>Scores every page against a reference extraction of it (<see cref="CorpusEvaluation.ReferenceExtractor"/>).</summary>
    /// <param name="predictions">The prediction for each page key.</param>
    /// <param name="references">The reference extractor's outcome for each page key.</param>
    /// <remarks>Metrics that score against gold have no use for references and score the predictions alone.</remarks>
    IReadOnlyList<PageResult> ScorePages(IReadOnlyDictionary<string, ExtractedDocument> predictions, IReadOnlyDictionary<string, ExtractedDocument> references) => ScorePages(predictions);

    /// <summary>The corpus figures over the given page results, which may be any subset of this metric's pages, in gold order.</summary>
    /// <remarks>Only <see cref="PageResult.Measures"/> and <see cref="PageResult.Missing"/> are read, so results read back from a file give the same figures.</remarks>
    CorpusScore Summarize(IReadOnlyList<PageResult> pages);

    /// <summary>True when every page result carries a page F1 (<see cref="PageResult.F1"/>), so that collapses are counted.</summary>
    bool HasPageF1 => false;
}

/// <summary>Whether a figure is better high (a share) or low (a count of false alarms).</summary>
internal enum FigureDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>One named corpus figure, such as <c>f1</c>.</summary>
/// <param name="IsCount">True for a number of pages (false alarms, collapses), which the gate lets rise by none.</param>
internal sealed record Figure(string Name, double Value, FigureDirection Direction = FigureDirection.HigherIsBetter, bool IsCount = false);

/// <summary>A metric's result over a set of pages.</summary>
/// <param name="Figures">The figures, in the order the summary line shows them.</param>
/// <param name="Summary">The figures as one line, in score.py's wording where score.py has one.</param>
/// <param name="Pages">The page results the figures were built from, in gold order.</param>
/// <param name="Missing">Gold pages that had no prediction at all (no page file, or no dump of it).</param>
internal sealed record CorpusScore(IReadOnlyList<Figure> Figures, string Summary, IReadOnlyList<PageResult> Pages, int Missing);
