namespace ContentExtract.Evaluation.Baseline;

/// <summary>
/// Puts SmartReader's recorded page results in place of running it: SmartReader 0.11.1 gives the same result on the
/// same page every run, so only pages the file lacks (a page added to a corpus since it was recorded) are extracted.
/// </summary>
internal static class SmartReaderCache
{
    /// <summary>The evaluations, SmartReader's given the cached result of every page the file holds.</summary>
    /// <param name="evaluations">The plan's evaluations.</param>
    /// <param name="file">The recorded results.</param>
    /// <param name="console">Where to say which pages the file lacks, or why it is not used.</param>
    public static IReadOnlyList<CorpusEvaluation> Apply(IReadOnlyList<CorpusEvaluation> evaluations, SmartReaderPagesFile file, TextWriter console)
    {
        if (file.Version != SmartReaderPagesFile.RunningVersion)
        {
            console.WriteLine($"The SmartReader cache was recorded with SmartReader {file.Version}, this build has {SmartReaderPagesFile.RunningVersion}: running SmartReader instead. Re-record it with --record-smartreader.");
            return evaluations;
        }

        return evaluations.Select(evaluation =>
        {
            if (evaluation.Extractor != ExtractorLabels.SmartReader)
            {
                return evaluation;
            }

            var cached = file.Corpora.GetValueOrDefault(evaluation.Corpus, [])
                .ToDictionary(page => page.Page, page => page.ToCachedPage(), StringComparer.Ordinal);
            int lacking = evaluation.Pages.Count(page => !cached.ContainsKey(page.Key));
            if (lacking > 0)
            {
                console.WriteLine($"The SmartReader cache lacks {lacking} of the {evaluation.Pages.Count} pages of {evaluation.Corpus} (the corpus changed since it was recorded): running SmartReader on those. Re-record it with --record-smartreader.");
            }

            return evaluation with { Cached = cached };
        }).ToArray();
    }

    /// <summary>The file for a run in which SmartReader ran on every page.</summary>
    public static SmartReaderPagesFile Record(IEnumerable<EvaluationResult> results)
    {
        var corpora = new Dictionary<string, IReadOnlyList<StoredPage>>(StringComparer.Ordinal);
        foreach (var result in results.Where(result => result.Evaluation.Extractor == ExtractorLabels.SmartReader))
        {
            var failures = result.Failures.ToDictionary(failure => failure.Page, failure => failure.Error, StringComparer.Ordinal);
            corpora[result.Evaluation.Corpus] = result.Score.Pages.Select(page => StoredPage.Of(page, failures.GetValueOrDefault(page.Page))).ToArray();
        }

        return new SmartReaderPagesFile(SmartReaderPagesFile.PackageName, SmartReaderPagesFile.RunningVersion, corpora);
    }
}
