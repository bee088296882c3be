namespace ContentExtract.Evaluation.Metrics;

/// <summary>Scores one extractor's predictions against a corpus's gold.</summary>
internal interface ICorpusMetric
{
    /// <summary>Scores the predictions, iterating the gold in its own order as score.py does.</summary>
    /// <param name="predictions">The prediction for each page key; a key with none is scored as an empty prediction.</param>
    CorpusScore Score(IReadOnlyDictionary<string, ExtractedDocument> predictions);

    /// <summary>Scores the predictions against a reference extraction of each page (<see cref="CorpusEvaluation.ReferenceExtractor"/>).</summary>
    /// <param name="predictions">The prediction for each page key.</param>
    /// <param name="references">The reference extractor's outcome for each page key.</param>
    /// <remarks>Metrics that score against gold have no use for references and score the predictions alone.</remarks>
    CorpusScore Score(IReadOnlyDictionary<string, ExtractedDocument> predictions, IReadOnlyDictionary<string, ExtractedDocument> references) => Score(predictions);
}

/// <summary>Whether a figure is better high (a share) or low (a count of false alarms).</summary>
internal enum FigureDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>One named corpus figure, such as <c>f1</c>.</summary>
internal sealed record Figure(string Name, double Value, FigureDirection Direction = FigureDirection.HigherIsBetter);

/// <summary>How one page scored; the worst pages are those with the lowest <paramref name="Score"/>.</summary>
internal sealed record PageScore(string Page, double Score, string Detail);

/// <summary>A metric's result over one corpus.</summary>
/// <param name="Figures">The figures, in the order the summary line shows them.</param>
/// <param name="Summary">The figures as one line, in score.py's wording where score.py has one.</param>
/// <param name="Pages">Every gold page's score, in gold order.</param>
/// <param name="Missing">Gold pages that had no prediction at all (no page file, or no dump of it).</param>
internal sealed record CorpusScore(IReadOnlyList<Figure> Figures, string Summary, IReadOnlyList<PageScore> Pages, int Missing);
