using System.Diagnostics;
using System.Text.Json;
using ContentExtract;
using ContentExtract.Evaluation;
using ContentExtract.Evaluation.Extractors;
using ContentExtract.Evaluation.Gate;
using ContentExtract.Evaluation.Report;

EvaluationOptions options;
try
{
    options = EvaluationOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return 2;
}

var started = DateTimeOffset.Now;
var clock = Stopwatch.StartNew();
IReadOnlyList<CorpusEvaluation> evaluations;
IReadOnlyDictionary<string, double>? recorded;
try
{
    var corpora = new CorpusLibrary(options.CorpusRoot);
    evaluations = new EvaluationPlan(corpora, ContentExtractor.Default, options.IncludeSmartReader, options.InjectedDirectory).Build(options.SelectedSets);
    recorded = options.GatePath is null ? null : RecordedFigures.Read(options.GatePath);
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
{
    Console.Error.WriteLine($"Cannot read the corpus or the gate file: {exception.Message}");
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

var figures = FigureTable.Of(results, comparisons);
if (options.RecordPath is not null)
{
    RecordedFigures.Write(options.RecordPath, figures);
    Console.WriteLine($"Figures recorded in {options.RecordPath}");
}

if (recorded is not null && !FigureGate.Check(Console.Out, recorded, figures))
{
    return 1;
}

return 0;
