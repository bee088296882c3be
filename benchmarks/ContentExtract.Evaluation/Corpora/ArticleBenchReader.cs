namespace ContentExtract.Evaluation.Corpora;

/// <summary>The expected article body of one page.</summary>
internal sealed record ArticleTruth(string Key, string ArticleBody);

/// <summary>A corpus scored on its article bodies: <c>{id: {articleBody, url?}}</c> gold, pages in <c>html/</c>, dumps in <c>text/&lt;tool&gt;/&lt;id&gt;.txt</c>.</summary>
internal sealed record ArticleBenchCorpus(IReadOnlyList<ArticleTruth> Truths, CorpusForms Forms);

/// <summary>Reads articlebench (<c>ground-truth.json</c>, <c>html/&lt;id&gt;.html.gz</c>) and zh-cwced (<c>gold.json</c>, <c>html/&lt;id&gt;.html</c>), which share the format.</summary>
internal static class ArticleBenchReader
{
    public static ArticleBenchCorpus Read(string directory) => Read(directory, "ground-truth.json", ".html.gz");

    /// <summary>zh-cwced: read as UTF-8 when the bytes are valid UTF-8, else as GB18030 (its README).</summary>
    public static ArticleBenchCorpus ReadZhCwced(string directory) => Read(directory, "gold.json", ".html", legacyCharset: "gb18030");

    private static ArticleBenchCorpus Read(string directory, string goldFile, string pageExtension, string? legacyCharset = null)
    {
        using var gold = GoldJson.Parse(Path.Combine(directory, goldFile));
        var truths = new List<ArticleTruth>();
        var pages = new List<CorpusPage>();
        foreach (var record in gold.RootElement.EnumerateObject())
        {
            truths.Add(new ArticleTruth(record.Name, record.Value.OptionalString("articleBody") ?? string.Empty));
            string path = Path.Combine(directory, "html", record.Name + pageExtension);
            if (File.Exists(path))
            {
                pages.Add(new CorpusPage(record.Name, path, InputMode.Html, GoldJson.AbsoluteUrl(record.Value.OptionalString("url"))) { LegacyCharset = legacyCharset });
            }
        }

        return new ArticleBenchCorpus(truths, CorpusForms.WithTextDumps(directory, pages));
    }
}
