namespace ContentExtract.Evaluation.Corpora;

/// <summary>The expected article body of one articlebench page.</summary>
internal sealed record ArticleTruth(string Key, string ArticleBody);

/// <summary>articlebench: <c>ground-truth.json</c> (<c>{id: {articleBody, url}}</c>), <c>html/&lt;id&gt;.html.gz</c>, <c>text/&lt;tool&gt;/&lt;id&gt;.txt</c>.</summary>
internal sealed record ArticleBenchCorpus(IReadOnlyList<ArticleTruth> Truths, CorpusForms Forms);

internal static class ArticleBenchReader
{
    public static ArticleBenchCorpus Read(string directory)
    {
        using var gold = GoldJson.Parse(Path.Combine(directory, "ground-truth.json"));
        var truths = new List<ArticleTruth>();
        var pages = new List<CorpusPage>();
        foreach (var record in gold.RootElement.EnumerateObject())
        {
            truths.Add(new ArticleTruth(record.Name, record.Value.OptionalString("articleBody") ?? string.Empty));
            string path = Path.Combine(directory, "html", record.Name + ".html.gz");
            if (File.Exists(path))
            {
                pages.Add(new CorpusPage(record.Name, path, InputMode.Html, GoldJson.AbsoluteUrl(record.Value.OptionalString("url"))));
            }
        }

        return new ArticleBenchCorpus(truths, CorpusForms.WithTextDumps(directory, pages));
    }
}
