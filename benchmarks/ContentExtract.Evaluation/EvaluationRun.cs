using System.Diagnostics;
using System.Text.Json;
using ContentExtract.Evaluation.Baseline;
using ContentExtract.Evaluation.Extractors;
using ContentExtract.Evaluation.Gate;
using ContentExtract.Evaluation.Report;

namespace ContentExtract.Evaluation;

/// <summary>The normal run: every selected set scored once, printed, and written and gated as the options ask.</summary>
internal static class EvaluationRun
{
    /// <returns>The exit code: 0, 1 when the gate fails, 2 when the corpus or a file cannot be read.</returns>
    public static int Execute(EvaluationOptions options)
    {
        var started = DateTimeOffset.Now;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CorpusEvaluation> evaluations;
        IReadOnlyDictionary<string, double>? recorded;
        try
        {
            var corpora = new CorpusLibrary(options.CorpusRoot);
            evaluations = new EvaluationPlan(corpora, options.Extractor, options.IncludeSmartReader, options.InjectedDirectory).Build(options.SelectedSets);
            if (options.IncludeSmartReader && options.SmartReaderCachePath is not null)
            {
                evaluations = SmartReaderCache.Apply(evaluations, SmartReaderPagesFile.Read(options.SmartReaderCachePath), Console.Out);
            }

            recorded = options.GatePath is null ? null : RecordedFigures.Read(options.GatePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            Console.Error.WriteLine($"Cannot read the corpus, the SmartReader cache or the gate file: {exception.Message}");
            return 2;
        }

        var jobs = evaluations.SelectMany(evaluation => evaluation.Jobs).ToArray();
        Console.WriteLine($"Extracting {jobs.DistinctBy(job => job.Identity).Count()} page files for {evaluations.Count} evaluations on {Environment.ProcessorCount} cores…");
        var outcomes = ExtractionRun.Execute(jobs);

        var results = evaluations.Select(evaluation => EvaluationResult.Of(evaluation, outcomes)).ToArray();
        var comparisons = SmartReaderComparison.Of(results);
        clock.Stop();
        Console.WriteLine();
        foreach (var result in results)
        {
            ConsoleReport.PrintEvaluation(Console.Out, result);
        }

        ConsoleReport.PrintSummary(Console.Out, results);
        ComparisonReport.Print(Console.Out, comparisons);
        ConsoleReport.PrintRunTime(Console.Out, clock.Elapsed);

        if (options.ReportPath is not null)
        {
            JsonReport.Create(options, started, clock.Elapsed, results, comparisons).Write(options.ReportPath);
            Console.WriteLine($"Report written to {options.ReportPath}");
        }

        if (options.JsonlDirectory is not null)
        {
            JsonLinesOutput.Write(Console.Out, options.JsonlDirectory, results);
            Console.WriteLine($"JSON Lines written to {options.JsonlDirectory}");
        }

        if (options.RecordSmartReaderPath is not null)
        {
            var file = SmartReaderCache.Record(results);
            file.Write(options.RecordSmartReaderPath);
            Console.WriteLine($"SmartReader {file.Version} page results for {string.Join(", ", file.Corpora.Keys)} recorded in {options.RecordSmartReaderPath}");
        }

        var figures = FigureTable.Of(results, comparisons);
        if (options.RecordPath is not null)
        {
            RecordedFigures.Write(options.RecordPath, figures);
            Console.WriteLine($"Figures recorded in {options.RecordPath}");
        }

        return recorded is not null && !FigureGate.Check(Console.Out, recorded, figures) ? 1 : 0;
    }
}
