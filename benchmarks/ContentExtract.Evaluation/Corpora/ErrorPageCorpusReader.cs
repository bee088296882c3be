using System.Text.RegularExpressions;
using ContentExtract.Evaluation.Injection;

namespace ContentExtract.Evaluation.Corpora;

/// <summary>One whole-page error body.</summary>
/// <param name="Key">The page's key.</param>
/// <param name="Status">The HTTP status the page stands for, when the index gives one.</param>
/// <param name="ShowsStatus">True when the page's visible text prints that status; only then is a reported status expected.</param>
internal sealed record ErrorPageGold(string Key, int? Status, bool ShowsStatus);

/// <summary>error-pages: <c>index.json</c> (a list of records with <c>file</c>, <c>status</c>, <c>content_type</c>, …) and the <c>*.html</c>/<c>*.txt</c> files beside it.</summary>
internal sealed record ErrorPageCorpus(IReadOnlyList<ErrorPageGold> Gold, IReadOnlyList<CorpusPage> Pages);

internal static partial class ErrorPageCorpusReader
{
    public static ErrorPageCorpus Read(string directory)
    {
        using var index = GoldJson.Parse(Path.Combine(directory, "index.json"));
        var records = new List<ErrorPageGold>();
        var pages = new List<CorpusPage>();
        foreach (var record in index.RootElement.EnumerateArray())
        {
            string file = record.OptionalString("file") ?? string.Empty;
            string key = CorpusPage.KeyOf(file);
            int? status = record.TryGetProperty("status", out var value) && value.TryGetInt32(out int number) ? number : null;
            string path = Path.Combine(directory, file);
            records.Add(new ErrorPageGold(key, status, status is not null && File.Exists(path) && ShowsStatus(File.ReadAllText(path), status.Value)));

            // A plain-text body (Caddy's) goes through the text path, as a crawler that honours Content-Type would send it.
            bool isText = file.EndsWith(".txt", StringComparison.Ordinal)
                || (record.OptionalString("content_type")?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ?? false);
            if (File.Exists(path))
            {
                pages.Add(new CorpusPage(key, path, isText ? InputMode.Text : InputMode.Html, null));
            }
        }

        return new ErrorPageCorpus(records, pages);
    }

    // The index gives the status a page stands for even where the page never prints it (nginx's 50x.html, a
    // soft 404 that only says "页面不存在"); the issue asks for the status "where the page shows one".
    private static bool ShowsStatus(string markup, int status)
    {
        string visible = HiddenMarkup().Replace(markup, " ");
        visible = System.Net.WebUtility.HtmlDecode(Tags().Replace(visible, " "));
        return Regex.IsMatch(visible, $@"(?<!\d){status}(?!\d)", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenMarkup();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    /// <summary>
    /// The bodies a broken include can leave in a page: the <c>server-default</c> HTML documents, which is what a
    /// server or proxy emits by itself. <c>site-soft404</c> pages are whole site pages, not include bodies, and
    /// Caddy's plain-text body is no markup to include. The files are UTF-8, as the index says.
    /// </summary>
    public static IReadOnlyList<ErrorBody> ReadInjectableBodies(string directory)
    {
        using var index = GoldJson.Parse(Path.Combine(directory, "index.json"));
        var bodies = new List<ErrorBody>();
        foreach (var record in index.RootElement.EnumerateArray())
        {
            string file = record.OptionalString("file") ?? string.Empty;
            bool serverDefault = record.OptionalString("kind") == "server-default";
            bool html = record.OptionalString("content_type")?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ?? false;
            bool hasStatus = record.TryGetProperty("status", out var value) && value.TryGetInt32(out _);
            string path = Path.Combine(directory, file);
            if (serverDefault && html && hasStatus && File.Exists(path))
            {
                string markup = new System.Text.UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
                bodies.Add(new ErrorBody(file, value.GetInt32(), markup, record.StringList("markers")));
            }
        }

        return bodies;
    }
}
