namespace ContentExtract.Evaluation.Corpora;

/// <summary>A quotation the page's body holds.</summary>
internal sealed record GoldQuote(string Text, string? Speaker);

/// <summary>A named link group outside the body.</summary>
internal sealed record GoldLinkList(string Title, double MinLinks, IReadOnlyList<string> SampleLinks);

/// <summary>The quotes and link lists of one page.</summary>
internal sealed record StructureGold(string Key, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<GoldLinkList> LinkLists);

/// <summary>structure: <c>gold.json</c> only; its pages are those of articlebench and zh-news, in every form those have.</summary>
internal sealed record StructureCorpus(IReadOnlyList<StructureGold> Gold, CorpusForms Forms);

internal static class StructureCorpusReader
{
    /// <param name="directory">The structure folder.</param>
    /// <param name="formsOfCorpus">The pages of a corpus a record names (<c>articlebench</c>, <c>zh-news</c>).</param>
    public static StructureCorpus Read(string directory, Func<string, CorpusForms> formsOfCorpus)
    {
        using var gold = GoldJson.Parse(Path.Combine(directory, "gold.json"));
        var records = new List<StructureGold>();
        var htmlPages = new List<CorpusPage>();
        var dumpPages = new Dictionary<string, List<CorpusPage>>(StringComparer.Ordinal);
        foreach (var record in gold.RootElement.EnumerateArray())
        {
            string key = CorpusPage.KeyOf(record.OptionalString("file") ?? string.Empty);
            records.Add(new StructureGold(
                key,
                record.Records("quotes").Select(quote => new GoldQuote(quote.OptionalString("text") ?? string.Empty, quote.OptionalString("speaker"))).ToArray(),
                record.Records("linkLists").Select(list => new GoldLinkList(
                    list.OptionalString("title") ?? string.Empty,
                    list.TryGetProperty("minLinks", out var minLinks) ? minLinks.GetDouble() : 0,
                    list.StringList("sampleLinks"))).ToArray()));

            var forms = formsOfCorpus(record.OptionalString("corpus") ?? string.Empty);
            htmlPages.AddRange(forms.Html.Pages.Where(page => page.Key == key));
            foreach (var dumps in forms.TextDumps)
            {
                if (!dumpPages.TryGetValue(dumps.Name, out var pages))
                {
                    dumpPages[dumps.Name] = pages = [];
                }

                pages.AddRange(dumps.Pages.Where(page => page.Key == key));
            }
        }

        var textDumps = dumpPages.Select(tool => new PageSet(tool.Key, tool.Value)).ToArray();
        return new StructureCorpus(records, new CorpusForms(new PageSet("html", htmlPages), textDumps));
    }
}
