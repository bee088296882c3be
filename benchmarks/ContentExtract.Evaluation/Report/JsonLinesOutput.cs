using ContentExtract.Rendering;

namespace ContentExtract.Evaluation.Report;

/// <summary>
/// Writes each evaluation's predictions as the CLI's JSON Lines, one page per line with its file name as
/// <c>source</c>, so that <c>score.py</c> can score the very output this tool scored.
/// </summary>
internal static class JsonLinesOutput
{
    public static void Write(string directory, IEnumerable<EvaluationResult> results)
    {
        Directory.CreateDirectory(directory);
        foreach (var result in results.Where(result => result.Evaluation.WritesJsonl))
        {
            using var writer = new StreamWriter(Path.Combine(directory, result.Evaluation.JsonlFileName));
            foreach (var page in result.Evaluation.Pages)
            {
                writer.WriteLine(JsonRenderer.Render(result.Outcomes[page.Key].Document, page.FileName, indented: false));
            }
        }
    }
}
