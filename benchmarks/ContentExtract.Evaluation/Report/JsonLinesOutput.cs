using ContentExtract.Rendering;

namespace ContentExtract.Evaluation.Report;

/// <summary>
/// Writes each evaluation's predictions as the CLI's JSON Lines, one page per line with its file name as
/// <c>source</c>, so that <c>score.py</c> can score the very output this tool scored. Pages whose result came from
/// the SmartReader cache have no prediction to write.
/// </summary>
internal static class JsonLinesOutput
{
    public static void Write(TextWriter console, string directory, IEnumerable<EvaluationResult> results)
    {
        Directory.CreateDirectory(directory);
        foreach (var result in results.Where(result => result.Evaluation.WritesJsonl))
        {
            if (result.Outcomes.Count == 0)
            {
                console.WriteLine($"No JSON Lines for {result.Evaluation.Corpus} {result.Evaluation.Extractor}: its results came from the SmartReader cache (run without --smartreader-cache to write them).");
                continue;
            }

            if (result.CachedPages > 0)
            {
                console.WriteLine($"{result.Evaluation.JsonlFileName} lacks the {result.CachedPages} pages whose results came from the SmartReader cache.");
            }

            using var writer = new StreamWriter(Path.Combine(directory, result.Evaluation.JsonlFileName));
            foreach (var page in result.Evaluation.Pages.Where(page => result.Outcomes.ContainsKey(page.Key)))
            {
                writer.WriteLine(JsonRenderer.Render(result.Outcomes[page.Key].Document, page.FileName, indented: false));
            }
        }
    }
}
