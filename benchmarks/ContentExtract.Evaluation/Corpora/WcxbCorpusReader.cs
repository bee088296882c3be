namespace ContentExtract.Evaluation.Corpora;

/// <summary>The gold of one wcxb page.</summary>
/// <param name="Key">The four-digit file id.</param>
/// <param name="ArticleBody">The whole main content as plain text; empty on 21 pages.</param>
/// <param name="With">Snippets of the main content a correct extraction contains.</param>
/// <param name="Without">Snippets of boilerplate a correct extraction leaves out.</param>
/// <param name="PageType">article, service, forum, listing, product, collection or documentation.</param>
/// <param name="Title">The page's headline; null where the gold has none.</param>
internal sealed record WcxbGold(string Key, string ArticleBody, IReadOnlyList<string> With, IReadOnlyList<string> Without, string PageType, string? Title = null);

/// <summary>wcxb: <c>gold.json</c> (<c>{id: {articleBody, with, without, page_type, url, …}}</c>), <c>html/&lt;id&gt;.html.gz</c>, <c>text/&lt;tool&gt;/&lt;id&gt;.txt</c> for the article pages.</summary>
internal sealed record WcxbCorpus(IReadOnlyList<WcxbGold> Gold, CorpusForms Forms);

internal static class WcxbCorpusReader
{
    public static WcxbCorpus Read(string directory)
    {
        using var gold = GoldJson.Parse(Path.Combine(directory, "gold.json"));
        var records = new List<WcxbGold>();
        var pages = new List<CorpusPage>();
        foreach (var record in gold.RootElement.EnumerateObject())
        {
            records.Add(new WcxbGold(
                record.Name,
                record.Value.OptionalString("articleBody") ?? string.Empty,
                record.Value.StringList("with"),
                record.Value.StringList("without"),
                record.Value.OptionalString("page_type") ?? "article",
                record.Value.OptionalString("title") is { Length: > 0 } title ? title : null));
            string path = Path.Combine(directory, "html", record.Name + ".html.gz");
            if (File.Exists(path))
            {
                pages.Add(new CorpusPage(record.Name, path, InputMode.Html, GoldJson.AbsoluteUrl(record.Value.OptionalString("url"))));
            }
        }

        return new WcxbCorpus(records, CorpusForms.WithTextDumps(directory, pages));
    }
}
