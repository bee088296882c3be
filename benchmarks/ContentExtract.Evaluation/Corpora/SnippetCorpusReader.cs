namespace ContentExtract.Evaluation.Corpora;

/// <summary>The gold of one page in the with/without snippet format.</summary>
/// <param name="Key">The page's key.</param>
/// <param name="With">Fragments the main text must contain.</param>
/// <param name="Without">Boilerplate the main text must not contain.</param>
/// <param name="Title">The headline, or null where the record has none (score.py then skips the title check).</param>
/// <param name="Breadcrumb">The trail, or empty where the record has none or an empty one (score.py then skips the check).</param>
internal sealed record SnippetGold(string Key, IReadOnlyList<string> With, IReadOnlyList<string> Without, string? Title, IReadOnlyList<string> Breadcrumb);

/// <summary>trafilatura-eval and zh-news: <c>gold.json</c> (a list of records with <c>file</c>, <c>with</c>, <c>without</c>, …), pages in <c>html/</c>, dumps in <c>text/&lt;tool&gt;/</c>.</summary>
internal sealed record SnippetCorpus(IReadOnlyList<SnippetGold> Gold, CorpusForms Forms);

internal static class SnippetCorpusReader
{
    public static SnippetCorpus Read(string directory)
    {
        using var gold = GoldJson.Parse(Path.Combine(directory, "gold.json"));
        var records = new List<SnippetGold>();
        var pages = new List<CorpusPage>();
        foreach (var record in gold.RootElement.EnumerateArray())
        {
            string file = record.OptionalString("file") ?? string.Empty;
            string key = CorpusPage.KeyOf(file);
            string? title = record.OptionalString("title");
            records.Add(new SnippetGold(key, record.StringList("with"), record.StringList("without"), string.IsNullOrEmpty(title) ? null : title, record.StringList("breadcrumb")));
            string path = Path.Combine(directory, "html", file);
            if (File.Exists(path))
            {
                pages.Add(new CorpusPage(key, path, InputMode.Html, UrlOf(record)));
            }
        }

        return new SnippetCorpus(records, CorpusForms.WithTextDumps(directory, pages));
    }

    // trafilatura-eval gives a url; zh-news only a site, sometimes with a note after the host.
    private static Uri? UrlOf(System.Text.Json.JsonElement record)
    {
        if (GoldJson.AbsoluteUrl(record.OptionalString("url")) is { } url)
        {
            return url;
        }

        string? host = record.OptionalString("site")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return host is null ? null : GoldJson.AbsoluteUrl("https://" + host + "/");
    }
}
