using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContentExtract.Evaluation.Extractors;
using ContentExtract.Evaluation.Report;
using ContentExtract.Pipeline;

namespace ContentExtract.Evaluation.Ablation;

/// <summary>
/// <c>--ablate</c>: the selected sets scored with every rule on, then once more with each chosen rule (or group of
/// rules, <c>a+b</c>) off, and the table of what each changes. The corpora are read once and every page's bytes are kept in memory, so each
/// further run costs the extraction alone. SmartReader does not run: no figure of it changes with a rule.
/// </summary>
internal static class AblationRun
{
    /// <returns>The exit code: 0, or 2 when the corpus cannot be read.</returns>
    public static int Execute(EvaluationOptions options)
    {
        var clock = Stopwatch.StartNew();
        var corpora = new CorpusLibrary(options.CorpusRoot);
        var contents = new PageContents();
        var rules = options.AblatedRules ?? [];
        try
        {
            Console.WriteLine($"Ablation of {rules.Count} rule groups over {string.Join(", ", options.SelectedSets)}: {rules.Count + 1} runs on {Environment.ProcessorCount} cores.");
            // With --without, "all on" is the pipeline with those rules already removed: the audit of what is left.
            var allOnResults = Measure(corpora, contents, options, options.Extractor, options.DisabledRules.Count == 0 ? "all rules on" : "--without rules off");
            var columns = AblationColumn.From(allOnResults);
            var allOn = FigureTable.Of(allOnResults, []);
            var rows = new List<AblationRow>();
            foreach (var group in rules)
            {
                string name = string.Join('+', group.Select(RuleNames.Of));
                var extractor = new ContentExtractor(new ExtractionOptions { DisabledRules = group.Concat(options.DisabledRules).ToFrozenSet() });
                var ruleOff = FigureTable.Of(Measure(corpora, contents, options, extractor, $"{name} off"), []);
                rows.Add(AblationRow.Of(name, columns, allOn, ruleOff));
            }

            string allOnLabel = options.DisabledRules.Count == 0
                ? "all rules on (tune/check)"
                : $"without {string.Join(", ", options.DisabledRules.Select(RuleNames.Of).Order(StringComparer.Ordinal))} (tune/check)";
            var table = new AblationTable(columns, allOn, rows, allOnLabel);
            Console.WriteLine();
            table.Print(Console.Out);
            if (options.AblationReportPath is not null)
            {
                table.Write(options.AblationReportPath);
                Console.WriteLine($"Ablation table written to {options.AblationReportPath}");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            Console.Error.WriteLine($"Cannot read the corpus: {exception.Message}");
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run time {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores."));
        return 0;
    }

    private static EvaluationResult[] Measure(CorpusLibrary corpora, PageContents contents, EvaluationOptions options, ContentExtractor extractor, string label)
    {
        var clock = Stopwatch.StartNew();
        var evaluations = new EvaluationPlan(corpora, extractor, includeSmartReader: false).Build(options.SelectedSets);
        var outcomes = ExtractionRun.Execute(evaluations.SelectMany(evaluation => evaluation.Jobs), contents);
        var results = evaluations.Select(evaluation => EvaluationResult.Of(evaluation, outcomes)).ToArray();
        int failures = results.Sum(result => result.Failures.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-28} {clock.Elapsed.TotalSeconds,6:F1} s{(failures > 0 ? $", {failures} failed pages" : string.Empty)}"));
        return results;
    }
}
